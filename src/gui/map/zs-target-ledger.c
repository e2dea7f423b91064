/* zs-target-ledger.c — the target-enterprise ledger (目标企业台账)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Whom the bureau approaches for each chain and how far it got: one row per
 * enterprise over a store-backed list, sorted in SQL, with the number at
 * each contact status underneath. Targets by default; the role filter shows
 * a chain's leaders and suppliers the same way.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-search-entry.h"
#include "zs-table-export.h"
#include "zs-enterprise-page.h"
#include "zs-record-dialog.h"
#include "zs-table-columns.h"
#include "zs-target-ledger.h"
#include "zs-ui-util.h"

static const ZsTableColumn target_columns[] = {
  { ZS_ENTERPRISE_NAME, N_("Enterprise"), 18, FALSE },
  { ZS_ENTERPRISE_CHAIN_ID, N_("Chain"), 8, FALSE },
  { ZS_ENTERPRISE_SEGMENT_ID, N_("Segment"), 9, FALSE },
  { ZS_ENTERPRISE_ROLE, N_("Role"), 5, FALSE },
  { ZS_ENTERPRISE_LOCATION, N_("Location"), 7, FALSE },
  { ZS_ENTERPRISE_CONTACT_STATUS, N_("Contact status"), 5, FALSE },
  { ZS_ENTERPRISE_LAST_CONTACT_DATE, N_("Last contact"), 10, TRUE },
  { ZS_ENTERPRISE_PERSON_ID, N_("Responsible person"), 6, FALSE },
  { ZS_ENTERPRISE_NEXT_STEP, N_("Next step"), 18, FALSE },
};

/* Targets first in the role filter: it is what the ledger is for. */
static const int role_choices[] = { ZS_ROLE_TARGET, ZS_TARGETS_ANY, ZS_ROLE_LEADER, ZS_ROLE_SUPPORTING };

struct _ZsTargetLedger
{
  GtkWidget        parent_instance;

  ZsStore         *store;
  ZsRecordList    *enterprises;
  ZsTableColumns  *columns;
  GArray          *chain_ids;
  gboolean         syncing;
  gboolean         frozen;
  gboolean         dirty;
  guint            refresh_id;

  GtkSearchEntry  *search_entry;
  GtkDropDown     *chain_dropdown;
  GtkDropDown     *role_dropdown;
  GtkDropDown     *status_dropdown;
  GtkStack        *stack;
  GtkColumnView   *view;
  GtkLabel        *totals_label;
};

G_DEFINE_FINAL_TYPE (ZsTargetLedger, zs_target_ledger, GTK_TYPE_WIDGET)

enum {
  ENTERPRISE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
cell_text (gpointer             item,
           const ZsTableColumn *column,
           gpointer             user_data)
{
  ZsTargetLedger *self = user_data;

  /* Dates as the clerk types them, so the column sorts and reads alike. */
  if (column->field == ZS_ENTERPRISE_LAST_CONTACT_DATE)
    return g_strdup (zs_record_get_string (item, column->field) ? zs_record_get_string (item, column->field) : "");
  return zs_format_field (self->store, item, column->field);
}

static int
selected_role (ZsTargetLedger *self)
{
  guint position = gtk_drop_down_get_selected (self->role_dropdown);

  return position < G_N_ELEMENTS (role_choices) ? role_choices[position] : ZS_ROLE_TARGET;
}

static int
selected_status (ZsTargetLedger *self)
{
  guint position = gtk_drop_down_get_selected (self->status_dropdown);

  /* Position 0 is "every status". */
  return position == 0 || position == GTK_INVALID_LIST_POSITION ? ZS_TARGETS_ANY : (int) position - 1;
}

static ZsQuery *
make_query (ZsTargetLedger *self)
{
  ZsQuery *query = zs_targets_query (zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids),
                                     selected_role (self), selected_status (self),
                                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gboolean descending = FALSE;
  int sort_column = self->columns != NULL ? zs_table_columns_get_sort (self->columns, &descending) : -1;

  if (sort_column >= 0)
    zs_query_set_order (query, target_columns[sort_column].field, descending);
  return query;
}

static void
update_totals (ZsTargetLedger *self)
{
  static const guint status_field = ZS_ENTERPRISE_CONTACT_STATUS;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 by_status[5] = { 0 };
  gint64 total = 0;
  g_autofree char *total_text = NULL;

  /* One pass over the listed enterprises for the whole line. */
  rows = zs_store_aggregate_grouped (self->store, zs_record_list_get_query (self->enterprises),
                                     &status_field, 1, NULL, 0, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);

      if (row->keys[0] >= 0 && row->keys[0] < (gint64) G_N_ELEMENTS (by_status))
        by_status[row->keys[0]] += row->count;
      total += row->count;
    }

