/* test-exchange-hostile.c — exchange files as other programs, pipes and accidents make them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What issue 13 found: numbers with white space around them, files read
 * from a pipe, UUIDs on two types of record, funds checked only when
 * written, files cut short, elements with huge numbers of attributes, and
 * exports onto what is not a regular file. The bad files of
 * tests/exchange/bad are in test-exchange.c. FIFOs and links are made in
 * the test's own folder; no test writes to a device.
 */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "zs-test-util.h"
#include "zs-database.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"1\" office=\"寒亭区投资促进局\">\n"
#define PROJECT_UUID "b0000000-0000-4000-8000-000000000001"
#define PROJECT(updated) \
  "  <project uuid=\"" PROJECT_UUID "\" updated=\"" updated "\">\n" \
  "    <name>寒亭区新材料项目</name>\n" \
  "  </project>\n"
#define FUNDS(n, updated, amount) \
  "  <funds-entry uuid=\"f0000000-0000-4000-8000-00000000000" n "\" updated=\"" updated "\">\n" \
  "    <project>" PROJECT_UUID "</project>\n" \
  "    <date>2024-10-0" n "</date>\n" \
  "    <amount>" amount "</amount>\n" \
  "  </funds-entry>\n"
#define END "</exchange>\n"

/* ---- helpers --------------------------------------------------------------- */

static char *
write_file (const char *name,
            const char *text)
{
  char *path = zs_test_scratch_path (name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static GError *
preview_error (ZsStore    *store,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsImportReport) report = NULL;
  GError *error = NULL;

  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  if (report != NULL)
    {
      g_assert_false (zs_import_report_can_apply (report));
      g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
    }
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  return error;
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, text);
}

static gint64
count_all (ZsStore *store,
           GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static ZsRecord *
load_by_uuid (ZsStore    *store,
              GType       type,
              const char *uuid)
{
  gint64 id = zs_store_find_by_uuid (store, type, uuid);

  g_assert_cmpint (id, !=, 0);
  return zs_store_load (store, type, id, NULL);
}

/* The scratch folders of the program in the cache. */
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

/* ---- whole numbers ------------------------------------------------------------ */

/* XML Schema collapses the white space around a number; libxml2 2.9 does
 * for xs:integer, which the schema now uses, and so does xmllint. */
static void
test_whole_numbers_with_white_space (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("white-space");
  g_autofree char *path = write_file ("spaced.xml",
    HEAD
    "  <unit uuid=\"a0000000-0000-4000-8000-0000000000aa\" updated=\"2024-10-01T08:00:00Z\">\n"
    "    <name>寒亭区</name>\n"
    "    <position>\n      20\t</position>\n"
    "  </unit>\n"
    "  <project uuid=\"" PROJECT_UUID "\" updated=\"2024-10-09T08:00:00Z\">\n"
    "    <name>寒亭区新材料项目</name>\n"
    "    <planned-investment> 50000 </planned-investment>\n"
    "  </project>\n"
    FUNDS ("1", "2024-10-09T08:00:00Z", " 300\n    ")
    END);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange.xsd", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(ZsImportReport) report = zs_test_preview_or_fail (store, path);
  g_autoptr(ZsRecord) unit = NULL;
  g_autoptr(ZsRecord) project = NULL;

  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
  zs_test_apply_or_fail (store, path, report);
  unit = load_by_uuid (store, ZS_TYPE_UNIT, "a0000000-0000-4000-8000-0000000000aa");
  project = load_by_uuid (store, ZS_TYPE_PROJECT, PROJECT_UUID);
  g_assert_cmpint (zs_record_get_int (unit, ZS_UNIT_POSITION), ==, 20);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT), ==, 5000000);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, 30000);

  /* --validate and xmllint agree. */
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", "--schema", xsd, path, NULL };
      g_autofree char *errors = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                   NULL, NULL, NULL, &errors, &status, NULL));
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("xmllint refuses it: %s", errors);
    }
}

/* ---- a pipe --------------------------------------------------------------------- */

typedef struct {
  char       *path;
  const char *text;
} FifoWriter;

static gpointer
write_fifo_once (gpointer data)
{
  FifoWriter *writer = data;
  FILE *fifo = fopen (writer->path, "w");  /* waits for the reader */

  g_assert_nonnull (fifo);
  g_assert_cmpuint (fwrite (writer->text, 1, strlen (writer->text), fifo), ==, strlen (writer->text));
  fclose (fifo);
  return NULL;
}

/* --import <(cat f): one pass is all a pipe gives. The preview keeps a copy
 * to apply; a second opening of the FIFO would wait for ever. */
static void
test_pipe_read_once (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("pipe");
  g_autofree char *town = zs_test_source_path ("exchange/town.xml");
  g_autofree char *text = NULL;
  g_autofree char *fifo = zs_test_scratch_path ("fifo");
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GError) error = NULL;
  ZsImportReport *report;
  FifoWriter writer;
  GThread *thread;

  g_assert_true (g_file_get_contents (town, &text, NULL, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  writer = (FifoWriter) { fifo, text };
  thread = g_thread_new ("fifo-writer", write_fifo_once, &writer);

  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_thread_join (thread);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), ==, 7);
  g_assert_cmpuint (count_scratch ("spool"), ==, 1);

  g_assert_true (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, 2);

  /* The copy goes with the report. */
  g_object_unref (report);
  g_assert_cmpuint (count_scratch ("spool"), ==, 0);
}

