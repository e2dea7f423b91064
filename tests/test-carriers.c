/* test-carriers.c — carriers: monthly update, totals, matching, unmet needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-database.h"

#define TODAY "2026-11-21"

typedef struct {
  ZsStore *store;
  gint64   unit_a;
  gint64   unit_b;
  gint64   chain_a;
  gint64   chain_b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("carriers");
  f->unit_a = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 0);
  f->unit_b = zs_test_nth_id (f->store, ZS_TYPE_UNIT, 1);
  f->chain_a = zs_test_nth_id (f->store, ZS_TYPE_CHAIN, 0);
  f->chain_b = zs_test_nth_id (f->store, ZS_TYPE_CHAIN, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

static ZsCarrier *
add_carrier (Fixture       *f,
             const char    *name,
             ZsCarrierKind  kind,
             gint64         total,
             gint64         available,
             gint64         unit,
             const char    *last_update)
{
  ZsCarrier *carrier = zs_carrier_new ();
  ZsRecord *r = ZS_RECORD (carrier);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_CARRIER_NAME, name);
  zs_record_set_enum (r, ZS_CARRIER_KIND, kind);
  zs_record_set_int (r, ZS_CARRIER_TOTAL_AREA, total);
  zs_record_set_int (r, ZS_CARRIER_AVAILABLE_AREA, available);
  zs_record_set_int (r, ZS_CARRIER_UNIT_ID, unit);
  zs_record_set_string (r, ZS_CARRIER_LAST_UPDATE, last_update);
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);
  return carrier;
}

static ZsProject *
add_project (Fixture    *f,
             const char *name,
             ZsStage     stage,
             gint64      unit,
             gint64      chain,
             double      land,
             ZsCarrier  *carrier)
{
  ZsProject *project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, "2026-06-01");
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_double (r, ZS_PROJECT_LAND, land);
  if (carrier != NULL)
    zs_record_set_int (r, ZS_PROJECT_CARRIER_ID, zs_record_get_id (ZS_RECORD (carrier)));
  zs_store_save (f->store, r, &error);
  g_assert_no_error (error);
  return project;
}

/* ---- monthly update and totals -------------------------------------------------- */

static void
test_staleness_with_fixed_clock (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(ZsCarrier) fresh = add_carrier (f, "中科智慧产研城", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, "2026-11-01");
  g_autoptr(ZsCarrier) last_month = add_carrier (f, "安发新材料闲置厂房", ZS_CARRIER_IDLE_FACTORY, 64000, 64000, f->unit_a, "2026-10-31");
  g_autoptr(ZsCarrier) never = add_carrier (f, "七星光合大厦", ZS_CARRIER_BUILDING, 30000, 12800, f->unit_b, NULL);
  g_autoptr(ZsQuery) stale = zs_carrier_stale_query (TODAY);
  g_autoptr(ZsQuery) next_month = zs_carrier_stale_query ("2026-12-01");
  g_autoptr(ZsQuery) first_day = zs_carrier_stale_query ("2026-11-01");

  /* Updated on the first of this month: up to date all month. The last
   * day of last month, or never: due. */
  g_assert_false (zs_carrier_is_stale (fresh, TODAY));
  g_assert_true (zs_carrier_is_stale (last_month, TODAY));
  g_assert_true (zs_carrier_is_stale (never, TODAY));
  g_assert_false (zs_carrier_is_stale (fresh, "2026-11-30"));
  g_assert_true (zs_carrier_is_stale (fresh, "2026-12-01"));

  /* The query says the same as the rule. */
  g_assert_cmpint (zs_test_count (f->store, stale), ==, 2);
  g_assert_cmpint (zs_test_count (f->store, first_day), ==, 2);
  g_assert_cmpint (zs_test_count (f->store, next_month), ==, 3);

  /* An update today takes it off the list. */
  zs_record_set_string (ZS_RECORD (last_month), ZS_CARRIER_LAST_UPDATE, TODAY);
  g_assert_true (zs_store_save (f->store, ZS_RECORD (last_month), NULL));
  g_assert_cmpint (zs_test_count (f->store, stale), ==, 1);
}

