/* zs-bench-vcard.c — how the vCard reader scales with what one file holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/vcard.sh runs it). Reads
 * purpose-made files, one card of 10,000 to 160,000 phone lines (2.7 MB at
 * the end), of 10,000 to 80,000 addresses or categories, and files of
 * 20,000 to 200,000 cards, and prints each time with its ratio to the
 * smallest: linear time doubles the time when the size doubles (a ratio
 * of 16 from 10,000 to 160,000), quadratic time quadruples it (256). Then
 * the import plan of the largest card and file against a fresh database.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zs-core.h"
#include "zs-database.h"
#include "zs-partner-vcard.h"

typedef enum {
  PHONES,
  EMAILS,
  CATEGORIES,
  CARDS,
} Shape;

static char *
make_file (Shape shape,
           guint n)
{
  GString *out = g_string_new (NULL);

  if (shape != CARDS)
    g_string_append (out, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\n");
  if (shape == CATEGORIES)
    g_string_append (out, "CATEGORIES:");
  for (guint i = 0; i < n; i++)
    switch (shape)
      {
      case PHONES:
        g_string_append_printf (out, "TEL:139%08u\r\n", i);
        break;
      case EMAILS:
        g_string_append_printf (out, "EMAIL;TYPE=INTERNET:zhang%u@example.com\r\n", i);
        break;
      case CATEGORIES:
        g_string_append_printf (out, "%s分类%u", i > 0 ? "," : "", i);
        break;
      case CARDS:
      default:
        g_string_append_printf (out, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:联系人%u\r\nTEL;TYPE=CELL:138%08u\r\n"
                                     "ORG:潍坊某某有限公司\r\nEND:VCARD\r\n", i, i);
        break;
      }
  if (shape == CATEGORIES)
    g_string_append (out, "\r\n");
  if (shape != CARDS)
    g_string_append (out, "END:VCARD\r\n");
  return g_string_free (out, FALSE);
}

/* The best of five reads, in milliseconds. */
static double
time_read (const char *text)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < 5; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = zs_vcard_read (text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);

      g_assert_no_error (error);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
    }
  return best;
}

static void
scale (const char  *what,
       Shape        shape,
       const guint *sizes,
       guint        n_sizes)
{
  double first = 0;

  g_print ("%s\n", what);
  for (guint i = 0; i < n_sizes; i++)
    {
      g_autofree char *text = make_file (shape, sizes[i]);
      double ms = time_read (text);

      if (i == 0)
        first = ms;
      g_print ("  %7u  %6.1f MB  %9.1f ms   ×%5.1f for ×%.1f the size\n", sizes[i], strlen (text) / 1e6, ms,
               ms / first, (double) sizes[i] / sizes[0]);
    }
}

static void
time_plan (ZsStore    *store,
           const char *what,
           const char *text)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsVCardImport) import = zs_vcard_import_new (store, text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, &error);
  double plan_ms = (g_get_monotonic_time () - start) / 1000.0;
  double apply_ms;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (zs_vcard_import_apply (import, &error));
  apply_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_print ("  %-44s plan %8.1f ms, import %8.1f ms\n", what, plan_ms, apply_ms);
}

int
main (int   argc,
      char *argv[])
{
  static const guint phones[] = { 10000, 20000, 40000, 80000, 160000 };
  static const guint lists[] = { 10000, 20000, 40000, 80000 };
  static const guint cards[] = { 20000, 50000, 100000, 200000 };
  g_autofree char *dir = g_dir_make_tmp ("zs-bench-vcard-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "C.UTF-8");

  g_print ("Reading vCards (zs_vcard_read, best of 5)\n");
  scale ("one card, phone lines", PHONES, phones, G_N_ELEMENTS (phones));
  scale ("one card, email lines", EMAILS, lists, G_N_ELEMENTS (lists));
  scale ("one card, categories on one line", CATEGORIES, lists, G_N_ELEMENTS (lists));
  scale ("a file of cards", CARDS, cards, G_N_ELEMENTS (cards));

  store = zs_database_open (db, &error);
  g_assert_no_error (error);
  g_print ("Importing into a fresh database (plan, then one transaction)\n");
  {
    g_autofree char *big_card = make_file (PHONES, 160000);
    g_autofree char *many = make_file (CARDS, 50000);

    time_plan (store, "one card of 160,000 phone lines", big_card);
    time_plan (store, "the same card again (nothing new)", big_card);
    time_plan (store, "50,000 cards", many);
    time_plan (store, "the same 50,000 cards again (nothing new)", many);
  }

  g_clear_object (&store);
  g_unlink (db);
  g_rmdir (dir);
  return 0;
}
