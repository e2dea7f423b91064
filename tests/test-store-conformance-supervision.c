/* test-store-conformance-supervision.c — the store's conformance suite:
 * 批示, 督办 items and their replies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * They go to the trash with what they are about and come back with it,
 * closing an item is undone like any edit and named in the history, and a
 * record saved without an owner or a closed item without its date is
 * refused: on every backend.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "test-store-conformance.h"

static gint64
count_of (ZsStore *store,
          GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

static ZsRecord *
add_instruction (ZsStore    *store,
                 guint       owner_field,
                 gint64      owner_id,
                 const char *text)
{
  ZsRecord *instruction = ZS_RECORD (zs_instruction_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (instruction, owner_field, owner_id);
  zs_record_set_string (instruction, ZS_INSTRUCTION_TEXT, text);
  zs_record_set_string (instruction, ZS_INSTRUCTION_AUTHOR, "李局长");
  zs_record_set_string (instruction, ZS_INSTRUCTION_DATE, "2026-11-02");
  g_assert_true (zs_store_save (store, instruction, &error));
  g_assert_no_error (error);
  return instruction;
}

static ZsRecord *
add_item (ZsStore    *store,
          gint64      project_id,
          const char *deadline)
{
  ZsRecord *item = ZS_RECORD (zs_supervision_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (item, ZS_SUPERVISION_PROJECT_ID, project_id);
  zs_record_set_string (item, ZS_SUPERVISION_TASK, "协调解决用地指标");
  zs_record_set_int (item, ZS_SUPERVISION_UNIT_ID, zs_test_nth_id (store, ZS_TYPE_UNIT, 0));
  zs_record_set_string (item, ZS_SUPERVISION_DEADLINE, deadline);
  g_assert_true (zs_store_save (store, item, &error));
  g_assert_no_error (error);
  return item;
}

static ZsRecord *
add_reply (ZsStore    *store,
           ZsRecord   *item,
           const char *text)
{
  ZsRecord *reply = ZS_RECORD (zs_supervision_reply_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID, zs_record_get_id (item));
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_TEXT, text);
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_AUTHOR, "张三");
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_DATE, "2026-11-05");
  g_assert_true (zs_store_save (store, reply, &error));
  g_assert_no_error (error);
  return reply;
}

static void
test_refusals (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-refusals");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) orphan = ZS_RECORD (zs_instruction_new ());
  g_autoptr(ZsRecord) item = add_item (store, zs_record_get_id (ZS_RECORD (project)), "2026-11-30");
  g_autoptr(GError) error = NULL;

  /* An instruction about nothing. */
  zs_record_set_string (orphan, ZS_INSTRUCTION_TEXT, "抓紧推进");
  zs_record_set_string (orphan, ZS_INSTRUCTION_AUTHOR, "李局长");
  zs_record_set_string (orphan, ZS_INSTRUCTION_DATE, "2026-11-02");
  g_assert_false (zs_store_save (store, orphan, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_of (store, ZS_TYPE_INSTRUCTION), ==, 0);

  /* Closed, but when? */
  zs_record_set_enum (item, ZS_SUPERVISION_STATE, ZS_SUPERVISION_CLOSED);
  g_assert_false (zs_store_save (store, item, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
}

static void
test_trash_with_owner (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-trash");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_SIGNED);
  gint64 project_id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(ZsRecord) instruction = add_instruction (store, ZS_INSTRUCTION_PROJECT_ID, project_id, "要求月底前签约");
  g_autoptr(ZsRecord) item = add_item (store, project_id, "2026-11-30");
  g_autoptr(ZsRecord) reply = add_reply (store, item, "已与自然资源局对接");
  g_autofree char *reply_uuid = g_strdup (zs_record_get_uuid (reply));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsRecord) back = NULL;
  gint64 trash_id;

  trash_id = zs_store_trash (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  g_assert_cmpint (trash_id, >, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_INSTRUCTION), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION_REPLY), ==, 0);

  g_assert_true (zs_store_trash_restore (store, trash_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_INSTRUCTION), ==, 1);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION), ==, 1);
  back = zs_store_read_stored (store, ZS_TYPE_SUPERVISION_REPLY, zs_record_get_id (reply), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_uuid (back), ==, reply_uuid);
  g_assert_cmpstr (zs_record_get_string (back, ZS_SUPERVISION_REPLY_TEXT), ==, "已与自然资源局对接");
  g_assert_cmpint (zs_record_get_int (back, ZS_SUPERVISION_REPLY_SUPERVISION_ID), ==, zs_record_get_id (item));
}

/* A reply deleted alone goes to the trash and leaves its item. */
static void
test_trash_reply_alone (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-reply");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_LEAD);
  g_autoptr(ZsRecord) item = add_item (store, zs_record_get_id (ZS_RECORD (project)), "2026-11-30");
  g_autoptr(ZsRecord) reply = add_reply (store, item, "正在办理");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zs_store_trash (store, reply, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION_REPLY), ==, 0);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION), ==, 1);
}

