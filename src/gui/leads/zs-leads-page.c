/* zs-leads-page.c — the leads (线索): a table with their deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Open leads with a missed deadline are marked in the table and counted on
 * the sidebar (the "badge" property). Sorting happens in SQL, like the
 * project ledger's.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-search-entry.h"
#include "zs-table-export.h"
#include "zs-lead-detail.h"
#include "zs-leads-page.h"
#include "zs-slot-label.h"
#include "zs-ui-util.h"

#define DEADLINE (-3)
#define NO_REF (-1)

typedef struct {
  int         field;      /* the lead field sorted by, or DEADLINE */
  guint       shown;      /* the field shown */
  const char *title;      /* N_() */
  int         width;
  gboolean    numeric;
  int         ref_field;  /* a reference sorts by this field of the record it points to */
} LeadColumn;

/* In ZsLeadsColumn order. */
static const LeadColumn lead_columns[] = {
  { ZS_LEAD_NAME, ZS_LEAD_NAME, N_("Lead"), 18, FALSE, NO_REF },
  { ZS_LEAD_COMPANY, ZS_LEAD_COMPANY, N_("Company"), 14, FALSE, NO_REF },
  { ZS_LEAD_PARTNER_ID, ZS_LEAD_PARTNER_ID, N_("Referred by"), 8, FALSE, ZS_PARTNER_NAME },
  { ZS_LEAD_RECEIVED_DATE, ZS_LEAD_RECEIVED_DATE, N_("Received"), 10, TRUE, NO_REF },
  { ZS_LEAD_ESTIMATED_INVESTMENT, ZS_LEAD_ESTIMATED_INVESTMENT, N_("Estimated (10,000 yuan)"), 9, TRUE, NO_REF },
  { ZS_LEAD_STATUS, ZS_LEAD_STATUS, N_("Status"), 5, FALSE, NO_REF },
  { DEADLINE, ZS_LEAD_STATUS, N_("Deadline"), 14, FALSE, NO_REF },
  /* Units in the bureau's order, as the dispatch page lists them. */
  { ZS_LEAD_UNIT_ID, ZS_LEAD_UNIT_ID, N_("Unit"), 8, FALSE, ZS_UNIT_POSITION },
};

/* The status filter's choices, in ZsLeadsShow order. */
static const char * const show_labels[] = {
  N_("Open leads"), N_("All leads"), N_("New"), N_("Assessed"), N_("Following up"),
  N_("Converted"), N_("Dropped"),
};

/* Handed to each column's factory. */
typedef struct {
  ZsLeadsPage *page;
  guint        index;
} ColumnRef;

struct _ZsLeadsPage
{
  ZsPage            parent_instance;

  ColumnRef         refs[G_N_ELEMENTS (lead_columns)];
  ZsRecordList     *leads;
  ZsSlotList       *slots;
  guint             badge;
  char             *badge_tooltip;
  int               sort_column;
  gboolean          descending;
  gboolean          syncing;

  GtkSearchEntry   *search_entry;
  GtkDropDown      *status_dropdown;
  GtkToggleButton  *overdue_toggle;
  GtkLabel         *overdue_label;
  GtkStack         *list_stack;
  GtkColumnView    *view;
  AdwStatusPage    *empty_page;
  GtkLabel         *count_label;
};

G_DEFINE_FINAL_TYPE (ZsLeadsPage, zs_leads_page, ZS_TYPE_PAGE)

