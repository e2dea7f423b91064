/* zs-trash-page.c — 回收站: deleted records, to restore or remove for good
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Lists what zs_store_trash() kept, newest first: the record's kind and
 * name, when and by whom it was deleted, and how many records went with
 * it. Restore puts them back; removing for good and emptying the trash ask
 * first, since nothing brings those back.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-table-export.h"
#include "zs-trash-page.h"
#include "zs-ui-util.h"

struct _ZsTrashPage
{
  ZsPage          parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkLabel       *summary_label;
  GtkButton      *empty_button;
  GtkListBox     *list;
  GPtrArray      *entries;   /* ZsTrashEntry, row for row */
  gint64          removing;  /* the entry the open question is about, 0 for all */
};

G_DEFINE_FINAL_TYPE (ZsTrashPage, zs_trash_page, ZS_TYPE_PAGE)

/* ---- helpers ---------------------------------------------------------------- */

static const char *
type_label (ZsTrashEntry *entry)
{
  GType type = zs_trash_entry_get_record_type (entry);
  ZsRecordClass *klass;

  if (type == G_TYPE_INVALID || !g_type_is_a (type, ZS_TYPE_RECORD))
    return _("Record");
  klass = g_type_class_ref (type);
  g_type_class_unref (klass);  /* record classes stay: the registry holds them */
  return g_dgettext (GETTEXT_PACKAGE, klass->label);
}

/* The UTC time the store wrote, in local time as a clerk reads it. */
static char *
local_time (const char *utc)
{
  g_autoptr(GDateTime) parsed = utc != NULL ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (parsed == NULL)
    return g_strdup (utc ? utc : "");
  local = g_date_time_to_local (parsed);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
describe (ZsTrashEntry *entry)
{
  g_autofree char *when = local_time (zs_trash_entry_get_deleted_at (entry));
  g_autofree char *deleted = NULL;
  g_autofree char *owned = NULL;
  guint n_owned = zs_trash_entry_get_n_records (entry) - 1;
  const char *who = zs_trash_entry_get_deleted_by (entry);
  const char *parts[3];

  if (who != NULL && *who != '\0')
    deleted = g_strdup_printf (_("Deleted %s by %s"), when, who);
  else
    deleted = g_strdup_printf (_("Deleted %s"), when);
  if (n_owned > 0)
    owned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "with %u record that belonged to it",
                                          "with %u records that belonged to it", n_owned), n_owned);
  parts[0] = type_label (entry);
  parts[1] = deleted;
  parts[2] = owned;
  return zs_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
row_new (ZsTrashEntry *entry)
{
  g_autofree char *subtitle = describe (entry);
  GtkWidget *row = zs_list_row_new (zs_trash_entry_get_title (entry), subtitle, FALSE);
  GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  g_autofree char *remove_label = g_strdup_printf (_("Delete “%s” for good"), zs_trash_entry_get_title (entry));
  GVariant *target = g_variant_new_int64 (zs_trash_entry_get_id (entry));

  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (restore), "trash.restore");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (restore), target);
  gtk_widget_set_name (restore, "restore");

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Delete for Good…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "trash.remove");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (remove), target);
  gtk_widget_set_name (remove, "remove");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* 回收站 as a 台账: what is there, deleted when and by whom. */
static ZsSheetGrid *
trash_grid (gpointer user_data)
{
  ZsTrashPage *self = user_data;
  ZsSheetGrid *grid = zs_sheet_grid_new ("回收站记录清单");

  zs_sheet_grid_add_column (grid, "类型", ZS_GRID_CODE, 10, FALSE);
  zs_sheet_grid_add_column (grid, "名称", ZS_GRID_TEXT, 36, FALSE);
  zs_sheet_grid_add_column (grid, "删除时间", ZS_GRID_CODE, 18, FALSE);
  zs_sheet_grid_add_column (grid, "删除人", ZS_GRID_CODE, 10, FALSE);
  zs_sheet_grid_add_column (grid, "随之删除的记录", ZS_GRID_NUMBER, 14, TRUE);
  for (guint i = 0; i < self->entries->len; i++)
    {
      ZsTrashEntry *entry = g_ptr_array_index (self->entries, i);
      g_autofree char *when = local_time (zs_trash_entry_get_deleted_at (entry));

      zs_sheet_grid_add_row (grid);
      zs_sheet_grid_set_text (grid, 0, type_label (entry));
      zs_sheet_grid_set_text (grid, 1, zs_trash_entry_get_title (entry));
      zs_sheet_grid_set_text (grid, 2, when);
      zs_sheet_grid_set_text (grid, 3, zs_trash_entry_get_deleted_by (entry));
      zs_sheet_grid_set_value (grid, 4, zs_trash_entry_get_n_records (entry) - 1);
    }
  return grid;
}

static ZsTrashEntry *
find_entry (ZsTrashPage *self,
            gint64       id)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      ZsTrashEntry *entry = g_ptr_array_index (self->entries, i);

      if (zs_trash_entry_get_id (entry) == id)
        return entry;
    }
  return NULL;
}