static void
test_close_undo_history (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-undo");
  g_autoptr(ZsUndoStack) stack = NULL;
  g_autoptr(ZsProject) project = zs_test_new_project (store, "科医联创二期", "科医联创", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) item = add_item (store, zs_record_get_id (ZS_RECORD (project)), "2026-11-30");
  gint64 id = zs_record_get_id (item);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;

  stack = zs_undo_stack_new (store);
  zs_store_set_actor (store, "王五");
  zs_record_set_enum (item, ZS_SUPERVISION_STATE, ZS_SUPERVISION_CLOSED);
  zs_record_set_string (item, ZS_SUPERVISION_CLOSED_DATE, "2026-11-20");
  g_assert_true (zs_store_save (store, item, &error));
  g_assert_no_error (error);

  /* The history says who closed it. */
  g_assert_true (zs_store_last_change (store, ZS_TYPE_SUPERVISION, id, ZS_SUPERVISION_STATE, &who, NULL));
  g_assert_cmpstr (who, ==, "王五");

  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  stored = zs_store_read_stored (store, ZS_TYPE_SUPERVISION, id, NULL);
  g_assert_cmpint (zs_record_get_enum (stored, ZS_SUPERVISION_STATE), ==, ZS_SUPERVISION_OPEN);
  g_assert_null (zs_record_get_string (stored, ZS_SUPERVISION_CLOSED_DATE));
  g_assert_false (zs_supervision_is_closed (item));
}

/* The bytes of @attachment's first piece, as text. */
static char *
first_piece (ZsStore  *store,
             ZsRecord *attachment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) piece = zs_store_attachment_read_chunk (store, zs_record_get_uuid (attachment), 0, &error);

  g_assert_no_error (error);
  if (piece == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (piece, NULL), g_bytes_get_size (piece));
}

/* A reply's attachments go to the trash with the reply and with the
 * project above it, come back with their bytes, and a trashed reply's
 * file is undone with it. */
static void
test_reply_attachments (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-reply-files");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "潍柴新能源配套产业园", "潍柴", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) item = add_item (store, zs_record_get_id (ZS_RECORD (project)), "2026-11-30");
  g_autoptr(ZsRecord) reply = add_reply (store, item, "现场照片见附件");
  g_autofree char *path = zs_test_scratch_path ("现场照片.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autoptr(ZsQuery) of_reply = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsUndoStack) stack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gint64 trash_id;

  g_assert_true (g_file_set_contents (path, "厂房已封顶", -1, NULL));
  g_assert_cmpint (zs_attachment_owner_field (ZS_TYPE_SUPERVISION_REPLY), ==, ZS_ATTACHMENT_SUPERVISION_REPLY_ID);
  attachment = zs_store_attach_file (store, reply, file, NULL, &error);
  g_assert_no_error (error);
  of_reply = zs_attachments_query (reply);
  ids = zs_store_query (store, of_reply, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  /* With the project. */
  trash_id = zs_store_trash (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_ATTACHMENT), ==, 0);
  g_assert_true (zs_store_trash_restore (store, trash_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (ZS_RECORD (attachment))),
                   ==, zs_record_get_id (ZS_RECORD (attachment)));
  bytes = first_piece (store, ZS_RECORD (attachment));
  g_assert_cmpstr (bytes, ==, "厂房已封顶");

  /* With the reply alone, and 撤销. */
  stack = zs_undo_stack_new (store);
  g_assert_cmpint (zs_store_trash (store, reply, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_ATTACHMENT), ==, 0);
  g_assert_nonnull (zs_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_of (store, ZS_TYPE_SUPERVISION_REPLY), ==, 1);
  g_assert_cmpint (count_of (store, ZS_TYPE_ATTACHMENT), ==, 1);
  g_clear_pointer (&bytes, g_free);
  bytes = first_piece (store, ZS_RECORD (attachment));
  g_assert_cmpstr (bytes, ==, "厂房已封顶");
  g_unlink (path);
}

/* Instructions on a lead and a carrier too, each found by its owner. */
static void
test_owners (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("supervision-owners");
  gint64 lead_id = zs_test_nth_id (store, ZS_TYPE_LEAD, 0);
  gint64 carrier_id = zs_test_nth_id (store, ZS_TYPE_CARRIER, 0);
  g_autoptr(ZsRecord) on_lead = add_instruction (store, ZS_INSTRUCTION_LEAD_ID, lead_id, "尽快回访");
  g_autoptr(ZsRecord) on_carrier = add_instruction (store, ZS_INSTRUCTION_CARRIER_ID, carrier_id, "盘活闲置厂房");
  g_autoptr(ZsRecord) lead_owner = NULL;
  g_autoptr(ZsRecord) carrier_owner = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zs_instruction_owner_field (ZS_TYPE_LEAD), ==, ZS_INSTRUCTION_LEAD_ID);
  g_assert_cmpint (zs_instruction_owner_field (ZS_TYPE_CARRIER), ==, ZS_SUPERVISION_CARRIER_ID);
  g_assert_cmpint (zs_instruction_owner_field (ZS_TYPE_PARTNER), ==, -1);
  lead_owner = zs_supervision_load_owner (store, on_lead, &error);
  g_assert_no_error (error);
  g_assert_true (ZS_IS_LEAD (lead_owner));
  g_assert_cmpint (zs_record_get_id (lead_owner), ==, lead_id);
  carrier_owner = zs_supervision_load_owner (store, on_carrier, &error);
  g_assert_true (ZS_IS_CARRIER (carrier_owner));
  g_assert_cmpint (zs_record_get_id (carrier_owner), ==, carrier_id);
}

void
zs_conformance_add_supervision_tests (void)
{
  g_test_add_func ("/store/supervision/refusals", test_refusals);
  g_test_add_func ("/store/supervision/trash-with-owner", test_trash_with_owner);
  g_test_add_func ("/store/supervision/trash-reply-alone", test_trash_reply_alone);
  g_test_add_func ("/store/supervision/close-undo-history", test_close_undo_history);
  g_test_add_func ("/store/supervision/owners", test_owners);
  g_test_add_func ("/store/supervision/reply-attachments", test_reply_attachments);
}
