/* zs-command-line-copy.h — the whole database copied into an empty one, from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* --copy-to, for g_application_add_main_option_entries(). */
extern const GOptionEntry zs_command_line_copy_entries[];

/* Runs --copy-to TARGET from the database at @db_path (NULL: the default
 * one). Returns the exit status, or -1 when @options do not ask for it.
 * Call it after the other commands were ruled out. */
int zs_command_line_run_copy (GVariantDict *options,
                              const char   *db_path);

G_END_DECLS
