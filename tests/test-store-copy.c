/* test-store-copy.c — a whole database copied into an empty one (迁移到服务器, 复制到本地文件)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Both ends are locations of the backend the tests run against
 * (zs_test_store_location()), so the same tests check a copy into a
 * server once its backend is there. The copy is compared with its source
 * table by table: every record field by field with its id, the history
 * entry by entry, the trash with its data, the settings, the import marks.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

/* A demo database with history, trash and settings of its own. */
static ZsStore *
open_source (const char *name)
{
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_test_open_demo (name);
  g_autoptr(ZsProject) project = zs_store_load (store, ZS_TYPE_PROJECT, zs_test_nth_id (store, ZS_TYPE_PROJECT, 0), &error);
  g_autoptr(ZsRecord) partner = NULL;
  g_autoptr(ZsProject) doomed = NULL;

  g_assert_no_error (error);
  zs_store_set_actor (store, "王海燕");
  g_object_set (project, "investor", "潍坊弘润石化有限公司", NULL);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  doomed = zs_test_new_project (store, "待删除的项目", "某公司", ZS_STAGE_LEAD);
  g_assert_cmpint (zs_store_trash (store, ZS_RECORD (doomed), &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "潍坊市投资合作促进局", &error));
  g_assert_true (zs_store_set_setting (store, "backup-last-date", "2020-01-01", &error));
  return store;
}

static GPtrArray *
all_history (ZsStore *store)
{
  const ZsHistoryFilter all = { G_TYPE_INVALID };
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = zs_store_history (store, &all, 0, 0, &error);

  g_assert_no_error (error);
  return entries;
}

static void
assert_same_history (ZsStore *a,
                     ZsStore *b)
{
  g_autoptr(GPtrArray) ha = all_history (a);
  g_autoptr(GPtrArray) hb = all_history (b);

  g_assert_cmpuint (ha->len, >, 2);
  g_assert_cmpuint (ha->len, ==, hb->len);
  for (guint i = 0; i < ha->len; i++)
    {
      ZsHistoryEntry *x = g_ptr_array_index (ha, i), *y = g_ptr_array_index (hb, i);

      g_assert_cmpstr (zs_history_entry_get_at (x), ==, zs_history_entry_get_at (y));
      g_assert_cmpstr (zs_history_entry_get_who (x), ==, zs_history_entry_get_who (y));
      g_assert_cmpint (zs_history_entry_get_action (x), ==, zs_history_entry_get_action (y));
      g_assert_cmpstr (zs_history_entry_get_record_type (x), ==, zs_history_entry_get_record_type (y));
      g_assert_cmpint (zs_history_entry_get_record_id (x), ==, zs_history_entry_get_record_id (y));
      g_assert_cmpstr (zs_history_entry_get_record_uuid (x), ==, zs_history_entry_get_record_uuid (y));
      g_assert_cmpstr (zs_history_entry_get_title (x), ==, zs_history_entry_get_title (y));
      g_assert_cmpstr (zs_history_entry_get_field (x), ==, zs_history_entry_get_field (y));
      g_assert_cmpstr (zs_history_entry_get_old_value (x), ==, zs_history_entry_get_old_value (y));
      g_assert_cmpstr (zs_history_entry_get_new_value (x), ==, zs_history_entry_get_new_value (y));
    }
}

/* Every record of every type, in id order, field by field; returns how
 * many import marks they have. */
