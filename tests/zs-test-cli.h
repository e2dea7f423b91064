/* zs-test-cli.h — running the built program as a script would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * For the command-line tests: the real `zhaoshang` binary (its path in
 * ZHAOSHANG_BINARY) with no display, English messages and the test's own
 * folders.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

void    run_clear           (Run        *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* @name in the test's own data folder, under cli/. */
char   *work_path           (const char *name);
/* A file of tests/exchange. */
char   *corpus_path         (const char *name);
/* The environment the program runs in: no display, English. */
char  **program_environment (void);
/* Runs zhaoshang with the NULL-terminated arguments after @first. */
void    run_zhaoshang       (Run        *run,
                             const char *first,
                             ...) G_GNUC_NULL_TERMINATED;
void    assert_contains     (const char *text,
                             const char *fragment);

G_END_DECLS