  total_text = g_strdup_printf ("%" G_GINT64_FORMAT, total);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s enterprise", "%s enterprises", (gulong) total),
                          total_text);
  for (guint s = 0; s < G_N_ELEMENTS (by_status); s++)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, by_status[s]);

      g_string_append_printf (text, " · %s %s", zs_enum_get_label (ZS_TYPE_CONTACT_STATUS, (int) s), n);
    }
  gtk_label_set_text (self->totals_label, text->str);
  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "table" : "empty");
}

static void
refresh (ZsTargetLedger *self)
{
  g_autoptr(ZsQuery) query = make_query (self);
  g_autoptr(GError) error = NULL;

  if (self->frozen)
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  if (!zs_record_list_set_query (self->enterprises, query, &error))
    g_warning ("Cannot fill the target ledger: %s", error->message);
  zs_scroll_to_top (GTK_WIDGET (self->view), G_LIST_MODEL (self->enterprises));
  update_totals (self);
}

static void
on_sort_changed (gpointer user_data)
{
  refresh (user_data);
}

static void
on_filter_changed (ZsTargetLedger *self)
{
  if (!self->syncing && self->store != NULL)
    refresh (self);
}

static void
fill_chains (ZsTargetLedger *self)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CHAIN);

  zs_query_set_order (query, ZS_CHAIN_GROUP_ID, FALSE);
  zs_query_add_order (query, ZS_CHAIN_POSITION, FALSE);
  self->syncing = TRUE;
  zs_fill_record_choices (self->chain_dropdown, self->store, query, _("All chains"),
                          zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids),
                          self->chain_ids, NULL);
  self->syncing = FALSE;
}

static gboolean
refresh_totals_cb (gpointer data)
{
  ZsTargetLedger *self = data;

  self->refresh_id = 0;
  update_totals (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZsTargetLedger *self,
                  GType           type)
{
  if (type == ZS_TYPE_CHAIN || type == G_TYPE_NONE)
    fill_chains (self);
  if (type != ZS_TYPE_ENTERPRISE && type != G_TYPE_NONE)
    return;
  /* The list follows the store by itself; the totals line is ours. */
  if (self->frozen)
    self->dirty = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_totals_cb, self);
}

static void
on_view_activate (ZsTargetLedger *self,
                  guint           position)
{
  g_autoptr(ZsEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (self->enterprises), position);

  if (enterprise != NULL)
    g_signal_emit (self, signals[ENTERPRISE_ACTIVATED], 0, enterprise);
}

static void
new_enterprise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZsTargetLedger *self = ZS_TARGET_LEDGER (widget);
  int role = selected_role (self);
  g_autoptr(ZsEnterprise) enterprise =
    zs_catalogue_new_enterprise (zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids), 0,
                                 role >= 0 ? role : ZS_ROLE_TARGET);
  GtkWidget *dialog;
  guint n_groups;
  const ZsEditorGroup *groups = zs_enterprise_page_get_editor_groups (&n_groups);

  dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, ZS_RECORD (enterprise),
                                 _("New Enterprise"), groups, n_groups);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
zs_target_ledger_dispose (GObject *object)
{
  ZsTargetLedger *self = ZS_TARGET_LEDGER (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  zs_table_columns_detach (self->columns);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_TARGET_LEDGER);
  g_clear_object (&self->enterprises);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_target_ledger_parent_class)->dispose (object);
}

static void
zs_target_ledger_finalize (GObject *object)
{
  ZsTargetLedger *self = ZS_TARGET_LEDGER (object);

  zs_table_columns_free (self->columns);
  g_array_unref (self->chain_ids);

  G_OBJECT_CLASS (zs_target_ledger_parent_class)->finalize (object);
}

