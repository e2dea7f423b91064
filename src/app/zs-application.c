/* zs-application.c — the single-instance application and its command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-application.h"
#include "zs-command-line.h"
#include "zs-command-line-copy.h"
#include "zs-command-line-sheet.h"
#include "zs-command-line-signoff.h"
#include "zs-command-line-vcard.h"
#include "zs-core.h"
#include "zs-database-opener.h"
#include "zs-due-notifier.h"
#include "zs-window.h"
#include "zs-database.h"

struct _ZsApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  gboolean        load_demo;
  ZsDatabaseOpener *opener;
  gboolean        background;  /* --background: reminders only, no window yet */
  ZsStore        *background_store;
  ZsDueNotifier  *notifier;    /* the reminders of the window's database */
};

G_DEFINE_FINAL_TYPE (ZsApplication, zs_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database at PATH instead of the default one"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Load the demo data set into an empty database first"), NULL },
  { "user", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Record changes as made by NAME (a person of the bureau) instead of this PC’s current user"), N_("NAME") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window, to send the reminders of what is due (at login)"), NULL },
  { NULL }
};

/* Who the history records: --user, else the person chosen on this PC
 * (several PCs may share one database), else the store's default. */
static void
set_actor (GVariantDict *options)
{
  g_autofree char *user = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (g_variant_dict_lookup (options, "user", "s", &user) && *user != '\0')
    {
      zs_store_set_default_actor (user);
      return;
    }
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE);
  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *chosen = g_settings_get_string (settings, "current-person");

      zs_store_set_default_actor (chosen);
    }
}

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

static void
start_notifier (ZsApplication *self,
                ZsStore       *store,
                ZsClock       *clock)
{
  g_autoptr(GSettings) settings = settings_new_if_installed ();

  g_clear_object (&self->notifier);
  self->notifier = zs_due_notifier_new (G_APPLICATION (self), store, clock, settings);
  zs_due_notifier_start (self->notifier);
}

/* The reminders follow the main window's database and clock; a start in
 * the background hands over to it. */
static void
on_window_added (ZsApplication *self,
                 GtkWindow     *window)
{
  ZsContext *context;

  if (!ZS_IS_WINDOW (window))
    return;
  context = zs_window_get_context (ZS_WINDOW (window));
  if (self->background_store != NULL)
    {
      g_clear_object (&self->background_store);
      g_application_release (G_APPLICATION (self));
    }
  start_notifier (self, zs_context_get_store (context), zs_context_get_clock (context));
}

/* Started at login: the database is opened without a window, read only
 * for what is due; anything wrong with it waits for the window. */
static gboolean
start_in_background (ZsApplication *self,
                     const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsClock) clock = zs_clock_new ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  self->background_store = zs_store_open (path, &error);
  if (self->background_store == NULL)
    {
      g_message ("Reminders not started: %s", error->message);
      return FALSE;
    }
  g_application_hold (G_APPLICATION (self));
  start_notifier (self, self->background_store, clock);
  return TRUE;
}

static gint
zs_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ZsApplication *self = ZS_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("zhaoshang %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      if (*db == '\0')
        {
          g_printerr (_("--db needs the path of a database file\n"));
          return 2;
        }
      self->db_path = g_steal_pointer (&db);
    }
  self->load_demo = g_variant_dict_contains (options, "demo");
  self->background = g_variant_dict_contains (options, "background");
  set_actor (options);

  /* What a killed export, import or check left behind: half-written
   * exports, the copy of a pipe, the scratch database of --validate. The
   * folders of programs still running are locked and stay. */
  zs_scratch_clean_stale (NULL);

  /* --export, --import, --validate, --bulletin: done here, without a display. */
  return zs_command_line_run (options, self->db_path, self->load_demo);
}

