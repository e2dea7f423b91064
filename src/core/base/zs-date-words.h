/* zs-date-words.h — the month words of a text moved with its dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @text with its month words ("10月", "9月份", "10月25日", "10月下旬",
 * "11月底", "2024年10月") moved by @shift_days, as the dates beside them
 * were: the demo is loaded with its dates moved to today, and a note of
 * the day saying "约定10月下旬" must move with it. A month without a year
 * is of @reference's year (an ISO date). 上旬/中旬/下旬 follow the day
 * they land on; 初, 底 and 份 stay. A new string. */
char *zs_date_words_shift (const char *text,
                           const char *reference,
                           int         shift_days);

G_END_DECLS
