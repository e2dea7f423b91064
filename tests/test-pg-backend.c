/* test-pg-backend.c — what only the PostgreSQL backend does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Against the throwaway server of build-aux/test.sh ($ZS_TEST_PG), a
 * database of its own per test: several connections at once, each its
 * own program; another's commit heard through NOTIFY within a second; a
 * connection the server kills in the middle of an import leaves the
 * server as before and is made again; a newer schema and another
 * program's database refused. What every engine does is in the store
 * conformance suite (store-postgresql).
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "zs-attachments.h"
#include "zs-database.h"
#include "zs-test-util.h"

static ZsStore *
open_or_fail (const char *location)
{
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_store_open (location, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static gboolean
on_limit (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
count_change (guint  *changes,
              GType   type,
              gint64  id)
{
  (*changes)++;
}

/* Another connection's rename reaches the live object within a second. */
static void
test_notify_within_a_second (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("notify");
  g_autoptr(ZsStore) b = open_or_fail (zs_store_get_path (a));
  g_autoptr(ZsProject) project = zs_test_new_project (a, "长鑫存储三期", "长鑫存储", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = zs_store_load (b, ZS_TYPE_PROJECT, id, NULL);
  g_autoptr(GError) error = NULL;
  gboolean timed_out = FALSE;
  guint changes = 0;
  guint limit;
  gint64 start;

  zs_store_watch_others (a, ZS_STORE_WATCH_INTERVAL_MS);
  g_signal_connect_swapped (a, "changed", G_CALLBACK (count_change), &changes);

  zs_record_set_string (theirs, ZS_PROJECT_NAME, "长鑫存储四期");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  limit = g_timeout_add (zs_test_time_limit_ms (1000), on_limit, &timed_out);
  while (changes == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (limit);
  g_test_message ("heard after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  g_assert_false (timed_out);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "长鑫存储四期");
}

/* Two clerks on one project: the second save, from the copy read before
 * the first, is refused and changes nothing. */
static void
test_lost_update_refused (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("lost-update");
  g_autoptr(ZsStore) b = open_or_fail (zs_store_get_path (a));
  g_autoptr(ZsProject) project = zs_test_new_project (a, "国轩高科新站基地", "国轩高科", ZS_STAGE_SIGNED);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = zs_store_load (b, ZS_TYPE_PROJECT, id, NULL);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "甲的备注");
  g_assert_true (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_no_error (error);

  zs_record_set_string (theirs, ZS_PROJECT_NOTES, "乙的备注");
  g_assert_false (zs_store_save (b, theirs, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);

  stored = zs_store_read_stored (b, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NOTES), ==, "甲的备注");
}

typedef struct {
  const char *location;
  gboolean    killed;
} Killer;

/* Halfway through, the server ends the importing connection (as a
 * network cut or an administrator would). */
static void
kill_halfway (double   fraction,
              gpointer data)
{
  Killer *killer = data;
  g_autofree char *n = NULL;

  if (killer->killed || fraction < 0.5)
    return;
  killer->killed = TRUE;
  g_assert_true (zs_test_pg_exec (killer->location,
                                  "SELECT count(pg_terminate_backend (pid)) FROM pg_stat_activity "
                                  "WHERE datname = current_database () AND pid <> pg_backend_pid ()",
                                  &n));
  g_test_message ("connections ended: %s", n);
}

static gint64
count_all (const char *location,
           const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autofree char *n = NULL;

  g_assert_true (zs_test_pg_exec (location, sql, &n));
  return g_ascii_strtoll (n, NULL, 10);
}

static void
test_killed_import_leaves_server_as_before (void)
{
  g_autofree char *source_path = zs_test_db_path ("demo-source");
  g_autofree char *file_path = zs_test_scratch_path ("demo.xml");
  g_autoptr(ZsStore) source = zs_database_open (source_path, NULL);
  g_autoptr(ZsStore) store = zs_test_open_seeded ("killed-import");
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *location = zs_store_get_path (store);
  Killer killer = { location, FALSE };
  gint64 projects, history, marks;

  g_assert_nonnull (source);
  g_assert_true (zs_database_load_demo (source, &error));
  g_assert_no_error (error);
  g_assert_true (zs_exchange_export (source, file_path, "测试局", &error));
  g_assert_no_error (error);

  projects = count_all (location, "projects");
  history = count_all (location, "history");
  marks = count_all (location, "import_marks");

  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, kill_halfway, &killer, &error));
  g_assert_true (killer.killed);
  /* Refused, and for what it is: a lost connection, not a reference
   * the database lacks (a look-up is what the connection died in). */
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == ZS_ERROR);
  g_assert_nonnull (strstr (error->message, "connection to the database server"));
  g_assert_null (strstr (error->message, "neither in this file nor in the database"));
  g_clear_error (&error);

  /* Nothing of it reached the server. */
  g_assert_cmpint (count_all (location, "projects"), ==, projects);
  g_assert_cmpint (count_all (location, "history"), ==, history);
  g_assert_cmpint (count_all (location, "import_marks"), ==, marks);

  /* The store connects again by itself and the same import then works. */
  g_clear_object (&report);
  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_all (location, "projects"), >, projects);
}

