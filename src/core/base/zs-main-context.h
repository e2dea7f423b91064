/* zs-main-context.h — handing a worker thread's news to the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs @function(@data) once, at default priority, in the thread that
 * iterates @context, never in the caller's; @notify frees @data after.
 * g_main_context_invoke_full() is not that: called from a worker thread
 * while the main thread is between two iterations of the global default
 * context, it acquires the context and runs @function in the worker, so a
 * job's progress reached GTK's widgets from the worker thread. */
void zs_main_context_post (GMainContext   *context,
                           GSourceFunc     function,
                           gpointer        data,
                           GDestroyNotify  notify);

/* A task for g_task_run_in_thread() whose @source_object the thread that
 * iterates the task's context lets go. A task run in a thread holds its
 * source object until the task is finalized, and the worker's reference is
 * often the last, dropped after the caller's callback has run: a store or
 * a widget let go by its window meanwhile was then disposed in the worker,
 * beside the main thread still using what it shares (the store's table of
 * live records). The task keeps a second reference that it hands to its
 * context when it is finalized. */
GTask *zs_thread_task_new (gpointer             source_object,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             callback_data);

/* g_task_set_task_data(), with @data freed in the thread that iterates
 * the task's context, for the same reason: data that holds a widget (the
 * page a toast goes to) or a store. */
void   zs_thread_task_set_data (GTask          *task,
                                gpointer        data,
                                GDestroyNotify  destroy);

G_END_DECLS
