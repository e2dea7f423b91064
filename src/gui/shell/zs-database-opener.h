/* zs-database-opener.h — opens the database and the window on it, and deals with damage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-window.h"

G_BEGIN_DECLS

#define ZS_TYPE_DATABASE_OPENER (zs_database_opener_get_type ())
G_DECLARE_FINAL_TYPE (ZsDatabaseOpener, zs_database_opener, ZS, DATABASE_OPENER, GObject)

/* @application may be NULL (tests). */
ZsDatabaseOpener *zs_database_opener_new        (GtkApplication   *application);
/* Opens the database at @location (loading the demo data into an empty
 * one with @load_demo) and the window on it; a damaged database gets
 * ZsDamagedDialog instead. Once the window's first frame is drawn, the
 * store's full check runs in a worker thread ("check-started"); damage it
 * finds brings up the same dialog over the window. Restoring a backup or
 * opening another database closes the window and opens it again. A
 * server's location without a password in this process's memory gets
 * the one the keyring keeps for it first. */
void              zs_database_opener_open       (ZsDatabaseOpener *self,
                                                 const char       *location,
                                                 gboolean          load_demo);
/* The location the clerk last chose in the window (连接服务器…), which
 * the app opens when no --db is given; NULL for the default file. */
char             *zs_database_opener_dup_last_location (void);
/* The window on the open database, or NULL. */
ZsWindow         *zs_database_opener_get_window (ZsDatabaseOpener *self);

G_END_DECLS
