/* test-sqlite-backend.c — the SQLite backend on real database files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What only the SQLite backend does, checked through the file itself: an
 * empty or foreign file, one of an older schema written from the schema
 * files, a damaged one, another program's lock, the locations that name a
 * file, the indexes and triggers a bulk write takes out and puts back.
 * Everything a backend must do whatever its engine is in
 * test-store-conformance.c.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "zs-test-sqlite.h"
#include "zs-test-util.h"
#include "zs-database.h"
#include "zs-limits.h"

/* ---- helpers ------------------------------------------------------------- */

/* Every table, index and trigger of the file with its SQL, read past the
 * store: what a bulk write takes out must all be back. */
static char *
schema_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *schema = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (schema, "%s %s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (schema, FALSE);
}

static GArray *
search (ZsStore    *store,
        const char *text)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GError) error = NULL;
  GArray *ids;

  zs_query_set_search (query, text);
  ids = zs_store_query (store, query, &error);
  g_assert_no_error (error);
  return ids;
}

static guint
search_count (ZsStore    *store,
              const char *text)
{
  g_autoptr(GArray) found = search (store, text);

  return found->len;
}

/* ---- opening and migrations ------------------------------------------------ */

static void
test_open_empty_file_migrates (void)
{
  g_autofree char *path = zs_test_db_path ("empty");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  /* An empty file (as a file manager's "new document" makes) is a new database. */
  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_was_created (store));
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (zs_test_sqlite_int (path, "PRAGMA user_version"), ==, ZS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (zs_test_sqlite_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'projects_fts'"), ==, 1);

  /* Opening again migrates nothing. */
  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (zs_store_was_created (store));
  g_assert_cmpint (zs_store_get_opened_version (store), ==, ZS_STORE_SCHEMA_VERSION);
}

static void
test_open_previous_version_keeps_data (void)
{
  g_autofree char *path = zs_test_db_path ("v1");
  g_autofree char *v1_sql_path = g_test_build_filename (G_TEST_DIST, "..", "src", "backend", "sqlite", "schema", "001-tables.sql", NULL);
  g_autofree char *v1_sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GDir) backups = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db;
  guint n_backups = 0;

  /* Make the file exactly as version 1 of the schema left it. */
  g_assert_true (g_file_get_contents (v1_sql_path, &v1_sql, NULL, NULL));
  g_mkdir_with_parents (dir, 0700);
  db = zs_test_sqlite_open (path);
  zs_test_sqlite_exec (db, v1_sql);
  zs_test_sqlite_exec (db,
            "INSERT INTO units (uuid, created, updated, name, kind, position) VALUES "
            " ('11111111-1111-4111-8111-111111111111', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '双杨街道', 1, 0);"
            "INSERT INTO projects (uuid, created, updated, name, investor, unit_id, stage, stage_since, planned_investment, signing_date) VALUES "
            " ('22222222-2222-4222-8222-222222222222', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z',"
            "  '中南高科·鸢都汇智产业园三期', '中南高科', 1, 2, '2024-03-01', 80000, '2024-03-01');"
            "PRAGMA user_version = 1;");
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 1);
  g_assert_false (zs_store_was_created (store));

  project = zs_store_load (store, ZS_TYPE_PROJECT, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "中南高科·鸢都汇智产业园三期");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_PLANNED_INVESTMENT), ==, 8000000);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);
  g_assert_cmpstr (zs_record_get_uuid (ZS_RECORD (project)), ==, "22222222-2222-4222-8222-222222222222");
  g_assert_cmpstr (zs_record_get_updated (ZS_RECORD (project)), ==, "2024-03-02T00:00:00Z");

  /* The search index made by version 2 covers rows written by version 1. */
  found = search (store, "鸢都汇智");
  g_assert_cmpuint (found->len, ==, 1);

  /* A copy of the old file was made before migrating. */
  backups = g_dir_open (zs_store_get_backup_dir (store), 0, NULL);
  g_assert_nonnull (backups);
  for (const char *name; (name = g_dir_read_name (backups)) != NULL;)
    if (strstr (name, "before-v" G_STRINGIFY (ZS_STORE_SCHEMA_VERSION)) != NULL)
      n_backups++;
  g_assert_cmpuint (n_backups, ==, 1);
}

