/* zs-test-sqlite.h — SQLite files written past the store, for the backend's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Runs @sql on @db; fails the test when it fails. */
void     zs_test_sqlite_exec       (sqlite3    *db,
                                    const char *sql);
/* @path opened past the store, waiting for the store's locks. */
sqlite3 *zs_test_sqlite_open       (const char *path);
/* The first column of the first row @sql gives on @path. */
gint64   zs_test_sqlite_int        (const char *path,
                                    const char *sql);
/* A file of schema @version made from the schema files, left open. */
sqlite3 *zs_test_sqlite_at_version (const char *path,
                                    guint       version);

G_END_DECLS
