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

/* A style class for the item's cell ("error" for an overdue lead), or NULL. */
typedef const char * (*ZsSlotLabelStyle) (gpointer item,
                                          gpointer user_data);

#define ZS_TYPE_SLOT_LABEL (zs_slot_label_get_type ())
G_DECLARE_FINAL_TYPE (ZsSlotLabel, zs_slot_label, ZS, SLOT_LABEL, GtkWidget)

/* A table cell that shows what its slot holds, through @format. It follows
 * the slot as a sort or filter refills it, and only formats when on screen:
 * a column view keeps two hundred rows alive, most of them hidden. */
GtkWidget  *zs_slot_label_new      (ZsSlotLabelFormat  format,
                                    gpointer           user_data,
                                    gboolean           numeric,
                                    int                width_chars);
void        zs_slot_label_set_slot (ZsSlotLabel       *self,
                                    ZsSlot            *slot);
/* Gives the label the style class @style returns for each item. */
void        zs_slot_label_set_style (ZsSlotLabel      *self,
                                     ZsSlotLabelStyle  style);
const char *zs_slot_label_get_text (ZsSlotLabel       *self);

/* A resizable table column whose cells are slot labels showing each row's
 * item through @format (and @style, when not NULL) with @user_data. */
GtkColumnViewColumn *zs_slot_label_column_new (const char        *title,
                                               ZsSlotLabelFormat  format,
                                               ZsSlotLabelStyle   style,
                                               gpointer           user_data,
                                               gboolean           numeric,
                                               int                width_chars);

G_END_DECLS