typedef struct {
  guint batches;
  guint writes;
} Batches;

static void
count_batches (const char     *domain,
               GLogLevelFlags  level,
               const char     *message,
               gpointer        data)
{
  Batches *batches = data;
  guint n;

  if (sscanf (message, "PostgreSQL: %u writes sent ahead", &n) == 1)
    {
      batches->batches++;
      batches->writes += n;
    }
}

/* An import's new rows go to the server in batches, not a round trip
 * each: a thousand projects in a few dozen. What arrives is all of it. */
static void
test_import_in_batches (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("batch-source");
  g_autoptr(ZsStore) store = zs_test_open_seeded ("batch-target");
  g_autofree char *file_path = zs_test_scratch_path ("batch.xml");
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  Batches batches = { 0, 0 };
  gint64 added, projects;
  gint64 before = count_all (zs_store_get_path (store), "projects");
  guint handler;

  g_assert_true (zs_store_begin (source, &error));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("导入批次项目%04u", i);
      g_autoptr(ZsProject) project = zs_project_new ();

      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, name);
      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "潍柴动力");
      g_assert_true (zs_store_save (source, ZS_RECORD (project), &error));
      g_assert_no_error (error);
    }
  g_assert_true (zs_store_commit (source, &error));
  g_assert_true (zs_exchange_export (source, file_path, "测试局", &error));
  g_assert_no_error (error);

  handler = g_log_set_handler (NULL, G_LOG_LEVEL_DEBUG, count_batches, &batches);
  report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_log_remove_handler (NULL, handler);

  /* The file's units, people and chains come first, too few to batch
   * (their UUIDs are looked up one by one): at most a trip each. */
  added = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED);
  projects = zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED);
  g_test_message ("%u writes in %u round trips, %" G_GINT64_FORMAT " records", batches.writes, batches.batches, added);
  g_assert_cmpuint (batches.writes, >=, 1000);
  g_assert_cmpint (batches.batches, <=, added - projects + 1000 / 20);
  g_assert_cmpint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), >=, 1000);
  g_assert_cmpint (count_all (zs_store_get_path (store), "projects"), ==,
                   before + zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED));
}

/* An idle connection the server ended: the next command says so plainly,
 * the one after works on a new connection. */
static void
test_reconnect_after_lost_connection (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("reconnect");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京东方十代线", "京东方", ZS_STAGE_LEAD);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (zs_test_pg_exec (zs_store_get_path (store),
                                  "SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database () AND pid <> pg_backend_pid ()",
                                  NULL));
  /* The server's goodbye may take a moment to arrive. */
  g_usleep (100 * 1000);

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "断线后");
  if (!zs_store_save (store, ZS_RECORD (project), &error))
    {
      g_assert_error (error, ZS_ERROR, ZS_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "connects again"));
      g_clear_error (&error);
    }
  n = zs_store_count (store, query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 1);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "重新连接后");
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
}

/* The window's watch makes a lost connection again without blocking and
 * refreshes: what others saved meanwhile was not heard. */
