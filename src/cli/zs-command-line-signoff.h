/* zs-command-line-signoff.h — what the bulletin dialog asks, as options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-bulletin.h"

G_BEGIN_DECLS

/* --issue, --drafter, --reviewer, --signer, --problems and --next-steps:
 * the questions of the window's ZsBulletinDialog. */
extern const GOptionEntry zs_command_line_signoff_entries[];

typedef struct {
  ZsBulletinOptions  options;
  char              *names[3];   /* drafter, reviewer, signer */
  gboolean           given[3];   /* on the command line, to be remembered */
  char              *problems;
  char              *next_steps;
} ZsSignoff;

void      zs_signoff_clear        (ZsSignoff    *self);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZsSignoff, zs_signoff_clear)

/* The first of these options given in @options, or NULL: they go with
 * --bulletin only. */
const char *zs_signoff_find_option (GVariantDict *options);
/* Reads and checks the options, before anything is opened; FALSE after
 * saying on stderr what is wrong with which (then exit EXIT_USAGE). */
gboolean  zs_signoff_parse        (ZsSignoff    *self,
                                   GVariantDict *options);
/* Names not given are the ones last given, as the dialog offers them. */
void      zs_signoff_complete     (ZsSignoff    *self,
                                   ZsStore      *store);
/* After the PDF is written: the names given are offered next time. */
void      zs_signoff_remember     (ZsSignoff    *self,
                                   ZsStore      *store);

G_END_DECLS
