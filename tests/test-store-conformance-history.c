/* test-store-conformance-history.c — the store's conformance suite: who changed what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each save, stage move, delete, restore and import leaves its entries in
 * the history, in the transaction of the change; on the backend
 * test-store-conformance.c runs.
 */
#include "config.h"

#include <string.h>

#include "test-store-conformance.h"
#include "zs-partner-vcard.h"

/* The history of one record, newest first. */
static GPtrArray *
record_history (ZsStore  *store,
                GType     type,
                gint64    id)
{
  ZsHistoryFilter filter = { type, id, NULL, NULL, NULL, NULL, FALSE };
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = zs_store_history (store, &filter, 0, 100, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

/* The entries of @entries that changed @field, as "old→new". */
static char *
changes_of (GPtrArray  *entries,
            const char *field)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      ZsHistoryEntry *e = g_ptr_array_index (entries, i);

      if (g_strcmp0 (zs_history_entry_get_field (e), field) == 0)
        g_string_append_printf (out, "%s%s→%s", out->len ? "|" : "",
                                zs_history_entry_get_old_value (e) ? zs_history_entry_get_old_value (e) : "",
                                zs_history_entry_get_new_value (e) ? zs_history_entry_get_new_value (e) : "");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_field_save (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-save");
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *investors = NULL;
  ZsHistoryEntry *newest;
  ZsRecord *r;

  zs_store_set_actor (store, "王晓明");
  project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_NEGOTIATING);
  r = ZS_RECORD (project);

  zs_record_set_string (r, ZS_PROJECT_INVESTOR, "亿程重工集团");
  g_assert_true (zs_store_save (store, r, &error));
  g_assert_no_error (error);
  /* A save that changes nothing writes nothing. */
  g_assert_true (zs_store_save (store, r, &error));

  entries = record_history (store, ZS_TYPE_PROJECT, zs_record_get_id (r));
  g_assert_cmpuint (entries->len, ==, 2);
  newest = g_ptr_array_index (entries, 0);
  g_assert_cmpint (zs_history_entry_get_action (newest), ==, ZS_HISTORY_EDIT);
  g_assert_cmpstr (zs_history_entry_get_who (newest), ==, "王晓明");
  g_assert_cmpstr (zs_history_entry_get_record_type (newest), ==, "project");
  g_assert_cmpstr (zs_history_entry_get_record_uuid (newest), ==, zs_record_get_uuid (r));
  g_assert_cmpstr (zs_history_entry_get_title (newest), ==, "亿程机械");
  investors = changes_of (entries, "investor");
  g_assert_cmpstr (investors, ==, "亿程机械有限公司→亿程重工集团");
  g_assert_cmpstr (zs_history_entry_describe_what (newest), ==, "Investor");
  /* The first is the record's creation. */
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (entries, 1)), ==, ZS_HISTORY_CREATE);
}

static void
test_stage_move (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-stage");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "华芯半导体", "华芯科技", ZS_STAGE_LEAD);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stages = NULL;
  g_autofree char *today = zs_date_today ();

  g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_NEGOTIATING, today, NULL, &error));
  g_assert_no_error (error);

  entries = record_history (store, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)));
  stages = changes_of (entries, "stage");
  g_assert_cmpstr (stages, ==, "lead→negotiating");
}

static void
test_delete_restore (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-delete");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "绿源新材料", "绿源集团", ZS_STAGE_SIGNED);
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autoptr(GPtrArray) deleted = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  zs_store_set_actor (store, "李娜");
  deleted = zs_store_delete_for_undo (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_restore (store, deleted, &error));
  g_assert_no_error (error);

  entries = record_history (store, ZS_TYPE_PROJECT, id);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (entries, 0)), ==, ZS_HISTORY_RESTORE);
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (entries, 1)), ==, ZS_HISTORY_DELETE);
  g_assert_cmpstr (zs_history_entry_get_title (g_ptr_array_index (entries, 1)), ==, "绿源新材料");
  g_assert_cmpstr (zs_history_entry_get_who (g_ptr_array_index (entries, 1)), ==, "李娜");
}

static void
test_rollback_leaves_none (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-rollback");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "东方物流", "东方物流有限公司", ZS_STAGE_LEAD);
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_store_begin (store, &error));
  zs_record_set_string (r, ZS_PROJECT_NAME, "东方物流二期");
  g_assert_true (zs_store_save (store, r, &error));
  zs_store_rollback (store);

  entries = record_history (store, ZS_TYPE_PROJECT, zs_record_get_id (r));
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (entries, 0)), ==, ZS_HISTORY_CREATE);
}

/* The import entries, newest first. */
static GPtrArray *
import_entries (ZsStore *store)
{
  ZsHistoryFilter filter = { G_TYPE_INVALID, 0, NULL, NULL, NULL, NULL, TRUE };
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = zs_store_history (store, &filter, 0, 100, &error);

  g_assert_no_error (error);
  return entries;
}

static void
test_import_is_one_entry (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-import");
  g_autofree char *town = zs_test_source_path ("exchange/town.xml");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) imports = NULL;
  g_autofree char *counts = NULL;
  guint added;

  zs_store_set_actor (store, "赵强");
  all = zs_store_history (store, NULL, 0, 0, NULL);
  g_assert_nonnull (all);
  g_assert_cmpuint (all->len, ==, 0);
  g_clear_pointer (&all, g_ptr_array_unref);

  report = zs_test_preview_or_fail (store, town);
  added = zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED);
  g_assert_cmpuint (added, >, 1);
  zs_test_apply_or_fail (store, town, report);

  /* One entry for the file, none for its rows. */
  all = zs_store_history (store, NULL, 0, 0, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  imports = import_entries (store);
  g_assert_cmpuint (imports->len, ==, 1);
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (imports, 0)), ==, ZS_HISTORY_IMPORT);
  g_assert_cmpstr (zs_history_entry_get_title (g_ptr_array_index (imports, 0)), ==, "town.xml");
  g_assert_cmpstr (zs_history_entry_get_who (g_ptr_array_index (imports, 0)), ==, "赵强");
  counts = g_strdup_printf ("added=%u;updated=0;unchanged=0", added);
  g_assert_cmpstr (zs_history_entry_get_new_value (g_ptr_array_index (imports, 0)), ==, counts);
}

