/* test-sqlite-upgrade.c — SQLite files of earlier schema versions, upgraded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each file is made from the schema files up to its version, with rows
 * written past the store; opening it upgrades it, and nothing is lost.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "zs-limits.h"
#include "zs-test-sqlite.h"
#include "zs-test-util.h"

/* Step 11 lets a unit be retired: every unit of a version-10 file stays in
 * use, with its name, kind, order and what refers to it. */
static void
test_upgrade_units_stay_in_use (void)
{
  g_autofree char *path = zs_test_db_path ("v10");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsRecord) town = NULL;
  g_autoptr(ZsRecord) project = NULL;
  sqlite3 *db = zs_test_sqlite_at_version (path, 10);

  zs_test_sqlite_exec (db,
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO units (id, uuid, created, updated, name, kind, position) VALUES "
            " (1, '11111111-1111-4111-8111-111111111111', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '投资促进局', 0, 0),"
            " (2, '11111111-1111-4111-8111-111111111112', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '双杨街道', 1, 1);"
            "INSERT INTO projects (id, uuid, created, updated, name, unit_id, planned_investment) VALUES "
            " (7, '22222222-2222-4222-8222-222222222227', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '七号项目', 2, 12500);"
            "PRAGMA user_version = 10;");
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 10);
  town = zs_store_load (store, ZS_TYPE_UNIT, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (town, ZS_UNIT_NAME), ==, "双杨街道");
  g_assert_cmpint (zs_record_get_enum (town, ZS_UNIT_KIND), ==, ZS_UNIT_TOWN);
  g_assert_cmpint (zs_record_get_int (town, ZS_UNIT_POSITION), ==, 1);
  g_assert_false (zs_record_get_boolean (town, ZS_UNIT_RETIRED));
  project = zs_store_load (store, ZS_TYPE_PROJECT, 7, &error);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_UNIT_ID), ==, 2);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT), ==, 1250000);

  zs_record_set_boolean (town, ZS_UNIT_RETIRED, TRUE);
  g_assert_true (zs_store_save (store, town, &error));
  g_clear_object (&town);
  g_clear_object (&project);
  g_clear_object (&store);
  g_assert_cmpint (zs_test_sqlite_int (path, "SELECT retired FROM units WHERE id = 2"), ==, 1);
  g_assert_cmpint (zs_test_sqlite_int (path, "SELECT retired FROM units WHERE id = 1"), ==, 0);
  g_assert_cmpint (zs_test_sqlite_int (path, "PRAGMA user_version"), ==, ZS_STORE_SCHEMA_VERSION);
}

/* ---- the upgrade to amounts in 0.01 万元 ----------------------------------------- */

/* A trash entry as version 14 wrote it: a project whose amounts are whole
 * 万元 in int64s. */
static GBytes *
old_trash_data (void)
{
  GVariantBuilder fields, records;
  g_autoptr(GVariant) data = NULL;

  g_variant_builder_init (&fields, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&fields, "{sv}", "name", g_variant_new_string ("九号项目"));
  g_variant_builder_add (&fields, "{sv}", "unit-id", g_variant_new_int64 (1));
  g_variant_builder_add (&fields, "{sv}", "planned-investment", g_variant_new_int64 (66000));
  g_variant_builder_init (&records, G_VARIANT_TYPE ("a(sxsssa{sv})"));
  g_variant_builder_add (&records, "(sxsssa{sv})", "ZsProject", (gint64) 9, "22222222-2222-4222-8222-222222222229",
                         "2024-03-01T00:00:00Z", "2024-03-01T00:00:00Z", &fields);
  data = g_variant_ref_sink (g_variant_new ("(ua(sxsssa{sv}))", 1, &records));
  return g_variant_get_data_as_bytes (data);
}

/* Step 15 multiplies every amount by 100: nothing is lost, the history's
 * decimal text reads as before, and a project deleted before the upgrade
 * comes back from the trash with its amounts. */