static guint
assert_same_records (ZsStore *a,
                     ZsStore *b)
{
  guint n_types, n_marks = 0;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(ZsStoreCursor) ca = zs_store_cursor_new (a, types[t], FALSE, NULL);
      g_autoptr(ZsStoreCursor) cb = zs_store_cursor_new (b, types[t], FALSE, NULL);
      ZsRecord *ra;

      while ((ra = zs_store_cursor_next (ca, NULL)) != NULL)
        {
          ZsRecord *rb = zs_store_cursor_next (cb, NULL);
          g_autofree char *ma = NULL;
          g_autofree char *mb = NULL;

          g_assert_nonnull (rb);
          g_assert_cmpint (zs_record_get_id (ra), ==, zs_record_get_id (rb));
          g_assert_cmpstr (zs_record_get_created (ra), ==, zs_record_get_created (rb));
          g_assert_cmpstr (zs_record_get_updated (ra), ==, zs_record_get_updated (rb));
          zs_test_assert_same_fields (ra, rb);
          ma = zs_store_get_import_mark (a, types[t], zs_record_get_uuid (ra));
          mb = zs_store_get_import_mark (b, types[t], zs_record_get_uuid (rb));
          g_assert_cmpstr (ma, ==, mb);
          n_marks += ma != NULL;
        }
      g_assert_null (zs_store_cursor_next (cb, NULL));
      g_assert_cmpint (zs_store_count_all (a, types[t], NULL), ==, zs_store_count_all (b, types[t], NULL));
    }
  return n_marks;
}

static void
assert_same_trash (ZsStore *a,
                   ZsStore *b)
{
  g_autoptr(GPtrArray) ta = zs_store_list_trash (a, NULL);
  g_autoptr(GPtrArray) tb = zs_store_list_trash (b, NULL);

  g_assert_cmpuint (ta->len, ==, 1);
  g_assert_cmpuint (ta->len, ==, tb->len);
  for (guint i = 0; i < ta->len; i++)
    {
      ZsTrashEntry *x = g_ptr_array_index (ta, i), *y = g_ptr_array_index (tb, i);

      g_assert_cmpstr (zs_trash_entry_get_title (x), ==, zs_trash_entry_get_title (y));
      g_assert_cmpstr (zs_trash_entry_get_deleted_at (x), ==, zs_trash_entry_get_deleted_at (y));
      g_assert_cmpstr (zs_trash_entry_get_deleted_by (x), ==, zs_trash_entry_get_deleted_by (y));
      g_assert_cmpint (zs_trash_entry_get_record_id (x), ==, zs_trash_entry_get_record_id (y));
      g_assert_true (zs_trash_entry_get_record_type (x) == zs_trash_entry_get_record_type (y));
    }
}

static gint64
count_everything (ZsStore *store)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  g_autoptr(GPtrArray) history = all_history (store);
  g_autoptr(GPtrArray) trash = zs_store_list_trash (store, NULL);
  gint64 n = history->len + trash->len;

  for (guint t = 0; t < n_types; t++)
    n += zs_store_count_all (store, types[t], NULL);
  return n;
}

static void
test_copy_equal (void)
{
  g_autoptr(ZsStore) source = open_source ("copy-source");
  g_autofree char *location = zs_test_store_location ("copy-target");
  g_autoptr(ZsStore) target = zs_store_open (location, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autofree char *office = NULL;
  g_autofree char *demo = NULL;
  g_autofree char *backup_date = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (target);
  counts = zs_store_copy (source, target, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);

  /* Reopened: what is stored, not what a connection remembers. */
  g_clear_object (&target);
  target = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assert_same_records (source, target), >, 0);
  assert_same_history (source, target);
  assert_same_trash (source, target);
  office = zs_store_get_setting (target, ZS_SETTING_OFFICE_NAME);
  g_assert_cmpstr (office, ==, "潍坊市投资合作促进局");
  demo = zs_store_get_setting (target, ZS_SETTING_DEMO_LOADED);
  g_assert_cmpstr (demo, ==, "true");
  /* The source file's own bookkeeping stays behind. */
  backup_date = zs_store_get_setting (target, "backup-last-date");
  g_assert_null (backup_date);

  /* The counts said so, equal on both sides. */
  for (guint i = 0; i < counts->len; i++)
    {
      ZsStoreCopyCount *count = &g_array_index (counts, ZsStoreCopyCount, i);

      g_assert_cmpint (count->source, ==, count->target);
    }
  text = zs_store_copy_format_counts (counts);
  g_assert_nonnull (strstr (text, "project: "));
  g_assert_nonnull (strstr (text, "Change history entries: "));

  /* The copy works: the trash restores, a new project gets a new id. */
  {
    g_autoptr(GPtrArray) trash = zs_store_list_trash (target, NULL);
    g_autoptr(ZsProject) added = NULL;

    g_assert_true (zs_store_trash_restore (target, zs_trash_entry_get_id (g_ptr_array_index (trash, 0)), &error));
    g_assert_no_error (error);
    added = zs_test_new_project (target, "新项目", "新公司", ZS_STAGE_LEAD);
    g_assert_cmpint (zs_record_get_id (ZS_RECORD (added)), >, 0);
  }
}

