/* test-vcard-import.c — importing vCards into the database (issue 13)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The same file imported twice changes nothing; purpose-made large cards
 * are read whole (the time they take is for benchmarks/vcard.sh, not a
 * test); an import can be stopped, and applied on a second connection.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-partner-vcard.h"

typedef struct {
  ZsStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("vcard-import");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static char *
load_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "vcard", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static gint64
count_partners (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PARTNER);

  return zs_store_count (store, query, NULL);
}

static ZsVCardImport *
plan (ZsStore    *store,
      const char *data,
      gsize       length)
{
  g_autoptr(GError) error = NULL;
  ZsVCardImport *import = zs_vcard_import_new (store, data, length, ZS_PARTNER_NOTABLE_NATIVE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
apply (ZsVCardImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_vcard_import_apply (import, &error));
  g_assert_no_error (error);
}

static const char * const fixture_files[] = {
  "android-2.1.vcf", "android-3.0.vcf", "chinese-phone-gb18030.vcf", "feature-phone-2.1-gb2312.vcf",
  "outlook-2007.vcf", "outlook-2007-resaved-utf8.vcf", "outlook-2003.vcf", "iphone.vcf", "icloud.vcf",
  "google-contacts.vcf", "evolution.vcf", "kde-kaddressbook.vcf", "nextcloud.vcf", "thunderbird.vcf",
  "rfc6350.vcf",
};

/* Each file, imported a second time, changes nothing: not one partner
 * more, not one field filled, not one byte of the database. */
static void
test_same_file_twice (Fixture       *f,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture_files); i++)
    {
      gsize length;
      g_autofree char *text = load_fixture (fixture_files[i], &length);
      g_autoptr(ZsVCardImport) first = plan (f->store, text, length);
      g_autoptr(ZsVCardImport) second = NULL;
      g_autofree char *hash = NULL;
      g_autofree char *after = NULL;
      gint64 before;

      g_test_message ("%s", fixture_files[i]);
      apply (first);
      before = count_partners (f->store);
      hash = zs_test_hash_file (zs_store_get_path (f->store));

      second = plan (f->store, text, length);
      g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_ADD), ==, 0);
      g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_FILL), ==, 0);
      g_assert_cmpuint (zs_vcard_import_get_n_skipped (second), ==, zs_vcard_import_get_n_skipped (first));
      apply (second);
      g_assert_cmpint (count_partners (f->store), ==, before);
      after = zs_test_hash_file (zs_store_get_path (f->store));
      g_assert_cmpstr (after, ==, hash);
    }

  /* And the app's own export of all of them, imported back. */
  {
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
    g_autoptr(GError) error = NULL;
    gint64 before = count_partners (f->store);

    for (ZsVCardVersion version = ZS_VCARD_VERSION_3_0; version <= ZS_VCARD_VERSION_4_0; version++)
      {
        g_autofree char *text = zs_vcard_export (f->store, all, version, NULL, &error);
        g_autoptr(ZsVCardImport) again = NULL;

        g_assert_no_error (error);
        again = plan (f->store, text, strlen (text));
        g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_ADD), ==, 0);
        g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_FILL), ==, 0);
        g_assert_cmpuint (zs_vcard_import_count (again, ZS_VCARD_UNCHANGED), ==, before);
      }
  }
}

/* Numbers shorter than 7 digits and cards with nothing but a name count
 * as the same card the second time. */
static void
test_short_numbers (Fixture       *f,
                    gconstpointer  data)
{
  static const char text[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:中国移动\r\nTEL:10086\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:物业值班\r\nTEL:8123\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:老刘\r\nNOTE:寿光老乡\r\nEND:VCARD\r\n"
    /* Another 物业值班, another number: another partner. */
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:物业值班\r\nTEL:8124\r\nEND:VCARD\r\n";
  g_autoptr(ZsVCardImport) first = plan (f->store, text, strlen (text));
  g_autoptr(ZsVCardImport) second = NULL;

  g_assert_cmpuint (zs_vcard_import_count (first, ZS_VCARD_ADD), ==, 4);
  apply (first);
  second = plan (f->store, text, strlen (text));
  g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_ADD), ==, 0);
  g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_UNCHANGED), ==, 4);
}

/* A card with another program's stable UID comes back to its partner, even
 * renamed on the phone. */
