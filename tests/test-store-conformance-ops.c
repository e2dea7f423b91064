/* test-store-conformance-ops.c — the store's conformance suite, continued
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The stored row apart from the live object, nested and read
 * transactions, the undo of a delete, grouped totals, cursors, selections
 * and an import's bookkeeping, settings: each through ZsStore alone, on the
 * backend test-store-conformance.c runs.
 */
#include "config.h"

#include <string.h>

#include "test-store-conformance.h"
#include "zs-limits.h"
#include "zs-report-rows.h"
#include "zs-search.h"

/* Every stage, terminated included. */
#define N_STAGES (ZS_STAGE_TERMINATED + 1)

/* ---- the stored row, apart from the live object ----------------------------- */

static void
test_read_stored (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("stored");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_NEGOTIATING);
  ZsRecord *live = ZS_RECORD (project);
  gint64 id = zs_record_get_id (live);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(ZsRecord) again = NULL;
  g_autoptr(GError) error = NULL;

  /* An edit not saved yet is not what is stored. */
  zs_record_set_string (live, ZS_PROJECT_NAME, "亿程机械二期");
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_true (stored != live);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "亿程机械");
  g_assert_cmpint (zs_record_get_id (stored), ==, id);
  g_assert_cmpstr (zs_record_get_uuid (stored), ==, zs_record_get_uuid (live));
  g_assert_cmpstr (zs_record_get_updated (stored), ==, zs_record_get_updated (live));
  g_assert_cmpint (zs_record_get_enum (stored, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);

  /* It is no live object: loading still gives the one in use, and an
   * edit of the copy changes nothing stored. */
  again = zs_store_load (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_true (again == live);
  zs_record_set_string (stored, ZS_PROJECT_NAME, "别的名字");
  g_clear_object (&stored);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "亿程机械");
  g_assert_cmpstr (zs_record_get_string (live, ZS_PROJECT_NAME), ==, "亿程机械二期");

  /* No such row. */
  g_clear_object (&stored);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id + 1000, &error);
  g_assert_null (stored);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND);
}

static void
set_int_value (GValue *value,
               gint64  n)
{
  g_value_init (value, G_TYPE_INT64);
  g_value_set_int64 (value, n);
}

static void
test_update_field (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("field");
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *live = ZS_RECORD (project);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *updated = NULL;
  g_auto(GValue) amount = G_VALUE_INIT;
  g_auto(GValue) notes = G_VALUE_INIT;
  g_auto(GValue) no_chain = G_VALUE_INIT;
  g_autoptr(ZsQuery) without_chain = zs_query_new (ZS_TYPE_PROJECT);
  gint64 chain = first_chain_id (store);
  guint changes = 0;
  gint64 id;

  zs_record_set_string (live, ZS_PROJECT_NAME, "山东万盛新材料项目");
  zs_record_set_int (live, ZS_PROJECT_PLANNED_INVESTMENT, 1000);
  zs_record_set_int (live, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_string (live, ZS_PROJECT_NOTES, "首次洽谈");
  g_assert_true (zs_store_save (store, live, NULL));
  id = zs_record_get_id (live);
  updated = g_strdup (zs_record_get_updated (live));
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);

  /* One field of the stored row; the live object and the times stay. */
  set_int_value (&amount, 5000);
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_PLANNED_INVESTMENT, &amount, ZS_STORE_ANY_VERSION, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (zs_record_get_int (live, ZS_PROJECT_PLANNED_INVESTMENT), ==, 1000);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 5000);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_NAME), ==, "山东万盛新材料项目");
  g_assert_cmpstr (zs_record_get_updated (stored), ==, updated);
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_CHAIN_ID), ==, chain);
  g_clear_object (&stored);

  /* The live object shows it when asked to. */
  zs_store_reread_live (store, ZS_TYPE_PROJECT, id);
  g_assert_cmpint (zs_record_get_int (live, ZS_PROJECT_PLANNED_INVESTMENT), ==, 5000);

  /* The same value again is no change. */
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_PLANNED_INVESTMENT, &amount, ZS_STORE_ANY_VERSION, &error));
  g_assert_no_error (error);

  /* Unset text and an unset reference. */
  g_value_init (&notes, G_TYPE_STRING);
  g_value_set_string (&notes, NULL);
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_NOTES, &notes, ZS_STORE_ANY_VERSION, &error));
  set_int_value (&no_chain, 0);
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_CHAIN_ID, &no_chain, ZS_STORE_ANY_VERSION, &error));
  g_assert_no_error (error);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_null (zs_record_get_string (stored, ZS_PROJECT_NOTES));
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_CHAIN_ID), ==, 0);
  zs_query_add_int (without_chain, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, 0);
  g_assert_cmpint (zs_store_count (store, without_chain, NULL), ==, 1);
  g_clear_object (&stored);

  /* Inside a transaction it is undone with it, and listeners hear of a
   * committed one once. */
  changes = 0;
  g_value_set_int64 (&amount, 7000);
  g_assert_true (zs_store_begin (store, NULL));
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_PLANNED_INVESTMENT, &amount, ZS_STORE_ANY_VERSION, NULL));
  zs_store_rollback (store);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 5000);
  g_clear_object (&stored);
  g_assert_true (zs_store_begin (store, NULL));
  g_assert_true (zs_store_update_field (store, ZS_TYPE_PROJECT, id, ZS_PROJECT_PLANNED_INVESTMENT, &amount, ZS_STORE_ANY_VERSION, NULL));
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (zs_store_commit (store, NULL));
  g_assert_cmpuint (changes, ==, 1);
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, id, NULL);
  g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 7000);
}

