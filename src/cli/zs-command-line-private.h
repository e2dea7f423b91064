/* zs-command-line-private.h — what the command-line modules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EXIT_REFUSED 1
#define EXIT_USAGE 2

/* Says what is wrong with the arguments and how to see the options;
 * returns EXIT_USAGE. */
int zs_command_line_usage   (const char   *format,
                             ...) G_GNUC_PRINTF (1, 2);
/* Says why a file or database was refused, with any control characters
 * it quotes made visible; returns EXIT_REFUSED. */
int zs_command_line_refused (const GError *error);

G_END_DECLS