enum {
  PROP_0,
  PROP_BADGE,
  PROP_BADGE_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- cells ---------------------------------------------------------------------- */

static ZsStore *
store_of (ZsLeadsPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static const char *
today_of (ZsLeadsPage *self)
{
  return zs_page_get_today (ZS_PAGE (self));
}

static char *
format_cell (gpointer item,
             gpointer user_data)
{
  ColumnRef *ref = user_data;
  const LeadColumn *column = &lead_columns[ref->index];
  ZsRecord *lead = item;

  if (column->field == DEADLINE)
    {
      gboolean overdue;
      char *text = zs_leads_page_describe_deadline (ref->page, ZS_LEAD (lead), &overdue);

      return text != NULL ? text : g_strdup ("");
    }
  /* Amounts as grouped 万元, dates as ISO: a table that reads like the bureau's sheet. */
  if (column->shown == ZS_LEAD_ESTIMATED_INVESTMENT)
    return zs_format_amount_number (zs_record_get_int (lead, column->shown));
  if (column->shown == ZS_LEAD_RECEIVED_DATE)
    return g_strdup (zs_record_get_string (lead, column->shown));
  return zs_format_field (store_of (ref->page), lead, column->shown);
}

/* An overdue lead's deadline in the theme's colour for errors. */
static const char *
color_cell (gpointer item,
            gpointer user_data)
{
  ColumnRef *ref = user_data;

  return zs_lead_get_overdue (ZS_LEAD (item), today_of (ref->page)) != ZS_LEAD_DEADLINE_NONE ? "error_color" : NULL;
}

static void
add_columns (ZsLeadsPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (lead_columns); i++)
    {
      const LeadColumn *spec = &lead_columns[i];
      g_autoptr(GtkSorter) sorter = zs_probe_sorter_new (i);
      GtkColumnViewColumn *column;

      self->refs[i].page = self;
      self->refs[i].index = i;
      column = zs_slot_label_column_new (_(spec->title), format_cell, spec->field == DEADLINE ? color_cell : NULL,
                                         &self->refs[i], spec->numeric, spec->width);
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* ---- the filter ------------------------------------------------------------------ */

static ZsQuery *
make_query (ZsLeadsPage *self)
{
  ZsLeadsShow show = gtk_drop_down_get_selected (self->status_dropdown);
  const LeadColumn *sorted = self->sort_column >= 0 ? &lead_columns[self->sort_column] : NULL;
  ZsQuery *query;

  if (gtk_toggle_button_get_active (self->overdue_toggle))
    query = zs_lead_overdue_query (store_of (self), today_of (self));
  else if (show == ZS_LEADS_SHOW_OPEN || show >= G_N_ELEMENTS (show_labels))
    query = zs_lead_open_query ();
  else
    query = zs_query_new (ZS_TYPE_LEAD);

  if (show >= ZS_LEADS_SHOW_NEW && show < G_N_ELEMENTS (show_labels))
    zs_query_add_int (query, ZS_LEAD_STATUS, ZS_QUERY_EQ, show - ZS_LEADS_SHOW_NEW + ZS_LEAD_NEW);
  zs_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (sorted != NULL && sorted->field == DEADLINE)
    zs_lead_set_order_by_deadline (query, self->descending);
  else if (sorted != NULL && sorted->ref_field != NO_REF)
    {
      zs_query_set_order_by_reference (query, sorted->field, sorted->ref_field, self->descending);
      /* Two partners of one name (or units in one place) each keep their leads together. */
      zs_query_add_order (query, sorted->field, self->descending);
    }
  else if (sorted != NULL)
    zs_query_set_order (query, sorted->field, self->descending);
  else
    /* The newest first: what came in today is what needs an answer. */
    zs_query_set_order (query, ZS_LEAD_RECEIVED_DATE, TRUE);
  return query;
}

static void
update_counts (ZsLeadsPage *self)
{
  g_autoptr(ZsQuery) overdue = zs_lead_overdue_query (store_of (self), today_of (self));
  guint badge = (guint) zs_store_count (store_of (self), overdue, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->leads));
  g_autofree char *shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lead", "%u leads", n), n);
  g_autofree char *late = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open lead has missed a deadline",
                                                        "%u open leads have missed a deadline", badge), badge);
  g_autofree char *count = g_strdup_printf ("%s · %s", shown, late);
  /* TRANSLATORS: the overdue filter button, with the number of overdue leads */
  g_autofree char *label = g_strdup_printf (_("Overdue (%u)"), badge);

  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->overdue_label, label);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  adw_status_page_set_description (self->empty_page,
                                   zs_store_count_all (store_of (self), ZS_TYPE_LEAD, NULL) == 0
                                   ? _("Register the leads partners bring: who referred them, when, the company and the estimated investment.")
                                   : _("No lead matches the filter."));

  if (badge != self->badge)
    {
      self->badge = badge;
      g_free (self->badge_tooltip);
      self->badge_tooltip = g_steal_pointer (&late);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE_TOOLTIP]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
    }
}

