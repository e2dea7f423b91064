/* zs-main-context.h — handing a worker thread's news to the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

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

G_END_DECLS
