/* zs-pinyin.h — the pinyin of Chinese text, for search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Clerks search names as they search contacts on their phones: by full
 * pinyin (weifang) or by initials (wfjk for 潍坊经开区). The readings come
 * from ICU's transliterator ("Han-Latin; Latin-ASCII"), one character at a
 * time: asked at build time for the common characters (zs-pinyin.c), at
 * run time for the rest. The only use of ICU in the program.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The units of @text as pinyin: each Han character its syllable without
 * tone ("wei"), each run of ASCII letters and digits in lower case; other
 * characters (spaces, punctuation) are left out. Never NULL. */
GPtrArray *zs_pinyin_syllables (const char *text);

/* The search keys of @text: for each syllable, the full pinyin from it on
 * ("weifangjingkai", "fangjingkai", …) and the initials from it on
 * ("wfjk", "fjk", …), at most @max_syllables long, separated by spaces.
 * A query that is the start of one of them names the text. "" when the
 * text has nothing to spell. */
char      *zs_pinyin_keys      (const char *text,
                                guint       max_syllables);

/* TRUE for a character of the Han script (what gets a reading). */
gboolean   zs_pinyin_is_han    (gunichar    c);
G_END_DECLS