static void
test_watch_reconnects (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("watch-reconnect");
  g_autoptr(ZsStore) b = open_or_fail (zs_store_get_path (a));
  g_autoptr(ZsProject) project = zs_test_new_project (a, "比亚迪合肥基地", "比亚迪", ZS_STAGE_LEAD);
  g_autoptr(ZsRecord) theirs = zs_store_load (b, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gboolean timed_out = FALSE;
  guint changes = 0;
  guint limit;

  zs_store_watch_others (a, ZS_STORE_WATCH_INTERVAL_MS);
  g_signal_connect_swapped (a, "changed", G_CALLBACK (count_change), &changes);

  /* a's connection ends (b's is the newest); then b saves, unheard. */
  sql = g_strdup_printf ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                         "WHERE datname = current_database () AND pid <> pg_backend_pid () "
                         "AND backend_start < (SELECT max(backend_start) FROM pg_stat_activity "
                         "WHERE datname = current_database () AND pid <> pg_backend_pid ())");
  g_assert_true (zs_test_pg_exec (zs_store_get_path (a), sql, NULL));
  zs_record_set_string (theirs, ZS_PROJECT_NAME, "比亚迪合肥二期");
  zs_store_save (b, theirs, &error);
  g_assert_no_error (error);

  limit = g_timeout_add (zs_test_time_limit_ms (5000), on_limit, &timed_out);
  while (changes == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (limit);
  g_assert_false (timed_out);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "比亚迪合肥二期");
}

/* An older program refuses a newer schema, with the message SQLite's gets. */
static void
test_newer_schema_refused (void)
{
  g_autofree char *location = zs_test_pg_location ("newer");
  g_autoptr(ZsStore) store = open_or_fail (location);
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  g_assert_true (zs_test_pg_exec (location, "UPDATE zs_schema SET version = 99", NULL));
  store = zs_store_open (location, &error);
  g_assert_null (store);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version of Zhaoshang"));
  g_assert_nonnull (strstr (error->message, "99"));
}

static void
test_foreign_database_refused (void)
{
  g_autofree char *location = zs_test_pg_location ("foreign");
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *n = NULL;

  g_assert_true (zs_test_pg_exec (location, "CREATE TABLE ledger (id integer)", NULL));
  store = zs_store_open (location, &error);
  g_assert_null (store);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CORRUPT);
  /* Left as it was. */
  g_assert_true (zs_test_pg_exec (location, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &n));
  g_assert_cmpstr (n, ==, "1");
}

/* ---- backups (docs/server-setup.md) ------------------------------------------ */

/* Opening a server database writes no copy of it on this PC: the server
 * is backed up by pg_dump, and a whole copy per PC per day would be slow
 * at a bureau's size. */
static void
test_open_makes_no_backup (void)
{
  g_autofree char *location = zs_test_pg_location ("no-backup");
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *last = NULL;

  store = zs_database_open (location, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  dir = g_dir_open (zs_store_get_backup_dir (store), 0, NULL);
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
  last = zs_store_get_setting (store, "backup-last-date");
  g_assert_null (last);
}

/* ---- the search index (schema/019-search-index.sql) -------------------------- */

static gint64
search_index_scans (const char *location)
{
  g_autofree char *n = NULL;

  /* The statistics arrive when a connection ends, soon after. */
  g_assert_true (zs_test_pg_exec (location,
                                  "SELECT pg_stat_clear_snapshot (); "
                                  "SELECT coalesce (sum (idx_scan), 0) FROM pg_stat_user_indexes "
                                  "WHERE indexrelname = 'projects_search_keys'",
                                  &n));
  return g_ascii_strtoll (n != NULL ? n : "0", NULL, 10);
}

/* One and two Chinese characters and a pinyin start are found through
 * the index of the documents' keys, not by reading every row; and they
 * still find what they should. */
static void
test_search_uses_index (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("search-index");
  g_autofree char *location = g_strdup (zs_store_get_path (store));
  const char *terms[] = { "潍", "潍坊", "weif", "w", "WF 潍坊" };
  gint64 before;

  g_object_unref (zs_test_new_project (store, "潍坊港口物流园", "潍坊港集团", ZS_STAGE_LEAD));
  g_object_unref (zs_test_new_project (store, "青岛啤酒扩建", "青岛啤酒", ZS_STAGE_LEAD));
  g_clear_object (&store);

  /* A handful of rows would be read whole anyway: forbid that, so that
   * only the index can answer. */
  g_assert_true (zs_test_pg_exec (location,
                                  "DO $$ BEGIN EXECUTE format ('ALTER DATABASE %I SET enable_seqscan = off', "
                                  "current_database ()); END $$",
                                  NULL));
  before = search_index_scans (location);
  store = open_or_fail (location);
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
      g_autoptr(GArray) ids = NULL;
      g_autoptr(GError) error = NULL;

      zs_query_set_search (query, terms[i]);
      ids = zs_store_query (store, query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, 1);
    }
  g_clear_object (&store);

  for (guint tries = 0; tries < 50 && search_index_scans (location) < before + (gint64) G_N_ELEMENTS (terms); tries++)
    g_usleep (100 * 1000);
  g_assert_cmpint (search_index_scans (location), >=, before + (gint64) G_N_ELEMENTS (terms));
}