static void
zs_target_ledger_class_init (ZsTargetLedgerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_target_ledger_dispose;
  object_class->finalize = zs_target_ledger_finalize;

  /**
   * ZsTargetLedger::enterprise-activated:
   * @enterprise: the enterprise of the activated row
   */
  signals[ENTERPRISE_ACTIVATED] =
    g_signal_new ("enterprise-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_ENTERPRISE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-target-ledger.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, chain_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, view);
  gtk_widget_class_bind_template_child (widget_class, ZsTargetLedger, totals_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);

  gtk_widget_class_install_action (widget_class, "targets.new-enterprise", NULL, new_enterprise_action);
}

static void
zs_target_ledger_init (ZsTargetLedger *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_search_entry_connect (self->search_entry, G_CALLBACK (on_filter_changed), self);
  self->chain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (roles, zs_enum_get_label (ZS_TYPE_ENTERPRISE_ROLE, ZS_ROLE_TARGET));
  gtk_string_list_append (roles, _("All roles"));
  gtk_string_list_append (roles, zs_enum_get_label (ZS_TYPE_ENTERPRISE_ROLE, ZS_ROLE_LEADER));
  gtk_string_list_append (roles, zs_enum_get_label (ZS_TYPE_ENTERPRISE_ROLE, ZS_ROLE_SUPPORTING));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (roles));
  zs_fill_enum_choices (self->status_dropdown, ZS_TYPE_CONTACT_STATUS, _("Every status"));
  self->syncing = FALSE;
}

ZsTargetLedger *
zs_target_ledger_new (ZsStore *store)
{
  ZsTargetLedger *self;
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_TARGET_LEDGER, NULL);
  self->store = g_object_ref (store);
  fill_chains (self);

  query = make_query (self);
  self->enterprises = zs_record_list_new (store, query);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->search_entry))),
                  zs_table_export_attach (GTK_WIDGET (self), store, "enterprises", self->enterprises));
  /* Slots keep the row widgets while filters and sorts change what they show. */
  zs_record_list_set_single_change (self->enterprises, TRUE);
  selection = zs_selection_new (G_LIST_MODEL (zs_slot_list_new (G_LIST_MODEL (self->enterprises))));
  gtk_column_view_set_model (self->view, selection);

  self->columns = zs_table_columns_new (self->view, target_columns, G_N_ELEMENTS (target_columns),
                                        cell_text, on_sort_changed, self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_totals (self);
  return self;
}

void
zs_target_ledger_set_chain (ZsTargetLedger *self,
                            gint64          chain_id)
{
  g_return_if_fail (ZS_IS_TARGET_LEDGER (self));

  for (guint i = 0; i < self->chain_ids->len; i++)
    if (g_array_index (self->chain_ids, gint64, i) == chain_id)
      {
        gtk_drop_down_set_selected (self->chain_dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (self->chain_dropdown, 0);
}

gint64
zs_target_ledger_get_chain (ZsTargetLedger *self)
{
  g_return_val_if_fail (ZS_IS_TARGET_LEDGER (self), 0);
  return zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids);
}

void
zs_target_ledger_set_role (ZsTargetLedger *self,
                           int             role)
{
  g_return_if_fail (ZS_IS_TARGET_LEDGER (self));

  for (guint i = 0; i < G_N_ELEMENTS (role_choices); i++)
    if (role_choices[i] == role)
      gtk_drop_down_set_selected (self->role_dropdown, i);
}

GListModel *
zs_target_ledger_get_model (ZsTargetLedger *self)
{
  g_return_val_if_fail (ZS_IS_TARGET_LEDGER (self), NULL);
  return G_LIST_MODEL (self->enterprises);
}

const char *
zs_target_ledger_get_totals (ZsTargetLedger *self)
{
  g_return_val_if_fail (ZS_IS_TARGET_LEDGER (self), NULL);
  return gtk_label_get_text (self->totals_label);
}

void
zs_target_ledger_set_frozen (ZsTargetLedger *self,
                             gboolean        frozen)
{
  g_return_if_fail (ZS_IS_TARGET_LEDGER (self));

  self->frozen = frozen;
  zs_record_list_set_frozen (self->enterprises, frozen);
  if (!frozen && self->dirty)
    refresh (self);
}
