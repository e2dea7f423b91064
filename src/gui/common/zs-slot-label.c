/* zs-slot-label.c — a table cell of one line whose size does not depend on its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A column view measures every cell it shows, and measures again each cell
 * whose text changed: with a GtkLabel inside, each new text meant Pango
 * sizing it and GTK laying the row and its column out again, most of the
 * time a jump through a long table took. This cell is one line high from
 * the font alone, keeps the width it was first measured with, and draws
 * its text ellipsized at the end: a new text is only drawn anew.
 *
 * GTK 4.8's column view binds two hundred rows around the one scrolled
 * to, and a jump shows twenty or thirty of them: a cell makes its text,
 * and so reads its row, only when it is drawn, measured or asked for it.
 */
#include "config.h"

#include "zs-slot-label.h"
#include "zs-spare-children.h"
#include "zs-tooltip.h"
#include "zs-table-grid.h"

struct _ZsSlotLabel
{
  GtkWidget          parent_instance;

  ZsSlotLabelFormat  format;
  ZsSlotLabelColor   color;
  const char        *color_name;    /* the theme colour the item's text gets, or NULL */
  gpointer           user_data;
  gboolean           numeric;
  int                width_chars;
  ZsSlot            *slot;
  gboolean           stale;         /* the slot's item changed since the text was made */
  char              *text;
  PangoLayout       *layout;        /* made when first drawn, until the font changes */
};

G_DEFINE_FINAL_TYPE (ZsSlotLabel, zs_slot_label, GTK_TYPE_WIDGET)

static void ensure_text (ZsSlotLabel *self);

/* ---- size from the font alone ---------------------------------------------------- */

typedef struct {
  int char_width;   /* pixels, as GtkLabel counts a character of width-chars */
  int line_height;  /* pixels of one line of Latin and Han text */
} FontSize;

/* What one font gives, worked out once: a table has hundreds of cells in
 * a few fonts. Keyed by the font and the resolution. */
static const FontSize *
font_size (GtkWidget *widget)
{
  static GHashTable *sizes;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));
  g_autofree char *key = g_strdup_printf ("%s@%g", font, pango_cairo_context_get_resolution (context));
  FontSize *size;

  if (sizes == NULL)
    sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  size = g_hash_table_lookup (sizes, key);
  if (size == NULL)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
      /* A Han character falls back to a CJK font taller than most Latin ones. */
      g_autoptr(PangoLayout) sample = pango_layout_new (context);
      int width, height;

      pango_layout_set_text (sample, "Ag\xe5\x9b\xbd\xe9\xbe\x98", -1);   /* "Ag国龘" */
      pango_layout_get_pixel_size (sample, &width, &height);
      size = g_new0 (FontSize, 1);
      size->char_width = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                                 pango_font_metrics_get_approximate_digit_width (metrics)));
      size->line_height = height;
      pango_font_metrics_unref (metrics);
      g_hash_table_insert (sizes, g_steal_pointer (&key), size);
    }
  return size;
}

/* Figures of one width, as the "numeric" style class gives a label. */
static void
set_numeric_attributes (ZsSlotLabel *self,
                        PangoLayout *layout)
{
  PangoAttrList *attrs;

  if (!self->numeric)
    return;
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* One line high, from the font alone. As wide as the text the cell had
 * when GTK first measured it (at least its width in characters): a new
 * text does not ask for a new size, so the columns keep the widths the
 * first screenful gave them and a longer text is ellipsized. */
static void
zs_slot_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (widget);
  const FontSize *size = font_size (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = size->line_height;
      return;
    }
  *minimum = *natural = size->char_width * MAX (self->width_chars, 1);
  ensure_text (self);
  if (*self->text != '\0')
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->text);
      int width;

      pango_layout_set_single_paragraph_mode (layout, TRUE);
      set_numeric_attributes (self, layout);
      pango_layout_get_pixel_size (layout, &width, NULL);
      *natural = MAX (*natural, width);
    }
}

/* ---- drawing ----------------------------------------------------------------------- */

static PangoLayout *
ensure_layout (ZsSlotLabel *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      /* A note's line breaks stay in its one line. */
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_alignment (self->layout, self->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      set_numeric_attributes (self, self->layout);
    }
  pango_layout_set_width (self->layout, MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1) * PANGO_SCALE);
  return self->layout;
}

static void
zs_slot_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  PangoLayout *layout;
  GdkRGBA color;
  int width, height;

  ensure_text (self);
  if (*self->text == '\0')
    return;
  layout = ensure_layout (self);
  pango_layout_get_pixel_size (layout, &width, &height);
  /* A theme colour rather than a style class: a class set now would
   * restyle the cell after this frame, and a jump rebinds every cell. */
  if (self->color_name == NULL || !gtk_style_context_lookup_color (style, self->color_name, &color))
    gtk_style_context_get_color (style, &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (gtk_widget_get_height (widget) - height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
zs_slot_label_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (widget);

  GTK_WIDGET_CLASS (zs_slot_label_parent_class)->css_changed (widget, change);
  /* Another font (or its size) makes another layout. */
  g_clear_object (&self->layout);
}

static void
zs_slot_label_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  g_clear_object (&ZS_SLOT_LABEL (widget)->layout);
  GTK_WIDGET_CLASS (zs_slot_label_parent_class)->direction_changed (widget, previous);
}

/* ---- the item ---------------------------------------------------------------------- */

