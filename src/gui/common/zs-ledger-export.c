/* zs-ledger-export.c — the project ledger as an Excel 台账 or CSV, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The export of the command line (src/sheet), run in a GTask thread on a
 * second connection, so that the window goes on while 100,000 rows are
 * written.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-ledger-export.h"
#include "zs-sheet-export.h"
#include "zs-sheet-table.h"
#include "zs-ui-util.h"

typedef struct {
  GtkWidget      *widget;
  char           *db_path;
  char           *path;
  char           *table;
  GArray         *ids;
  ZsQuery        *query;
  char           *description;
  ZsSheetFormat   format;
  guint64         n_rows;
  GCallback       done;
  gpointer        done_data;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_object (&export->widget);
  g_free (export->db_path);
  g_free (export->path);
  g_free (export->table);
  g_clear_pointer (&export->ids, g_array_unref);
  g_clear_pointer (&export->query, zs_query_unref);
  g_free (export->description);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ZsSheetExportOptions options = { export->format, export->query, export->ids, NULL, export->description, NULL, NULL };

  store = zs_store_open_secondary (export->db_path, &error);
  if (store == NULL ||
      !zs_sheet_export_table (store, export->table, export->path, &options, &export->n_rows, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_filename_display_basename (export->path);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    /* TRANSLATORS: a toast: the file and why it could not be written */
    message = g_strdup_printf (_("Could not export to %s: %s"), name, error->message);
  else if (g_str_equal (export->table, "projects"))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u project to %s",
                                            "Exported %u projects to %s", (gulong) export->n_rows),
                               (guint) export->n_rows, name);
  else
    /* TRANSLATORS: a toast: how many rows, of what (partners, leads …), the file */
    message = g_strdup_printf (_("Exported %u %s to %s"), (guint) export->n_rows,
                               g_dgettext (GETTEXT_PACKAGE, zs_sheet_table_get (export->table)->noun), name);
  zs_toast (export->widget, message);
  if (export->done != NULL)
    ((void (*) (gpointer)) export->done) (export->done_data);
}

static void
start (Export *export)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_export_done, NULL);

  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, export, export_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkFileChooserNative *chooser,
                     int                   response,
                     gpointer              user_data)
{
  Export *export = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (export->path = g_file_get_path (file)) == NULL)
    {
      if (file != NULL)
        zs_toast (export->widget, _("Choose a file on this computer."));
      if (export->done != NULL)
        ((void (*) (gpointer)) export->done) (export->done_data);
      export_free (export);
      return;
    }
  /* The ending chooses the format; a name without one gets the chosen one. */
  if (zs_sheet_export_format_for_path (export->path) == ZS_SHEET_FORMAT_UNKNOWN)
    {
      char *with = g_strconcat (export->path, export->format == ZS_SHEET_FORMAT_XLSX ? ".xlsx" : ".csv", NULL);

      g_free (export->path);
      export->path = with;
    }
  export->format = zs_sheet_export_format_for_path (export->path);

  start (export);
}

static Export *
export_new (GtkWidget  *widget,
            ZsStore    *store,
            ZsQuery    *query,
            const char *description,
            gboolean    xlsx,
            GCallback   done,
            gpointer    done_data)
{
  Export *export = g_new0 (Export, 1);

  export->widget = g_object_ref (widget);
  export->db_path = g_strdup (zs_store_get_path (store));
  export->table = g_strdup ("projects");
  export->query = query != NULL ? zs_query_ref (query) : NULL;
  export->description = g_strdup (description);
  export->format = xlsx ? ZS_SHEET_FORMAT_XLSX : ZS_SHEET_FORMAT_CSV;
  export->done = done;
  export->done_data = done_data;
  return export;
}

void
zs_ledger_export_to (GtkWidget  *widget,
                     ZsContext  *context,
                     ZsQuery    *query,
                     GArray     *ids,
                     const char *description,
                     const char *path,
                     GCallback   done,
                     gpointer    done_data)
{
  Export *export = export_new (widget, zs_context_get_store (context), query, description,
                               zs_sheet_export_format_for_path (path) != ZS_SHEET_FORMAT_CSV, done, done_data);

  export->path = g_strdup (path);
  export->ids = ids != NULL ? g_array_ref (ids) : NULL;
  export->format = zs_sheet_export_format_for_path (path) == ZS_SHEET_FORMAT_CSV ? ZS_SHEET_FORMAT_CSV
                                                                                  : ZS_SHEET_FORMAT_XLSX;
  start (export);
}

static void
ask_where (Export     *export,
           const char *title_xlsx,
           const char *title_csv,
           const char *name)
{
  gboolean xlsx = export->format == ZS_SHEET_FORMAT_XLSX;
  GtkRoot *root = gtk_widget_get_root (export->widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (xlsx ? title_xlsx : title_csv,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, xlsx ? _("Excel workbooks (.xlsx)") : _("CSV files (.csv)"));
  gtk_file_filter_add_pattern (filter, xlsx ? "*.xlsx" : "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
zs_ledger_export (GtkWidget  *widget,
                  ZsContext  *context,
                  ZsQuery    *query,
                  GArray     *ids,
                  const char *description,
                  gboolean    xlsx,
                  GCallback   done,
                  gpointer    done_data)
{
  Export *export = export_new (widget, zs_context_get_store (context), query, description, xlsx, done, done_data);
  g_autofree char *today = zs_date_today ();

  export->ids = ids != NULL ? g_array_ref (ids) : NULL;
  /* TRANSLATORS: the suggested name of a ledger export; %s is today's date */
  g_autofree char *name = g_strdup_printf (_("project-ledger-%s.%s"), today, xlsx ? "xlsx" : "csv");

  ask_where (export, _("Export the Ledger as Excel"), _("Export the Ledger as CSV"), name);
}

void
zs_ledger_export_rows (GtkWidget  *widget,
                       ZsStore    *store,
                       const char *table,
                       GArray     *ids,
                       gboolean    xlsx,
                       const char *path,
                       GCallback   done,
                       gpointer    done_data)
{
  Export *export = export_new (widget, store, NULL, NULL, xlsx, done, done_data);
  const ZsSheetTable *described = zs_sheet_table_get (table);
  g_autofree char *today = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (described != NULL);
  g_free (export->table);
  export->table = g_strdup (table);
  export->ids = g_array_ref (ids);
  if (path != NULL)
    {
      export->path = g_strdup (path);
      export->format = zs_sheet_export_format_for_path (path) == ZS_SHEET_FORMAT_CSV ? ZS_SHEET_FORMAT_CSV
                                                                                      : ZS_SHEET_FORMAT_XLSX;
      start (export);
      return;
    }
  today = zs_date_today ();
  /* The 台账's own title names the file: 线索台账-2025-06-30.xlsx */
  name = g_strdup_printf ("%s-%s.%s", described->title, today, xlsx ? "xlsx" : "csv");
  ask_where (export, _("Export as Excel"), _("Export as CSV"), name);
}
