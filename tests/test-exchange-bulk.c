/* test-exchange-bulk.c — large imports: indexes made again, files read
 * twice, marks merged at the end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An import that writes more than a thousand records of a kind takes the
 * search triggers and the table's other indexes out and makes them again
 * at the end; its file is read on a thread of its own. These tests import
 * enough records to take that path. (That the SQLite backend puts back
 * every index and trigger is in test-sqlite-backend.c.)
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-exchange.h"
#include "zs-exchange-job.h"
#include "zs-database.h"
#include "zs-partner-vcard.h"
#include "zs-sheet-export.h"

#define NS "urn:zhaoshang:exchange:1"
/* More than the thousand records that make an import rebuild indexes. */
#define N_PROJECTS 1200

/* ---- helpers ------------------------------------------------------------- */

static gint64
count_all (ZsStore *store,
           GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static guint
count_of (ZsImportReport  *report,
          ZsImportOutcome  outcome)
{
  return zs_import_report_get_count (report, outcome);
}

/* Each stage event's project, by UUID: references compared between two
 * databases whose ids differ. */
static GHashTable *
event_projects (ZsStore *store)
{
  GHashTable *projects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ZsStoreCursor *cursor = zs_store_cursor_new (store, ZS_TYPE_STAGE_EVENT, FALSE, NULL);
  ZsRecord *event;

  g_assert_nonnull (cursor);
  while ((event = zs_store_cursor_next (cursor, NULL)) != NULL)
    g_hash_table_insert (projects, g_strdup (zs_record_get_uuid (event)),
                         g_strdup (zs_store_cursor_get_ref_uuid (cursor, ZS_STAGE_EVENT_PROJECT_ID)));
  zs_store_cursor_free (cursor);
  return projects;
}

static void
assert_same_event_projects (ZsStore *a,
                            ZsStore *b)
{
  g_autoptr(GHashTable) in_a = event_projects (a);
  g_autoptr(GHashTable) in_b = event_projects (b);
  GHashTableIter iter;
  gpointer event, project;

  g_assert_cmpuint (g_hash_table_size (in_a), ==, g_hash_table_size (in_b));
  g_hash_table_iter_init (&iter, in_a);
  while (g_hash_table_iter_next (&iter, &event, &project))
    g_assert_cmpstr (g_hash_table_lookup (in_b, event), ==, project);
}

/* A new database, seeded and closed, so that its file is complete. */
static char *
new_database (const char *name)
{
  char *path = zs_test_db_path (name);
  g_autoptr(ZsStore) store = zs_database_open (path, NULL);

  g_assert_nonnull (store);
  return path;
}

/* ---- an import of many records, then the same file again ---------------- */

/* The projects each come with a stage event, so two tables get more than
 * a thousand rows. */
static ZsStore *
open_large_source (void)
{
  ZsStore *store = zs_test_open_seeded ("bulk-source");
  gint64 unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 0);
  gint64 chain = zs_test_nth_id (store, ZS_TYPE_CHAIN, 0);

  g_assert_true (zs_store_begin (store, NULL));
  for (guint i = 0; i < N_PROJECTS; i++)
    {
      g_autoptr(ZsProject) project = zs_project_new ();
      g_autofree char *name = g_strdup_printf ("寒亭区第%u号智能装备项目", i + 1);
      ZsRecord *r = ZS_RECORD (project);

      zs_record_set_string (r, ZS_PROJECT_NAME, name);
      zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
      zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
      zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, 1000 + i);
      g_assert_true (zs_store_save (store, r, NULL));
    }
  g_assert_true (zs_store_commit (store, NULL));
  return store;
}

