/* zs-test-slow-worker.h — a worker thread that lets go of its task last
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A GTask run in a thread holds its source object and its data until it is
 * finalized, and the worker's reference to the task can be the last,
 * dropped just after the main thread ran the callback: what the task held
 * (a store, a job, a page) then ended in the worker. Here that order is
 * made certain, not left to the scheduler: zs-test-slow-worker.c defines
 * g_object_unref(), which comes before GObject's in the search order, so
 * that GIO's calls reach it, and, once zs_test_slow_workers_begin() is
 * called, makes a worker thread wait before it lets go of a task. A
 * program links it only where it wants that.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where an object ended: written by whichever thread finalizes it. */
typedef struct {
  gint     ended;
  GThread *thread;
} ZsTestEnd;

/* From the main thread: workers wait before they let go of a task. */
void zs_test_slow_workers_begin          (void);
/* Records in @end where @object ends. */
void zs_test_watch_end                   (gpointer   object,
                                          ZsTestEnd *end);
/* Waits until *@done and @end's object ended, stops the waiting, and
 * asserts that it ended in the main thread. */
void zs_test_assert_ended_in_main_thread (gboolean  *done,
                                          ZsTestEnd *end);

G_END_DECLS