/* A file of schema version 9 made from the schema files, rows written past
 * the store. */
static void
make_v9_file (const char *path)
{
  sqlite3 *db = zs_test_sqlite_at_version (path, 9);

  zs_test_sqlite_exec (db,
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO units (id, uuid, created, updated, name) VALUES "
            " (1, '11111111-1111-4111-8111-111111111111', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '双杨街道');"
            "INSERT INTO targets (uuid, created, updated, unit_id, year, signed_count) VALUES "
            " ('33333333-3333-4333-8333-333333333333', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1, 2024, 12);"
            "INSERT INTO projects (id, uuid, created, updated, name, unit_id) VALUES "
            " (7, '22222222-2222-4222-8222-222222222227', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '七号项目', 1),"
            " (9, '22222222-2222-4222-8222-222222222229', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '九号项目', 1);"
            "PRAGMA user_version = 9;");
  sqlite3_close (db);
}

/* Step 10 makes every record table again with AUTOINCREMENT: the rows and
 * their ids stay, dropping a table others refer to deletes none of their
 * rows (the unit's target, ON DELETE CASCADE), and from then on the id of
 * a deleted record is never given again. */
static void
test_upgrade_ids_never_reused (void)
{
  g_autofree char *path = zs_test_db_path ("v9");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsProject) seven = NULL;
  g_autoptr(ZsProject) nine = NULL;
  g_autoptr(ZsProject) next = NULL;
  g_autoptr(ZsQuery) targets = zs_query_new (ZS_TYPE_TARGET);
  g_autofree char *schema = NULL;
  g_autoptr(GArray) found = NULL;

  make_v9_file (path);
  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 9);

  seven = ZS_PROJECT (zs_store_load (store, ZS_TYPE_PROJECT, 7, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (seven), ZS_PROJECT_NAME), ==, "七号项目");
  nine = ZS_PROJECT (zs_store_load (store, ZS_TYPE_PROJECT, 9, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (nine), ZS_PROJECT_UNIT_ID), ==, 1);
  g_assert_cmpint (zs_store_count (store, targets, NULL), ==, 1);
  found = search (store, "九号");
  g_assert_cmpuint (found->len, ==, 1);

  g_assert_true (zs_store_delete (store, ZS_RECORD (nine), &error));
  g_assert_no_error (error);
  next = zs_test_new_project (store, "新项目", "某公司", ZS_STAGE_LEAD);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (next)), ==, 10);
  g_clear_object (&store);

  schema = schema_of (path);
  g_assert_nonnull (strstr (schema, "CREATE TABLE projects (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,"));
  g_assert_nonnull (strstr (schema, "CREATE TABLE units (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,"));
  g_assert_cmpint (zs_test_sqlite_int (path, "PRAGMA user_version"), ==, ZS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (zs_test_sqlite_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

static gint64
count_projects_of (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  return zs_store_count (store, query, NULL);
}

static void
test_open_locked (void)
{
  g_autofree char *path = zs_test_db_path ("locked");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsStore) second = NULL;
  g_autoptr(ZsProject) project = NULL;
  sqlite3 *other;

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_NEGOTIATING);

  /* Another program holds the write lock. */
  other = zs_test_sqlite_open (path);
  zs_test_sqlite_exec (other, "BEGIN EXCLUSIVE; UPDATE settings SET value = value;");

  /* Opening a second time reads without waiting (WAL); its write says
   * another program is saving. */
  second = zs_store_open_full (path, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_projects_of (second), ==, 1);
  g_assert_false (zs_store_set_setting (second, "office-name", "某局", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "Another program is saving"));
  g_clear_error (&error);

  /* So does an edit through the connection already open; nothing changes. */
  sqlite3_busy_timeout (other, 0);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "改名");
  g_assert_false (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_LOCKED);
  g_clear_error (&error);

  zs_test_sqlite_exec (other, "ROLLBACK");
  sqlite3_close (other);

  /* The object shows what is stored, not the edit that failed. */
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "亿程机械");
}