/* ---- who may change what (data/postgresql/zs-server-setup.sql) ---------- */

static void
run_setup_script (const char *location)
{
  g_autofree char *path = zs_test_source_path ("../data/postgresql/zs-server-setup.sql");
  g_autofree char *text = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* psql's own commands are psql's. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\\')
      g_string_append_printf (sql, "%s\n", lines[i]);
  g_assert_true (zs_test_pg_exec (location, sql->str, NULL));
}

static char *
as_login (const char *location,
          const char *login)
{
  g_autoptr(GRegex) user = g_regex_new ("([?&])user=[^&]*", 0, 0, NULL);
  g_autofree char *replacement = g_strdup_printf ("\\1user=%s", login);

  if (g_regex_match (user, location, 0, NULL))
    return g_regex_replace (user, location, -1, 0, replacement, 0, NULL);
  return g_strdup_printf ("%s%suser=%s", location, strchr (location, '?') ? "&" : "?", login);
}

static ZsProject *
project_of_unit (ZsStore    *store,
                 const char *name,
                 gint64      unit)
{
  ZsProject *project = zs_test_new_project (store, name, name, ZS_STAGE_SIGNED);
  g_autoptr(GError) error = NULL;

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_UNIT_ID, unit);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  return project;
}

/* A 单位用户 changes their unit's project; the server refuses another
 * unit's, with a clear message, and the history names the real user. */
static void
test_unit_clerk_refused_by_server (void)
{
  g_autoptr(ZsStore) admin = zs_test_open_seeded ("roles");
  const char *location = zs_store_get_path (admin);
  gint64 unit_a = zs_test_nth_id (admin, ZS_TYPE_UNIT, 0);
  gint64 unit_b = zs_test_nth_id (admin, ZS_TYPE_UNIT, 1);
  g_autoptr(ZsPerson) person = zs_person_new ();
  g_autoptr(ZsProject) mine = NULL;
  g_autoptr(ZsProject) theirs = NULL;
  g_autoptr(ZsProject) new_theirs = zs_project_new ();
  g_autoptr(ZsStore) clerk = NULL;
  g_autoptr(ZsRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *login = g_strdup_printf ("zs_clerk_%d", (int) getpid ());
  g_autofree char *sql = NULL;
  g_autofree char *clerk_location = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *who = NULL;
  g_autofree char *history_sql = NULL;

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, "测试员甲");
  zs_record_set_int (ZS_RECORD (person), ZS_PERSON_UNIT_ID, unit_a);
  g_assert_true (zs_store_save (admin, ZS_RECORD (person), &error));
  g_assert_no_error (error);
  mine = project_of_unit (admin, "本单位项目", unit_a);
  theirs = project_of_unit (admin, "外单位项目", unit_b);

  run_setup_script (location);
  sql = g_strdup_printf ("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%s') THEN "
                         "CREATE ROLE %s LOGIN IN ROLE \"单位用户\"; END IF; END $$; "
                         "SELECT zs_link_clerk ('%s', '测试员甲')", login, login, login);
  g_assert_true (zs_test_pg_exec (location, sql, NULL));

  clerk_location = as_login (location, login);
  clerk = open_or_fail (clerk_location);

  /* Another unit's project: refused by the server, left as it was. */
  loaded = zs_store_load (clerk, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (theirs)), &error);
  g_assert_no_error (error);
  zs_record_set_string (loaded, ZS_PROJECT_NOTES, "越权修改");
  g_assert_false (zs_store_save (clerk, loaded, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "refused"));
  g_assert_nonnull (strstr (error->message, login));
  g_clear_error (&error);
  g_clear_object (&loaded);
  sql = (g_free (sql), g_strdup_printf ("SELECT coalesce (notes, '') FROM projects WHERE id = %" G_GINT64_FORMAT,
                                        zs_record_get_id (ZS_RECORD (theirs))));
  g_assert_true (zs_test_pg_exec (location, sql, &notes));
  g_assert_cmpstr (notes, ==, "");

  /* Nor may a new project go to another unit. */
  zs_record_set_string (ZS_RECORD (new_theirs), ZS_PROJECT_NAME, "替外单位新建");
  zs_record_set_int (ZS_RECORD (new_theirs), ZS_PROJECT_UNIT_ID, unit_b);
  g_assert_false (zs_store_save (clerk, ZS_RECORD (new_theirs), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Their own unit's: saved, and the history names who really did it. */
  loaded = zs_store_load (clerk, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (mine)), &error);
  g_assert_no_error (error);
  zs_record_set_string (loaded, ZS_PROJECT_NOTES, "本单位更新");
  g_assert_true (zs_store_save (clerk, loaded, &error));
  g_assert_no_error (error);
  history_sql = g_strdup_printf ("SELECT who FROM history WHERE record_type = 'project' AND record_id = %"
                                 G_GINT64_FORMAT " ORDER BY id DESC LIMIT 1",
                                 zs_record_get_id (ZS_RECORD (mine)));
  g_assert_true (zs_test_pg_exec (location, history_sql, &who));
  g_test_message ("history: %s", who);
  g_assert_nonnull (strstr (who, "测试员甲"));
  g_assert_nonnull (strstr (who, login));
}

