/* test-map.c — the industry map's figures, catalogue editing and files, target enterprises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-exchange.h"
#include "zs-database.h"

typedef struct {
  ZsStore *store;
  gint64   group_chains;   /* 制造业重点产业链 */
  gint64   group_tracks;   /* 新领域新赛道 */
  gint64   chain_a;        /* the first key chain */
  gint64   chain_b;        /* the second */
  gint64   unit_a;
  gint64   unit_b;
  gint64   person_a;       /* works in unit A */
  gint64   person_b;       /* works in unit B */
} Fixture;

static gint64
nth_id (ZsStore *store,
        ZsQuery *query,
        guint    n)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, n);
  return g_array_index (ids, gint64, n);
}

static gint64
save_new (ZsStore  *store,
          ZsRecord *record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, record, &error);
  g_assert_no_error (error);
  return zs_record_get_id (record);
}

static gint64
add_person (ZsStore    *store,
            const char *name,
            gint64      unit)
{
  g_autoptr(ZsPerson) person = zs_person_new ();

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, name);
  zs_record_set_int (ZS_RECORD (person), ZS_PERSON_UNIT_ID, unit);
  return save_new (store, ZS_RECORD (person));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsQuery) groups = zs_catalogue_query (ZS_TYPE_CHAIN_GROUP, 0);
  g_autoptr(ZsQuery) units = zs_query_new (ZS_TYPE_UNIT);

  f->store = zs_test_open_seeded ("map");
  f->group_chains = nth_id (f->store, groups, 0);
  f->group_tracks = nth_id (f->store, groups, 1);
  {
    g_autoptr(ZsQuery) chains = zs_catalogue_query (ZS_TYPE_CHAIN, f->group_chains);

    f->chain_a = nth_id (f->store, chains, 0);
    f->chain_b = nth_id (f->store, chains, 1);
  }
  zs_query_set_order (units, ZS_UNIT_POSITION, FALSE);
  f->unit_a = nth_id (f->store, units, 1);
  f->unit_b = nth_id (f->store, units, 2);
  f->person_a = add_person (f->store, "孙倩", f->unit_a);
  f->person_b = add_person (f->store, "王建华", f->unit_b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

/* A project that entered @stage on @since (its first stage event). */
static ZsProject *
add_project (Fixture    *f,
             const char *name,
             gint64      chain,
             gint64      unit,
             ZsStage     stage,
             const char *since,
             gint64      planned,
             gint64      funds)
{
  ZsProject *project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, since);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  save_new (f->store, r);
  if (funds != 0)
    g_object_unref (zs_test_add_funds (f->store, r, since, funds));
  return project;
}

static ZsEnterprise *
add_enterprise (Fixture          *f,
                const char       *name,
                gint64            chain,
                gint64            segment,
                ZsEnterpriseRole  role,
                gint64            person)
{
  ZsEnterprise *enterprise = zs_catalogue_new_enterprise (chain, segment, role);
  ZsRecord *r = ZS_RECORD (enterprise);

  zs_record_set_string (r, ZS_ENTERPRISE_NAME, name);
  zs_record_set_int (r, ZS_ENTERPRISE_PERSON_ID, person);
  save_new (f->store, r);
  return enterprise;
}

static ZsSegment *
add_segment (Fixture    *f,
             gint64      chain,
             const char *name,
             ZsGapKind   gap)
{
  ZsSegment *segment = zs_catalogue_new_segment (f->store, chain);

  zs_record_set_string (ZS_RECORD (segment), ZS_SEGMENT_NAME, name);
  zs_record_set_enum (ZS_RECORD (segment), ZS_SEGMENT_GAP_KIND, gap);
  save_new (f->store, ZS_RECORD (segment));
  return segment;
}

static ZsRecord *
load (ZsStore *store,
      GType    type,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZsRecord *record = zs_store_load (store, type, id, &error);

  g_assert_no_error (error);
  return record;
}

/* ---- the catalogue as the map shows it ------------------------------------------- */

static void
test_catalogue_counts (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *tsv_path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogue", "weifang-chains.tsv", NULL);
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 expected[2] = { 0 };
  gint64 expected_unverified[2] = { 0 };
  gint64 groups[2] = { f->group_chains, f->group_tracks };

  /* The counts the map shows ("12 / 19", "5 to confirm") come from the
   * catalogue file the database was seeded from. */
  g_assert_true (g_file_get_contents (tsv_path, &tsv, NULL, NULL));
  lines = g_strsplit (tsv, "\n", -1);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\t", -1);
      guint g = g_str_equal (cells[0], "chain") ? 0 : 1;

      expected[g]++;
      if (!g_str_equal (cells[3], "1"))
        expected_unverified[g]++;
    }
  g_assert_cmpint (expected[0], ==, 15);
  g_assert_cmpint (expected[1], ==, 12);

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(ZsRecord) group = load (f->store, ZS_TYPE_CHAIN_GROUP, groups[g]);
      gint64 unverified = -1;

      g_assert_cmpint (zs_catalogue_count_chains (f->store, groups[g], &unverified), ==, expected[g]);
      g_assert_cmpint (unverified, ==, expected_unverified[g]);
      g_assert_cmpint (zs_record_get_int (group, ZS_CHAIN_GROUP_POLICY_SIZE), ==, g == 0 ? 15 : 19);
    }
}

static void
assert_order (Fixture     *f,
              GType        type,
              gint64       parent,
              const gint64 *ids,
              guint        n)
{
  g_autoptr(ZsQuery) query = zs_catalogue_query (type, parent);
  g_autoptr(GArray) found = zs_store_query (f->store, query, NULL);

  g_assert_cmpuint (found->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsRecord) record = load (f->store, type, g_array_index (found, gint64, i));

      g_assert_cmpint (g_array_index (found, gint64, i), ==, ids[i]);
      /* Positions are 1, 2, 3… after any move. */
      g_assert_cmpint (zs_record_get_int (record, type == ZS_TYPE_CHAIN ? ZS_CHAIN_POSITION : ZS_SEGMENT_POSITION),
                       ==, i + 1);
    }
}

