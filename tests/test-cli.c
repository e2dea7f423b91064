/* test-cli.c — the headless commands of the built program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Runs the real `zhaoshang` binary (its path comes in ZHAOSHANG_BINARY)
 * with no display, as a script on a server would, and checks exit status
 * and messages.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zs-test-util.h"
#include "zs-database.h"

#include "zs-test-cli.h"

static gint64
count_projects (const char *db)
{
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  g_assert_nonnull (store);
  return zs_store_count (store, query, NULL);
}

/* --check runs the full check, which finds a broken index that the
 * quick check of every other command misses. */
static void
test_check_finds_broken_index (void)
{
  g_autofree char *db = work_path ("to-check.db");
  g_autofree char *uuid = NULL;
  g_autofree char *out = work_path ("damaged-export.xml");
  g_auto(Run) healthy = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) damaged = { 0 };

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZsStore) store = zs_store_open (db, &error);
    g_autoptr(ZsProject) project = NULL;

    g_assert_no_error (error);
    project = zs_test_new_project (store, "待检查的项目", "某公司", ZS_STAGE_LEAD);
    uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  }
  run_zhaoshang (&healthy, "--db", db, "--check", NULL);
  g_assert_cmpint (healthy.status, ==, 0);

  zs_test_break_uuid_index (db, uuid);
  /* Opening checks only the pages: an export goes on. */
  run_zhaoshang (&export, "--db", db, "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  run_zhaoshang (&damaged, "--db", db, "--check", NULL);
  g_assert_cmpint (damaged.status, ==, 1);
  g_assert_nonnull (strstr (damaged.err, "an index no longer agrees"));
}

/* An export opens without the quick check (it reads every row anyway):
 * a damaged page of the projects table still stops it, with the reason,
 * and leaves no file. */
