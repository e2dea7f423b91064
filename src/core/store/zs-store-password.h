/* zs-store-password.h — a server's password, known to this process only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A database server's location ("postgresql://clerk@host/bureau") never
 * holds the password: it is shown in titles, kept in GSettings and given
 * to worker threads. The window asks the keyring for the password and
 * leaves it here, in memory, for every connection this process makes to
 * that location; a backend that needs one asks for it when it connects.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Remembers @password (NULL: forgets it) for connections to @location. */
void   zs_store_set_password (const char *location,
                              const char *password);
/* A copy of the password remembered for @location, or NULL; free it with
 * zs_store_free_password(), which clears it first. */
char  *zs_store_dup_password (const char *location);
void   zs_store_free_password (char      *password);

G_END_DECLS