static void
test_upgrade_amounts_from_v14 (void)
{
  g_autofree char *path = zs_test_db_path ("v14");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsRecord) project = NULL;
  g_autoptr(ZsRecord) lead = NULL;
  g_autoptr(ZsRecord) target = NULL;
  g_autoptr(ZsRecord) entry = NULL;
  g_autoptr(ZsRecord) restored = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) trash = NULL;
  g_autoptr(GBytes) old = old_trash_data ();
  g_autofree char *shown = NULL;
  sqlite3 *db = zs_test_sqlite_at_version (path, 14);
  sqlite3_stmt *stmt;

  zs_test_sqlite_exec (db,
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO units (id, uuid, created, updated, name, kind, position) VALUES "
            " (1, '11111111-1111-4111-8111-111111111111', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '双杨街道', 1, 0);"
            "INSERT INTO projects (id, uuid, created, updated, name, unit_id, planned_investment, contract_amount,"
            "                      funds_in_place, fixed_asset_investment) VALUES "
            " (7, '22222222-2222-4222-8222-222222222227', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '七号项目', 1,"
            "  80000, 75000, 4200, 1000000000);"
            "INSERT INTO funds_entries (id, uuid, created, updated, project_id, date, amount) VALUES "
            " (1, '44444444-4444-4444-8444-444444444441', '2024-04-01T00:00:00Z', '2024-04-01T00:00:00Z', 7, '2024-04-01', 5000),"
            " (2, '44444444-4444-4444-8444-444444444442', '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z', 7, '2024-05-01', -800);"
            "INSERT INTO leads (id, uuid, created, updated, name, received_date, estimated_investment) VALUES "
            " (3, '55555555-5555-4555-8555-555555555553', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '线索',"
            "  '2024-01-01', 30000);"
            "INSERT INTO targets (id, uuid, created, updated, unit_id, year, signed_investment, funds_in_place) VALUES "
            " (5, '33333333-3333-4333-8333-333333333335', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1, 2024, 150000, 80000);"
            "INSERT INTO history (at, who, action, record_type, record_id, title, field, old_value, new_value) VALUES "
            " ('2024-03-02T00:00:00Z', '张三', 'edit', 'project', 7, '七号项目', 'planned-investment', '60000', '80000');"
            "PRAGMA user_version = 14;");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO trash (record_type, record_id, title, deleted_at, n_records, data) "
                                           "VALUES ('project', 9, '九号项目', '2024-06-01T00:00:00Z', 1, ?)", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (old, NULL), (int) g_bytes_get_size (old), SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 14);

  project = zs_store_load (store, ZS_TYPE_PROJECT, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT), ==, 8000000);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_CONTRACT_AMOUNT), ==, 7500000);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, 420000);
  g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FIXED_ASSET_INVESTMENT), ==, ZS_AMOUNT_MAX);
  /* The values' unit changed, not the records: no conflict with a copy elsewhere. */
  g_assert_cmpstr (zs_record_get_updated (project), ==, "2024-03-02T00:00:00Z");
  entry = zs_store_load (store, ZS_TYPE_FUNDS_ENTRY, 2, &error);
  g_assert_cmpint (zs_record_get_int (entry, ZS_FUNDS_ENTRY_AMOUNT), ==, -80000);
  lead = zs_store_load (store, ZS_TYPE_LEAD, 3, &error);
  g_assert_cmpint (zs_record_get_int (lead, ZS_LEAD_ESTIMATED_INVESTMENT), ==, 3000000);
  target = zs_store_load (store, ZS_TYPE_TARGET, 5, &error);
  g_assert_cmpint (zs_record_get_int (target, ZS_TARGET_SIGNED_INVESTMENT), ==, 15000000);
  g_assert_cmpint (zs_record_get_int (target, ZS_TARGET_FUNDS_IN_PLACE), ==, 8000000);
  g_assert_true (zs_record_validate (project, &error));
  g_assert_no_error (error);

  /* The history's "80000" is 8 亿元 still. */
  history = zs_store_history (store, NULL, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  shown = zs_history_entry_describe_value (g_ptr_array_index (history, 0), TRUE);
  g_assert_cmpstr (shown, ==, "8.00 hundred million yuan");

  /* The project deleted before the upgrade comes back with 6.6 亿元. */
  trash = zs_store_list_trash (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trash->len, ==, 1);
  g_assert_true (zs_store_trash_restore (store, zs_trash_entry_get_id (g_ptr_array_index (trash, 0)), &error));
  g_assert_no_error (error);
  restored = zs_store_load (store, ZS_TYPE_PROJECT, 9, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (restored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 6600000);

  g_clear_object (&store);
  g_assert_cmpint (zs_test_sqlite_int (path, "SELECT sum(amount) FROM funds_entries"), ==, 420000);
  g_assert_cmpint (zs_test_sqlite_int (path, "PRAGMA user_version"), ==, ZS_STORE_SCHEMA_VERSION);
}

/* ---- the upgrade to attachments on replies ---------------------------------------- */

/* Step 21 lets a reply to a 督办 item own attachments: a project's
 * attachment of a version-20 file keeps its owner and its bytes, and a
 * reply written before the upgrade takes a file afterwards, which goes
 * to the trash with the reply. */
static void
test_upgrade_attachments_from_v20 (void)
{
  g_autofree char *path = zs_test_db_path ("v20");
  g_autofree char *file_path = zs_test_scratch_path ("回复附件.txt");
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsRecord) old = NULL;
  g_autoptr(ZsRecord) reply = NULL;
  g_autoptr(ZsAttachment) added = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ZsQuery) of_reply = NULL;
  g_autoptr(GArray) ids = NULL;
  sqlite3 *db = zs_test_sqlite_at_version (path, 20);

  zs_test_sqlite_exec (db,
            "PRAGMA foreign_keys = ON;"
            "INSERT INTO units (id, uuid, created, updated, name, kind, position) VALUES "
            " (1, '11111111-1111-4111-8111-111111111111', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', '双杨街道', 1, 0);"
            "INSERT INTO projects (id, uuid, created, updated, name, unit_id) VALUES "
            " (7, '22222222-2222-4222-8222-222222222227', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', '七号项目', 1);"
            "INSERT INTO attachments (id, uuid, created, updated, project_id, name, content_type, size, added_by) VALUES "
            " (3, '66666666-6666-4666-8666-666666666663', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 7,"
            "  '合同.txt', 'text/plain', 6, '张三');"
            "INSERT INTO attachment_chunks (attachment_uuid, seq, data) VALUES "
            " ('66666666-6666-4666-8666-666666666663', 0, CAST ('合同' AS BLOB));"
            "INSERT INTO supervisions (id, uuid, created, updated, project_id, task, unit_id, deadline) VALUES "
            " (4, '77777777-7777-4777-8777-777777777774', '2024-03-03T00:00:00Z', '2024-03-03T00:00:00Z', 7,"
            "  '协调用地', 1, '2024-04-01');"
            "INSERT INTO supervision_replies (id, uuid, created, updated, supervision_id, text, date) VALUES "
            " (5, '88888888-8888-4888-8888-888888888885', '2024-03-04T00:00:00Z', '2024-03-04T00:00:00Z', 4,"
            "  '已对接', '2024-03-04');"
            "PRAGMA user_version = 20;");
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 20);
  old = zs_store_load (store, ZS_TYPE_ATTACHMENT, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (old, ZS_ATTACHMENT_PROJECT_ID), ==, 7);
  g_assert_cmpint (zs_record_get_int (old, ZS_ATTACHMENT_SUPERVISION_REPLY_ID), ==, 0);
  g_assert_cmpstr (zs_record_get_string (old, ZS_ATTACHMENT_NAME), ==, "合同.txt");
  bytes = zs_store_attachment_read_chunk (store, zs_record_get_uuid (old), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "合同", strlen ("合同"));

  /* The reply of before the upgrade takes a file now. */
  g_assert_true (g_file_set_contents (file_path, "现场照片", -1, NULL));
  reply = zs_store_load (store, ZS_TYPE_SUPERVISION_REPLY, 5, &error);
  g_assert_no_error (error);
  added = zs_store_attach_file (store, reply, file, NULL, &error);
  g_assert_no_error (error);
  of_reply = zs_attachments_query (reply);
  ids = zs_store_query (store, of_reply, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, zs_record_get_id (ZS_RECORD (added)));

  /* Trashing the reply takes its file along; the project's stays. */
  g_assert_cmpint (zs_store_trash (store, reply, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (ZS_RECORD (added))), ==, 0);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (old)), ==, 3);

  g_clear_object (&store);
  g_assert_cmpint (zs_test_sqlite_int (path, "PRAGMA user_version"), ==, ZS_STORE_SCHEMA_VERSION);
  g_unlink (file_path);
}

