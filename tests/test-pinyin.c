/* test-pinyin.c — the pinyin of names: the built-in table and ICU agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-pinyin.h"
#include "zs-pinyin-icu.h"
#include "zs-pinyin-table-range.h"

/* The readings built in at build time are ICU's own, character for
 * character, over the whole table: a generator that wrote a wrong offset,
 * or a table left from another ICU, fails here. */
static void
test_table_agrees_with_icu (void)
{
  UTransliterator *icu = zs_pinyin_icu_open ();
  guint checked = 0, read = 0;

  g_assert_nonnull (icu);
  for (gunichar c = ZS_PINYIN_TABLE_FIRST; c <= ZS_PINYIN_TABLE_LAST; c++)
    {
      char text[8] = { 0 };
      g_autofree char *expected = NULL;
      g_autoptr(GPtrArray) units = NULL;

      if (!zs_pinyin_is_han (c))
        continue;
      g_unichar_to_utf8 (c, text);
      expected = zs_pinyin_icu_reading (icu, c);
      units = zs_pinyin_syllables (text);
      if (*expected == '\0')
        g_assert_cmpuint (units->len, ==, 0);
      else
        {
          g_assert_cmpuint (units->len, ==, 1);
          if (g_strcmp0 (g_ptr_array_index (units, 0), expected) != 0)
            g_error ("U+%04X: the table reads “%s”, ICU “%s”", c, (char *) g_ptr_array_index (units, 0), expected);
          read++;
        }
      checked++;
    }
  utrans_close (icu);
  /* Both blocks whole: 6,592 of Extension A, 20,992 unified. */
  g_assert_cmpuint (checked, >=, 27000);
  g_assert_cmpuint (read, >=, 20000);
}

static char *
joined (const char *text)
{
  g_autoptr(GPtrArray) units = zs_pinyin_syllables (text);

  g_ptr_array_add (units, NULL);
  return g_strjoinv (" ", (char **) units->pdata);
}

/* What a clerk types for a name: its full pinyin or its initials. */
static void
test_names (void)
{
  g_autofree char *weifang = joined ("潍坊经开区");
  g_autofree char *mixed = joined ("山东ABC新材料 2号");
  g_autofree char *keys = zs_pinyin_keys ("潍坊经开区", 8);
  g_autofree char *none = joined ("，。 !?");

  g_assert_cmpstr (weifang, ==, "wei fang jing kai qu");
  g_assert_cmpstr (mixed, ==, "shan dong abc xin cai liao 2 hao");
  g_assert_nonnull (strstr (keys, "weifangjingkaiqu"));
  g_assert_nonnull (strstr (keys, "wfjkq"));
  g_assert_cmpstr (none, ==, "");
}

/* A character beyond the table (Extension B, a compatibility ideograph)
 * is asked of ICU, as before the table, and reads as ICU reads it. */
static void
test_beyond_the_table (void)
{
  static const gunichar rare[] = { 0x20BB7 /* 𠮷 */, 0xF900 /* 豈 */, 0x2A6A5 };
  UTransliterator *icu = zs_pinyin_icu_open ();

  for (guint i = 0; i < G_N_ELEMENTS (rare); i++)
    {
      char text[32] = { 0 };
      char *end;
      g_autofree char *expected = zs_pinyin_icu_reading (icu, rare[i]);
      g_autoptr(GPtrArray) units = NULL;

      g_assert_true (rare[i] < ZS_PINYIN_TABLE_FIRST || rare[i] > ZS_PINYIN_TABLE_LAST);
      /* Between two table characters: 吉 … 祥. */
      end = g_stpcpy (text, "吉");
      end += g_unichar_to_utf8 (rare[i], end);
      g_stpcpy (end, "祥");
      units = zs_pinyin_syllables (text);
      g_assert_cmpstr (g_ptr_array_index (units, 0), ==, "ji");
      g_assert_cmpstr (g_ptr_array_index (units, units->len - 1), ==, "xiang");
      if (zs_pinyin_is_han (rare[i]) && *expected != '\0')
        {
          g_assert_cmpuint (units->len, ==, 3);
          g_assert_cmpstr (g_ptr_array_index (units, 1), ==, expected);
        }
      else
        g_assert_cmpuint (units->len, ==, 2);
    }
  utrans_close (icu);
}

static gpointer
spell_rare (gpointer data)
{
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *s = joined ("潍坊𠮷豈经开区");

      if (!g_str_has_prefix (s, "wei fang") || !g_str_has_suffix (s, "jing kai qu"))
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

/* The import's writer and the window's search spell names at once: the
 * table needs no lock, the transliterator for the rare ones is shared
 * under one. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("spell", spell_rare, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pinyin/table-agrees-with-icu", test_table_agrees_with_icu);
  g_test_add_func ("/pinyin/names", test_names);
  g_test_add_func ("/pinyin/beyond-the-table", test_beyond_the_table);
  g_test_add_func ("/pinyin/threads", test_threads);
  return g_test_run ();
}
