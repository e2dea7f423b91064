/* zs-window-actions.c — the window's actions: export, import, search, back,
 * and what the pages ask of the window: open or delete a record, a toast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-bureau-window.h"
#include "zs-board-page.h"
#include "zs-carriers-page.h"
#include "zs-database.h"
#include "zs-exchange.h"
#include "zs-export-dialog.h"
#include "zs-import-dialog.h"
#include "zs-leads-page.h"
#include "zs-partners-page.h"
#include "zs-history-window.h"
#include "zs-preferences-window.h"
#include "zs-record-editor.h"
#include "zs-window-private.h"

static void
export_catalogue_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ZsExportDialog *dialog = zs_window_export_projects (ZS_WINDOW (widget), NULL, NULL);

  zs_export_dialog_select_catalogue (dialog);
}

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!zs_database_load_demo (self->store, &error))
    {
      zs_window_add_toast (self, error->message);
      return;
    }
  zs_window_update_main_view (self);
  zs_window_add_toast (self, _("Demo data loaded"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  /* A board never shown has no filter. */
  ZsProjectFilter *filter = self->board_page != NULL ? zs_board_page_get_filter (self->board_page) : NULL;
  g_autoptr(ZsQuery) query = NULL;
  g_autofree char *description = NULL;

  /* With a filter on the board, its projects are offered as the first scope. */
  if (filter != NULL && !zs_project_filter_is_empty (filter))
    {
      g_autofree char *scope = zs_project_filter_describe (filter, self->store);

      query = zs_project_filter_to_query (filter, -1, zs_context_get_today (self->context),
                                          zs_settings_get_int (self->store, ZS_SETTING_STALE_DAYS));
      description = g_strdup_printf (_("The board’s projects: %s"), scope);
    }
  zs_window_export_projects (self, query, description);
}

static void
on_import_chooser_response (ZsWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;
  if (self->choosing_catalogue)
    zs_window_import_catalogue_file (self, file);
  else
    zs_window_import_file (self, file);
}

static void
choose_import_file (ZsWindow *self,
                    gboolean  catalogue)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->choosing_catalogue = catalogue;
  chooser = gtk_file_chooser_native_new (catalogue ? _("Import Industry Catalogue") : _("Import Exchange File"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, catalogue ? _("Catalogue files (XML)") : _("Exchange files (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_import_file (ZS_WINDOW (widget), FALSE);
}

static void
import_catalogue_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose_import_file (ZS_WINDOW (widget), TRUE);
}

static void
on_sheet_chooser_response (ZsWindow             *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      zs_window_add_toast (self, _("Choose a file on this computer."));
      return;
    }
  zs_window_import_sheet (self, path, self->sheet_table);
}

/* 导入表格…: with the name of a table from a page's menu, or "" for the
 * table the sheet's columns name. */
static void
import_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  const char *table = parameter != NULL ? g_variant_get_string (parameter, NULL) : "";
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_free (self->sheet_table);
  self->sheet_table = *table != '\0' ? g_strdup (table) : NULL;
  chooser = gtk_file_chooser_native_new (_("Import Spreadsheet"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Spreadsheets (.xlsx, .xls, .csv)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.xls");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_add_pattern (filter, "*.XLS");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_sheet_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") == 0)
    zs_window_back (self);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  GtkWidget *page;
  GtkWidget *entry;

  if (!zs_window_may_leave (self, ZS_WINDOW_LEAVE_FOR_PAGE, NULL, gtk_stack_get_visible_child_name (self->page_stack)))
    return;
  zs_window_close_subpage (self);

  /* The page on show searches its own records (partners, leads, target
   * enterprises); the others search the projects. */
  page = zs_window_ensure_page (self, gtk_stack_get_visible_child_name (self->page_stack));
  entry = page != NULL && page != GTK_WIDGET (self->board_page) ? find_search_entry (page) : NULL;
  if (entry != NULL && gtk_widget_is_drawable (entry))
    {
      gtk_widget_grab_focus (entry);
      return;
    }
  zs_window_show_page (self, "board");
  zs_board_page_focus_search (zs_window_get_board_page (self));
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") != 0)
    gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  zs_window_show_page (self, "board");
  gtk_widget_activate_action (GTK_WIDGET (zs_window_get_board_page (self)), "board.new-project", NULL);
}

/* A toast that reports a change offers to undo it. */
static void
toast_change_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autofree char *escaped = g_markup_escape_text (g_variant_get_string (parameter, NULL), -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  zs_window_add_toast_object (ZS_WINDOW (widget), toast);
}

