/* zs-date.h — ISO dates as the store and the exchange format hold them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict "YYYY-MM-DD" with a real calendar day. */
gboolean  zs_date_parse          (const char *iso,
                                  GDate      *date);
gboolean  zs_date_is_valid       (const char *iso);
char     *zs_date_to_iso         (const GDate *date);
char     *zs_date_today          (void);
char     *zs_date_add_days       (const char *iso,
                                  int         days);
/* Days from @from to @to; both must be valid. */
int       zs_date_days_between   (const char *from,
                                  const char *to);
/* Compares two ISO dates; NULL sorts first. */
int       zs_date_compare        (const char *a,
                                  const char *b);
/* "2026-12-01" as the number 20261201, which orders as the dates do;
 * 0 for anything that does not start with YYYY-MM-DD digits. */
gint32    zs_date_number         (const char *iso);
/* The current UTC time as ISO 8601 "YYYY-MM-DDTHH:MM:SSZ". */
char     *zs_timestamp_now       (void);

G_END_DECLS