/* ---- the upgrade from version 7 ------------------------------------------------- */

static void
test_migration_carries_totals_over (void)
{
  static const char * const steps[] = {
    "001-tables.sql", "002-search.sql", "003-exchange.sql", "004-board.sql",
    "005-partners.sql", "006-map.sql", "007-carriers.sql",
  };
  g_autofree char *path = zs_test_db_path ("v7");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  /* In 0.01 万元 since step 15. */
  struct { gint64 id; const char *date; gint64 amount; } expected[] = {
    { 1, "2024-03-01", 8000000 },  /* signed: the signing date */
    { 2, "2024-05-06", 150000 },   /* not signed, registered */
    { 3, "2024-02-02", 30000 },    /* only a first contact */
    { 5, NULL, 70000 },            /* no date at all: today */
  };

  /* A file exactly as version 7 left it. */
  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *file = g_test_build_filename (G_TEST_DIST, "..", "src", "backend", "sqlite", "schema", steps[i], NULL);
      g_autofree char *sql = NULL;

      g_assert_true (g_file_get_contents (file, &sql, NULL, NULL));
      zs_test_sqlite_exec (db, sql);
    }
  zs_test_sqlite_exec (db,
            "INSERT INTO projects (uuid, created, updated, name, stage, stage_since, funds_in_place, signing_date, registration_date, first_contact_date) VALUES "
            " ('22222222-2222-4222-8222-000000000001', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '签约项目', 2, '2024-03-01', 80000, '2024-03-01', '2024-04-01', '2024-01-01'),"
            " ('22222222-2222-4222-8222-000000000002', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '立项项目', 3, '2024-05-06', 1500, NULL, '2024-05-06', '2024-01-01'),"
            " ('22222222-2222-4222-8222-000000000003', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '在谈项目', 1, '2024-02-02', 300, NULL, NULL, '2024-02-02'),"
            " ('22222222-2222-4222-8222-000000000004', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '无资金项目', 2, '2024-03-01', 0, '2024-03-01', NULL, NULL),"
            " ('22222222-2222-4222-8222-000000000005', '2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z', '无日期项目', 0, '2024-03-01', 700, NULL, NULL, NULL);"
            "PRAGMA user_version = 7;");
  sqlite3_close (db);

  store = zs_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 7);

  {
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_FUNDS_ENTRY);

    /* One entry each for the four with funds, none for the one without. */
    g_assert_cmpint (zs_store_count (store, all, NULL), ==, 4);
  }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
      g_autoptr(GArray) ids = NULL;
      g_autoptr(ZsRecord) entry = NULL;
      g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT, expected[i].id, NULL);

      zs_query_add_int (query, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_QUERY_EQ, expected[i].id);
      ids = zs_store_query (store, query, NULL);
      g_assert_cmpuint (ids->len, ==, 1);
      entry = zs_store_load (store, ZS_TYPE_FUNDS_ENTRY, g_array_index (ids, gint64, 0), NULL);
      g_assert_cmpstr (zs_record_get_string (entry, ZS_FUNDS_ENTRY_DATE), ==,
                       expected[i].date != NULL ? expected[i].date : today);
      g_assert_cmpint (zs_record_get_int (entry, ZS_FUNDS_ENTRY_AMOUNT), ==, expected[i].amount);
      g_assert_nonnull (strstr (zs_record_get_string (entry, ZS_FUNDS_ENTRY_NOTE), "Carried over"));
      g_assert_true (g_uuid_string_is_valid (zs_record_get_uuid (entry)));
      /* The total stays what it was. */
      g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE), ==, expected[i].amount);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sqlite/upgrade/funds-from-v7", test_migration_carries_totals_over);
  g_test_add_func ("/sqlite/upgrade/units-from-v10", test_upgrade_units_stay_in_use);
  g_test_add_func ("/sqlite/upgrade/amounts-from-v14", test_upgrade_amounts_from_v14);
  g_test_add_func ("/sqlite/upgrade/attachments-from-v20", test_upgrade_attachments_from_v20);

  return g_test_run ();
}
