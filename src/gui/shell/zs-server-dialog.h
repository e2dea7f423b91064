/* zs-server-dialog.h — 连接服务器… and 迁移到服务器…: where the bureau's server is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum {
  ZS_SERVER_DIALOG_CONNECT,  /* open the server's database instead of this one */
  ZS_SERVER_DIALOG_MIGRATE,  /* copy this database into the server's empty one */
} ZsServerDialogPurpose;

#define ZS_TYPE_SERVER_DIALOG (zs_server_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsServerDialog, zs_server_dialog, ZS, SERVER_DIALOG, AdwWindow)

/* The fields filled from @location when it is a server's (the last one
 * used), else empty but for the port. ::submitted is emitted when the
 * clerk asks to go on with a complete location; the caller then calls
 * zs_server_dialog_set_busy(), and either closes the dialog or shows why
 * not with zs_server_dialog_show_error(). */
ZsServerDialog *zs_server_dialog_new          (GtkWindow             *parent,
                                               ZsServerDialogPurpose  purpose,
                                               const char            *location);
/* "postgresql://user@host:port/database", without the password; NULL
 * while a field is missing or the port is not a number. */
char           *zs_server_dialog_dup_location (ZsServerDialog        *self);
const char     *zs_server_dialog_get_password (ZsServerDialog        *self);
gboolean        zs_server_dialog_get_remember (ZsServerDialog        *self);
void            zs_server_dialog_set_busy     (ZsServerDialog        *self,
                                               gboolean               busy);
void            zs_server_dialog_show_error   (ZsServerDialog        *self,
                                               const char            *message);

G_END_DECLS