static void
test_reimport_unchanged (void)
{
  g_autoptr(ZsStore) source = open_large_source ();
  g_autofree char *out = zs_test_scratch_path ("large.xml");
  g_autofree char *db = new_database ("bulk-target");
  g_autofree char *imported = NULL;
  g_autofree char *again = NULL;
  guint n_records;

  g_assert_true (zs_exchange_export_full (source, out, NULL, NULL, NULL, NULL, NULL, NULL));

  /* The first import adds what the seeded database lacks, in bulk. */
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = zs_test_preview_or_fail (store, out);

    n_records = zs_import_report_get_n_records (report);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), ==, N_PROJECTS);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_STAGE_EVENT, ZS_IMPORT_OUTCOME_ADDED), ==, N_PROJECTS);
    zs_test_apply_or_fail (store, out, report);

    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, N_PROJECTS);
    g_assert_cmpint (count_all (store, ZS_TYPE_STAGE_EVENT), ==, N_PROJECTS);
    /* Each event refers to its own project, as in the source: the
     * import remembers the rows it wrote, for the references after. */
    assert_same_event_projects (source, store);
    /* The search index was made again from the imported rows. */
    g_assert_cmpint (zs_test_count_found (store, "第1199号智能装备"), ==, 1);
    g_assert_cmpint (zs_test_count_found (store, "智能装备项目"), ==, N_PROJECTS);
  }
  imported = zs_test_hash_file (db);

  /* The same file again: every record unchanged, the file untouched. */
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = zs_test_preview_or_fail (store, out);

    g_assert_cmpuint (zs_import_report_get_n_records (report), ==, n_records);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_UNCHANGED), ==, n_records);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_ADDED), ==, 0);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_UPDATED), ==, 0);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
    zs_test_apply_or_fail (store, out, report);
  }
  again = zs_test_hash_file (db);
  g_assert_cmpstr (again, ==, imported);

  /* The search follows edits again once the import is over. */
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    gint64 id = zs_test_nth_id (store, ZS_TYPE_PROJECT, 0);
    g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, id, NULL);

    zs_record_set_string (project, ZS_PROJECT_NAME, "寒亭区磁悬浮动力项目");
    g_assert_true (zs_store_save (store, project, NULL));
    g_assert_cmpint (zs_test_count_found (store, "磁悬浮动力"), ==, 1);
    g_assert_cmpint (zs_test_count_found (store, "智能装备项目"), ==, N_PROJECTS - 1);
  }
}

/* ---- the second pass fails --------------------------------------------- */

#define UNIT_UUID "c0000000-0000-4000-8000-000000000001"
#define PERSON_UUID "c1000000-0000-4000-8000-000000000001"

/* A town and its projects, of which the @failing-th names a person the
 * file does not hold: it is found in the database, or not. */
static void
write_projects (const char *path,
                guint       n,
                guint       failing)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<exchange xmlns=\"" NS "\" format-version=\"1\" office=\"寒亭区投资促进局\">\n"
                                          "  <unit uuid=\"" UNIT_UUID "\" updated=\"2024-10-01T08:00:00Z\">\n"
                                          "    <name>寒亭区</name>\n    <kind>town</kind>\n  </unit>\n");

  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (text,
                              "  <project uuid=\"b0000000-0000-4000-8000-%012u\" updated=\"2024-10-09T08:00:00Z\">\n"
                              "    <name>寒亭区第%u号预制菜项目</name>\n"
                              "    <unit>" UNIT_UUID "</unit>\n",
                              i, i);
      if (i == failing)
        g_string_append (text, "    <person>" PERSON_UUID "</person>\n");
      g_string_append (text, "  </project>\n");
    }
  g_string_append (text, "</exchange>\n");
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
}

static void
write_projects_file (const char *path,
                     guint       failing)
{
  write_projects (path, N_PROJECTS, failing);
}

/* @data: the project that fails. The last one fails once the reading
 * thread is done; the first while it is still at work, and it is stopped. */
static void
test_second_pass_fails (gconstpointer data)
{
  guint failing = GPOINTER_TO_UINT (data);
  g_autofree char *db = new_database ("bulk-fails");
  g_autofree char *path = zs_test_scratch_path ("projects.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_projects_file (path, failing);

  /* The preview finds the person in the database; it is deleted before
   * the import is applied, so the last project fails in the second pass,
   * after the others were written with the indexes out. */
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsPerson) person = zs_person_new ();

    zs_record_set_uuid (ZS_RECORD (person), PERSON_UUID);
    zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, "王建华");
    g_assert_true (zs_store_save (store, ZS_RECORD (person), NULL));

    report = zs_test_preview_or_fail (store, path);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), ==, N_PROJECTS);
    g_assert_true (zs_store_delete (store, ZS_RECORD (person), NULL));
  }
  before = zs_test_hash_file (db);

  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    /* The failing project's line: two lines of head, four of the unit,
     * four for each project before it. */
    g_autofree char *where = g_strdup_printf ("line %u:", 2 + 4 + 4 * (failing - 1) + 1);

    g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, where));
    g_assert_nonnull (strstr (error->message, "neither in this file nor in the database"));
    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, 0);
  }
  /* Byte for byte as before, every index and trigger included. */
  after = zs_test_hash_file (db);
  g_assert_cmpstr (after, ==, before);

  /* The search triggers work again: a project saved now is found. */
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsProject) later = zs_project_new ();

    zs_record_set_string (ZS_RECORD (later), ZS_PROJECT_NAME, "寒亭区磁悬浮动力项目");
    g_assert_true (zs_store_save (store, ZS_RECORD (later), NULL));
    g_assert_cmpint (zs_test_count_found (store, "磁悬浮动力"), ==, 1);
    g_assert_cmpint (zs_test_count_found (store, "预制菜项目"), ==, 0);
  }
}

