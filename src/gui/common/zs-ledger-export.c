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
#include "zs-main-context.h"
#include "zs-sheet-export.h"
#include "zs-sheet-table.h"
#include "zs-table-print.h"
#include "zs-ui-util.h"

typedef struct {
  GtkWidget      *widget;
  char           *db_path;
  char           *path;
  char           *table;
  GArray         *ids;
  ZsQuery        *query;
  char           *description;
  ZsTableOutput   output;
  ZsSheetGrid    *grid;       /* to print, made in the thread */
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
  g_clear_pointer (&export->grid, zs_sheet_grid_free);
  g_free (export);
}

ZsTableOutput
zs_table_output_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".csv"))
    return ZS_TABLE_OUTPUT_CSV;
  if (g_str_has_suffix (lower, ".pdf"))
    return ZS_TABLE_OUTPUT_PDF;
  return ZS_TABLE_OUTPUT_XLSX;
}

static gboolean
has_ending (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".xlsx");
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
  ZsSheetExportOptions options = { export->output == ZS_TABLE_OUTPUT_CSV ? ZS_SHEET_FORMAT_CSV : ZS_SHEET_FORMAT_XLSX,
                                   export->query, export->ids, NULL, export->description, NULL, NULL };
  gboolean ok;

  store = zs_store_open_secondary (export->db_path, &error);
  ok = store != NULL;
  if (ok && (export->output == ZS_TABLE_OUTPUT_XLSX || export->output == ZS_TABLE_OUTPUT_CSV))
    ok = zs_sheet_export_table (store, export->table, export->path, &options, &export->n_rows, cancellable, &error);
  else if (ok)
    {
      /* Print and PDF lay out the same grid the workbook is written from. */
      export->grid = zs_sheet_export_grid (store, export->table, &options, cancellable, &error);
      ok = export->grid != NULL;
      if (ok)
        export->n_rows = zs_sheet_grid_get_n_rows (export->grid);
      if (ok && export->output == ZS_TABLE_OUTPUT_PDF)
        ok = zs_table_print_write_pdf (export->grid, export->path, &error);
    }
  if (!ok)
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
  g_autofree char *name = export->path != NULL ? g_filename_display_basename (export->path) : NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error) && export->output == ZS_TABLE_OUTPUT_PRINT)
    {
      GtkRoot *root = gtk_widget_get_root (export->widget);

      zs_table_print_run (g_steal_pointer (&export->grid), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
      if (export->done != NULL)
        ((void (*) (gpointer)) export->done) (export->done_data);
      return;
    }
  if (error != NULL && export->output == ZS_TABLE_OUTPUT_PRINT)
    /* TRANSLATORS: a toast: why a table could not be printed */
    message = g_strdup_printf (_("Could not print: %s"), error->message);
  else if (error != NULL)
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
  zs_thread_task_set_data (task, export, export_free);
  g_task_run_in_thread (task, export_thread);
}

static const char *
zs_table_output_ending (ZsTableOutput output)
{
  return output == ZS_TABLE_OUTPUT_CSV ? ".csv" : output == ZS_TABLE_OUTPUT_PDF ? ".pdf" : ".xlsx";
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
  if (!has_ending (export->path))
    {
      char *with = g_strconcat (export->path, zs_table_output_ending (export->output), NULL);

      g_free (export->path);
      export->path = with;
    }
  export->output = zs_table_output_for_path (export->path);

  start (export);
}

static Export *
export_new (GtkWidget  *widget,
            ZsStore    *store,
            ZsQuery    *query,
            const char *description,
            ZsTableOutput output,
            GCallback   done,
            gpointer    done_data)
{
  Export *export = g_new0 (Export, 1);

  export->widget = g_object_ref (widget);
  export->db_path = g_strdup (zs_store_get_path (store));
  export->table = g_strdup ("projects");
  export->query = query != NULL ? zs_query_ref (query) : NULL;
  export->description = g_strdup (description);
  export->output = output;
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
                               zs_table_output_for_path (path), done, done_data);

  export->path = g_strdup (path);
  export->ids = ids != NULL ? g_array_ref (ids) : NULL;
  start (export);
}

/* Asks where to save (or, to print, goes straight to the thread). */
static void
ask_where (Export     *export,
           const char *stem)
{
  GtkRoot *root = gtk_widget_get_root (export->widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = zs_date_today ();
  g_autofree char *name = g_strdup_printf ("%s-%s%s", stem, today, zs_table_output_ending (export->output));
  const char *title;

  if (export->output == ZS_TABLE_OUTPUT_PRINT)
    {
      start (export);
      return;
    }
  title = export->output == ZS_TABLE_OUTPUT_XLSX ? _("Export as Excel")
          : export->output == ZS_TABLE_OUTPUT_CSV ? _("Export as CSV") : _("Export as PDF");
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  switch (export->output)
    {
    case ZS_TABLE_OUTPUT_CSV:
      gtk_file_filter_set_name (filter, _("CSV files (.csv)"));
      gtk_file_filter_add_pattern (filter, "*.csv");
      break;
    case ZS_TABLE_OUTPUT_PDF:
      gtk_file_filter_set_name (filter, _("PDF documents (.pdf)"));
      gtk_file_filter_add_pattern (filter, "*.pdf");
      break;
    case ZS_TABLE_OUTPUT_XLSX:
    case ZS_TABLE_OUTPUT_PRINT:
    default:
      gtk_file_filter_set_name (filter, _("Excel workbooks (.xlsx)"));
      gtk_file_filter_add_pattern (filter, "*.xlsx");
      break;
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
zs_ledger_export (GtkWidget     *widget,
                  ZsContext     *context,
                  ZsQuery       *query,
                  GArray        *ids,
                  const char    *description,
                  ZsTableOutput  output,
                  GCallback      done,
                  gpointer       done_data)
{
  Export *export = export_new (widget, zs_context_get_store (context), query, description, output, done, done_data);

  export->ids = ids != NULL ? g_array_ref (ids) : NULL;
  ask_where (export, zs_sheet_table_get ("projects")->title);
}

void
zs_ledger_export_rows (GtkWidget     *widget,
                       ZsStore       *store,
                       const char    *table,
                       GArray        *ids,
                       ZsTableOutput  output,
                       const char    *path,
                       GCallback      done,
                       gpointer       done_data)
{
  Export *export = export_new (widget, store, NULL, NULL, output, done, done_data);
  const ZsSheetTable *described = zs_sheet_table_get (table);

  g_return_if_fail (described != NULL);
  g_free (export->table);
  export->table = g_strdup (table);
  export->ids = g_array_ref (ids);
  if (path != NULL)
    {
      export->path = g_strdup (path);
      export->output = zs_table_output_for_path (path);
      start (export);
      return;
    }
  /* The 台账's own title names the file: 线索台账-2025-06-30.xlsx */
  ask_where (export, described->title);
}
