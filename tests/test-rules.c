/* test-rules.c — the rules the store runs on every save, whatever its engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The store knows no business rule: src/core/rules registers them, and the
 * store runs them inside the transaction of each save. A rule that refuses
 * leaves nothing written; the two engine-neutral calls the rules use
 * (the stored version of a row, one field written without an edit) do
 * what they say.
 */
#include "config.h"

#include <locale.h>

#include "zs-store-rules.h"
#include "zs-test-util.h"

static gint64
count_units (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_UNIT);
  g_autoptr(GError) error = NULL;
  gint64 n = zs_store_count (store, query, &error);

  g_assert_no_error (error);
  return n;
}

static gint64
count_persons (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PERSON);

  return zs_store_count (store, query, NULL);
}

/* A unit named "拒绝" is refused before it is written; one named "回滚"
 * is written, with a person of its own, and then refused afterwards. */
static gboolean
refusing_before_save (ZsStore        *store,
                      ZsRecord       *record,
                      ZsRuleContext  *context,
                      GError        **error)
{
  if (g_strcmp0 (zs_record_get_string (record, ZS_UNIT_NAME), "拒绝") == 0)
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, "refused before");
      return FALSE;
    }
  return TRUE;
}

static gboolean
refusing_after_save (ZsStore        *store,
                     ZsRecord       *record,
                     ZsRuleContext  *context,
                     GError        **error)
{
  g_autoptr(ZsRecord) person = NULL;

  if (g_strcmp0 (zs_record_get_string (record, ZS_UNIT_NAME), "回滚") != 0)
    return TRUE;

  person = ZS_RECORD (zs_person_new ());
  zs_record_set_string (person, ZS_PERSON_NAME, "规则写的人");
  zs_record_set_int (person, ZS_PERSON_UNIT_ID, zs_record_get_id (record));
  if (!zs_store_save (store, person, error))
    return FALSE;
  g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, "refused after");
  return FALSE;
}

static const ZsRecordRules refusing_rules = {
  .before_save = refusing_before_save,
  .after_save = refusing_after_save,
};

static void
test_refusing_rule_writes_nothing (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("refuse");
  const ZsRecordRules *before = zs_store_get_rules (ZS_TYPE_UNIT);
  gint64 units = count_units (store);
  gint64 persons = count_persons (store);
  g_autoptr(ZsRecord) refused = ZS_RECORD (zs_unit_new ());
  g_autoptr(ZsRecord) undone = ZS_RECORD (zs_unit_new ());
  g_autoptr(ZsRecord) kept = ZS_RECORD (zs_unit_new ());
  g_autoptr(GError) error = NULL;

  zs_store_set_rules (ZS_TYPE_UNIT, &refusing_rules);

  zs_record_set_string (refused, ZS_UNIT_NAME, "拒绝");
  g_assert_false (zs_store_save (store, refused, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_id (refused), ==, 0);

  /* The rule's own write goes with the save it refused. */
  zs_record_set_string (undone, ZS_UNIT_NAME, "回滚");
  g_assert_false (zs_store_save (store, undone, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_id (undone), ==, 0);
  g_assert_cmpint (count_units (store), ==, units);
  g_assert_cmpint (count_persons (store), ==, persons);

  zs_record_set_string (kept, ZS_UNIT_NAME, "经开区");
  g_assert_true (zs_store_save (store, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_units (store), ==, units + 1);

  zs_store_set_rules (ZS_TYPE_UNIT, before);
}

static void
test_stored_version_and_field_write (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("stored");
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *p = ZS_RECORD (project);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *updated = NULL;

  zs_record_set_string (p, ZS_PROJECT_NAME, "寿光蔬菜种业项目");
  zs_record_set_int (p, ZS_PROJECT_PLANNED_INVESTMENT, 50000);
  g_assert_true (zs_store_save (store, p, &error));
  g_assert_no_error (error);
  updated = g_strdup (zs_record_get_updated (p));

  /* An unsaved edit of the live object is not what is stored. */
  zs_record_set_string (p, ZS_PROJECT_NAME, "未保存的名称");
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, zs_record_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_true (stored != p);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "寿光蔬菜种业项目");
  g_clear_object (&stored);

  /* One field written: the row's times and the live object stay. */
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, 80000);
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, zs_record_get_id (p),
                                        ZS_PROJECT_PLANNED_INVESTMENT, &value, ZS_STORE_ANY_VERSION, &error));
  g_assert_no_error (error);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, zs_record_get_id (p), &error);
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 80000);
  g_assert_cmpstr (zs_record_get_updated (stored), ==, updated);
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_PLANNED_INVESTMENT), ==, 50000);

  /* Re-read, the live object shows what is stored, edits dropped. */
  zs_store_reread_live (store, ZS_TYPE_PROJECT, zs_record_get_id (p));
  g_assert_cmpint (zs_record_get_int (p, ZS_PROJECT_PLANNED_INVESTMENT), ==, 80000);
  g_assert_cmpstr (zs_record_get_string (p, ZS_PROJECT_NAME), ==, "寿光蔬菜种业项目");

  /* A row that is not there. */
  g_assert_null (zs_store_read_stored (store, ZS_TYPE_PROJECT, 999999, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND);
}

static int upgrades_run;

static gboolean
count_upgrade (ZsStore  *store,
               GError  **error)
{
  upgrades_run++;
  return zs_store_set_setting (store, "test-upgrade", "ran", error);
}

static void
test_upgrade_runs_once_with_migration (void)
{
  g_autofree char *path = zs_test_db_path ("upgrade");
  g_autoptr(GError) error = NULL;

  /* Registered for a version above every database's: a new file, which
   * is migrated from nothing, runs it; the same file opened again does not. */
  zs_store_add_upgrade (ZS_STORE_SCHEMA_VERSION + 1, count_upgrade);
  {
    g_autoptr(ZsStore) store = zs_store_open (path, &error);
    g_autofree char *value = NULL;

    g_assert_no_error (error);
    value = zs_store_get_setting (store, "test-upgrade");
    g_assert_cmpstr (value, ==, "ran");
  }
  {
    g_autoptr(ZsStore) store = zs_store_open (path, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (upgrades_run, ==, 1);
}

/* The rules of src/core/rules are there without any call: a funds entry
 * saved through the store sets its project's total. */
static void
test_core_rules_registered (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("registered");
  g_autoptr(ZsProject) project = zs_project_new ();
  g_autoptr(ZsRecord) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (zs_store_get_rules (ZS_TYPE_PROJECT));
  g_assert_nonnull (zs_store_get_rules (ZS_TYPE_FUNDS_ENTRY));

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "昌邑海洋化工项目");
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  entry = zs_test_add_funds (store, ZS_RECORD (project), "2026-03-01", 1500);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_FUNDS_IN_PLACE), ==, 1500);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/refusing-rule-writes-nothing", test_refusing_rule_writes_nothing);
  g_test_add_func ("/rules/stored-version-and-field-write", test_stored_version_and_field_write);
  g_test_add_func ("/rules/upgrade-runs-once-with-migration", test_upgrade_runs_once_with_migration);
  g_test_add_func ("/rules/core-rules-registered", test_core_rules_registered);

  return g_test_run ();
}
