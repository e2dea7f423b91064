/* zs-slot-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

/* Makes the text for one item (a record); returns a newly allocated string. */
typedef char * (*ZsSlotLabelFormat) (gpointer item,
                                     gpointer user_data);

/* The name of the theme colour the item's text is drawn in
 * ("error_color" for an overdue lead), or NULL for the label's own. */
typedef const char * (*ZsSlotLabelColor) (gpointer item,
                                          gpointer user_data);

#define ZS_TYPE_SLOT_LABEL (zs_slot_label_get_type ())
G_DECLARE_FINAL_TYPE (ZsSlotLabel, zs_slot_label, ZS, SLOT_LABEL, GtkWidget)

/* A table cell that shows what its slot holds, through @format. It follows
 * the slot as a sort or filter refills it, and only formats when drawn,
 * measured or asked for its text: a column view keeps two hundred rows
 * alive, most of them hidden. */
GtkWidget  *zs_slot_label_new      (ZsSlotLabelFormat  format,
                                    gpointer           user_data,
                                    gboolean           numeric,
                                    int                width_chars);
void        zs_slot_label_set_slot (ZsSlotLabel       *self,
                                    ZsSlot            *slot);
/* Draws each item's text in the theme colour @color names for it. */
void        zs_slot_label_set_color (ZsSlotLabel      *self,
                                     ZsSlotLabelColor  color);
const char *zs_slot_label_get_text (ZsSlotLabel       *self);

/* A resizable table column whose cells are slot labels showing each row's
 * item through @format (and @color, when not NULL) with @user_data. */
GtkColumnViewColumn *zs_slot_label_column_new (const char        *title,
                                               ZsSlotLabelFormat  format,
                                               ZsSlotLabelColor   color,
                                               gpointer           user_data,
                                               gboolean           numeric,
                                               int                width_chars);

G_END_DECLS
