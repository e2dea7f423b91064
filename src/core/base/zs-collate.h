/* zs-collate.h — names in pinyin order, as Excel and WPS sort Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * ICU's collation for "zh" (its default is pinyin): 阿 (a) before 北 (bei)
 * before 城 (cheng) before 张 (zhang), where code points put 阿 (U+963F)
 * last. The same collation PostgreSQL calls "zh-x-icu", so the SQLite
 * backend registers this comparison as ZS_COLLATE_PINYIN and both engines
 * order a list of names alike.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The name the SQLite backend gives the collation (ORDER BY x COLLATE …). */
#define ZS_COLLATE_PINYIN "zs_pinyin"

/* @a against @b (UTF-8 of the given byte lengths, -1 for NUL-terminated)
 * in pinyin order: negative, 0 or positive. Safe from any thread. Without
 * ICU's Chinese data it compares bytes. */
int zs_collate_pinyin (const char *a,
                       gssize      a_length,
                       const char *b,
                       gssize      b_length);

G_END_DECLS