static void
assert_open_fails (const char *path,
                   ZsError     code,
                   const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_store_open_full (path, 50, &error);

  g_assert_null (store);
  g_assert_error (error, ZS_ERROR, (gint) code);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_open_corrupt (void)
{
  g_autofree char *garbage = zs_test_db_path ("garbage");
  g_autofree char *damaged = zs_test_db_path ("damaged");
  g_autofree char *foreign = zs_test_db_path ("foreign");
  g_autofree char *dir = g_path_get_dirname (garbage);
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *db;

  g_mkdir_with_parents (dir, 0700);

  /* Not a database at all. */
  g_assert_true (g_file_set_contents (garbage, "项目台账\n这不是数据库文件。\n", -1, NULL));
  assert_open_fails (garbage, ZS_ERROR_CORRUPT, "damaged");

  /* A real database whose pages were overwritten. */
  {
    g_autoptr(ZsStore) store = zs_test_open_seeded ("to-damage");

    for (guint i = 0; i < 200; i++)
      {
        g_autofree char *name = g_strdup_printf ("项目 %u 号", i);
        g_autoptr(ZsProject) p = zs_test_new_project (store, name, "某公司", ZS_STAGE_LEAD);
      }
    g_assert_true (zs_store_backup_to (store, damaged, NULL));
  }
  g_assert_true (g_file_get_contents (damaged, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 4096 + 100; i < 8 * 4096; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (damaged, contents, (gssize) length, NULL));
  assert_open_fails (damaged, ZS_ERROR_CORRUPT, "backup");

  /* Another program's SQLite file. */
  db = zs_test_sqlite_open (foreign);
  zs_test_sqlite_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');");
  sqlite3_close (db);
  assert_open_fails (foreign, ZS_ERROR_CORRUPT, "another program");
  /* …and it was not touched. */
  g_assert_cmpint (zs_test_sqlite_int (foreign, "SELECT count(*) FROM sqlite_schema"), ==, 1);
}

static char *
query_raw_text (const char *path,
                const char *sql)
{
  sqlite3 *db = zs_test_sqlite_open (path);
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* One changed byte in a page of the projects' UUID index: the quick check
 * that opening runs passes it (and so exports and imports went on), the
 * full check on a second connection finds it. */
static void
test_full_check_finds_broken_index (void)
{
  g_autofree char *path = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *quick = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  gint64 root, page_size;
  gsize offset;
  GWeakRef closed;

  {
    g_autoptr(ZsStore) fresh = zs_test_open_seeded ("broken-index");

    for (guint i = 0; i < 20; i++)
      {
        g_autofree char *name = g_strdup_printf ("项目 %u 号", i);
        g_autoptr(ZsProject) p = zs_test_new_project (fresh, name, "某公司", ZS_STAGE_LEAD);

        if (i == 7)
          uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (p)));
      }
    /* A healthy file passes the full check. */
    error = zs_test_check_integrity (fresh);
    g_assert_no_error (error);
    path = g_strdup (zs_store_get_path (fresh));
    g_weak_ref_init (&closed, fresh);
  }
  /* Closed, the store writes its journal back into the file the byte is
   * broken in. The check's task lets it go after the main loop has run
   * its callback (zs_thread_task_new() hands its last reference back to
   * the loop): draining the loop once was not enough (CI, 7 December:
   * "no index entry" in a suite run). */
  zs_test_wait_until_finalized (&closed);
  g_weak_ref_clear (&closed);

  /* The byte is in the UUID index's page, which dbstat-free SQL finds:
   * the index of the UNIQUE constraint, one leaf page for 20 rows. */
  root = zs_test_sqlite_int (path, "SELECT rootpage FROM sqlite_schema WHERE type = 'index' "
                              "AND tbl_name = 'projects' AND name LIKE 'sqlite_autoindex_%'");
  page_size = zs_test_sqlite_int (path, "PRAGMA page_size");
  offset = zs_test_break_uuid_index (path, uuid);
  g_assert_cmpuint (offset, >=, (gsize) ((root - 1) * page_size));
  g_assert_cmpuint (offset, <, (gsize) (root * page_size));

  quick = query_raw_text (path, "PRAGMA quick_check");
  g_assert_cmpstr (quick, ==, "ok");

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  error = zs_test_check_integrity (store);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CORRUPT);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, "an index no longer agrees"));
  g_assert_nonnull (strstr (error->message, "backups"));
  /* The clerk is told no SQLite words. */
  g_assert_null (strstr (error->message, "missing from index"));
}