static void
test_catalogue_move (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZsSegment) up = add_segment (f, f->chain_a, "上游", ZS_GAP_NONE);
  g_autoptr(ZsSegment) mid = add_segment (f, f->chain_a, "中游", ZS_GAP_FILL);
  g_autoptr(ZsSegment) down = add_segment (f, f->chain_a, "下游", ZS_GAP_EXTEND);
  gint64 s[3] = { zs_record_get_id (ZS_RECORD (up)), zs_record_get_id (ZS_RECORD (mid)), zs_record_get_id (ZS_RECORD (down)) };
  g_autoptr(ZsQuery) chains = zs_catalogue_query (ZS_TYPE_CHAIN, f->group_tracks);
  g_autoptr(GArray) before = zs_store_query (f->store, chains, NULL);
  g_autoptr(GArray) expected = g_array_copy (before);
  g_autoptr(ZsRecord) third = NULL;
  g_autoptr(GError) error = NULL;
  gint64 moved;

  /* New segments go after the others. */
  assert_order (f, ZS_TYPE_SEGMENT, f->chain_a, s, 3);

  /* 下游 to the top, then 上游 one down; past the end stops at the end. */
  g_assert_true (zs_catalogue_move (f->store, ZS_RECORD (down), -2, &error));
  g_assert_no_error (error);
  assert_order (f, ZS_TYPE_SEGMENT, f->chain_a, (gint64[]) { s[2], s[0], s[1] }, 3);
  g_assert_true (zs_catalogue_move (f->store, ZS_RECORD (up), 1, &error));
  assert_order (f, ZS_TYPE_SEGMENT, f->chain_a, (gint64[]) { s[2], s[1], s[0] }, 3);
  g_assert_true (zs_catalogue_move (f->store, ZS_RECORD (mid), 10, &error));
  assert_order (f, ZS_TYPE_SEGMENT, f->chain_a, (gint64[]) { s[2], s[0], s[1] }, 3);

  /* A track moves among the tracks only. */
  moved = g_array_index (before, gint64, 2);
  third = load (f->store, ZS_TYPE_CHAIN, moved);
  g_assert_true (zs_catalogue_move (f->store, third, -1, &error));
  g_assert_no_error (error);
  g_array_remove_index (expected, 2);
  g_array_insert_val (expected, 1, moved);
  assert_order (f, ZS_TYPE_CHAIN, f->group_tracks, (const gint64 *) (gpointer) expected->data, expected->len);
}

