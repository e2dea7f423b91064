/* zs-ledger.c — the project ledger (项目台账): the filtered projects as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Sorting happens in SQL: the table's model is the store-backed list, never
 * a GtkSortListModel, which would have to load all 100,000 projects.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "zs-ledger.h"
#include "zs-ledger-export.h"
#include "zs-table-columns.h"
#include "zs-ui-util.h"

#define DAYS_IN_STAGE (-1)

static const ZsTableColumn ledger_columns[] = {
  { ZS_PROJECT_NAME, N_("Project"), 22, FALSE },
  { ZS_PROJECT_INVESTOR, N_("Investor"), 16, FALSE },
  { ZS_PROJECT_STAGE, N_("Stage"), 5, FALSE },
  { ZS_PROJECT_GRADE, N_("Grade"), 4, FALSE },
  { ZS_PROJECT_CHAIN_ID, N_("Chain"), 10, FALSE },
  { ZS_PROJECT_UNIT_ID, N_("Unit"), 9, FALSE },
  { ZS_PROJECT_PERSON_ID, N_("Responsible person"), 6, FALSE },
  { ZS_PROJECT_PLANNED_INVESTMENT, N_("Planned (10,000 yuan)"), 10, TRUE },
  { ZS_PROJECT_CONTRACT_AMOUNT, N_("Contract (10,000 yuan)"), 10, TRUE },
  { ZS_PROJECT_FUNDS_IN_PLACE, N_("Funds in place (10,000 yuan)"), 10, TRUE },
  { ZS_PROJECT_FIXED_ASSET_INVESTMENT, N_("Fixed assets (10,000 yuan)"), 10, TRUE },
  /* Foreign capital in 万美元, as the foreign-investment statistics keep it. */
  { ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, N_("Contracted foreign capital (10,000 US dollars)"), 10, TRUE },
  { ZS_PROJECT_FOREIGN_CAPITAL_USED, N_("Foreign capital used (10,000 US dollars)"), 10, TRUE },
  { ZS_PROJECT_SIGNING_DATE, N_("Signed on"), 10, TRUE },
  { ZS_PROJECT_START_DATE, N_("Started on"), 10, TRUE },
  { DAYS_IN_STAGE, N_("Days in stage"), 5, TRUE },
};

struct _ZsLedger
{
  GtkWidget        parent_instance;

  ZsContext       *context;
  ZsProjectFilter *filter;
  int              stale_days;
  ZsRecordList    *projects;
  ZsSlotList      *slots;
  ZsTableColumns  *columns;
  gboolean         frozen;
  gboolean         totals_dirty;
  guint            totals_id;

  GtkStack        *stack;
  GtkColumnView   *view;
  AdwStatusPage   *empty_page;
  GtkLabel        *totals_label;
  GtkMenuButton   *export_button;
};

G_DEFINE_FINAL_TYPE (ZsLedger, zs_ledger, GTK_TYPE_WIDGET)

enum {
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
cell_text (gpointer             item,
           const ZsTableColumn *column,
           gpointer             user_data)
{
  ZsLedger *self = user_data;
  ZsRecord *project = item;

  if (column->field == DAYS_IN_STAGE)
    return g_strdup_printf ("%d", zs_project_get_days_in_stage (ZS_PROJECT (project),
                                                                zs_context_get_today (self->context)));

  /* Amounts as grouped 万元 numbers with their decimals ("1,500.5"), so a
   * column reads like the bureau's spreadsheet; the header says the unit. */
  if ((column->field == ZS_PROJECT_PLANNED_INVESTMENT || column->field == ZS_PROJECT_CONTRACT_AMOUNT ||
       column->field == ZS_PROJECT_FUNDS_IN_PLACE || column->field == ZS_PROJECT_FIXED_ASSET_INVESTMENT ||
       column->field == ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL || column->field == ZS_PROJECT_FOREIGN_CAPITAL_USED))
    return zs_format_amount_number (zs_record_get_int (project, column->field));

  if (column->field == ZS_PROJECT_SIGNING_DATE || column->field == ZS_PROJECT_START_DATE)
    return g_strdup (zs_record_get_string (project, column->field) ? zs_record_get_string (project, column->field) : "");

  return zs_format_field (zs_context_get_store (self->context), project, column->field);
}

/* ---- sorting ---------------------------------------------------------------- */

static ZsQuery *
make_query (ZsLedger *self)
{
  ZsQuery *query = zs_project_filter_to_query (self->filter, -1, zs_context_get_today (self->context),
                                               self->stale_days);
  gboolean descending = FALSE;
  int sort_column = self->columns != NULL ? zs_table_columns_get_sort (self->columns, &descending) : -1;

  if (sort_column < 0)
    zs_query_set_order (query, -1, TRUE);
  else if (ledger_columns[sort_column].field == DAYS_IN_STAGE)
    /* More days in stage means an earlier stage date. */
    zs_query_set_order (query, ZS_PROJECT_STAGE_SINCE, !descending);
  else
    zs_query_set_order (query, ledger_columns[sort_column].field, descending);
  return query;
}

static void update_totals (ZsLedger *self);

static void
refresh (ZsLedger *self)
{
  g_autoptr(ZsQuery) query = make_query (self);
  g_autoptr(GError) error = NULL;

  if (!zs_record_list_set_query (self->projects, query, &error))
    g_warning ("Cannot fill the ledger: %s", error->message);
  zs_scroll_to_top (GTK_WIDGET (self->view), G_LIST_MODEL (self->projects));
  update_totals (self);
}

static void
on_sort_changed (gpointer user_data)
{
  refresh (user_data);
}

/* The stale filter and the days in stage count to today. */
static void
on_day_changed (ZsLedger *self)
{
  refresh (self);
  zs_slot_list_renotify (self->slots);
}

/* ---- totals -------------------------------------------------------------------- */

/* An empty table says why: nothing matches the search, or nothing is kept yet. */
static void
show_empty (ZsLedger *self,
            gboolean  empty)
{
  gboolean none_kept = zs_project_filter_is_empty (self->filter);

  if (empty)
    {
      /* The board's own icon for a bureau that has none yet; a search's for no match. */
      adw_status_page_set_icon_name (self->empty_page, none_kept ? "view-grid-symbolic" : "system-search-symbolic");
      adw_status_page_set_description (self->empty_page,
                                       none_kept
                                       ? _("Add the bureau’s projects with the + button, or import its spreadsheet "
                                           "(Export ▸ Import Spreadsheet…).")
                                       : _("No project matches the search and filters. Clear them to see every "
                                           "project."));
    }
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "table");
}