/* ---- transactions ------------------------------------------------------------- */

static void
test_transactions_nest (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("nest");
  g_autoptr(ZsProject) a = NULL;
  g_autoptr(ZsProject) b = NULL;
  g_autoptr(ZsProject) c = NULL;
  g_autoptr(ZsProject) d = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);

  g_assert_true (zs_store_begin (store, &error));
  a = zs_test_new_project (store, "甲", NULL, ZS_STAGE_LEAD);

  /* An inner transaction rolled back takes only its own work. */
  g_assert_true (zs_store_begin (store, &error));
  b = zs_test_new_project (store, "乙", NULL, ZS_STAGE_LEAD);
  g_assert_cmpint (count_projects (store), ==, 2);
  zs_store_rollback (store);
  g_assert_cmpint (count_projects (store), ==, 1);

  g_assert_true (zs_store_begin (store, &error));
  c = zs_test_new_project (store, "丙", NULL, ZS_STAGE_LEAD);
  g_assert_true (zs_store_commit (store, &error));

  /* Listeners hear nothing until the outermost commits, then once. */
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (count_projects (store), ==, 2);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (a))), ==,
                   zs_record_get_id (ZS_RECORD (a)));
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (c))), ==,
                   zs_record_get_id (ZS_RECORD (c)));
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (b))), ==, 0);

  /* The outermost rolled back takes everything, and the edits of live
   * objects with it. */
  changes = 0;
  g_assert_true (zs_store_begin (store, &error));
  d = zs_test_new_project (store, "丁", NULL, ZS_STAGE_LEAD);
  zs_record_set_string (ZS_RECORD (a), ZS_PROJECT_NAME, "甲改");
  g_assert_true (zs_store_save (store, ZS_RECORD (a), NULL));
  zs_store_rollback (store);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpint (count_projects (store), ==, 2);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (a), ZS_PROJECT_NAME), ==, "甲");
}

/* A read transaction sees one state of the database while another
 * connection writes. */
static void
test_read_transaction (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("read");
  g_autoptr(ZsStore) writer = NULL;
  g_autoptr(ZsProject) first = zs_test_new_project (store, "甲", NULL, ZS_STAGE_LEAD);
  g_autoptr(GError) error = NULL;

  writer = zs_store_open (zs_store_get_path (store), &error);
  g_assert_no_error (error);

  g_assert_true (zs_store_begin_read (store, &error));
  g_assert_cmpint (count_projects (store), ==, 1);
  {
    g_autoptr(ZsProject) second = zs_test_new_project (writer, "乙", NULL, ZS_STAGE_LEAD);
  }
  g_assert_cmpint (count_projects (writer), ==, 2);
  g_assert_cmpint (count_projects (store), ==, 1);
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_projects (store), ==, 2);
}

/* ---- undo of a delete ------------------------------------------------------------ */

static void
test_delete_and_restore (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("undo");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_NEGOTIATING);
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (project)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autofree char *today = zs_date_today ();

  g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_SIGNED, today, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, 2);

  /* The project and the events that belong to it, parents first. */
  removed = zs_store_delete_for_undo (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (removed->len, ==, 3);
  g_assert_true (g_ptr_array_index (removed, 0) == (gpointer) project);
  g_assert_cmpint (count_projects (store), ==, 0);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, 0);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, 0);

  /* Back with the same ids and UUIDs. */
  g_assert_true (zs_store_restore (store, removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_PROJECT, uuid), ==, id);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, 2);
  for (guint i = 1; i < removed->len; i++)
    {
      ZsRecord *event = g_ptr_array_index (removed, i);
      g_autoptr(ZsRecord) stored = zs_store_read_stored (store, ZS_TYPE_STAGE_EVENT, zs_record_get_id (event), NULL);

      g_assert_nonnull (stored);
      g_assert_cmpstr (zs_record_get_uuid (stored), ==, zs_record_get_uuid (event));
      g_assert_cmpint (zs_record_get_int (stored, ZS_STAGE_EVENT_PROJECT_ID), ==, id);
    }
}

/* ---- totals ------------------------------------------------------------------------ */

