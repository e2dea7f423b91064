/* zs-window-copy.c — 连接服务器…, 迁移到服务器… and 复制到本地文件…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Connecting tries the server on a worker thread before the window gives
 * way to it, so a wrong password or an unknown server is said in the
 * dialog, with what was typed still there. A copy (zs-store-copy.h) runs
 * on a worker thread with its own connections, showing progress and a
 * Cancel button, and ends in a dialog with the counts on both sides. The
 * password goes to zs_store_set_password() for this process's connections
 * and, when the clerk wants it, to the keyring; never to a location,
 * GSettings or a command line. A server's window goes back to the
 * database on this PC through 使用本机的数据库.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-main-context.h"
#include "zs-server-dialog.h"
#include "zs-server-keyring.h"
#include "zs-store-password.h"
#include "zs-window-private.h"

/* ---- the keyring, after the server said yes -------------------------------- */

static void
on_password_kept (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  GWeakRef *window_ref = data;
  g_autoptr(ZsWindow) window = g_weak_ref_get (window_ref);
  g_autoptr(GError) error = NULL;

  if (!zs_server_keyring_store_finish (result, &error) && window != NULL)
    zs_window_add_toast (window, error->message);
  if (error != NULL)
    g_message ("%s", error->message);
  g_weak_ref_clear (window_ref);
  g_free (window_ref);
}

static void
keep_password (ZsWindow       *self,
               ZsServerDialog *dialog,
               const char     *location)
{
  GWeakRef *window_ref;

  if (!zs_server_dialog_get_remember (dialog))
    {
      zs_server_keyring_forget (location);
      return;
    }
  window_ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (window_ref, self);
  zs_server_keyring_store (location, zs_server_dialog_get_password (dialog), NULL, on_password_kept, window_ref);
}

static void
remember_in_memory (ZsServerDialog *dialog,
                    const char     *location)
{
  const char *password = zs_server_dialog_get_password (dialog);

  zs_store_set_password (location, *password != '\0' ? password : NULL);
}

/* ---- 连接服务器… -------------------------------------------------------------- */

static void
try_open_in_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  g_autoptr(ZsStore) store = zs_store_open (data, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_server_tried (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  ZsServerDialog *dialog = ZS_SERVER_DIALOG (source);
  g_autoptr(ZsWindow) self = data;
  const char *location = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  zs_server_dialog_set_busy (dialog, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      zs_server_dialog_show_error (dialog, error->message);
      return;
    }
  keep_password (self, dialog, location);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_signal_emit_by_name (self, "open-database", location);
}

static void
on_connect_submitted (ZsServerDialog *dialog,
                      ZsWindow       *self)
{
  g_autofree char *location = zs_server_dialog_dup_location (dialog);
  g_autoptr(GTask) task = zs_thread_task_new (dialog, NULL, on_server_tried, g_object_ref (self));

  remember_in_memory (dialog, location);
  zs_server_dialog_set_busy (dialog, TRUE);
  g_task_set_task_data (task, g_steal_pointer (&location), g_free);
  g_task_run_in_thread (task, try_open_in_thread);
}

static void
connect_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  ZsServerDialog *dialog = zs_server_dialog_new (GTK_WINDOW (self), ZS_SERVER_DIALOG_CONNECT,
                                                 zs_store_get_path (self->store));

  g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_connect_submitted), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- 使用本机的数据库: back from a server --------------------------------------- */

static void
open_local_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_autofree char *local = zs_store_default_path ();

  g_signal_emit_by_name (widget, "open-database", local);
}

void
zs_window_setup_copy_actions (ZsWindow *self)
{
  /* Only a server's window has somewhere to go back to. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-local",
                                 zs_server_location_parse (zs_store_get_path (self->store),
                                                           NULL, NULL, NULL, NULL));
}

/* ---- a copy, with progress and its result -------------------------------- */

typedef struct {
  GWeakRef        window;
  char           *target;
  GtkWidget      *progress_dialog;  /* owned by GTK while shown */
  GtkProgressBar *bar;
  GCancellable   *cancellable;
  ZsServerDialog *server_dialog;    /* hidden meanwhile: back on a failure */
} CopyRun;

static void
copy_run_free (CopyRun *run)
{
  g_weak_ref_clear (&run->window);
  g_free (run->target);
  g_clear_object (&run->cancellable);
  g_clear_object (&run->server_dialog);
  g_free (run);
}

static void
on_copy_progress (guint64  done,
                  guint64  total,
                  gpointer data)
{
  CopyRun *run = data;

  if (run->bar != NULL && total > 0)
    gtk_progress_bar_set_fraction (run->bar, (double) done / (double) total);
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      CopyRun          *run)
{
  g_cancellable_cancel (run->cancellable);
}

static void
on_result_response (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          data)
{
  GWeakRef *window_ref = data;
  g_autoptr(ZsWindow) window = g_weak_ref_get (window_ref);
  const char *location = g_object_get_data (G_OBJECT (dialog), "zs-location");

  if (g_strcmp0 (response, "open") == 0 && window != NULL)
    g_signal_emit_by_name (window, "open-database", location);
  g_weak_ref_clear (window_ref);
  g_free (window_ref);
}

/* The counts as a table: what, in the source, in the copy. */
static GtkWidget *
counts_grid (GArray *counts)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  for (guint i = 0; i < counts->len; i++)
    {
      ZsStoreCopyCount *count = &g_array_index (counts, ZsStoreCopyCount, i);
      g_autofree char *in_source = g_strdup_printf ("%" G_GINT64_FORMAT, count->source);
      g_autofree char *in_target = g_strdup_printf ("%" G_GINT64_FORMAT, count->target);
      const char *cells[] = { count->name, in_source, "→", in_target };

      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          GtkWidget *label = gtk_label_new (cells[c]);

          gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0.0f : 1.0f);
          if (c > 0)
            gtk_widget_add_css_class (label, "numeric");
          gtk_grid_attach (GTK_GRID (grid), label, (int) c, (int) i, 1, 1);
        }
    }
  return grid;
}

