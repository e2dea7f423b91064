/* zs-table-export.c — a page's table out as an Excel 台账 or CSV, and a
 * spreadsheet in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The rows are taken from the page's own list model, so that the export
 * holds what the clerk sees, in the order the clerk sorted it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-ledger-export.h"
#include "zs-main-context.h"
#include "zs-table-export.h"
#include "zs-table-print.h"
#include "zs-ui-util.h"

#define DATA_KEY "zs-table-export"

typedef struct {
  ZsStore      *store;
  char         *table;
  ZsRecordList *rows;
  /* or a page's own figures */
  ZsTableGridFunc build;
  gpointer      build_data;
  GDestroyNotify build_destroy;
  /* or a table made in the worker thread */
  char                   *title;
  ZsTableGridPrepareFunc  prepare;
  ZsTableGridThreadFunc   build_in_thread;
  ZsTableFileThreadFunc   write_in_thread;
  GDestroyNotify          free_prepared;
} TableExport;

static void
table_export_free (gpointer data)
{
  TableExport *te = data;

  g_clear_object (&te->store);
  g_clear_object (&te->rows);
  g_free (te->table);
  g_free (te->title);
  if (te->build_destroy != NULL)
    te->build_destroy (te->build_data);
  g_free (te);
}

static GArray *
shown_ids (ZsRecordList *rows)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = zs_record_list_get_id (rows, i);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
on_done (gpointer data)
{
  g_object_unref (data);
}

static ZsTableOutput
output_of_action (const char *name)
{
  if (g_str_equal (name, "export-csv"))
    return ZS_TABLE_OUTPUT_CSV;
  if (g_str_equal (name, "export-pdf"))
    return ZS_TABLE_OUTPUT_PDF;
  if (g_str_equal (name, "print"))
    return ZS_TABLE_OUTPUT_PRINT;
  return ZS_TABLE_OUTPUT_XLSX;
}

/* ---- a page's own figures: a grid made on the main thread, written in a worker ---- */

typedef struct {
  GtkWidget     *page;
  ZsSheetGrid   *grid;       /* NULL until @build makes it in the worker */
  char          *title;
  gpointer               prepared;
  ZsTableGridThreadFunc  build;
  ZsTableFileThreadFunc  write;
  GDestroyNotify         free_prepared;
  guint64        n_rows;
  char          *path;
  ZsTableOutput  output;
  GCallback      done;
  gpointer       done_data;
} GridSave;

static void
grid_save_free (gpointer data)
{
  GridSave *save = data;

  g_clear_object (&save->page);
  g_clear_pointer (&save->grid, zs_sheet_grid_free);
  if (save->free_prepared != NULL)
    save->free_prepared (save->prepared);
  g_free (save->title);
  g_free (save->path);
  g_free (save);
}

static void
grid_save_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GridSave *save = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* A file of a table too long to hold is written as its rows are read. */
  if (save->grid == NULL && save->write != NULL &&
      (save->output == ZS_TABLE_OUTPUT_XLSX || save->output == ZS_TABLE_OUTPUT_CSV))
    ok = save->write (save->prepared, save->path,
                      save->output == ZS_TABLE_OUTPUT_CSV ? ZS_SHEET_FORMAT_CSV : ZS_SHEET_FORMAT_XLSX,
                      &save->n_rows, cancellable, &error);
  else if (save->grid == NULL && (save->grid = save->build (save->prepared, cancellable, &error)) == NULL)
    ok = FALSE;
  else if (save->output == ZS_TABLE_OUTPUT_PRINT)
    ok = TRUE;   /* printed on the main thread */
  else if (save->output == ZS_TABLE_OUTPUT_PDF)
    ok = zs_table_print_write_pdf (save->grid, save->path, &error);
  else
    ok = zs_sheet_grid_write (save->grid, save->path,
                              save->output == ZS_TABLE_OUTPUT_CSV ? ZS_SHEET_FORMAT_CSV : ZS_SHEET_FORMAT_XLSX,
                              cancellable, &error);
  if (save->grid != NULL)
    save->n_rows = zs_sheet_grid_get_n_rows (save->grid);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_grid_saved (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GridSave *save = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = save->path != NULL ? g_filename_display_basename (save->path) : NULL;
  g_autofree char *message = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (ok && save->output == ZS_TABLE_OUTPUT_PRINT)
    {
      GtkRoot *root = gtk_widget_get_root (save->page);

      zs_table_print_run (g_steal_pointer (&save->grid), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
      if (save->done != NULL)
        ((void (*) (gpointer)) save->done) (save->done_data);
      return;
    }
  if (!ok)
    message = g_strdup_printf (_("Could not export to %s: %s"), name != NULL ? name : save->title, error->message);
  else
    /* TRANSLATORS: a toast: how many rows, the file */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u row to %s", "Exported %u rows to %s",
                                            (gulong) save->n_rows),
                               (guint) save->n_rows, name);
  zs_toast (save->page, message);
  if (save->done != NULL)
    ((void (*) (gpointer)) save->done) (save->done_data);
}