static void
refresh (ZsTrashPage *self)
{
  ZsStore *store = zs_page_get_store (ZS_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *kept = NULL;
  int days;

  if (store == NULL)
    return;

  entries = zs_store_list_trash (store, &error);
  if (entries == NULL)
    {
      g_warning ("Could not list the trash: %s", error->message);
      entries = g_ptr_array_new_with_free_func (g_object_unref);
    }

  days = zs_settings_get_int (store, ZS_SETTING_TRASH_DAYS);
  kept = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Deleted records are kept here for %d day, then removed for good.",
                                       "Deleted records are kept here for %d days, then removed for good.", days),
                          days);
  adw_status_page_set_description (self->empty_page, kept);
  gtk_label_set_text (self->summary_label, kept);

  for (GtkWidget *row; (row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL;)
    gtk_list_box_remove (self->list, row);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, row_new (g_ptr_array_index (entries, i)));
  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&entries);

  gtk_stack_set_visible_child_name (self->stack, self->entries->len > 0 ? "entries" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.empty", self->entries->len > 0);
}

/* ---- callbacks -------------------------------------------------------------- */

static void
on_store_changed (ZsTrashPage *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZsTrashPage *self = ZS_TRASH_PAGE (widget);
  ZsTrashEntry *entry = find_entry (self, g_variant_get_int64 (parameter));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *title = NULL;

  if (entry == NULL)
    return;
  title = g_strdup (zs_trash_entry_get_title (entry));
  if (!zs_store_trash_restore (zs_page_get_store (ZS_PAGE (self)), zs_trash_entry_get_id (entry), &error))
    {
      zs_toast (widget, error->message);
      return;
    }
  message = g_strdup_printf (_("“%s” restored"), title);
  /* With 撤销, which puts it back in the trash. */
  zs_toast_change (widget, message);
  refresh (self);
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ZsTrashPage      *self)
{
  gint64 id = self->removing;
  ZsStore *store = zs_page_get_store (ZS_PAGE (self));
  g_autoptr(GError) error = NULL;
  gboolean done = TRUE;

  if (g_strcmp0 (response, "delete") == 0)
    done = id > 0 ? zs_store_trash_remove (store, id, &error) : zs_store_trash_empty (store, &error);
  if (!done)
    zs_toast (GTK_WIDGET (self), error->message);
  else
    refresh (self);
}

/* Asks before what cannot be undone; @id 0 for the whole trash. */
static void
confirm_removal (ZsTrashPage *self,
                 gint64       id,
                 const char  *heading,
                 const char  *body,
                 const char  *label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  self->removing = id;
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsTrashPage *self = ZS_TRASH_PAGE (widget);
  ZsTrashEntry *entry = find_entry (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;

  if (entry == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s” for good?"), zs_trash_entry_get_title (entry));
  confirm_removal (self, zs_trash_entry_get_id (entry), heading,
                   _("It and the records that belonged to it cannot be restored afterwards."),
                   _("_Delete for Good"));
}

static void
empty_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZsTrashPage *self = ZS_TRASH_PAGE (widget);
  g_autofree char *body = NULL;

  if (self->entries->len == 0)
    return;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u deleted record will be removed for good. It cannot be restored afterwards.",
                                       "%u deleted records will be removed for good. They cannot be restored afterwards.",
                                       self->entries->len),
                          self->entries->len);
  confirm_removal (self, 0, _("Empty the Trash?"), body, _("_Empty Trash"));
}

/* ---- overrides -------------------------------------------------------------- */

static void
zs_trash_page_context_set (ZsPage *page)
{
  ZsTrashPage *self = ZS_TRASH_PAGE (page);

  g_signal_connect_object (zs_page_get_store (page), "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_trash_page_refresh (ZsPage *page)
{
  refresh (ZS_TRASH_PAGE (page));
}

static void
zs_trash_page_dispose (GObject *object)
{
  ZsTrashPage *self = ZS_TRASH_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_TRASH_PAGE);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_trash_page_parent_class)->dispose (object);
}

static void
zs_trash_page_class_init (ZsTrashPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_trash_page_dispose;
  page_class->context_set = zs_trash_page_context_set;
  page_class->refresh = zs_trash_page_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-trash-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsTrashPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsTrashPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZsTrashPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsTrashPage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, ZsTrashPage, list);

  gtk_widget_class_install_action (widget_class, "trash.restore", "x", restore_action);
  gtk_widget_class_install_action (widget_class, "trash.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "trash.empty", NULL, empty_action);
}

static void
zs_trash_page_init (ZsTrashPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trash.empty", FALSE);
  gtk_widget_insert_before (zs_table_export_attach_grid (GTK_WIDGET (self), trash_grid, self, NULL),
                            gtk_widget_get_parent (GTK_WIDGET (self->empty_button)), GTK_WIDGET (self->empty_button));
}

GtkListBox *
zs_trash_page_get_list (ZsTrashPage *self)
{
  g_return_val_if_fail (ZS_IS_TRASH_PAGE (self), NULL);
  return self->list;
}

ZsTrashEntry *
zs_trash_page_get_entry (ZsTrashPage *self,
                         GtkWidget   *row)
{
  int index;

  g_return_val_if_fail (ZS_IS_TRASH_PAGE (self), NULL);
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  return index >= 0 && (guint) index < self->entries->len ? g_ptr_array_index (self->entries, index) : NULL;
}
