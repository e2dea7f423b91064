/* zs-date-words.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each month word stands for a day (上旬 the 5th, 中旬 the 15th, 下旬 the
 * 25th, 初 the 2nd, 底 three days before the end, a bare month its 15th);
 * that day is moved and the words are written again from where it lands.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "zs-date-words.h"

/* An optional year, a month not preceded by a digit, then a day or a part
 * of the month. */
#define MONTH_WORDS "(?<![0-9])(?:(20[0-9]{2})年)?(1[0-2]|[1-9])月(?:(3[01]|[12][0-9]|[1-9])日|(上旬|中旬|下旬|初|底|份))?"

typedef struct {
  int reference_year;
  int shift_days;
} Shift;

static guint8
anchor_day (const char *part,
            guint       days_in_month)
{
  if (g_str_equal (part, "上旬"))
    return 5;
  if (g_str_equal (part, "中旬"))
    return 15;
  if (g_str_equal (part, "下旬"))
    return 25;
  if (g_str_equal (part, "初"))
    return 2;
  if (g_str_equal (part, "底"))
    return days_in_month - 2;
  return 15;
}

static gboolean
replace_words (const GMatchInfo *match,
               GString          *out,
               gpointer          user_data)
{
  const Shift *shift = user_data;
  g_autofree char *year_text = g_match_info_fetch (match, 1);
  g_autofree char *month_text = g_match_info_fetch (match, 2);
  g_autofree char *day_text = g_match_info_fetch (match, 3);
  g_autofree char *part = g_match_info_fetch (match, 4);
  int year = year_text != NULL && *year_text != '\0' ? atoi (year_text) : shift->reference_year;
  int month = atoi (month_text);
  guint8 days = g_date_get_days_in_month (month, year);
  int day = day_text != NULL && *day_text != '\0' ? atoi (day_text) : anchor_day (part != NULL ? part : "", days);
  GDate date;

  g_date_set_dmy (&date, MIN (day, days), month, year);
  if (shift->shift_days >= 0)
    g_date_add_days (&date, shift->shift_days);
  else
    g_date_subtract_days (&date, -shift->shift_days);
  day = g_date_get_day (&date);

  if (year_text != NULL && *year_text != '\0')
    g_string_append_printf (out, "%d年", g_date_get_year (&date));
  g_string_append_printf (out, "%d月", g_date_get_month (&date));
  if (day_text != NULL && *day_text != '\0')
    g_string_append_printf (out, "%d日", day);
  else if (part != NULL && g_str_has_suffix (part, "旬"))
    g_string_append (out, day <= 10 ? "上旬" : day <= 20 ? "中旬" : "下旬");
  else if (part != NULL)
    g_string_append (out, part);
  return FALSE;
}

char *
zs_date_words_shift (const char *text,
                     const char *reference,
                     int         shift_days)
{
  static gsize words_once = 0;
  static GRegex *words;
  Shift shift = { 0, shift_days };

  g_return_val_if_fail (reference != NULL && strlen (reference) >= 4, g_strdup (text));

  if (text == NULL || shift_days == 0 || strstr (text, "月") == NULL)
    return g_strdup (text);
  if (g_once_init_enter (&words_once))
    {
      words = g_regex_new (MONTH_WORDS, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&words_once, 1);
    }
  shift.reference_year = atoi (reference);
  return g_regex_replace_eval (words, text, -1, 0, 0, replace_words, &shift, NULL);
}
