/* zs-autostart.h — starting at login to send the reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the XDG autostart entry goes: $XDG_CONFIG_HOME/autostart/<app id>.desktop. */
char     *zs_autostart_path (void);
/* Turns starting at login (with --background) on or off: in Flatpak by
 * asking the Background portal, otherwise by writing or removing the
 * autostart entry. */
gboolean  zs_autostart_set  (gboolean   enabled,
                             GError   **error);

G_END_DECLS