/* Makes the text (and its colour) of the slot's item, when it changed. */
static void
ensure_text (ZsSlotLabel *self)
{
  gpointer item;
  char *text;

  if (!self->stale)
    return;
  self->stale = FALSE;
  item = self->slot != NULL ? zs_slot_get_item (self->slot) : NULL;
  text = item != NULL ? self->format (item, self->user_data) : g_strdup ("");
  self->color_name = item != NULL && self->color != NULL ? self->color (item, self->user_data) : NULL;
  if (g_strcmp0 (text, self->text) != 0)
    {
      g_free (self->text);
      self->text = text;
      if (self->layout != NULL)
        pango_layout_set_text (self->layout, text, -1);
    }
  else
    g_free (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
}

/* The row has another item, or its item changed: the text is made when
 * next drawn or asked for. Same size whatever the text: only drawn anew. */
static void
update (ZsSlotLabel *self)
{
  /* Until then, a screen reader finds no text rather than the last row's. */
  if (!self->stale)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  self->stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Long names stay readable on hover. The tooltip is asked for on hover
 * rather than set with each text: setting one makes GTK look up the
 * pointer, an X round trip per cell. */
static gboolean
zs_slot_label_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_tooltip,
                             GtkTooltip *tooltip)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (widget);
  const char *text = zs_slot_label_get_text (self);

  if (self->numeric || *text == '\0' || !pango_layout_is_ellipsized (ensure_layout (self)))
    return FALSE;
  return zs_tooltip_show (widget, tooltip, text, FALSE);
}

static void
zs_slot_label_dispose (GObject *object)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (object);

  zs_slot_label_set_slot (self, NULL);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (zs_slot_label_parent_class)->dispose (object);
}

static void
zs_slot_label_class_init (ZsSlotLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_slot_label_dispose;
  widget_class->measure = zs_slot_label_measure;
  widget_class->snapshot = zs_slot_label_snapshot;
  widget_class->css_changed = zs_slot_label_css_changed;
  widget_class->direction_changed = zs_slot_label_direction_changed;
  widget_class->query_tooltip = zs_slot_label_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
zs_slot_label_init (ZsSlotLabel *self)
{
  self->text = g_strdup ("");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
zs_slot_label_new (ZsSlotLabelFormat format,
                   gpointer          user_data,
                   gboolean          numeric,
                   int               width_chars)
{
  ZsSlotLabel *self = g_object_new (ZS_TYPE_SLOT_LABEL, NULL);

  self->format = format;
  self->user_data = user_data;
  self->numeric = numeric;
  self->width_chars = width_chars;
  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  return GTK_WIDGET (self);
}

void
zs_slot_label_set_slot (ZsSlotLabel *self,
                        ZsSlot      *slot)
{
  g_return_if_fail (ZS_IS_SLOT_LABEL (self));

  if (self->slot == slot)
    return;

  if (self->slot != NULL)
    g_signal_handlers_disconnect_by_func (self->slot, update, self);
  g_set_object (&self->slot, slot);
  if (slot != NULL)
    g_signal_connect_swapped (slot, "notify::item", G_CALLBACK (update), self);
  update (self);
}

const char *
zs_slot_label_get_text (ZsSlotLabel *self)
{
  g_return_val_if_fail (ZS_IS_SLOT_LABEL (self), NULL);

  ensure_text (self);
  return self->text;
}

void
zs_slot_label_set_color (ZsSlotLabel      *self,
                         ZsSlotLabelColor  color)
{
  g_return_if_fail (ZS_IS_SLOT_LABEL (self));

  self->color = color;
  update (self);
}

/* What each cell of a column is made with. */
typedef struct {
  ZsSlotLabelFormat format;
  ZsSlotLabelColor  color;
  gpointer          user_data;
  gboolean          numeric;
  int               width_chars;
} CellSpec;

static void
free_cell_spec (gpointer  data,
                GClosure *closure)
{
  g_free (data);
}

static GtkWidget *
make_cell (gpointer data)
{
  CellSpec *spec = data;
  GtkWidget *label = zs_slot_label_new (spec->format, spec->user_data, spec->numeric, spec->width_chars);

  if (spec->color != NULL)
    zs_slot_label_set_color (ZS_SLOT_LABEL (label), spec->color);
  return label;
}

/* A search to a few rows and back keeps the cells. */
static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CellSpec                 *spec)
{
  zs_list_item_set_spare_child (item, GTK_LIST_ITEM_FACTORY (factory), make_cell, spec);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  zs_slot_label_set_slot (ZS_SLOT_LABEL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

/* The cell keeps its text until it is bound again, to its next row's
 * item, or destroyed: blanking it first made every jump format, shape and
 * announce each of a column view's two hundred cells twice. */
static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (gtk_list_item_get_child (item));

  if (self->slot != NULL)
    g_signal_handlers_disconnect_by_func (self->slot, update, self);
  g_clear_object (&self->slot);
}

GtkColumnViewColumn *
zs_slot_label_column_new (const char        *title,
                          ZsSlotLabelFormat  format,
                          ZsSlotLabelColor   color,
                          gpointer           user_data,
                          gboolean           numeric,
                          int                width_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellSpec *spec = g_new0 (CellSpec, 1);
  GtkColumnViewColumn *column;

  spec->format = format;
  spec->color = color;
  spec->user_data = user_data;
  spec->numeric = numeric;
  spec->width_chars = width_chars;
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_cell_setup), spec, free_cell_spec, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), NULL);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  /* What the cells show is what an export or a print writes. */
  zs_table_column_set_text (column, format, user_data, numeric);
  return column;
}