static void
show_result (ZsWindow   *self,
             CopyRun    *run,
             GArray     *counts)
{
  g_autofree char *body = g_strdup_printf (_("Everything was copied to %s, and the counts on both sides match."),
                                           run->target);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Database Copied"), body);
  GWeakRef *window_ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (window_ref, self);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), counts_grid (counts));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (run->server_dialog != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "open", _("_Work on the Server"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
    }
  g_object_set_data_full (G_OBJECT (dialog), "zs-location", g_strdup (run->target), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_result_response), window_ref);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_failure (ZsWindow     *self,
              CopyRun      *run,
              const GError *error)
{
  GtkWidget *dialog;

  if (run->server_dialog != NULL)
    {
      /* What was typed is still there, with the reason. */
      zs_server_dialog_set_busy (run->server_dialog, FALSE);
      zs_server_dialog_show_error (run->server_dialog, error->message);
      gtk_window_present (GTK_WINDOW (run->server_dialog));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      zs_window_add_toast (self, _("Copy cancelled; nothing was written"));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Copied"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_copied (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  CopyRun *run = data;
  g_autoptr(ZsWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = zs_store_copy_finish (result, &error);

  if (run->progress_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (run->progress_dialog));
  if (self != NULL && counts != NULL)
    {
      if (run->server_dialog != NULL)
        {
          keep_password (self, run->server_dialog, run->target);
          gtk_window_destroy (GTK_WINDOW (run->server_dialog));
        }
      show_result (self, run, counts);
    }
  else if (self != NULL)
    show_failure (self, run, error);
  copy_run_free (run);
}

static void
on_progress_destroyed (GtkWidget *dialog,
                       CopyRun   *run)
{
  run->progress_dialog = NULL;
  run->bar = NULL;
}

/* Copies the window's database into @target (a new file, or an empty
 * server database) on a worker thread. */
static void
copy_to (ZsWindow       *self,
         const char     *target,
         ZsServerDialog *server_dialog)
{
  CopyRun *run = g_new0 (CopyRun, 1);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *body = g_strdup_printf (_("Copying this database to %s. It stays as it is."), target);

  g_weak_ref_init (&run->window, self);
  run->target = g_strdup (target);
  run->cancellable = g_cancellable_new ();
  run->server_dialog = server_dialog != NULL ? g_object_ref (server_dialog) : NULL;

  run->progress_dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Copying the Database"), body);
  run->bar = GTK_PROGRESS_BAR (bar);
  gtk_widget_set_size_request (bar, 320, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (run->progress_dialog), bar);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (run->progress_dialog), "cancel", _("_Cancel"));
  g_signal_connect (run->progress_dialog, "response", G_CALLBACK (on_progress_response), run);
  g_signal_connect (run->progress_dialog, "destroy", G_CALLBACK (on_progress_destroyed), run);
  gtk_window_present (GTK_WINDOW (run->progress_dialog));

  zs_store_copy_async (zs_store_get_path (self->store), target, run->cancellable,
                       on_copy_progress, run, NULL, on_copied, run);
}

/* ---- 迁移到服务器… ----------------------------------------------------------- */

static void
on_migrate_submitted (ZsServerDialog *dialog,
                      ZsWindow       *self)
{
  g_autofree char *location = zs_server_dialog_dup_location (dialog);

  remember_in_memory (dialog, location);
  zs_server_dialog_set_busy (dialog, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  copy_to (self, location, dialog);
}

static void
copy_to_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  ZsServerDialog *dialog = zs_server_dialog_new (GTK_WINDOW (self), ZS_SERVER_DIALOG_MIGRATE, NULL);

  g_signal_connect_object (dialog, "submitted", G_CALLBACK (on_migrate_submitted), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- 复制到本地文件… --------------------------------------------------------- */

static void
on_file_chosen (ZsWindow             *self,
                int                   response,
                GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_object_unref (chooser);
  if (path != NULL)
    copy_to (self, path, NULL);
}

static void
copy_to_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y%m%d");
  /* TRANSLATORS: the suggested name of a local copy; %s is the day, 20261206 */
  g_autofree char *name = g_strdup_printf (_("zhaoshang-copy-%s.db"), day);

  chooser = gtk_file_chooser_native_new (_("Copy to a Local File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Copy"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The same without the chooser: for the tests, and a location that is not
 * a file. */
static void
copy_to_location_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  copy_to (ZS_WINDOW (widget), g_variant_get_string (parameter, NULL), NULL);
}

void
zs_window_install_copy_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL, connect_server_action);
  gtk_widget_class_install_action (widget_class, "win.copy-to-server", NULL, copy_to_server_action);
  gtk_widget_class_install_action (widget_class, "win.copy-to-file", NULL, copy_to_file_action);
  gtk_widget_class_install_action (widget_class, "win.copy-to-location", "s", copy_to_location_action);
  gtk_widget_class_install_action (widget_class, "win.open-local", NULL, open_local_action);
}
