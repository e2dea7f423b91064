/* zs-sqlite-backend.h — the store's SQLite engine: one database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store-backend.h"

G_BEGIN_DECLS

#define ZS_TYPE_SQLITE_BACKEND (zs_sqlite_backend_get_type ())
G_DECLARE_FINAL_TYPE (ZsSqliteBackend, zs_sqlite_backend, ZS, SQLITE_BACKEND, ZsStoreBackend)

G_END_DECLS