static void
grid_save_start (GridSave *save)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_grid_saved, NULL);

  g_task_set_source_tag (task, grid_save_start);
  zs_thread_task_set_data (task, save, grid_save_free);
  g_task_run_in_thread (task, grid_save_thread);
}

static const char *
ending_of (ZsTableOutput output)
{
  return output == ZS_TABLE_OUTPUT_CSV ? ".csv" : output == ZS_TABLE_OUTPUT_PDF ? ".pdf" : ".xlsx";
}

static void
on_grid_chooser_response (GtkFileChooserNative *chooser,
                          int                   response,
                          gpointer              user_data)
{
  GridSave *save = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *lower = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (save->path = g_file_get_path (file)) == NULL)
    {
      if (file != NULL)
        zs_toast (save->page, _("Choose a file on this computer."));
      grid_save_free (save);
      return;
    }
  lower = g_ascii_strdown (save->path, -1);
  if (!g_str_has_suffix (lower, ".xlsx") && !g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".pdf"))
    {
      char *with = g_strconcat (save->path, ending_of (save->output), NULL);

      g_free (save->path);
      save->path = with;
    }
  save->output = zs_table_output_for_path (save->path);
  grid_save_start (save);
}

static void
run_grid (GtkWidget     *page,
          TableExport   *te,
          ZsTableOutput  output,
          const char    *path,
          GCallback      done,
          gpointer       done_data)
{
  GridSave *save = g_new0 (GridSave, 1);
  GtkRoot *root = gtk_widget_get_root (page);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = zs_date_today ();
  g_autofree char *name = NULL;

  save->page = g_object_ref (page);
  if (te->build != NULL)
    save->grid = te->build (te->build_data);
  else
    {
      save->prepared = te->prepare (te->build_data);
      save->build = te->build_in_thread;
      save->write = te->write_in_thread;
      save->free_prepared = te->free_prepared;
    }
  save->title = g_strdup (save->grid != NULL ? zs_sheet_grid_get_title (save->grid) : te->title);
  save->output = output;
  save->done = done;
  save->done_data = done_data;
  if (output == ZS_TABLE_OUTPUT_PRINT && save->grid == NULL)
    {
      grid_save_start (save);
      return;
    }
  if (output == ZS_TABLE_OUTPUT_PRINT)
    {
      zs_table_print_run (g_steal_pointer (&save->grid), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
      grid_save_free (save);
      return;
    }
  if (path != NULL)
    {
      save->path = g_strdup (path);
      save->output = zs_table_output_for_path (path);
      grid_save_start (save);
      return;
    }
  name = g_strdup_printf ("%s-%s%s", save->title, today, ending_of (output));
  chooser = gtk_file_chooser_native_new (output == ZS_TABLE_OUTPUT_XLSX ? _("Export as Excel")
                                         : output == ZS_TABLE_OUTPUT_CSV ? _("Export as CSV") : _("Export as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, output == ZS_TABLE_OUTPUT_XLSX ? _("Excel workbooks (.xlsx)")
                                    : output == ZS_TABLE_OUTPUT_CSV ? _("CSV files (.csv)") : _("PDF documents (.pdf)"));
  gtk_file_filter_add_pattern (filter, output == ZS_TABLE_OUTPUT_XLSX ? "*.xlsx"
                                       : output == ZS_TABLE_OUTPUT_CSV ? "*.csv" : "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_grid_chooser_response), save);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- either kind ------------------------------------------------------------------ */

static void
run_export (GtkWidget     *page,
            ZsTableOutput  output,
            const char    *path,
            GCallback      done,
            gpointer       done_data)
{
  TableExport *te = g_object_get_data (G_OBJECT (page), DATA_KEY);
  g_autoptr(GArray) ids = NULL;

  g_return_if_fail (te != NULL);
  if (te->build != NULL || te->build_in_thread != NULL)
    {
      run_grid (page, te, output, path, done, done_data);
      return;
    }
  ids = shown_ids (te->rows);
  zs_ledger_export_rows (page, te->store, te->table, ids, output, path, done, done_data);
}

static void
on_export_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWidget *page = user_data;

  run_export (page, output_of_action (g_action_get_name (G_ACTION (action))), NULL,
              G_CALLBACK (on_done), g_object_ref (page));
}

static GtkWidget *
attach (GtkWidget   *page,
        TableExport *te)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const names[] = { "export-xlsx", "export-csv", "export-pdf", "print" };
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) formats = g_menu_new ();
  g_autoptr(GMenu) print = g_menu_new ();
  GtkWidget *button;

  g_object_set_data_full (G_OBJECT (page), DATA_KEY, te, table_export_free);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], NULL);

      /* The page outlives its actions: they are dropped with it. */
      g_signal_connect_object (action, "activate", G_CALLBACK (on_export_activated), page, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (page, "table", G_ACTION_GROUP (group));

  g_menu_append (formats, _("Excel Workbook (.xlsx)…"), "table.export-xlsx");
  g_menu_append (formats, _("CSV (.csv)…"), "table.export-csv");
  g_menu_append (formats, _("PDF (.pdf)…"), "table.export-pdf");
  g_menu_append (print, _("_Print…"), "table.print");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (formats));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print));
  if (te->table != NULL)
    {
      g_autoptr(GMenu) import = g_menu_new ();
      g_autoptr(GMenuItem) item = g_menu_item_new (_("Import Spreadsheet…"), NULL);

      g_menu_item_set_action_and_target_value (item, "win.import-sheet", g_variant_new_string (te->table));
      g_menu_append_item (import, item);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (import));
    }

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Export"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, te->table != NULL ? _("Export or print the rows shown, or import a spreadsheet")
                                                         : _("Export or print the rows shown"));
  return button;
}

