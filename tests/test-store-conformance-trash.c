/* test-store-conformance-trash.c — the store's conformance suite: the trash
 * and the undo of edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A delete keeps the record and what belonged to it in the trash, from
 * where it comes back with its ids and UUIDs; old entries go; undo and
 * redo put rows back as they were. Each through ZsStore alone, on the
 * backend test-store-conformance.c runs.
 */
#include "config.h"

#include "test-store-conformance.h"

static gint64
count_of (ZsStore *store,
          GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

/* A project with two stage events, an obstacle and a funds entry. */
static ZsProject *
project_with_children (ZsStore *store)
{
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_NEGOTIATING);
  g_autoptr(ZsRecord) obstacle = g_object_new (ZS_TYPE_OBSTACLE, NULL);
  g_autoptr(ZsRecord) funds = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();

  g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_SIGNED, today, NULL, &error));
  g_assert_no_error (error);
  zs_record_set_int (obstacle, ZS_OBSTACLE_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (obstacle, ZS_OBSTACLE_DESCRIPTION, "用地指标未落实");
  g_assert_true (zs_store_save (store, obstacle, &error));
  g_assert_no_error (error);
  funds = zs_test_add_funds (store, ZS_RECORD (project), today, 5000);
  return g_steal_pointer (&project);
}

static ZsTrashEntry *
only_entry (ZsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = zs_store_list_trash (store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  return g_object_ref (g_ptr_array_index (entries, 0));
}

static guint
trash_size (ZsStore *store)
{
  g_autoptr(GPtrArray) entries = zs_store_list_trash (store, NULL);

  g_assert_nonnull (entries);
  return entries->len;
}

static void
test_trash_keeps_deleted (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("trash");
  g_autoptr(ZsProject) project = project_with_children (store);
  g_autoptr(ZsTrashEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsQuery) by_name = zs_query_new (ZS_TYPE_PROJECT);
  gint64 trash_id;

  g_assert_cmpuint (trash_size (store), ==, 0);
  /* Who deletes is the current user, as the history records it. */
  zs_store_set_actor (store, "王五");
  trash_id = zs_store_trash (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  g_assert_cmpint (trash_id, >, 0);

  /* Gone from every query and total. */
  g_assert_cmpint (count_projects (store), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_OBSTACLE), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_FUNDS_ENTRY), ==, 0);
  zs_query_set_search (by_name, "京业汇");
  g_assert_cmpint (zs_store_count (store, by_name, NULL), ==, 0);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, 0);
  g_assert_null (zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL));

  /* In the trash, saying what, who and how much. */
  entry = only_entry (store);
  g_assert_cmpint (zs_trash_entry_get_id (entry), ==, trash_id);
  g_assert_true (zs_trash_entry_get_record_type (entry) == ZS_TYPE_PROJECT);
  g_assert_cmpint (zs_trash_entry_get_record_id (entry), ==, id);
  g_assert_cmpstr (zs_trash_entry_get_title (entry), ==, "京业汇宠物产业园");
  g_assert_cmpstr (zs_trash_entry_get_deleted_by (entry), ==, "王五");
  g_assert_cmpuint (zs_trash_entry_get_n_records (entry), ==, 5);
  g_assert_true (g_str_has_suffix (zs_trash_entry_get_deleted_at (entry), "Z"));
}

static void
test_trash_restore (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("trash-restore");
  g_autofree char *path = g_strdup (zs_store_get_path (store));
  g_autoptr(ZsProject) project = project_with_children (store);
  g_autoptr(ZsProject) back = NULL;
  g_autoptr(ZsTrashEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) event_ids = NULL;
  g_autoptr(GArray) event_ids_back = NULL;

  zs_query_add_int (events, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, id);
  event_ids = zs_store_query (store, events, NULL);
  g_assert_true (zs_store_trash (store, ZS_RECORD (project), &error) > 0);
  g_assert_no_error (error);
  entry = only_entry (store);

  g_assert_true (zs_store_trash_restore (store, zs_trash_entry_get_id (entry), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trash_size (store), ==, 0);

  /* Same id and UUID, with what belonged to it, funds in place kept. */
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  back = zs_store_load (store, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_title (ZS_RECORD (back)), ==, "京业汇宠物产业园");
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (back), ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (back), ZS_PROJECT_FUNDS_IN_PLACE), ==, 5000);
  event_ids_back = zs_store_query (store, events, NULL);
  g_assert_cmpuint (event_ids_back->len, ==, 2);
  g_assert_cmpmem (event_ids->data, event_ids->len * sizeof (gint64), event_ids_back->data, event_ids_back->len * sizeof (gint64));
  g_assert_cmpint (count_of (store, ZS_TYPE_OBSTACLE), ==, 1);
  g_assert_cmpint (count_of (store, ZS_TYPE_FUNDS_ENTRY), ==, 1);

  /* And it stays after the database is opened again. */
  g_clear_object (&back);
  g_clear_object (&project);
  g_clear_object (&store);
  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  g_assert_cmpuint (trash_size (store), ==, 0);
}

