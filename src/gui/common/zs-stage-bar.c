/* zs-stage-bar.c — projects by stage as one compact bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Drawn with GtkSnapshot: six rectangles on a track, no child widgets, so a
 * map of thirty tiles costs thirty small widgets. The colours go from light
 * to dark blue as a project advances and end in green for production; the
 * numbers are in the accessible label and tooltip for whoever cannot tell
 * the shades apart.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-stage-bar.h"

#define BAR_HEIGHT 10
#define SWATCH_SIZE 12

struct _ZsStageBar
{
  GtkWidget  parent_instance;

  gint64     counts[ZS_MAP_N_STAGES];
  int        swatch;          /* the stage of a legend swatch, or -1 */
  char      *summary;
};

G_DEFINE_FINAL_TYPE (ZsStageBar, zs_stage_bar, GTK_TYPE_WIDGET)

/* libadwaita's palette: blue 1 to 5, then green 4. */
static const char * const stage_colours[ZS_STAGE_TERMINATED] = {
  "#99c1f1", "#62a0ea", "#3584e4", "#1c71d8", "#1a5fb4", "#2ec27e",
};

static void
stage_colour (ZsStage  stage,
              GdkRGBA *rgba)
{
  if (stage >= ZS_STAGE_TERMINATED || !gdk_rgba_parse (rgba, stage_colours[stage]))
    *rgba = (GdkRGBA) { 0.6, 0.6, 0.6, 1.0 };
}

static void
zs_stage_bar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  ZsStageBar *self = ZS_STAGE_BAR (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  GdkRGBA track;
  gint64 total = 0;
  float x = 0;

  if (self->swatch >= 0)
    {
      GdkRGBA colour;

      stage_colour (self->swatch, &colour);
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), 3);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gtk_snapshot_pop (snapshot);
      return;
    }

  for (guint s = 0; s < ZS_STAGE_TERMINATED; s++)
    total += self->counts[s];

  /* The empty track in the text colour, faintly, so it reads on any tile. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &track);
  track.alpha = 0.12f;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (guint s = 0; total > 0 && s < ZS_STAGE_TERMINATED; s++)
    {
      float w = (float) (width * self->counts[s] / (double) total);
      GdkRGBA colour;

      if (self->counts[s] == 0)
        continue;
      /* A single project still shows. */
      w = MAX (w, 3.0f);
      stage_colour (s, &colour);
      gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (x, 0, MIN (w, width - x), height));
      x += w;
    }
  gtk_snapshot_pop (snapshot);
}

static void
zs_stage_bar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  ZsStageBar *self = ZS_STAGE_BAR (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->swatch >= 0 ? SWATCH_SIZE : 60;
  else
    *minimum = *natural = self->swatch >= 0 ? SWATCH_SIZE : BAR_HEIGHT;
}

static void
update_summary (ZsStageBar *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < ZS_MAP_N_STAGES; s++)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, self->counts[s]);

      if (self->counts[s] == 0)
        continue;
      if (text->len > 0)
        /* TRANSLATORS: between the stages of "线索 3、在谈 1" */
        g_string_append (text, _(", "));
      /* TRANSLATORS: a stage and its number of projects, "签约 3" */
      g_string_append_printf (text, _("%s %s"), zs_stage_get_label (s), count);
    }
  if (text->len == 0)
    g_string_append (text, _("No projects"));

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary, -1);
}

static void
zs_stage_bar_finalize (GObject *object)
{
  ZsStageBar *self = ZS_STAGE_BAR (object);

  g_free (self->summary);

  G_OBJECT_CLASS (zs_stage_bar_parent_class)->finalize (object);
}

static void
zs_stage_bar_class_init (ZsStageBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = zs_stage_bar_finalize;
  widget_class->snapshot = zs_stage_bar_snapshot;
  widget_class->measure = zs_stage_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "zs-stage-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zs_stage_bar_init (ZsStageBar *self)
{
  self->swatch = -1;
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update_summary (self);
}

GtkWidget *
zs_stage_bar_new (void)
{
  return g_object_new (ZS_TYPE_STAGE_BAR, NULL);
}

void
zs_stage_bar_set_counts (ZsStageBar   *self,
                         const gint64 *counts)
{
  g_return_if_fail (ZS_IS_STAGE_BAR (self));

  if (memcmp (self->counts, counts, sizeof self->counts) == 0)
    return;
  memcpy (self->counts, counts, sizeof self->counts);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
zs_stage_bar_get_summary (ZsStageBar *self)
{
  g_return_val_if_fail (ZS_IS_STAGE_BAR (self), NULL);
  return self->summary;
}

GtkWidget *
zs_stage_bar_new_swatch (ZsStage stage)
{
  ZsStageBar *self = g_object_new (ZS_TYPE_STAGE_BAR, NULL);

  self->swatch = stage;
  /* The stage's name stands next to it; the square itself says nothing. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, zs_stage_get_label (stage), -1);
  return GTK_WIDGET (self);
}