static void
test_copy_refuses_non_empty (void)
{
  g_autoptr(ZsStore) source = open_source ("copy-refuse-source");
  g_autoptr(ZsStore) target = zs_test_open_seeded ("copy-refuse-target");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autofree char *office = NULL;
  gint64 before = count_everything (target);

  counts = zs_store_copy (source, target, NULL, NULL, NULL, &error);
  g_assert_null (counts);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "is not empty"));
  g_assert_cmpint (count_everything (target), ==, before);
  office = zs_store_get_setting (target, ZS_SETTING_OFFICE_NAME);
  g_assert_null (office);

  /* A database with only history is not empty either. */
  {
    g_autofree char *location = zs_test_store_location ("copy-refuse-history");
    g_autoptr(ZsStore) other = zs_store_open (location, NULL);

    g_assert_true (zs_store_begin (other, NULL));
    g_assert_true (zs_store_log_import (other, "a.xml", 1, 0, 0, NULL));
    g_assert_true (zs_store_commit (other, NULL));
    g_clear_error (&error);
    g_assert_null (zs_store_copy (source, other, NULL, NULL, NULL, &error));
    g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
    g_assert_cmpint (count_everything (other), ==, 1);
  }
}

static void
cancel_on_progress (guint64  done,
                    guint64  total,
                    gpointer data)
{
  g_assert_cmpuint (done, <=, total);
  g_cancellable_cancel (data);
}

static void
test_copy_cancelled (void)
{
  g_autoptr(ZsStore) source = open_source ("copy-cancel-source");
  g_autofree char *location = zs_test_store_location ("copy-cancel-target");
  g_autoptr(ZsStore) target = zs_store_open (location, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *office = NULL;

  g_assert_null (zs_store_copy (source, target, cancellable, cancel_on_progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_clear_error (&error);

  g_clear_object (&target);
  target = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_everything (target), ==, 0);
  office = zs_store_get_setting (target, ZS_SETTING_OFFICE_NAME);
  g_assert_null (office);

  /* And it can be copied into afterwards. */
  {
    g_autoptr(GArray) counts = zs_store_copy (source, target, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (counts);
  }
}

typedef struct {
  GMainLoop *loop;
  GArray    *counts;
  GError    *error;
  guint64    last_done;
  guint64    last_total;
  guint      n_ticks;
  gboolean   called_back;
} AsyncRun;

static void
on_tick (guint64  done,
         guint64  total,
         gpointer data)
{
  AsyncRun *run = data;

  g_assert_false (run->called_back);
  g_assert_cmpuint (done, >=, run->last_done);
  run->last_done = done;
  run->last_total = total;
  run->n_ticks++;
}

static void
on_copied (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  AsyncRun *run = data;

  run->called_back = TRUE;
  run->counts = zs_store_copy_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_copy_async (void)
{
  g_autoptr(ZsStore) source = open_source ("copy-async-source");
  g_autofree char *location = zs_test_store_location ("copy-async-target");
  g_autoptr(ZsStore) target = NULL;
  AsyncRun run = { g_main_loop_new (NULL, FALSE) };

  /* The target does not exist yet: the worker makes it. */
  zs_store_copy_async (zs_store_get_path (source), location, NULL, on_tick, &run, NULL, on_copied, &run);
  g_main_loop_run (run.loop);
  g_assert_no_error (run.error);
  g_assert_nonnull (run.counts);
  g_assert_cmpuint (run.n_ticks, >, 0);
  g_assert_cmpuint (run.last_done, ==, run.last_total);

  target = zs_store_open (location, NULL);
  assert_same_records (source, target);
  assert_same_history (source, target);

  /* Again into the same, now full: refused in the callback, not a crash. */
  g_clear_pointer (&run.counts, g_array_unref);
  run.called_back = FALSE;
  zs_store_copy_async (zs_store_get_path (source), location, NULL, NULL, NULL, NULL, on_copied, &run);
  g_main_loop_run (run.loop);
  g_assert_error (run.error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&run.error);

  /* A location no engine opens: the store's refusal. */
  run.called_back = FALSE;
  zs_store_copy_async (zs_store_get_path (source), "nosuchengine://host/db", NULL, NULL, NULL, NULL, on_copied, &run);
  g_main_loop_run (run.loop);
  g_assert_error (run.error, ZS_ERROR, ZS_ERROR_FAILED);
  g_clear_error (&run.error);
  g_main_loop_unref (run.loop);
}

/* Several thousand rows, as a bureau's copy has hundreds of thousands:
 * on a server they go in batches (zs-pg-batch.c), and what arrives is
 * exact: the counts, a sample of rows field by field, the search, the
 * ids that come next. */
#define MANY_PROJECTS 2500

static void
fill_many (ZsStore *store)
{
  g_autoptr(GError) error = NULL;

  zs_store_set_actor (store, "王海燕");
  g_assert_true (zs_store_begin (store, &error));
  for (guint i = 0; i < MANY_PROJECTS; i++)
    {
      g_autofree char *name = g_strdup_printf ("批量项目%04u号", i);
      g_autoptr(ZsProject) project = zs_project_new ();

      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, name);
      zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, i % 2 ? "潍柴动力" : "歌尔股份\t有限\n公司");
      zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, i % 3 ? ZS_STAGE_LEAD : ZS_STAGE_SIGNED);
      g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
      g_assert_no_error (error);
    }
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);
}

