/* zs-sheet-collate.h — Chinese names in the order Excel and WPS sort them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * By pinyin, through ICU's zh@collation=pinyin: 安丘市 before 滨海区 before
 * 城关镇, where code points would put 城 (U+57CE) before 安 (U+5B89).
 * The only user of ICU in the program.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ZsSheetCollator ZsSheetCollator;

/* NULL (with a warning) only when ICU has no Chinese data. */
ZsSheetCollator *zs_sheet_collator_new  (void);
void             zs_sheet_collator_free (ZsSheetCollator *self);
/* Appends the sort key of @text (NULL as empty) to @key: keys appended
 * field after field compare, with zs_sheet_collate_keys(), as the fields
 * in pinyin order, first field first. */
void             zs_sheet_collator_add_key (ZsSheetCollator *self,
                                            GByteArray      *key,
                                            const char      *text);
int              zs_sheet_collate_keys  (GByteArray      *a,
                                         GByteArray      *b);
/* @a against @b in pinyin order. */
int              zs_sheet_collate       (ZsSheetCollator *self,
                                         const char      *a,
                                         const char      *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetCollator, zs_sheet_collator_free)

G_END_DECLS
