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
#include "zs-table-export.h"

#define DATA_KEY "zs-table-export"

typedef struct {
  ZsStore      *store;
  char         *table;
  ZsRecordList *rows;
} TableExport;

static void
table_export_free (gpointer data)
{
  TableExport *te = data;

  g_clear_object (&te->store);
  g_clear_object (&te->rows);
  g_free (te->table);
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

static void
run_export (GtkWidget  *page,
            gboolean    xlsx,
            const char *path,
            GCallback   done,
            gpointer    done_data)
{
  TableExport *te = g_object_get_data (G_OBJECT (page), DATA_KEY);
  g_autoptr(GArray) ids = NULL;

  g_return_if_fail (te != NULL);
  ids = shown_ids (te->rows);
  zs_ledger_export_rows (page, te->store, te->table, ids, xlsx, path, done, done_data);
}

static void
on_export_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWidget *page = user_data;

  run_export (page, g_str_equal (g_action_get_name (G_ACTION (action)), "export-xlsx"), NULL,
              G_CALLBACK (on_done), g_object_ref (page));
}

GtkWidget *
zs_table_export_attach (GtkWidget    *page,
                        ZsStore      *store,
                        const char   *table,
                        ZsRecordList *rows)
{
  TableExport *te = g_new0 (TableExport, 1);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const names[] = { "export-xlsx", "export-csv" };
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) formats = g_menu_new ();
  g_autoptr(GMenu) import = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  GtkWidget *button;

  te->store = g_object_ref (store);
  te->table = g_strdup (table);
  te->rows = g_object_ref (rows);
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
  item = g_menu_item_new (_("Import Spreadsheet…"), NULL);
  g_menu_item_set_action_and_target_value (item, "win.import-sheet", g_variant_new_string (table));
  g_menu_append_item (import, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (formats));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (import));

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Export"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Export the rows shown as a spreadsheet, or import one"));
  return button;
}

void
zs_table_export_to (GtkWidget  *page,
                    const char *path,
                    GCallback   done,
                    gpointer    done_data)
{
  run_export (page, TRUE, path, done, done_data);
}