static void
test_totals_by_kind (Fixture       *f,
                     gconstpointer  data)
{
  /* The Hanting figures: parks 54.4万㎡, idle factories 15.2万㎡, buildings 6.8万㎡. */
  g_autoptr(ZsCarrier) c1 = add_carrier (f, "中科智慧产研城", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) c2 = add_carrier (f, "中南高科鸢都汇智产业园", ZS_CARRIER_PARK, 224000, 52000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) c3 = add_carrier (f, "三立建材闲置厂房", ZS_CARRIER_IDLE_FACTORY, 88000, 61000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) c4 = add_carrier (f, "安发新材料闲置厂房", ZS_CARRIER_IDLE_FACTORY, 64000, 64000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) c5 = add_carrier (f, "智慧梅里大厦", ZS_CARRIER_BUILDING, 38000, 15600, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) c6 = add_carrier (f, "七星光合大厦", ZS_CARRIER_BUILDING, 30000, 12800, f->unit_b, TODAY);
  ZsCarrierTotals totals[ZS_CARRIER_N_KINDS + 1];
  g_autoptr(ZsQuery) unit_b = zs_query_new (ZS_TYPE_CARRIER);
  g_autoptr(GError) error = NULL;
  g_autofree char *parks = NULL;

  g_assert_true (zs_carrier_totals_by_kind (f->store, NULL, totals, &error));
  g_assert_no_error (error);
  g_assert_cmpint (totals[ZS_CARRIER_PARK].count, ==, 2);
  g_assert_cmpint (totals[ZS_CARRIER_PARK].total_area, ==, 544000);
  g_assert_cmpint (totals[ZS_CARRIER_PARK].available_area, ==, 148000);
  g_assert_cmpint (totals[ZS_CARRIER_IDLE_FACTORY].total_area, ==, 152000);
  g_assert_cmpint (totals[ZS_CARRIER_IDLE_FACTORY].available_area, ==, 125000);
  g_assert_cmpint (totals[ZS_CARRIER_BUILDING].total_area, ==, 68000);
  g_assert_cmpint (totals[ZS_CARRIER_N_KINDS].count, ==, 6);
  g_assert_cmpint (totals[ZS_CARRIER_N_KINDS].total_area, ==, 764000);
  parks = zs_format_area (totals[ZS_CARRIER_PARK].total_area);
  g_assert_cmpstr (parks, ==, "54.4 ten thousand m²");

  /* Over a filter: unit B has one building only. */
  zs_query_add_int (unit_b, ZS_CARRIER_UNIT_ID, ZS_QUERY_EQ, f->unit_b);
  g_assert_true (zs_carrier_totals_by_kind (f->store, unit_b, totals, NULL));
  g_assert_cmpint (totals[ZS_CARRIER_PARK].count, ==, 0);
  g_assert_cmpint (totals[ZS_CARRIER_BUILDING].total_area, ==, 30000);
  g_assert_cmpint (totals[ZS_CARRIER_N_KINDS].available_area, ==, 12800);
}

