/* test-map.c — the industry map's figures, catalogue editing, target enterprises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "zs-map-fixture.h"
#include "zs-exchange.h"
#include "zs-database.h"

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
      g_autoptr(ZsRecord) group = zs_map_load (f->store, ZS_TYPE_CHAIN_GROUP, groups[g]);
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
      g_autoptr(ZsRecord) record = zs_map_load (f->store, type, g_array_index (found, gint64, i));

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
  g_autoptr(ZsSegment) up = zs_map_add_segment (f, f->chain_a, "上游", ZS_GAP_NONE);
  g_autoptr(ZsSegment) mid = zs_map_add_segment (f, f->chain_a, "中游", ZS_GAP_FILL);
  g_autoptr(ZsSegment) down = zs_map_add_segment (f, f->chain_a, "下游", ZS_GAP_EXTEND);
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
  third = zs_map_load (f->store, ZS_TYPE_CHAIN, moved);
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
  unverified = zs_map_load (f->store, ZS_TYPE_CHAIN, zs_map_nth_id (f->store, unverified_q, 0));
  other = zs_map_load (f->store, ZS_TYPE_CHAIN, zs_map_nth_id (f->store, unverified_q, 1));
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
    zs_map_save_new (f->store, ZS_RECORD (added));
    g_assert_true (zs_record_get_boolean (ZS_RECORD (added), ZS_CHAIN_VERIFIED));
    g_assert_nonnull (strstr (zs_record_get_string (ZS_RECORD (added), ZS_CHAIN_SOURCE), "2026-03-02"));
    g_assert_cmpint (zs_catalogue_count_chains (f->store, f->group_tracks, NULL), ==, n_tracks + 1);
    g_assert_cmpint (zs_map_nth_id (f->store, tracks, (guint) n_tracks), ==, zs_record_get_id (ZS_RECORD (added)));
  }
}

static void
test_chain_with_projects_cannot_be_deleted (Fixture       *f,
                                            gconstpointer  data)
{
  g_autoptr(ZsRecord) chain = zs_map_load (f->store, ZS_TYPE_CHAIN, f->chain_a);
  g_autoptr(ZsRecord) empty = zs_map_load (f->store, ZS_TYPE_CHAIN, f->chain_b);
  g_autoptr(ZsProject) p1 = zs_map_add_project (f, "山东万盛年产55万吨功能性新材料一体化生产项目", f->chain_a, f->unit_a,
                                         ZS_STAGE_STARTED, "2026-01-05", 360000, 265000);
  g_autoptr(ZsProject) p2 = zs_map_add_project (f, "亿程机械", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-01-05", 8000, 0);
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
    g_autoptr(ZsSegment) segment = zs_map_add_segment (f, f->chain_b, "上游", ZS_GAP_FILL);

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
  g_autoptr(ZsSegment) s1 = zs_map_add_segment (f, f->chain_a, "上游", ZS_GAP_FILL);
  g_autoptr(ZsSegment) s2 = zs_map_add_segment (f, f->chain_a, "中游", ZS_GAP_NONE);
  g_autoptr(ZsSegment) s3 = zs_map_add_segment (f, f->chain_a, "下游", ZS_GAP_STRENGTHEN);
  g_autoptr(ZsSegment) s4 = zs_map_add_segment (f, f->chain_b, "下游", ZS_GAP_EXTEND);

  m->projects[0] = zs_map_add_project (f, "甲", f->chain_a, f->unit_a, ZS_STAGE_LEAD, "2026-01-10", 1000, 0);
  m->projects[1] = zs_map_add_project (f, "乙", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-02-03", 30000, 5000);
  m->projects[2] = zs_map_add_project (f, "丙", f->chain_a, f->unit_b, ZS_STAGE_STARTED, "2026-01-20", 80000, 60000);
  m->projects[3] = zs_map_add_project (f, "丁", f->chain_a, f->unit_a, ZS_STAGE_TERMINATED, "2026-02-15", 9000, 0);
  m->projects[4] = zs_map_add_project (f, "戊", f->chain_b, f->unit_b, ZS_STAGE_NEGOTIATING, "2026-03-01", 20000, 0);
  m->projects[5] = zs_map_add_project (f, "己", 0, f->unit_a, ZS_STAGE_SIGNED, "2026-02-10", 7000, 0);
  g_assert_true (zs_project_change_stage (f->store, m->projects[2], ZS_STAGE_PRODUCTION, "2026-03-05", NULL, &error));
  g_assert_no_error (error);

  g_object_unref (zs_map_add_enterprise (f, "中国化学工程集团有限公司", f->chain_a, zs_record_get_id (ZS_RECORD (s1)), ZS_ROLE_TARGET, f->person_a));
  g_object_unref (zs_map_add_enterprise (f, "华润集团", f->chain_a, zs_record_get_id (ZS_RECORD (s3)), ZS_ROLE_TARGET, f->person_b));
  g_object_unref (zs_map_add_enterprise (f, "山东万盛新材料有限公司", f->chain_a, zs_record_get_id (ZS_RECORD (s2)), ZS_ROLE_SUPPORTING, f->person_a));
  g_object_unref (zs_map_add_enterprise (f, "双汇集团", f->chain_b, zs_record_get_id (ZS_RECORD (s4)), ZS_ROLE_TARGET, 0));
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
  zs_map_save_new (f->store, ZS_RECORD (m.projects[4]));
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
  g_autoptr(ZsSegment) segment = zs_map_add_segment (f, f->chain_a, "中游", ZS_GAP_FILL);
  g_autoptr(ZsEnterprise) target = zs_map_add_enterprise (f, "中国农业科学院饲料研究所", f->chain_a,
                                                   zs_record_get_id (ZS_RECORD (segment)), ZS_ROLE_TARGET, f->person_b);
  g_autoptr(ZsEnterprise) leader = zs_map_add_enterprise (f, "瑞阳制药股份有限公司", f->chain_a,
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
    g_assert_cmpint (zs_map_nth_id (f->store, leaders, 0), ==, zs_record_get_id (ZS_RECORD (leader)));
  }

  zs_record_set_string (t, ZS_ENTERPRISE_NEXT_STEP, "对接宠物抗体疫苗研发成果在园区中试转化。");
  zs_map_save_new (f->store, t);

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

    g_assert_cmpint (zs_map_nth_id (f->store, leads, 0), ==, zs_record_get_id (ZS_RECORD (lead)));
    g_assert_cmpint (zs_store_count (f->store, leads, NULL), ==, 1);
    g_assert_cmpint (zs_map_nth_id (f->store, projects, 0), ==, zs_record_get_id (ZS_RECORD (project)));
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

/* Moving a project to another chain drops the old chain's segment. */
static void
test_segment_follows_chain (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ZsSegment) segment = zs_map_add_segment (f, f->chain_a, "上游", ZS_GAP_NONE);
  g_autoptr(ZsProject) project = zs_map_add_project (f, "亿程机械", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-01-05", 8000, 0);
  g_autoptr(ZsRecord) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 segment_id = zs_record_get_id (ZS_RECORD (segment));

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_SEGMENT_ID, segment_id);
  g_assert_true (zs_store_save (f->store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  again = zs_map_load (f->store, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)));
  g_assert_cmpint (zs_record_get_int (again, ZS_PROJECT_SEGMENT_ID), ==, segment_id);

  zs_record_set_int (again, ZS_PROJECT_CHAIN_ID, f->chain_b);
  g_assert_true (zs_store_save (f->store, again, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = zs_map_load (f->store, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)));
  g_assert_cmpint (zs_record_get_int (again, ZS_PROJECT_CHAIN_ID), ==, f->chain_b);
  g_assert_cmpint (zs_record_get_int (again, ZS_PROJECT_SEGMENT_ID), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, zs_map_fixture_set_up, fn, zs_map_fixture_tear_down)
  ADD ("/map/catalogue/counts-from-seed", test_catalogue_counts);
  ADD ("/map/catalogue/move", test_catalogue_move);
  ADD ("/map/catalogue/rename-confirm-add", test_catalogue_rename_confirm_add);
  ADD ("/map/catalogue/chain-with-projects-cannot-be-deleted", test_chain_with_projects_cannot_be_deleted);
  ADD ("/map/catalogue/segment-follows-chain", test_segment_follows_chain);
  ADD ("/map/figures/hand-computed", test_figures_hand_computed);
  ADD ("/map/figures/unit-and-period", test_figures_unit_and_period);
  ADD ("/map/targets/become-leads-and-projects", test_targets_become_leads_and_projects);
#undef ADD
  g_test_add_func ("/map/figures/levels", test_figures_levels);

  return g_test_run ();
}