static void
test_catalogue_rename_confirm_add (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(ZsQuery) unverified_q = zs_catalogue_query (ZS_TYPE_CHAIN, f->group_chains);
  g_autoptr(ZsRecord) unverified = NULL;
  g_autoptr(ZsRecord) other = NULL;
  g_autoptr(ZsChain) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *old_source = NULL;
  gint64 n_unverified = 0;
  gint64 n_before;

  zs_query_add_int (unverified_q, ZS_CHAIN_VERIFIED, ZS_QUERY_EQ, FALSE);
  unverified = load (f->store, ZS_TYPE_CHAIN, nth_id (f->store, unverified_q, 0));
  other = load (f->store, ZS_TYPE_CHAIN, nth_id (f->store, unverified_q, 1));
  old_name = g_strdup (zs_record_get_string (unverified, ZS_CHAIN_NAME));
  old_source = g_strdup (zs_record_get_string (unverified, ZS_CHAIN_SOURCE));
  n_before = zs_catalogue_count_chains (f->store, f->group_chains, &n_unverified);

  /* A blank name is refused and changes nothing. */
  g_assert_false (zs_catalogue_rename_chain (f->store, ZS_CHAIN (unverified), "  ", "2026-03-02", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zs_record_get_boolean (unverified, ZS_CHAIN_VERIFIED));

  /* Renaming confirms, and the source keeps what it was called before. */
  g_assert_true (zs_catalogue_rename_chain (f->store, ZS_CHAIN (unverified), " 新能源汽车 ", "2026-03-02", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (unverified, ZS_CHAIN_NAME), ==, "新能源汽车");
  g_assert_true (zs_record_get_boolean (unverified, ZS_CHAIN_VERIFIED));
  g_assert_nonnull (strstr (zs_record_get_string (unverified, ZS_CHAIN_SOURCE), "2026-03-02"));
  g_assert_nonnull (strstr (zs_record_get_string (unverified, ZS_CHAIN_SOURCE), old_name));
  g_assert_nonnull (strstr (zs_record_get_string (unverified, ZS_CHAIN_SOURCE), old_source));
  {
    gint64 now_unverified = 0;

    g_assert_cmpint (zs_catalogue_count_chains (f->store, f->group_chains, &now_unverified), ==, n_before);
    g_assert_cmpint (now_unverified, ==, n_unverified - 1);
  }

  /* Confirming keeps name and source. */
  old_source = (g_free (old_source), g_strdup (zs_record_get_string (other, ZS_CHAIN_SOURCE)));
  g_assert_true (zs_catalogue_confirm_chain (f->store, ZS_CHAIN (other), &error));
  g_assert_true (zs_record_get_boolean (other, ZS_CHAIN_VERIFIED));
  g_assert_cmpstr (zs_record_get_string (other, ZS_CHAIN_SOURCE), ==, old_source);

  /* A track added by a user goes last, confirmed, and fills the group up. */
  {
    gint64 n_tracks = zs_catalogue_count_chains (f->store, f->group_tracks, NULL);
    g_autoptr(ZsQuery) tracks = zs_catalogue_query (ZS_TYPE_CHAIN, f->group_tracks);

    added = zs_catalogue_new_chain (f->store, f->group_tracks, "2026-03-02");
    zs_record_set_string (ZS_RECORD (added), ZS_CHAIN_NAME, "商业航天");
    save_new (f->store, ZS_RECORD (added));
    g_assert_true (zs_record_get_boolean (ZS_RECORD (added), ZS_CHAIN_VERIFIED));
    g_assert_nonnull (strstr (zs_record_get_string (ZS_RECORD (added), ZS_CHAIN_SOURCE), "2026-03-02"));
    g_assert_cmpint (zs_catalogue_count_chains (f->store, f->group_tracks, NULL), ==, n_tracks + 1);
    g_assert_cmpint (nth_id (f->store, tracks, (guint) n_tracks), ==, zs_record_get_id (ZS_RECORD (added)));
  }
}

static void
test_chain_with_projects_cannot_be_deleted (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(ZsRecord) chain = load (f->store, ZS_TYPE_CHAIN, f->chain_a);
  g_autoptr(ZsRecord) empty = load (f->store, ZS_TYPE_CHAIN, f->chain_b);
  g_autoptr(ZsProject) p1 = add_project (f, "山东万盛年产55万吨功能性新材料一体化生产项目", f->chain_a, f->unit_a,
                                         ZS_STAGE_STARTED, "2026-01-05", 360000, 265000);
  g_autoptr(ZsProject) p2 = add_project (f, "亿程机械", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-01-05", 8000, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) deleted = NULL;

  /* The message names the chain and a project, and says what to do. */
  g_assert_false (zs_catalogue_can_delete_chain (f->store, ZS_CHAIN (chain), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, zs_record_get_title (chain)));
  g_assert_nonnull (strstr (error->message, zs_record_get_title (ZS_RECORD (p1))));
  g_assert_nonnull (strstr (error->message, "2 projects"));
  g_clear_error (&error);

  /* The store refuses too, whichever way the delete is asked for. */
  g_assert_false (zs_store_delete (f->store, chain, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&error);
  deleted = zs_store_delete_for_undo (f->store, chain, &error);
  g_assert_null (deleted);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_CHAIN, zs_record_get_uuid (chain)), ==, f->chain_a);

  /* A chain nothing uses may go, with its segments. */
  {
    g_autoptr(ZsSegment) segment = add_segment (f, f->chain_b, "上游", ZS_GAP_FILL);

    g_assert_true (zs_catalogue_can_delete_chain (f->store, ZS_CHAIN (empty), &error));
    g_assert_no_error (error);
    deleted = zs_store_delete_for_undo (f->store, empty, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (deleted->len, ==, 2);
    g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_SEGMENT, zs_record_get_uuid (ZS_RECORD (segment))), ==, 0);
  }
}

/* ---- the figures ------------------------------------------------------------------ */

typedef struct {
  ZsProject *projects[8];
} MapFixture;

/*
 * Chain A: lead 1000 (unit A, since 01-10), signed 30000/5000 (unit A,
 * since 02-03), started 80000/60000 (unit B, since 01-20, moved to
 * production on 03-05), terminated 9000 (unit A, since 02-15).
 * Chain B: negotiating 20000 (unit B, since 03-01).
 * No chain: signed 7000 (unit A, since 02-10).
 * Targets: chain A two (persons of unit A and B), chain B one (no person);
 * a supplier on chain A is not a target. Gaps: chain A 补链 and 强链 and one
 * segment without a gap; chain B 延链.
 */
static void
build_figures_fixture (Fixture *f,
                       MapFixture *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsSegment) s1 = add_segment (f, f->chain_a, "上游", ZS_GAP_FILL);
  g_autoptr(ZsSegment) s2 = add_segment (f, f->chain_a, "中游", ZS_GAP_NONE);
  g_autoptr(ZsSegment) s3 = add_segment (f, f->chain_a, "下游", ZS_GAP_STRENGTHEN);
  g_autoptr(ZsSegment) s4 = add_segment (f, f->chain_b, "下游", ZS_GAP_EXTEND);

  m->projects[0] = add_project (f, "甲", f->chain_a, f->unit_a, ZS_STAGE_LEAD, "2026-01-10", 1000, 0);
  m->projects[1] = add_project (f, "乙", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-02-03", 30000, 5000);
  m->projects[2] = add_project (f, "丙", f->chain_a, f->unit_b, ZS_STAGE_STARTED, "2026-01-20", 80000, 60000);
  m->projects[3] = add_project (f, "丁", f->chain_a, f->unit_a, ZS_STAGE_TERMINATED, "2026-02-15", 9000, 0);
  m->projects[4] = add_project (f, "戊", f->chain_b, f->unit_b, ZS_STAGE_NEGOTIATING, "2026-03-01", 20000, 0);
  m->projects[5] = add_project (f, "己", 0, f->unit_a, ZS_STAGE_SIGNED, "2026-02-10", 7000, 0);
  g_assert_true (zs_project_change_stage (f->store, m->projects[2], ZS_STAGE_PRODUCTION, "2026-03-05", NULL, &error));
  g_assert_no_error (error);

  g_object_unref (add_enterprise (f, "中国化学工程集团有限公司", f->chain_a, zs_record_get_id (ZS_RECORD (s1)), ZS_ROLE_TARGET, f->person_a));
  g_object_unref (add_enterprise (f, "华润集团", f->chain_a, zs_record_get_id (ZS_RECORD (s3)), ZS_ROLE_TARGET, f->person_b));
  g_object_unref (add_enterprise (f, "山东万盛新材料有限公司", f->chain_a, zs_record_get_id (ZS_RECORD (s2)), ZS_ROLE_SUPPORTING, f->person_a));
  g_object_unref (add_enterprise (f, "双汇集团", f->chain_b, zs_record_get_id (ZS_RECORD (s4)), ZS_ROLE_TARGET, 0));
}

static void
map_fixture_clear (MapFixture *m)
{
  for (guint i = 0; i < G_N_ELEMENTS (m->projects); i++)
    g_clear_object (&m->projects[i]);
}

static void
assert_stage (const ZsChainFigures *c,
              ZsStage               stage,
              gint64                count,
              gint64                planned,
              gint64                funds)
{
  g_assert_cmpint (c->count[stage], ==, count);
  g_assert_cmpint (c->planned[stage], ==, planned);
  g_assert_cmpint (c->funds[stage], ==, funds);
}

static void
test_figures_hand_computed (Fixture       *f,
                            gconstpointer  data)
{
  MapFixture m = { { NULL } };
  g_autoptr(ZsMapFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  const ZsChainFigures *a, *b, *none, *other;

  build_figures_fixture (f, &m);
  figures = zs_map_figures_compute (f->store, NULL, &error);
  g_assert_no_error (error);

  a = zs_map_figures_get (figures, f->chain_a);
  assert_stage (a, ZS_STAGE_LEAD, 1, 1000, 0);
  assert_stage (a, ZS_STAGE_NEGOTIATING, 0, 0, 0);
  assert_stage (a, ZS_STAGE_SIGNED, 1, 30000, 5000);
  assert_stage (a, ZS_STAGE_STARTED, 0, 0, 0);
  assert_stage (a, ZS_STAGE_PRODUCTION, 1, 80000, 60000);
  assert_stage (a, ZS_STAGE_TERMINATED, 1, 9000, 0);
  /* Totals leave the terminated project out. */
  g_assert_cmpint (zs_chain_figures_get_projects (a), ==, 3);
  g_assert_cmpint (zs_chain_figures_get_planned (a), ==, 111000);
  g_assert_cmpint (zs_chain_figures_get_funds (a), ==, 65000);
  g_assert_cmpint (a->targets, ==, 2);
  g_assert_cmpint (a->open_gaps, ==, 2);

  b = zs_map_figures_get (figures, f->chain_b);
  assert_stage (b, ZS_STAGE_NEGOTIATING, 1, 20000, 0);
  g_assert_cmpint (zs_chain_figures_get_projects (b), ==, 1);
  g_assert_cmpint (b->targets, ==, 1);
  g_assert_cmpint (b->open_gaps, ==, 1);

  /* Projects without a chain are counted apart. */
  none = zs_map_figures_get (figures, 0);
  assert_stage (none, ZS_STAGE_SIGNED, 1, 7000, 0);

  /* A chain with nothing has zeros. */
  other = zs_map_figures_get (figures, f->chain_b + 100000);
  g_assert_cmpint (zs_chain_figures_get_projects (other), ==, 0);
  g_assert_cmpint (other->targets, ==, 0);

  /* Chain A has the most planned investment: the darkest tile. */
  g_assert_cmpint (zs_map_figures_get_max_planned (figures), ==, 111000);
  g_assert_cmpuint (zs_map_figures_get_level (figures, 111000), ==, ZS_MAP_N_LEVELS - 1);
  g_assert_cmpuint (zs_map_figures_get_level (figures, 20000), ==, 1);
  g_assert_cmpuint (zs_map_figures_get_level (figures, 0), ==, 0);

  /* An edit shows in the next computation. */
  zs_record_set_int (ZS_RECORD (m.projects[4]), ZS_PROJECT_PLANNED_INVESTMENT, 25000);
  save_new (f->store, ZS_RECORD (m.projects[4]));
  g_clear_pointer (&figures, zs_map_figures_unref);
  figures = zs_map_figures_compute (f->store, NULL, &error);
  g_assert_cmpint (zs_map_figures_get (figures, f->chain_b)->planned[ZS_STAGE_NEGOTIATING], ==, 25000);

  map_fixture_clear (&m);
}

static void
test_figures_unit_and_period (Fixture       *f,
                              gconstpointer  data)
{
  MapFixture m = { { NULL } };
  g_autoptr(GError) error = NULL;

  build_figures_fixture (f, &m);

  /* Unit A: its projects, and the targets its people follow. */
  {
    ZsMapFilter filter = { f->unit_a, NULL, NULL };
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, &filter, &error);
    const ZsChainFigures *a = zs_map_figures_get (figures, f->chain_a);
    const ZsChainFigures *b = zs_map_figures_get (figures, f->chain_b);

    g_assert_no_error (error);
    assert_stage (a, ZS_STAGE_LEAD, 1, 1000, 0);
    assert_stage (a, ZS_STAGE_SIGNED, 1, 30000, 5000);
    assert_stage (a, ZS_STAGE_PRODUCTION, 0, 0, 0);
    assert_stage (a, ZS_STAGE_TERMINATED, 1, 9000, 0);
    g_assert_cmpint (zs_chain_figures_get_planned (a), ==, 31000);
    g_assert_cmpint (a->targets, ==, 1);
    g_assert_cmpint (zs_chain_figures_get_projects (b), ==, 0);
    g_assert_cmpint (b->targets, ==, 0);
    /* Gaps belong to the chain, whoever looks. */
    g_assert_cmpint (a->open_gaps, ==, 2);
    g_assert_cmpint (b->open_gaps, ==, 1);
    g_assert_cmpint (zs_map_figures_get_max_planned (figures), ==, 31000);
  }

  /* February: the projects that entered the list or moved then. */
  {
    ZsMapFilter filter = { 0, "2026-02-01", "2026-02-28" };
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, &filter, &error);
    const ZsChainFigures *a = zs_map_figures_get (figures, f->chain_a);

    g_assert_no_error (error);
    assert_stage (a, ZS_STAGE_LEAD, 0, 0, 0);
    assert_stage (a, ZS_STAGE_SIGNED, 1, 30000, 5000);
    assert_stage (a, ZS_STAGE_PRODUCTION, 0, 0, 0);
    assert_stage (a, ZS_STAGE_TERMINATED, 1, 9000, 0);
    g_assert_cmpint (zs_chain_figures_get_projects (zs_map_figures_get (figures, f->chain_b)), ==, 0);
    assert_stage (zs_map_figures_get (figures, 0), ZS_STAGE_SIGNED, 1, 7000, 0);
    /* Targets do not depend on the period. */
    g_assert_cmpint (a->targets, ==, 2);
  }

  /* March: the move to production on 03-05 counts, at the stage it reached;
   * both ends of the period are included. */
  {
    ZsMapFilter filter = { 0, "2026-03-01", "2026-03-05" };
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, &filter, &error);
    const ZsChainFigures *a = zs_map_figures_get (figures, f->chain_a);

    assert_stage (a, ZS_STAGE_PRODUCTION, 1, 80000, 60000);
    g_assert_cmpint (zs_chain_figures_get_projects (a), ==, 1);
    assert_stage (zs_map_figures_get (figures, f->chain_b), ZS_STAGE_NEGOTIATING, 1, 20000, 0);
  }

  /* Unit B in March, the two filters together. */
  {
    ZsMapFilter filter = { f->unit_b, "2026-03-02", "2026-03-31" };
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, &filter, &error);

    g_assert_cmpint (zs_chain_figures_get_projects (zs_map_figures_get (figures, f->chain_a)), ==, 1);
    g_assert_cmpint (zs_chain_figures_get_projects (zs_map_figures_get (figures, f->chain_b)), ==, 0);
    g_assert_cmpint (zs_map_figures_get (figures, f->chain_a)->targets, ==, 1);
  }

  /* A period with nothing in it. */
  {
    ZsMapFilter filter = { 0, "2025-01-01", "2025-12-31" };
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, &filter, &error);

    g_assert_cmpint (zs_chain_figures_get_projects (zs_map_figures_get (figures, f->chain_a)), ==, 0);
    g_assert_cmpint (zs_map_figures_get_max_planned (figures), ==, 0);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 0), ==, 0);
  }

  map_fixture_clear (&m);
}

