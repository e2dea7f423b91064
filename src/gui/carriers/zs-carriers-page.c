/* zs-carriers-page.c — the carriers (招商资源载体): parks, idle factories, buildings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A table of the carriers with their space and monthly-update status, the
 * totals by kind above it, and the space projects asked for that no carrier
 * had ("unmet needs"). Both tables are store-backed lists whose cells are
 * made only for the rows on screen.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-search-entry.h"
#include "zs-table-export.h"
#include "zs-table-grid.h"
#include "zs-carrier-editor.h"
#include "zs-carriers-page.h"
#include "zs-slot-label.h"
#include "zs-ui-util.h"

typedef char *(*CellFormat) (ZsCarriersPage *self,
                             ZsRecord       *record);
/* The theme colour a cell's text is drawn in, or NULL. */
typedef const char *(*CellColor) (ZsCarriersPage *self,
                                  ZsRecord       *record);

typedef struct {
  const char *title;     /* N_() */
  CellFormat  format;
  int         width;     /* characters */
  gboolean    numeric;
  CellColor   color;     /* or NULL */
} Column;

typedef struct {
  ZsCarriersPage *page;
  const Column   *column;
} ColumnRef;

struct _ZsCarriersPage
{
  ZsPage           parent_instance;

  ZsRecordList    *carriers;
  ZsRecordList    *needs;
  GArray          *refs;          /* ColumnRef, for the cells */
  GtkLabel        *total_labels[ZS_CARRIER_N_KINDS + 1];
  GtkLabel        *detail_labels[ZS_CARRIER_N_KINDS + 1];

  GtkSearchEntry  *search_entry;
  GtkDropDown     *kind_dropdown;
  GtkCheckButton  *stale_check;
  GtkToggleButton *carriers_toggle;
  GtkToggleButton *needs_toggle;
  GtkBox          *totals_box;
  GtkStack        *view_stack;
  GtkStack        *carriers_stack;
  GtkColumnView   *carriers_view;
  GtkLabel        *needs_label;
  GtkStack        *needs_stack;
  GtkColumnView   *needs_view;
  GtkBox          *needs_box;
  GtkBox          *needs_bar;
  GtkWidget       *export_button;   /* the carriers' */
};

G_DEFINE_FINAL_TYPE (ZsCarriersPage, zs_carriers_page, ZS_TYPE_PAGE)

/* ---- cells -------------------------------------------------------------------------- */

static ZsStore *
store_of (ZsCarriersPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static char *
format_field (ZsCarriersPage *self,
              ZsRecord       *record,
              guint           field)
{
  return zs_format_field (store_of (self), record, field);
}

static char *carrier_name (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_NAME); }
static char *carrier_kind (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_KIND); }
static char *carrier_unit (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_UNIT_ID); }
static char *carrier_location (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_LOCATION); }
static char *carrier_total (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_TOTAL_AREA); }
static char *carrier_available (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_AVAILABLE_AREA); }
static char *carrier_person (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_CARRIER_PERSON_ID); }
static char *carrier_updated (ZsCarriersPage *self, ZsRecord *r)
{
  const char *last = zs_record_get_string (r, ZS_CARRIER_LAST_UPDATE);

  return g_strdup (last != NULL ? last : "—");
}

static char *
carrier_status (ZsCarriersPage *self,
                ZsRecord       *r)
{
  /* TRANSLATORS: the monthly-update (月更新) column of the carriers table */
  return g_strdup (zs_carrier_is_stale (ZS_CARRIER (r), zs_page_get_today (ZS_PAGE (self))) ? _("Due") : _("Done"));
}

static const char *
carrier_status_color (ZsCarriersPage *self,
                      ZsRecord       *r)
{
  return zs_carrier_is_stale (ZS_CARRIER (r), zs_page_get_today (ZS_PAGE (self))) ? "warning_color" : NULL;
}

