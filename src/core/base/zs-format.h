/* zs-format.h — amounts, areas and dates the way a Chinese office reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Amounts are stored in 万元: "8500万元" below 1 亿, "3.40亿元" from 1 亿 up. */
char *zs_format_amount (gint64      wan);
/* Areas in m²: "3200㎡", "54.4万㎡". */
char *zs_format_area   (gint64      square_metres);
/* "2024年8月27日"; "" for NULL. */
char *zs_format_date   (const char *iso);
/* @value with at most two decimals and no trailing zeros: "54.4", "15". */
char *zs_format_decimal (double      value);

G_END_DECLS
