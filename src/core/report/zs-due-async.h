/* zs-due-async.h — 今日待办 worked out in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-due.h"

G_BEGIN_DECLS

/* zs_due_list() in a worker thread, on a connection of its own: the
 * window's page and the notification ask here (at 100,000 projects the
 * list takes seconds). A cancelled request ends in G_IO_ERROR_CANCELLED. */
void        zs_due_list_async     (ZsStore              *store,
                                   const char           *today,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
GPtrArray  *zs_due_list_finish    (GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
