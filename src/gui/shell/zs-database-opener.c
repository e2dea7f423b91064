/* zs-database-opener.c — opens the database and the window on it, and deals with damage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opening checks the database quickly; the full check, which finds a
 * broken index but reads every index entry, waits for the window's first
 * frame and runs on a second connection in a worker thread, so the clerk
 * sees the window as fast as before. Damage found either way brings up
 * ZsDamagedDialog. Restoring needs the database closed: the window goes,
 * the copy is put in place in a worker thread, and a new window opens on
 * it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-damaged-dialog.h"
#include "zs-database-opener.h"
#include "zs-database.h"
#include "zs-main-context.h"
#include "zs-server-keyring.h"
#include "zs-store-password.h"

struct _ZsDatabaseOpener
{
  GObject          parent_instance;

  GtkApplication  *application;
  char            *location;
  ZsStore         *store;
  ZsWindow        *window;        /* weak */
  GCancellable    *check;
  gulong           paint_handler;
  GdkFrameClock   *frame_clock;   /* weak: the window's */
};

G_DEFINE_FINAL_TYPE (ZsDatabaseOpener, zs_database_opener, G_TYPE_OBJECT)

enum {
  CHECK_STARTED,
  CHECK_FINISHED,
  BACKUP_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_damaged (ZsDatabaseOpener *self, const GError *error);
static GSettings *settings_new_if_installed (void);

static void
stop_waiting_for_frame (ZsDatabaseOpener *self)
{
  if (self->frame_clock != NULL && self->paint_handler != 0)
    g_signal_handler_disconnect (self->frame_clock, self->paint_handler);
  self->paint_handler = 0;
  self->frame_clock = NULL;
}

static void
close_database (ZsDatabaseOpener *self)
{
  stop_waiting_for_frame (self);
  g_cancellable_cancel (self->check);
  g_clear_object (&self->check);
  if (self->window != NULL)
    {
      ZsWindow *window = self->window;

      g_object_remove_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
      self->window = NULL;
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_clear_object (&self->store);
}

/* ---- the full check, after the first frame -------------------------------- */

static void
on_backed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(ZsDatabaseOpener) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = zs_database_auto_backup_finish (ZS_STORE (source), result, &error);

  /* A failed daily copy must not keep the bureau from working. */
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Automatic backup failed: %s", error->message);
  g_signal_emit (self, signals[BACKUP_FINISHED], 0, made);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(ZsDatabaseOpener) self = data;
  g_autoptr(GError) error = NULL;

  if (zs_store_check_integrity_finish (ZS_STORE (source), result, &error))
    {
      g_signal_emit (self, signals[CHECK_FINISHED], 0, FALSE);
      /* A file that passed the check is copied: the daily backup. */
      if ((ZsStore *) source == self->store)
        zs_database_auto_backup_async (self->store, self->check, on_backed_up, g_object_ref (self));
      return;
    }
  /* Closed meanwhile; or the check could not run (locked by another
   * program): opening checked the pages already, so say nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      (ZsStore *) source != self->store)
    return;
  g_signal_emit (self, signals[CHECK_FINISHED], 0, g_error_matches (error, ZS_ERROR, ZS_ERROR_CORRUPT));
  if (g_error_matches (error, ZS_ERROR, ZS_ERROR_CORRUPT))
    show_damaged (self, error);
  else
    g_debug ("The full check of %s did not run: %s", self->location, error->message);
}

static void
on_after_paint (GdkFrameClock    *clock,
                ZsDatabaseOpener *self)
{
  stop_waiting_for_frame (self);
  if (self->store == NULL)
    return;
  self->check = g_cancellable_new ();
  g_signal_emit (self, signals[CHECK_STARTED], 0);
  zs_store_check_integrity_async (self->store, self->check, on_checked, g_object_ref (self));
}

static void
on_window_realize (GtkWidget        *window,
                   ZsDatabaseOpener *self)
{
  g_signal_handlers_disconnect_by_func (window, on_window_realize, self);
  self->frame_clock = gtk_widget_get_frame_clock (window);
  self->paint_handler = g_signal_connect (self->frame_clock, "after-paint", G_CALLBACK (on_after_paint), self);
}

/* ---- opening --------------------------------------------------------------- */

static void
on_other_chosen (GtkNativeDialog  *chooser,
                 int               response,
                 ZsDatabaseOpener *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path != NULL)
    zs_database_opener_open (self, path, FALSE);
  if (self->application != NULL)
    g_application_release (G_APPLICATION (self->application));
  g_object_unref (self);
}

static void
choose_other (ZsDatabaseOpener *self)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Zhaoshang databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  chooser = gtk_file_chooser_native_new (_("Open Another Database"), GTK_WINDOW (self->window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  /* The window may close before the chooser does. */
  if (self->application != NULL)
    g_application_hold (G_APPLICATION (self->application));
  g_signal_connect (chooser, "response", G_CALLBACK (on_other_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_error (ZsDatabaseOpener *self,
            const char       *heading,
            const GError     *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self->window), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (self->application != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), self->application);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_server_error_response (AdwMessageDialog *dialog,
                          const char       *response,
                          ZsDatabaseOpener *self)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *local = NULL;

  if (g_strcmp0 (response, "local") != 0)
    return;
  /* Back to the file on this PC, now and at the next start. */
  settings = settings_new_if_installed ();
  if (settings != NULL)
    g_settings_set_string (settings, "database-location", "");
  local = zs_store_default_path ();
  zs_database_opener_open (self, local, FALSE);
}

/* The server of the last start cannot be reached (or this build cannot
 * open servers): the clerk may go on with the file on this PC. */
static void
show_server_error (ZsDatabaseOpener *self,
                   const GError     *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("Cannot Connect to the Server"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "local", _("Use the Database on _This PC"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "local");
  if (self->application != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), self->application);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_server_error_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  ZsDatabaseOpener *self = ZS_DATABASE_OPENER (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->application != NULL)
    g_application_release (G_APPLICATION (self->application));
  zs_database_opener_open (self, self->location, FALSE);
  if (safety == NULL)
    show_error (self, _("Cannot Restore the Backup"), error);
  else if (self->window != NULL)
    {
      g_autofree char *name = g_path_get_basename (safety);
      g_autofree char *message = g_strdup_printf (_("Backup restored. The damaged database was kept as “%s”."), name);

      zs_window_add_toast (self->window, message);
    }
}

static void
restore_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  ZsDatabaseOpener *self = source;
  GError *error = NULL;
  char *safety = zs_store_restore_backup (self->location, data, &error);

  if (safety == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, safety, g_free);
}

static void
restore (ZsDatabaseOpener *self,
         const char       *backup)
{
  g_autoptr(GTask) task = zs_thread_task_new (self, NULL, on_restored, NULL);

  /* Nothing may have the file open while it is replaced. */
  close_database (self);
  if (self->application != NULL)
    g_application_hold (G_APPLICATION (self->application));
  g_task_set_task_data (task, g_strdup (backup), g_free);
  g_task_run_in_thread (task, restore_in_thread);
}

static void
on_damaged_response (ZsDamagedDialog  *dialog,
                     const char       *response,
                     ZsDatabaseOpener *self)
{
  /* The window may go: the dialog closes on its own. */
  if (g_strcmp0 (response, "close") != 0)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  if (g_strcmp0 (response, "restore") == 0 && zs_damaged_dialog_get_backup (dialog) != NULL)
    restore (self, zs_damaged_dialog_get_backup (dialog));
  else if (g_strcmp0 (response, "open-other") == 0)
    choose_other (self);
}

static void
show_damaged (ZsDatabaseOpener *self,
              const GError     *error)
{
  ZsDamagedDialog *dialog = zs_damaged_dialog_new (GTK_WINDOW (self->window), self->location, error,
                                                   self->window != NULL);

  if (self->application != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), self->application);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_damaged_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- another database, chosen in the window ---------------------------------- */

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

char *
zs_database_opener_dup_last_location (void)
{
  g_autoptr(GSettings) settings = settings_new_if_installed ();
  g_autofree char *location = settings != NULL ? g_settings_get_string (settings, "database-location") : NULL;

  return location != NULL && *location != '\0' ? g_steal_pointer (&location) : NULL;
}

typedef struct {
  ZsDatabaseOpener *opener;
  char             *location;
} OpenLater;

static gboolean
open_later (gpointer data)
{
  OpenLater *later = data;
  g_autoptr(GSettings) settings = settings_new_if_installed ();

  zs_database_opener_open (later->opener, later->location, FALSE);
  /* The next start opens it again (a location holds no password); this
   * PC's own database is what a start opens anyway. */
  if (settings != NULL && later->opener->store != NULL)
    {
      g_autofree char *local = zs_store_default_path ();

      g_settings_set_string (settings, "database-location",
                             g_strcmp0 (later->location, local) == 0 ? "" : later->location);
    }
  g_object_unref (later->opener);
  g_free (later->location);
  g_free (later);
  return G_SOURCE_REMOVE;
}

static void
on_open_database (ZsWindow         *window,
                  const char       *location,
                  ZsDatabaseOpener *self)
{
  OpenLater *later = g_new0 (OpenLater, 1);

  /* Not while the window that asked is in its signal: it closes. */
  later->opener = g_object_ref (self);
  later->location = g_strdup (location);
  g_idle_add (open_later, later);
}

/* ---- opening, the password from the keyring first -------------------------- */

static void open_now (ZsDatabaseOpener *self, const char *location, gboolean load_demo);

typedef struct {
  ZsDatabaseOpener *opener;
  char             *location;
  gboolean          load_demo;
} LookUp;

static void
on_password_found (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LookUp *lookup = data;
  g_autoptr(GError) error = NULL;
  char *password = zs_server_keyring_lookup_finish (result, &error);

  if (error != NULL)
    g_message ("%s", error->message);
  if (password != NULL)
    zs_store_set_password (lookup->location, password);
  zs_store_free_password (password);
  open_now (lookup->opener, lookup->location, lookup->load_demo);
  if (lookup->opener->application != NULL)
    g_application_release (G_APPLICATION (lookup->opener->application));
  g_object_unref (lookup->opener);
  g_free (lookup->location);
  g_free (lookup);
}

void
zs_database_opener_open (ZsDatabaseOpener *self,
                         const char       *location,
                         gboolean          load_demo)
{
  char *known;
  LookUp *lookup;

  g_return_if_fail (ZS_IS_DATABASE_OPENER (self));
  g_return_if_fail (location != NULL);

  known = zs_store_dup_password (location);
  if (known != NULL || !zs_server_location_parse (location, NULL, NULL, NULL, NULL))
    {
      zs_store_free_password (known);
      open_now (self, location, load_demo);
      return;
    }
  /* A server remembered from before: its password is in the keyring. */
  lookup = g_new0 (LookUp, 1);
  lookup->opener = g_object_ref (self);
  lookup->location = g_strdup (location);
  lookup->load_demo = load_demo;
  if (self->application != NULL)
    g_application_hold (G_APPLICATION (self->application));
  zs_server_keyring_lookup (location, NULL, on_password_found, lookup);
}

static void
open_now (ZsDatabaseOpener *self,
          const char       *location,
          gboolean          load_demo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_strdup (location);

  close_database (self);
  g_free (self->location);
  self->location = g_steal_pointer (&copy);

  self->store = zs_database_open_for_window (self->location, &error);
  if (self->store == NULL)
    {
      g_printerr ("%s\n", error->message);
      if (g_error_matches (error, ZS_ERROR, ZS_ERROR_CORRUPT))
        show_damaged (self, error);
      else if (zs_server_location_parse (self->location, NULL, NULL, NULL, NULL))
        show_server_error (self, error);
      else
        show_error (self, _("Cannot Open the Database"), error);
      return;
    }

  if (load_demo && !zs_database_load_demo (self->store, &error))
    /* The window still opens on what the database already holds. */
    g_printerr ("%s\n", error->message);

  self->window = zs_window_new (self->application, self->store);
  g_object_add_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  g_signal_connect_object (self->window, "open-database", G_CALLBACK (on_open_database), self, 0);
  g_signal_connect (self->window, "realize", G_CALLBACK (on_window_realize), self);
  gtk_window_present (GTK_WINDOW (self->window));
}

ZsWindow *
zs_database_opener_get_window (ZsDatabaseOpener *self)
{
  g_return_val_if_fail (ZS_IS_DATABASE_OPENER (self), NULL);
  return self->window;
}

static void
zs_database_opener_dispose (GObject *object)
{
  ZsDatabaseOpener *self = ZS_DATABASE_OPENER (object);

  stop_waiting_for_frame (self);
  g_cancellable_cancel (self->check);
  g_clear_object (&self->check);
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_database_opener_parent_class)->dispose (object);
}

static void
zs_database_opener_finalize (GObject *object)
{
  ZsDatabaseOpener *self = ZS_DATABASE_OPENER (object);

  g_free (self->location);

  G_OBJECT_CLASS (zs_database_opener_parent_class)->finalize (object);
}

static void
zs_database_opener_class_init (ZsDatabaseOpenerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_database_opener_dispose;
  object_class->finalize = zs_database_opener_finalize;

  /* The full check began: after the window's first frame. */
  signals[CHECK_STARTED] =
    g_signal_new ("check-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The full check ended; @damaged when it found damage. */
  signals[CHECK_FINISHED] =
    g_signal_new ("check-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /* The daily copy after a clean check ended: @path, or NULL when none
   * was due or it failed. */
  signals[BACKUP_FINISHED] =
    g_signal_new ("backup-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
zs_database_opener_init (ZsDatabaseOpener *self)
{
}

ZsDatabaseOpener *
zs_database_opener_new (GtkApplication *application)
{
  ZsDatabaseOpener *self = g_object_new (ZS_TYPE_DATABASE_OPENER, NULL);

  /* The application owns the opener: no reference back. */
  self->application = application;
  return self;
}