static void
test_figures_levels (void)
{
  g_autofree char *path = zs_test_db_path ("levels");
  g_autoptr(ZsStore) store = zs_store_open (path, NULL);
  g_autoptr(ZsMapFigures) empty = zs_map_figures_compute (store, NULL, NULL);

  g_assert_nonnull (empty);
  g_assert_cmpint (zs_map_figures_get_max_planned (empty), ==, 0);
  g_assert_cmpint (zs_map_figures_get_level_limit (empty, 4), ==, 0);

  /* With the largest chain at 4 亿 (40000 万元), each level is 1 亿 wide and
   * every amount falls in the level whose limit is the first not below it. */
  {
    g_autoptr(ZsChainGroup) group = zs_chain_group_new ();
    g_autoptr(ZsChain) chain = zs_chain_new ();
    g_autoptr(ZsProject) project = zs_project_new ();
    g_autoptr(ZsMapFigures) figures = NULL;

    zs_record_set_string (ZS_RECORD (group), ZS_CHAIN_GROUP_NAME, "制造业重点产业链");
    g_assert_true (zs_store_save (store, ZS_RECORD (group), NULL));
    zs_record_set_string (ZS_RECORD (chain), ZS_CHAIN_NAME, "高端化工");
    zs_record_set_int (ZS_RECORD (chain), ZS_CHAIN_GROUP_ID, zs_record_get_id (ZS_RECORD (group)));
    g_assert_true (zs_store_save (store, ZS_RECORD (chain), NULL));
    zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "尼龙新材料项目");
    zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID, zs_record_get_id (ZS_RECORD (chain)));
    zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PLANNED_INVESTMENT, 40000);
    g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));

    figures = zs_map_figures_compute (store, NULL, NULL);
    g_assert_cmpint (zs_map_figures_get_max_planned (figures), ==, 40000);
    for (guint level = 0; level < ZS_MAP_N_LEVELS; level++)
      g_assert_cmpint (zs_map_figures_get_level_limit (figures, level), ==, level * 10000);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 1), ==, 1);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 10000), ==, 1);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 10001), ==, 2);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 30000), ==, 3);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 39999), ==, 4);
    g_assert_cmpuint (zs_map_figures_get_level (figures, 40000), ==, 4);
    for (gint64 planned = 1; planned <= 40000; planned += 997)
      {
        guint level = zs_map_figures_get_level (figures, planned);

        g_assert_cmpint (planned, <=, zs_map_figures_get_level_limit (figures, level));
        g_assert_cmpint (planned, >, zs_map_figures_get_level_limit (figures, level - 1));
      }
  }
}

