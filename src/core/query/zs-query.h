/* zs-query.h — which records of one type a list shows, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A query names fields and values; the store turns it into SQL with bound
 * parameters, so no caller ever writes SQL.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ZS_QUERY_EQ,
  ZS_QUERY_NE,
  ZS_QUERY_LT,
  ZS_QUERY_LE,
  ZS_QUERY_GT,
  ZS_QUERY_GE,
  ZS_QUERY_IS_SET,    /* value ignored: not NULL (and for refs, not 0) */
  ZS_QUERY_IS_UNSET,
  ZS_QUERY_CONTAINS,  /* text fields: holds the value as a substring (ASCII case ignored) */
  ZS_QUERY_HAS_IN_ORDER, /* text fields: holds the value's characters in order,
                          * anything between them (ASCII case ignored) */
} ZsQueryOp;

typedef struct _ZsQuery ZsQuery;

#define ZS_TYPE_QUERY (zs_query_get_type ())
GType     zs_query_get_type     (void) G_GNUC_CONST;

ZsQuery  *zs_query_new          (GType         record_type);
ZsQuery  *zs_query_ref          (ZsQuery      *self);
void      zs_query_unref        (ZsQuery      *self);
ZsQuery  *zs_query_copy         (ZsQuery      *self);

GType     zs_query_get_record_type (ZsQuery   *self);

void      zs_query_add_value    (ZsQuery      *self,
                                 guint         field,
                                 ZsQueryOp     op,
                                 const GValue *value);
void      zs_query_add_int      (ZsQuery      *self,
                                 guint         field,
                                 ZsQueryOp     op,
                                 gint64        value);
void      zs_query_add_string   (ZsQuery      *self,
                                 guint         field,
                                 ZsQueryOp     op,
                                 const char   *value);
/* Keeps records whose field equals any of @values; an empty set keeps none. */
void      zs_query_add_int_set  (ZsQuery      *self,
                                 guint         field,
                                 const gint64 *values,
                                 guint         n_values);
/* Keeps records whose @field (-1 for the row id) equals @sub_field of some
 * record matching @sub: "projects with a stage event in March" is
 * zs_query_add_subquery (projects, -1, events_in_march, ZS_STAGE_EVENT_PROJECT_ID). */
void      zs_query_add_subquery (ZsQuery      *self,
                                 int           field,
                                 ZsQuery      *sub,
                                 guint         sub_field);
/* The opposite: keeps records whose @field (-1 for the row id) equals
 * @sub_field of no record matching @sub ("partners with no contact since
 * June"); records of @sub whose @sub_field is unset do not count. */
void      zs_query_add_not_in_subquery (ZsQuery *self,
                                        int      field,
                                        ZsQuery *sub,
                                        guint    sub_field);
/* Keeps records that match at least one of @alternatives: queries of the
 * same record type whose conditions (not their search, order or limit)
 * apply to the same record. "Respond overdue, or assess overdue, or …". */
void      zs_query_add_any_of   (ZsQuery      *self,
                                 ZsQuery     **alternatives,
                                 guint         n_alternatives);
/* Search over the type's searchable text; NULL or "" clears it. Terms are
 * split at spaces (the ideographic one too) and all must match. Chinese
 * characters and digits match anywhere, at any length (潍, 潍坊, 2号 in
 * 12号楼); a term ending in Latin letters matches the start of a word, or
 * the full pinyin or initials of a name from any of its syllables on
 * (weifang, wfjk, fang for 潍坊经开区: zs-search.h says which fields).
 * With a search, records whose title (or its pinyin) starts with the
 * first term come before the others, then the query's order. */
void      zs_query_set_search   (ZsQuery      *self,
                                 const char   *text);
const char *zs_query_get_search (ZsQuery      *self);
/* @field -1 orders by id (creation order). Ties are always broken by id. */
void      zs_query_set_order    (ZsQuery      *self,
                                 int           field,
                                 gboolean      descending);
/* A further order key, after those set before. */
void      zs_query_add_order    (ZsQuery      *self,
                                 int           field,
                                 gboolean      descending);
/* Orders by @ref_field of the record that the reference @field points to
 * (a partner's name, a unit's place in the bureau's order); records that
 * point to none come last, either way. */
void      zs_query_set_order_by_reference (ZsQuery  *self,
                                           guint     field,
                                           guint     ref_field,
                                           gboolean  descending);
/* Orders by the earliest of the date @fields, each counted only where the
 * conditions of its @when query (same record type) hold; records where
 * none counts come last, either way. */
void      zs_query_set_order_by_earliest (ZsQuery      *self,
                                          const guint  *fields,
                                          ZsQuery     **when,
                                          guint         n,
                                          gboolean      descending);
void      zs_query_set_limit    (ZsQuery      *self,
                                 guint         limit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsQuery, zs_query_unref)

G_END_DECLS
