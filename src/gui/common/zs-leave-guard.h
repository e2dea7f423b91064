/* zs-leave-guard.h — asking before a page or dialog with an unsaved value goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*ZsLeaveFunc) (gpointer data);

/* TRUE when nothing in @root's tree holds a value that could not be saved:
 * the caller leaves at once, and @proceed is not called. Otherwise FALSE,
 * and a message over @parent asks whether to go back to the field (the
 * field gets the focus, nothing else happens) or drop the value (every
 * such value in @root goes back to what is stored, then @proceed runs).
 * @destroy frees @data either way. */
gboolean   zs_leave_guard_check    (GtkWidget      *root,
                                    GtkWindow      *parent,
                                    ZsLeaveFunc     proceed,
                                    gpointer        data,
                                    GDestroyNotify  destroy);
/* The message a zs_leave_guard_check() is showing, or NULL (for tests). */
AdwMessageDialog *zs_leave_guard_get_dialog (void);

G_END_DECLS