static void
test_totals_grouped (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("totals");
  const struct { const char *name; ZsStage stage; gint64 amount; gboolean on_chain; } rows[] = {
    { "甲", ZS_STAGE_SIGNED, 30000, TRUE },
    { "乙", ZS_STAGE_SIGNED, 12000, FALSE },
    { "丙", ZS_STAGE_STARTED, 50000, TRUE },
    { "丁", ZS_STAGE_LEAD, 1000, TRUE },
  };
  gint64 chain = first_chain_id (store);
  gint64 ids[G_N_ELEMENTS (rows)];
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) by_stage = NULL;
  g_autoptr(GArray) grouped = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GHashTable) latest = NULL;
  g_autoptr(GError) error = NULL;
  const guint group[] = { ZS_PROJECT_CHAIN_ID, ZS_PROJECT_STAGE };
  const guint sum[] = { ZS_PROJECT_PLANNED_INVESTMENT };
  gint64 sums[N_STAGES] = { 0 };
  gint64 count = 0;
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(ZsProject) p = zs_project_new ();

      zs_record_set_string (ZS_RECORD (p), ZS_PROJECT_NAME, rows[i].name);
      zs_record_set_enum (ZS_RECORD (p), ZS_PROJECT_STAGE, rows[i].stage);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_PLANNED_INVESTMENT, rows[i].amount);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_CHAIN_ID, rows[i].on_chain ? chain : 0);
      g_assert_true (zs_store_save (store, ZS_RECORD (p), NULL));
      ids[i] = zs_record_get_id (ZS_RECORD (p));
    }

  g_assert_true (zs_store_aggregate (store, all, sum, 1, &count, &total, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, 4);
  g_assert_cmpint (total, ==, 93000);

  by_stage = zs_store_aggregate_by (store, all, ZS_PROJECT_STAGE, ZS_PROJECT_PLANNED_INVESTMENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_stage->len, ==, 3);
  for (guint i = 0; i < by_stage->len; i++)
    {
      const ZsGroupTotal *t = &g_array_index (by_stage, ZsGroupTotal, i);

      if (t->key == ZS_STAGE_SIGNED)
        {
          g_assert_cmpint (t->count, ==, 2);
          g_assert_cmpint (t->sum, ==, 42000);
        }
    }

  /* Unset references group under 0. */
  grouped = zs_store_aggregate_grouped (store, all, group, 2, sum, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grouped->len, ==, 4);
  for (guint i = 0; i < grouped->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (grouped, ZsAggregateRow, i);

      g_assert_true (row->keys[0] == chain || row->keys[0] == 0);
      if (row->keys[0] == 0)
        {
          g_assert_cmpint (row->keys[1], ==, ZS_STAGE_SIGNED);
          g_assert_cmpint (row->sums[0], ==, 12000);
        }
    }

  /* The board's columns: ids per stage in the query's order, with sums. */
  zs_query_set_order (all, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  parts = zs_store_query_partitioned (store, all, ZS_PROJECT_STAGE, N_STAGES,
                                      ZS_PROJECT_PLANNED_INVESTMENT, sums, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, N_STAGES);
  {
    GArray *signed_ids = g_ptr_array_index (parts, ZS_STAGE_SIGNED);

    g_assert_cmpuint (signed_ids->len, ==, 2);
    g_assert_cmpint (g_array_index (signed_ids, gint64, 0), ==, ids[0]);
    g_assert_cmpint (g_array_index (signed_ids, gint64, 1), ==, ids[1]);
  }
  g_assert_cmpint (sums[ZS_STAGE_SIGNED], ==, 42000);
  g_assert_cmpint (sums[ZS_STAGE_NEGOTIATING], ==, 0);
  g_assert_cmpuint (((GArray *) g_ptr_array_index (parts, ZS_STAGE_STARTED))->len, ==, 1);

  /* The latest stage event of each project. */
  {
    g_autoptr(ZsProject) fourth = zs_store_load (store, ZS_TYPE_PROJECT, ids[3], NULL);
    g_autoptr(ZsStageEvent) older = zs_stage_event_new ();
    g_autofree char *today = zs_date_today ();
    gint64 key = ids[3];

    zs_record_set_int (ZS_RECORD (older), ZS_STAGE_EVENT_PROJECT_ID, key);
    zs_record_set_string (ZS_RECORD (older), ZS_STAGE_EVENT_DATE, "2020-01-02");
    g_assert_true (zs_store_save (store, ZS_RECORD (older), NULL));
    g_assert_true (zs_project_change_stage (store, fourth, ZS_STAGE_NEGOTIATING, today, NULL, NULL));
    latest = zs_store_latest_by (store, events, ZS_STAGE_EVENT_PROJECT_ID, ZS_STAGE_EVENT_DATE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_hash_table_size (latest), ==, 4);
    g_assert_cmpstr (g_hash_table_lookup (latest, &key), ==, today);
  }
}

/* The dispatch report's "new" figures, joined in memory from the narrow
 * rows this engine reads: projects that entered a stage in a period, each
 * once however many events it has there, by unit and chain, with their
 * planned investment and foreign capital. */
static void
test_stage_entries_joined (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("entries");
  g_autoptr(ZsReportRows) report_rows = zs_report_rows_new ();
  gint64 chain = first_chain_id (store);
  const struct { const char *name; gboolean on_chain; gint64 planned; gint64 foreign; const char *dates[2]; } rows[] = {
    /* Signed twice in the period (moved back and signed again): once. */
    { "甲", TRUE, 30000, 500, { "2031-03-02", "2031-03-20" } },
    { "乙", TRUE, 12000, 0, { "2031-03-31", NULL } },
    { "丙", FALSE, 7000, 40, { "2031-03-01", NULL } },
    /* Signed the day before and the day after: not in it. */
    { "丁", TRUE, 99000, 9, { "2031-02-28", "2031-04-01" } },
  };
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen_chain = FALSE, seen_none = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(ZsProject) p = zs_project_new ();

      zs_record_set_string (ZS_RECORD (p), ZS_PROJECT_NAME, rows[i].name);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_PLANNED_INVESTMENT, rows[i].planned);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, rows[i].foreign);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_FOREIGN_CAPITAL_USED, rows[i].foreign / 2);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_CHAIN_ID, rows[i].on_chain ? chain : 0);
      g_assert_true (zs_store_save (store, ZS_RECORD (p), NULL));
      for (guint d = 0; d < G_N_ELEMENTS (rows[i].dates) && rows[i].dates[d] != NULL; d++)
        {
          g_autoptr(ZsStageEvent) event = zs_stage_event_new ();

          zs_record_set_int (ZS_RECORD (event), ZS_STAGE_EVENT_PROJECT_ID, zs_record_get_id (ZS_RECORD (p)));
          zs_record_set_enum (ZS_RECORD (event), ZS_STAGE_EVENT_TO_STAGE, ZS_STAGE_SIGNED);
          zs_record_set_string (ZS_RECORD (event), ZS_STAGE_EVENT_DATE, rows[i].dates[d]);
          g_assert_true (zs_store_save (store, ZS_RECORD (event), NULL));
        }
    }

  /* The days around the period are read too: the join must leave them out. */
  g_assert_true (zs_report_rows_load (report_rows, store, "2031-02-01", "2031-04-30", &error));
  g_assert_no_error (error);
  pairs = zs_report_rows_stage_entries (report_rows, ZS_STAGE_SIGNED, "2031-03-01", "2031-03-31");
  g_assert_cmpuint (pairs->len, ==, 2);
  for (guint i = 0; i < pairs->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (pairs, ZsAggregateRow, i);

      g_assert_cmpint (row->keys[0], ==, 0);
      if (row->keys[1] == chain)
        {
          seen_chain = TRUE;
          g_assert_cmpint (row->count, ==, 2);
          g_assert_cmpint (row->sums[0], ==, 42000);
          g_assert_cmpint (row->sums[1], ==, 500);
          g_assert_cmpint (row->sums[2], ==, 250);
        }
      else
        {
          seen_none = TRUE;
          g_assert_cmpint (row->keys[1], ==, 0);
          g_assert_cmpint (row->count, ==, 1);
          g_assert_cmpint (row->sums[0], ==, 7000);
          g_assert_cmpint (row->sums[1], ==, 40);
          g_assert_cmpint (row->sums[2], ==, 20);
        }
    }
  g_assert_true (seen_chain && seen_none);

  /* Another stage has none of them. */
  none = zs_report_rows_stage_entries (report_rows, ZS_STAGE_STARTED, "2031-03-01", "2031-03-31");
  g_assert_cmpuint (none->len, ==, 0);
}