static void
test_vcard_import_is_one_entry (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-vcard");
  g_autofree char *path = zs_test_source_path ("vcard/iphone.vcf");
  g_autofree char *data = NULL;
  gsize length = 0;
  ZsVCardImport *import;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;
  guint added;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  import = zs_vcard_import_new (store, data, length, ZS_PARTNER_NOTABLE_NATIVE, &error);
  g_assert_no_error (error);
  zs_vcard_import_set_source (import, path);
  added = zs_vcard_import_count (import, ZS_VCARD_ADD);
  g_assert_cmpuint (added, >, 0);
  g_assert_true (zs_vcard_import_apply (import, &error));
  g_assert_no_error (error);
  zs_vcard_import_free (import);

  all = zs_store_history (store, NULL, 0, 0, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (all, 0)), ==, ZS_HISTORY_IMPORT);
  g_assert_cmpstr (zs_history_entry_get_title (g_ptr_array_index (all, 0)), ==, "iphone.vcf");
  counts = g_strdup_printf ("added=%u;updated=0;unchanged=0", added);
  g_assert_cmpstr (zs_history_entry_get_new_value (g_ptr_array_index (all, 0)), ==, counts);
}

static void
test_last_change (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-last");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "蓝海医药", "蓝海医药集团", ZS_STAGE_LEAD);
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (zs_store_last_change (store, ZS_TYPE_PROJECT, zs_record_get_id (r), ZS_PROJECT_INVESTOR, &who, &when));
  g_assert_null (who);

  zs_store_set_actor (store, "陈静");
  zs_record_set_string (r, ZS_PROJECT_INVESTOR, "蓝海控股");
  g_assert_true (zs_store_save (store, r, &error));
  zs_store_set_actor (store, "王晓明");
  zs_record_set_string (r, ZS_PROJECT_NAME, "蓝海医药二期");
  g_assert_true (zs_store_save (store, r, &error));

  g_assert_true (zs_store_last_change (store, ZS_TYPE_PROJECT, zs_record_get_id (r), ZS_PROJECT_INVESTOR, &who, &when));
  g_assert_cmpstr (who, ==, "陈静");
  g_assert_nonnull (when);
  /* Stored to the second. */
  g_assert_cmpint (g_date_time_difference (when, before), >, -G_TIME_SPAN_SECOND);
  g_clear_pointer (&who, g_free);
  g_assert_true (zs_store_last_change (store, ZS_TYPE_PROJECT, zs_record_get_id (r), -1, &who, NULL));
  g_assert_cmpstr (who, ==, "王晓明");
}

static void
test_filters_and_pages (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("history-filters");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "星河光电", "星河集团", ZS_STAGE_LEAD);
  ZsRecord *r = ZS_RECORD (project);
  ZsHistoryFilter by_person = { G_TYPE_INVALID, 0, NULL, "周敏", NULL, NULL, FALSE };
  ZsHistoryFilter by_type = { ZS_TYPE_PARTNER, 0, NULL, NULL, NULL, NULL, FALSE };
  ZsHistoryFilter projects = { ZS_TYPE_PROJECT, 0, NULL, NULL, NULL, NULL, FALSE };
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GPtrArray) next = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GError) error = NULL;

  zs_store_set_actor (store, "周敏");
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("星河光电%d期", i + 2);

      zs_record_set_string (r, ZS_PROJECT_NAME, name);
      g_assert_true (zs_store_save (store, r, &error));
    }

  mine = zs_store_history (store, &by_person, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mine->len, ==, 5);
  partners = zs_store_history (store, &by_type, 0, 100, &error);
  g_assert_cmpuint (partners->len, ==, 0);

  /* Pages follow each other, newest first, without overlap. */
  page = zs_store_history (store, &projects, 0, 4, &error);
  g_assert_cmpuint (page->len, ==, 4);
  g_assert_cmpstr (zs_history_entry_get_new_value (g_ptr_array_index (page, 0)), ==, "星河光电6期");
  next = zs_store_history (store, &projects, zs_history_entry_get_id (g_ptr_array_index (page, 3)), 4, &error);
  g_assert_cmpuint (next->len, ==, 2);
  g_assert_cmpstr (zs_history_entry_get_new_value (g_ptr_array_index (next, 0)), ==, "星河光电2期");
  g_assert_cmpint (zs_history_entry_get_action (g_ptr_array_index (next, 1)), ==, ZS_HISTORY_CREATE);
}

void
zs_conformance_add_history_tests (void)
{
  g_test_add_func ("/store/history/field-save", test_field_save);
  g_test_add_func ("/store/history/stage-move", test_stage_move);
  g_test_add_func ("/store/history/delete-restore", test_delete_restore);
  g_test_add_func ("/store/history/rollback-leaves-none", test_rollback_leaves_none);
  g_test_add_func ("/store/history/import-one-entry", test_import_is_one_entry);
  g_test_add_func ("/store/history/vcard-import-one-entry", test_vcard_import_is_one_entry);
  g_test_add_func ("/store/history/last-change", test_last_change);
  g_test_add_func ("/store/history/filters-and-pages", test_filters_and_pages);
}