static void
test_copy_thousands (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("copy-many-source");
  g_autofree char *location = zs_test_store_location ("copy-many-target");
  g_autoptr(ZsStore) target = zs_store_open (location, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) search = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) found = NULL;
  g_autoptr(ZsProject) added = NULL;
  gint64 rows = 0, highest = 0;

  fill_many (source);
  g_assert_nonnull (target);
  counts = zs_store_copy (source, target, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);
  for (guint i = 0; i < counts->len; i++)
    {
      ZsStoreCopyCount *count = &g_array_index (counts, ZsStoreCopyCount, i);

      g_assert_cmpint (count->source, ==, count->target);
      rows += count->source;
    }
  g_assert_cmpint (rows, >, 2 * MANY_PROJECTS);

  g_clear_object (&target);
  target = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_count_all (target, ZS_TYPE_PROJECT, NULL), ==,
                   zs_store_count_all (source, ZS_TYPE_PROJECT, NULL));
  ids = zs_store_query (source, query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i += 97)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ZsRecord) a = zs_store_read_stored (source, ZS_TYPE_PROJECT, id, NULL);
      g_autoptr(ZsRecord) b = zs_store_read_stored (target, ZS_TYPE_PROJECT, id, NULL);

      g_assert_nonnull (b);
      zs_test_assert_same_fields (a, b);
      g_assert_cmpstr (zs_record_get_updated (a), ==, zs_record_get_updated (b));
    }
  for (guint i = 0; i < ids->len; i++)
    highest = MAX (highest, g_array_index (ids, gint64, i));
  assert_same_history (source, target);

  /* The rows' search documents came with them. */
  zs_query_set_search (search, "批量项目1234");
  found = zs_store_query (target, search, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  /* A new row's id comes after the copied ones. */
  added = zs_test_new_project (target, "复制后的新项目", "新公司", ZS_STAGE_LEAD);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (added)), >, highest);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/copy/equal-table-by-table", test_copy_equal);
  g_test_add_func ("/copy/refuses-non-empty-target", test_copy_refuses_non_empty);
  g_test_add_func ("/copy/cancelled-leaves-target-empty", test_copy_cancelled);
  g_test_add_func ("/copy/in-a-worker-thread", test_copy_async);
  g_test_add_func ("/copy/thousands-of-rows-exact", test_copy_thousands);

  return g_test_run ();
}
