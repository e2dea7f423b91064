/* zs-map-group.c — one group of the industry map: its header and its tiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A group holds a catalogue's worth of chains (15, 19: never thousands),
 * so a flow box bound to the store-backed list of them lays the tiles out
 * in rows that follow the window's width. The header says how many of the
 * places the policy sets are named, and offers to add the rest.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-map-group.h"
#include "zs-ui-util.h"

struct _ZsMapGroup
{
  GtkWidget     parent_instance;

  ZsStore      *store;
  ZsChainGroup *group;
  ZsRecordList *chains;
  ZsMapFigures *figures;
  char         *add_text;

  GtkLabel     *title_label;
  GtkLabel     *count_label;
  GtkLabel     *unverified_label;
  GtkButton    *add_button;
  GtkFlowBox   *flow_box;
};

G_DEFINE_FINAL_TYPE (ZsMapGroup, zs_map_group, GTK_TYPE_WIDGET)

enum {
  CHAIN_ACTIVATED,
  ADD_CHAIN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
apply_figures (ZsMapGroup  *self,
               ZsChainTile *tile)
{
  const ZsChainFigures *figures;

  if (self->figures == NULL)
    return;
  figures = zs_map_figures_get (self->figures, zs_record_get_id (ZS_RECORD (zs_chain_tile_get_chain (tile))));
  zs_chain_tile_set_figures (tile, figures,
                             zs_map_figures_get_level (self->figures, zs_chain_figures_get_planned (figures)));
}

static GtkWidget *
create_tile (gpointer item,
             gpointer user_data)
{
  ZsMapGroup *self = user_data;
  GtkWidget *tile = zs_chain_tile_new (item);

  apply_figures (self, ZS_CHAIN_TILE (tile));
  return tile;
}

static void
update_header (ZsMapGroup *self)
{
  ZsRecord *g = ZS_RECORD (self->group);
  gint64 unverified = 0;
  gint64 n = zs_catalogue_count_chains (self->store, zs_record_get_id (g), &unverified);
  gint64 size = zs_record_get_int (g, ZS_CHAIN_GROUP_POLICY_SIZE);
  gboolean tracks = zs_record_get_enum (g, ZS_CHAIN_GROUP_KIND) == ZS_GROUP_KIND_TRACK;
  g_autofree char *count = NULL;
  g_autofree char *n_text = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  g_autofree char *size_text = g_strdup_printf ("%" G_GINT64_FORMAT, size);
  g_autofree char *missing_text = g_strdup_printf ("%" G_GINT64_FORMAT, size - n);
  g_autofree char *unverified_text = g_strdup_printf ("%" G_GINT64_FORMAT, unverified);
  g_autofree char *unverified_label = NULL;
  g_autofree char *count_tooltip = NULL;

  gtk_label_set_text (self->title_label, zs_record_get_string (g, ZS_CHAIN_GROUP_NAME));

  /* Without a policy size there is nothing to compare with. */
  count = size > 0 ? g_strdup_printf ("%s / %s", n_text, size_text) : g_strdup (n_text);
  gtk_label_set_text (self->count_label, count);
  count_tooltip = size > 0 ? g_strdup_printf (_("%s named of the %s the policy sets"), n_text, size_text)
                           : g_strdup_printf (_("%s named"), n_text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), count_tooltip);

  unverified_label = g_strdup_printf (_("%s to confirm"), unverified_text);
  gtk_label_set_text (self->unverified_label, unverified_label);
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_label), unverified > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unverified_label),
                               _("Names that public sources do not confirm yet. Open a chain to confirm or rename it."));

  g_clear_pointer (&self->add_text, g_free);
  if (n < size)
    self->add_text = tracks ? g_strdup_printf (_("Add the Other %s Tracks…"), missing_text)
                            : g_strdup_printf (_("Add the Other %s Chains…"), missing_text);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), self->add_text != NULL);
  gtk_button_set_label (self->add_button, self->add_text != NULL ? self->add_text : "");
}

static void
on_add_clicked (ZsMapGroup *self)
{
  g_signal_emit (self, signals[ADD_CHAIN], 0, self->group);
}

static void
on_child_activated (ZsMapGroup      *self,
                    GtkFlowBoxChild *child)
{
  GtkWidget *tile = gtk_flow_box_child_get_child (child);

  if (ZS_IS_CHAIN_TILE (tile))
    g_signal_emit (self, signals[CHAIN_ACTIVATED], 0, zs_chain_tile_get_chain (ZS_CHAIN_TILE (tile)));
}

