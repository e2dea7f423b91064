/* zs-parse.h — amounts and dates as clerks type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

#include "zs-clock.h"

G_BEGIN_DECLS

/* An amount as typed: "1500.5", "1,500.5", "１５００" (full width), "800万",
 * "3亿", "3亿元", "1.25亿元", "5000元". Sets @hundredths to the amount in
 * 0.01 万元 (100 yuan); blank text is 0. FALSE with a ZS_ERROR_INVALID
 * message a clerk can act on (what is wrong with the text) otherwise. */
gboolean  zs_parse_amount        (const char  *text,
                                  gint64      *hundredths,
                                  GError     **error);
/* @hundredths of 万元 as the exchange format and the history keep it:
 * "1500.5", "800", "-3.25". */
char     *zs_amount_to_text      (gint64       hundredths);
/* The same into @buffer of ZS_AMOUNT_TEXT_SIZE bytes, which it returns. */
#define ZS_AMOUNT_TEXT_SIZE 32
const char *zs_amount_to_text_in (gint64      hundredths,
                                  char       *buffer);
/* The reverse, strictly: an optional "-", digits, and at most two decimals
 * ("1500", "1500.55"); FALSE for anything else. Whole 万元 written before
 * amounts had decimals read the same. */
gboolean  zs_amount_from_text    (const char  *text,
                                  gint64      *hundredths);

/* A day as typed: "2025-05-01", "2025/5/1", "2025.5.1", "2025年5月1日",
 * "20250101", and "5月1日" or "5/1" in the year of @today (ISO). Returns
 * "YYYY-MM-DD", NULL for blank text (no error), or NULL with a
 * ZS_ERROR_INVALID message. */
char     *zs_parse_date          (const char  *text,
                                  const char  *today,
                                  GError     **error);
/* The same with the year of @clock's today (the system's today when NULL). */
char     *zs_parse_date_on_clock (const char  *text,
                                  ZsClock     *clock,
                                  GError     **error);

G_END_DECLS