static char *
carrier_projects (ZsCarriersPage *self,
                  ZsRecord       *r)
{
  g_autoptr(ZsQuery) placed = zs_carrier_projects_query (zs_record_get_id (r), TRUE);
  g_autoptr(ZsQuery) talks = zs_carrier_projects_query (zs_record_get_id (r), FALSE);
  gint64 n_placed = zs_store_count (store_of (self), placed, NULL);
  gint64 n_talks = zs_store_count (store_of (self), talks, NULL);

  /* TRANSLATORS: projects placed in a carrier, and in talks about it: "3 + 1" */
  return g_strdup_printf (_("%d + %d"), (int) n_placed, (int) n_talks);
}

static const Column carrier_columns[] = {
  { N_("Carrier"), carrier_name, 16, FALSE },
  { N_("Kind"), carrier_kind, 5, FALSE },
  { N_("Unit"), carrier_unit, 9, FALSE },
  { N_("Location"), carrier_location, 9, FALSE },
  { N_("Total area"), carrier_total, 8, TRUE },
  { N_("Available"), carrier_available, 8, TRUE },
  { N_("Responsible person"), carrier_person, 5, FALSE },
  { N_("Last updated"), carrier_updated, 9, TRUE },
  { N_("Monthly update"), carrier_status, 4, FALSE, carrier_status_color },
  { N_("Placed + in talks"), carrier_projects, 5, TRUE },
};

static ZsProject *
need_project (ZsCarriersPage *self,
              ZsRecord       *need)
{
  return zs_store_load (store_of (self), ZS_TYPE_PROJECT, zs_record_get_int (need, ZS_SPACE_NEED_PROJECT_ID), NULL);
}

static char *
need_name (ZsCarriersPage *self,
           ZsRecord       *r)
{
  g_autoptr(ZsProject) project = need_project (self, r);

  return g_strdup (project != NULL ? zs_record_get_title (ZS_RECORD (project)) : "");
}

static char *
need_project_field (ZsCarriersPage *self,
                    ZsRecord       *r,
                    guint           field)
{
  g_autoptr(ZsProject) project = need_project (self, r);

  return project != NULL ? zs_format_field (store_of (self), ZS_RECORD (project), field) : g_strdup ("");
}

static char *need_unit (ZsCarriersPage *self, ZsRecord *r) { return need_project_field (self, r, ZS_PROJECT_UNIT_ID); }
static char *need_chain (ZsCarriersPage *self, ZsRecord *r) { return need_project_field (self, r, ZS_PROJECT_CHAIN_ID); }
static char *need_area (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_SPACE_NEED_AREA); }
static char *need_largest (ZsCarriersPage *self, ZsRecord *r) { return format_field (self, r, ZS_SPACE_NEED_LARGEST_AVAILABLE); }
static char *need_date (ZsCarriersPage *self, ZsRecord *r) { return g_strdup (zs_record_get_string (r, ZS_SPACE_NEED_DATE)); }

static char *
need_shortfall (ZsCarriersPage *self,
                ZsRecord       *r)
{
  gint64 gap = zs_record_get_int (r, ZS_SPACE_NEED_AREA) - zs_record_get_int (r, ZS_SPACE_NEED_LARGEST_AVAILABLE);

  return zs_format_area (MAX (gap, 0));
}

static const Column need_columns[] = {
  { N_("Project"), need_name, 18, FALSE },
  { N_("Unit"), need_unit, 9, FALSE },
  { N_("Chain"), need_chain, 9, FALSE },
  { N_("Area needed"), need_area, 8, TRUE },
  { N_("Largest available then"), need_largest, 8, TRUE },
  { N_("Short by"), need_shortfall, 8, TRUE },
  { N_("Recorded on"), need_date, 9, TRUE },
};

static char *
format_cell (gpointer item,
             gpointer user_data)
{
  ColumnRef *ref = user_data;

  return ref->column->format (ref->page, item);
}

static const char *
color_cell (gpointer item,
            gpointer user_data)
{
  ColumnRef *ref = user_data;

  return ref->column->color (ref->page, item);
}