/* A clerk linked to a person of @unit, connected: their store. */
static ZsStore *
open_unit_clerk (ZsStore    *admin,
                 gint64      unit,
                 const char *person_name)
{
  const char *location = zs_store_get_path (admin);
  g_autoptr(ZsPerson) person = zs_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *login = g_strdup_printf ("zs_clerk_%d", (int) getpid ());
  g_autofree char *sql = NULL;
  g_autofree char *clerk_location = NULL;

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, person_name);
  zs_record_set_int (ZS_RECORD (person), ZS_PERSON_UNIT_ID, unit);
  g_assert_true (zs_store_save (admin, ZS_RECORD (person), &error));
  g_assert_no_error (error);
  run_setup_script (location);
  sql = g_strdup_printf ("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%s') THEN "
                         "CREATE ROLE %s LOGIN IN ROLE \"单位用户\"; END IF; END $$; "
                         "SELECT zs_link_clerk ('%s', '%s')", login, login, login, person_name);
  g_assert_true (zs_test_pg_exec (location, sql, NULL));
  clerk_location = as_login (location, login);
  return open_or_fail (clerk_location);
}

/* A 单位用户 attaches files to their unit's project and removes them; the
 * server refuses both on another unit's. */
static void
test_unit_clerk_attachments (void)
{
  g_autoptr(ZsStore) admin = zs_test_open_seeded ("attach-roles");
  gint64 unit_a = zs_test_nth_id (admin, ZS_TYPE_UNIT, 0);
  gint64 unit_b = zs_test_nth_id (admin, ZS_TYPE_UNIT, 1);
  g_autoptr(ZsProject) mine = project_of_unit (admin, "本单位项目", unit_a);
  g_autoptr(ZsProject) theirs = project_of_unit (admin, "外单位项目", unit_b);
  g_autofree char *path = zs_test_scratch_path ("合同.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsAttachment) on_theirs = NULL;
  g_autoptr(ZsAttachment) on_mine = NULL;
  g_autoptr(ZsAttachment) refused = NULL;
  g_autoptr(ZsStore) clerk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count_sql = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_file_set_contents (path, "合同正文", -1, NULL));
  on_theirs = zs_store_attach_file (admin, ZS_RECORD (theirs), file, NULL, &error);
  g_assert_no_error (error);
  clerk = open_unit_clerk (admin, unit_a, "测试员乙");

  /* Their own unit's project: attached, and removed again. */
  on_mine = zs_store_attach_file (clerk, ZS_RECORD (mine), file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (on_mine);
  g_assert_true (zs_store_delete (clerk, ZS_RECORD (on_mine), &error));
  g_assert_no_error (error);

  /* Another unit's: refused by the server, nothing of it kept. */
  refused = zs_store_attach_file (clerk, ZS_RECORD (theirs), file, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (zs_store_delete (clerk, ZS_RECORD (on_theirs), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&error);

  count_sql = g_strdup_printf ("SELECT count(*) FROM attachments WHERE project_id = %" G_GINT64_FORMAT,
                               zs_record_get_id (ZS_RECORD (theirs)));
  g_assert_true (zs_test_pg_exec (zs_store_get_path (admin), count_sql, &n));
  g_assert_cmpstr (n, ==, "1");
  g_clear_pointer (&n, g_free);
  /* Bytes only of the two attachments made. */
  g_clear_pointer (&count_sql, g_free);
  count_sql = g_strdup_printf ("SELECT count(DISTINCT attachment_uuid) FROM attachment_chunks "
                               "WHERE attachment_uuid NOT IN ('%s', '%s')",
                               zs_record_get_uuid (ZS_RECORD (on_mine)), zs_record_get_uuid (ZS_RECORD (on_theirs)));
  g_assert_true (zs_test_pg_exec (zs_store_get_path (admin), count_sql, &n));
  g_assert_cmpstr (n, ==, "0");
  g_unlink (path);
}

static ZsRecord *
supervision_for_unit (ZsStore *store,
                      gint64   project_id,
                      gint64   unit)
{
  ZsRecord *item = ZS_RECORD (zs_supervision_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (item, ZS_SUPERVISION_PROJECT_ID, project_id);
  zs_record_set_string (item, ZS_SUPERVISION_TASK, "协调解决用地指标");
  zs_record_set_int (item, ZS_SUPERVISION_UNIT_ID, unit);
  zs_record_set_string (item, ZS_SUPERVISION_DEADLINE, "2026-11-30");
  g_assert_true (zs_store_save (store, item, &error));
  g_assert_no_error (error);
  return item;
}

static gboolean
reply_as (ZsStore   *store,
          ZsRecord  *item,
          GError   **error)
{
  g_autoptr(ZsRecord) reply = ZS_RECORD (zs_supervision_reply_new ());

  zs_record_set_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID, zs_record_get_id (item));
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_TEXT, "已对接，正在办理");
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_DATE, "2026-11-10");
  return zs_store_save (store, reply, error);
}

/* A 单位用户 answers the 督办 items given to their unit, not another
 * unit's, and gives no 批示 and no 督办 item: those are the leaders'. */
static void
test_unit_clerk_replies_to_own_supervision (void)
{
  g_autoptr(ZsStore) admin = zs_test_open_seeded ("supervision-roles");
  const char *location = zs_store_get_path (admin);
  gint64 unit_a = zs_test_nth_id (admin, ZS_TYPE_UNIT, 0);
  gint64 unit_b = zs_test_nth_id (admin, ZS_TYPE_UNIT, 1);
  g_autoptr(ZsPerson) person = zs_person_new ();
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(ZsRecord) ours = NULL;
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(ZsRecord) instruction = ZS_RECORD (zs_instruction_new ());
  g_autoptr(ZsStore) clerk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *login = g_strdup_printf ("zs_replier_%d", (int) getpid ());
  g_autofree char *sql = NULL;
  g_autofree char *clerk_location = NULL;
  g_autofree char *count = NULL;

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, "测试员乙");
  zs_record_set_int (ZS_RECORD (person), ZS_PERSON_UNIT_ID, unit_a);
  g_assert_true (zs_store_save (admin, ZS_RECORD (person), &error));
  g_assert_no_error (error);
  project = project_of_unit (admin, "督办项目", unit_b);
  ours = supervision_for_unit (admin, zs_record_get_id (ZS_RECORD (project)), unit_a);
  theirs = supervision_for_unit (admin, zs_record_get_id (ZS_RECORD (project)), unit_b);

  run_setup_script (location);
  sql = g_strdup_printf ("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%s') THEN "
                         "CREATE ROLE %s LOGIN IN ROLE \"单位用户\"; END IF; END $$; "
                         "SELECT zs_link_clerk ('%s', '测试员乙')", login, login, login);
  g_assert_true (zs_test_pg_exec (location, sql, NULL));
  clerk_location = as_login (location, login);
  clerk = open_or_fail (clerk_location);

  g_assert_true (reply_as (clerk, ours, &error));
  g_assert_no_error (error);
  g_assert_false (reply_as (clerk, theirs, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&error);

  zs_record_set_int (instruction, ZS_INSTRUCTION_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (instruction, ZS_INSTRUCTION_TEXT, "越权批示");
  zs_record_set_string (instruction, ZS_INSTRUCTION_AUTHOR, "测试员乙");
  zs_record_set_string (instruction, ZS_INSTRUCTION_DATE, "2026-11-10");
  g_assert_false (zs_store_save (clerk, instruction, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);

  g_assert_true (zs_test_pg_exec (location, "SELECT count(*) FROM supervision_replies", &count));
  g_assert_cmpstr (count, ==, "1");
}

/* A saved reply to @item, written through @store. */
static ZsRecord *
saved_reply (ZsStore  *store,
             ZsRecord *item)
{
  ZsRecord *reply = ZS_RECORD (zs_supervision_reply_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID, zs_record_get_id (item));
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_TEXT, "已办结，附现场照片");
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_DATE, "2026-11-12");
  g_assert_true (zs_store_save (store, reply, &error));
  g_assert_no_error (error);
  return reply;
}

/* A 单位用户 attaches files to their unit's replies to 督办 items, even on
 * another unit's project; the server refuses a file on another unit's
 * reply and keeps none of its bytes. */
static void
test_unit_clerk_attaches_to_own_replies (void)
{
  g_autoptr(ZsStore) admin = zs_test_open_seeded ("reply-attach-roles");
  gint64 unit_a = zs_test_nth_id (admin, ZS_TYPE_UNIT, 0);
  gint64 unit_b = zs_test_nth_id (admin, ZS_TYPE_UNIT, 1);
  g_autoptr(ZsProject) project = project_of_unit (admin, "督办项目", unit_b);
  gint64 project_id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) ours = supervision_for_unit (admin, project_id, unit_a);
  g_autoptr(ZsRecord) theirs = supervision_for_unit (admin, project_id, unit_b);
  g_autoptr(ZsRecord) their_reply = saved_reply (admin, theirs);
  g_autofree char *path = zs_test_scratch_path ("现场照片.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsStore) clerk = NULL;
  g_autoptr(ZsRecord) our_reply = NULL;
  g_autoptr(ZsAttachment) on_ours = NULL;
  g_autoptr(ZsAttachment) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *n = NULL;

  g_assert_true (g_file_set_contents (path, "照片", -1, NULL));
  clerk = open_unit_clerk (admin, unit_a, "测试员丙");
  our_reply = saved_reply (clerk, ours);

  on_ours = zs_store_attach_file (clerk, our_reply, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (on_ours);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (on_ours), ZS_ATTACHMENT_SUPERVISION_REPLY_ID), ==,
                   zs_record_get_id (our_reply));

  refused = zs_store_attach_file (clerk, their_reply, file, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);

  g_assert_true (zs_test_pg_exec (zs_store_get_path (admin),
                                  "SELECT count(*) FROM attachments WHERE supervision_reply_id IS NOT NULL", &n));
  g_assert_cmpstr (n, ==, "1");
  g_clear_pointer (&n, g_free);
  g_assert_true (zs_test_pg_exec (zs_store_get_path (admin),
                                  "SELECT count(DISTINCT attachment_uuid) FROM attachment_chunks", &n));
  g_assert_cmpstr (n, ==, "1");
  g_unlink (path);
}

