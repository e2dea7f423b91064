/* zs-mapped-table.h — a large table in memory of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @size bytes of zeros in a mapping of their own, given back whole by
 * zs_mapped_table_free() with the same @size: for a table that lives as
 * long as an import's pass (its memory of rows, its file index). Aborts
 * when there is no memory, as g_malloc() does. */
gpointer  zs_mapped_table_new0 (gsize    size);
void      zs_mapped_table_free (gpointer table,
                                gsize    size);

G_END_DECLS
