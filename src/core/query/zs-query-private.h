/* zs-query-private.h — what the store reads of a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-query.h"

G_BEGIN_DECLS

typedef struct {
  int        field;   /* -1: the row id */
  ZsQueryOp  op;
  GValue     value;
  GArray    *set;     /* gint64; non-NULL for an "any of" condition */
  ZsQuery   *sub;     /* non-NULL: field is one of sub_field of @sub's records
                       * (op ZS_QUERY_NE: none of them) */
  int        sub_field;
  GPtrArray *any;     /* ZsQuery; non-NULL: one of them matches */
} ZsQueryCondition;

typedef struct {
  int        field;         /* -1: the row id */
  gboolean   descending;
  gboolean   by_reference;  /* @field refers to a record: order by its @ref_field */
  guint      ref_field;
  GArray    *earliest;      /* guint; non-NULL: the earliest of these fields… */
  GPtrArray *when;          /* ZsQuery: …each where its query's conditions hold */
} ZsQueryOrder;

struct _ZsQuery
{
  gatomicrefcount  ref_count;
  GType            record_type;
  GArray          *conditions;  /* ZsQueryCondition */
  char            *search;
  GArray          *orders;      /* ZsQueryOrder, most significant first */
  guint            limit;
};

G_END_DECLS
