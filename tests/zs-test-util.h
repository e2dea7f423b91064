/* zs-test-util.h — shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"

G_BEGIN_DECLS

/* A fresh database path in the isolated test data folder. */
char     *zs_test_db_path     (const char *name);
/* A new, seeded database at a fresh path. */
ZsStore  *zs_test_open_seeded (const char *name);
/* A path in the source tree's tests/ folder. */
char     *zs_test_source_path (const char *relative);

G_END_DECLS
