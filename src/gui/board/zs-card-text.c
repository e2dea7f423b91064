/* zs-card-text.c — a card's lines of text, laid out once per text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A filter refills every card on screen. With GtkLabels, GTK 4.8 sized each
 * new text three to five times (its narrowest and widest width, then its
 * height at the card's width, then again to draw it): Pango shaping the
 * same Han text over and over was half of a filter's time at 100,000
 * projects. This widget asks for no width of its own (the column gives the
 * card its width), is measured height-for-width, and keeps one layout at
 * the width it was last measured at, which is the width it is drawn at:
 * each text is laid out once.
 */
#include "config.h"

#include "zs-card-text.h"

struct _ZsCardText
{
  GtkWidget    parent_instance;

  char        *markup;
  char        *text;
  int          lines;
  gboolean     wrap;
  PangoLayout *layout;     /* until the text, the font or the direction changes */
};

G_DEFINE_FINAL_TYPE (ZsCardText, zs_card_text, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LINES,
  PROP_WRAP,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PangoLayout *
layout_at (ZsCardText *self,
           int         width)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_markup (self->layout, self->markup ? self->markup : "", -1);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      /* As GtkLabel: at most this many lines a paragraph, when it wraps. */
      pango_layout_set_height (self->layout, self->wrap ? -MAX (self->lines, 1) : -1);
    }
  /* Pango keeps its lines while the width stays the same. */
  pango_layout_set_width (self->layout, MAX (width, 1) * PANGO_SCALE);
  return self->layout;
}

/* A height asked for without a width (the window's own size request
 * walks every card): the height at the width the text was last laid out
 * at, which is the width it is drawn at, so that drawing does not shape
 * it again; before any, as wide as the column's narrowest. */
static int
width_guess (ZsCardText *self)
{
  if (self->layout != NULL && pango_layout_get_width (self->layout) > PANGO_SCALE)
    return pango_layout_get_width (self->layout) / PANGO_SCALE;
  return 240;
}

/* Without this GTK measures a widget at no width, and the text would be
 * measured at a guess and drawn at the card's width. */
static GtkSizeRequestMode
zs_card_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
zs_card_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  ZsCardText *self = ZS_CARD_TEXT (widget);
  int height;

  /* The column decides the card's width; the text is ellipsized to it. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }
  if (self->markup == NULL || *self->markup == '\0')
    {
      *minimum = *natural = 0;
      return;
    }
  pango_layout_get_pixel_size (layout_at (self, for_size > 0 ? for_size : width_guess (self)), NULL, &height);
  *minimum = *natural = height;
}

static void
zs_card_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  ZsCardText *self = ZS_CARD_TEXT (widget);
  GdkRGBA color;

  if (self->markup == NULL || *self->markup == '\0')
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_append_layout (snapshot, layout_at (self, gtk_widget_get_width (widget)), &color);
}

static void
forget_layout (ZsCardText *self)
{
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
zs_card_text_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (zs_card_text_parent_class)->css_changed (widget, change);
  /* Another font (or its size) makes another layout. */
  forget_layout (ZS_CARD_TEXT (widget));
}

static void
zs_card_text_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (zs_card_text_parent_class)->direction_changed (widget, previous);
  forget_layout (ZS_CARD_TEXT (widget));
}

static void
zs_card_text_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ZsCardText *self = ZS_CARD_TEXT (object);

  switch (prop_id)
    {
    case PROP_LINES:
      self->lines = g_value_get_int (value);
      forget_layout (self);
      break;
    case PROP_WRAP:
      self->wrap = g_value_get_boolean (value);
      forget_layout (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_card_text_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ZsCardText *self = ZS_CARD_TEXT (object);

  switch (prop_id)
    {
    case PROP_LINES:
      g_value_set_int (value, self->lines);
      break;
    case PROP_WRAP:
      g_value_set_boolean (value, self->wrap);
      break;
    case PROP_TEXT:
      g_value_set_string (value, zs_card_text_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_card_text_finalize (GObject *object)
{
  ZsCardText *self = ZS_CARD_TEXT (object);

  g_clear_object (&self->layout);
  g_free (self->markup);
  g_free (self->text);

  G_OBJECT_CLASS (zs_card_text_parent_class)->finalize (object);
}

static void
zs_card_text_class_init (ZsCardTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = zs_card_text_set_property;
  object_class->get_property = zs_card_text_get_property;
  object_class->finalize = zs_card_text_finalize;
  widget_class->get_request_mode = zs_card_text_get_request_mode;
  widget_class->measure = zs_card_text_measure;
  widget_class->snapshot = zs_card_text_snapshot;
  widget_class->css_changed = zs_card_text_css_changed;
  widget_class->direction_changed = zs_card_text_direction_changed;

  properties[PROP_LINES] = g_param_spec_int ("lines", NULL, NULL, 1, 100, 1,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRAP] = g_param_spec_boolean ("wrap", NULL, NULL, FALSE,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* What it reads without markup, as GtkLabel:label for tests and tools. */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as the labels it stands for (heading, caption). */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
zs_card_text_init (ZsCardText *self)
{
  self->lines = 1;
}

void
zs_card_text_set_markup (ZsCardText *self,
                         const char *markup)
{
  g_autofree char *text = NULL;

  g_return_if_fail (ZS_IS_CARD_TEXT (self));

  if (g_strcmp0 (markup, self->markup) == 0)
    return;
  g_free (self->markup);
  self->markup = g_strdup (markup);
  if (markup == NULL || !pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    text = g_strdup (markup ? markup : "");
  g_free (self->text);
  self->text = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  if (self->layout != NULL)
    pango_layout_set_markup (self->layout, self->markup ? self->markup : "", -1);
  /* Its height may change (a name of one line or two): measured again, at
   * the same width, from the one layout. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
zs_card_text_get_text (ZsCardText *self)
{
  g_return_val_if_fail (ZS_IS_CARD_TEXT (self), NULL);
  return self->text ? self->text : "";
}