/* ---- target enterprises ---------------------------------------------------------- */

static void
test_targets_become_leads_and_projects (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(ZsSegment) segment = add_segment (f, f->chain_a, "中游", ZS_GAP_FILL);
  g_autoptr(ZsEnterprise) target = add_enterprise (f, "中国农业科学院饲料研究所", f->chain_a,
                                                   zs_record_get_id (ZS_RECORD (segment)), ZS_ROLE_TARGET, f->person_b);
  g_autoptr(ZsEnterprise) leader = add_enterprise (f, "瑞阳制药股份有限公司", f->chain_a,
                                                   zs_record_get_id (ZS_RECORD (segment)), ZS_ROLE_LEADER, f->person_a);
  g_autoptr(ZsLead) lead = NULL;
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsQuery) all_targets = zs_targets_query (0, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
  g_autoptr(ZsQuery) chain_targets = zs_targets_query (f->chain_a, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
  g_autoptr(ZsQuery) other_targets = zs_targets_query (f->chain_b, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
  g_autoptr(ZsQuery) negotiating = zs_targets_query (0, ZS_ROLE_TARGET, ZS_CONTACT_STATUS_NEGOTIATING, NULL);
  g_autoptr(ZsQuery) searched = zs_targets_query (0, ZS_ROLE_TARGET, ZS_TARGETS_ANY, "饲料");
  ZsRecord *t = ZS_RECORD (target);

  /* The ledger holds targets only, per chain and overall. */
  g_assert_cmpint (zs_store_count (f->store, all_targets, NULL), ==, 1);
  g_assert_cmpint (zs_store_count (f->store, chain_targets, NULL), ==, 1);
  g_assert_cmpint (zs_store_count (f->store, other_targets, NULL), ==, 0);
  g_assert_cmpint (zs_store_count (f->store, negotiating, NULL), ==, 0);
  g_assert_cmpint (zs_store_count (f->store, searched, NULL), ==, 1);
  {
    g_autoptr(ZsQuery) everyone = zs_targets_query (f->chain_a, ZS_TARGETS_ANY, ZS_TARGETS_ANY, NULL);
    g_autoptr(ZsQuery) leaders = zs_targets_query (0, ZS_ROLE_LEADER, ZS_TARGETS_ANY, NULL);

    g_assert_cmpint (zs_store_count (f->store, everyone, NULL), ==, 2);
    g_assert_cmpint (nth_id (f->store, leaders, 0), ==, zs_record_get_id (ZS_RECORD (leader)));
  }

  zs_record_set_string (t, ZS_ENTERPRISE_NEXT_STEP, "对接宠物抗体疫苗研发成果在园区中试转化。");
  save_new (f->store, t);

  lead = zs_targets_make_lead (f->store, target, "2026-03-02", &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (lead)), !=, 0);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_COMPANY), ==, "中国农业科学院饲料研究所");
  g_assert_nonnull (strstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_NAME), "中国农业科学院饲料研究所"));
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE), ==, "2026-03-02");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_CHAIN_ID), ==, f->chain_a);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_PERSON_ID), ==, f->person_b);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_UNIT_ID), ==, f->unit_b);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_DESCRIPTION), ==, zs_record_get_string (t, ZS_ENTERPRISE_NEXT_STEP));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_ENTERPRISE_ID), ==, zs_record_get_id (t));
  /* The bureau's deadlines run from the day it was received (1 day to respond by default). */
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_RESPOND_DUE), ==, "2026-03-03");

  project = zs_targets_make_project (f->store, target, "2026-03-03", &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_LEAD);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE), ==, "2026-03-03");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR), ==, "中国农业科学院饲料研究所");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID), ==, f->chain_a);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_SEGMENT_ID), ==, zs_record_get_id (ZS_RECORD (segment)));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_UNIT_ID), ==, f->unit_b);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_ENTERPRISE_ID), ==, zs_record_get_id (t));

  /* The way back: from the enterprise to what came of it. */
  {
    g_autoptr(ZsQuery) leads = zs_targets_query_leads (target);
    g_autoptr(ZsQuery) projects = zs_targets_query_projects (target);
    g_autoptr(ZsQuery) leader_projects = zs_targets_query_projects (leader);

    g_assert_cmpint (nth_id (f->store, leads, 0), ==, zs_record_get_id (ZS_RECORD (lead)));
    g_assert_cmpint (zs_store_count (f->store, leads, NULL), ==, 1);
    g_assert_cmpint (nth_id (f->store, projects, 0), ==, zs_record_get_id (ZS_RECORD (project)));
    g_assert_cmpint (zs_store_count (f->store, projects, NULL), ==, 1);
    g_assert_cmpint (zs_store_count (f->store, leader_projects, NULL), ==, 0);
  }

  /* The project stands on the map as a lead of chain A. */
  {
    g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (f->store, NULL, NULL);

    g_assert_cmpint (zs_map_figures_get (figures, f->chain_a)->count[ZS_STAGE_LEAD], ==, 1);
  }

  /* An enterprise with a lead or project cannot be deleted under it. */
  g_assert_false (zs_store_delete (f->store, t, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
}

/* ---- catalogue files ----------------------------------------------------------- */

static char *
temp_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "tests", name, NULL);
}