/* Restoring keeps the damaged file beside, under a name with the time,
 * takes its journal with it, and puts the copy in its place. */
static void
test_restore_keeps_damaged_copy (void)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *older = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *damaged_hash = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  ZsStoreBackup *newest;

  {
    g_autoptr(ZsStore) fresh = zs_test_open_seeded ("to-restore");
    g_autoptr(ZsProject) kept = zs_test_new_project (fresh, "备份里的项目", "某公司", ZS_STAGE_LEAD);
    g_autofree char *dir = g_strdup (zs_store_get_backup_dir (fresh));
    g_autofree char *base = g_path_get_basename (zs_store_get_path (fresh));
    g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".db"));
    g_autofree char *torn = g_strdup_printf ("%s/%s-auto-20260102-030405.db.part", dir, stem);
    g_autofree char *other = g_build_filename (dir, "someone-else-auto-20260102-030405.db", NULL);

    path = g_strdup (zs_store_get_path (fresh));
    older = g_strdup_printf ("%s/%s-auto-20250101-080000.db", dir, stem);
    backup = g_strdup_printf ("%s/%s-before-v10-20260101-090000.db", dir, stem);
    g_assert_true (zs_store_backup_to (fresh, older, NULL));
    g_assert_true (zs_store_backup_to (fresh, backup, NULL));
    /* Neither is a copy of this database. */
    g_assert_true (g_file_set_contents (torn, "x", 1, NULL));
    g_assert_true (zs_store_backup_to (fresh, other, NULL));
    g_autoptr(ZsProject) later = zs_test_new_project (fresh, "备份后的项目", "某公司", ZS_STAGE_LEAD);
  }
  g_assert_true (g_file_set_contents (path, "已损坏", -1, NULL));
  damaged_hash = zs_test_hash_file (path);

  backups = zs_store_list_backups (path);
  /* Today's automatic copy, and the two above: newest first. */
  g_assert_cmpuint (backups->len, ==, 3);
  g_assert_cmpstr (((ZsStoreBackup *) backups->pdata[1])->path, ==, backup);
  g_assert_cmpstr (((ZsStoreBackup *) backups->pdata[2])->path, ==, older);
  newest = backups->pdata[1];
  g_assert_cmpint (g_date_time_get_year (newest->time), ==, 2026);
  g_assert_cmpint (g_date_time_get_hour (newest->time), ==, 9);
  g_assert_cmpint (newest->size, >, 0);

  safety = zs_store_restore_backup (path, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (safety, "-damaged-"));
  {
    g_autofree char *hash = zs_test_hash_file (safety);
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *safety_dir = g_path_get_dirname (safety);

    g_assert_cmpstr (safety_dir, ==, dir);
    g_assert_cmpstr (hash, ==, damaged_hash);
  }

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_count (store, query, NULL), ==, 1);
  error = zs_test_check_integrity (store);
  g_assert_no_error (error);
}

/* A file that is not ours is never written, not even switched to WAL
 * (which rewrites its header) before it is refused. */
