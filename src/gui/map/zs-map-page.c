/* zs-map-page.c — the industry map (产业图谱) and the target-enterprise ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The city's key chains and new tracks, a tile each, in the order of the
 * catalogue. The figures of every tile come from one ZsMapFigures (three
 * grouped queries for the whole map), computed again when the filter or
 * the data changes, and only while the map is on screen. The second view
 * is the target-enterprise ledger, which the chain pages open filtered.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-map-page.h"
#include "zs-record-dialog.h"
#include "zs-stage-bar.h"
#include "zs-ui-util.h"

static const guint new_chain_fields[] = { ZS_CHAIN_NAME, ZS_CHAIN_VERIFIED, ZS_CHAIN_SOURCE };
static const ZsEditorGroup new_chain_groups[] = {
  { NULL, new_chain_fields, G_N_ELEMENTS (new_chain_fields) },
};

struct _ZsMapPage
{
  ZsPage           parent_instance;

  ZsMapFigures    *figures;
  GArray          *unit_ids;
  GArray          *group_ids;      /* the groups shown, in order */
  GPtrArray       *groups;         /* ZsMapGroup */
  ZsTargetLedger  *targets;
  GPtrArray       *legend_labels;  /* GtkLabel of the colour levels */
  gboolean         syncing;
  gboolean         frozen;
  gboolean         dirty;

  GtkToggleButton *map_toggle;
  GtkToggleButton *targets_toggle;
  GtkBox          *map_filters;
  GtkDropDown     *unit_dropdown;
  GtkDropDown     *period_dropdown;
  GtkStack        *view_stack;
  GtkBox          *levels_legend;
  GtkBox          *stages_legend;
  GtkBox          *groups_box;
  GtkLabel        *unchained_label;
  AdwBin          *targets_bin;
};

G_DEFINE_FINAL_TYPE (ZsMapPage, zs_map_page, ZS_TYPE_PAGE)

enum {
  CHAIN_ACTIVATED,
  ENTERPRISE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The period drop-down: any time, then this week … this year. */
static const int period_choices[] = {
  ZS_MAP_PAGE_ANY_TIME, ZS_PERIOD_WEEK, ZS_PERIOD_MONTH, ZS_PERIOD_QUARTER, ZS_PERIOD_YEAR,
};

static ZsStore *
store_of (ZsMapPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static const char *
today_of (ZsMapPage *self)
{
  return zs_page_get_today (ZS_PAGE (self));
}

/* ---- the legend -------------------------------------------------------------- */

static GtkWidget *
legend_item (GtkWidget  *swatch,
             GtkLabel  **label_out,
             const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption");
  /* A narrow window shortens the legend rather than growing wider. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  if (label_out != NULL)
    *label_out = GTK_LABEL (label);
  return box;
}

static void
append_legend (GtkBox    *legend,
               GtkWidget *item)
{
  gtk_box_append (legend, item);
}

static GtkWidget *
legend_title (const char *text)
{
  GtkWidget *title = gtk_label_new (text);

  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  return title;
}

static void
build_legend (ZsMapPage *self)
{
  GtkWidget *title = legend_title (_("Tile colour: planned investment"));

  append_legend (self->levels_legend, title);
  for (guint level = 0; level < ZS_MAP_N_LEVELS; level++)
    {
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      g_autofree char *css = g_strdup_printf ("map-level-%u", level);
      GtkLabel *label;

      gtk_widget_add_css_class (swatch, "map-swatch");
      gtk_widget_add_css_class (swatch, css);
      append_legend (self->levels_legend, legend_item (swatch, &label, ""));
      g_ptr_array_add (self->legend_labels, label);
    }

  append_legend (self->stages_legend, legend_title (_("Bar: projects by stage")));
  for (ZsStage stage = ZS_STAGE_LEAD; stage < ZS_STAGE_TERMINATED; stage++)
    append_legend (self->stages_legend, legend_item (zs_stage_bar_new_swatch (stage), NULL, zs_stage_get_label (stage)));
}

static void
update_legend (ZsMapPage *self)
{
  for (guint level = 0; level < ZS_MAP_N_LEVELS; level++)
    {
      GtkLabel *label = g_ptr_array_index (self->legend_labels, level);
      g_autofree char *amount = NULL;
      g_autofree char *text = NULL;

      if (level == 0)
        text = g_strdup (_("No investment"));
      else
        {
          amount = zs_format_amount (zs_map_figures_get_level_limit (self->figures, level));
          /* TRANSLATORS: a colour level of the map: up to this planned investment */
          text = g_strdup_printf (_("up to %s"), amount);
        }
      gtk_label_set_text (label, text);
      /* Without any investment there is one colour to explain. */
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)),
                              level == 0 || zs_map_figures_get_max_planned (self->figures) > 0);
    }
}