/* The dispatch report's narrow rows: every project's figures in id order,
 * the events into the counted stages by stage then day, the funds entries
 * by day, each within the days asked for. */
static void
test_report_rows (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("report-rows");
  gint64 chain = first_chain_id (store);
  g_autoptr(ZsProject) a = zs_test_new_project (store, "甲项目", NULL, ZS_STAGE_LEAD);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "乙项目", NULL, ZS_STAGE_LEAD);
  const struct { ZsProject *project; ZsStage stage; const char *date; } events[] = {
    { b, ZS_STAGE_STARTED, "2031-03-05" },
    { a, ZS_STAGE_SIGNED, "2031-03-20" },
    { b, ZS_STAGE_SIGNED, "2031-03-02" },
    { a, ZS_STAGE_NEGOTIATING, "2031-03-03" },   /* not a counted stage */
    { a, ZS_STAGE_SIGNED, "2031-04-01" },        /* after the days asked for */
  };
  const struct { ZsProject *project; const char *date; gint64 amount; } funds[] = {
    { a, "2031-03-31", 700 }, { b, "2031-03-01", 50 }, { a, "2031-02-28", 9 },
  };
  g_autoptr(GArray) figures = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const ZsProjectFigures *fa = NULL;

  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_PLANNED_INVESTMENT, 30000);
  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, 500);
  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_FOREIGN_CAPITAL_USED, 250);
  g_assert_true (zs_store_save (store, ZS_RECORD (a), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(ZsStageEvent) event = zs_stage_event_new ();

      zs_record_set_int (ZS_RECORD (event), ZS_STAGE_EVENT_PROJECT_ID, zs_record_get_id (ZS_RECORD (events[i].project)));
      zs_record_set_enum (ZS_RECORD (event), ZS_STAGE_EVENT_TO_STAGE, events[i].stage);
      zs_record_set_string (ZS_RECORD (event), ZS_STAGE_EVENT_DATE, events[i].date);
      g_assert_true (zs_store_save (store, ZS_RECORD (event), NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (funds); i++)
    {
      g_autoptr(ZsFundsEntry) entry = zs_funds_entry_new ();

      zs_record_set_int (ZS_RECORD (entry), ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (ZS_RECORD (funds[i].project)));
      zs_record_set_string (ZS_RECORD (entry), ZS_FUNDS_ENTRY_DATE, funds[i].date);
      zs_record_set_int (ZS_RECORD (entry), ZS_FUNDS_ENTRY_AMOUNT, funds[i].amount);
      g_assert_true (zs_store_save (store, ZS_RECORD (entry), NULL));
    }

  figures = zs_store_project_figures (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (figures->len, ==, zs_store_count_all (store, ZS_TYPE_PROJECT, NULL));
  for (guint i = 0; i < figures->len; i++)
    {
      const ZsProjectFigures *f = &g_array_index (figures, ZsProjectFigures, i);

      if (i > 0)
        g_assert_cmpint (f->id, >, g_array_index (figures, ZsProjectFigures, i - 1).id);
      if (f->id == zs_record_get_id (ZS_RECORD (a)))
        fa = f;
      if (f->id == zs_record_get_id (ZS_RECORD (b)))
        g_assert_cmpint (f->chain_id, ==, 0);
    }
  g_assert_nonnull (fa);
  g_assert_cmpint (fa->chain_id, ==, chain);
  g_assert_cmpint (fa->unit_id, ==, 0);
  g_assert_cmpint (fa->planned_investment, ==, 30000);
  g_assert_cmpint (fa->contracted_foreign_capital, ==, 500);
  g_assert_cmpint (fa->foreign_capital_used, ==, 250);

  rows = zs_store_stage_events_between (store, ZS_STAGE_SIGNED, ZS_STAGE_PRODUCTION, "2031-03-01", "2031-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 0).project_id, ==, zs_record_get_id (ZS_RECORD (b)));
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 0).day, ==, 20310302);
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 0).stage, ==, ZS_STAGE_SIGNED);
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 1).project_id, ==, zs_record_get_id (ZS_RECORD (a)));
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 1).day, ==, 20310320);
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 2).stage, ==, ZS_STAGE_STARTED);
  g_assert_cmpint (g_array_index (rows, ZsDatedRow, 2).day, ==, 20310305);

  entries = zs_store_funds_between (store, "2031-03-01", "2031-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpint (g_array_index (entries, ZsDatedRow, 0).day, ==, 20310301);
  g_assert_cmpint (g_array_index (entries, ZsDatedRow, 0).amount, ==, 50);
  g_assert_cmpint (g_array_index (entries, ZsDatedRow, 1).project_id, ==, zs_record_get_id (ZS_RECORD (a)));
  g_assert_cmpint (g_array_index (entries, ZsDatedRow, 1).amount, ==, 700);
}