static void
test_foreign_uid (Fixture       *f,
                  gconstpointer  data)
{
  gsize length;
  g_autofree char *text = load_fixture ("evolution.vcf", &length);
  g_autoptr(ZsVCardImport) first = plan (f->store, text, length);
  g_autoptr(ZsVCardImport) second = NULL;
  g_autofree char *renamed = NULL;
  const char *uuid;

  apply (first);
  uuid = zs_record_get_uuid (ZS_RECORD (zs_vcard_import_get_card (first, 1)));
  g_assert_true (g_uuid_string_is_valid (uuid));

  {
    g_autoptr(GString) s = g_string_new (text);

    g_string_replace (s, "FN:郑海涛", "FN:郑海涛（寿光）", 0);
    g_string_replace (s, "X-WECHAT:zht_weifang", "X-WECHAT:zht_new", 0);
    renamed = g_string_free (g_steal_pointer (&s), FALSE);
  }
  second = plan (f->store, renamed, strlen (renamed));
  g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_ADD), ==, 0);
  g_assert_cmpstr (zs_record_get_uuid (ZS_RECORD (zs_vcard_import_get_target (second, 1))), ==, uuid);
  /* Nothing stored is overwritten. */
  g_assert_cmpint (zs_vcard_import_get_outcome (second, 1), ==, ZS_VCARD_UNCHANGED);
}

/* ---- purpose-made files ------------------------------------------------------------- */

static char *
one_card_of (const char *property,
             guint       n,
             gboolean    one_line)
{
  GString *out = g_string_new ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\n");

  if (one_line)
    g_string_append_printf (out, "%s:", property);
  for (guint i = 0; i < n; i++)
    {
      if (one_line)
        g_string_append_printf (out, "%s分类%u", i > 0 ? "," : "", i);
      else if (strcmp (property, "TEL") == 0)
        g_string_append_printf (out, "TEL;TYPE=CELL:139%08u\r\n", i);
      else
        g_string_append_printf (out, "%s:zhang%u@example.com\r\n", property, i);
    }
  if (one_line)
    g_string_append (out, "\r\n");
  g_string_append (out, "END:VCARD\r\n");
  return g_string_free (out, FALSE);
}

/* One card of 160,000 numbers, 80,000 addresses or categories is read
 * whole, and imported; benchmarks/vcard.sh shows it takes linear time. */
