/* zs-chain-tile.c — one chain on the industry map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Name, a "to confirm" badge while the name is unconfirmed, projects by
 * stage, planned investment and funds in place, targets and open gaps. The
 * tile is tinted by its planned investment (the map's legend says how);
 * the figures come from the map, which asks the store once for every tile.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-chain-tile.h"
#include "zs-stage-bar.h"
#include "zs-ui-util.h"

struct _ZsChainTile
{
  GtkWidget       parent_instance;

  ZsChain        *chain;
  ZsChainFigures  figures;
  guint           level;
  char           *summary;

  GtkLabel       *name_label;
  GtkLabel       *unverified_badge;
  ZsStageBar     *stage_bar;
  GtkLabel       *projects_label;
  GtkLabel       *funds_label;
  GtkLabel       *targets_label;
};

G_DEFINE_FINAL_TYPE (ZsChainTile, zs_chain_tile, GTK_TYPE_WIDGET)

static const char * const level_classes[ZS_MAP_N_LEVELS] = {
  "map-level-0", "map-level-1", "map-level-2", "map-level-3", "map-level-4",
};

static void
update (ZsChainTile *self)
{
  ZsRecord *r = ZS_RECORD (self->chain);
  gboolean verified = zs_record_get_boolean (r, ZS_CHAIN_VERIFIED);
  gint64 n = zs_chain_figures_get_projects (&self->figures);
  g_autofree char *planned = zs_format_amount (zs_chain_figures_get_planned (&self->figures));
  g_autofree char *funds = zs_format_amount (zs_chain_figures_get_funds (&self->figures));
  g_autofree char *projects = NULL;
  g_autofree char *funds_text = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *n_text = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  g_autofree char *targets_n = g_strdup_printf ("%" G_GINT64_FORMAT, self->figures.targets);
  g_autofree char *gaps_n = g_strdup_printf ("%" G_GINT64_FORMAT, self->figures.open_gaps);

  gtk_label_set_text (self->name_label, zs_record_get_string (r, ZS_CHAIN_NAME));
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_badge), !verified);

  /* TRANSLATORS: on a map tile: number of projects, planned total investment */
  projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s project · planned %s", "%s projects · planned %s", (gulong) n),
                              n_text, planned);
  /* TRANSLATORS: on a map tile */
  funds_text = g_strdup_printf (_("Funds in place %s"), funds);
  /* TRANSLATORS: on a map tile: target enterprises and segments with a gap */
  targets = g_strdup_printf (_("Targets %s · open gaps %s"), targets_n, gaps_n);
  /* A chain without projects says so rather than listing zeros. */
  gtk_label_set_text (self->projects_label, n > 0 ? projects : _("No projects yet"));
  gtk_label_set_text (self->funds_label, funds_text);
  gtk_widget_set_visible (GTK_WIDGET (self->funds_label), n > 0);
  gtk_label_set_text (self->targets_label, targets);
  zs_stage_bar_set_counts (self->stage_bar, self->figures.count);

  for (guint i = 0; i < ZS_MAP_N_LEVELS; i++)
    if (i == self->level)
      gtk_widget_add_css_class (GTK_WIDGET (self), level_classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self), level_classes[i]);

  g_free (self->summary);
  /* TRANSLATORS: a map tile read out: name, (to confirm), projects, stages, funds, targets */
  self->summary = g_strdup_printf (_("%s%s. %s (%s). %s. %s."),
                                   zs_record_get_string (r, ZS_CHAIN_NAME),
                                   verified ? "" : _(", name to confirm"),
                                   projects, zs_stage_bar_get_summary (self->stage_bar), funds_text, targets);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary, -1);
}

static void
zs_chain_tile_dispose (GObject *object)
{
  ZsChainTile *self = ZS_CHAIN_TILE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CHAIN_TILE);
  if (self->chain != NULL)
    g_signal_handlers_disconnect_by_data (self->chain, self);
  g_clear_object (&self->chain);

  G_OBJECT_CLASS (zs_chain_tile_parent_class)->dispose (object);
}

static void
zs_chain_tile_finalize (GObject *object)
{
  ZsChainTile *self = ZS_CHAIN_TILE (object);

  g_free (self->summary);

  G_OBJECT_CLASS (zs_chain_tile_parent_class)->finalize (object);
}

static void
zs_chain_tile_class_init (ZsChainTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_chain_tile_dispose;
  object_class->finalize = zs_chain_tile_finalize;

  g_type_ensure (ZS_TYPE_STAGE_BAR);

  gtk_widget_class_set_css_name (widget_class, "zs-chain-tile");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-chain-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, unverified_badge);
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, stage_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, projects_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, funds_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChainTile, targets_label);
}

static void
zs_chain_tile_init (ZsChainTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_chain_tile_new (ZsChain *chain)
{
  ZsChainTile *self;

  g_return_val_if_fail (ZS_IS_CHAIN (chain), NULL);

  self = g_object_new (ZS_TYPE_CHAIN_TILE, NULL);
  self->chain = g_object_ref (chain);
  self->figures.chain_id = zs_record_get_id (ZS_RECORD (chain));
  /* A rename or confirmation shows at once, wherever it was made. */
  g_signal_connect_swapped (chain, "notify", G_CALLBACK (update), self);
  update (self);
  return GTK_WIDGET (self);
}

ZsChain *
zs_chain_tile_get_chain (ZsChainTile *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_TILE (self), NULL);
  return self->chain;
}

void
zs_chain_tile_set_figures (ZsChainTile          *self,
                           const ZsChainFigures *figures,
                           guint                 level)
{
  g_return_if_fail (ZS_IS_CHAIN_TILE (self));
  g_return_if_fail (figures != NULL);
  g_return_if_fail (level < ZS_MAP_N_LEVELS);

  self->figures = *figures;
  self->figures.chain_id = zs_record_get_id (ZS_RECORD (self->chain));
  self->level = level;
  update (self);
}

const ZsChainFigures *
zs_chain_tile_get_figures (ZsChainTile *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_TILE (self), NULL);
  return &self->figures;
}

guint
zs_chain_tile_get_level (ZsChainTile *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_TILE (self), 0);
  return self->level;
}

const char *
zs_chain_tile_get_summary (ZsChainTile *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_TILE (self), NULL);
  return self->summary;
}