/* ---- streaming, selections and scratch sets ------------------------------------------ */

static void
test_cursor_and_selection (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("cursor");
  gint64 chain_id = first_chain_id (store);
  g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, chain_id, NULL);
  g_autoptr(ZsProject) a = zs_test_new_project (store, "甲项目", NULL, ZS_STAGE_LEAD);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "乙项目", NULL, ZS_STAGE_LEAD);
  g_autoptr(ZsStoreCursor) cursor = NULL;
  g_autoptr(ZsQuery) only_a = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GError) error = NULL;
  ZsRecord *row;
  guint n = 0;

  zs_record_set_int (ZS_RECORD (a), ZS_PROJECT_CHAIN_ID, chain_id);
  g_assert_true (zs_store_save (store, ZS_RECORD (a), NULL));

  /* Every row in creation order, references as UUIDs; memory bounded. */
  zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  g_assert_true (zs_store_begin_read (store, &error));
  cursor = zs_store_cursor_new (store, ZS_TYPE_PROJECT, FALSE, &error);
  g_assert_no_error (error);
  while ((row = zs_store_cursor_next (cursor, &error)) != NULL)
    {
      ZsRecord *expected = n == 0 ? ZS_RECORD (a) : ZS_RECORD (b);

      g_assert_true (row != expected);
      zs_test_assert_same_fields (row, expected);
      g_assert_cmpint (zs_record_get_id (row), ==, zs_record_get_id (expected));
      g_assert_cmpstr (zs_store_cursor_get_ref_uuid (cursor, ZS_PROJECT_CHAIN_ID), ==,
                       n == 0 ? zs_record_get_uuid (chain) : NULL);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_clear_pointer (&cursor, zs_store_cursor_free);
  g_assert_true (zs_store_commit (store, NULL));
  zs_store_set_hint (store, ZS_STORE_HINT_INTERACTIVE);

  /* A selection: one project, what belongs to it, what it refers to. */
  g_assert_true (zs_store_selection_clear (store, &error));
  zs_query_add_string (only_a, ZS_PROJECT_NAME, ZS_QUERY_EQ, "甲项目");
  g_assert_true (zs_store_selection_add_query (store, only_a, &error));
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_PROJECT, NULL), ==, 1);
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_STAGE_EVENT, NULL), ==, 0);
  g_assert_true (zs_store_selection_add_owned (store, ZS_TYPE_PROJECT, &error));
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_STAGE_EVENT, NULL), ==, 1);
  g_assert_true (zs_store_selection_add_referenced (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_CHAIN, NULL), ==, 1);
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_CHAIN_GROUP, NULL), ==, 1);

  cursor = zs_store_cursor_new (store, ZS_TYPE_PROJECT, TRUE, &error);
  g_assert_no_error (error);
  row = zs_store_cursor_next (cursor, &error);
  g_assert_nonnull (row);
  g_assert_cmpstr (zs_record_get_string (row, ZS_PROJECT_NAME), ==, "甲项目");
  g_assert_null (zs_store_cursor_next (cursor, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cursor, zs_store_cursor_free);

  g_assert_true (zs_store_selection_clear (store, &error));
  g_assert_cmpint (zs_store_selection_count (store, ZS_TYPE_PROJECT, NULL), ==, 0);
  /* Nothing of it was stored. */
  g_assert_cmpint (zs_store_count_all (store, ZS_TYPE_PROJECT, NULL), ==, 2);
}