/* ---- one UUID, one record ---------------------------------------------------------- */

static void
test_uuid_of_another_type_in_database (void)
{
  g_autofree char *db = zs_test_db_path ("uuid-taken");
  g_autofree char *path = write_file ("partner.xml",
    HEAD
    "  <partner uuid=\"" PROJECT_UUID "\" updated=\"2024-10-09T08:00:00Z\">\n"
    "    <name>某商会</name>\n"
    "  </partner>\n"
    END);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsStore) store = zs_database_open (db, NULL);
    g_autoptr(ZsProject) project = zs_project_new ();

    zs_record_set_uuid (ZS_RECORD (project), PROJECT_UUID);
    zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "寒亭区新材料项目");
    g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));
  }
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);

    error = preview_error (store, path);
  }
  assert_contains (error->message, "line 3:");
  assert_contains (error->message, "is already that of a project in the database");
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

/* ---- funds: found before the write, with the line ------------------------------------ */

/* A project with one funds entry of 100 万元, from a file. */
static void
add_project_with_funds (ZsStore *store)
{
  g_autofree char *path = write_file ("funds.xml",
    HEAD PROJECT ("2024-10-09T08:00:00Z") FUNDS ("1", "2024-10-09T08:00:00Z", "100") END);
  g_autoptr(ZsImportReport) report = zs_test_preview_or_fail (store, path);

  zs_test_apply_or_fail (store, path, report);
}

static ZsStore *
open_with_funds (const char *name)
{
  ZsStore *store = zs_test_open_seeded (name);

  add_project_with_funds (store);
  return store;
}

/* The preview adds the file's entries to the database's. */
static void
test_funds_summed_with_database (void)
{
  g_autoptr(ZsStore) store = open_with_funds ("funds-summed");
  g_autofree char *too_much = write_file ("too-much.xml",
    HEAD FUNDS ("2", "2024-10-10T08:00:00Z", "-130") END);
  g_autofree char *enough = write_file ("enough.xml",
    HEAD FUNDS ("2", "2024-10-10T08:00:00Z", "-30") END);
  g_autoptr(GError) error = preview_error (store, too_much);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsRecord) project = NULL;

  /* Named with the file, the line and the project, before anything is written. */
  g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
  assert_contains (error->message, "too-much.xml, line 3: funds entry: The funds in place of “寒亭区新材料项目” "
                                   "would be 30 ten thousand yuan below zero");
  project = load_by_uuid (store, ZS_TYPE_PROJECT, PROJECT_UUID);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, 100 * ZS_AMOUNT_SCALE);

  report = zs_test_preview_or_fail (store, enough);
  g_assert_true (zs_import_report_can_apply (report));
  zs_test_apply_or_fail (store, enough, report);
  g_clear_object (&project);
  project = load_by_uuid (store, ZS_TYPE_PROJECT, PROJECT_UUID);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, 70 * ZS_AMOUNT_SCALE);
}

/* A conflict the preview expected to keep ours: the clerk takes theirs
 * after all, and the write refuses it with the file and the line. */
static void
test_funds_choice_refused_with_line (void)
{
  g_autofree char *db = zs_test_db_path ("funds-choice");
  g_autofree char *older = write_file ("older.xml",
    HEAD FUNDS ("1", "2000-01-01T00:00:00Z", "-500") END);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (older);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsStore) store = zs_database_open (db, NULL);
    g_autoptr(ZsRecord) entry = NULL;

    add_project_with_funds (store);
    /* Ours changed since: the file's older copy is a conflict. */
    entry = load_by_uuid (store, ZS_TYPE_FUNDS_ENTRY, "f0000000-0000-4000-8000-000000000001");
    zs_record_set_int (entry, ZS_FUNDS_ENTRY_AMOUNT, 90);
    g_assert_true (zs_store_save (store, entry, NULL));
  }
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);

    report = zs_test_preview_or_fail (store, older);
    g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 1);
    g_assert_true (zs_import_report_can_apply (report));
    zs_import_report_set_all_take_theirs (report, TRUE);
    g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
  }
  g_test_message ("%s", error->message);
  assert_contains (error->message, "older.xml, line 3: The funds in place of “寒亭区新材料项目” would be");
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

/* ---- cut short -------------------------------------------------------------------- */

static guint
count_lines (const char *text,
             gsize       length)
{
  guint lines = 1;

  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n' && i + 1 < length)
      lines++;
  return lines;
}

/* A killed export, a full disk, a copy that stopped: wherever the file
 * ends, it is called cut short, on its last line. */
