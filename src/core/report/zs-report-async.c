/* zs-report-async.c — the dispatch report counted in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * On a connection of its own, in one read transaction; with
 * zs_report_new_async_with_first() the caller gets the first part (what
 * the first screen of the dispatch page shows) while the rest is counted.
 */
#include "config.h"

#include "zs-main-context.h"
#include "zs-report.h"
#include "zs-report-private.h"
#include "zs-store-thread.h"

typedef struct {
  char              *first;
  char              *last;
  char              *today;
  ZsReportFirstFunc  first_ready;
  gpointer           user_data;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_free (job->first);
  g_free (job->last);
  g_free (job->today);
  g_free (job);
}

/* The first part, handed to the caller's thread. */
typedef struct {
  ZsReport          *report;
  ZsReportFirstFunc  func;
  gpointer           user_data;
  GCancellable      *cancellable;
} FirstPart;

static void
first_part_free (gpointer data)
{
  FirstPart *part = data;

  g_object_unref (part->report);
  g_clear_object (&part->cancellable);
  g_free (part);
}

static gboolean
first_part_deliver (gpointer data)
{
  FirstPart *part = data;

  /* A count given up on shows nothing. */
  if (part->cancellable == NULL || !g_cancellable_is_cancelled (part->cancellable))
    part->func (part->report, part->user_data);
  return G_SOURCE_REMOVE;
}

/* In the worker's read transaction: the first part, handed to the
 * caller's thread when asked for, then the rest on the same transaction. */
static gpointer
report_read (ZsStore       *store,
             GTask         *task,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ReportJob *job = data;
  g_autoptr(ZsReport) first = zs_report_start (job->first, job->last, job->today);
  g_autoptr(ZsReport) rest = NULL;
  FirstPart *part;

  if (!zs_report_count_first (first, store, cancellable, error))
    return NULL;
  if (job->first_ready == NULL)
    return zs_report_count_rest (first, store, cancellable, error) ? g_steal_pointer (&first) : NULL;

  /* Copied before it is handed over: from then on it is only read. */
  rest = zs_report_take_rest (first);
  part = g_new0 (FirstPart, 1);
  part->report = g_object_ref (first);
  part->func = job->first_ready;
  part->user_data = job->user_data;
  part->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  /* Never in this thread: invoke_full would run it here while the
   * main thread is between iterations (zs-main-context.h). */
  zs_main_context_post (g_task_get_context (task), first_part_deliver, part, first_part_free);
  return zs_report_count_rest (rest, store, cancellable, error) ? g_steal_pointer (&rest) : NULL;
}

void
zs_report_new_async_with_first (ZsStore             *store,
                                const char          *first,
                                const char          *last,
                                const char          *today,
                                GCancellable        *cancellable,
                                ZsReportFirstFunc    first_ready,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReportJob *job;
  GError *error = NULL;

  g_return_if_fail (ZS_IS_STORE (store));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zs_report_new_async);
  if (!zs_report_check_period (first, last, today, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  job = g_new0 (ReportJob, 1);
  job->first = g_strdup (first);
  job->last = g_strdup (last);
  job->today = g_strdup (today);
  job->first_ready = first_ready;
  job->user_data = user_data;
  zs_store_read_in_thread (store, task, report_read, job, (GDestroyNotify) report_job_free, g_object_unref);
}

void
zs_report_new_async (ZsStore             *store,
                     const char          *first,
                     const char          *last,
                     const char          *today,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  zs_report_new_async_with_first (store, first, last, today, cancellable, NULL, callback, user_data);
}

ZsReport *
zs_report_new_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
