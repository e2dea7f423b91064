/* test-staff.c — units, people and annual targets as a bureau keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Units are added, renamed, put in the bureau's order and retired; people
 * are retired, never deleted, and a leaving person's work goes to a
 * successor in one step. Targets are a table of units × indicators per year.
 */
#include "config.h"

#include <locale.h>

#include "zs-test-util.h"

static ZsStore *
reopen (ZsStore *store)
{
  return zs_store_open (zs_store_get_path (store), NULL);
}

static char *
unit_names (ZsStore  *store,
            gboolean  with_retired)
{
  g_autoptr(GPtrArray) units = zs_units_list (store, with_retired, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            zs_record_get_string (g_ptr_array_index (units, i), ZS_UNIT_NAME));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_units_add_rename_move_retire (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("units");
  g_autoptr(GPtrArray) before = zs_units_list (store, TRUE, NULL);
  g_autoptr(ZsUnit) town = NULL;
  g_autoptr(ZsUnit) street = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsProject) project = NULL;
  g_autofree char *names = NULL;

  /* Retire the five default departments: none is used yet. */
  for (guint i = 0; i < before->len; i++)
    g_assert_true (zs_units_set_retired (store, g_ptr_array_index (before, i), TRUE, NULL));

  town = zs_units_add (store, "  双杨镇 ", ZS_UNIT_TOWN, &error);
  g_assert_no_error (error);
  street = zs_units_add (store, "新华街道", ZS_UNIT_TOWN, &error);
  g_assert_no_error (error);
  g_assert_null (zs_units_add (store, "双杨镇", ZS_UNIT_TOWN, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "双杨镇"));
  g_clear_error (&error);
  g_assert_null (zs_units_add (store, " ", ZS_UNIT_TOWN, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  names = unit_names (store, FALSE);
  g_assert_cmpstr (names, ==, "双杨镇,新华街道");
  g_clear_pointer (&names, g_free);

  /* The street first, then renamed. */
  g_assert_true (zs_units_move (store, street, 0, &error));
  g_assert_true (zs_units_rename (store, town, "双杨街道", &error));
  g_assert_no_error (error);
  {
    g_autoptr(ZsStore) other = reopen (store);

    names = unit_names (other, FALSE);
    g_assert_cmpstr (names, ==, "新华街道,双杨街道");
    g_clear_pointer (&names, g_free);
  }

  /* A unit nothing refers to goes; one with work is retired. */
  {
    g_autoptr(ZsUnit) spare = zs_units_add (store, "临时单位", ZS_UNIT_DEPARTMENT, NULL);
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_UNIT);
    gint64 n = zs_store_count (store, all, NULL);
    gboolean retired = TRUE;

    g_assert_true (zs_units_remove (store, spare, &retired, &error));
    g_assert_false (retired);
    g_assert_cmpint (zs_store_count (store, all, NULL), ==, n - 1);
  }

  /* A retired unit keeps its project, and leaves the list of units in use. */
  project = zs_test_new_project (store, "化工新材料项目", "某化工公司", ZS_STAGE_SIGNED);
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_UNIT_ID, zs_record_get_id (ZS_RECORD (town)));
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));
  {
    gboolean retired = FALSE;

    g_assert_true (zs_units_remove (store, town, &retired, &error));
    g_assert_no_error (error);
    g_assert_true (retired);
  }
  {
    g_autoptr(ZsStore) other = reopen (store);
    g_autoptr(ZsRecord) kept = zs_store_load (other, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)), NULL);

    names = unit_names (other, FALSE);
    g_assert_cmpstr (names, ==, "新华街道");
    g_clear_pointer (&names, g_free);
    g_assert_cmpint (zs_record_get_int (kept, ZS_PROJECT_UNIT_ID), ==, zs_record_get_id (ZS_RECORD (town)));
  }
  names = unit_names (store, TRUE);
  g_assert_nonnull (strstr (names, "双杨街道"));
}

