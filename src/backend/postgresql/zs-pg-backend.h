/* zs-pg-backend.h — the store's PostgreSQL engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store-backend.h"

G_BEGIN_DECLS

#define ZS_TYPE_PG_BACKEND (zs_pg_backend_get_type ())
G_DECLARE_FINAL_TYPE (ZsPgBackend, zs_pg_backend, ZS, PG_BACKEND, ZsStoreBackend)

G_END_DECLS
