/* zs-command-line-sheet.h — spreadsheets from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"

G_BEGIN_DECLS

/* --table, for g_application_add_main_option_entries(). */
extern const GOptionEntry zs_command_line_sheet_entries[];

/* TRUE when --import FILE is a spreadsheet (.xlsx, .xls, CSV), by content. */
gboolean zs_command_line_sheet_is_import (const char *path);
/* TRUE when --export FILE asks for a spreadsheet by its ending. */
gboolean zs_command_line_sheet_is_export (const char *path);
/* Checks --table against the file it goes with: -1 when it is right, or
 * the exit status after saying what is wrong. */
int      zs_command_line_sheet_check     (GVariantDict *options,
                                          const char   *import_path,
                                          const char   *export_path);
/* --import FILE.xlsx|.xls|.csv [--table] [--dry-run]: the exit status. */
int      zs_command_line_sheet_import    (ZsStore      *store,
                                          const char   *path,
                                          GVariantDict *options);
/* --export FILE.xlsx|.csv [--table] with the projects @query keeps
 * (NULL: all) and @description saying so. */
int      zs_command_line_sheet_export    (ZsStore      *store,
                                          const char   *path,
                                          GVariantDict *options,
                                          ZsQuery      *query,
                                          const char   *description);

G_END_DECLS
