/* zs-error.h — the project's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ZS_ERROR (zs_error_quark ())

typedef enum {
  ZS_ERROR_FAILED,
  ZS_ERROR_INVALID,     /* a field value breaks a rule; message names the field */
  ZS_ERROR_NOT_FOUND,
  ZS_ERROR_LOCKED,      /* another program holds the database */
  ZS_ERROR_CORRUPT,     /* not a database, or damaged */
  ZS_ERROR_DISK_FULL,
  ZS_ERROR_CONSTRAINT,  /* e.g. deleting a chain that projects use */
  ZS_ERROR_TOO_NEW,     /* written by a newer version of the application */
  ZS_ERROR_IO,
  ZS_ERROR_PARSE,       /* a file's content is malformed; message names line and reason */
  ZS_ERROR_CONFLICT,    /* another user saved the record since it was read: nothing was written */
} ZsError;

GQuark zs_error_quark (void);

G_END_DECLS
