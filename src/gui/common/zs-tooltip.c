/* zs-tooltip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * GTK 4.8 sizes a tooltip by height first and then takes the narrowest
 * width that keeps it: Han text, which may break after any character,
 * comes out a few characters (at worst one) per line. Our own label has a
 * width of its own (width-chars), so it wraps only where it must. And a
 * tooltip over an open popover hides what the clerk opened it for.
 */
#include "config.h"

#include "zs-tooltip.h"

/* In Latin-character widths; a Han character takes two. */
#define MAX_WIDTH_CHARS 40

/* One label, kept while the pointer stays: query-tooltip comes with every
 * motion, and a new label each time would make the tooltip flicker. */
static GtkLabel *shown_label;
static char     *shown_text;

static gboolean
popover_open_over (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL && !GTK_IS_NATIVE (w); w = gtk_widget_get_parent (w))
    for (GtkWidget *child = gtk_widget_get_first_child (w); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
        return TRUE;
  return FALSE;
}

static int
width_in_chars (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static GtkLabel *
label_for (const char *text,
           gboolean    markup)
{
  GtkLabel *label;
  g_autofree char *plain = NULL;

  if (shown_label != NULL && gtk_widget_get_parent (GTK_WIDGET (shown_label)) != NULL
      && g_strcmp0 (shown_text, text) == 0)
    return shown_label;

  label = GTK_LABEL (gtk_label_new (NULL));
  if (markup)
    gtk_label_set_markup (label, text);
  else
    gtk_label_set_text (label, text);
  plain = g_strdup (gtk_label_get_text (label));
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  {
    /* Lines of even length: no last character alone on its line. */
    int width = width_in_chars (plain);
    int lines = (width + MAX_WIDTH_CHARS - 1) / MAX_WIDTH_CHARS;

    width = (width + lines - 1) / MAX (lines, 1);
    gtk_label_set_width_chars (label, width);
    gtk_label_set_max_width_chars (label, width);
  }
  gtk_label_set_xalign (label, 0);

  g_set_object (&shown_label, label);
  g_free (shown_text);
  shown_text = g_strdup (text);
  return label;
}

gboolean
zs_tooltip_show (GtkWidget  *widget,
                 GtkTooltip *tooltip,
                 const char *text,
                 gboolean    markup)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (text == NULL || *text == '\0' || popover_open_over (widget))
    return FALSE;
  gtk_tooltip_set_custom (tooltip, GTK_WIDGET (label_for (text, markup)));
  return TRUE;
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_tooltip,
                  GtkTooltip *tooltip)
{
  /* Set from tooltip-text too, escaped. */
  return zs_tooltip_show (widget, tooltip, gtk_widget_get_tooltip_markup (widget), TRUE);
}

void
zs_tooltip_init (void)
{
  static gsize done;

  if (!g_once_init_enter (&done))
    return;
  {
    GType types[] = {
      /* Not entries: theirs show their icons' tooltips. */
      GTK_TYPE_BUTTON, GTK_TYPE_MENU_BUTTON, GTK_TYPE_DROP_DOWN, GTK_TYPE_CHECK_BUTTON,
      GTK_TYPE_LABEL, GTK_TYPE_IMAGE,
    };

    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      g_signal_override_class_handler ("query-tooltip", types[i], G_CALLBACK (on_query_tooltip));
  }
  g_once_init_leave (&done, 1);
}