static void
bureau_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (zs_bureau_window_new (GTK_WINDOW (self), self->context, "units")));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  zs_window_add_toast (ZS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The record a "(sx)" parameter names: a record type's name and an id. */
static ZsRecord *
load_record (ZsWindow *self,
             GVariant *parameter,
             GType    *type,
             gint64   *id)
{
  const char *type_name;
  g_autoptr(GError) error = NULL;
  ZsRecord *record;

  g_variant_get (parameter, "(&sx)", &type_name, id);
  *type = g_type_from_name (type_name);
  g_return_val_if_fail (g_type_is_a (*type, ZS_TYPE_RECORD), NULL);

  record = zs_store_load (self->store, *type, *id, &error);
  if (record == NULL)
    zs_window_add_toast (self, error->message);
  return record;
}

static void
open_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  g_autoptr(ZsRecord) record = NULL;
  GType type;
  gint64 id;

  record = load_record (self, parameter, &type, &id);
  if (record != NULL)
    zs_window_open_record (self, record);
}

/* Deleted from its own page, a record takes the page with it: Back goes
 * to where the page was opened from. */
static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  GtkWidget *subpage = zs_window_get_subpage (self);
  ZsRecord *shown = ZS_IS_PAGE (subpage) ? zs_page_get_record (ZS_PAGE (subpage)) : NULL;
  g_autoptr(ZsRecord) record = NULL;
  GType type;
  gint64 id;

  record = load_record (self, parameter, &type, &id);
  if (record == NULL)
    return;

  if (shown != NULL && G_OBJECT_TYPE (shown) == type && zs_record_get_id (shown) == id)
    {
      /* The object the page edits: the toast names it as the page shows it. */
      g_set_object (&record, shown);
      if (zs_window_delete_with_undo (self, record))
        {
          ZsRecordEditor *editor;

          /* What could not be saved went with the record. */
          while ((editor = zs_record_editor_find_invalid (subpage)) != NULL)
            zs_record_editor_drop_invalid (editor);
          zs_window_back (self);
        }
      return;
    }
  zs_window_delete_with_undo (self, record);
}

static void
show_board_for_chain_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  zs_window_show_board_for_chain (ZS_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* 今日待办's "and N more" rows: the whole list on its own page, filtered
 * to what is due ("leads", "carriers" or "partners"). */
static void
show_due_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  const char *list = g_variant_get_string (parameter, NULL);
  GtkWidget *page;

  if (!g_str_equal (list, "leads") && !g_str_equal (list, "carriers") && !g_str_equal (list, "partners"))
    return;
  zs_window_close_subpage (self);
  zs_window_show_page (self, list);
  page = zs_window_ensure_page (self, list);
  if (ZS_IS_LEADS_PAGE (page))
    {
      zs_leads_page_set_search (ZS_LEADS_PAGE (page), "");
      zs_leads_page_set_show (ZS_LEADS_PAGE (page), ZS_LEADS_SHOW_OPEN);
      zs_leads_page_set_overdue_only (ZS_LEADS_PAGE (page), TRUE);
    }
  else if (ZS_IS_CARRIERS_PAGE (page))
    {
      zs_carriers_page_show_view (ZS_CARRIERS_PAGE (page), "carriers");
      zs_carriers_page_set_filter (ZS_CARRIERS_PAGE (page), -1, TRUE, NULL);
    }
  else if (ZS_IS_PARTNERS_PAGE (page))
    {
      zs_partners_page_show_view (ZS_PARTNERS_PAGE (page), "list");
      zs_partners_page_set_search (ZS_PARTNERS_PAGE (page), "");
      zs_partners_page_set_kind (ZS_PARTNERS_PAGE (page), ZS_PARTNERS_PAGE_ANY_KIND);
      zs_partners_page_set_quiet_only (ZS_PARTNERS_PAGE (page), TRUE);
    }
}

static void
show_targets_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  zs_window_show_targets (ZS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  GtkWidget *preferences = zs_preferences_window_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZsWindow *self = ZS_WINDOW (widget);
  GtkWidget *history = zs_history_window_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (history));
}

void
zs_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL, load_demo_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.bureau", NULL, bureau_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.toast-change", "s", toast_change_action);
  gtk_widget_class_install_action (widget_class, "win.open-record", "(sx)", open_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", "(sx)", delete_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-board-for-chain", "x", show_board_for_chain_action);
  gtk_widget_class_install_action (widget_class, "win.show-targets", "x", show_targets_action);
  gtk_widget_class_install_action (widget_class, "win.show-due", "s", show_due_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-catalogue", NULL, import_catalogue_action);
  gtk_widget_class_install_action (widget_class, "win.import-sheet", "s", import_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.export-catalogue", NULL, export_catalogue_action);

  zs_window_install_undo_actions (widget_class);
  zs_window_install_copy_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_I, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.import-catalogue", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-catalogue", NULL);
}
