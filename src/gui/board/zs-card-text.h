/* zs-card-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ZS_TYPE_CARD_TEXT (zs_card_text_get_type ())
G_DECLARE_FINAL_TYPE (ZsCardText, zs_card_text, ZS, CARD_TEXT, GtkWidget)

/* Lines of Pango markup on a board card, each paragraph ellipsized at the
 * end after "lines" lines ("wrap": a long one wraps first). As a GtkLabel
 * shows them, but a new text is laid out once, at the card's width. */
void        zs_card_text_set_markup (ZsCardText *self,
                                     const char *markup);
/* The text without its markup, as a screen reader reads it. */
const char *zs_card_text_get_text   (ZsCardText *self);

G_END_DECLS