/* ---- figures ------------------------------------------------------------------- */

static void
refresh_figures (ZsMapPage *self)
{
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  int kind = period < G_N_ELEMENTS (period_choices) ? period_choices[period] : ZS_MAP_PAGE_ANY_TIME;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  ZsMapFilter filter = { zs_dropdown_get_record_id (self->unit_dropdown, self->unit_ids), NULL, NULL };
  g_autoptr(GError) error = NULL;
  ZsMapFigures *figures;
  const ZsChainFigures *unchained;
  gint64 n_unchained;

  if (self->frozen)
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  if (kind != ZS_MAP_PAGE_ANY_TIME && zs_period_bounds (kind, today_of (self), &first, &last))
    {
      filter.from = first;
      filter.to = last;
    }

  figures = zs_map_figures_compute (store_of (self), &filter, &error);
  if (figures == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return;
    }
  g_clear_pointer (&self->figures, zs_map_figures_unref);
  self->figures = figures;

  for (guint i = 0; i < self->groups->len; i++)
    zs_map_group_set_figures (g_ptr_array_index (self->groups, i), self->figures);
  update_legend (self);

  unchained = zs_map_figures_get (self->figures, 0);
  n_unchained = zs_chain_figures_get_projects (unchained);
  if (n_unchained > 0)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, n_unchained);
      g_autofree char *planned = zs_format_amount (zs_chain_figures_get_planned (unchained));
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Besides these, %s project (planned %s) belongs to no chain; "
                                                            "give it one in its editor to place it on the map.",
                                                            "Besides these, %s projects (planned %s) belong to no chain; "
                                                            "give them one in their editors to place them on the map.",
                                                            (gulong) n_unchained),
                                               n, planned);

      gtk_label_set_text (self->unchained_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unchained_label), n_unchained > 0);
}

static void
on_filter_changed (ZsMapPage *self)
{
  if (!self->syncing && store_of (self) != NULL)
    refresh_figures (self);
}

/* ---- groups ------------------------------------------------------------------- */

static void
on_group_chain_activated (ZsMapPage *self,
                          ZsChain   *chain)
{
  g_signal_emit (self, signals[CHAIN_ACTIVATED], 0, chain);
}

static void
on_group_add_chain (ZsMapPage    *self,
                    ZsChainGroup *group)
{
  zs_map_page_add_chain (self, group);
}

/* The groups change rarely (a catalogue import); rebuild them only then. */
static void
update_groups (ZsMapPage *self)
{
  g_autoptr(ZsQuery) query = zs_catalogue_query (ZS_TYPE_CHAIN_GROUP, 0);
  g_autoptr(GArray) ids = zs_store_query (store_of (self), query, NULL);

  if (ids == NULL || (ids->len == self->group_ids->len &&
                      memcmp (ids->data, self->group_ids->data, ids->len * sizeof (gint64)) == 0))
    return;

  zs_widget_unparent_children (GTK_WIDGET (self->groups_box));
  g_ptr_array_set_size (self->groups, 0);
  g_array_set_size (self->group_ids, 0);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsChainGroup) group = zs_store_load (store_of (self), ZS_TYPE_CHAIN_GROUP, g_array_index (ids, gint64, i), NULL);
      GtkWidget *widget;

      if (group == NULL)
        continue;
      widget = zs_map_group_new (store_of (self), group);
      g_signal_connect_object (widget, "chain-activated", G_CALLBACK (on_group_chain_activated), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (widget, "add-chain", G_CALLBACK (on_group_add_chain), self, G_CONNECT_SWAPPED);
      if (self->figures != NULL)
        zs_map_group_set_figures (ZS_MAP_GROUP (widget), self->figures);
      gtk_box_append (self->groups_box, widget);
      g_ptr_array_add (self->groups, widget);
      g_array_append_val (self->group_ids, g_array_index (ids, gint64, i));
    }
}