static void
test_placed_and_in_talks (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZsCarrier) park = add_carrier (f, "中科智慧产研城", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, TODAY);
  g_autoptr(ZsProject) signed_p = add_project (f, "热管理系统项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_a, 120, park);
  g_autoptr(ZsProject) producing = add_project (f, "高值耗材基地", ZS_STAGE_PRODUCTION, f->unit_a, f->chain_a, 0, park);
  g_autoptr(ZsProject) talks = add_project (f, "医疗器械CDMO", ZS_STAGE_NEGOTIATING, f->unit_a, f->chain_b, 0, park);
  g_autoptr(ZsProject) lead = add_project (f, "无人机整机", ZS_STAGE_LEAD, f->unit_a, f->chain_b, 0, park);
  g_autoptr(ZsProject) dropped = add_project (f, "光伏封装材料", ZS_STAGE_TERMINATED, f->unit_a, f->chain_b, 0, park);
  g_autoptr(ZsProject) elsewhere = add_project (f, "别处的项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_b, 0, NULL);
  g_autoptr(ZsQuery) placed = zs_carrier_projects_query (zs_record_get_id (ZS_RECORD (park)), TRUE);
  g_autoptr(ZsQuery) in_talks = zs_carrier_projects_query (zs_record_get_id (ZS_RECORD (park)), FALSE);

  g_assert_cmpint (zs_test_count (f->store, placed), ==, 2);
  g_assert_cmpint (zs_test_count (f->store, in_talks), ==, 2);
}

/* ---- matching -------------------------------------------------------------------- */

static void
test_area_need_from_land (void)
{
  g_autoptr(ZsProject) project = zs_project_new ();

  g_assert_cmpint (zs_project_get_area_need (project), ==, 0);
  /* 1 亩 = 666.67 m²: 30 亩 = 20000 m², 1.5 亩 = 1000 m². */
  zs_record_set_double (ZS_RECORD (project), ZS_PROJECT_LAND, 30);
  g_assert_cmpint (zs_project_get_area_need (project), ==, 20000);
  zs_record_set_double (ZS_RECORD (project), ZS_PROJECT_LAND, 1.5);
  g_assert_cmpint (zs_project_get_area_need (project), ==, 1000);
  zs_record_set_double (ZS_RECORD (project), ZS_PROJECT_LAND, 1);
  g_assert_cmpint (zs_project_get_area_need (project), ==, 667);
}

static void
test_matching_order (Fixture       *f,
                     gconstpointer  data)
{
  /* The project: chain A, unit A, 30 亩 = 20000 m². */
  g_autoptr(ZsProject) project = add_project (f, "新能源汽车热管理系统项目", ZS_STAGE_NEGOTIATING, f->unit_a, f->chain_a, 30, NULL);
  g_autoptr(ZsCarrier) too_small = add_carrier (f, "差一平方米", ZS_CARRIER_IDLE_FACTORY, 30000, 19999, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) exact_b = add_carrier (f, "正好够（外单位，本月更新）", ZS_CARRIER_IDLE_FACTORY, 20000, 20000, f->unit_b, "2026-11-01");
  g_autoptr(ZsCarrier) own_unit = add_carrier (f, "本单位园区", ZS_CARRIER_PARK, 90000, 50000, f->unit_a, "2026-11-02");
  g_autoptr(ZsCarrier) cluster = add_carrier (f, "同链集聚园区", ZS_CARRIER_PARK, 300000, 90000, f->unit_b, "2026-09-01");
  g_autoptr(ZsCarrier) exact_old = add_carrier (f, "正好够（十月更新）", ZS_CARRIER_IDLE_FACTORY, 20000, 20000, f->unit_b, "2026-10-01");
  g_autoptr(ZsCarrier) exact_never = add_carrier (f, "正好够（从未更新）", ZS_CARRIER_IDLE_FACTORY, 20000, 20000, f->unit_b, NULL);
  g_autoptr(ZsCarrier) dropped_only = add_carrier (f, "只有终止项目的园区", ZS_CARRIER_PARK, 300000, 100000, f->unit_b, TODAY);
  g_autoptr(ZsProject) neighbour = add_project (f, "同链已落地项目", ZS_STAGE_STARTED, f->unit_b, f->chain_a, 0, cluster);
  g_autoptr(ZsProject) gone = add_project (f, "同链终止项目", ZS_STAGE_TERMINATED, f->unit_b, f->chain_a, 0, dropped_only);
  g_autoptr(ZsProject) other_chain = add_project (f, "他链项目", ZS_STAGE_STARTED, f->unit_b, f->chain_b, 0, own_unit);
  ZsCarrier *expected[] = { cluster, own_unit, exact_b, exact_old, exact_never, dropped_only };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) matches = zs_carrier_find_matches (f->store, project, zs_project_get_area_need (project), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      const ZsCarrierMatch *m = &g_array_index (matches, ZsCarrierMatch, i);

      if (m->carrier_id != zs_record_get_id (ZS_RECORD (expected[i])))
        g_error ("match %u is carrier %" G_GINT64_FORMAT ", expected “%s”", i, m->carrier_id,
                 zs_record_get_title (ZS_RECORD (expected[i])));
    }
  g_assert_cmpuint (g_array_index (matches, ZsCarrierMatch, 0).chain_projects, ==, 1);
  g_assert_true (g_array_index (matches, ZsCarrierMatch, 1).same_unit);
  g_assert_cmpstr (g_array_index (matches, ZsCarrierMatch, 4).last_update, ==, "");

  /* No area, no search: a clear message, not every carrier. */
  g_clear_pointer (&matches, g_array_unref);
  matches = zs_carrier_find_matches (f->store, project, 0, &error);
  g_assert_null (matches);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
}