static void
apply_filter (ZsLeadsPage *self)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (store_of (self) == NULL || self->syncing)
    return;

  query = make_query (self);
  if (!zs_record_list_set_query (self->leads, query, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
  zs_scroll_to_top (GTK_WIDGET (self->view), G_LIST_MODEL (self->leads));
  update_counts (self);
}

static void
on_filter_changed (ZsLeadsPage *self)
{
  apply_filter (self);
}

static void
on_sorter_changed (ZsLeadsPage *self)
{
  /* Tearing the table down removes its columns, which changes the sorter. */
  if (self->view == NULL || self->leads == NULL)
    return;
  self->sort_column = zs_column_view_get_sorting (self->view, &self->descending);
  apply_filter (self);
}

static void
on_view_activate (ZsLeadsPage *self,
                  guint        position)
{
  g_autoptr(ZsLead) lead = g_list_model_get_item (G_LIST_MODEL (self->leads), position);

  if (lead != NULL)
    zs_leads_page_open_lead (self, lead);
}

static void
on_store_changed (ZsLeadsPage *self,
                  GType        type)
{
  if (type != G_TYPE_NONE && type != ZS_TYPE_LEAD && type != ZS_TYPE_PARTNER)
    return;
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
on_leads_changed (ZsLeadsPage *self)
{
  update_counts (self);
}

/* ---- actions -------------------------------------------------------------------- */

static void
new_lead_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (widget);
  g_autoptr(ZsLead) lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, today_of (self));
  zs_lead_set_deadlines_from_settings (store_of (self), lead);
  zs_leads_page_open_lead (self, lead);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
zs_leads_page_map (GtkWidget *widget)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (widget);

  GTK_WIDGET_CLASS (zs_leads_page_parent_class)->map (widget);
  if (self->leads != NULL)
    zs_record_list_set_frozen (self->leads, FALSE);
}

static void
zs_leads_page_unmap (GtkWidget *widget)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (widget);

  /* Out of sight the table waits; the badge keeps counting. */
  if (self->leads != NULL)
    zs_record_list_set_frozen (self->leads, TRUE);
  GTK_WIDGET_CLASS (zs_leads_page_parent_class)->unmap (widget);
}

static void
zs_leads_page_refresh (ZsPage *page)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (page);

  /* Rows whose lead changed in place (a new status) show it. */
  zs_slot_list_renotify (self->slots);
  update_counts (self);
}

/* Deadlines are missed by the day: the overdue filter, the marks and the
 * badge all change with it. */
static void
zs_leads_page_day_changed (ZsPage *page)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (page);

  apply_filter (self);
  zs_slot_list_renotify (self->slots);
}

static void
zs_leads_page_context_set (ZsPage *page)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (page);
  ZsStore *store = zs_page_get_store (page);
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  query = make_query (self);
  self->leads = zs_record_list_new (store, query);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->search_entry))),
                  zs_table_export_attach (GTK_WIDGET (self), store, "leads", self->leads));
  zs_record_list_set_single_change (self->leads, TRUE);
  /* A jump through the table reads the rows it draws, at once: its cells
   * ask their slots for a row only when drawn. */
  zs_record_list_set_read_ahead (self->leads, ZS_RECORD_LIST_SCREEN_ROWS);
  self->slots = zs_slot_list_new (G_LIST_MODEL (self->leads));
  zs_slot_list_set_lazy (self->slots, TRUE);
  selection = zs_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_column_view_set_model (self->view, selection);
  add_columns (self);

  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leads, "notify::n-items", G_CALLBACK (on_leads_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_counts (self);
}

static void
zs_leads_page_dispose (GObject *object)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_LEADS_PAGE);
  g_clear_object (&self->slots);
  g_clear_object (&self->leads);

  G_OBJECT_CLASS (zs_leads_page_parent_class)->dispose (object);
}

static void
zs_leads_page_finalize (GObject *object)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (object);

  g_free (self->badge_tooltip);

  G_OBJECT_CLASS (zs_leads_page_parent_class)->finalize (object);
}