static void
test_trash_restore_refused_when_back (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("trash-back");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) again = zs_project_new ();
  g_autoptr(ZsTrashEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_store_trash (store, ZS_RECORD (project), &error) > 0);
  /* The same project comes back by another way (an import): same UUID. */
  zs_record_copy_fields (ZS_RECORD (again), ZS_RECORD (project));
  zs_record_set_uuid (ZS_RECORD (again), zs_record_get_uuid (ZS_RECORD (project)));
  g_assert_true (zs_store_save (store, ZS_RECORD (again), &error));
  g_assert_no_error (error);

  entry = only_entry (store);
  g_assert_false (zs_store_trash_restore (store, zs_trash_entry_get_id (entry), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "亿程机械"));
  g_assert_cmpuint (trash_size (store), ==, 1);
  g_assert_cmpint (count_projects (store), ==, 1);
}

static void
test_trash_purge (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("trash-purge");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) in_29_days = g_date_time_add_days (now, 29);
  g_autoptr(GDateTime) in_31_days = g_date_time_add_days (now, 31);
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_store_trash (store, ZS_RECORD (project), &error) > 0);
  g_assert_cmpint (zs_store_trash_purge (store, now, 30, &error), ==, 0);
  g_assert_cmpint (zs_store_trash_purge (store, in_29_days, 30, &error), ==, 0);
  g_assert_cmpuint (trash_size (store), ==, 1);
  g_assert_cmpint (zs_store_trash_purge (store, in_31_days, 30, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (trash_size (store), ==, 0);
  g_assert_cmpint (count_projects (store), ==, 0);
}

static void
test_trash_remove_for_good (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("trash-remove");
  g_autoptr(ZsProject) a = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "京业汇", "京业汇", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) c = zs_test_new_project (store, "潍柴配套", "潍柴", ZS_STAGE_LEAD);
  g_autoptr(GError) error = NULL;
  gint64 trash_a;

  trash_a = zs_store_trash (store, ZS_RECORD (a), &error);
  g_assert_true (zs_store_trash (store, ZS_RECORD (b), &error) > 0);
  g_assert_true (zs_store_trash (store, ZS_RECORD (c), &error) > 0);
  g_assert_cmpuint (trash_size (store), ==, 3);

  g_assert_true (zs_store_trash_remove (store, trash_a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trash_size (store), ==, 2);
  g_assert_false (zs_store_trash_restore (store, trash_a, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (zs_store_trash_empty (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trash_size (store), ==, 0);
  g_assert_cmpint (count_projects (store), ==, 0);
}

/* ---- undo and redo ---------------------------------------------------------- */

static void
test_undo_field_edit (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-edit");
  g_autoptr(ZsUndoStack) stack = zs_undo_stack_new (store);
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  ZsRecord *record = ZS_RECORD (project);
  gint64 id = zs_record_get_id (record);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  ZsChange *change;

  zs_record_set_string (record, ZS_PROJECT_INVESTOR, "亿程集团");
  g_assert_true (zs_store_save (store, record, &error));
  g_assert_true (zs_undo_stack_can_undo (stack));

  change = zs_undo_stack_undo (stack, &error);
  g_assert_no_error (error);
  g_assert_nonnull (change);
  g_assert_cmpstr (zs_change_get_title (change), ==, "亿程机械");
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "亿程机械有限公司");
  /* The live object, which pages show, too. */
  g_assert_cmpstr (zs_record_get_string (record, ZS_PROJECT_INVESTOR), ==, "亿程机械有限公司");
  g_assert_true (zs_undo_stack_can_redo (stack));

  g_assert_nonnull (zs_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "亿程集团");
  g_assert_cmpstr (zs_record_get_string (record, ZS_PROJECT_INVESTOR), ==, "亿程集团");
  g_assert_false (zs_undo_stack_can_redo (stack));
}

/* Making a record is a step too: undone, it is gone with what was made
 * with it (its first stage event); redone, it is back as it was. */
static void
test_undo_create (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-create");
  g_autoptr(ZsUndoStack) stack = zs_undo_stack_new (store);
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count_of (store, ZS_TYPE_PROJECT), ==, 1);
  g_assert_true (zs_undo_stack_can_undo (stack));
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_PROJECT), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 0);

  g_assert_nonnull (zs_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "亿程机械");
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 1);
}

/* Restoring from the trash is a step: undone, the record is back in the
 * trash, not lost. */
