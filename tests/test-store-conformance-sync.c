/* test-store-conformance-sync.c — two handles on one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Two ZsStore handles on one location stand for two programs on one file
 * (two windows, a script and the window, two PCs on a shared folder): each
 * has its own connection and its own live objects. What one saved is
 * never silently overwritten by the other, shows in the other's live
 * objects within two seconds, and a reader never waits for a writer.
 */
#include "config.h"

#include <string.h>

#include "test-store-conformance.h"
#include "zs-store-thread.h"

/* How long the watch may take to deliver another's commit (issue 12). */
#define DELIVERY_LIMIT_MS 2000

static ZsStore *
open_other (ZsStore *store,
            guint    busy_timeout_ms)
{
  g_autoptr(GError) error = NULL;
  ZsStore *other = zs_store_open_full (zs_store_get_path (store), busy_timeout_ms, &error);

  g_assert_no_error (error);
  g_assert_nonnull (other);
  return other;
}

static ZsRecord *
load_or_fail (ZsStore *store,
              GType    type,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZsRecord *record = zs_store_load (store, type, id, &error);

  g_assert_no_error (error);
  return record;
}

static ZsRecord *
stored_or_fail (ZsStore *store,
                GType    type,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZsRecord *record = zs_store_read_stored (store, type, id, &error);

  g_assert_no_error (error);
  return record;
}

static guint
count_stage_events (ZsStore *store,
                    gint64   project_id,
                    ZsStage *last_to)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_int (query, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, project_id);
  ids = zs_store_query (store, query, NULL);
  g_assert_nonnull (ids);
  if (ids->len > 0 && last_to != NULL)
    {
      g_autoptr(ZsRecord) last = stored_or_fail (store, ZS_TYPE_STAGE_EVENT,
                                                 g_array_index (ids, gint64, ids->len - 1));

      *last_to = zs_record_get_enum (last, ZS_STAGE_EVENT_TO_STAGE);
    }
  return ids->len;
}

/* A save from a copy read before another handle saved is refused; nothing
 * of it is written; the copy shows what is stored; keeping the clerk's
 * value saves it on the new version, beside the other's change. */
static void
test_stale_save_refused (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("stale");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "合肥晶合二期", "晶合集成", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(ZsStoreConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = zs_record_get_version (ZS_RECORD (project));

  g_assert_cmpint (version, >, 0);
  g_assert_cmpint (zs_record_get_version (theirs), ==, version);

  /* The other handle, a colleague's, renames it. */
  zs_store_set_actor (b, "李四");
  zs_record_set_string (theirs, ZS_PROJECT_NAME, "合肥晶合三期");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_version (theirs), ==, version + 1);

  /* This one, still on the old copy, changes the investor. */
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "力晶科技");
  g_assert_false (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "合肥晶合"));
  g_clear_error (&error);

  /* Nothing written: the name is theirs, the investor the old one. */
  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "合肥晶合三期");
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "晶合集成");
  g_assert_cmpint (zs_record_get_version (stored), ==, version + 1);
  /* The refused copy shows what is stored. */
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "合肥晶合三期");
  g_assert_cmpint (zs_record_get_version (ZS_RECORD (project)), ==, version + 1);

  /* What the clerk typed and what is stored, for the window to ask. */
  conflict = zs_store_take_conflict (a);
  g_assert_nonnull (conflict);
  g_assert_null (zs_store_take_conflict (a));
  g_assert_true (zs_store_conflict_get_record (conflict) == ZS_RECORD (project));
  g_assert_cmpstr (zs_record_get_string (zs_store_conflict_get_mine (conflict), ZS_PROJECT_INVESTOR), ==, "力晶科技");
  g_assert_cmpstr (zs_record_get_string (zs_store_conflict_get_stored (conflict), ZS_PROJECT_NAME), ==, "合肥晶合三期");
  /* Who made the change that refused it, from the change history. */
  g_assert_cmpstr (zs_store_conflict_get_changed_by (conflict), ==, "李四");
  g_assert_nonnull (zs_store_conflict_get_changed_at (conflict));

  /* Keeping the clerk's investor keeps their name too. */
  zs_store_conflict_set_field (conflict, ZS_PROJECT_INVESTOR);
  g_assert_cmpint (zs_store_conflict_get_field (conflict), ==, ZS_PROJECT_INVESTOR);
  g_assert_true (zs_store_resolve_keep_mine (a, conflict, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "合肥晶合三期");
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "力晶科技");
  g_assert_cmpint (zs_record_get_version (stored), ==, version + 2);
}

