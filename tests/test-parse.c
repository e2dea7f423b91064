/* test-parse.c — amounts and dates as clerks type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Every form a bureau's documents use is read exactly; anything else is
 * refused with a message saying what is wrong, never read as something else.
 */
#include "config.h"

#include <locale.h>

#include "zs-test-util.h"
#include "zs-uuid.h"

static void
assert_amount (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  if (!zs_parse_amount (text, &value, &error))
    g_error ("“%s” refused: %s", text, error->message);
  g_assert_cmpint (value, ==, expected);
}

static void
assert_amount_refused (const char *text,
                       const char *says)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 0;

  g_assert_false (zs_parse_amount (text, &value, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  /* The message quotes what was typed and says what is wrong. */
  g_assert_nonnull (strstr (error->message, text));
  g_assert_nonnull (strstr (error->message, says));
}

static void
test_amount_forms (void)
{
  /* In 0.01 万元. */
  assert_amount ("1500", 150000);
  assert_amount ("1500.5", 150050);
  assert_amount ("1,500.5", 150050);
  assert_amount ("1，500.５", 150050);
  assert_amount ("１５００", 150000);
  assert_amount ("800万", 80000);
  assert_amount ("800万元", 80000);
  assert_amount ("3亿", 3000000);
  assert_amount ("3亿元", 3000000);
  assert_amount ("1.25亿元", 1250000);
  assert_amount ("1.2345亿", 1234500);
  assert_amount ("0.000001亿", 1);
  assert_amount ("5000元", 50);
  assert_amount (" 12 345 ", 1234500);
  assert_amount ("12,345,678", 1234567800);
  assert_amount ("0.01", 1);
  assert_amount ("-200", -20000);
  assert_amount ("1.50", 150);
  assert_amount ("1.2500亿", 1250000);
  assert_amount ("", 0);
  assert_amount ("   ", 0);
  assert_amount (NULL, 0);
}

static void
test_amount_refused (void)
{
  assert_amount_refused ("abc", "not an amount");
  assert_amount_refused ("12a", "not an amount");
  assert_amount_refused ("万", "not an amount");
  assert_amount_refused ("1.2.3", "not an amount");
  assert_amount_refused ("--5", "not an amount");
  assert_amount_refused (".5", "not an amount");
  assert_amount_refused ("3亿万", "not an amount");
  assert_amount_refused ("1,50", "thousands separator");
  assert_amount_refused ("1,5000", "thousands separator");
  assert_amount_refused (",500", "thousands separator");
  assert_amount_refused ("1500,000", "thousands separator");
  assert_amount_refused ("1500.555", "decimals");
  assert_amount_refused ("1.0000001亿", "decimals");
  assert_amount_refused ("50元", "decimals");
  assert_amount_refused ("99999999999999999999", "too large");
  assert_amount_refused ("1000000000000亿", "too large");
}

static void
test_amount_to_text (void)
{
  g_autofree char *a = zs_amount_to_text (150050);
  g_autofree char *b = zs_amount_to_text (80000);
  g_autofree char *c = zs_amount_to_text (-325);
  g_autofree char *d = zs_amount_to_text (1);
  g_autofree char *e = zs_amount_to_text (0);

  g_assert_cmpstr (a, ==, "1500.5");
  g_assert_cmpstr (b, ==, "800");
  g_assert_cmpstr (c, ==, "-3.25");
  g_assert_cmpstr (d, ==, "0.01");
  g_assert_cmpstr (e, ==, "0");
}

/* The exchange format's and the history's text, read strictly: what
 * version 1 wrote (whole 万元) reads the same. */
static void
test_amount_from_text (void)
{
  static const struct { const char *text; gint64 hundredths; } good[] = {
    { "1500", 150000 }, { "1500.5", 150050 }, { "1500.55", 150055 }, { "-3.25", -325 },
    { "0", 0 }, { "0.01", 1 }, { "1000000000", G_GINT64_CONSTANT (100000000000) },
  };
  static const char * const bad[] = {
    "", "-", ".5", "1.", "1.555", "1,500", "1e3", "+5", " 5", "5 ", "1500万", "99999999999999999999", NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 value = -1;

      g_assert_true (zs_amount_from_text (good[i].text, &value));
      g_assert_cmpint (value, ==, good[i].hundredths);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    {
      gint64 value = 0;

      if (zs_amount_from_text (bad[i], &value))
        g_error ("“%s” read as %" G_GINT64_FORMAT, bad[i], value);
    }
}

/* What a clerk reads: decimals kept below 1 亿, two decimals of 亿 above,
 * tables grouped by thousands (the tests run in English: 万元 is "ten
 * thousand yuan"). */
static void
test_amount_format (void)
{
  static const struct { gint64 hundredths; const char *sentence, *number; } cases[] = {
    { 150050, "1500.5 ten thousand yuan", "1,500.5" },
    { 800000, "8000 ten thousand yuan", "8,000" },
    { 0, "0 ten thousand yuan", "0" },
    { 5, "0.05 ten thousand yuan", "0.05" },
    { 999999, "9999.99 ten thousand yuan", "9,999.99" },
    { 1000000, "1.00 hundred million yuan", "10,000" },
    { 1250000, "1.25 hundred million yuan", "12,500" },
    { 3400000, "3.40 hundred million yuan", "34,000" },
    { 123456789, "123.46 hundred million yuan", "1,234,567.89" },
    { -150050, "-1500.5 ten thousand yuan", "-1,500.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sentence = zs_format_amount (cases[i].hundredths);
      g_autofree char *number = zs_format_amount_number (cases[i].hundredths);

      g_assert_cmpstr (sentence, ==, cases[i].sentence);
      g_assert_cmpstr (number, ==, cases[i].number);
    }
  /* On a card: the 万元 figure grouped, 亿元 as in a sentence. */
  {
    g_autofree char *card = zs_format_amount_grouped (850000);
    g_autofree char *small = zs_format_amount_grouped (15050);
    g_autofree char *large = zs_format_amount_grouped (3400000);
    g_autofree char *negative = zs_format_amount_grouped (-150050);

    g_assert_cmpstr (card, ==, "8,500 ten thousand yuan");
    g_assert_cmpstr (small, ==, "150.5 ten thousand yuan");
    g_assert_cmpstr (large, ==, "3.40 hundred million yuan");
    g_assert_cmpstr (negative, ==, "-1,500.5 ten thousand yuan");
  }
  {
    g_autofree char *small = zs_format_dollars (12050);
    g_autofree char *large = zs_format_dollars (2500000);

    g_assert_cmpstr (small, ==, "120.5 ten thousand US dollars");
    g_assert_cmpstr (large, ==, "2.50 hundred million US dollars");
  }
}

static void
assert_date (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = zs_parse_date (text, "2026-12-06", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (iso, ==, expected);
}

static void
assert_date_refused (const char *text,
                     const char *says)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = zs_parse_date (text, "2026-12-06", &error);

  g_assert_null (iso);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, text));
  g_assert_nonnull (strstr (error->message, says));
}

static void
test_date_forms (void)
{
  assert_date ("2025-05-01", "2025-05-01");
  assert_date ("2025-5-1", "2025-05-01");
  assert_date ("2025/5/1", "2025-05-01");
  assert_date ("2025.5.1", "2025-05-01");
  assert_date ("2025年5月1日", "2025-05-01");
  assert_date ("2025年5月1号", "2025-05-01");
  assert_date ("２０２５年５月１日", "2025-05-01");
  assert_date ("2025 年 5 月 1 日", "2025-05-01");
  assert_date ("20250101", "2025-01-01");
  assert_date ("5月1日", "2026-05-01");
  assert_date ("12/31", "2026-12-31");
  assert_date ("2024-02-29", "2024-02-29");
  assert_date ("1900-01-01", "1900-01-01");
  g_assert_null (zs_parse_date ("", "2026-12-06", NULL));
  g_assert_null (zs_parse_date (NULL, "2026-12-06", NULL));
}

static void
test_date_refused (void)
{
  assert_date_refused ("2025-02-29", "not a day of the calendar");
  assert_date_refused ("2025/13/1", "not a day of the calendar");
  assert_date_refused ("2025年4月31日", "not a day of the calendar");
  assert_date_refused ("20250230", "not a day of the calendar");
  assert_date_refused ("1899-12-31", "not a day of the calendar");
  assert_date_refused ("2月30日", "not a day of the calendar");
  assert_date_refused ("2025/5-1", "not a date");
  assert_date_refused ("明天", "not a date");
  assert_date_refused ("2025", "not a date");
  assert_date_refused ("202511", "not a date");
  assert_date_refused ("25-5-1", "not a date");
}

/* "5月1日" is in the year of the clock's today, not the computer's. */
static void
test_date_year_from_clock (void)
{
  g_autoptr(ZsClock) clock = zs_clock_new ();
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  zs_clock_set_today (clock, "2031-03-15");
  a = zs_parse_date_on_clock ("5月1日", clock, NULL);
  g_assert_cmpstr (a, ==, "2031-05-01");
  zs_clock_set_today (clock, "2019-01-02");
  b = zs_parse_date_on_clock ("2月29日", clock, NULL);
  g_assert_null (b);
}

/* Month words move with the dates beside them: the demo's reference day
 * 2024-10-15 moved 782 days to 2026-12-06. */
static void
test_date_words_shift (void)
{
  const struct {
    const char *text;
    const char *moved;
  } cases[] = {
    { "约定10月下旬陪同企业来潍考察。", "约定12月中旬陪同企业来潍考察。" },
    { "经济区牵头协调，11月底前完成解押。", "经济区牵头协调，1月底前完成解押。" },
    { "8月27日青岛现场签约。", "10月18日青岛现场签约。" },
    { "9月份全市招商引资调度会", "11月份全市招商引资调度会" },
    { "2024年10月", "2026年12月" },
    { "近12个月无变化，3.5亩。", "近12个月无变化，3.5亩。" },
    { "没有月份。", "没有月份。" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *moved = zs_date_words_shift (cases[i].text, "2024-10-15", 782);

      g_assert_cmpstr (moved, ==, cases[i].moved);
    }
  {
    g_autofree char *same = zs_date_words_shift ("10月下旬", "2024-10-15", 0);

    g_assert_cmpstr (same, ==, "10月下旬");
  }
}

/* A UUID's text as its bytes: either case, nothing short or long. */
static void
test_uuid_to_bytes (void)
{
  static const guint8 expected[16] = { 0x6f, 0x1d, 0x3c, 0x52, 0x5d, 0x0e, 0x5b, 0x7a,
                                       0x9c, 0x61, 0x0a, 0x1e, 0x5c, 0x2b, 0x7d, 0x01 };
  guint8 bytes[16];

  g_assert_true (zs_uuid_to_bytes ("6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d01", bytes));
  g_assert_cmpmem (bytes, 16, expected, 16);
  g_assert_true (zs_uuid_to_bytes ("6F1D3C52-5D0E-5B7A-9C61-0A1E5C2B7D01", bytes));
  g_assert_cmpmem (bytes, 16, expected, 16);

  g_assert_false (zs_uuid_to_bytes ("6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d0", bytes));
  g_assert_false (zs_uuid_to_bytes ("6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d011", bytes));
  g_assert_false (zs_uuid_to_bytes ("6f1d3c525d0e-5b7a-9c61-0a1e5c2b7d01x", bytes));
  g_assert_false (zs_uuid_to_bytes ("6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7g01", bytes));
  g_assert_false (zs_uuid_to_bytes ("", bytes));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/parse/amount/forms", test_amount_forms);
  g_test_add_func ("/parse/amount/refused", test_amount_refused);
  g_test_add_func ("/parse/amount/to-text", test_amount_to_text);
  g_test_add_func ("/parse/amount/from-text", test_amount_from_text);
  g_test_add_func ("/parse/amount/format", test_amount_format);
  g_test_add_func ("/parse/date/forms", test_date_forms);
  g_test_add_func ("/parse/date/refused", test_date_refused);
  g_test_add_func ("/parse/date/year-from-clock", test_date_year_from_clock);
  g_test_add_func ("/parse/date/words-shift", test_date_words_shift);
  g_test_add_func ("/parse/uuid/to-bytes", test_uuid_to_bytes);

  return g_test_run ();
}
