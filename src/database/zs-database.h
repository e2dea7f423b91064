/* zs-database.h — opening the bureau's database, first-run data, demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-exchange.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Opens (creating and migrating if needed) the database at @path; a new
 * database gets the industry catalogue, the default units and settings. */
ZsStore  *zs_database_open         (const char  *path,
                                    GError     **error);
ZsStore  *zs_database_open_full    (const char  *path,
                                    guint        busy_timeout_ms,
                                    GError     **error);

/* As zs_database_open() without the quick check and the daily copy: the
 * caller runs zs_store_check_integrity_async() and then
 * zs_database_auto_backup_async() once its window is on screen. */
ZsStore  *zs_database_open_for_window (const char  *path,
                                       GError     **error);
/* The daily copy (zs_store_auto_backup()) on a second connection in a
 * worker thread; finishes with the path written, or NULL when none was due. */
void      zs_database_auto_backup_async  (ZsStore             *store,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
char     *zs_database_auto_backup_finish (ZsStore             *store,
                                          GAsyncResult        *result,
                                          GError             **error);

/* The catalogue and default units, in one transaction. */
gboolean  zs_database_seed         (ZsStore     *store,
                                    GError     **error);

/* TRUE when the database holds no projects, partners or leads yet. */
gboolean  zs_database_is_empty     (ZsStore     *store);

/* Loads the demo data set; refuses a database that is not empty. */
gboolean  zs_database_load_demo    (ZsStore     *store,
                                    GError     **error);

/* Checks @file on its own: the schema, the limits, duplicates, and that
 * every reference resolves within the file or the standard catalogue and
 * units, that is, that it would import cleanly into a new database. */
ZsImportReport *zs_database_validate_exchange (GFile         *file,
                                               GCancellable  *cancellable,
                                               GError       **error);

G_END_DECLS
