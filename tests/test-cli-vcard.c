/* test-cli-vcard.c — vCards through the built program's command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Runs the real `zhaoshang` binary (ZHAOSHANG_BINARY) with no display, as a
 * script would: --import FILE.vcf [--dry-run], --export FILE.vcf
 * [--vcard-version], their summaries and exit status.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zs-test-cli.h"
#include "zs-test-util.h"
#include "zs-database.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "vcard", name, NULL);
}

static gint64
count_partners (const char *db)
{
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PARTNER);

  g_assert_nonnull (store);
  return zs_store_count (store, query, NULL);
}

/* A phone's export: a dry run says what would happen and changes nothing,
 * the import adds the cards but the one without a name, which it lists;
 * the same file again adds nothing. */
static void
test_import (void)
{
  g_autofree char *db = work_path ("import.db");
  g_autofree char *android = fixture_path ("android-2.1.vcf");
  g_autofree char *gb18030 = fixture_path ("chinese-phone-gb18030.vcf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) seed = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) legacy = { 0 };

  /* A database to import into, with nothing in it yet. */
  run_zhaoshang (&seed, "--db", db, "--import", gb18030, "--dry-run", NULL);
  g_assert_cmpint (seed.status, ==, 0);
  before = zs_test_hash_file (db);

  run_zhaoshang (&dry, "--db", db, "--import", android, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "android-2.1.vcf: 5 cards");
  assert_contains (dry.out, "New partners 4, filled in 0, nothing new 0, skipped 1");
  assert_contains (dry.out, "Skipped, line 31: The card has no name");
  assert_contains (dry.out, "Dry run: nothing was changed.");
  assert_contains (dry.err, "1 card cannot be imported");
  after = zs_test_hash_file (db);
  g_assert_cmpstr (after, ==, before);

  run_zhaoshang (&import, "--db", db, "--import", android, NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "Imported into");
  g_assert_cmpint (count_partners (db), ==, 4);

  run_zhaoshang (&again, "--db", db, "--import", android, NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "New partners 0, filled in 0, nothing new 4, skipped 1");
  g_assert_cmpint (count_partners (db), ==, 4);

  /* A whole file in GB18030, whatever its name: read by its content. */
  {
    g_autofree char *renamed = work_path ("contacts.txt");
    g_autofree char *data = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (gb18030, &data, &length, NULL));
    g_assert_true (g_file_set_contents (renamed, data, length, NULL));
    run_zhaoshang (&legacy, "--db", db, "--import", renamed, NULL);
  }
  g_assert_cmpint (legacy.status, ==, 0);
  assert_contains (legacy.out, "New partners 3");
  g_assert_cmpint (count_partners (db), ==, 7);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PARTNER);
    g_autoptr(GArray) ids = NULL;

    zs_query_add_string (query, ZS_PARTNER_NAME, ZS_QUERY_EQ, "欧阳文博");
    ids = zs_store_query (store, query, NULL);
    g_assert_cmpuint (ids->len, ==, 1);
  }
}

/* A file with no card that can be imported is refused (1), and a file of
 * no cards at all too; nothing changes. */
static void
test_import_refused (void)
{
  g_autofree char *db = work_path ("refused.db");
  g_autofree char *only_number = work_path ("only-number.vcf");
  g_autofree char *demo = work_path ("demo.vcf");
  g_autofree char *hash = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) first = { 0 };
  g_auto(Run) refused = { 0 };

  run_zhaoshang (&first, "--db", db, "--demo", "--export", demo, NULL);
  g_assert_cmpint (first.status, ==, 0);
  hash = zs_test_hash_file (db);

  g_assert_true (g_file_set_contents (only_number, "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL:13800000000\r\nEND:VCARD\r\n",
                                      -1, NULL));
  run_zhaoshang (&refused, "--db", db, "--import", only_number, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  assert_contains (refused.out, "Skipped, line 1: The card has no name");
  assert_contains (refused.err, "would be refused");
  after = zs_test_hash_file (db);
  g_assert_cmpstr (after, ==, hash);
}

/* The partners as a vCard file, 3.0 by default or 4.0, found by the name
 * or by --vcard-version; read back, they are the same partners. */