/* ---- the store ------------------------------------------------------------ */

static void
test_load_by_uuid_is_live (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("bulk-live");
  g_autoptr(ZsUnit) unit = zs_unit_new ();
  g_autoptr(ZsRecord) by_id = NULL;
  g_autoptr(ZsRecord) by_uuid = NULL;
  g_autoptr(ZsRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  gint64 id;

  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, "寒亭区");
  g_assert_true (zs_store_save (store, ZS_RECORD (unit), NULL));
  uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (unit)));
  id = zs_record_get_id (ZS_RECORD (unit));

  /* One object per row, whichever way it is asked for. */
  by_uuid = zs_store_load_by_uuid (store, ZS_TYPE_UNIT, uuid, &error);
  g_assert_no_error (error);
  g_assert_true (by_uuid == ZS_RECORD (unit));
  g_clear_object (&unit);
  g_clear_object (&by_uuid);

  /* Read afresh from the file once nobody holds it. */
  fresh = zs_store_load_by_uuid (store, ZS_TYPE_UNIT, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_id (fresh), ==, id);
  g_assert_cmpstr (zs_record_get_string (fresh, ZS_UNIT_NAME), ==, "寒亭区");
  by_id = zs_store_load (store, ZS_TYPE_UNIT, id, NULL);
  g_assert_true (by_id == fresh);

  g_assert_null (zs_store_load_by_uuid (store, ZS_TYPE_UNIT, "c0000000-0000-4000-8000-0000000000ff", &error));
  g_assert_no_error (error);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* Progress is the main thread's news: a job's notify::fraction never runs
 * in its worker, even while the main thread does not iterate (GTK's
 * progress bar, bound to it, was changed from the worker thread when
 * g_main_context_invoke_full() ran the notification there). */
typedef struct {
  GThread *main;
  int      elsewhere;   /* notifications in another thread */
} FractionSeen;

static void
on_fraction (GObject    *job,
             GParamSpec *pspec,
             gpointer    user_data)
{
  FractionSeen *seen = user_data;

  if (g_thread_self () != seen->main)
    g_atomic_int_inc (&seen->elsewhere);
}

static void
test_job_progress_on_main_thread (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("job-progress");
  g_autoptr(ZsExchangeJob) job = zs_exchange_job_new (store);
  g_autofree char *out = zs_test_scratch_path ("progress.xml");
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  FractionSeen seen = { g_thread_self (), 0 };

  g_assert_true (zs_database_load_demo (store, NULL));
  g_signal_connect (job, "notify::fraction", G_CALLBACK (on_fraction), &seen);
  zs_exchange_job_export_async (job, out, NULL, NULL, NULL, on_job_done, &result);
  /* The export is renamed into place when written: until then the main
   * thread sleeps and iterates nothing, so the context is free to take. */
  for (guint i = 0; i < 6000 && !g_file_test (out, G_FILE_TEST_EXISTS); i++)
    g_usleep (10000);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_atomic_int_get (&seen.elsewhere), ==, 0);
  g_assert_true (zs_exchange_job_export_finish (job, wait_for (&result), NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpint (seen.elsewhere, ==, 0);
  g_assert_cmpfloat (zs_exchange_job_get_fraction (job), ==, 1.0);
}

/* ---- one pass (the command line's import) -------------------------------- */

/* The last of 1,200 projects is refused after the others were written and
 * the indexes taken out for them: the database is left byte for byte as it
 * was. The good file then goes in the same one pass, found by the search
 * made again at its end. */
static void
test_one_pass (void)
{
  g_autofree char *db = new_database ("bulk-once");
  g_autofree char *path = zs_test_scratch_path ("once.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = zs_test_hash_file (db);
  g_autofree char *after = NULL;
  gint64 projects_before;

  write_projects_file (path, N_PROJECTS);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = NULL;
    g_autoptr(GError) error = NULL;

    projects_before = count_all (store, ZS_TYPE_PROJECT);
    g_assert_false (zs_exchange_import_file (store, file, NULL, NULL, NULL, NULL, &report, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "Nothing was imported."));
    g_assert_nonnull (report);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 1);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), ==,
                      N_PROJECTS - 1);
    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, projects_before);
    g_assert_cmpint (zs_test_count_found (store, "预制菜项目"), ==, 0);
  }
  after = zs_test_hash_file (db);
  g_assert_cmpstr (after, ==, before);

  write_projects_file (path, 0);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (zs_exchange_import_file (store, file, NULL, NULL, NULL, NULL, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_ADDED), ==, N_PROJECTS + 1);
    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, projects_before + N_PROJECTS);
    g_assert_cmpint (zs_test_count_found (store, "第1199号预制菜"), ==, 1);
    g_assert_cmpint (zs_test_count_found (store, "预制菜项目"), ==, N_PROJECTS);
  }
}

