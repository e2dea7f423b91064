/* zs-format.h — amounts, areas and dates the way a Chinese office reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Amounts (万元 and 万美元) are kept as whole hundredths: 0.01 万元 is 100
 * yuan, so sums stay exact integers and no binary fraction is stored. */
#define ZS_AMOUNT_SCALE 100

/* @hundredths of 万元 as a sentence reads them: "8500万元", "1500.5万元"
 * below 1 亿, "3.40亿元" from 1 亿 up. */
char *zs_format_amount (gint64      hundredths);
/* The same on a card or a total on screen: "8,500万元", "3.40亿元". */
char *zs_format_amount_grouped (gint64 hundredths);
/* @hundredths of 万元 as a table or a field shows the number, grouped and
 * with only the decimals it has: "1,500.5", "80,000", "-3.25". */
char *zs_format_amount_number (gint64 hundredths);
/* @hundredths of 万美元: "120万美元", "1.20亿美元". */
char *zs_format_dollars (gint64     hundredths);
/* Areas in m²: "3200㎡", "54.4万㎡". */
char *zs_format_area   (gint64      square_metres);
/* "2024年8月27日"; "" for NULL. */
char *zs_format_date   (const char *iso);
/* @value with at most two decimals and no trailing zeros: "54.4", "15". */
char *zs_format_decimal (double      value);

G_END_DECLS