GtkWidget *
zs_table_export_attach (GtkWidget    *page,
                        ZsStore      *store,
                        const char   *table,
                        ZsRecordList *rows)
{
  TableExport *te = g_new0 (TableExport, 1);

  te->store = g_object_ref (store);
  te->table = g_strdup (table);
  te->rows = g_object_ref (rows);
  return attach (page, te);
}

GtkWidget *
zs_table_export_attach_grid (GtkWidget       *page,
                             ZsTableGridFunc  build,
                             gpointer         user_data,
                             GDestroyNotify   destroy)
{
  TableExport *te = g_new0 (TableExport, 1);

  te->build = build;
  te->build_data = user_data;
  te->build_destroy = destroy;
  return attach (page, te);
}

GtkWidget *
zs_table_export_attach_grid_in_thread (GtkWidget              *page,
                                       const char             *title,
                                       ZsTableGridPrepareFunc  prepare,
                                       ZsTableGridThreadFunc   build,
                                       ZsTableFileThreadFunc   write,
                                       GDestroyNotify          free_prepared,
                                       gpointer                user_data)
{
  TableExport *te = g_new0 (TableExport, 1);

  te->title = g_strdup (title);
  te->prepare = prepare;
  te->build_in_thread = build;
  te->write_in_thread = write;
  te->free_prepared = free_prepared;
  te->build_data = user_data;
  return attach (page, te);
}

void
zs_table_export_to (GtkWidget  *page,
                    const char *path,
                    GCallback   done,
                    gpointer    done_data)
{
  run_export (page, zs_table_output_for_path (path), path, done, done_data);
}

static void
collect (GtkWidget *widget,
         GPtrArray *found)
{
  if (g_object_get_data (G_OBJECT (widget), DATA_KEY) != NULL)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, found);
}

GPtrArray *
zs_table_export_find_all (GtkWidget *root)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, found);
  return found;
}
