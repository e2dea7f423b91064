/* zs-attention.h — what needs the bureau's attention, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-query.h"
#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The lists of things that need the bureau's attention. */
typedef enum {
  ZS_ATTENTION_RED_ORANGE,      /* red and orange projects still moving */
  ZS_ATTENTION_STALE_PROJECTS,  /* no stage change for the stale threshold */
  ZS_ATTENTION_OVERDUE_LEADS,
  ZS_ATTENTION_STALE_CARRIERS,  /* not updated this month (月更新) */
  ZS_ATTENTION_QUIET_PARTNERS,  /* not contacted for the bureau's setting (90 days) */
  ZS_ATTENTION_OVERDUE_SUPERVISIONS, /* 督办 items open past their deadline */
  ZS_ATTENTION_N
} ZsAttention;

const char *zs_attention_get_label     (ZsAttention   list);
/* The records of @list on @today, in the order to read them. */
ZsQuery    *zs_attention_query         (ZsStore      *store,
                                        ZsAttention   list,
                                        const char   *today);

/* Why @record is on @list, in a clerk's words ("困难问题：用地指标未落实"). */
char       *zs_attention_describe      (ZsStore      *store,
                                        ZsAttention   list,
                                        ZsRecord     *record,
                                        const char   *today);
/* zs_attention_describe() of each of @records (all on @list), as newly
 * allocated strings in their order: a whole list's, with what they share
 * read once. */
GPtrArray  *zs_attention_describe_all  (ZsStore      *store,
                                        ZsAttention   list,
                                        GPtrArray    *records,
                                        const char   *today,
                                        GError      **error);

G_END_DECLS
