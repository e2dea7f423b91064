/* zs-main-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-main-context.h"

void
zs_main_context_post (GMainContext   *context,
                      GSourceFunc     function,
                      gpointer        data,
                      GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, function, data, notify);
  g_source_set_static_name (source, "[zhaoshang] worker news");
  g_source_attach (source, context);
  g_source_unref (source);
}

/* What a task keeps until it is finalized, let go in its context's thread. */
typedef struct {
  gpointer        data;
  GDestroyNotify  destroy;
  GMainContext   *context;
} Held;

static gboolean
nothing_to_do (gpointer data)
{
  return G_SOURCE_REMOVE;
}

static void
let_go_in_context (gpointer data)
{
  Held *held = data;

  if (g_main_context_is_owner (held->context))
    held->destroy (held->data);
  else
    /* Freed as the source is destroyed: after it ran, in the context's
     * thread, or with the context if it never runs again. */
    zs_main_context_post (held->context, nothing_to_do, held->data, held->destroy);
  g_main_context_unref (held->context);
  g_free (held);
}

static void
hold_until_context (GTask          *task,
                    const char     *key,
                    gpointer        data,
                    GDestroyNotify  destroy)
{
  Held *held = g_new0 (Held, 1);

  held->data = data;
  held->destroy = destroy;
  held->context = g_main_context_ref (g_task_get_context (task));
  g_object_set_data_full (G_OBJECT (task), key, held, let_go_in_context);
}

GTask *
zs_thread_task_new (gpointer             source_object,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             callback_data)
{
  GTask *task = g_task_new (source_object, cancellable, callback, callback_data);

  if (source_object != NULL)
    hold_until_context (task, "zs-thread-task-source", g_object_ref (source_object), g_object_unref);
  return task;
}

void
zs_thread_task_set_data (GTask          *task,
                         gpointer        data,
                         GDestroyNotify  destroy)
{
  g_return_if_fail (G_IS_TASK (task));

  g_task_set_task_data (task, data, NULL);
  if (destroy != NULL)
    hold_until_context (task, "zs-thread-task-data", data, destroy);
}