static void
on_store_changed (ZsMapGroup *self,
                  GType       type)
{
  if (type == ZS_TYPE_CHAIN || type == ZS_TYPE_CHAIN_GROUP || type == G_TYPE_NONE)
    update_header (self);
}

static void
zs_map_group_dispose (GObject *object)
{
  ZsMapGroup *self = ZS_MAP_GROUP (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_MAP_GROUP);
  if (self->group != NULL)
    g_signal_handlers_disconnect_by_data (self->group, self);
  g_clear_object (&self->chains);
  g_clear_object (&self->group);
  g_clear_object (&self->store);
  g_clear_pointer (&self->figures, zs_map_figures_unref);

  G_OBJECT_CLASS (zs_map_group_parent_class)->dispose (object);
}

static void
zs_map_group_finalize (GObject *object)
{
  ZsMapGroup *self = ZS_MAP_GROUP (object);

  g_free (self->add_text);

  G_OBJECT_CLASS (zs_map_group_parent_class)->finalize (object);
}

static void
zs_map_group_class_init (ZsMapGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_map_group_dispose;
  object_class->finalize = zs_map_group_finalize;

  /**
   * ZsMapGroup::chain-activated:
   * @chain: the chain whose tile was activated
   */
  signals[CHAIN_ACTIVATED] =
    g_signal_new ("chain-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_CHAIN);
  /**
   * ZsMapGroup::add-chain:
   * @group: the group to add a chain to
   */
  signals[ADD_CHAIN] =
    g_signal_new ("add-chain", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_CHAIN_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-map-group.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsMapGroup, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZsMapGroup, count_label);
  gtk_widget_class_bind_template_child (widget_class, ZsMapGroup, unverified_label);
  gtk_widget_class_bind_template_child (widget_class, ZsMapGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, ZsMapGroup, flow_box);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_child_activated);
}

static void
zs_map_group_init (ZsMapGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_map_group_new (ZsStore      *store,
                  ZsChainGroup *group)
{
  ZsMapGroup *self;
  g_autoptr(ZsQuery) query = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_CHAIN_GROUP (group), NULL);

  self = g_object_new (ZS_TYPE_MAP_GROUP, NULL);
  self->store = g_object_ref (store);
  self->group = g_object_ref (group);

  query = zs_catalogue_query (ZS_TYPE_CHAIN, zs_record_get_id (ZS_RECORD (group)));
  self->chains = zs_record_list_new (store, query);
  gtk_flow_box_bind_model (self->flow_box, G_LIST_MODEL (self->chains), create_tile, self, NULL);

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (group, "notify", G_CALLBACK (update_header), self);
  update_header (self);
  return GTK_WIDGET (self);
}

ZsChainGroup *
zs_map_group_get_group (ZsMapGroup *self)
{
  g_return_val_if_fail (ZS_IS_MAP_GROUP (self), NULL);
  return self->group;
}

void
zs_map_group_set_figures (ZsMapGroup   *self,
                          ZsMapFigures *figures)
{
  g_return_if_fail (ZS_IS_MAP_GROUP (self));

  g_clear_pointer (&self->figures, zs_map_figures_unref);
  self->figures = figures != NULL ? zs_map_figures_ref (figures) : NULL;

  for (guint i = 0; i < zs_map_group_get_n_tiles (self); i++)
    apply_figures (self, zs_map_group_get_tile (self, i));
}

guint
zs_map_group_get_n_tiles (ZsMapGroup *self)
{
  g_return_val_if_fail (ZS_IS_MAP_GROUP (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->chains));
}

ZsChainTile *
zs_map_group_get_tile (ZsMapGroup *self,
                       guint       position)
{
  GtkFlowBoxChild *child;

  g_return_val_if_fail (ZS_IS_MAP_GROUP (self), NULL);

  child = gtk_flow_box_get_child_at_index (self->flow_box, (int) position);
  return child != NULL ? ZS_CHAIN_TILE (gtk_flow_box_child_get_child (child)) : NULL;
}

const char *
zs_map_group_get_count_text (ZsMapGroup *self)
{
  g_return_val_if_fail (ZS_IS_MAP_GROUP (self), NULL);
  return gtk_label_get_text (self->count_label);
}

const char *
zs_map_group_get_add_text (ZsMapGroup *self)
{
  g_return_val_if_fail (ZS_IS_MAP_GROUP (self), NULL);
  return self->add_text;
}
