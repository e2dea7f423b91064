/* zs-store-thread.h — a read in a worker thread, on a connection of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-store.h"

G_BEGIN_DECLS

/* Runs in the worker thread inside the read transaction: the result for
 * the task, or NULL with @error set. @task is there for what the function
 * hands the caller's thread meanwhile (g_task_get_context()). */
typedef gpointer (*ZsStoreReadFunc) (ZsStore       *store,
                                     GTask         *task,
                                     gpointer       job,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Runs @func in a worker thread on a connection of its own to @store's
 * database (WAL lets the window go on saving meanwhile), in one read
 * transaction, and returns its result through @task
 * (g_task_propagate_pointer(), freed with @result_free). The connection is
 * closed before the result travels, so the caller's thread never shares a
 * record with it. @job goes to @func and is freed with @job_free. */
void zs_store_read_in_thread (ZsStore         *store,
                              GTask           *task,
                              ZsStoreReadFunc  func,
                              gpointer         job,
                              GDestroyNotify   job_free,
                              GDestroyNotify   result_free);

G_END_DECLS