static void
test_import_bookkeeping (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("bookkeeping");
  const char *uuid = "d0000000-0000-4000-8000-000000000001";
  g_autoptr(GError) error = NULL;
  g_autofree char *mark = NULL;
  gboolean refused = TRUE;
  int line = 0;

  /* The file index: a record noted once; a second time says where first. */
  g_assert_true (zs_store_file_index_reset (store, &error));
  g_assert_true (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 12, FALSE, &line, &error));
  g_assert_no_error (error);
  g_assert_false (zs_store_file_index_add (store, ZS_TYPE_PROJECT, uuid, 40, TRUE, &line, &error));
  g_assert_no_error (error);
  g_assert_cmpint (line, ==, 12);
  g_assert_true (zs_store_file_index_lookup (store, ZS_TYPE_PROJECT, uuid, &refused, &line));
  g_assert_false (refused);
  g_assert_cmpint (line, ==, 12);
  /* Another type with the same UUID is the same UUID twice, though a
   * lookup by type finds only the first. */
  g_assert_false (zs_store_file_index_lookup (store, ZS_TYPE_UNIT, uuid, NULL, NULL));
  line = 0;
  g_assert_false (zs_store_file_index_add (store, ZS_TYPE_PARTNER, uuid, 50, FALSE, &line, &error));
  g_assert_no_error (error);
  g_assert_cmpint (line, ==, 12);
  g_assert_false (zs_store_file_index_lookup (store, ZS_TYPE_PARTNER, uuid, NULL, NULL));
  /* A key that is not a UUID. */
  g_assert_true (zs_store_file_index_add (store, ZS_TYPE_UNIT, "不是UUID", 7, TRUE, &line, &error));
  g_assert_true (zs_store_file_index_lookup (store, ZS_TYPE_UNIT, "不是UUID", &refused, &line));
  g_assert_true (refused);
  g_assert_cmpint (line, ==, 7);
  g_assert_true (zs_store_file_index_reset (store, &error));
  g_assert_false (zs_store_file_index_lookup (store, ZS_TYPE_PROJECT, uuid, NULL, NULL));

  /* Import marks are kept, in the import's transaction. */
  g_assert_null (zs_store_get_import_mark (store, ZS_TYPE_PROJECT, uuid));
  g_assert_true (zs_store_mark_queue_reset (store, &error));
  g_assert_true (zs_store_begin (store, &error));
  g_assert_true (zs_store_mark_queue_add (store, ZS_TYPE_PROJECT, uuid, "2026-01-02T03:04:05Z", &error));
  g_assert_true (zs_store_mark_queue_write (store, &error));
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);
  mark = zs_store_get_import_mark (store, ZS_TYPE_PROJECT, uuid);
  g_assert_cmpstr (mark, ==, "2026-01-02T03:04:05Z");
  g_assert_null (zs_store_get_import_mark (store, ZS_TYPE_UNIT, uuid));
  g_clear_pointer (&mark, g_free);

  /* A newer file's mark replaces it; a rolled-back import leaves it. */
  g_assert_true (zs_store_mark_queue_reset (store, &error));
  g_assert_true (zs_store_begin (store, &error));
  g_assert_true (zs_store_mark_queue_add (store, ZS_TYPE_PROJECT, uuid, "2026-02-01T00:00:00Z", &error));
  g_assert_true (zs_store_mark_queue_write (store, &error));
  g_assert_true (zs_store_commit (store, &error));
  g_assert_true (zs_store_mark_queue_reset (store, &error));
  g_assert_true (zs_store_begin (store, &error));
  g_assert_true (zs_store_mark_queue_add (store, ZS_TYPE_PROJECT, uuid, "2026-03-01T00:00:00Z", &error));
  g_assert_true (zs_store_mark_queue_write (store, &error));
  zs_store_rollback (store);
  g_assert_no_error (error);
  mark = zs_store_get_import_mark (store, ZS_TYPE_PROJECT, uuid);
  g_assert_cmpstr (mark, ==, "2026-02-01T00:00:00Z");
}

static void
test_settings (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("settings");
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  guint changes = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);
  g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "寒亭区投资促进局", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  value = zs_store_get_setting (store, ZS_SETTING_OFFICE_NAME);
  g_assert_cmpstr (value, ==, "寒亭区投资促进局");
  g_clear_pointer (&value, g_free);

  /* Another connection shares them. */
  {
    g_autoptr(ZsStore) other = zs_store_open (zs_store_get_path (store), NULL);

    value = zs_store_get_setting (other, ZS_SETTING_OFFICE_NAME);
    g_assert_cmpstr (value, ==, "寒亭区投资促进局");
    g_clear_pointer (&value, g_free);
  }

  g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, NULL, &error));
  g_assert_null (zs_store_get_setting (store, ZS_SETTING_OFFICE_NAME));
}

/* Amounts have a maximum (zs-limits.h) that every sum over them can hold:
 * a larger one is refused, naming the field and the maximum, and sums over
 * many maximal amounts are exact. */
static void
test_amount_maximum (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("maximum");
  g_autoptr(ZsProject) huge = zs_test_new_project (store, "超大项目", "某公司", ZS_STAGE_SIGNED);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) by_stage = NULL;
  g_autoptr(GError) error = NULL;
  const guint fields[] = { ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_CONTRACT_AMOUNT };
  gint64 sums[2], count = 0;
  const guint n = 60;

  zs_record_set_int (ZS_RECORD (huge), ZS_PROJECT_PLANNED_INVESTMENT, G_MAXINT64);
  g_assert_false (zs_store_save (store, ZS_RECORD (huge), &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1000000000"));
  g_clear_error (&error);
  zs_record_set_int (ZS_RECORD (huge), ZS_PROJECT_PLANNED_INVESTMENT, ZS_AMOUNT_MAX + 1);
  g_assert_false (zs_store_save (store, ZS_RECORD (huge), &error));
  g_clear_error (&error);
  zs_record_set_int (ZS_RECORD (huge), ZS_PROJECT_PLANNED_INVESTMENT, ZS_AMOUNT_MAX);
  zs_record_set_int (ZS_RECORD (huge), ZS_PROJECT_CONTRACT_AMOUNT, ZS_AMOUNT_MAX);
  g_assert_true (zs_store_save (store, ZS_RECORD (huge), &error));
  g_assert_no_error (error);

  for (guint i = 1; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("大项目 %u", i);
      g_autoptr(ZsProject) p = zs_test_new_project (store, name, "某公司", ZS_STAGE_SIGNED);

      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_PLANNED_INVESTMENT, ZS_AMOUNT_MAX);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_CONTRACT_AMOUNT, ZS_AMOUNT_MAX);
      g_assert_true (zs_store_save (store, ZS_RECORD (p), &error));
      g_assert_no_error (error);
    }

  g_assert_cmpint (zs_store_sum (store, query, ZS_PROJECT_PLANNED_INVESTMENT, &error), ==, n * ZS_AMOUNT_MAX);
  g_assert_no_error (error);
  g_assert_true (zs_store_aggregate (store, query, fields, 2, &count, sums, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, n);
  g_assert_cmpint (sums[0], ==, n * ZS_AMOUNT_MAX);
  g_assert_cmpint (sums[1], ==, n * ZS_AMOUNT_MAX);
  by_stage = zs_store_aggregate_by (store, query, ZS_PROJECT_STAGE, ZS_PROJECT_PLANNED_INVESTMENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_stage->len, ==, 1);
  g_assert_cmpint (g_array_index (by_stage, ZsGroupTotal, 0).sum, ==, n * ZS_AMOUNT_MAX);
}