static void
add_columns (ZsCarriersPage *self,
             GtkColumnView  *view,
             const Column   *columns,
             guint           n_columns,
             guint           first_ref)
{
  for (guint i = 0; i < n_columns; i++)
    {
      ColumnRef *ref = &g_array_index (self->refs, ColumnRef, first_ref + i);
      GtkColumnViewColumn *column;

      ref->page = self;
      ref->column = &columns[i];
      column = zs_slot_label_column_new (_(columns[i].title), format_cell,
                                         columns[i].color != NULL ? color_cell : NULL,
                                         ref, columns[i].numeric, columns[i].width);
      gtk_column_view_column_set_expand (column, i == 0);
      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }
}

static void
set_model (GtkColumnView *view,
           ZsRecordList  *records)
{
  /* Slots keep the row widgets while a filter changes what they show. */
  zs_record_list_set_single_change (records, TRUE);
  g_autoptr(GListModel) slots = G_LIST_MODEL (zs_slot_list_new (G_LIST_MODEL (records)));

  zs_view_show_model (GTK_WIDGET (view), slots);
}

/* ---- totals by kind ------------------------------------------------------------------ */

static void
on_total_clicked (GtkButton      *button,
                  ZsCarriersPage *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "zs-kind"));

  /* The "all" card clears the kind; a kind's card filters by it. */
  gtk_drop_down_set_selected (self->kind_dropdown, kind < ZS_CARRIER_N_KINDS ? kind + 1 : 0);
  zs_carriers_page_show_view (self, "carriers");
}

static void
build_totals (ZsCarriersPage *self)
{
  for (guint kind = 0; kind <= ZS_CARRIER_N_KINDS; kind++)
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (kind < ZS_CARRIER_N_KINDS ? zs_enum_get_label (ZS_TYPE_CARRIER_KIND, kind)
                                                                  : _("All carriers"));

      /* Four cards side by side must not widen the page: long words give way. */
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (title, "dim-label");
      self->total_labels[kind] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->total_labels[kind], 0);
      gtk_label_set_ellipsize (self->total_labels[kind], PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (self->total_labels[kind]), "title-3");
      gtk_widget_add_css_class (GTK_WIDGET (self->total_labels[kind]), "numeric");
      self->detail_labels[kind] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->detail_labels[kind], 0);
      gtk_label_set_ellipsize (self->detail_labels[kind], PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (self->detail_labels[kind]), "caption");

      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->total_labels[kind]));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->detail_labels[kind]));
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "card");
      gtk_widget_add_css_class (button, "carrier-total");
      gtk_widget_set_tooltip_text (button, kind < ZS_CARRIER_N_KINDS ? _("Show only this kind") : _("Show every kind"));
      g_object_set_data (G_OBJECT (button), "zs-kind", GUINT_TO_POINTER (kind));
      g_signal_connect (button, "clicked", G_CALLBACK (on_total_clicked), self);
      gtk_box_append (self->totals_box, button);
    }
}

static void
update_totals (ZsCarriersPage *self)
{
  ZsCarrierTotals totals[ZS_CARRIER_N_KINDS + 1];
  g_autoptr(GError) error = NULL;

  if (!zs_carrier_totals_by_kind (store_of (self), NULL, totals, &error))
    {
      g_warning ("Cannot total the carriers: %s", error->message);
      return;
    }

  for (guint kind = 0; kind <= ZS_CARRIER_N_KINDS; kind++)
    {
      g_autofree char *total = zs_format_area (totals[kind].total_area);
      g_autofree char *available = zs_format_area (totals[kind].available_area);
      g_autofree char *detail = NULL;

      /* TRANSLATORS: under a kind's total area: "2 carriers · 14.8万㎡ available" */
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d carrier · %s available",
                                             "%d carriers · %s available", (gulong) totals[kind].count),
                                (int) totals[kind].count, available);
      gtk_label_set_text (self->total_labels[kind], total);
      gtk_label_set_text (self->detail_labels[kind], detail);
    }
}

