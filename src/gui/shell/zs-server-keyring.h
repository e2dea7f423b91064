/* zs-server-keyring.h — a database server's location, and its password in the GNOME keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The location ("postgresql://clerk@host:5432/bureau") never holds the
 * password: it is shown in titles and kept in GSettings. The password goes
 * to the keyring (libsecret; the secret portal in Flatpak), found again by
 * host, port, database and user, and to zs_store_set_password() for the
 * connections of this process. Only the window uses libsecret.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ZS_SERVER_DEFAULT_PORT 5432

/* "postgresql://user@host:port/database", each part escaped; NULL when
 * @host, @database or @user is blank or @port is not 1 … 65535. */
char     *zs_server_location_build    (const char  *host,
                                       guint        port,
                                       const char  *database,
                                       const char  *user);
/* TRUE for a location of a database server ("postgresql://",
 * "postgres://"), whose fields come back in the out arguments (any may be
 * NULL; free the strings). */
gboolean  zs_server_location_parse    (const char  *location,
                                       char       **host,
                                       guint       *port,
                                       char       **database,
                                       char       **user);

/* Keeps @password for @location in the keyring; the error says, in the
 * clerk's language, that it was not kept (no keyring, locked, refused). */
void      zs_server_keyring_store         (const char          *location,
                                           const char          *password,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean  zs_server_keyring_store_finish  (GAsyncResult        *result,
                                           GError             **error);
/* The password kept for @location, or NULL (without @error when there is
 * none); free it with zs_store_free_password(). */
void      zs_server_keyring_lookup        (const char          *location,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
char     *zs_server_keyring_lookup_finish (GAsyncResult        *result,
                                           GError             **error);
/* Forgets the password kept for @location (the clerk turned 记住密码 off). */
void      zs_server_keyring_forget        (const char          *location);

G_END_DECLS