static void
update_totals (ZsLedger *self)
{
  static const guint fields[] = {
    ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_CONTRACT_AMOUNT,
    ZS_PROJECT_FUNDS_IN_PLACE, ZS_PROJECT_FIXED_ASSET_INVESTMENT,
  };
  gint64 sums[G_N_ELEMENTS (fields)] = { 0 };
  gint64 n = 0;
  g_autofree char *planned = NULL;
  g_autofree char *contract = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  if (self->frozen)
    {
      self->totals_dirty = TRUE;
      return;
    }

  /* One pass over the filtered projects for the whole row. */
  zs_store_aggregate (zs_context_get_store (self->context), zs_record_list_get_query (self->projects),
                      fields, G_N_ELEMENTS (fields), &n, sums, NULL);
  planned = zs_format_amount_grouped (sums[0]);
  contract = zs_format_amount_grouped (sums[1]);
  funds = zs_format_amount_grouped (sums[2]);
  fixed = zs_format_amount_grouped (sums[3]);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", (guint) n), (guint) n);

  /* TRANSLATORS: the ledger's totals row */
  text = g_strdup_printf (_("Total: %s · planned %s · contracts %s · funds in place %s · fixed assets %s"),
                          count, planned, contract, funds, fixed);
  gtk_label_set_text (self->totals_label, text);
  show_empty (self, n == 0);
}

static gboolean
update_totals_cb (gpointer data)
{
  ZsLedger *self = data;

  self->totals_id = 0;
  update_totals (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZsLedger *self,
                  GType     type)
{
  if (type != G_TYPE_NONE && type != ZS_TYPE_PROJECT)
    return;
  if (self->frozen)
    self->totals_dirty = TRUE;
  else if (self->totals_id == 0)
    self->totals_id = g_idle_add (update_totals_cb, self);
}

static void
on_view_activate (ZsLedger *self,
                  guint     position)
{
  g_autoptr(ZsProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), position);

  if (project != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
zs_ledger_dispose (GObject *object)
{
  ZsLedger *self = ZS_LEDGER (object);

  g_clear_handle_id (&self->totals_id, g_source_remove);
  zs_table_columns_detach (self->columns);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_LEDGER);
  g_clear_object (&self->projects);
  g_clear_object (&self->slots);
  g_clear_object (&self->filter);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (zs_ledger_parent_class)->dispose (object);
}

static void
zs_ledger_finalize (GObject *object)
{
  ZsLedger *self = ZS_LEDGER (object);

  zs_table_columns_free (self->columns);

  G_OBJECT_CLASS (zs_ledger_parent_class)->finalize (object);
}

static const char * const export_actions[] = {
  "ledger.export-xlsx", "ledger.export-csv", "ledger.export-pdf", "ledger.print",
};

/* One export at a time: the menu's items wait for the one running. */
static void
set_export_enabled (ZsLedger *self,
                    gboolean  enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), export_actions[i], enabled);
}

static void
on_export_done (gpointer data)
{
  ZsLedger *self = data;

  set_export_enabled (self, TRUE);
  g_object_unref (self);
}

