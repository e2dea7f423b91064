/* zs-test-sqlite.c — SQLite files written past the store, for the backend's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gstdio.h>

#include "zs-test-sqlite.h"

void
zs_test_sqlite_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s\n%s", message, sql);
}

sqlite3 *
zs_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  /* The store may be checkpointing; under valgrind that takes a while. */
  sqlite3_busy_timeout (db, 10000);
  return db;
}

gint64
zs_test_sqlite_int (const char *path,
               const char *sql)
{
  sqlite3 *db = zs_test_sqlite_open (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* A file of schema @version made from the schema files, left open. */
sqlite3 *
zs_test_sqlite_at_version (const char *path,
                      guint       version)
{
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db;

  g_mkdir_with_parents (dir, 0700);
  db = zs_test_sqlite_open (path);
  for (guint step = 1; step <= version; step++)
    {
      g_autofree char *file = NULL;
      g_autofree char *sql = NULL;
      g_autoptr(GDir) schema = NULL;
      g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "src", "backend", "sqlite", "schema", NULL);
      g_autofree char *prefix = g_strdup_printf ("%03u-", step);

      schema = g_dir_open (folder, 0, NULL);
      g_assert_nonnull (schema);
      for (const char *name; (name = g_dir_read_name (schema)) != NULL;)
        if (g_str_has_prefix (name, prefix))
          file = g_build_filename (folder, name, NULL);
      g_assert_nonnull (file);
      g_assert_true (g_file_get_contents (file, &sql, NULL, NULL));
      zs_test_sqlite_exec (db, sql);
    }
  return db;
}
