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
 * Here that order is made certain, not left to the scheduler: this
 * program's g_object_unref() comes before GObject's in the search order,
 * so GIO's calls reach it, and it makes a worker thread wait before it
 * lets go of a task. The main thread has by then run the callback and
 * dropped its own references. Each case lets go of the store (or the job)
 * as soon as the work is asked for, and asks in which thread it ended.
 */
#include "config.h"

#include <dlfcn.h>
#include <glib/gstdio.h>

#include "zs-attachments.h"
#include "zs-database.h"
#include "zs-test-util.h"
#include "zs-vcard-job.h"

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

/* Where an object ended: written by whichever thread finalizes it. */
typedef struct {
  gint     ended;
  GThread *thread;
} End;

static void
on_ended (gpointer  data,
          GObject  *where_the_object_was)
{
  End *end = data;

  end->thread = g_thread_self ();
  g_atomic_int_set (&end->ended, 1);
}

static void
watch (gpointer  object,
       End      *end)
{
  g_object_weak_ref (G_OBJECT (object), on_ended, end);
}

/* The callback has run and @end's object ended: in the main thread. */
static void
assert_ended_in_main_thread (gboolean *done,
                             End      *end)
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
  End end = { 0, NULL };
  gboolean done = FALSE;

  watch (store, &end);
  g_atomic_int_set (&slow_workers, 1);
  start (store, NULL, callback, &done);
  g_object_unref (store);
  assert_ended_in_main_thread (&done, &end);
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
  End attach_end = { 0, NULL }, read_end = { 0, NULL };
  gboolean done = FALSE;

  g_assert_true (g_file_set_contents (path, "附件", -1, NULL));
  project = zs_test_new_project (store, "线程附件项目", "某公司", ZS_STAGE_LEAD);
  watch (store, &attach_end);
  g_atomic_int_set (&slow_workers, 1);
  zs_store_attach_file_async (store, ZS_RECORD (project), file, NULL, on_attached, &attachment);
  /* A record holds no reference to its store: the task's is the last. */
  g_object_unref (store);
  while (attachment == NULL)
    g_main_context_iteration (NULL, TRUE);
  done = TRUE;
  assert_ended_in_main_thread (&done, &attach_end);

  store = zs_store_open (db, NULL);
  g_assert_nonnull (store);
  watch (store, &read_end);
  done = FALSE;
  g_atomic_int_set (&slow_workers, 1);
  zs_store_attachment_read_async (store, attachment, 1024, NULL, on_read, &done);
  g_object_unref (store);
  assert_ended_in_main_thread (&done, &read_end);
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
  End job_end = { 0, NULL }, store_end = { 0, NULL };
  gboolean done = FALSE;

  watch (job, &job_end);
  watch (store, &store_end);
  g_object_unref (store);
  g_atomic_int_set (&slow_workers, 1);
  zs_vcard_job_export_async (job, zs_query_new (ZS_TYPE_PARTNER), ZS_VCARD_VERSION_3_0, path, NULL, on_exported, &done);
  g_object_unref (job);
  assert_ended_in_main_thread (&done, &job_end);
  g_assert_true (g_atomic_int_get (&store_end.ended));
  g_assert_true (store_end.thread == main_thread);
}

int
main (int   argc,
      char *argv[])
{
  main_thread = g_thread_self ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/thread-task/integrity-check", test_integrity_check);
  g_test_add_func ("/thread-task/auto-backup", test_auto_backup);
  g_test_add_func ("/thread-task/attachments", test_attachments);
  g_test_add_func ("/thread-task/vcard-job", test_vcard_job);
  return g_test_run ();
}
