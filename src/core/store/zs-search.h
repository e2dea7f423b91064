/* zs-search.h — what a search looks through, whatever the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each searchable record type keeps one search document per record, made
 * here and written by its backend beside the row (SQLite: the `search`
 * column of schema/017-search-any-length.sql, indexed by FTS5's unicode61
 * tokenizer). In the document every Han character is a word of its own,
 * so a one- or two-character query is a phrase of one or two words and
 * needs no scan; the names also carry their pinyin keys (zs-pinyin.h).
 * A backend indexes text; it computes nothing.
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

/* Separates the fields of a document: a word (a private-use character)
 * no query holds, so a phrase never runs from one field into the next. */
#define ZS_SEARCH_FIELD_BREAK "\xee\x80\x80"

/* TRUE when @type has a search document (projects, partners, enterprises,
 * leads, carriers); other types are searched in their title. */
gboolean     zs_search_has_document (GType        type);
/* The fields the document holds, @n of them; NULL for a type without. */
const guint *zs_search_fields       (GType        type,
                                     guint       *n);
/* TRUE when @field of @type is in its search document. */
gboolean     zs_search_field_is_searched (GType  type,
                                          guint  field);
/* The document of @record: its title's full pinyin and initials (first
 * and second word: a ranking looks at them), the pinyin keys of its
 * names, then each field's text in words. NULL for a type without. */
char        *zs_search_document     (ZsRecord    *record);
/* Makes @record's document now, for zs_search_document() to take later
 * if the searched fields are still what they were: an import's reading
 * thread makes them while its writing thread writes the records before.
 * Nothing for a type without a document. */
void         zs_search_prepare_document (ZsRecord *record);
/* @text in words: each Han character and each digit set apart by spaces
 * (so "2号" is found in "12号楼"), the field break taken out. */
char        *zs_search_words        (const char  *text);
/* The terms of a search (split at spaces, the ideographic one too). */
GStrv        zs_search_terms        (const char  *search);
/* TRUE when a term is matched as the start of a word (it ends in a
 * letter that is not Han: "weif", "ACM"); a term ending in a Han
 * character or a digit is matched character by character. */
gboolean     zs_search_term_is_prefix (const char *term);
/* TRUE when a term has anything an index can look up (a letter or digit). */
gboolean     zs_search_term_has_words (const char *term);

G_END_DECLS
