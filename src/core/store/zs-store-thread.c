/* zs-store-thread.c — a read in a worker thread, on a connection of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The skeleton the dispatch report and 今日待办 share: open a secondary
 * connection (ZS_STORE_HINT_WORKER: a small cache), begin a read,
 * compute, end it, close, then return.
 */
#include "config.h"

#include "zs-store-thread.h"

typedef struct {
  char            *path;
  ZsStoreReadFunc  func;
  gpointer         job;
  GDestroyNotify   job_free;
  GDestroyNotify   result_free;
} ReadJob;

static void
read_job_free (ReadJob *read)
{
  if (read->job_free != NULL)
    read->job_free (read->job);
  g_free (read->path);
  g_free (read);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *read = task_data;
  g_autoptr(ZsStore) store = NULL;
  gpointer result = NULL;
  GError *error = NULL;

  /* The window's connection checked and migrated the file when it opened it. */
  store = zs_store_open_secondary (read->path, &error);
  if (store != NULL)
    zs_store_set_hint (store, ZS_STORE_HINT_WORKER);
  if (store != NULL && zs_store_begin_read (store, &error))
    {
      result = read->func (store, task, read->job, cancellable, &error);
      /* Only read: ending the transaction cannot lose anything. */
      zs_store_commit (store, NULL);
    }
  /* Closed before the result travels: the store lets go of its records
   * here, not while the caller's thread uses them. */
  g_clear_object (&store);
  if (result != NULL)
    g_task_return_pointer (task, result, read->result_free);
  else
    g_task_return_error (task, error);
}

void
zs_store_read_in_thread (ZsStore         *store,
                         GTask           *task,
                         ZsStoreReadFunc  func,
                         gpointer         job,
                         GDestroyNotify   job_free,
                         GDestroyNotify   result_free)
{
  ReadJob *read;

  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (G_IS_TASK (task) && func != NULL);

  read = g_new0 (ReadJob, 1);
  read->path = g_strdup (zs_store_get_path (store));
  read->func = func;
  read->job = job;
  read->job_free = job_free;
  read->result_free = result_free;
  g_task_set_task_data (task, read, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}