/* A deleted row's id is never given again: whatever still holds it (a
 * list's cache, an undo, a window) must not find another record there. */
static void
test_deleted_id_never_given_again (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ids");
  g_autoptr(ZsProject) first = zs_test_new_project (store, "甲项目", "甲公司", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) last = zs_test_new_project (store, "乙项目", "乙公司", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) after = NULL;
  g_autoptr(ZsProject) again = NULL;
  g_autoptr(GPtrArray) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 last_id = zs_record_get_id (ZS_RECORD (last));
  gint64 after_id;

  g_assert_cmpint (last_id, >, zs_record_get_id (ZS_RECORD (first)));
  /* The newest row goes: its id was the highest. */
  g_assert_true (zs_store_delete (store, ZS_RECORD (last), &error));
  g_assert_no_error (error);
  after = zs_test_new_project (store, "丙项目", "丙公司", ZS_STAGE_LEAD);
  after_id = zs_record_get_id (ZS_RECORD (after));
  g_assert_cmpint (after_id, >, last_id);
  g_assert_null (zs_store_load (store, ZS_TYPE_PROJECT, last_id, NULL));

  /* Deleted for undo and given back, it keeps its id; the next is new. */
  undo = zs_store_delete_for_undo (store, ZS_RECORD (after), &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_restore (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_id (g_ptr_array_index (undo, 0)), ==, after_id);
  g_clear_pointer (&undo, g_ptr_array_unref);
  undo = zs_store_delete_for_undo (store, ZS_RECORD (after), &error);
  g_assert_no_error (error);
  again = zs_test_new_project (store, "丁项目", "丁公司", ZS_STAGE_LEAD);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (again)), >, after_id);
}

/* Names sort as Excel and WPS sort Chinese, by pinyin (ICU), on every
 * engine: 阿 (a) 北 (bei) 城 (cheng) 张 (zhang). By code point 阿
 * (U+963F) would come last; they are saved in neither order. */
static const char *const pinyin_order[] = { "阿", "北", "城", "张" };
static const guint saved_order[] = { 3, 0, 2, 1 };

static void
assert_pinyin_order (ZsStore *store,
                     ZsQuery *query,
                     guint    title_field,
                     gboolean descending)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_cmpuint (ids->len, ==, G_N_ELEMENTS (pinyin_order));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) r = zs_store_load (store, zs_query_get_record_type (query),
                                             g_array_index (ids, gint64, i), NULL);
      guint want = descending ? G_N_ELEMENTS (pinyin_order) - 1 - i : i;

      g_assert_cmpstr (zs_record_get_string (r, title_field), ==, pinyin_order[want]);
    }
}

static void
test_query_names_in_pinyin_order (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("pinyin");
  g_autoptr(ZsQuery) by_name = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) by_name_down = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) by_partner = zs_query_new (ZS_TYPE_LEAD);

  for (guint i = 0; i < G_N_ELEMENTS (saved_order); i++)
    {
      const char *name = pinyin_order[saved_order[i]];
      g_autoptr(ZsProject) p = zs_project_new ();
      g_autoptr(ZsRecord) partner = g_object_new (ZS_TYPE_PARTNER, NULL);
      g_autoptr(ZsRecord) lead = g_object_new (ZS_TYPE_LEAD, NULL);
      g_autoptr(GError) error = NULL;

      zs_record_set_string (ZS_RECORD (p), ZS_PROJECT_NAME, name);
      g_assert_true (zs_store_save (store, ZS_RECORD (p), &error));
      zs_record_set_string (partner, ZS_PARTNER_NAME, name);
      g_assert_true (zs_store_save (store, partner, &error));
      /* The lead's own name in the opposite order: only the partner's may sort it. */
      zs_record_set_string (lead, ZS_LEAD_NAME, pinyin_order[G_N_ELEMENTS (pinyin_order) - 1 - saved_order[i]]);
      zs_record_set_int (lead, ZS_LEAD_PARTNER_ID, zs_record_get_id (partner));
      zs_record_set_string (lead, ZS_LEAD_RECEIVED_DATE, "2026-03-01");
      zs_store_save (store, lead, &error);
      g_assert_no_error (error);
    }

  zs_query_set_order (by_name, ZS_PROJECT_NAME, FALSE);
  assert_pinyin_order (store, by_name, ZS_PROJECT_NAME, FALSE);
  zs_query_set_order (by_name_down, ZS_PROJECT_NAME, TRUE);
  assert_pinyin_order (store, by_name_down, ZS_PROJECT_NAME, TRUE);

  /* An order by the name of the record a reference points to. */
  zs_query_set_order_by_reference (by_partner, ZS_LEAD_PARTNER_ID, ZS_PARTNER_NAME, FALSE);
  {
    g_autoptr(GArray) ids = zs_store_query (store, by_partner, NULL);

    g_assert_cmpuint (ids->len, ==, G_N_ELEMENTS (pinyin_order));
    for (guint i = 0; i < ids->len; i++)
      {
        g_autoptr(ZsRecord) lead = zs_store_load (store, ZS_TYPE_LEAD, g_array_index (ids, gint64, i), NULL);
        g_autoptr(ZsRecord) partner = zs_store_load (store, ZS_TYPE_PARTNER,
                                                     zs_record_get_int (lead, ZS_LEAD_PARTNER_ID), NULL);

        g_assert_cmpstr (zs_record_get_string (partner, ZS_PARTNER_NAME), ==, pinyin_order[i]);
      }
  }
}