static void
test_match_compare_ties (void)
{
  ZsCarrierMatch a = { .carrier_id = 7, .available_area = 100, .last_update = "2026-11-01" };
  ZsCarrierMatch b = a;

  b.carrier_id = 3;
  /* Everything equal: the older record first, and never "equal" for two carriers. */
  g_assert_cmpint (zs_carrier_match_compare (&a, &b), >, 0);
  g_assert_cmpint (zs_carrier_match_compare (&b, &a), <, 0);
  g_assert_cmpint (zs_carrier_match_compare (&a, &a), ==, 0);
  /* Clustering outranks a better area fit and the own unit. */
  b.available_area = 10000;
  b.chain_projects = 2;
  a.same_unit = TRUE;
  g_assert_cmpint (zs_carrier_match_compare (&b, &a), <, 0);
}

static void
test_no_fit_is_recorded_then_met (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(ZsProject) project = add_project (f, "海水淡化项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_a, 1500, NULL);
  g_autoptr(ZsCarrier) biggest = add_carrier (f, "最大园区", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) other = add_carrier (f, "楼宇", ZS_CARRIER_BUILDING, 38000, 15600, f->unit_a, TODAY);
  g_autoptr(ZsQuery) open = zs_space_need_open_query ();
  g_autoptr(GArray) matches = NULL;
  g_autoptr(ZsSpaceNeed) need = NULL;
  g_autoptr(ZsSpaceNeed) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 area = zs_project_get_area_need (project);

  /* 1500 亩 is 1,000,000 m²: nothing fits. */
  g_assert_cmpint (area, ==, 1000000);
  matches = zs_carrier_find_matches (f->store, project, area, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 0);

  need = zs_space_need_record (f->store, project, area, "2026-11-20", &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (need)), >, 0);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (need), ZS_SPACE_NEED_PROJECT_ID), ==, zs_record_get_id (ZS_RECORD (project)));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (need), ZS_SPACE_NEED_AREA), ==, 1000000);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (need), ZS_SPACE_NEED_DATE), ==, "2026-11-20");
  /* How short the bureau is: the largest available area then. */
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (need), ZS_SPACE_NEED_LARGEST_AVAILABLE), ==, 96000);
  g_assert_cmpint (zs_test_count (f->store, open), ==, 1);

  /* Looking again the next day updates the same need, not a second one. */
  again = zs_space_need_record (f->store, project, 900000, TODAY, &error);
  g_assert_no_error (error);
  g_assert_true (again == need);
  g_assert_cmpint (zs_test_count (f->store, open), ==, 1);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (need), ZS_SPACE_NEED_AREA), ==, 900000);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (need), ZS_SPACE_NEED_DATE), ==, TODAY);

  /* Placed after all (say the bureau split the project): met, with where. */
  g_assert_true (zs_carrier_place_project (f->store, project, biggest, 0, "2026-11-25", &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID), ==, zs_record_get_id (ZS_RECORD (biggest)));
  g_assert_cmpint (zs_test_count (f->store, open), ==, 0);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (need), ZS_SPACE_NEED_MET_DATE), ==, "2026-11-25");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (need), ZS_SPACE_NEED_CARRIER_ID), ==, zs_record_get_id (ZS_RECORD (biggest)));

  /* A need that is met stays on record; the next "no fit" is a new one. */
  g_clear_object (&again);
  again = zs_space_need_record (f->store, project, 5000, TODAY, &error);
  g_assert_no_error (error);
  g_assert_false (again == need);
  g_assert_cmpint (zs_test_count (f->store, open), ==, 1);

  /* Bad input: no area, an unsaved project. */
  {
    g_autoptr(ZsProject) unsaved = zs_project_new ();
    g_autoptr(ZsSpaceNeed) none = zs_space_need_record (f->store, project, 0, TODAY, &error);

    g_assert_null (none);
    g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
    g_clear_error (&error);
    none = zs_space_need_record (f->store, unsaved, 100, TODAY, &error);
    g_assert_null (none);
    g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  }
  (void) other;
}

