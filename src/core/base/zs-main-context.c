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

/* The source's last reference, in the context's thread. */
typedef struct {
  GObject      *object;
  GMainContext *context;
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
    g_object_unref (held->object);
  else
    /* Unreferenced as the source is destroyed: after it ran, in the
     * context's thread, or with the context if it never runs again. */
    zs_main_context_post (held->context, nothing_to_do, held->object, g_object_unref);
  g_main_context_unref (held->context);
  g_free (held);
}

GTask *
zs_thread_task_new (gpointer             source_object,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             callback_data)
{
  GTask *task = g_task_new (source_object, cancellable, callback, callback_data);

  if (source_object != NULL)
    {
      Held *held = g_new0 (Held, 1);

      held->object = g_object_ref (source_object);
      held->context = g_main_context_ref (g_task_get_context (task));
      g_object_set_data_full (G_OBJECT (task), "zs-thread-task-source", held, let_go_in_context);
    }
  return task;
}