static void
test_undo_restore (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-restore");
  g_autoptr(ZsProject) project = project_with_children (store);
  g_autoptr(ZsUndoStack) stack = NULL;
  g_autoptr(GError) error = NULL;
  gint64 projects, trash_id;

  trash_id = zs_store_trash (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  projects = count_of (store, ZS_TYPE_PROJECT);
  stack = zs_undo_stack_new (store);

  g_assert_true (zs_store_trash_restore (store, trash_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_PROJECT), ==, projects + 1);
  g_assert_cmpuint (trash_size (store), ==, 0);

  g_assert_true (zs_undo_stack_can_undo (stack));
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_PROJECT), ==, projects);
  g_assert_cmpuint (trash_size (store), ==, 1);

  g_assert_nonnull (zs_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_PROJECT), ==, projects + 1);
  g_assert_cmpuint (trash_size (store), ==, 0);
}

static void
test_undo_stage_move (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-stage");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(ZsUndoStack) stack = zs_undo_stack_new (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();

  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 1);
  g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_NEGOTIATING, today, NULL, &error));
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 2);

  /* The stage and its history go back together. */
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_LEAD);
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 1);

  g_assert_nonnull (zs_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 2);
}

static void
test_undo_placement (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-place");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_SIGNED);
  g_autoptr(ZsCarrier) carrier = zs_carrier_new ();
  g_autoptr(ZsRecord) need = g_object_new (ZS_TYPE_SPACE_NEED, NULL);
  g_autoptr(ZsUndoStack) stack = NULL;
  g_autoptr(ZsRecord) stored_need = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();

  zs_test_fill_record (store, ZS_RECORD (carrier), 1);
  g_assert_true (zs_store_save (store, ZS_RECORD (carrier), &error));
  zs_record_set_int (need, ZS_SPACE_NEED_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_int (need, ZS_SPACE_NEED_AREA, 5000);
  zs_record_set_string (need, ZS_SPACE_NEED_DATE, today);
  g_assert_true (zs_store_save (store, need, &error));
  g_assert_no_error (error);

  stack = zs_undo_stack_new (store);
  g_assert_true (zs_carrier_place_project (store, project, carrier, 0, today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID), ==, zs_record_get_id (ZS_RECORD (carrier)));
  stored_need = zs_store_read_stored (store, ZS_TYPE_SPACE_NEED, zs_record_get_id (need), NULL);
  g_assert_cmpstr (zs_record_get_string (stored_need, ZS_SPACE_NEED_MET_DATE), ==, today);
  g_clear_object (&stored_need);

  /* The placement and the need it met go back together. */
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID), ==, 0);
  stored_need = zs_store_read_stored (store, ZS_TYPE_SPACE_NEED, zs_record_get_id (need), NULL);
  g_assert_null (zs_record_get_string (stored_need, ZS_SPACE_NEED_MET_DATE));
}

static void
test_undo_trash (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-trash");
  g_autoptr(ZsProject) project = project_with_children (store);
  g_autoptr(ZsUndoStack) stack = zs_undo_stack_new (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));

  g_assert_true (zs_store_trash (store, ZS_RECORD (project), &error) > 0);
  g_assert_cmpint (count_projects (store), ==, 0);

  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  g_assert_cmpint (count_of (store, ZS_TYPE_STAGE_EVENT), ==, 2);
  g_assert_cmpuint (trash_size (store), ==, 0);

  g_assert_nonnull (zs_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_projects (store), ==, 0);
  g_assert_cmpuint (trash_size (store), ==, 1);
  /* And back once more from the new entry. */
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
}

static void
test_undo_refused_when_changed_since (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo-since");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(ZsUndoStack) stack = zs_undo_stack_new (store);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = zs_record_get_id (ZS_RECORD (project));

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "亿程集团");
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  /* Another change nobody can undo here (a second connection's). */
  zs_store_set_recording (store, FALSE);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, "亿程控股");
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));

  g_assert_null (zs_undo_stack_undo (stack, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "亿程控股");
  g_assert_false (zs_undo_stack_can_undo (stack));
}

void
zs_conformance_add_trash_tests (void)
{
  g_test_add_func ("/store/trash/keeps-deleted", test_trash_keeps_deleted);
  g_test_add_func ("/store/trash/restore", test_trash_restore);
  g_test_add_func ("/store/trash/restore-refused-when-back", test_trash_restore_refused_when_back);
  g_test_add_func ("/store/trash/purge", test_trash_purge);
  g_test_add_func ("/store/trash/remove-for-good", test_trash_remove_for_good);
  g_test_add_func ("/store/undo/field-edit", test_undo_field_edit);
  g_test_add_func ("/store/undo/create", test_undo_create);
  g_test_add_func ("/store/undo/restore", test_undo_restore);
  g_test_add_func ("/store/undo/stage-move", test_undo_stage_move);
  g_test_add_func ("/store/undo/placement", test_undo_placement);
  g_test_add_func ("/store/undo/trash", test_undo_trash);
  g_test_add_func ("/store/undo/refused-when-changed-since", test_undo_refused_when_changed_since);
}