static ZsImportReport *
preview_catalogue (ZsStore     *store,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ZsImportOptions options = { .catalogue = TRUE };

  return zs_exchange_preview (store, file, &options, NULL, NULL, NULL, error);
}

static gboolean
import_catalogue (ZsStore     *store,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ZsImportOptions options = { .catalogue = TRUE };
  g_autoptr(ZsImportReport) report = zs_exchange_preview (store, file, &options, NULL, NULL, NULL, error);

  return report != NULL && zs_exchange_apply (store, file, report, &options, NULL, NULL, NULL, error);
}

static void
assert_same_records (ZsStore *a,
                     ZsStore *b,
                     GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (a, query, NULL);

  g_assert_cmpint (zs_store_count (b, query, NULL), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) mine = load (a, type, g_array_index (ids, gint64, i));
      gint64 id = zs_store_find_by_uuid (b, type, zs_record_get_uuid (mine));
      g_autoptr(ZsRecord) theirs = NULL;
      guint n_fields;
      const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (mine), &n_fields);

      g_assert_cmpint (id, !=, 0);
      theirs = load (b, type, id);
      g_assert_cmpstr (zs_record_get_updated (mine), ==, zs_record_get_updated (theirs));
      for (guint f = 0; f < n_fields; f++)
        {
          if (fields[f].kind == ZS_FIELD_REF)
            {
              /* References point at the same records by UUID. */
              g_autofree char *ua = zs_store_get_uuid (a, fields[f].get_type (), zs_record_get_int (mine, f));
              g_autofree char *ub = zs_store_get_uuid (b, fields[f].get_type (), zs_record_get_int (theirs, f));

              g_assert_cmpstr (ua, ==, ub);
            }
          else
            {
              g_autofree char *va = zs_record_format_field (mine, f);
              g_autofree char *vb = zs_record_format_field (theirs, f);

              g_assert_cmpstr (va, ==, vb);
            }
        }
    }
}

