/* zs-damaged-dialog.h — the database is damaged: restore a backup or open another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZS_TYPE_DAMAGED_DIALOG (zs_damaged_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsDamagedDialog, zs_damaged_dialog, ZS, DAMAGED_DIALOG, AdwMessageDialog)

/* Says what @error (ZS_ERROR_CORRUPT) found wrong with the database at
 * @location and lists its automatic backups, newest first, the newest
 * chosen. Responses: "restore", "open-other", "close". @window_open: the
 * window is up on the database (the full check found the damage after
 * it opened), so closing the dialog keeps working. */
ZsDamagedDialog *zs_damaged_dialog_new             (GtkWindow       *parent,
                                                    const char      *location,
                                                    const GError    *error,
                                                    gboolean         window_open);
/* The path of the backup chosen, or NULL when there is none. */
const char      *zs_damaged_dialog_get_backup      (ZsDamagedDialog *self);
/* Chooses the @n-th backup of the list (0: the newest). */
void             zs_damaged_dialog_choose_backup   (ZsDamagedDialog *self,
                                                    guint            n);
guint            zs_damaged_dialog_get_n_backups   (ZsDamagedDialog *self);

G_END_DECLS