static void
update_needs_summary (ZsCarriersPage *self)
{
  static const guint area_field = ZS_SPACE_NEED_AREA;
  g_autoptr(ZsQuery) open = zs_space_need_open_query ();
  g_autofree char *sum_text = NULL;
  g_autofree char *largest_text = NULL;
  g_autofree char *text = NULL;
  gint64 count = 0, sum = 0;

  zs_store_aggregate (store_of (self), open, &area_field, 1, &count, &sum, NULL);
  gtk_stack_set_visible_child_name (self->needs_stack, count > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->needs_label), count > 0);
  if (count == 0)
    return;

  sum_text = zs_format_area (sum);
  largest_text = zs_format_area (zs_carrier_largest_available (store_of (self), NULL));
  /* TRANSLATORS: above the unmet needs: how much space the bureau lacks */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%d project is waiting for space no carrier has: %s in all. The largest available area today is %s.",
                                       "%d projects are waiting for space no carrier has: %s in all. The largest available area today is %s.",
                                       (gulong) count),
                          (int) count, sum_text, largest_text);
  gtk_label_set_text (self->needs_label, text);
}

/* ---- filters and changes --------------------------------------------------------------- */

static ZsQuery *
make_query (ZsCarriersPage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  const char *today = zs_page_get_today (ZS_PAGE (self));
  ZsQuery *query = gtk_check_button_get_active (self->stale_check) ? zs_carrier_stale_query (today)
                                                                   : zs_query_new (ZS_TYPE_CARRIER);

  if (kind > 0 && kind != GTK_INVALID_LIST_POSITION)
    zs_query_add_int (query, ZS_CARRIER_KIND, ZS_QUERY_EQ, kind - 1);
  zs_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  zs_query_set_order (query, ZS_CARRIER_KIND, FALSE);
  zs_query_add_order (query, ZS_CARRIER_AVAILABLE_AREA, TRUE);
  return query;
}

static void
update_carriers_stack (ZsCarriersPage *self)
{
  gtk_stack_set_visible_child_name (self->carriers_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->carriers)) > 0 ? "list" : "empty");
}

static void
on_filter_changed (ZsCarriersPage *self)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (store_of (self) == NULL)
    return;
  query = make_query (self);
  if (!zs_record_list_set_query (self->carriers, query, &error))
    g_warning ("Cannot list the carriers: %s", error->message);
  zs_scroll_to_top (GTK_WIDGET (self->carriers_view), G_LIST_MODEL (self->carriers));
  update_carriers_stack (self);
}

static void
on_view_toggled (ZsCarriersPage *self)
{
  gboolean needs = gtk_toggle_button_get_active (self->needs_toggle);

  zs_stack_show_only (self->view_stack, needs ? "needs" : "carriers");
  /* 需求缺口 has its own 导出, above its table: one menu at a time. */
  if (self->export_button != NULL)
    gtk_widget_set_visible (self->export_button, !needs);
}

static void
refresh (ZsCarriersPage *self)
{
  update_totals (self);
  update_needs_summary (self);
  update_carriers_stack (self);
}