static void
test_people_retire_keeps_history (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("people");
  g_autoptr(ZsPerson) wang = zs_people_add (store, "王海燕", 0, "招商科科长", "0536-8231016", NULL);
  g_autoptr(ZsProject) project = zs_test_new_project (store, "智能装备项目", "某装备公司", ZS_STAGE_NEGOTIATING);
  g_autoptr(GPtrArray) in_service = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (wang);
  g_assert_null (zs_people_add (store, "", 0, NULL, NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PERSON_ID, zs_record_get_id (ZS_RECORD (wang)));
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));
  g_assert_cmpint (zs_people_count_owned (store, zs_record_get_id (ZS_RECORD (wang)), NULL), ==, 1);

  /* Someone who owns a project is never deleted… */
  g_assert_false (zs_store_delete (store, ZS_RECORD (wang), &error));
  g_clear_error (&error);
  /* …but retired, and the project still names them. */
  g_assert_true (zs_people_set_retired (store, wang, TRUE, &error));
  in_service = zs_people_list (store, FALSE, NULL);
  everyone = zs_people_list (store, TRUE, NULL);
  g_assert_cmpuint (in_service->len, ==, 0);
  g_assert_cmpuint (everyone->len, ==, 1);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_PERSON_ID), ==, zs_record_get_id (ZS_RECORD (wang)));
}

