/* test-lists.c — the store-backed list models the board and ledger use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>

#include "zs-test-util.h"

typedef struct {
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               GArray     *changes)
{
  Change c = { position, removed, added };

  g_array_append_val (changes, c);
}

static ZsStore *
store_with_projects (guint n)
{
  ZsStore *store = zs_test_open_seeded ("lists");

  g_assert_true (zs_store_begin (store, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsProject) p = zs_project_new ();
      g_autofree char *name = g_strdup_printf ("项目%03u", i);

      zs_record_set_string (ZS_RECORD (p), ZS_PROJECT_NAME, name);
      zs_record_set_enum (ZS_RECORD (p), ZS_PROJECT_GRADE, i % 4);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_PLANNED_INVESTMENT, 1000 * (i + 1));
      g_assert_true (zs_store_save (store, ZS_RECORD (p), NULL));
    }
  g_assert_true (zs_store_commit (store, NULL));
  return store;
}

static ZsQuery *
grade_query (int grade)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  if (grade >= 0)
    zs_query_add_int (query, ZS_PROJECT_GRADE, ZS_QUERY_EQ, grade);
  return query;
}

static void
test_record_list_changes (void)
{
  g_autoptr(ZsStore) store = store_with_projects (40);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsQuery) red = grade_query (ZS_GRADE_RED);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(ZsRecord) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 40);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (ZS_IS_PROJECT (first));
  g_assert_cmpstr (zs_record_get_title (first), ==, "项目000");

  /* A new filter: the rows that went, then the rows that came, never one
   * change that makes GTK 4.8 fetch every new row. */
  g_signal_connect (list, "items-changed", G_CALLBACK (record_change), changes);
  g_assert_true (zs_record_list_set_query (list, red, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 10);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 0);
  g_assert_cmpuint (g_array_index (changes, Change, 1).removed, ==, 0);
  /* (The last project is red too, so it stays where it is.) */
  g_assert_cmpuint (40 - g_array_index (changes, Change, 0).removed + g_array_index (changes, Change, 1).added, ==, 10);

  /* The same query again changes nothing. */
  g_array_set_size (changes, 0);
  g_assert_true (zs_record_list_refresh (list, NULL));
  g_assert_cmpuint (changes->len, ==, 0);

  /* One change at a time when asked (for a slot list). */
  zs_record_list_set_single_change (list, TRUE);
  g_assert_true (zs_record_list_set_query (list, all, NULL));
  g_assert_cmpuint (changes->len, ==, 1);
}