static void
test_export (void)
{
  g_autofree char *db = work_path ("export.db");
  g_autofree char *v3 = work_path ("partners.vcf");
  g_autofree char *v4 = work_path ("partners-4.txt");
  g_autofree char *text = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) export4 = { 0 };
  g_auto(Run) back = { 0 };

  run_zhaoshang (&export, "--db", db, "--demo", "--export", v3, NULL);
  g_assert_cmpint (export.status, ==, 0);
  assert_contains (export.out, "partners to");
  assert_contains (export.out, "as vCard 3.0");
  g_assert_true (g_file_get_contents (v3, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:3.0\r\n"));
  assert_contains (text, "FN:徐熙明\r\n");
  g_clear_pointer (&text, g_free);

  run_zhaoshang (&export4, "--db", db, "--export", v4, "--vcard-version", "4.0", NULL);
  g_assert_cmpint (export4.status, ==, 0);
  g_assert_true (g_file_get_contents (v4, &text, NULL, NULL));
  assert_contains (text, "VERSION:4.0\r\n");

  run_zhaoshang (&back, "--db", db, "--import", v4, "--dry-run", NULL);
  g_assert_cmpint (back.status, ==, 0);
  assert_contains (back.out, "New partners 0, filled in 0");
}

/* As the exchange export: a symbolic link is followed and stays, a FIFO
 * is written into, a folder is refused and left as it was. */
static void
test_export_not_regular (void)
{
  g_autofree char *db = work_path ("not-regular.db");
  g_autofree char *real = work_path ("real.vcf");
  g_autofree char *link = work_path ("link.vcf");
  g_autofree char *fifo = work_path ("pipe.vcf");
  g_autofree char *folder = work_path ("folder.vcf");
  g_autofree char *text = NULL;
  g_autoptr(GString) piped = g_string_new (NULL);
  g_auto(Run) to_link = { 0 };
  g_auto(Run) to_fifo = { 0 };
  g_auto(Run) to_folder = { 0 };
  g_autoptr(GDir) listing = NULL;
  GThread *reader;

  g_assert_true (g_file_set_contents (real, "旧的", -1, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);
  run_zhaoshang (&to_link, "--db", db, "--demo", "--export", link, NULL);
  g_assert_cmpint (to_link.status, ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\n"));

  reader = zs_test_read_fifo (fifo, piped);
  run_zhaoshang (&to_fifo, "--db", db, "--export", fifo, NULL);
  g_thread_join (reader);
  g_assert_cmpint (to_fifo.status, ==, 0);
  g_assert_cmpstr (piped->str, ==, text);
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS) && !g_file_test (fifo, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  run_zhaoshang (&to_folder, "--db", db, "--export", folder, "--vcard-version", "3.0", NULL);
  g_assert_cmpint (to_folder.status, ==, 1);
  assert_contains (to_folder.err, folder);
  assert_contains (to_folder.err, "it is a folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  listing = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

/* Wrong arguments: exit status 2 and the option named. */
static void
test_bad_arguments (void)
{
  g_autofree char *db = work_path ("bad.db");
  g_autofree char *vcf = work_path ("out.vcf");
  g_autofree char *android = fixture_path ("android-2.1.vcf");
  static const char * const messages[] = {
    "“5.0” is not 3.0 or 4.0",
    "--vcard-version goes with --export FILE.vcf",
    "--catalogue is for exchange files",
    "--unit chooses projects",
    "--vcard-version goes with --export FILE.vcf",
  };
  Run runs[G_N_ELEMENTS (messages)] = { { 0 } };

  run_zhaoshang (&runs[0], "--db", db, "--export", vcf, "--vcard-version", "5.0", NULL);
  run_zhaoshang (&runs[1], "--db", db, "--import", android, "--vcard-version", "4.0", NULL);
  run_zhaoshang (&runs[2], "--db", db, "--import", android, "--catalogue", NULL);
  run_zhaoshang (&runs[3], "--db", db, "--export", vcf, "--unit", "招商一科", NULL);
  run_zhaoshang (&runs[4], "--db", db, "--vcard-version", "3.0", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (messages); i++)
    {
      g_assert_cmpint (runs[i].status, ==, 2);
      assert_contains (runs[i].err, messages[i]);
      run_clear (&runs[i]);
    }
  g_assert_false (g_file_test (vcf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-vcard/import", test_import);
  g_test_add_func ("/cli-vcard/import-refused", test_import_refused);
  g_test_add_func ("/cli-vcard/export", test_export);
  g_test_add_func ("/cli-vcard/export-not-regular", test_export_not_regular);
  g_test_add_func ("/cli-vcard/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