static void
test_hand_over_to_successor (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("hand-over");
  g_autoptr(ZsPerson) leaving = zs_people_add (store, "李晓梅", 0, NULL, NULL, NULL);
  g_autoptr(ZsPerson) successor = zs_people_add (store, "赵志刚", 0, NULL, NULL, NULL);
  g_autoptr(ZsPerson) other = zs_people_add (store, "孙丽", 0, NULL, NULL, NULL);
  gint64 leaving_id = zs_record_get_id (ZS_RECORD (leaving));
  gint64 successor_id = zs_record_get_id (ZS_RECORD (successor));
  g_autoptr(ZsProject) a = zs_test_new_project (store, "一号项目", "甲公司", ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "二号项目", "乙公司", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) c = zs_test_new_project (store, "三号项目", "丙公司", ZS_STAGE_LEAD);
  g_autoptr(ZsLead) lead = zs_lead_new ();
  g_autoptr(ZsCarrier) carrier = zs_carrier_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsQuery) logs = zs_query_new (ZS_TYPE_UPDATE_LOG);
  gint64 projects_before, logs_before;
  guint moved = 0;

  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_PERSON_ID, leaving_id);
  zs_record_set_int (ZS_RECORD (b), ZS_PROJECT_PERSON_ID, leaving_id);
  zs_record_set_int (ZS_RECORD (c), ZS_PROJECT_PERSON_ID, zs_record_get_id (ZS_RECORD (other)));
  g_assert_true (zs_store_save (store, ZS_RECORD (a), NULL));
  g_assert_true (zs_store_save (store, ZS_RECORD (b), NULL));
  g_assert_true (zs_store_save (store, ZS_RECORD (c), NULL));
  zs_test_fill_record (store, ZS_RECORD (lead), 1);
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_PERSON_ID, leaving_id);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  g_assert_no_error (error);
  zs_test_fill_record (store, ZS_RECORD (carrier), 2);
  zs_record_set_int (ZS_RECORD (carrier), ZS_CARRIER_PERSON_ID, leaving_id);
  g_assert_true (zs_store_save (store, ZS_RECORD (carrier), &error));
  g_assert_no_error (error);
  {
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);

    projects_before = zs_store_count (store, all, NULL);
  }
  logs_before = zs_store_count (store, logs, NULL);

  /* Not to oneself, not to someone retired. */
  g_assert_false (zs_people_hand_over (store, leaving, leaving, "2026-12-06", NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (zs_people_hand_over (store, leaving, successor, "2026-12-06", &moved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (moved, ==, 4);

  {
    g_autoptr(ZsStore) reader = reopen (store);
    g_autoptr(ZsRecord) ra = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (a)), NULL);
    g_autoptr(ZsRecord) rb = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (b)), NULL);
    g_autoptr(ZsRecord) rc = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (c)), NULL);
    g_autoptr(ZsRecord) rl = zs_store_load (reader, ZS_TYPE_LEAD, zs_record_get_id (ZS_RECORD (lead)), NULL);
    g_autoptr(ZsRecord) rk = zs_store_load (reader, ZS_TYPE_CARRIER, zs_record_get_id (ZS_RECORD (carrier)), NULL);
    g_autoptr(ZsRecord) gone = zs_store_load (reader, ZS_TYPE_PERSON, leaving_id, NULL);
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
    g_autoptr(ZsQuery) notes = zs_query_new (ZS_TYPE_UPDATE_LOG);

    g_assert_cmpint (zs_record_get_int (ra, ZS_PROJECT_PERSON_ID), ==, successor_id);
    g_assert_cmpint (zs_record_get_int (rb, ZS_PROJECT_PERSON_ID), ==, successor_id);
    g_assert_cmpint (zs_record_get_int (rc, ZS_PROJECT_PERSON_ID), ==, zs_record_get_id (ZS_RECORD (other)));
    g_assert_cmpint (zs_record_get_int (rl, ZS_LEAD_PERSON_ID), ==, successor_id);
    g_assert_cmpint (zs_record_get_int (rk, ZS_CARRIER_PERSON_ID), ==, successor_id);
    /* Nothing deleted: the leaving person is retired, the projects are all there. */
    g_assert_nonnull (gone);
    g_assert_false (zs_record_get_boolean (gone, ZS_PERSON_ACTIVE));
    g_assert_cmpint (zs_store_count (reader, all, NULL), ==, projects_before);
    /* Each project handed over says so in its log. */
    g_assert_cmpint (zs_store_count (reader, notes, NULL), ==, logs_before + 2);
  }
  g_assert_cmpint (zs_people_count_owned (store, leaving_id, NULL), ==, 0);

  /* To a retired person: refused, nothing moves. */
  g_assert_false (zs_people_hand_over (store, successor, leaving, "2026-12-06", NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (zs_people_count_owned (store, successor_id, NULL), ==, 4);
}

static void
test_targets_table_and_copy (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("targets");
  g_autoptr(ZsUnit) a = zs_units_add (store, "甲镇", ZS_UNIT_TOWN, NULL);
  g_autoptr(ZsUnit) b = zs_units_add (store, "乙街道", ZS_UNIT_TOWN, NULL);
  gint64 ia = zs_record_get_id (ZS_RECORD (a)), ib = zs_record_get_id (ZS_RECORD (b));
  g_autoptr(GError) error = NULL;
  guint n_fields, copied = 0;
  const guint *fields = zs_annual_target_fields (&n_fields);

  g_assert_cmpuint (n_fields, ==, 7);
  g_assert_cmpuint (fields[0], ==, ZS_TARGET_LEADS);

  g_assert_true (zs_annual_targets_set (store, ia, 2025, ZS_TARGET_SIGNED_COUNT, 12, &error));
  g_assert_true (zs_annual_targets_set (store, ib, 2025, ZS_TARGET_SIGNED_COUNT, 8, &error));
  g_assert_true (zs_annual_targets_set (store, ia, 2025, ZS_TARGET_FUNDS_IN_PLACE, 50000, &error));
  g_assert_no_error (error);
  g_assert_false (zs_annual_targets_set (store, ia, 2025, ZS_TARGET_SIGNED_COUNT, -1, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_annual_targets_get (store, ia, 2025, ZS_TARGET_SIGNED_COUNT), ==, 12);
  g_assert_cmpint (zs_annual_targets_total (store, 2025, ZS_TARGET_SIGNED_COUNT), ==, 20);

  /* This year starts as a copy of last year, then changes on its own. */
  g_assert_true (zs_annual_targets_set (store, ib, 2026, ZS_TARGET_SIGNED_COUNT, 3, &error));
  g_assert_true (zs_annual_targets_copy_year (store, 2025, 2026, &copied, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copied, ==, 2);
  g_assert_cmpint (zs_annual_targets_total (store, 2026, ZS_TARGET_SIGNED_COUNT), ==, 20);
  g_assert_cmpint (zs_annual_targets_get (store, ia, 2026, ZS_TARGET_FUNDS_IN_PLACE), ==, 50000);
  g_assert_true (zs_annual_targets_set (store, ia, 2026, ZS_TARGET_SIGNED_COUNT, 15, &error));
  g_assert_cmpint (zs_annual_targets_get (store, ia, 2025, ZS_TARGET_SIGNED_COUNT), ==, 12);
  g_assert_cmpint (zs_annual_targets_total (store, 2026, ZS_TARGET_SIGNED_COUNT), ==, 23);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/staff/units/add-rename-move-retire", test_units_add_rename_move_retire);
  g_test_add_func ("/staff/people/retire-keeps-history", test_people_retire_keeps_history);
  g_test_add_func ("/staff/people/hand-over", test_hand_over_to_successor);
  g_test_add_func ("/staff/targets/table-and-copy", test_targets_table_and_copy);

  return g_test_run ();
}
