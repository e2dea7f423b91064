/* zs-command-line-vcard.h — partners as vCards from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* --vcard-version, for g_application_add_main_option_entries(). */
extern const GOptionEntry zs_command_line_vcard_entries[];

/* Runs --import FILE when FILE holds vCards (by its content), and
 * --export FILE when FILE ends in .vcf or --vcard-version is given, on
 * the database at @db_path. Returns the exit status, or -1 when @options
 * ask for neither. Call it after the options common to exchange files
 * have been checked. */
int zs_command_line_run_vcard (GVariantDict *options,
                               const char   *db_path,
                               gboolean      load_demo);

G_END_DECLS