static void
test_record_list_frozen_catches_up (void)
{
  g_autoptr(ZsStore) store = store_with_projects (8);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  g_autoptr(ZsProject) extra = zs_project_new ();

  /* A list nobody sees does not run queries for every edit… */
  zs_record_list_set_frozen (list, TRUE);
  zs_record_set_string (ZS_RECORD (extra), ZS_PROJECT_NAME, "新增项目");
  g_assert_true (zs_store_save (store, ZS_RECORD (extra), NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 8);

  /* …and shows the truth when it is seen again. */
  zs_record_list_set_frozen (list, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 9);
}

/* A table's list reads the rows around the one a view asks for together
 * and holds them, so the next rows come without a read; a row asked for
 * far away replaces them, so what it holds stays at one window. */
static void
test_record_list_reads_ahead (void)
{
  g_autoptr(ZsStore) store = store_with_projects (600);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsQuery) descending = grade_query (-1);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  GListModel *model = G_LIST_MODEL (list);
  GWeakRef held;
  ZsRecord *record;

  zs_record_list_set_read_ahead (list, 64);
  record = g_list_model_get_item (model, 100);
  g_weak_ref_init (&held, record);
  g_object_unref (record);
  /* Read with its neighbours, and held with them. */
  record = g_weak_ref_get (&held);
  g_assert_nonnull (record);
  g_object_unref (record);

  /* Every row, across the edges of the windows, is the row at its place. */
  for (guint i = 0; i < 600; i++)
    {
      g_autoptr(ZsRecord) row = g_list_model_get_item (model, i);

      g_assert_nonnull (row);
      g_assert_cmpint (zs_record_get_id (row), ==, zs_record_list_get_id (list, i));
    }
  /* Far from row 100 now: it was let go. */
  record = g_weak_ref_get (&held);
  g_assert_null (record);
  g_weak_ref_clear (&held);

  /* Another order moves every row: nothing read before it is shown at
   * its old place. */
  record = g_list_model_get_item (model, 300);
  g_object_unref (record);
  zs_query_set_order (descending, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  g_assert_true (zs_record_list_set_query (list, descending, NULL));
  for (guint i = 290; i < 310; i++)
    {
      g_autoptr(ZsRecord) row = g_list_model_get_item (model, i);

      g_assert_cmpint (zs_record_get_id (row), ==, zs_record_list_get_id (list, i));
      g_assert_cmpint (zs_record_get_int (row, ZS_PROJECT_PLANNED_INVESTMENT), ==, 1000 * (600 - i));
    }
}

static void
test_slot_list_keeps_rows (void)
{
  g_autoptr(ZsStore) store = store_with_projects (40);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsQuery) red = grade_query (ZS_GRADE_RED);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  g_autoptr(ZsSlotList) slots = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(ZsSlot) slot0 = NULL;
  g_autoptr(ZsSlot) slot5 = NULL;
  g_autoptr(ZsSlot) slot20 = NULL;

  zs_record_list_set_single_change (list, TRUE);
  slots = zs_slot_list_new (G_LIST_MODEL (list));
  g_signal_connect (slots, "items-changed", G_CALLBACK (record_change), changes);

  slot0 = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  slot5 = g_list_model_get_item (G_LIST_MODEL (slots), 5);
  slot20 = g_list_model_get_item (G_LIST_MODEL (slots), 20);
  g_assert_cmpstr (zs_record_get_title (zs_slot_get_item (slot5)), ==, "项目005");
  /* Asking again gives the same row. */
  {
    g_autoptr(ZsSlot) again = g_list_model_get_item (G_LIST_MODEL (slots), 5);

    g_assert_true (again == slot5);
  }

  /* Only red ones: the rows on screen keep their slots and show new items;
   * the view hears only that 30 rows went from the end. */
  g_assert_true (zs_record_list_set_query (list, red, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 10);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).position, ==, 10);
  g_assert_cmpuint (g_array_index (changes, Change, 0).removed, ==, 30);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 0);
  g_assert_cmpint (zs_record_get_enum (zs_slot_get_item (slot0), ZS_PROJECT_GRADE), ==, ZS_GRADE_RED);
  g_assert_cmpstr (zs_record_get_title (zs_slot_get_item (slot0)), ==, "项目003");
  g_assert_cmpstr (zs_record_get_title (zs_slot_get_item (slot5)), ==, "项目023");
  /* Past the end now: empty. */
  g_assert_null (zs_slot_get_item (slot20));

  /* Back to all: 30 rows come at the end. */
  g_array_set_size (changes, 0);
  g_assert_true (zs_record_list_set_query (list, all, NULL));
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).position, ==, 10);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 30);
  g_assert_cmpstr (zs_record_get_title (zs_slot_get_item (slot0)), ==, "项目000");
}

/* A board column's first frame: only the first rows, whatever the source
 * holds; raising the limit adds the rest at the end, the rows kept as they were. */
static void
test_slot_list_limit (void)
{
  g_autoptr(ZsStore) store = store_with_projects (40);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsQuery) red = grade_query (ZS_GRADE_RED);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  g_autoptr(ZsSlotList) slots = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(ZsSlot) slot5 = NULL;

  zs_record_list_set_single_change (list, TRUE);
  slots = zs_slot_list_new (G_LIST_MODEL (list));
  g_signal_connect (slots, "items-changed", G_CALLBACK (record_change), changes);

  zs_slot_list_set_limit (slots, 12);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 12);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 12));
  slot5 = g_list_model_get_item (G_LIST_MODEL (slots), 5);
  g_assert_cmpstr (zs_record_get_title (zs_slot_get_item (slot5)), ==, "项目005");

  /* A source shorter than the limit shows all it has, longer stops at it. */
  g_array_set_size (changes, 0);
  g_assert_true (zs_record_list_set_query (list, red, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 10);
  g_assert_true (zs_record_list_set_query (list, all, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 12);

  g_array_set_size (changes, 0);
  zs_slot_list_set_limit (slots, G_MAXUINT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 40);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).position, ==, 12);
  g_assert_cmpuint (g_array_index (changes, Change, 0).removed, ==, 0);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 28);
  {
    g_autoptr(ZsSlot) again = g_list_model_get_item (G_LIST_MODEL (slots), 5);

    g_assert_true (again == slot5);
  }
}

#define N_GRADES (ZS_GRADE_RED + 1)

/* The ledger's rows over a record list: the newest project deleted and a
 * lead converted to a new one. The new row shows the new project, never
 * the deleted one's name, investor and amounts (as when the new project
 * was given the deleted one's id and the list saw no change). */
