/* zs-command-line.h — export, import, validate and the bulletin without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The options of the headless commands, for g_application_add_main_option_entries(). */
extern const GOptionEntry zs_command_line_entries[];

/* Runs the headless command @options ask for (--export, --import,
 * --validate, --bulletin) on the database at @db_path (NULL for the default one).
 * Returns the exit status, or -1 when @options ask for none of them. */
int zs_command_line_run (GVariantDict *options,
                         const char   *db_path,
                         gboolean      load_demo);

G_END_DECLS