static void
test_place_is_all_or_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ZsProject) project = add_project (f, "待落位项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_a, 10, NULL);
  g_autoptr(ZsCarrier) park = add_carrier (f, "园区", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, TODAY);
  g_autoptr(ZsSpaceNeed) need = zs_space_need_record (f->store, project, 6667, TODAY, NULL);
  g_autoptr(GError) error = NULL;

  /* An edit that cannot be saved (signed after it started) makes the
   * placement fail: the project keeps no carrier and the need stays open. */
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_SIGNING_DATE, "2026-10-01");
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_START_DATE, "2026-09-01");
  g_assert_false (zs_carrier_place_project (f->store, project, park, 0, TODAY, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID), ==, 0);
  g_assert_null (zs_record_get_string (ZS_RECORD (need), ZS_SPACE_NEED_MET_DATE));
}

/* The stored available area of carrier @id, as every page reads it. */
static gint64
stored_available (ZsStore *store,
                  gint64   id)
{
  g_autoptr(ZsRecord) carrier = zs_store_read_stored (store, ZS_TYPE_CARRIER, id, NULL);

  g_assert_nonnull (carrier);
  return zs_record_get_int (carrier, ZS_CARRIER_AVAILABLE_AREA);
}

/* A project placed in a carrier takes its area from the available area;
 * moved elsewhere or deleted it gives it back; restored it takes it again.
 * The matching sees the smaller figure. */