static void
test_catalogue_file_round_trip (void)
{
  g_autoptr(ZsStore) demo = zs_test_open_seeded ("catalogue-source");
  g_autoptr(ZsStore) district = zs_test_open_seeded ("catalogue-district");
  g_autofree char *path = temp_path ("catalogue.xml");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  ZsExportOptions options = { "潍坊市投资合作促进局", NULL, NULL, TRUE };
  guint64 n_written = 0;
  const GType catalogue_types[] = { ZS_TYPE_CHAIN_GROUP, ZS_TYPE_CHAIN, ZS_TYPE_SEGMENT, ZS_TYPE_ENTERPRISE };
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  g_assert_true (zs_database_load_demo (demo, &error));
  g_assert_no_error (error);

  g_assert_true (zs_exchange_export_full (demo, path, &options, NULL, NULL, NULL, &n_written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, >, 0);

  /* The file is a catalogue: it validates against data/catalogue.xsd and
   * holds no projects, partners or leads. */
  report = preview_catalogue (district, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_import_report_get_header (report, "office"), ==, "潍坊市投资合作促进局");
  for (guint t = 0; t < n_types; t++)
    {
      guint n = 0;

      for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
        n += zs_import_report_get_type_count (report, types[t], o);
      if (!zs_exchange_is_catalogue_type (types[t]))
        g_assert_cmpuint (n, ==, 0);
    }
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
  /* The demo's segments and enterprises are new to the district. */
  g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_SEGMENT, ZS_IMPORT_OUTCOME_ADDED), >, 0);
  g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_ENTERPRISE, ZS_IMPORT_OUTCOME_ADDED), >, 0);

  g_assert_true (import_catalogue (district, path, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (catalogue_types); i++)
    assert_same_records (demo, district, catalogue_types[i]);
  {
    g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);

    g_assert_cmpint (zs_store_count (district, projects, NULL), ==, 0);
  }

  /* Importing it again changes nothing. */
  g_clear_object (&report);
  report = preview_catalogue (district, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), ==, 0);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
}

static void
test_catalogue_import_keeps_what_projects_use (Fixture       *f,
                                               gconstpointer  data)
{
  g_autoptr(ZsStore) city = zs_test_open_seeded ("catalogue-city");
  g_autofree char *path = temp_path ("city-catalogue.xml");
  g_autoptr(ZsProject) project = add_project (f, "高端化工项目", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-01-05", 50000, 0);
  g_autoptr(ZsRecord) city_chain = NULL;
  g_autoptr(ZsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  ZsExportOptions options = { NULL, NULL, NULL, TRUE };
  g_autofree char *uuid = zs_store_get_uuid (f->store, ZS_TYPE_CHAIN, f->chain_a);
  g_autofree char *uuid_b = zs_store_get_uuid (f->store, ZS_TYPE_CHAIN, f->chain_b);
  gint64 n_chains;

  /* The city deletes the chain this district's project uses, and renames
   * another, then sends its catalogue. */
  city_chain = load (city, ZS_TYPE_CHAIN, zs_store_find_by_uuid (city, ZS_TYPE_CHAIN, uuid));
  g_assert_true (zs_store_delete (city, city_chain, &error));
  renamed = load (city, ZS_TYPE_CHAIN, zs_store_find_by_uuid (city, ZS_TYPE_CHAIN, uuid_b));
  g_assert_true (zs_catalogue_rename_chain (city, ZS_CHAIN (renamed), "新一代信息技术", "2026-03-01", &error));
  g_assert_true (zs_exchange_export_full (city, path, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  {
    g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);

    n_chains = zs_store_count (f->store, chains, NULL);
    g_assert_true (import_catalogue (f->store, path, &error));
    g_assert_no_error (error);
    /* Merged by UUID: nothing deleted, the rename arrived. */
    g_assert_cmpint (zs_store_count (f->store, chains, NULL), ==, n_chains);
  }
  g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_CHAIN, uuid), ==, f->chain_a);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID), ==, f->chain_a);
  {
    g_autoptr(ZsRecord) mine = load (f->store, ZS_TYPE_CHAIN, f->chain_b);

    g_assert_cmpstr (zs_record_get_string (mine, ZS_CHAIN_NAME), ==, "新一代信息技术");
    g_assert_true (zs_record_get_boolean (mine, ZS_CHAIN_VERIFIED));
  }
}

/* The database file and its write-ahead log, where changes go first. */
static char *
hash_database (ZsStore *store)
{
  g_autofree char *wal = g_strconcat (zs_store_get_path (store), "-wal", NULL);
  g_autofree char *db_hash = zs_test_hash_file (zs_store_get_path (store));
  g_autofree char *wal_hash = g_file_test (wal, G_FILE_TEST_EXISTS) ? zs_test_hash_file (wal) : g_strdup ("");

  return g_strconcat (db_hash, wal_hash, NULL);
}