static void
skip_unavailable (gconstpointer why)
{
  g_test_skip (why);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!zs_test_store_backend_available (&why))
    {
      g_test_add_data_func ("/pg/server-unavailable", why, skip_unavailable);
      return g_test_run ();
    }

  g_test_add_func ("/pg/notify/within-a-second", test_notify_within_a_second);
  g_test_add_func ("/pg/sync/lost-update-refused", test_lost_update_refused);
  g_test_add_func ("/pg/import/killed-connection-leaves-server-as-before", test_killed_import_leaves_server_as_before);
  g_test_add_func ("/pg/import/writes-in-batches", test_import_in_batches);
  g_test_add_func ("/pg/connection/reconnect", test_reconnect_after_lost_connection);
  g_test_add_func ("/pg/connection/watch-reconnects", test_watch_reconnects);
  g_test_add_func ("/pg/open/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/pg/open/foreign-database-refused", test_foreign_database_refused);
  g_test_add_func ("/pg/search/uses-index", test_search_uses_index);
  g_test_add_func ("/pg/backup/open-makes-none", test_open_makes_no_backup);
  g_test_add_func ("/pg/roles/unit-clerk-refused-by-server", test_unit_clerk_refused_by_server);
  g_test_add_func ("/pg/roles/unit-clerk-attachments", test_unit_clerk_attachments);
  g_test_add_func ("/pg/roles/unit-clerk-replies-to-own-supervision", test_unit_clerk_replies_to_own_supervision);
  g_test_add_func ("/pg/roles/unit-clerk-attaches-to-own-replies", test_unit_clerk_attaches_to_own_replies);
  return g_test_run ();
}
