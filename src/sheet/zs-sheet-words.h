/* zs-sheet-words.h — the words of bureaus' sheets, from data/sheet-columns.ini
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text without spaces (ASCII, full-width, line breaks), full-width letters
 * and digits as ASCII (NFKC), case folded: how names are compared. */
char       *zs_sheet_normalize          (const char  *text);

/* The header @text split into its name (normalized) and the unit in brackets
 * at its end ("计划总投资（万元）" → "计划总投资", "万元"); @unit NULL when
 * there is none. */
char       *zs_sheet_split_header       (const char  *text,
                                         char       **unit);

/* The field key ("planned-investment") of the normalized column name @name
 * in @table ("projects"), "ignore" for a column that numbers rows, or NULL. */
const char *zs_sheet_words_column       (const char  *table,
                                         const char  *name);
/* The tables the file knows, NULL-terminated. */
const char * const *zs_sheet_words_tables (void);
/* TRUE when the normalized @text starts a sum row (合计). */
gboolean    zs_sheet_words_is_total     (const char  *text);
/* The factor from the normalized money @unit to 万元, or 0 when unknown. */
double      zs_sheet_words_money_factor (const char  *unit);
/* The key in [@section] ("stage", "grade", "boolean") whose list holds the
 * normalized @text, or NULL. */
const char *zs_sheet_words_lookup       (const char  *section,
                                         const char  *text);

/* The first name of @key in [@table]: what an export writes as its header. */
const char *zs_sheet_words_first_name   (const char  *table,
                                         const char  *key);

/* The keys of [@section] in the file's order, NULL-terminated. */
const char * const *zs_sheet_words_keys (const char *section);

G_END_DECLS