static void
zs_leads_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZsLeadsPage *self = ZS_LEADS_PAGE (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_uint (value, self->badge);
      break;
    case PROP_BADGE_TOOLTIP:
      g_value_set_string (value, self->badge_tooltip);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_leads_page_class_init (ZsLeadsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_leads_page_dispose;
  object_class->finalize = zs_leads_page_finalize;
  object_class->get_property = zs_leads_page_get_property;
  widget_class->map = zs_leads_page_map;
  widget_class->unmap = zs_leads_page_unmap;
  page_class->context_set = zs_leads_page_context_set;
  page_class->refresh = zs_leads_page_refresh;
  page_class->day_changed = zs_leads_page_day_changed;

  /* The window shows these on the page's sidebar row. */
  properties[PROP_BADGE] =
    g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BADGE_TOOLTIP] =
    g_param_spec_string ("badge-tooltip", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-leads-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, view);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadsPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);

  gtk_widget_class_install_action (widget_class, "leads.new", NULL, new_lead_action);
}

static void
zs_leads_page_init (ZsLeadsPage *self)
{
  g_autoptr(GtkStringList) shows = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  zs_search_entry_connect (self->search_entry, G_CALLBACK (on_filter_changed), self);
  self->sort_column = -1;

  for (guint i = 0; i < G_N_ELEMENTS (show_labels); i++)
    gtk_string_list_append (shows, _(show_labels[i]));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (shows));
  self->syncing = FALSE;
}

GListModel *
zs_leads_page_get_model (ZsLeadsPage *self)
{
  g_return_val_if_fail (ZS_IS_LEADS_PAGE (self), NULL);
  return G_LIST_MODEL (self->leads);
}

guint
zs_leads_page_get_badge (ZsLeadsPage *self)
{
  g_return_val_if_fail (ZS_IS_LEADS_PAGE (self), 0);
  return self->badge;
}

void
zs_leads_page_set_search (ZsLeadsPage *self,
                          const char  *text)
{
  g_return_if_fail (ZS_IS_LEADS_PAGE (self));

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  self->syncing = FALSE;
  apply_filter (self);
}

void
zs_leads_page_set_show (ZsLeadsPage *self,
                        ZsLeadsShow  show)
{
  g_return_if_fail (ZS_IS_LEADS_PAGE (self));
  gtk_drop_down_set_selected (self->status_dropdown, show);
}

void
zs_leads_page_set_overdue_only (ZsLeadsPage *self,
                                gboolean     overdue_only)
{
  g_return_if_fail (ZS_IS_LEADS_PAGE (self));
  gtk_toggle_button_set_active (self->overdue_toggle, overdue_only);
}

char *
zs_leads_page_describe_deadline (ZsLeadsPage *self,
                                 ZsLead      *lead,
                                 gboolean    *overdue)
{
  g_return_val_if_fail (ZS_IS_LEADS_PAGE (self), NULL);

  *overdue = zs_lead_get_overdue (lead, today_of (self)) != ZS_LEAD_DEADLINE_NONE;
  return zs_lead_describe_deadline (lead, today_of (self));
}

GtkWidget *
zs_leads_page_open_lead (ZsLeadsPage *self,
                         ZsLead      *lead)
{
  GtkWidget *detail;

  g_return_val_if_fail (ZS_IS_LEADS_PAGE (self), NULL);

  detail = zs_lead_detail_new (zs_page_get_context (ZS_PAGE (self)), lead);
  zs_page_show_subpage (ZS_PAGE (self), detail,
                        zs_record_get_id (ZS_RECORD (lead)) != 0 ? zs_record_get_title (ZS_RECORD (lead))
                                                                 : _("New Lead"));
  return detail;
}

void
zs_leads_page_sort_by (ZsLeadsPage   *self,
                       ZsLeadsColumn  column,
                       gboolean       descending)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_return_if_fail (ZS_IS_LEADS_PAGE (self));
  g_return_if_fail (column < G_N_ELEMENTS (lead_columns));

  view_column = g_list_model_get_item (gtk_column_view_get_columns (self->view), column);
  gtk_column_view_sort_by_column (self->view, view_column, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}