static void
test_open_foreign_untouched (void)
{
  g_autofree char *foreign = zs_test_db_path ("foreign-bytes");
  g_autofree char *dir = g_path_get_dirname (foreign);
  g_autofree char *wal = g_strconcat (foreign, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *db;

  g_mkdir_with_parents (dir, 0700);
  db = zs_test_sqlite_open (foreign);
  zs_test_sqlite_exec (db, "PRAGMA journal_mode = DELETE; CREATE TABLE contacts (name TEXT); "
                "INSERT INTO contacts VALUES ('张三');");
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (foreign, &before, &before_len, NULL));

  assert_open_fails (foreign, ZS_ERROR_CORRUPT, "another program");

  g_assert_true (g_file_get_contents (foreign, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, before, before_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  {
    sqlite3 *check = zs_test_sqlite_open (foreign);
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (check, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
    sqlite3_finalize (stmt);
    sqlite3_close (check);
  }
}

static void
test_open_too_new (void)
{
  g_autofree char *path = zs_test_db_path ("new");

  {
    g_autoptr(ZsStore) store = zs_store_open (path, NULL);
    g_assert_nonnull (store);
  }
  {
    sqlite3 *db = zs_test_sqlite_open (path);

    zs_test_sqlite_exec (db, "PRAGMA user_version = 99");
    sqlite3_close (db);
  }
  assert_open_fails (path, ZS_ERROR_TOO_NEW, "99");
}

/* ---- locations ------------------------------------------------------------ */

static gint64
count_projects (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  return zs_store_count (store, query, NULL);
}

/* A plain path, "sqlite://" and a path, and a file:// URI open one file. */
static void
test_location_forms (void)
{
  g_autofree char *path = zs_test_db_path ("forms");
  g_autofree char *sqlite_uri = g_strconcat ("sqlite://", path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *backups = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_path_is_absolute (path));
  {
    g_autoptr(ZsStore) store = zs_store_open (path, &error);
    g_autoptr(ZsProject) project = NULL;

    g_assert_no_error (error);
    project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_SIGNED);
    backups = g_strdup (zs_store_get_backup_dir (store));
  }

  {
    g_autoptr(ZsStore) store = zs_store_open (sqlite_uri, &error);
    g_autoptr(ZsStore) worker = NULL;

    g_assert_no_error (error);
    g_assert_false (zs_store_was_created (store));
    g_assert_cmpint (count_projects (store), ==, 1);
    /* Opened again by the string it was opened with. */
    g_assert_cmpstr (zs_store_get_path (store), ==, sqlite_uri);
    g_assert_cmpstr (zs_store_get_backup_dir (store), ==, backups);
    worker = zs_store_open_secondary (zs_store_get_path (store), &error);
    g_assert_no_error (error);
    g_assert_cmpint (count_projects (worker), ==, 1);
  }

  {
    g_autoptr(ZsStore) store = zs_store_open (file_uri, &error);

    g_assert_no_error (error);
    g_assert_cmpint (count_projects (store), ==, 1);
    g_assert_cmpstr (zs_store_get_path (store), ==, path);
  }

  /* A scheme with no file after it. */
  {
    g_autoptr(ZsStore) store = zs_store_open ("sqlite://", &error);

    g_assert_null (store);
    g_assert_error (error, ZS_ERROR, ZS_ERROR_FAILED);
    g_assert_nonnull (strstr (error->message, "sqlite://"));
  }
}

/* ---- bulk writes ------------------------------------------------------------- */

static void
save_projects (ZsStore    *store,
               const char *prefix,
               guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s第%u号项目", prefix, i + 1);
      g_autoptr(ZsProject) project = zs_test_new_project (store, name, "某公司", ZS_STAGE_LEAD);
    }
}

/* The search triggers and the projects' indexes come out for a bulk
 * write and are all back after it, or after its rollback. */
static void
test_bulk_puts_schema_back (void)
{
  g_autofree char *path = zs_test_db_path ("bulk");
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsStore) store = zs_database_open (path, &error);

    g_assert_no_error (error);
  }
  schema_before = schema_of (path);
  g_assert_nonnull (strstr (schema_before, "trigger projects_fts_"));
  g_assert_nonnull (strstr (schema_before, "index "));

  {
    g_autoptr(ZsStore) store = zs_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (zs_store_begin (store, NULL));
    g_assert_true (zs_store_bulk_begin (store, &error));
    g_assert_true (zs_store_bulk_defer_indexes (store, ZS_TYPE_PROJECT, &error));
    g_assert_no_error (error);
    save_projects (store, "寒亭区", 50);
    g_assert_true (zs_store_bulk_end (store, &error));
    g_assert_no_error (error);
    g_assert_true (zs_store_commit (store, &error));

    /* The search index was made again from the rows written meanwhile. */
    g_assert_cmpuint (search_count (store, "寒亭区第50号"), ==, 1);
  }
  schema_after = schema_of (path);
  g_assert_cmpstr (schema_after, ==, schema_before);
  g_clear_pointer (&schema_after, g_free);
  /* Whole, and merging its segments again as edits add them: the rebuild
   * alone ran without merging. */
  for (const char * const *t = (const char * const[]) { "projects", "partners", "enterprises", "leads", NULL }; *t; t++)
    {
      g_autofree char *merge = g_strdup_printf ("SELECT coalesce ((SELECT v FROM %s_fts_config WHERE k = 'automerge'), 4)", *t);
      g_autofree char *check = g_strdup_printf ("INSERT INTO %s_fts (%s_fts) VALUES ('integrity-check')", *t, *t);
      sqlite3 *db = zs_test_sqlite_open (path);

      g_assert_cmpint (zs_test_sqlite_int (path, merge), ==, 4);
      zs_test_sqlite_exec (db, check);
      sqlite3_close (db);
    }

  /* A bulk write rolled back before its end. */
  {
    g_autoptr(ZsStore) store = zs_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (zs_store_begin (store, NULL));
    g_assert_true (zs_store_bulk_begin (store, NULL));
    g_assert_true (zs_store_bulk_defer_indexes (store, ZS_TYPE_PROJECT, NULL));
    save_projects (store, "坊子区", 10);
    zs_store_rollback (store);
    g_assert_cmpint (count_projects (store), ==, 50);

    /* The triggers are back: a project saved now is found. */
    save_projects (store, "奎文区", 1);
    g_assert_cmpuint (search_count (store, "奎文区第1号"), ==, 1);
  }
  schema_after = schema_of (path);
  g_assert_cmpstr (schema_after, ==, schema_before);
}