static void
test_slot_list_deleted_row_not_shown (void)
{
  g_autoptr(ZsStore) store = store_with_projects (5);
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(ZsRecordList) list = zs_record_list_new (store, all);
  g_autoptr(ZsSlotList) slots = zs_slot_list_new (G_LIST_MODEL (list));
  g_autoptr(ZsSlot) last = g_list_model_get_item (G_LIST_MODEL (slots), 4);
  g_autoptr(ZsProject) added = zs_project_new ();
  ZsRecord *deleted = g_object_ref (zs_slot_get_item (last));
  gint64 deleted_id = zs_record_get_id (deleted);
  ZsRecord *shown;

  g_assert_cmpstr (zs_record_get_title (deleted), ==, "项目004");
  g_assert_true (zs_store_delete (store, deleted, NULL));
  g_object_unref (deleted);
  zs_record_set_string (ZS_RECORD (added), ZS_PROJECT_NAME, "新签约项目");
  zs_record_set_int (ZS_RECORD (added), ZS_PROJECT_PLANNED_INVESTMENT, 777);
  g_assert_true (zs_store_save (store, ZS_RECORD (added), NULL));
  g_assert_true (zs_record_list_refresh (list, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 5);
  shown = zs_slot_get_item (last);
  g_assert_nonnull (shown);
  g_assert_cmpint (zs_record_get_id (shown), !=, deleted_id);
  g_assert_cmpstr (zs_record_get_title (shown), ==, "新签约项目");
  g_assert_cmpint (zs_record_get_int (shown, ZS_PROJECT_PLANNED_INVESTMENT), ==, 777);
}

static void
test_partitioned_query (void)
{
  g_autoptr(ZsStore) store = store_with_projects (40);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sums[N_GRADES];

  /* One pass gives each grade's projects, in the query's order, with totals. */
  zs_query_add_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  parts = zs_store_query_partitioned (store, query, ZS_PROJECT_GRADE, N_GRADES,
                                      ZS_PROJECT_PLANNED_INVESTMENT, sums, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, N_GRADES);
  for (guint g = 0; g < N_GRADES; g++)
    {
      GArray *ids = g_ptr_array_index (parts, g);
      g_autoptr(ZsQuery) one = grade_query (g);
      const guint sum_field = ZS_PROJECT_PLANNED_INVESTMENT;
      gint64 expected_count = 0;
      gint64 expected_sum = 0;
      gint64 previous = G_MAXINT64;

      g_assert_cmpuint (ids->len, ==, 10);
      g_assert_true (zs_store_aggregate (store, one, &sum_field, 1, &expected_count, &expected_sum, NULL));
      g_assert_cmpint (expected_count, ==, 10);
      g_assert_cmpint (sums[g], ==, expected_sum);
      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);
          gint64 amount = zs_record_get_int (p, ZS_PROJECT_PLANNED_INVESTMENT);

          g_assert_cmpint (zs_record_get_enum (p, ZS_PROJECT_GRADE), ==, g);
          g_assert_cmpint (amount, <, previous);
          previous = amount;
        }
    }
}

static void
test_manual_record_list (void)
{
  g_autoptr(ZsStore) store = store_with_projects (6);
  g_autoptr(ZsRecordList) list = zs_record_list_new_manual (store, ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(ZsQuery) all = grade_query (-1);
  g_autoptr(GArray) all_ids = zs_store_query (store, all, NULL);

  /* The owner decides which rows it shows: here the last three, backwards. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (record_change), changes);
  for (guint i = 0; i < 3; i++)
    g_array_append_val (ids, g_array_index (all_ids, gint64, 5 - i));
  zs_record_list_set_ids (list, ids);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (changes->len, >=, 1);
  {
    g_autoptr(ZsRecord) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (zs_record_get_title (first), ==, "项目005");
  }
  /* An unchanged list is no change. */
  g_array_set_size (changes, 0);
  zs_record_list_set_ids (list, ids);
  g_assert_cmpuint (changes->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lists/record-list/changes", test_record_list_changes);
  g_test_add_func ("/lists/record-list/frozen-catches-up", test_record_list_frozen_catches_up);
  g_test_add_func ("/lists/record-list/reads-ahead", test_record_list_reads_ahead);
  g_test_add_func ("/lists/slot-list/keeps-rows", test_slot_list_keeps_rows);
  g_test_add_func ("/lists/slot-list/deleted-row-not-shown", test_slot_list_deleted_row_not_shown);
  g_test_add_func ("/lists/slot-list/limit", test_slot_list_limit);
  g_test_add_func ("/lists/partitioned-query", test_partitioned_query);
  g_test_add_func ("/lists/record-list/manual", test_manual_record_list);

  return g_test_run ();
}