static void
fill_units (ZsMapPage *self)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_UNIT);

  zs_query_set_order (query, ZS_UNIT_POSITION, FALSE);
  self->syncing = TRUE;
  zs_fill_record_choices (self->unit_dropdown, store_of (self), query, _("All units"),
                          zs_dropdown_get_record_id (self->unit_dropdown, self->unit_ids), self->unit_ids, NULL);
  self->syncing = FALSE;
}

/* What the tiles count: projects and their history, targets, gaps, and
 * the people and units the filter goes by. */
static gboolean
changes_figures (GType type)
{
  return type == G_TYPE_NONE || type == ZS_TYPE_PROJECT || type == ZS_TYPE_STAGE_EVENT ||
         type == ZS_TYPE_ENTERPRISE || type == ZS_TYPE_SEGMENT || type == ZS_TYPE_CHAIN ||
         type == ZS_TYPE_PERSON;
}

static void
on_store_changed (ZsMapPage *self,
                  GType      type)
{
  if (type == ZS_TYPE_UNIT || type == G_TYPE_NONE)
    fill_units (self);
  if (type == ZS_TYPE_CHAIN_GROUP || type == G_TYPE_NONE)
    update_groups (self);
  if (!changes_figures (type))
    return;
  if (self->frozen)
    self->dirty = TRUE;
  else
    zs_page_queue_refresh (ZS_PAGE (self));
}

static void
on_enterprise_activated (ZsMapPage    *self,
                         ZsEnterprise *enterprise)
{
  g_signal_emit (self, signals[ENTERPRISE_ACTIVATED], 0, enterprise);
}

/* ---- views ----------------------------------------------------------------------- */

/* Only the view on screen keeps up with changes. */
static void
update_frozen (ZsMapPage *self)
{
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self));
  gboolean targets = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "targets") == 0;

  if (self->targets != NULL)
    zs_target_ledger_set_frozen (self->targets, !mapped || !targets);
  self->frozen = !mapped || targets;
  if (!self->frozen && self->dirty && store_of (self) != NULL)
    refresh_figures (self);
}

static void
on_view_toggled (ZsMapPage *self)
{
  zs_map_page_show_view (self, gtk_toggle_button_get_active (self->targets_toggle) ? "targets" : "map");
}

static void
zs_map_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zs_map_page_parent_class)->map (widget);
  update_frozen (ZS_MAP_PAGE (widget));
}

static void
zs_map_page_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zs_map_page_parent_class)->unmap (widget);
  update_frozen (ZS_MAP_PAGE (widget));
}

/* ---- GObject ------------------------------------------------------------------ */

/* The period filter counts from today. */
static void
zs_map_page_refresh (ZsPage *page)
{
  refresh_figures (ZS_MAP_PAGE (page));
}

static void
zs_map_page_context_set (ZsPage *page)
{
  ZsMapPage *self = ZS_MAP_PAGE (page);
  ZsStore *store = zs_page_get_store (page);

  fill_units (self);
  update_groups (self);
  self->targets = zs_target_ledger_new (store);
  g_signal_connect_object (self->targets, "enterprise-activated", G_CALLBACK (on_enterprise_activated),
                           self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->targets_bin, GTK_WIDGET (self->targets));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  /* The first look is worth the wait even off screen: tests and the
   * screenshot tool read the tiles at once. */
  self->frozen = FALSE;
  refresh_figures (self);
  update_frozen (self);
}

static void
zs_map_page_dispose (GObject *object)
{
  ZsMapPage *self = ZS_MAP_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_MAP_PAGE);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->legend_labels, g_ptr_array_unref);
  g_clear_pointer (&self->figures, zs_map_figures_unref);

  G_OBJECT_CLASS (zs_map_page_parent_class)->dispose (object);
}

static void
zs_map_page_finalize (GObject *object)
{
  ZsMapPage *self = ZS_MAP_PAGE (object);

  g_array_unref (self->unit_ids);
  g_array_unref (self->group_ids);

  G_OBJECT_CLASS (zs_map_page_parent_class)->finalize (object);
}