static void
test_half_written_exports (void)
{
  g_autoptr(ZsStore) source = zs_test_open_demo ("half-source");
  g_autoptr(ZsStore) target = zs_test_open_seeded ("half-target");
  g_autofree char *whole = zs_test_scratch_path ("whole.xml");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (zs_exchange_export_full (source, whole, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_true (g_file_get_contents (whole, &text, &length, NULL));

  for (guint k = 1; k <= 23; k++)
    {
      gsize cut = length * k / 24;
      g_autofree char *name = g_strdup_printf ("half-%u.xml", k);
      g_autofree char *path = zs_test_scratch_path (name);
      g_autofree char *where = g_strdup_printf ("line %u: the file ends in the middle of an element: it was cut short",
                                                count_lines (text, cut));
      g_autoptr(GError) cut_error = NULL;

      g_assert_true (g_file_set_contents (path, text, (gssize) cut, NULL));
      cut_error = preview_error (target, path);
      g_assert_error (cut_error, ZS_ERROR, ZS_ERROR_PARSE);
      assert_contains (cut_error->message, where);
    }
  g_assert_cmpint (count_all (target, ZS_TYPE_PROJECT), ==, 0);
}

/* ---- attributes --------------------------------------------------------------------- */

/* libxml2 2.9 compares every attribute of an element with every other:
 * 120,000 of them took 28 s. They are counted as they stream. */
static void
test_attributes_counted_as_they_stream (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("attributes");
  g_autoptr(GString) text = g_string_new (HEAD "  <unit");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 120000; i++)
    g_string_append_printf (text, " a%u=\"%u\"", i, i);
  g_string_append (text, " uuid=\"a0000000-0000-4000-8000-0000000000aa\" updated=\"2024-10-01T08:00:00Z\">\n"
                         "    <name>寒亭区</name>\n  </unit>\n" END);
  path = write_file ("attributes.xml", text->str);

  error = preview_error (store, path);
  assert_contains (error->message, "line 3: <unit> has more than 64 attributes");
}

/* ---- exports onto what is not a regular file ---------------------------------------------- */

typedef struct {
  char    *path;
  GString *read;
} FifoReader;

static gpointer
read_fifo (gpointer data)
{
  FifoReader *reader = data;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (reader->path, &text, &length, NULL));
  g_string_append_len (reader->read, text, length);
  return NULL;
}

/* As --export /dev/stdout would: written into, never replaced. */
static void
test_export_into_fifo (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("export-fifo");
  g_autofree char *fifo = zs_test_scratch_path ("export-fifo");
  FifoReader reader;
  g_autoptr(GError) error = NULL;
  GThread *thread;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = (FifoReader) { fifo, g_string_new (NULL) };
  thread = g_thread_new ("fifo-reader", read_fifo, &reader);
  g_assert_true (zs_exchange_export_full (store, fifo, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  assert_contains (reader.read->str, "xmlns=\"urn:zhaoshang:exchange:1\"");
  assert_contains (reader.read->str, "</exchange>");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_string_free (reader.read, TRUE);
}

static void
test_export_onto_link (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("export-link");
  g_autofree char *target = zs_test_scratch_path ("real.xml");
  g_autofree char *link = zs_test_scratch_path ("link.xml");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "旧的", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_true (zs_exchange_export_full (store, link, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &text, NULL, NULL));
  assert_contains (text, "</exchange>");
}

static void
test_export_refuses_folder (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("export-folder");
  g_autofree char *folder = zs_test_scratch_path ("folder.xml");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (zs_exchange_export_full (store, folder, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_IO);
  assert_contains (error->message, "it is a folder");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

/* ---- what checking leaves --------------------------------------------------------------- */

static void
test_validate_leaves_nothing (void)
{
  g_autofree char *town = zs_test_source_path ("exchange/town.xml");
  g_autoptr(GFile) file = g_file_new_for_path (town);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsImportReport) report = zs_database_validate_exchange (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (zs_import_report_can_apply (report));
  g_assert_cmpuint (count_scratch ("validate"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange-hostile/whole-numbers/white-space", test_whole_numbers_with_white_space);
  g_test_add_func ("/exchange-hostile/pipe/read-once", test_pipe_read_once);
  g_test_add_func ("/exchange-hostile/uuid/another-type-in-database", test_uuid_of_another_type_in_database);
  g_test_add_func ("/exchange-hostile/funds/summed-with-database", test_funds_summed_with_database);
  g_test_add_func ("/exchange-hostile/funds/choice-refused-with-line", test_funds_choice_refused_with_line);
  g_test_add_func ("/exchange-hostile/cut-short/half-written-exports", test_half_written_exports);
  g_test_add_func ("/exchange-hostile/attributes/counted-as-they-stream", test_attributes_counted_as_they_stream);
  g_test_add_func ("/exchange-hostile/export/into-fifo", test_export_into_fifo);
  g_test_add_func ("/exchange-hostile/export/onto-link", test_export_onto_link);
  g_test_add_func ("/exchange-hostile/export/refuses-folder", test_export_refuses_folder);
  g_test_add_func ("/exchange-hostile/validate/leaves-nothing", test_validate_leaves_nothing);

  return g_test_run ();
}