static void
test_placing_takes_area (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ZsCarrier) park = add_carrier (f, "高新区标准厂房园", ZS_CARRIER_PARK, 320000, 96000, f->unit_a, TODAY);
  g_autoptr(ZsCarrier) factory = add_carrier (f, "闲置厂房", ZS_CARRIER_IDLE_FACTORY, 20000, 12000, f->unit_a, TODAY);
  /* 15 亩 is 10,000 m²; the second has no land need recorded. */
  g_autoptr(ZsProject) project = add_project (f, "精密轴承项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_a, 15, NULL);
  g_autoptr(ZsProject) unmeasured = add_project (f, "电子元件项目", ZS_STAGE_SIGNED, f->unit_a, f->chain_a, 0, NULL);
  gint64 park_id = zs_record_get_id (ZS_RECORD (park));
  gint64 factory_id = zs_record_get_id (ZS_RECORD (factory));
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  gint64 trashed;

  g_assert_true (zs_carrier_place_project (f->store, project, park, 0, TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_available (f->store, park_id), ==, 86000);
  /* The page's live object shows it too. */
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (park), ZS_CARRIER_AVAILABLE_AREA), ==, 86000);

  /* 90,000 m² no longer fits the park. */
  matches = zs_carrier_find_matches (f->store, unmeasured, 90000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 0);

  /* The area the clerk searched with is what a project without land takes. */
  g_assert_true (zs_carrier_place_project (f->store, unmeasured, park, 5000, TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_project_get_area_need (unmeasured), ==, 5000);
  g_assert_cmpint (stored_available (f->store, park_id), ==, 81000);

  /* Moved on the project page: the park gets its area back, the factory loses it. */
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID, factory_id);
  g_assert_true (zs_store_save (f->store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_available (f->store, park_id), ==, 91000);
  g_assert_cmpint (stored_available (f->store, factory_id), ==, 2000);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (factory), ZS_CARRIER_AVAILABLE_AREA), ==, 2000);

  /* More land than is left: the carrier is full, not below zero. */
  zs_record_set_double (ZS_RECORD (project), ZS_PROJECT_LAND, 30);
  g_assert_true (zs_store_save (f->store, ZS_RECORD (project), &error));
  g_assert_cmpint (stored_available (f->store, factory_id), ==, 0);

  /* Deleted, it leaves (never above the total); restored, it is back. */
  trashed = zs_store_trash (f->store, ZS_RECORD (unmeasured), &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored_available (f->store, park_id), ==, 96000);
  g_assert_true (zs_store_trash_restore (f->store, trashed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_available (f->store, park_id), ==, 91000);
}

/* ---- the demo data ---------------------------------------------------------------------- */

static void
test_demo_carriers_and_targets (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("carriers-demo");
  g_autoptr(GError) error = NULL;
  ZsCarrierTotals totals[ZS_CARRIER_N_KINDS + 1];
  g_autoptr(ZsQuery) targets = zs_query_new (ZS_TYPE_TARGET);
  g_autoptr(ZsQuery) this_year = zs_query_new (ZS_TYPE_TARGET);
  g_autofree char *today = zs_date_today ();

  zs_database_load_demo (store, &error);
  g_assert_no_error (error);

  g_assert_true (zs_carrier_totals_by_kind (store, NULL, totals, &error));
  g_assert_cmpint (totals[ZS_CARRIER_PARK].total_area, ==, 544000);
  g_assert_cmpint (totals[ZS_CARRIER_IDLE_FACTORY].total_area, ==, 152000);
  g_assert_cmpint (totals[ZS_CARRIER_BUILDING].total_area, ==, 68000);

  /* The demo's story is moved to end today: its targets move to this year. */
  zs_query_add_int (this_year, ZS_TARGET_YEAR, ZS_QUERY_EQ, g_ascii_strtoll (today, NULL, 10));
  g_assert_cmpint (zs_test_count (store, targets), ==, 13);
  g_assert_cmpint (zs_test_count (store, this_year), ==, 13);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define FIXTURE_TEST(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

  FIXTURE_TEST ("/carriers/staleness-with-fixed-clock", test_staleness_with_fixed_clock);
  FIXTURE_TEST ("/carriers/totals-by-kind", test_totals_by_kind);
  FIXTURE_TEST ("/carriers/placed-and-in-talks", test_placed_and_in_talks);
  g_test_add_func ("/carriers/area-need-from-land", test_area_need_from_land);
  FIXTURE_TEST ("/carriers/matching-order", test_matching_order);
  g_test_add_func ("/carriers/match-compare-ties", test_match_compare_ties);
  FIXTURE_TEST ("/carriers/no-fit-is-recorded-then-met", test_no_fit_is_recorded_then_met);
  FIXTURE_TEST ("/carriers/place-is-all-or-nothing", test_place_is_all_or_nothing);
  FIXTURE_TEST ("/carriers/placing-takes-area", test_placing_takes_area);
  g_test_add_func ("/carriers/demo-totals-and-targets", test_demo_carriers_and_targets);

  return g_test_run ();
}