static void
test_export_damaged_page (void)
{
  g_autofree char *db = work_path ("damaged-page.db");
  g_autofree char *out = work_path ("damaged-page.xml");
  g_autofree char *contents = NULL;
  const char *name = "页面受损的待导出项目";
  gsize length, page_size, n_damaged = 0;
  g_auto(Run) healthy = { 0 };
  g_auto(Run) export = { 0 };

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZsStore) store = zs_store_open (db, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 50; i++)
      {
        g_autoptr(ZsProject) project = zs_test_new_project (store, name, "某公司", ZS_STAGE_LEAD);
      }
  }
  run_zhaoshang (&healthy, "--db", db, "--export", out, NULL);
  g_assert_cmpint (healthy.status, ==, 0);
  g_assert_cmpint (g_remove (out), ==, 0);

  /* Every page that holds the name gets a page type no B-tree has. */
  g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
  page_size = ((guchar) contents[16] << 8 | (guchar) contents[17]);
  for (gsize at = 0; at + strlen (name) <= length; at++)
    {
      gsize page = at / page_size;

      if (page == 0 || memcmp (contents + at, name, strlen (name)) != 0)
        continue;
      contents[page * page_size] = 0x7f;
      n_damaged++;
    }
  g_assert_cmpuint (n_damaged, >, 0);
  g_assert_true (g_file_set_contents (db, contents, (gssize) length, NULL));

  run_zhaoshang (&export, "--db", db, "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 1);
  g_assert_nonnull (strstr (export.err, "damaged"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_export_dry_run_import (void)
{
  g_autofree char *source = work_path ("source.db");
  g_autofree char *target = work_path ("target.db");
  g_autofree char *out = work_path ("all.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };

  run_zhaoshang (&export, "--db", source, "--demo", "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  assert_contains (export.out, "records to");
  assert_contains (export.out, "the whole database");
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A dry run prints what would happen and changes nothing. */
  run_zhaoshang (&dry, "--db", target, "--import", out, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "Added");
  assert_contains (dry.out, "project: Added 50");
  assert_contains (dry.out, "Dry run: nothing was changed.");
  g_assert_cmpint (count_projects (target), ==, 0);
  before = zs_test_hash_file (target);

  run_zhaoshang (&import, "--db", target, "--import", out, NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "Imported into");
  g_assert_cmpint (count_projects (target), ==, count_projects (source));
  after = zs_test_hash_file (target);
  g_assert_cmpstr (before, !=, after);

  /* Once more: everything unchanged. */
  run_zhaoshang (&again, "--db", target, "--import", out, "--dry-run", NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "Added 0, Updated 0");
}

static void
test_export_filters (void)
{
  g_autofree char *db = work_path ("filters.db");
  g_autofree char *out = work_path ("unit.xml");
  g_autofree char *text = NULL;
  g_auto(Run) unit = { 0 };
  g_auto(Run) period = { 0 };
  g_auto(Run) unknown = { 0 };

  run_zhaoshang (&unit, "--db", db, "--demo", "--export", out, "--unit", "潍坊经济开发区", NULL);
  g_assert_cmpint (unit.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_contains (text, "filter=\"projects of the unit “潍坊经济开发区”\"");

  run_zhaoshang (&period, "--db", db, "--export", out, "--chain", "高端化工",
                 "--from", "2000-01-01", "--to", "2099-12-31", "--event", "started", NULL);
  g_assert_cmpint (period.status, ==, 0);
  assert_contains (period.out, "reached “Started” from 2000-01-01 to 2099-12-31");

  /* A unit that is not there: the message lists the ones that are. */
  run_zhaoshang (&unknown, "--db", db, "--export", out, "--unit", "火星招商局", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "--unit: there is no “火星招商局”");
  assert_contains (unknown.err, "潍坊经济开发区");
}

static void
test_bad_arguments (void)
{
  g_autofree char *db = work_path ("args.db");
  g_autofree char *out = work_path ("args.xml");
  static const struct {
    const char *args[8];
    const char *message;
  } cases[] = {
    { { "--export", "a.xml", "--import", "b.xml" }, "give only one of them" },
    { { "--import", "b.xml", "--unit", "商务局" }, "--unit chooses what to export" },
    { { "--dry-run" }, "--dry-run goes with --import" },
    { { "--export", "OUT", "--from", "2024-10-01" }, "--from and --to go together" },
    { { "--export", "OUT", "--from", "2024-13-01", "--to", "2024-12-31" }, "--from: “2024-13-01” is not a date" },
    { { "--export", "OUT", "--from", "2024-12-01", "--to", "2024-11-30" }, "is after --to" },
    { { "--export", "OUT", "--from", "2024-10-01", "--to", "2024-10-31", "--event", "won" }, "--event: “won” is not one of" },
    { { "--export", "OUT", "--event", "signed" }, "--event needs a period" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      const char *a[8];

      for (guint j = 0; j < 8; j++)
        a[j] = g_strcmp0 (cases[i].args[j], "OUT") == 0 ? out : cases[i].args[j];
      run_zhaoshang (&run, "--db", db, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], NULL);
      g_assert_cmpint (run.status, ==, 2);
      assert_contains (run.err, cases[i].message);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
}

static void
test_import_refused (void)
{
  g_autofree char *db = work_path ("refused.db");
  g_autofree char *bad = corpus_path ("bad/dangling-reference.xml");
  g_autofree char *truncated = corpus_path ("bad/truncated.xml");
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) create = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) cut = { 0 };

  run_zhaoshang (&create, "--db", db, "--import", town, NULL);
  g_assert_cmpint (create.status, ==, 0);
  before = zs_test_hash_file (db);

  run_zhaoshang (&import, "--db", db, "--import", bad, NULL);
  g_assert_cmpint (import.status, ==, 1);
  assert_contains (import.err, "dangling-reference.xml, line 8:");
  assert_contains (import.err, "neither in this file nor in the database");
  assert_contains (import.err, "Nothing was imported.");

  run_zhaoshang (&dry, "--db", db, "--import", bad, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 1);
  assert_contains (dry.out, "Refused, line 8:");
  assert_contains (dry.err, "would be refused");

  run_zhaoshang (&cut, "--db", db, "--import", truncated, NULL);
  g_assert_cmpint (cut.status, ==, 1);
  assert_contains (cut.err, "truncated.xml, line 12: the file ends in the middle of an element");

  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

/* A refused file on a day with no backup yet: the import reads the file
 * once, after the daily copy was made, and that copy is noted in the
 * database only with an import that is kept, so the database is left
 * byte for byte as it was. */
static void
test_import_refused_before_first_backup (void)
{
  g_autofree char *db = work_path ("refused-first.db");
  g_autofree char *out = work_path ("refused-first.xml");
  g_autofree char *bad = corpus_path ("bad/dangling-reference.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) create = { 0 };
  g_auto(Run) import = { 0 };

  run_zhaoshang (&create, "--db", db, "--export", out, NULL);
  g_assert_cmpint (create.status, ==, 0);
  before = zs_test_hash_file (db);

  run_zhaoshang (&import, "--db", db, "--import", bad, NULL);
  g_assert_cmpint (import.status, ==, 1);
  assert_contains (import.err, "Nothing was imported.");
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_validate (void)
{
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *wrong = corpus_path ("bad/negative-amount.xml");
  g_autofree char *missing = work_path ("does-not-exist.xml");
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) absent = { 0 };

  run_zhaoshang (&good, "--validate", town, NULL);
  g_assert_cmpint (good.status, ==, 0);
  assert_contains (good.out, "is a valid exchange file with 7 records");

  run_zhaoshang (&bad, "--validate", wrong, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  assert_contains (bad.err, "negative-amount.xml, line 12:");
  assert_contains (bad.err, "must not be negative");

  run_zhaoshang (&absent, "--validate", missing, NULL);
  g_assert_cmpint (absent.status, ==, 1);
  assert_contains (absent.err, "does-not-exist.xml");
}

static void
test_catalogue (void)
{
  g_autofree char *city = work_path ("city.db");
  g_autofree char *district = work_path ("district.db");
  g_autofree char *out = work_path ("catalogue.xml");
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *hash = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) export = { 0 };
  g_auto(Run) import = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) projects = { 0 };
  g_auto(Run) alone = { 0 };
  g_auto(Run) mixed = { 0 };

  /* The city writes its catalogue… */
  run_zhaoshang (&export, "--db", city, "--demo", "--export", out, "--catalogue", NULL);
  g_assert_cmpint (export.status, ==, 0);
  assert_contains (export.out, "the industry catalogue");
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  assert_contains (text, "<segment ");
  assert_contains (text, "<enterprise ");
  g_assert_null (strstr (text, "<project "));
  g_assert_null (strstr (text, "<partner "));

  /* …a district merges it… */
  run_zhaoshang (&import, "--db", district, "--import", out, "--catalogue", NULL);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "segment: Added 12");
  run_zhaoshang (&again, "--db", district, "--import", out, "--catalogue", "--dry-run", NULL);
  g_assert_cmpint (again.status, ==, 0);
  assert_contains (again.out, "Added 0, Updated 0");

  /* …and a file with projects is no catalogue: refused, naming the line,
   * the database as it was. */
  hash = zs_test_hash_file (district);
  run_zhaoshang (&projects, "--db", district, "--import", town, "--catalogue", NULL);
  g_assert_cmpint (projects.status, ==, 1);
  assert_contains (projects.err, "town.xml, line ");
  assert_contains (projects.err, "no place in a catalogue file");
  {
    g_autofree char *after = zs_test_hash_file (district);

    g_assert_cmpstr (after, ==, hash);
  }

  run_zhaoshang (&alone, "--db", district, "--catalogue", NULL);
  g_assert_cmpint (alone.status, ==, 2);
  assert_contains (alone.err, "--catalogue goes with --export FILE or --import FILE");
  run_zhaoshang (&mixed, "--db", district, "--export", out, "--catalogue", "--chain", "高端化工", NULL);
  g_assert_cmpint (mixed.status, ==, 2);
  assert_contains (mixed.err, "--chain chooses projects");
}

/* ---- pipes, links, and what killed commands leave ----------------------------------------- */

typedef struct {
  char    *path;
  char    *text;    /* to write, or NULL to read */
  GString *read;
} FifoEnd;

/* The other end of a FIFO, on a thread: writes @text once, or reads all. */
static gpointer
fifo_end (gpointer data)
{
  FifoEnd *end = data;

  if (end->text != NULL)
    {
      FILE *fifo = fopen (end->path, "w");  /* waits for the program */

      g_assert_nonnull (fifo);
      fputs (end->text, fifo);
      fclose (fifo);
    }
  else
    {
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (end->path, &text, &length, NULL));
      g_string_append_len (end->read, text, length);
    }
  return NULL;
}

static GThread *
open_fifo (FifoEnd    *end,
           const char *name,
           const char *text)
{
  end->path = work_path (name);
  end->text = g_strdup (text);
  end->read = g_string_new (NULL);
  g_unlink (end->path);
  g_assert_cmpint (mkfifo (end->path, 0600), ==, 0);
  return g_thread_new ("fifo", fifo_end, end);
}

static void
fifo_end_clear (FifoEnd *end)
{
  GStatBuf st;

  /* A FIFO still: nothing replaced it. */
  g_assert_cmpint (g_lstat (end->path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_free (end->path);
  g_free (end->text);
  g_string_free (end->read, TRUE);
}

/* zhaoshang --import <(cat town.xml): a pipe is read once. */
static void
test_import_from_pipe (void)
{
  g_autofree char *db = work_path ("pipe.db");
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *text = NULL;
  g_auto(Run) import = { 0 };
  g_auto(Run) validate = { 0 };
  FifoEnd end;
  GThread *thread;

  g_assert_true (g_file_get_contents (town, &text, NULL, NULL));

  thread = open_fifo (&end, "town-pipe", text);
  run_zhaoshang (&import, "--db", db, "--import", end.path, NULL);
  g_thread_join (thread);
  g_assert_cmpint (import.status, ==, 0);
  assert_contains (import.out, "project: Added 2");
  assert_contains (import.out, "Imported into");
  g_assert_cmpint (count_projects (db), ==, 2);
  fifo_end_clear (&end);

  thread = open_fifo (&end, "town-pipe", text);
  run_zhaoshang (&validate, "--validate", end.path, NULL);
  g_thread_join (thread);
  g_assert_cmpint (validate.status, ==, 0);
  assert_contains (validate.out, "is a valid exchange file with 7 records");
  fifo_end_clear (&end);
}

/* Control characters in what a file holds are shown, never sent to the
 * terminal: U+009B is the terminal's CSI. */
static void
test_control_characters_escaped (void)
{
  g_autofree char *db = work_path ("escape.db");
  g_autofree char *c1 = corpus_path ("bad/c1-control-character.xml");
  g_autofree char *office = work_path ("office.xml");
  g_auto(Run) validate = { 0 };
  g_auto(Run) dry = { 0 };

  run_zhaoshang (&validate, "--validate", c1, NULL);
  g_assert_cmpint (validate.status, ==, 1);
  assert_contains (validate.err, "has no value “signed<U+009B>31m”");
  g_assert_null (strstr (validate.err, "\xc2\x9b"));

  g_assert_true (g_file_set_contents (office,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"1\" office=\"寒亭区\xc2\x9b" "2J\xc2\x85\"/>\n",
    -1, NULL));
  run_zhaoshang (&dry, "--db", db, "--import", office, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "寒亭区<U+009B>2J<U+0085>");
  g_assert_null (strstr (dry.out, "\xc2\x9b"));
}

/* --export and --bulletin onto a FIFO (as onto /dev/stdout) and a link. */
static void
test_export_onto_fifo_and_link (void)
{
  g_autofree char *db = work_path ("onto.db");
  g_autofree char *real = work_path ("real.xml");
  g_autofree char *link = work_path ("link.xml");
  g_autofree char *real_pdf = work_path ("real.pdf");
  g_autofree char *link_pdf = work_path ("link.pdf");
  g_autofree char *text = NULL;
  g_auto(Run) to_fifo = { 0 };
  g_auto(Run) to_link = { 0 };
  g_auto(Run) pdf_fifo = { 0 };
  g_auto(Run) pdf_link = { 0 };
  FifoEnd end;
  GThread *thread;

  thread = open_fifo (&end, "export-pipe", NULL);
  run_zhaoshang (&to_fifo, "--db", db, "--demo", "--export", end.path, NULL);
  g_thread_join (thread);
  g_assert_cmpint (to_fifo.status, ==, 0);
  assert_contains (end.read->str, "</exchange>");
  fifo_end_clear (&end);

  g_assert_true (g_file_set_contents (real, "旧的", -1, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);
  run_zhaoshang (&to_link, "--db", db, "--export", link, NULL);
  g_assert_cmpint (to_link.status, ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &text, NULL, NULL));
  assert_contains (text, "</exchange>");

  thread = open_fifo (&end, "bulletin-pipe", NULL);
  run_zhaoshang (&pdf_fifo, "--db", db, "--bulletin", end.path, NULL);
  g_thread_join (thread);
  g_assert_cmpint (pdf_fifo.status, ==, 0);
  g_assert_true (g_str_has_prefix (end.read->str, "%PDF-"));
  fifo_end_clear (&end);

  g_assert_true (g_file_set_contents (real_pdf, "旧的", -1, NULL));
  g_assert_cmpint (symlink (real_pdf, link_pdf), ==, 0);
  run_zhaoshang (&pdf_link, "--db", db, "--bulletin", link_pdf, NULL);
  g_assert_cmpint (pdf_link.status, ==, 0);
  g_assert_true (g_file_test (link_pdf, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (zs_test_pdf_pages (real_pdf), >=, 1);
}

/* The program's scratch folders of @kind in the test's cache. */
static guint
count_scratch (const char *kind)
{
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autoptr(GDir) dir = g_dir_open (cache, 0, NULL);
  g_autofree char *prefix = g_strconcat (kind, "-", NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

/* A scratch folder of @kind whose owner has finished making it: its lock is
 * in place. Killed before that, the folder is left for an hour by design. */
static gboolean
scratch_locked (const char *kind)
{
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autoptr(GDir) dir = g_dir_open (cache, 0, NULL);
  g_autofree char *prefix = g_strconcat (kind, "-", NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *lock = g_build_filename (cache, name, "lock", NULL);

        if (g_file_test (lock, G_FILE_TEST_EXISTS))
          return TRUE;
      }
  return FALSE;
}

/* --validate killed while it reads (a FIFO nobody writes to): its scratch
 * database stays behind, until the next start removes it. */
static void
test_killed_validate_cleaned (void)
{
  const char *binary = g_getenv ("ZHAOSHANG_BINARY");
  g_autofree char *fifo = work_path ("never-written");
  g_autofree char *town = corpus_path ("town.xml");
  const char *argv[] = { binary, "--validate", fifo, NULL };
  g_auto(GStrv) env = program_environment ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) next = { 0 };
  GPid pid;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 3000 && !scratch_locked ("validate"); i++)
    g_usleep (10 * 1000);
  g_assert_true (scratch_locked ("validate"));
  g_assert_cmpuint (count_scratch ("validate"), ==, 1);
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  g_assert_cmpuint (count_scratch ("validate"), ==, 1);

  run_zhaoshang (&next, "--validate", town, NULL);
  g_assert_cmpint (next.status, ==, 0);
  g_assert_cmpuint (count_scratch ("validate"), ==, 0);
}

static void
die_on_progress (double   fraction,
                 gpointer user_data)
{
  /* Killed mid-way: no exit handler runs (valgrind's leak check neither). */
  if (fraction < 1.0)
    kill (getpid (), SIGKILL);
}

/* An export killed half-way: FILE.xml is not there, its half-written file
 * is, until the next start removes it. */
static void
test_killed_export_cleaned (void)
{
  g_autofree char *db = work_path ("killed-export.db");
  g_autofree char *dir = work_path ("killed-export");
  g_autofree char *out = g_build_filename (dir, "all.xml", NULL);
  g_autofree char *town = corpus_path ("town.xml");
  g_autofree char *before = work_path ("before.xml");
  g_auto(Run) create = { 0 };
  g_auto(Run) next = { 0 };
  g_autoptr(GDir) listing = NULL;
  g_autofree char *partial = NULL;
  const char *name;
  int status;
  pid_t pid;

  run_zhaoshang (&create, "--db", db, "--demo", "--export", before, NULL);
  g_assert_cmpint (create.status, ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      ZsStore *store = zs_store_open (db, NULL);

      if (store != NULL)
        zs_exchange_export_full (store, out, NULL, NULL, die_on_progress, NULL, NULL, NULL);
      _exit (1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, ".zhaoshang-") && g_str_has_suffix (name, ".part"))
      partial = g_build_filename (dir, name, NULL);
  g_assert_nonnull (partial);
  g_assert_cmpuint (count_scratch ("export"), ==, 1);

  run_zhaoshang (&next, "--validate", town, NULL);
  g_assert_cmpint (next.status, ==, 0);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_scratch ("export"), ==, 0);
}

/* A database in a folder that cannot be written: SQLite's journal needs it
 * even for an export, and the message says so. CI runs as root, which
 * writes anywhere, so the program runs as nobody there. */
static void
test_read_only_folder (void)
{
  const char *binary = g_getenv ("ZHAOSHANG_BINARY");
  g_autofree char *setpriv = g_find_program_in_path ("setpriv");
  g_autofree char *top = g_dir_make_tmp ("zhaoshang-cli-ro-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (top, "read-only", NULL);
  g_autofree char *db = g_build_filename (folder, "zhaoshang.db", NULL);
  g_autofree char *writable = g_build_filename (top, "writable", NULL);
  g_autofree char *out = g_build_filename (writable, "out.xml", NULL);
  g_autofree char *cache = g_build_filename (writable, "cache", NULL);
  g_autofree char *message = g_strdup_printf ("Cannot open “%s”: its folder “%s” is read-only", db, folder);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = program_environment ();
  g_autofree char *err = NULL;
  int status;

  g_assert_nonnull (top);
  {
    g_autoptr(ZsStore) store = NULL;

    g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
    store = zs_database_open (db, NULL);
    g_assert_nonnull (store);
  }
  g_assert_cmpint (g_mkdir (writable, 0777), ==, 0);
  g_assert_cmpint (g_chmod (top, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  g_assert_cmpint (g_chmod (db, 0644), ==, 0);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "HOME", writable, TRUE);

  if (geteuid () == 0)
    {
      if (setpriv == NULL)
        {
          g_test_skip ("running as root without setpriv: a read-only folder cannot be made");
          goto out;
        }
      g_ptr_array_add (argv, setpriv);
      g_ptr_array_add (argv, (char *) "--reuid=65534");
      g_ptr_array_add (argv, (char *) "--regid=65534");
      g_ptr_array_add (argv, (char *) "--clear-groups");
    }
  g_ptr_array_add (argv, (char *) binary);
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, db);
  g_ptr_array_add (argv, (char *) "--export");
  g_ptr_array_add (argv, out);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, NULL));
  g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  assert_contains (err, message);
  g_assert_null (strstr (err, "readonly database"));

out:
  g_chmod (folder, 0755);
  {
    const char *argv_rm[] = { "rm", "-rf", top, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}

/* A script exports, checks a file and makes the bulletin while the window
 * (here: this test's connection) is in the middle of a save: reading
 * never waits for the writer (it used to fail after 5 s). */
static void
test_read_while_other_writes (void)
{
  g_autofree char *db = work_path ("busy.db");
  g_autofree char *out = work_path ("busy.xml");
  g_autofree char *pdf = work_path ("busy.pdf");
  g_autoptr(ZsStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) export = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) bulletin = { 0 };

  run_zhaoshang (&demo, "--db", db, "--demo", "--export", out, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  g_unlink (out);

  writer = zs_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_begin (writer, &error));
  g_assert_no_error (error);
  g_assert_true (zs_store_set_setting (writer, "office-name", "写入中", &error));
  g_assert_no_error (error);

  run_zhaoshang (&export, "--db", db, "--export", out, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  assert_contains (export.out, "records to");

  run_zhaoshang (&dry, "--db", db, "--import", out, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 0);
  assert_contains (dry.out, "nothing was changed");

  run_zhaoshang (&bulletin, "--db", db, "--bulletin", pdf, NULL);
  g_assert_cmpint (bulletin.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  zs_store_rollback (writer);
  g_unlink (out);
  g_unlink (pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/export-dry-run-import", test_export_dry_run_import);
  g_test_add_func ("/cli/check-finds-broken-index", test_check_finds_broken_index);
  g_test_add_func ("/cli/export-damaged-page", test_export_damaged_page);
  g_test_add_func ("/cli/export-filters", test_export_filters);
  g_test_add_func ("/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli/import-refused", test_import_refused);
  g_test_add_func ("/cli/import-refused-before-first-backup", test_import_refused_before_first_backup);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/catalogue", test_catalogue);
  g_test_add_func ("/cli/import-from-pipe", test_import_from_pipe);
  g_test_add_func ("/cli/control-characters-escaped", test_control_characters_escaped);
  g_test_add_func ("/cli/export-onto-fifo-and-link", test_export_onto_fifo_and_link);
  g_test_add_func ("/cli/killed/validate-cleaned-at-next-start", test_killed_validate_cleaned);
  g_test_add_func ("/cli/killed/export-cleaned-at-next-start", test_killed_export_cleaned);
  g_test_add_func ("/cli/read-only-folder", test_read_only_folder);
  g_test_add_func ("/cli/read-while-other-writes", test_read_while_other_writes);

  return g_test_run ();
}