typedef struct {
  const char *name;
  const char *content;
  int         line;      /* the line the message must name */
  const char *reason;    /* a part of the reason, in English (LANGUAGE=en) */
} BadCatalogue;

static void
test_malformed_catalogue_refused (Fixture       *f,
                                  gconstpointer  data)
{
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"1\">\n"
#define GROUP "  <chain-group uuid=\"6edca193-a628-5a86-9944-70a41a0849bf\" updated=\"2026-05-01T00:00:00Z\">\n" \
              "    <name>制造业重点产业链（市定）</name>\n  </chain-group>\n"
  static const BadCatalogue cases[] = {
    /* A project has no place in a catalogue. */
    { "project.xml", HEAD GROUP
      "  <project uuid=\"b0000000-0000-4000-8000-000000000001\" updated=\"2026-05-01T00:00:00Z\">\n"
      "    <name>寒亭区新材料项目</name>\n  </project>\n</exchange>\n", 6, "catalogue file" },
    /* Cut short in the middle of a record. */
    { "truncated.xml", HEAD GROUP
      "  <chain uuid=\"6f8d549c-c370-5924-bb26-1186f0cc0e18\" updated=\"2026-05-01T00:00:00Z\">\n"
      "    <group>6edca193-a628-5a86-9944-70a41a0849bf</group>\n    <name>动力装", 8, "cut short" },
    /* A gap kind the format does not know. */
    { "bad-gap.xml", HEAD GROUP
      "  <segment uuid=\"c0000000-0000-4000-8000-000000000001\" updated=\"2026-05-01T00:00:00Z\">\n"
      "    <chain>6f8d549c-c370-5924-bb26-1186f0cc0e18</chain>\n"
      "    <name>上游</name>\n    <gap-kind>missing</gap-kind>\n  </segment>\n</exchange>\n", 9, "missing" },
  };
  g_autofree char *db_hash = NULL;
  g_autoptr(ZsRecord) group = load (f->store, ZS_TYPE_CHAIN_GROUP, f->group_chains);
  g_autofree char *group_name = g_strdup (zs_record_get_string (group, ZS_CHAIN_GROUP_NAME));

  /* Nothing that refuses a file writes to the database or its journal. */
  db_hash = hash_database (f->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = temp_path (cases[i].name);
      g_autofree char *expected_line = g_strdup_printf ("line %d:", cases[i].line);
      g_autoptr(ZsImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *hash = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].content, -1, NULL));
      report = preview_catalogue (f->store, path, &error);
      g_assert_null (report);
      g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].name));
      g_assert_nonnull (strstr (error->message, expected_line));
      g_assert_nonnull (strstr (error->message, cases[i].reason));
      g_clear_error (&error);

      g_assert_false (import_catalogue (f->store, path, &error));
      g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);

      hash = hash_database (f->store);
      g_assert_cmpstr (hash, ==, db_hash);
      zs_store_reload (f->store, group, NULL);
      g_assert_cmpstr (zs_record_get_string (group, ZS_CHAIN_GROUP_NAME), ==, group_name);
    }

  /* The same project, in a plain exchange file, would be accepted. */
  {
    g_autofree char *path = temp_path (cases[0].name);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(ZsImportReport) report = zs_exchange_preview (f->store, file, NULL, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), ==, 1);
  }
#undef HEAD
#undef GROUP
}

static void
test_catalogue_find_link (void)
{
  static const struct {
    const char *text;
    const char *link;
  } cases[] = {
    { "《潍坊市高端化工产业招商图谱（2024年版）》全文：https://gxj.weifang.gov.cn/plan/2024.pdf。", "https://gxj.weifang.gov.cn/plan/2024.pdf" },
    { "见 http://www.weifang.gov.cn/a?id=3&b=4，另附纸质版", "http://www.weifang.gov.cn/a?id=3&b=4" },
    { "行动方案（file:///home/zhang/docs/plan.docx）", "file:///home/zhang/docs/plan.docx" },
    { "See https://example.org/x. Then more.", "https://example.org/x" },
    { "  /home/zhang/文档/支持政策 2024.pdf  ", "file:///home/zhang/%E6%96%87%E6%A1%A3/%E6%94%AF%E6%8C%81%E6%94%BF%E7%AD%96%202024.pdf" },
    { "能耗、用地指标市级统筹优先保障重点项目。", NULL },
    { "比例 3/4，共 2 项", NULL },
    { "/", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *link = zs_catalogue_find_link (cases[i].text);

      g_assert_cmpstr (link, ==, cases[i].link);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/map/catalogue/counts-from-seed", test_catalogue_counts);
  ADD ("/map/catalogue/move", test_catalogue_move);
  ADD ("/map/catalogue/rename-confirm-add", test_catalogue_rename_confirm_add);
  ADD ("/map/catalogue/chain-with-projects-cannot-be-deleted", test_chain_with_projects_cannot_be_deleted);
  ADD ("/map/figures/hand-computed", test_figures_hand_computed);
  ADD ("/map/figures/unit-and-period", test_figures_unit_and_period);
  ADD ("/map/targets/become-leads-and-projects", test_targets_become_leads_and_projects);
  ADD ("/map/file/import-keeps-what-projects-use", test_catalogue_import_keeps_what_projects_use);
  ADD ("/map/file/malformed-refused", test_malformed_catalogue_refused);
#undef ADD
  g_test_add_func ("/map/figures/levels", test_figures_levels);
  g_test_add_func ("/map/catalogue/find-link", test_catalogue_find_link);
  g_test_add_func ("/map/file/round-trip", test_catalogue_file_round_trip);

  return g_test_run ();
}