/* A screenful read at once: the live objects, in the order asked, the
 * same object for the same row, nothing for a row that is gone. */
static void
test_load_many (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("load-many");
  g_autoptr(ZsProject) a = zs_test_new_project (store, "潍坊经开区精密铸造项目", "潍柴", ZS_STAGE_SIGNED);
  gint64 b_id, c_id;
  gint64 ids[5];
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsProject) b = zs_test_new_project (store, "寿光蔬菜冷链物流园", "寿光农发", ZS_STAGE_STARTED);
    g_autoptr(ZsProject) c = zs_test_new_project (store, "颐高数字产业园", "颐高集团", ZS_STAGE_SIGNED);

    b_id = zs_record_get_id (ZS_RECORD (b));
    c_id = zs_record_get_id (ZS_RECORD (c));
  }
  /* b and c are no longer live: they are read; a is live already. */
  ids[0] = c_id;
  ids[1] = zs_record_get_id (ZS_RECORD (a));
  ids[2] = 987654;
  ids[3] = b_id;
  ids[4] = c_id;
  records = zs_store_load_many (store, ZS_TYPE_PROJECT, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 5);
  g_assert_cmpstr (zs_record_get_title (g_ptr_array_index (records, 0)), ==, "颐高数字产业园");
  g_assert_true (g_ptr_array_index (records, 1) == (gpointer) a);
  g_assert_null (g_ptr_array_index (records, 2));
  g_assert_cmpstr (zs_record_get_title (g_ptr_array_index (records, 3)), ==, "寿光蔬菜冷链物流园");
  g_assert_cmpint (zs_record_get_enum (g_ptr_array_index (records, 3), ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
  g_assert_true (g_ptr_array_index (records, 4) == g_ptr_array_index (records, 0));
  /* They are the live objects: loading one again gives the same. */
  {
    g_autoptr(ZsRecord) again = zs_store_load (store, ZS_TYPE_PROJECT, b_id, NULL);

    g_assert_true (again == g_ptr_array_index (records, 3));
  }
  /* Nothing asked, nothing read. */
  g_clear_pointer (&records, g_ptr_array_unref);
  records = zs_store_load_many (store, ZS_TYPE_PROJECT, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 0);
}

/* A document made ahead of the save, as an import's reading thread makes
 * it, is written only while the name it was made from is still the name. */
static void
test_prepared_search_document (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("prepared-document");
  g_autoptr(ZsProject) kept = zs_project_new ();
  g_autoptr(ZsProject) renamed = zs_project_new ();

  zs_record_set_string (ZS_RECORD (kept), ZS_PROJECT_NAME, "潍坊经开区氢能重卡项目");
  zs_search_prepare_document (ZS_RECORD (kept));
  g_assert_true (zs_store_save (store, ZS_RECORD (kept), NULL));
  g_assert_cmpint (zs_test_count_found (store, "氢能"), ==, 1);
  g_assert_cmpint (zs_test_count_found (store, "wfjk"), ==, 1);

  zs_record_set_string (ZS_RECORD (renamed), ZS_PROJECT_NAME, "寒亭区预制菜产业园");
  zs_search_prepare_document (ZS_RECORD (renamed));
  zs_record_set_string (ZS_RECORD (renamed), ZS_PROJECT_NAME, "寒亭区磁悬浮动力项目");
  g_assert_true (zs_store_save (store, ZS_RECORD (renamed), NULL));
  g_assert_cmpint (zs_test_count_found (store, "磁悬浮"), ==, 1);
  g_assert_cmpint (zs_test_count_found (store, "预制菜"), ==, 0);
}

void
zs_conformance_add_ops_tests (void)
{
  g_test_add_func ("/store/search/prepared-document", test_prepared_search_document);
  g_test_add_func ("/store/load-many", test_load_many);
  g_test_add_func ("/store/stored/read", test_read_stored);
  g_test_add_func ("/store/stored/update-field", test_update_field);
  g_test_add_func ("/store/transactions/nest", test_transactions_nest);
  g_test_add_func ("/store/transactions/read", test_read_transaction);
  g_test_add_func ("/store/delete/undo", test_delete_and_restore);
  g_test_add_func ("/store/query/totals-grouped", test_totals_grouped);
  g_test_add_func ("/store/query/names-in-pinyin-order", test_query_names_in_pinyin_order);
  g_test_add_func ("/store/query/stage-entries-joined", test_stage_entries_joined);
  g_test_add_func ("/store/query/report-rows", test_report_rows);
  g_test_add_func ("/store/scratch/cursor-and-selection", test_cursor_and_selection);
  g_test_add_func ("/store/scratch/import-bookkeeping", test_import_bookkeeping);
  g_test_add_func ("/store/settings", test_settings);
  g_test_add_func ("/store/query/amount-maximum", test_amount_maximum);
  g_test_add_func ("/store/delete/id-never-given-again", test_deleted_id_never_given_again);
}