/* A record the file gives under a UUID the database has for a record of
 * another type is refused, whether that type has a few rows (units: their
 * UUIDs read once when the pass begins) or thousands (projects: asked one
 * by one), in one pass as in the preview. */
static void
test_uuid_of_stored_record (void)
{
  g_autofree char *db = new_database ("bulk-uuid-taken");
  g_autofree char *path = zs_test_scratch_path ("many.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *taken[] = { "b0000000-0000-4000-8000-000000004150", UNIT_UUID };
  const char *type[] = { "project", "unit" };

  write_projects (path, 4200, 0);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (zs_exchange_import_file (store, file, NULL, NULL, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), >, 4096);
  }

  for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<exchange xmlns=\"" NS "\" format-version=\"1\" office=\"寒亭区投资促进局\">\n"
                                               "  <partner uuid=\"%s\" updated=\"2024-10-09T08:00:00Z\">\n"
                                               "    <name>某商会</name>\n  </partner>\n</exchange>\n",
                                               taken[i]);
      g_autofree char *reason = g_strdup_printf ("is already that of a %s in the database", type[i]);
      g_autofree char *before = zs_test_hash_file (db);
      g_autofree char *after = NULL;
      g_autoptr(ZsStore) store = zs_store_open (db, NULL);
      g_autoptr(ZsImportReport) report = NULL;
      g_autoptr(GError) once_error = NULL;
      g_autoptr(GError) preview_error = NULL;

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_assert_false (zs_exchange_import_file (store, file, NULL, NULL, NULL, NULL, NULL, &once_error));
      g_assert_nonnull (once_error);
      if (strstr (once_error->message, reason) == NULL || strstr (once_error->message, "line 3:") == NULL)
        g_error ("expected “line 3:” and “%s” in “%s”", reason, once_error->message);

      report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &preview_error);
      g_assert_no_error (preview_error);
      g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 1);
      g_clear_object (&store);
      after = zs_test_hash_file (db);
      g_assert_cmpstr (after, ==, before);
    }
}

/* A job that takes a hint for its own length (an export, an import, a
 * spreadsheet, a vCard file, a copy) gives the connection back the hint
 * it found: an export set the window's INTERACTIVE after it whatever the
 * connection had been, such as a worker's small cache. */
static void
test_jobs_give_back_hint (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("give-back-hint");
  g_autofree char *xml = zs_test_scratch_path ("hint.xml");
  g_autofree char *xlsx = zs_test_scratch_path ("hint.xlsx");
  g_autofree char *vcf = zs_test_scratch_path ("hint.vcf");
  g_autofree char *copy = zs_test_scratch_path ("hint-copy.db");
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(ZsQuery) partners = zs_query_new (ZS_TYPE_PARTNER);
  ZsSheetExportOptions sheet = { .format = ZS_SHEET_FORMAT_XLSX };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zs_store_set_hint (store, ZS_STORE_HINT_WORKER), ==, ZS_STORE_HINT_INTERACTIVE);

  zs_test_export_or_fail (store, xml, NULL);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_WORKER);

  g_assert_true (zs_exchange_import_file (store, file, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_WORKER);

  g_assert_true (zs_sheet_export_table (store, "projects", xlsx, &sheet, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_WORKER);

  g_assert_true (zs_vcard_export_to_file (store, partners, ZS_VCARD_VERSION_3_0, vcf, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_WORKER);

  g_assert_true (zs_store_backup_to (store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_WORKER);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange-bulk/reimport-unchanged", test_reimport_unchanged);
  g_test_add_func ("/exchange-bulk/jobs-give-back-hint", test_jobs_give_back_hint);
  g_test_add_data_func ("/exchange-bulk/second-pass-fails/last-record", GUINT_TO_POINTER (N_PROJECTS),
                        test_second_pass_fails);
  g_test_add_data_func ("/exchange-bulk/second-pass-fails/first-record", GUINT_TO_POINTER (1),
                        test_second_pass_fails);
  g_test_add_func ("/exchange-bulk/one-pass/refused-last-leaves-nothing", test_one_pass);
  g_test_add_func ("/exchange-bulk/one-pass/uuid-of-stored-record", test_uuid_of_stored_record);
  g_test_add_func ("/exchange-bulk/load-by-uuid-is-live", test_load_by_uuid_is_live);
  g_test_add_func ("/exchange-bulk/job-progress-on-main-thread", test_job_progress_on_main_thread);

  return g_test_run ();
}