static void
zs_application_activate (GApplication *app)
{
  ZsApplication *self = ZS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* The window, or the dialog that says why the database cannot be
   * opened and offers a backup or another database. */
  path = self->db_path != NULL ? g_strdup (self->db_path) : zs_database_opener_dup_last_location ();
  if (path == NULL)
    path = zs_store_default_path ();
  if (self->background)
    {
      /* Only the first activation, at login; the next opens the window. */
      self->background = FALSE;
      if (start_in_background (self, path))
        return;
    }
  if (self->opener == NULL)
    self->opener = zs_database_opener_new (GTK_APPLICATION (app));
  zs_database_opener_open (self->opener, path, self->load_demo);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Zhaoshang developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Zhaoshang"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Investment projects, the industry map, partners and ledgers for investment-promotion bureaus"),
                         "developer-name", _("The Zhaoshang developers"),
                         "developers", developers,
                         "website", "https://github.com/zhaoshang/zhaoshang",
                         "issue-url", "https://github.com/zhaoshang/zhaoshang/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Zhaoshang developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  /* Each window is closed as by its close button: one holding a value that
   * could not be saved asks first, and the program ends with its last
   * window. */
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (user_data)),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free_full (windows, g_object_unref);
}

/* Undo and redo act on the window in front, whose store the edits were in. */
static void
on_undo_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (ZS_IS_WINDOW (window))
    zs_window_undo (ZS_WINDOW (window));
}

static void
on_redo_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (ZS_IS_WINDOW (window))
    zs_window_redo (ZS_WINDOW (window));
}

/* From a notification: the main window on 今日待办. */
static void
on_show_today_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!ZS_IS_WINDOW (window))
    {
      g_application_activate (G_APPLICATION (user_data));
      window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
    }
  if (!ZS_IS_WINDOW (window))
    return;
  zs_window_close_subpage (ZS_WINDOW (window));
  zs_window_show_page (ZS_WINDOW (window), "today");
  gtk_window_present (window);
}

/* From a notification of one item: its record, by type name and id. */
static void
on_open_record_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *type_name = NULL;
  gint64 id = 0;
  GType type;
  g_autoptr(ZsRecord) record = NULL;

  g_variant_get (parameter, "(&sx)", &type_name, &id);
  type = g_type_from_name (type_name);
  if (!ZS_IS_WINDOW (window))
    {
      g_application_activate (G_APPLICATION (user_data));
      window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
    }
  if (!ZS_IS_WINDOW (window) || type == 0 || !g_type_is_a (type, ZS_TYPE_RECORD))
    return;
  record = zs_store_load (zs_window_get_store (ZS_WINDOW (window)), type, id, NULL);
  gtk_window_present (window);
  if (record != NULL)
    zs_window_open_record (ZS_WINDOW (window), record);
  else
    zs_window_show_page (ZS_WINDOW (window), "today");
}

static const GActionEntry app_actions[] = {
  { "show-today", on_show_today_activated },
  { "open-record", on_open_record_activated, "(sx)" },
  { "undo", on_undo_activated },
  { "redo", on_redo_activated },
  { "about", on_about_activated },
  { "quit", on_quit_activated },
};

static void
zs_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", "<Control>y", NULL };

  G_APPLICATION_CLASS (zs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.redo", redo_accels);
}

static void
zs_application_finalize (GObject *object)
{
  ZsApplication *self = ZS_APPLICATION (object);

  g_clear_object (&self->notifier);
  g_clear_object (&self->background_store);
  g_clear_object (&self->opener);
  g_free (self->db_path);

  G_OBJECT_CLASS (zs_application_parent_class)->finalize (object);
}

static void
zs_application_class_init (ZsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zs_application_finalize;
  app_class->handle_local_options = zs_application_handle_local_options;
  app_class->startup = zs_application_startup;
  app_class->activate = zs_application_activate;
}

static void
zs_application_init (ZsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_signoff_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_vcard_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_sheet_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_copy_entries);
  g_signal_connect (self, "window-added", G_CALLBACK (on_window_added), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Investment projects, the industry map, partners and ledgers."));
}

ZsApplication *
zs_application_new (void)
{
  return g_object_new (ZS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       /* Stable across the development profile's app id. */
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
