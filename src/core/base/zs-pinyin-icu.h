/* zs-pinyin-icu.h — one character's pinyin, asked of ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Shared by the program (for characters beyond the built table) and by
 * zs-make-pinyin-table, which writes that table at build time: the same
 * question to the same ICU gives the same answer.
 */
#pragma once

#include <glib.h>
#include <unicode/utrans.h>

G_BEGIN_DECLS

/* ICU's "Han-Latin; Latin-ASCII" transliterator (a few tenths of a second
 * to make), or NULL with a warning when ICU has none. */
UTransliterator *zs_pinyin_icu_open    (void);
/* The reading of @c in lower-case ASCII letters without tone ("wei"), ""
 * when ICU gives none. Not safe on one transliterator from two threads. */
char            *zs_pinyin_icu_reading (UTransliterator *transliterator,
                                        gunichar         c);

G_END_DECLS
