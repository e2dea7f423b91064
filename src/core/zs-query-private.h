/* zs-query-private.h — what the store reads of a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-query.h"

G_BEGIN_DECLS

/* A condition's field that stands for the row id. */
#define ZS_QUERY_FIELD_ID G_MAXUINT

typedef struct {
  guint      field;
  ZsQueryOp  op;
  GValue     value;
  GArray    *set;       /* gint64; non-NULL for an "any of" condition */
  ZsQuery   *subquery;  /* non-NULL for an "among the values of" condition */
  guint      sub_field;
} ZsQueryCondition;

struct _ZsQuery
{
  gatomicrefcount  ref_count;
  GType            record_type;
  GArray          *conditions;  /* ZsQueryCondition */
  char            *search;
  int              order_field;
  gboolean         descending;
  guint            limit;
};

G_END_DECLS
