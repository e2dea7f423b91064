/* zs-report-private.h — the report's two parts, for zs-report-async.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-report.h"

G_BEGIN_DECLS

gboolean  zs_report_check_period (const char    *first,
                                  const char    *last,
                                  const char    *today,
                                  GError       **error);
/* An empty report of the period, to be counted. */
ZsReport *zs_report_start        (const char    *first,
                                  const char    *last,
                                  const char    *today);
/* The period's and the year's figures, the targets, the stages, and the
 * tables' order; in a read transaction the caller holds. */
gboolean  zs_report_count_first  (ZsReport      *self,
                                  ZsStore       *store,
                                  GCancellable  *cancellable,
                                  GError       **error);
/* 同比, the months, the attention counts and 督办, after the first part. */
gboolean  zs_report_count_rest   (ZsReport      *self,
                                  ZsStore       *store,
                                  GCancellable  *cancellable,
                                  GError       **error);
/* A copy of @first to count the rest in; @first keeps only what it shows
 * and may be handed to another thread. */
ZsReport *zs_report_take_rest    (ZsReport      *first);

G_END_DECLS