/* A field written alone (zs_store_update_field) names its version too. */
static void
test_stale_field_update_refused (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("stale-field");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "蔚来第二工厂", "蔚来汽车", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  gint64 version = zs_record_get_version (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(ZsStoreConflict) conflict = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  zs_record_set_string (theirs, ZS_PROJECT_INVESTOR, "蔚来控股");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "蔚来第三工厂");
  g_assert_false (zs_store_update_field (a, ZS_TYPE_PROJECT, id, ZS_PROJECT_NAME, &value, version, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "蔚来第二工厂");
  conflict = zs_store_take_conflict (a);
  g_assert_nonnull (conflict);
  g_assert_cmpint (zs_store_conflict_get_field (conflict), ==, ZS_PROJECT_NAME);
  g_assert_cmpstr (zs_record_get_string (zs_store_conflict_get_mine (conflict), ZS_PROJECT_NAME), ==, "蔚来第三工厂");

  /* On the version now stored it is written, and the version goes up. */
  g_assert_true (zs_store_update_field (a, ZS_TYPE_PROJECT, id, ZS_PROJECT_NAME, &value,
                                        zs_record_get_version (stored), &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "蔚来第三工厂");
  g_assert_cmpint (zs_record_get_version (stored), ==, version + 2);
}

/* The case: a window opened before a script moved the project
 * from 线索 to 在谈 saves a field; it must not put the stage back, and the
 * stage and its history agree. A stale stage move is refused whole. */
static void
test_stage_move_then_stale_save (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("stage-stale");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "比亚迪合肥基地", "比亚迪", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  ZsStage last_to = ZS_STAGE_LEAD;
  const char *since = zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE);

  g_assert_cmpuint (count_stage_events (b, id, NULL), ==, 1);
  g_assert_true (zs_project_change_stage (b, ZS_PROJECT (theirs), ZS_STAGE_NEGOTIATING, since, NULL, &error));
  g_assert_no_error (error);

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "比亚迪股份");
  g_assert_false (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  g_clear_error (&error);
  zs_store_conflict_free (zs_store_take_conflict (a));

  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpint (zs_record_get_enum (stored, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpuint (count_stage_events (b, id, &last_to), ==, 2);
  g_assert_cmpint (last_to, ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);

  /* Now b renames it, and a (out of date again) moves it on: refused, and
   * no event is written without its move. */
  zs_record_set_string (theirs, ZS_PROJECT_NAME, "比亚迪合肥基地二期");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);
  g_assert_false (zs_project_change_stage (a, project, ZS_STAGE_SIGNED, since, NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  g_clear_object (&stored);
  stored = stored_or_fail (b, ZS_TYPE_PROJECT, id);
  g_assert_cmpint (zs_record_get_enum (stored, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpuint (count_stage_events (b, id, &last_to), ==, 2);
  g_assert_cmpint (last_to, ==, ZS_STAGE_NEGOTIATING);
}

typedef struct {
  guint    changes;
  gboolean timed_out;
} Watch;

static void
on_changed (Watch  *watch,
            GType   type,
            gint64  id)
{
  watch->changes++;
}

static gboolean
on_limit (gpointer data)
{
  ((Watch *) data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* The watch delivers another handle's commit to this one's listeners and
 * live objects, from the main loop, within two seconds; its own commits
 * and an idle database cost nothing. */
static void
test_watch_delivers_others_commit (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("watch");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "长鑫存储三期", "长鑫存储", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(GError) error = NULL;
  Watch watch = { 0, FALSE };
  gint64 start;
  guint limit;

  zs_store_watch_others (a, ZS_STORE_WATCH_INTERVAL_MS);
  g_signal_connect_swapped (a, "changed", G_CALLBACK (on_changed), &watch);

  /* Its own save is not another's. */
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "本窗口的备注");
  g_assert_true (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  watch.changes = 0;
  g_assert_false (zs_store_check_others (a));

  /* The other handle, up to date, renames it. */
  g_assert_true (zs_store_reload (b, theirs, &error));
  g_assert_no_error (error);
  zs_record_set_string (theirs, ZS_PROJECT_NAME, "长鑫存储四期");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  limit = g_timeout_add (zs_test_time_limit_ms (DELIVERY_LIMIT_MS), on_limit, &watch);
  while (watch.changes == 0 && !watch.timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!watch.timed_out)
    g_source_remove (limit);
  g_test_message ("delivered after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);

  g_assert_false (watch.timed_out);
  g_assert_cmpuint (watch.changes, ==, 1);
  /* The live object shows it, at the stored version: a save from it works. */
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "长鑫存储四期");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NOTES), ==, "本窗口的备注");
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "长鑫科技");
  g_assert_true (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_no_error (error);

  /* Nothing new: nothing done. */
  g_assert_false (zs_store_check_others (a));
}

/* While another connection holds the write lock, a handle opens, queries,
 * counts and streams; only its write waits, and fails with LOCKED. */
static void
test_read_while_other_writes (void)
{
  g_autoptr(ZsStore) writer = zs_test_open_seeded ("read-while-writing");
  g_autoptr(ZsProject) project = zs_test_new_project (writer, "国轩高科新站基地", "国轩高科", ZS_STAGE_SIGNED);
  g_autoptr(ZsStore) reader = NULL;
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsStoreCursor) cursor = NULL;
  g_autoptr(ZsProject) mine = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (zs_store_begin (writer, &error));
  g_assert_no_error (error);

  /* A short wait for locks, so that a wait would show as a failure. */
  reader = zs_store_open_full (zs_store_get_path (writer), 100, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reader);
  ids = zs_store_query (reader, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (count_projects (reader), ==, 1);

  g_assert_true (zs_store_begin_read (reader, &error));
  g_assert_no_error (error);
  cursor = zs_store_cursor_new (reader, ZS_TYPE_PROJECT, FALSE, &error);
  g_assert_no_error (error);
  while (zs_store_cursor_next (cursor, &error) != NULL)
    n++;
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&cursor, zs_store_cursor_free);
  g_assert_true (zs_store_commit (reader, &error));
  g_assert_no_error (error);

  /* A write waits for the lock, then says so; nothing is half written. */
  mine = zs_project_new ();
  zs_record_set_string (ZS_RECORD (mine), ZS_PROJECT_NAME, "国轩高科庐江基地");
  g_assert_false (zs_store_save (reader, ZS_RECORD (mine), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (mine)), ==, 0);

  zs_store_rollback (writer);
  /* Once the lock is given back the same save works. */
  g_assert_true (zs_store_save (reader, ZS_RECORD (mine), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_projects (writer), ==, 2);
}

/* A record another handle deleted is not made again by a save from a copy
 * read before; an undo's restore still puts it back. */
static void
test_deleted_not_resurrected (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("deleted");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "京东方十代线", "京东方", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(ZsStoreConflict) conflict = NULL;
  g_autoptr(GPtrArray) undo = NULL;
  g_autoptr(GError) error = NULL;

  undo = zs_store_delete_for_undo (b, theirs, &error);
  g_assert_no_error (error);

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "删除后的修改");
  g_assert_false (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (count_projects (b), ==, 0);
  conflict = zs_store_take_conflict (a);
  g_assert_nonnull (conflict);
  g_assert_null (zs_store_conflict_get_stored (conflict));
  g_assert_false (zs_store_resolve_keep_mine (a, conflict, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (zs_store_restore (b, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_projects (a), ==, 1);
}

/* Both changed a field that comes after references: the conflict names
 * it (references compare by their ids, not as text). */
static void
test_stale_save_difference_after_references (void)
{
  g_autoptr(ZsStore) a = zs_test_open_seeded ("stale-notes");
  g_autoptr(ZsStore) b = open_other (a, 5000);
  g_autoptr(ZsProject) project = zs_test_new_project (a, "蔚来第二工厂", "蔚来汽车", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) theirs = load_or_fail (b, ZS_TYPE_PROJECT, id);
  g_autoptr(ZsStoreConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;

  zs_record_set_string (theirs, ZS_PROJECT_NOTES, "乙的备注");
  g_assert_true (zs_store_save (b, theirs, &error));
  g_assert_no_error (error);

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NOTES, "甲的备注");
  g_assert_false (zs_store_save (a, ZS_RECORD (project), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONFLICT);
  conflict = zs_store_take_conflict (a);
  g_assert_nonnull (conflict);
  g_assert_cmpint (zs_store_conflict_get_field (conflict), ==, ZS_PROJECT_NOTES);
}

/* What a worker's read saw: run in the worker thread. */
typedef struct {
  ZsStore     *caller;
  gint64       id;
  ZsStoreHint  hint;
  gboolean     own_connection;
} WorkerRead;

static gpointer
read_name_in_worker (ZsStore       *store,
                     GTask         *task,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  WorkerRead *read = data;
  g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, read->id, error);

  read->hint = zs_store_get_hint (store);
  read->own_connection = store != read->caller;
  return project != NULL ? g_strdup (zs_record_get_string (project, ZS_PROJECT_NAME)) : NULL;
}

static void
on_worker_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **name = user_data;
  g_autoptr(GError) error = NULL;

  *name = g_task_propagate_pointer (G_TASK (result), &error);
  g_assert_no_error (error);
}

/* A read in a worker thread (the dispatch report's, 今日待办's) sees what
 * the window committed, on a connection of its own with the worker's
 * small cache (ZS_STORE_HINT_WORKER), while the window's keeps its own. */
static void
test_read_in_worker (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("worker-read");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "歌尔智能穿戴产业园", "歌尔", ZS_STAGE_NEGOTIATING);
  WorkerRead read = { store, zs_record_get_id (ZS_RECORD (project)), ZS_STORE_HINT_INTERACTIVE, FALSE };
  g_autofree char *name = NULL;
  GTask *task = g_task_new (NULL, NULL, on_worker_read, &name);

  zs_store_read_in_thread (store, task, read_name_in_worker, &read, NULL, g_free);
  g_object_unref (task);
  while (name == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (name, ==, "歌尔智能穿戴产业园");
  g_assert_true (read.own_connection);
  g_assert_cmpint (read.hint, ==, ZS_STORE_HINT_WORKER);
  g_assert_cmpint (zs_store_get_hint (store), ==, ZS_STORE_HINT_INTERACTIVE);
}

void
zs_conformance_add_sync_tests (void)
{
  g_test_add_func ("/store/sync/stale-save-refused", test_stale_save_refused);
  g_test_add_func ("/store/sync/stale-save-difference-after-references", test_stale_save_difference_after_references);
  g_test_add_func ("/store/sync/stale-field-update-refused", test_stale_field_update_refused);
  g_test_add_func ("/store/sync/stage-move-then-stale-save", test_stage_move_then_stale_save);
  g_test_add_func ("/store/sync/watch-delivers-others-commit", test_watch_delivers_others_commit);
  g_test_add_func ("/store/sync/read-while-other-writes", test_read_while_other_writes);
  g_test_add_func ("/store/sync/deleted-not-resurrected", test_deleted_not_resurrected);
  g_test_add_func ("/store/sync/read-in-worker", test_read_in_worker);
}