static void
on_store_changed (ZsCarriersPage *self,
                  GType           type)
{
  if (type != G_TYPE_NONE && type != ZS_TYPE_CARRIER && type != ZS_TYPE_SPACE_NEED && type != ZS_TYPE_PROJECT)
    return;
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
open_carrier (ZsCarriersPage *self,
              ZsCarrier      *carrier)
{
  const char *title = zs_record_get_id (ZS_RECORD (carrier)) != 0 ? zs_record_get_title (ZS_RECORD (carrier))
                                                                   : _("New Carrier");

  zs_page_show_subpage (ZS_PAGE (self), zs_carrier_editor_new (zs_page_get_context (ZS_PAGE (self)), carrier), title);
}

static void
on_carrier_activate (ZsCarriersPage *self,
                     guint           position)
{
  g_autoptr(ZsCarrier) carrier = g_list_model_get_item (G_LIST_MODEL (self->carriers), position);

  if (carrier != NULL)
    open_carrier (self, carrier);
}

static void
on_need_activate (ZsCarriersPage *self,
                  guint           position)
{
  g_autoptr(ZsRecord) need = g_list_model_get_item (G_LIST_MODEL (self->needs), position);
  g_autoptr(ZsProject) project = need != NULL ? need_project (self, need) : NULL;

  if (project != NULL)
    zs_open_record (GTK_WIDGET (self), ZS_RECORD (project));
}

static void
new_carrier_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (widget);
  g_autoptr(ZsCarrier) carrier = zs_carrier_new ();
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  /* The kind on show is the likeliest; figures entered now are today's. */
  if (kind > 0 && kind != GTK_INVALID_LIST_POSITION)
    zs_record_set_enum (ZS_RECORD (carrier), ZS_CARRIER_KIND, kind - 1);
  zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_LAST_UPDATE, zs_page_get_today (ZS_PAGE (self)));
  open_carrier (self, carrier);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
zs_carriers_page_map (GtkWidget *widget)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (widget);

  GTK_WIDGET_CLASS (zs_carriers_page_parent_class)->map (widget);
  if (self->carriers != NULL)
    {
      zs_record_list_set_frozen (self->carriers, FALSE);
      zs_record_list_set_frozen (self->needs, FALSE);
    }
}

static void
zs_carriers_page_unmap (GtkWidget *widget)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (widget);

  GTK_WIDGET_CLASS (zs_carriers_page_parent_class)->unmap (widget);
  if (self->carriers != NULL)
    {
      zs_record_list_set_frozen (self->carriers, TRUE);
      zs_record_list_set_frozen (self->needs, TRUE);
    }
}

static void
zs_carriers_page_refresh (ZsPage *page)
{
  refresh (ZS_CARRIERS_PAGE (page));
}

/* The monthly update is due by the day: the "due only" filter and the marks. */
static void
zs_carriers_page_day_changed (ZsPage *page)
{
  on_filter_changed (ZS_CARRIERS_PAGE (page));
}

static ZsSheetGrid *
needs_grid (gpointer user_data)
{
  ZsCarriersPage *self = user_data;

  return zs_table_grid_from_view (self->needs_view, "载体需求缺口台账");
}

static void
zs_carriers_page_context_set (ZsPage *page)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (page);
  ZsStore *store = zs_page_get_store (page);
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(ZsQuery) needs = zs_space_need_open_query ();

  query = make_query (self);
  self->carriers = zs_record_list_new (store, query);
  self->export_button = zs_table_export_attach (GTK_WIDGET (self), store, "carriers", self->carriers);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->search_entry))), self->export_button);
  on_view_toggled (self);
  /* 需求缺口 has its own 导出: the figures its table shows. */
  gtk_box_append (self->needs_bar, zs_table_export_attach_grid (GTK_WIDGET (self->needs_box), needs_grid, self, NULL));
  self->needs = zs_record_list_new (store, needs);
  set_model (self->carriers_view, self->carriers);
  set_model (self->needs_view, self->needs);
  zs_record_list_set_frozen (self->carriers, !gtk_widget_get_mapped (GTK_WIDGET (self)));
  zs_record_list_set_frozen (self->needs, !gtk_widget_get_mapped (GTK_WIDGET (self)));

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_carriers_page_dispose (GObject *object)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CARRIERS_PAGE);
  g_clear_object (&self->carriers);
  g_clear_object (&self->needs);

  G_OBJECT_CLASS (zs_carriers_page_parent_class)->dispose (object);
}

static void
zs_carriers_page_finalize (GObject *object)
{
  ZsCarriersPage *self = ZS_CARRIERS_PAGE (object);

  g_array_unref (self->refs);

  G_OBJECT_CLASS (zs_carriers_page_parent_class)->finalize (object);
}

