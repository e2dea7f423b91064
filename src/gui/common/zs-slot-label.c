/* zs-slot-label.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-slot-label.h"
#include "zs-tooltip.h"
#include "zs-table-grid.h"
#include "zs-ui-util.h"

struct _ZsSlotLabel
{
  GtkWidget          parent_instance;

  ZsSlotLabelFormat  format;
  ZsSlotLabelStyle   style;
  char              *style_class;   /* the class the last item got */
  gpointer           user_data;
  gboolean           numeric;
  ZsSlot            *slot;
  GtkLabel          *label;
};

G_DEFINE_FINAL_TYPE (ZsSlotLabel, zs_slot_label, GTK_TYPE_WIDGET)

static void
render (ZsSlotLabel *self)
{
  gpointer item = self->slot != NULL ? zs_slot_get_item (self->slot) : NULL;
  g_autofree char *text = item != NULL ? self->format (item, self->user_data) : g_strdup ("");

  gtk_label_set_text (self->label, text);

  if (self->style != NULL)
    {
      const char *style_class = item != NULL ? self->style (item, self->user_data) : NULL;

      if (g_strcmp0 (style_class, self->style_class) != 0)
        {
          if (self->style_class != NULL)
            gtk_widget_remove_css_class (GTK_WIDGET (self->label), self->style_class);
          g_free (self->style_class);
          self->style_class = g_strdup (style_class);
          if (style_class != NULL)
            gtk_widget_add_css_class (GTK_WIDGET (self->label), style_class);
        }
    }
}

/* Long names stay readable on hover.  The tooltip is asked for on hover rather
 * than set with each text: setting one makes GTK look up the pointer, an X
 * round trip per cell. */
static gboolean
zs_slot_label_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_tooltip,
                             GtkTooltip *tooltip)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (widget);
  const char *text = zs_slot_label_get_text (self);

  if (self->numeric || *text == '\0' || !pango_layout_is_ellipsized (gtk_label_get_layout (self->label)))
    return FALSE;
  return zs_tooltip_show (widget, tooltip, text, FALSE);
}

/* The text is set as soon as the row gets its item, never later when it is
 * mapped: a list view maps a row it brings into view after laying it out,
 * and a text set then asks for a new size that frame never gives, so GTK
 * draws the row without one ("Trying to snapshot GtkListItemWidget without
 * a current allocation") and lays the table out again on the next frame. */
static void
update (ZsSlotLabel *self)
{
  render (self);
}

static void
zs_slot_label_dispose (GObject *object)
{
  ZsSlotLabel *self = ZS_SLOT_LABEL (object);

  zs_slot_label_set_slot (self, NULL);
  zs_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->style_class, g_free);

  G_OBJECT_CLASS (zs_slot_label_parent_class)->dispose (object);
}

static void
zs_slot_label_class_init (ZsSlotLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_slot_label_dispose;
  widget_class->query_tooltip = zs_slot_label_query_tooltip;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_slot_label_init (ZsSlotLabel *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
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
  gtk_label_set_xalign (self->label, numeric ? 1.0 : 0.0);
  gtk_label_set_width_chars (self->label, width_chars);
  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
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

  return gtk_label_get_text (self->label);
}

void
zs_slot_label_set_style (ZsSlotLabel      *self,
                         ZsSlotLabelStyle  style)
{
  g_return_if_fail (ZS_IS_SLOT_LABEL (self));

  self->style = style;
  update (self);
}

/* What each cell of a column is made with. */
typedef struct {
  ZsSlotLabelFormat format;
  ZsSlotLabelStyle  style;
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

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CellSpec                 *spec)
{
  GtkWidget *label = zs_slot_label_new (spec->format, spec->user_data, spec->numeric, spec->width_chars);

  if (spec->style != NULL)
    zs_slot_label_set_style (ZS_SLOT_LABEL (label), spec->style);
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  zs_slot_label_set_slot (ZS_SLOT_LABEL (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  zs_slot_label_set_slot (ZS_SLOT_LABEL (gtk_list_item_get_child (item)), NULL);
}

GtkColumnViewColumn *
zs_slot_label_column_new (const char        *title,
                          ZsSlotLabelFormat  format,
                          ZsSlotLabelStyle   style,
                          gpointer           user_data,
                          gboolean           numeric,
                          int                width_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellSpec *spec = g_new0 (CellSpec, 1);
  GtkColumnViewColumn *column;

  spec->format = format;
  spec->style = style;
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