/* SQLite's count of every allocation takes one mutex that all
 * connections share: with it on, the window's search queued behind the
 * worker threads' reads. Off, SQLite counts nothing. */
static void
test_allocations_not_counted (void)
{
  g_autofree char *path = zs_test_db_path ("memstatus");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_database_open (path, &error);

  g_assert_no_error (error);
  save_projects (store, "潍城区", 20);
  g_assert_cmpuint (search_count (store, "潍城区第7号"), ==, 1);
  g_assert_cmpint (sqlite3_memory_used (), ==, 0);
  g_assert_cmpint (sqlite3_memory_highwater (FALSE), ==, 0);
}

/* The file index of an import holds its first entries in memory and the
 * rest in a temporary table: a file of more records than the memory part
 * takes (786,432) still has each UUID once, wherever it was noted. */
static void
file_uuid (char   buffer[37],
           guint  i)
{
  g_snprintf (buffer, 37, "%08x-%04x-4%03x-8000-%012x", i * 2654435761u, i & 0xffff, i & 0xfff, i);
}

static void
test_file_index_beyond_memory (void)
{
  g_autofree char *path = zs_test_db_path ("file-index");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_store_open (path, &error);
  const guint n = 1000000;
  char uuid[37];
  gboolean refused;
  int line;

  g_assert_no_error (error);
  g_assert_true (zs_store_begin (store, &error));
  g_assert_true (zs_store_file_index_reset (store, &error));
  for (guint i = 0; i < n; i++)
    {
      file_uuid (uuid, i);
      if (!zs_store_file_index_add (store, i % 2 ? ZS_TYPE_PROJECT : ZS_TYPE_STAGE_EVENT, uuid, (int) i + 2,
                                    i % 7 == 0, &line, &error))
        g_error ("entry %u (%s) taken for a duplicate of line %d: %s", i, uuid, line,
                 error != NULL ? error->message : "no error");
    }
  /* Early entries (in memory) and late ones (in the table), each found
   * under its type only, and each a duplicate when noted again under any
   * type, with the line it was first noted on. */
  for (guint i = 0; i < n; i += 997)
    {
      GType type = i % 2 ? ZS_TYPE_PROJECT : ZS_TYPE_STAGE_EVENT;

      file_uuid (uuid, i);
      refused = !(i % 7 == 0);
      line = 0;
      g_assert_true (zs_store_file_index_lookup (store, type, uuid, &refused, &line));
      g_assert_cmpint (line, ==, (int) i + 2);
      g_assert_cmpint (refused, ==, i % 7 == 0);
      g_assert_false (zs_store_file_index_lookup (store, ZS_TYPE_PARTNER, uuid, NULL, NULL));
      line = 0;
      g_assert_false (zs_store_file_index_add (store, ZS_TYPE_PARTNER, uuid, 1, FALSE, &line, &error));
      g_assert_no_error (error);
      g_assert_cmpint (line, ==, (int) i + 2);
    }
  /* A UUID new to both parts goes to the table, once. */
  file_uuid (uuid, n + 5);
  g_assert_false (zs_store_file_index_lookup (store, ZS_TYPE_PROJECT, uuid, NULL, NULL));
  g_assert_true (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 9, FALSE, &line, &error));
  g_assert_false (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 10, FALSE, &line, &error));
  g_assert_cmpint (line, ==, 9);
  /* In upper case, the same UUID. */
  file_uuid (uuid, 3);
  for (char *c = uuid; *c != '\0'; c++)
    *c = g_ascii_toupper (*c);
  g_assert_false (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 11, FALSE, &line, &error));
  g_assert_cmpint (line, ==, 5);

  /* Reset, the index is empty again, in both parts. */
  g_assert_true (zs_store_file_index_reset (store, &error));
  for (guint i = 0; i < n; i += 99991)
    {
      file_uuid (uuid, i);
      g_assert_false (zs_store_file_index_lookup (store, i % 2 ? ZS_TYPE_PROJECT : ZS_TYPE_STAGE_EVENT, uuid, NULL, NULL));
      g_assert_true (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 1, FALSE, &line, &error));
    }
  zs_store_rollback (store);
}

