/* zs-format.h — amounts, areas and dates the way a Chinese office reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Amounts are stored in 万元: "8500万元" below 1 亿, "3.40亿元" from 1 亿 up. */
char *zs_format_amount (gint64      wan);
/* Areas in m²: "3200㎡", "54.4万㎡". */
char *zs_format_area   (gint64      square_metres);
/* "2024年8月27日"; "" for NULL. */
char *zs_format_date   (const char *iso);
/* Any field of any record for reading: enum labels, the names of the
 * records a reference points at, amounts and dates as above. "" if unset. */
char *zs_format_field  (ZsStore    *store,
                        ZsRecord   *record,
                        guint       field);

G_END_DECLS