static void
zs_map_page_class_init (ZsMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_map_page_dispose;
  object_class->finalize = zs_map_page_finalize;
  widget_class->map = zs_map_page_map;
  widget_class->unmap = zs_map_page_unmap;
  page_class->context_set = zs_map_page_context_set;
  page_class->refresh = zs_map_page_refresh;

  /**
   * ZsMapPage::chain-activated:
   * @chain: the chain whose tile was activated
   */
  signals[CHAIN_ACTIVATED] =
    g_signal_new ("chain-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_CHAIN);
  /**
   * ZsMapPage::enterprise-activated:
   * @enterprise: the enterprise activated in the target ledger
   */
  signals[ENTERPRISE_ACTIVATED] =
    g_signal_new ("enterprise-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_ENTERPRISE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, map_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, targets_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, map_filters);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, levels_legend);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, stages_legend);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, unchained_label);
  gtk_widget_class_bind_template_child (widget_class, ZsMapPage, targets_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}

static void
zs_map_page_init (ZsMapPage *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);

  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->groups = g_ptr_array_new ();
  self->legend_labels = g_ptr_array_new ();

  gtk_string_list_append (periods, _("Any time"));
  for (guint i = 1; i < G_N_ELEMENTS (period_choices); i++)
    gtk_string_list_append (periods, zs_period_kind_get_label (period_choices[i]));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  build_legend (self);
  self->syncing = FALSE;
}

void
zs_map_page_show_view (ZsMapPage  *self,
                       const char *view)
{
  gboolean targets;

  g_return_if_fail (ZS_IS_MAP_PAGE (self));

  targets = g_strcmp0 (view, "targets") == 0;
  zs_stack_show_only (self->view_stack, targets ? "targets" : "map");
  /* The unit and period filter the map; the ledger has its own filters. */
  gtk_widget_set_visible (GTK_WIDGET (self->map_filters), !targets);
  update_frozen (self);
  if (gtk_toggle_button_get_active (self->targets_toggle) != targets)
    gtk_toggle_button_set_active (targets ? self->targets_toggle : self->map_toggle, TRUE);
}

const char *
zs_map_page_get_view (ZsMapPage *self)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

void
zs_map_page_set_unit (ZsMapPage *self,
                      gint64     unit_id)
{
  g_return_if_fail (ZS_IS_MAP_PAGE (self));

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      gtk_drop_down_set_selected (self->unit_dropdown, i);
}

void
zs_map_page_set_period (ZsMapPage *self,
                        int        period)
{
  g_return_if_fail (ZS_IS_MAP_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (period_choices); i++)
    if (period_choices[i] == period)
      gtk_drop_down_set_selected (self->period_dropdown, i);
}

ZsMapFigures *
zs_map_page_get_figures (ZsMapPage *self)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);
  return self->figures;
}

guint
zs_map_page_get_n_groups (ZsMapPage *self)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), 0);
  return self->groups->len;
}

ZsMapGroup *
zs_map_page_get_group (ZsMapPage *self,
                       guint      position)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (position < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, position);
}

ZsChainTile *
zs_map_page_find_tile (ZsMapPage *self,
                       gint64     chain_id)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);

  for (guint g = 0; g < self->groups->len; g++)
    {
      ZsMapGroup *group = g_ptr_array_index (self->groups, g);

      for (guint i = 0; i < zs_map_group_get_n_tiles (group); i++)
        {
          ZsChainTile *tile = zs_map_group_get_tile (group, i);

          if (tile != NULL && zs_record_get_id (ZS_RECORD (zs_chain_tile_get_chain (tile))) == chain_id)
            return tile;
        }
    }
  return NULL;
}

ZsTargetLedger *
zs_map_page_get_targets (ZsMapPage *self)
{
  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);
  return self->targets;
}

char *
zs_map_page_get_legend (ZsMapPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) texts = NULL;

  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);

  for (guint i = 0; i < self->legend_labels->len; i++)
    g_strv_builder_add (builder, gtk_label_get_text (g_ptr_array_index (self->legend_labels, i)));
  texts = g_strv_builder_end (builder);
  return g_strjoinv (" | ", texts);
}

GtkWidget *
zs_map_page_add_chain (ZsMapPage    *self,
                       ZsChainGroup *group)
{
  g_autoptr(ZsChain) chain = NULL;
  gboolean track;
  GtkWidget *dialog;

  g_return_val_if_fail (ZS_IS_MAP_PAGE (self), NULL);
  g_return_val_if_fail (ZS_IS_CHAIN_GROUP (group), NULL);

  chain = zs_catalogue_new_chain (store_of (self), zs_record_get_id (ZS_RECORD (group)), today_of (self));
  track = zs_record_get_enum (ZS_RECORD (group), ZS_CHAIN_GROUP_KIND) == ZS_GROUP_KIND_TRACK;
  dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), store_of (self), ZS_RECORD (chain),
                                 track ? _("New Track") : _("New Chain"), new_chain_groups, G_N_ELEMENTS (new_chain_groups));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