/* The daily copy reads each page once and writes it once, so it needs no
 * more than SQLite's small cache: with the window's 16 MiB it took
 * 37 MB of memory for a copy at 100k instead of 8 MB (sqlite3). */
static void
test_backup_small_memory (void)
{
  g_autofree char *path = zs_test_db_path ("large-to-copy");
  g_autofree char *dest = zs_test_db_path ("large-copy");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  sqlite3 *db;
  long grown;

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  /* 40 MB of rows, more than twice the window's cache. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE filler (x BLOB);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                                 "INSERT INTO filler SELECT randomblob(4000) FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_INTERACTIVE);
  if (!zs_test_peak_reset ())
    return;
  g_assert_true (zs_store_backup_to (store, dest, &error));
  g_assert_no_error (error);
  grown = zs_test_peak_growth_kb ();
  g_test_message ("the copy of 40 MB grew the peak by %ld kB", grown);
  g_assert_cmpint (grown, <, 12 * 1024);
  /* The window's connection goes on with its own cache. */
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_INTERACTIVE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* First: SQLite takes its configuration only before it starts. */
  g_test_add_func ("/sqlite/open/allocations-not-counted", test_allocations_not_counted);
  g_test_add_func ("/sqlite/open/empty-file-migrates", test_open_empty_file_migrates);
  g_test_add_func ("/sqlite/open/previous-version-keeps-data", test_open_previous_version_keeps_data);
  g_test_add_func ("/sqlite/open/locked", test_open_locked);
  g_test_add_func ("/sqlite/open/corrupt", test_open_corrupt);
  g_test_add_func ("/sqlite/open/foreign-untouched", test_open_foreign_untouched);
  g_test_add_func ("/sqlite/check/full-check-finds-broken-index", test_full_check_finds_broken_index);
  g_test_add_func ("/sqlite/check/restore-keeps-damaged-copy", test_restore_keeps_damaged_copy);
  g_test_add_func ("/sqlite/backup/small-memory", test_backup_small_memory);
  g_test_add_func ("/sqlite/open/too-new", test_open_too_new);
  g_test_add_func ("/sqlite/open/location-forms", test_location_forms);
  g_test_add_func ("/sqlite/upgrade/ids-never-reused", test_upgrade_ids_never_reused);
  g_test_add_func ("/sqlite/bulk/puts-schema-back", test_bulk_puts_schema_back);
  g_test_add_func ("/sqlite/file-index/beyond-memory", test_file_index_beyond_memory);

  return g_test_run ();
}
