/* zs-test-slow-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <dlfcn.h>

#include "zs-test-slow-worker.h"
#include "zs-test-util.h"

static GThread *main_thread;
static gint slow_workers;

void
g_object_unref (gpointer object)
{
  static void (*real) (gpointer);

  if (real == NULL)
    real = (void (*) (gpointer)) dlsym (RTLD_NEXT, "g_object_unref");
  if (g_atomic_int_get (&slow_workers) && g_thread_self () != main_thread && G_IS_TASK (object))
    g_usleep (zs_test_time_limit_ms (200) * (gint64) G_TIME_SPAN_MILLISECOND);
  real (object);
}

void
zs_test_slow_workers_begin (void)
{
  main_thread = g_thread_self ();
  g_atomic_int_set (&slow_workers, 1);
}

static void
on_ended (gpointer  data,
          GObject  *where_the_object_was)
{
  ZsTestEnd *end = data;

  end->thread = g_thread_self ();
  g_atomic_int_set (&end->ended, 1);
}

void
zs_test_watch_end (gpointer   object,
                   ZsTestEnd *end)
{
  g_object_weak_ref (G_OBJECT (object), on_ended, end);
}

void
zs_test_assert_ended_in_main_thread (gboolean  *done,
                                     ZsTestEnd *end)
{
  gint64 limit = g_get_monotonic_time () + zs_test_time_limit_ms (10000) * (gint64) 1000;

  while (!*done || !g_atomic_int_get (&end->ended))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, limit);
      /* Not blocking: a worker that finalizes wakes nobody. */
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_atomic_int_set (&slow_workers, 0);
  g_assert_true (end->thread == main_thread);
}
