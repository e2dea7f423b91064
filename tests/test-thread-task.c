/* test-thread-task.c — work in a worker thread lets its store go in the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A GTask run in a thread holds its source object (a store, a job holding
 * one) until the task is finalized, and the worker's reference to the task
 * can be the last, dropped just after the main thread ran the callback. A
 * store let go meanwhile by its window was then disposed in the worker
 * while the main thread changed its table of live records.
 *
 * zs-test-slow-worker.h makes the worker's reference the last. Each case
 * lets go of the store (or the job) as soon as the work is asked for, and
 * asks in which thread it ended.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "zs-attachments.h"
#include "zs-database.h"
#include "zs-test-slow-worker.h"
#include "zs-test-util.h"
#include "zs-vcard-job.h"

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_store_check_integrity_finish (ZS_STORE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

/* zs_store_check_integrity_async() and its kind: the store as the source. */
typedef void (*StartFunc) (ZsStore             *store,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);

static void
run_with_store_let_go (const char          *name,
                       StartFunc            start,
                       GAsyncReadyCallback  callback)
{
  ZsStore *store = zs_test_open_seeded (name);
  ZsTestEnd end = { 0, NULL };
  gboolean done = FALSE;

  zs_test_watch_end (store, &end);
  zs_test_slow_workers_begin ();
  start (store, NULL, callback, &done);
  g_object_unref (store);
  zs_test_assert_ended_in_main_thread (&done, &end);
}

static void
test_integrity_check (void)
{
  run_with_store_let_go ("thread-task-check", zs_store_check_integrity_async, on_checked);
}

static void
on_backed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = zs_database_auto_backup_finish (ZS_STORE (source), result, &error);

  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

static void
test_auto_backup (void)
{
  run_with_store_let_go ("thread-task-backup", zs_database_auto_backup_async, on_backed_up);
}

static void
on_attached (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  ZsAttachment **attachment = data;
  g_autoptr(GError) error = NULL;

  *attachment = zs_store_attach_file_finish (ZS_STORE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*attachment);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = zs_store_attachment_read_finish (ZS_STORE (source), result, &error);

  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "附件", strlen ("附件"));
  *(gboolean *) data = TRUE;
}

/* Attaching a file and reading it back, each with the store let go. */
static void
test_attachments (void)
{
  g_autofree char *path = zs_test_scratch_path ("thread-task-附件.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(ZsAttachment) attachment = NULL;
  ZsStore *store = zs_test_open_seeded ("thread-task-attachments");
  g_autofree char *db = g_strdup (zs_store_get_path (store));
  ZsTestEnd attach_end = { 0, NULL }, read_end = { 0, NULL };
  gboolean done = FALSE;

  g_assert_true (g_file_set_contents (path, "附件", -1, NULL));
  project = zs_test_new_project (store, "线程附件项目", "某公司", ZS_STAGE_LEAD);
  zs_test_watch_end (store, &attach_end);
  zs_test_slow_workers_begin ();
  zs_store_attach_file_async (store, ZS_RECORD (project), file, NULL, on_attached, &attachment);
  /* A record holds no reference to its store: the task's is the last. */
  g_object_unref (store);
  while (attachment == NULL)
    g_main_context_iteration (NULL, TRUE);
  done = TRUE;
  zs_test_assert_ended_in_main_thread (&done, &attach_end);

  store = zs_store_open (db, NULL);
  g_assert_nonnull (store);
  zs_test_watch_end (store, &read_end);
  done = FALSE;
  zs_test_slow_workers_begin ();
  zs_store_attachment_read_async (store, attachment, 1024, NULL, on_read, &done);
  g_object_unref (store);
  zs_test_assert_ended_in_main_thread (&done, &read_end);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GError) error = NULL;
  guint n_cards = 0;

  g_assert_true (zs_vcard_job_export_finish (ZS_VCARD_JOB (source), result, &n_cards, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

/* A job holds its store: the job's task lets the job go in the main thread. */
static void
test_vcard_job (void)
{
  g_autofree char *path = zs_test_scratch_path ("thread-task.vcf");
  ZsStore *store = zs_test_open_seeded ("thread-task-vcard");
  ZsVCardJob *job = zs_vcard_job_new (store);
  g_autoptr(ZsQuery) partners = zs_query_new (ZS_TYPE_PARTNER);
  ZsTestEnd job_end = { 0, NULL }, store_end = { 0, NULL };
  gboolean done = FALSE;

  zs_test_watch_end (job, &job_end);
  zs_test_watch_end (store, &store_end);
  g_object_unref (store);
  zs_test_slow_workers_begin ();
  zs_vcard_job_export_async (job, partners, ZS_VCARD_VERSION_3_0, path, NULL, on_exported, &done);
  g_object_unref (job);
  zs_test_assert_ended_in_main_thread (&done, &job_end);
  g_assert_true (g_atomic_int_get (&store_end.ended));
  g_assert_true (store_end.thread == g_thread_self ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/thread-task/integrity-check", test_integrity_check);
  g_test_add_func ("/thread-task/auto-backup", test_auto_backup);
  g_test_add_func ("/thread-task/attachments", test_attachments);
  g_test_add_func ("/thread-task/vcard-job", test_vcard_job);
  return g_test_run ();
}