/* The ids of the rows shown, in the ledger's sort order. */
static GArray *
shown_ids (ZsLedger *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  for (guint i = 0; i < n; i++)
    {
      gint64 id = zs_record_list_get_id (self->projects, i);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* The rows the filter shows, in the order they are shown. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZsLedger *self = ZS_LEDGER (widget);
  g_autoptr(ZsQuery) query = make_query (self);
  g_autoptr(GArray) ids = shown_ids (self);
  g_autofree char *description = zs_project_filter_is_empty (self->filter)
                                 ? NULL : zs_project_filter_describe (self->filter, zs_context_get_store (self->context));

  ZsTableOutput output = g_str_equal (action_name, "ledger.export-csv") ? ZS_TABLE_OUTPUT_CSV
                         : g_str_equal (action_name, "ledger.export-pdf") ? ZS_TABLE_OUTPUT_PDF
                         : g_str_equal (action_name, "ledger.print") ? ZS_TABLE_OUTPUT_PRINT
                         : ZS_TABLE_OUTPUT_XLSX;

  set_export_enabled (self, FALSE);
  zs_ledger_export (widget, self->context, query, ids, description, output,
                    G_CALLBACK (on_export_done), g_object_ref (self));
}

static void
zs_ledger_class_init (ZsLedgerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_ledger_dispose;
  object_class->finalize = zs_ledger_finalize;

  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-ledger.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsLedger, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsLedger, view);
  gtk_widget_class_bind_template_child (widget_class, ZsLedger, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZsLedger, totals_label);
  gtk_widget_class_bind_template_child (widget_class, ZsLedger, export_button);
  gtk_widget_class_install_action (widget_class, "ledger.export-xlsx", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "ledger.export-csv", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "ledger.export-pdf", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "ledger.print", NULL, export_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);
}

static void
zs_ledger_init (ZsLedger *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsLedger *
zs_ledger_new (ZsContext       *context,
               ZsProjectFilter *filter,
               int              stale_days)
{
  ZsLedger *self = g_object_new (ZS_TYPE_LEDGER, NULL);
  ZsStore *store = zs_context_get_store (context);
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  self->context = g_object_ref (context);
  self->filter = g_object_ref (filter);
  self->stale_days = stale_days;

  query = make_query (self);
  /* Built hidden behind the board: nothing is read until it is shown. */
  self->frozen = TRUE;
  self->projects = zs_record_list_new_frozen (store, query);
  /* Slots keep the row widgets while filters and sorts change what they show. */
  zs_record_list_set_single_change (self->projects, TRUE);
  /* A jump through the table reads the rows it draws, at once: its cells
   * ask their slots for a row only when drawn. */
  zs_record_list_set_read_ahead (self->projects, ZS_RECORD_LIST_SCREEN_ROWS);
  self->slots = zs_slot_list_new (G_LIST_MODEL (self->projects));
  zs_slot_list_set_lazy (self->slots, TRUE);
  selection = zs_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_column_view_set_model (self->view, selection);

  self->columns = zs_table_columns_new (self->view, ledger_columns, G_N_ELEMENTS (ledger_columns),
                                        cell_text, on_sort_changed, self);
  g_signal_connect_object (filter, "notify", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (zs_context_get_clock (context), "day-changed", G_CALLBACK (on_day_changed),
                           self, G_CONNECT_SWAPPED);
  update_totals (self);
  return self;
}

GListModel *
zs_ledger_get_model (ZsLedger *self)
{
  g_return_val_if_fail (ZS_IS_LEDGER (self), NULL);
  return G_LIST_MODEL (self->projects);
}

void
zs_ledger_sort_by (ZsLedger *self,
                   int       field,
                   gboolean  descending)
{
  g_return_if_fail (ZS_IS_LEDGER (self));

  if (!zs_table_columns_sort_by_field (self->columns, field, descending))
    g_return_if_reached ();
}

const char *
zs_ledger_get_totals (ZsLedger *self)
{
  g_return_val_if_fail (ZS_IS_LEDGER (self), NULL);
  return gtk_label_get_text (self->totals_label);
}

void
zs_ledger_set_frozen (ZsLedger *self,
                      gboolean  frozen)
{
  g_return_if_fail (ZS_IS_LEDGER (self));

  self->frozen = frozen;
  zs_record_list_set_frozen (self->projects, frozen);
  if (!frozen && self->totals_dirty)
    {
      self->totals_dirty = FALSE;
      update_totals (self);
    }
}

void
zs_ledger_export_to_file (ZsLedger   *self,
                          const char *path)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (ZS_IS_LEDGER (self));

  query = make_query (self);
  ids = shown_ids (self);
  if (!zs_project_filter_is_empty (self->filter))
    description = zs_project_filter_describe (self->filter, zs_context_get_store (self->context));
  set_export_enabled (self, FALSE);
  zs_ledger_export_to (GTK_WIDGET (self), self->context, query, ids, description, path,
                       G_CALLBACK (on_export_done), g_object_ref (self));
}