static void
test_large_cards (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *phones = one_card_of ("TEL", 160000, FALSE);
  g_autofree char *emails = one_card_of ("EMAIL", 80000, FALSE);
  g_autofree char *categories = one_card_of ("CATEGORIES", 80000, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_auto(GStrv) numbers = NULL;
  g_auto(GStrv) addresses = NULL;

  g_assert_cmpuint (strlen (phones), >, 2500000);
  cards = zs_vcard_read (phones, strlen (phones), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  numbers = zs_vcard_split_list (zs_record_get_string (g_ptr_array_index (cards, 0), ZS_PARTNER_PHONE));
  g_assert_cmpuint (g_strv_length (numbers), ==, 160000);
  g_assert_cmpstr (numbers[159999], ==, "13900159999");
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = zs_vcard_read (emails, strlen (emails), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  addresses = zs_vcard_split_list (zs_record_get_string (g_ptr_array_index (cards, 0), ZS_PARTNER_EMAIL));
  g_assert_cmpuint (g_strv_length (addresses), ==, 80000);
  g_clear_pointer (&cards, g_ptr_array_unref);

  cards = zs_vcard_read (categories, strlen (categories), ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);

  /* Into the database, and the same file again: nothing new. */
  {
    g_autoptr(ZsVCardImport) first = plan (f->store, phones, strlen (phones));
    g_autoptr(ZsVCardImport) second = NULL;

    apply (first);
    second = plan (f->store, phones, strlen (phones));
    g_assert_cmpuint (zs_vcard_import_count (second, ZS_VCARD_UNCHANGED), ==, 1);
  }
}

/* ---- off the main thread ------------------------------------------------------------ */

static void
on_progress (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
on_progress_cancel (double   fraction,
                    gpointer user_data)
{
  if (fraction > 0.2)
    g_cancellable_cancel (user_data);
}

static char *
many_cards (guint n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:联系人%u\r\nTEL:138%08u\r\nEND:VCARD\r\n", i, i);
  return g_string_free (out, FALSE);
}

/* Progress goes from 0 to 1; a cancelled plan or import changes nothing;
 * an import planned and applied on other connections (as the window's
 * worker threads do) is the same import. */
static void
test_progress_cancel_and_connections (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *text = many_cards (20000);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsVCardImport) import = NULL;
  g_autoptr(ZsStore) planner = NULL;
  g_autoptr(ZsStore) writer = NULL;
  g_autofree char *hash = zs_test_hash_file (zs_store_get_path (f->store));
  gint64 before = count_partners (f->store);

  /* Stopped while planning. */
  import = zs_vcard_import_new_full (f->store, text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, cancellable,
                                     on_progress_cancel, cancellable, &error);
  g_assert_null (import);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Planned on one connection, with progress … */
  planner = zs_store_open_secondary (zs_store_get_path (f->store), &error);
  g_assert_no_error (error);
  import = zs_vcard_import_new_full (planner, text, strlen (text), ZS_PARTNER_NOTABLE_NATIVE, NULL,
                                     on_progress, fractions, &error);
  g_assert_no_error (error);
  zs_vcard_import_detach (import);
  g_clear_object (&planner);
  g_assert_cmpuint (fractions->len, >, 10);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  /* … stopped while importing: nothing changed … */
  writer = zs_store_open_secondary (zs_store_get_path (f->store), &error);
  g_assert_no_error (error);
  g_cancellable_reset (cancellable);
  g_assert_false (zs_vcard_import_apply_full (import, writer, cancellable, on_progress_cancel, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  {
    g_autofree char *after = zs_test_hash_file (zs_store_get_path (f->store));

    g_assert_cmpint (count_partners (f->store), ==, before);
    g_assert_cmpstr (after, ==, hash);
  }

  /* … and imported on another. */
  g_assert_true (zs_vcard_import_apply_full (import, writer, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  zs_store_refresh (f->store);
  g_assert_cmpint (count_partners (f->store), ==, before + 20000);
}

/* A plan that fills in a stored partner, applied on another connection,
 * fills that partner and no other. */
static void
test_fill_on_other_connection (Fixture       *f,
                               gconstpointer  data)
{
  static const char text[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:徐熙明\r\nTEL:13901016218\r\nX-WECHAT:xxm_bjwf\r\nEND:VCARD\r\n";
  g_autoptr(ZsPartner) xu = zs_partner_new ();
  g_autoptr(ZsStore) other = NULL;
  g_autoptr(ZsVCardImport) import = NULL;
  g_autoptr(GError) error = NULL;

  zs_record_set_string (ZS_RECORD (xu), ZS_PARTNER_NAME, "徐熙明");
  zs_record_set_string (ZS_RECORD (xu), ZS_PARTNER_PHONE, "+86 139 0101 6218");
  g_assert_true (zs_store_save (f->store, ZS_RECORD (xu), &error));

  other = zs_store_open_secondary (zs_store_get_path (f->store), &error);
  g_assert_no_error (error);
  import = plan (other, text, strlen (text));
  g_assert_cmpint (zs_vcard_import_get_outcome (import, 0), ==, ZS_VCARD_FILL);
  zs_vcard_import_detach (import);
  g_assert_true (zs_vcard_import_apply_full (import, other, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  zs_store_refresh (f->store);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (xu), ZS_PARTNER_WECHAT), ==, "xxm_bjwf");
  g_assert_cmpint (count_partners (f->store), ==, 1);
}

/* The summary the command line prints and the dialog shows. */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  gsize length;
  g_autofree char *text = load_fixture ("android-2.1.vcf", &length);
  g_autoptr(ZsVCardImport) import = plan (f->store, text, length);
  g_autofree char *summary = zs_vcard_import_format (import, "contacts.vcf");

  g_assert_cmpuint (zs_vcard_import_get_n_skipped (import), ==, 1);
  g_assert_true (g_str_has_prefix (summary, "contacts.vcf: 5 cards\n"));
  g_assert_nonnull (strstr (summary, "New partners 4, filled in 0, nothing new 0, skipped 1"));
  g_assert_nonnull (strstr (summary, "  Skipped, line 31: The card has no name"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vcard-import/same-file-twice", test_same_file_twice);
  ADD ("/vcard-import/short-numbers", test_short_numbers);
  ADD ("/vcard-import/foreign-uid", test_foreign_uid);
  ADD ("/vcard-import/large-cards", test_large_cards);
  ADD ("/vcard-import/progress-cancel-connections", test_progress_cancel_and_connections);
  ADD ("/vcard-import/fill-on-other-connection", test_fill_on_other_connection);
  ADD ("/vcard-import/summary", test_summary);
#undef ADD

  return g_test_run ();
}