static void
zs_carriers_page_class_init (ZsCarriersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_carriers_page_dispose;
  object_class->finalize = zs_carriers_page_finalize;
  widget_class->map = zs_carriers_page_map;
  widget_class->unmap = zs_carriers_page_unmap;
  page_class->context_set = zs_carriers_page_context_set;
  page_class->refresh = zs_carriers_page_refresh;
  page_class->day_changed = zs_carriers_page_day_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-carriers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, stale_check);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, carriers_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, carriers_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, carriers_view);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_view);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_box);
  gtk_widget_class_bind_template_child (widget_class, ZsCarriersPage, needs_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_carrier_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_need_activate);

  gtk_widget_class_install_action (widget_class, "carriers.new", NULL, new_carrier_action);
}

static void
zs_carriers_page_init (ZsCarriersPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  zs_search_entry_connect (self->search_entry, G_CALLBACK (on_filter_changed), self);
  self->refs = g_array_new (FALSE, TRUE, sizeof (ColumnRef));
  g_array_set_size (self->refs, G_N_ELEMENTS (carrier_columns) + G_N_ELEMENTS (need_columns));

  gtk_string_list_append (kinds, _("All kinds"));
  for (guint kind = 0; kind < ZS_CARRIER_N_KINDS; kind++)
    gtk_string_list_append (kinds, zs_enum_get_label (ZS_TYPE_CARRIER_KIND, kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  build_totals (self);
  add_columns (self, self->carriers_view, carrier_columns, G_N_ELEMENTS (carrier_columns), 0);
  add_columns (self, self->needs_view, need_columns, G_N_ELEMENTS (need_columns), G_N_ELEMENTS (carrier_columns));
}

void
zs_carriers_page_set_filter (ZsCarriersPage *self,
                             int             kind,
                             gboolean        stale_only,
                             const char     *search)
{
  g_return_if_fail (ZS_IS_CARRIERS_PAGE (self));

  gtk_drop_down_set_selected (self->kind_dropdown, kind < 0 ? 0 : (guint) kind + 1);
  gtk_check_button_set_active (self->stale_check, stale_only);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  /* Apply now rather than after the entry's typing pause. */
  on_filter_changed (self);
}

void
zs_carriers_page_show_view (ZsCarriersPage *self,
                            const char     *view)
{
  g_return_if_fail (ZS_IS_CARRIERS_PAGE (self));

  gtk_toggle_button_set_active (g_strcmp0 (view, "needs") == 0 ? self->needs_toggle : self->carriers_toggle, TRUE);
  on_view_toggled (self);
}

GListModel *
zs_carriers_page_get_carriers (ZsCarriersPage *self)
{
  g_return_val_if_fail (ZS_IS_CARRIERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->carriers);
}

GListModel *
zs_carriers_page_get_needs (ZsCarriersPage *self)
{
  g_return_val_if_fail (ZS_IS_CARRIERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->needs);
}

const char *
zs_carriers_page_get_total_text (ZsCarriersPage *self,
                                 guint           kind)
{
  g_return_val_if_fail (ZS_IS_CARRIERS_PAGE (self), NULL);
  g_return_val_if_fail (kind <= ZS_CARRIER_N_KINDS, NULL);
  return gtk_label_get_text (self->total_labels[kind]);
}

char *
zs_carriers_page_get_cell_text (ZsCarriersPage *self,
                                guint           position,
                                guint           column)
{
  g_autoptr(ZsRecord) carrier = NULL;

  g_return_val_if_fail (ZS_IS_CARRIERS_PAGE (self), NULL);
  g_return_val_if_fail (column < G_N_ELEMENTS (carrier_columns), NULL);

  carrier = g_list_model_get_item (G_LIST_MODEL (self->carriers), position);
  return carrier != NULL ? carrier_columns[column].format (self, carrier) : NULL;
}
