/* test-exchange-filter.c — exports of part of the database: a unit, a chain, a period, the board's query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-exchange.h"
#include "zs-database.h"

static void
on_record_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  GHashTable *records = user_data;

  if (g_markup_parse_context_get_element_stack (context)->next != NULL &&
      g_markup_parse_context_get_element_stack (context)->next->next == NULL)
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "uuid"))
        g_hash_table_add (records, g_strdup_printf ("%s %s", element, values[i]));
}

/* "element uuid" of every record in an exchange file. */
static GHashTable *
records_in_file (const char *path)
{
  static const GMarkupParser parser = { on_record_element };
  GHashTable *records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, records, NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (g_markup_parse_context_parse (context, text, (gssize) length, NULL));
  return records;
}

/* ---- filtered exports --------------------------------------------------------- */

static void
add_closure (ZsStore    *store,
             GType       type,
             gint64      id,
             GHashTable *expected)
{
  g_autoptr(ZsRecord) record = zs_store_load (store, type, id, NULL);
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_fields);

  if (!g_hash_table_add (expected, g_strdup_printf ("%s %s", ZS_RECORD_GET_CLASS (record)->element,
                                                    zs_record_get_uuid (record))))
    return;
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == ZS_FIELD_REF && zs_record_get_int (record, i) != 0)
      add_closure (store, fields[i].get_type (), zs_record_get_int (record, i), expected);
}

/* What a filtered export must hold, worked out record by record: the
 * projects, their stage events, obstacles, updates and unmet space needs,
 * and everything any of them refers to. */
static GHashTable *
expected_records (ZsStore *store,
                  ZsQuery *projects)
{
  GHashTable *expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) ids = zs_store_query (store, projects, NULL);
  const GType owned[] = { ZS_TYPE_STAGE_EVENT, ZS_TYPE_OBSTACLE, ZS_TYPE_UPDATE_LOG, ZS_TYPE_SPACE_NEED,
                          ZS_TYPE_FUNDS_ENTRY };
  const guint owner_field[] = { ZS_STAGE_EVENT_PROJECT_ID, ZS_OBSTACLE_PROJECT_ID, ZS_UPDATE_LOG_PROJECT_ID,
                                ZS_SPACE_NEED_PROJECT_ID, ZS_FUNDS_ENTRY_PROJECT_ID };

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      add_closure (store, ZS_TYPE_PROJECT, id, expected);
      for (guint o = 0; o < G_N_ELEMENTS (owned); o++)
        {
          g_autoptr(ZsQuery) query = zs_query_new (owned[o]);
          g_autoptr(GArray) children = NULL;

          zs_query_add_int (query, owner_field[o], ZS_QUERY_EQ, id);
          children = zs_store_query (store, query, NULL);
          for (guint c = 0; c < children->len; c++)
            add_closure (store, owned[o], g_array_index (children, gint64, c), expected);
        }
    }
  return expected;
}

static guint
assert_filtered_export (ZsStore    *store,
                        ZsQuery    *projects,
                        const char *description)
{
  g_autofree char *out = zs_test_scratch_path ("filtered.xml");
  g_autofree char *empty_db = zs_test_db_path ("empty-target");
  ZsExportOptions options = { "潍坊市投资合作促进局", projects, description };
  g_autoptr(GHashTable) expected = expected_records (store, projects);
  g_autoptr(GHashTable) written = NULL;
  g_autoptr(ZsStore) target = NULL;
  g_autoptr(ZsImportReport) report = NULL;
  GHashTableIter iter;
  const char *key;

  zs_test_export_or_fail (store, out, &options);
  written = records_in_file (out);

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (written, key))
      g_error ("the export lacks %s", key);
  g_hash_table_iter_init (&iter, written);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (expected, key))
      g_error ("the export has %s, which the filter did not ask for", key);

  /* It stands on its own: an empty database, not even the catalogue,
   * takes every record of it. */
  target = zs_store_open (empty_db, NULL);
  report = zs_test_preview_or_fail (target, out);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), ==, g_hash_table_size (written));
  zs_test_apply_or_fail (target, out, report);
  g_assert_cmpstr (zs_import_report_get_header (report, "filter"), ==, description);

  return g_hash_table_size (written);
}

static gint64
demo_id (ZsStore    *store,
         GType       type,
         guint       field,
         const char *name)
{
  g_autoptr(ZsRecord) record = zs_test_load_named (store, type, field, name);

  return zs_record_get_id (record);
}

static void
test_filter_unit_and_chain (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("filter-unit");
  ZsExportFilter unit = { 0 };
  ZsExportFilter chain = { 0 };
  g_autoptr(ZsQuery) by_unit = NULL;
  g_autoptr(ZsQuery) by_chain = NULL;
  g_autofree char *unit_words = NULL;
  g_autofree char *chain_words = NULL;
  guint n;

  g_assert_true (zs_database_load_demo (store, NULL));
  unit.unit_id = demo_id (store, ZS_TYPE_UNIT, ZS_UNIT_NAME, "潍坊经济开发区");
  chain.chain_id = demo_id (store, ZS_TYPE_CHAIN, ZS_CHAIN_NAME, "高端化工");

  by_unit = zs_export_filter_to_query (store, &unit, &unit_words);
  g_assert_nonnull (strstr (unit_words, "潍坊经济开发区"));
  n = assert_filtered_export (store, by_unit, unit_words);
  /* The 9 signed projects and more, but far from the whole demo. */
  g_assert_cmpuint (n, >, 9);

  by_chain = zs_export_filter_to_query (store, &chain, &chain_words);
  assert_filtered_export (store, by_chain, chain_words);
}

static void
test_filter_period (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("filter-period");
  g_autofree char *today = zs_date_today ();
  g_autofree char *month_ago = zs_date_add_days (today, -30);
  ZsExportFilter period = { .from = month_ago, .to = today, .stage = ZS_STAGE_SIGNED };
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) event_ids = NULL;
  g_autoptr(GArray) project_ids = NULL;
  g_autoptr(GHashTable) signed_projects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *words = NULL;

  g_assert_true (zs_database_load_demo (store, NULL));
  query = zs_export_filter_to_query (store, &period, &words);

  /* "Signed in the last 30 days" is a question about stage events. */
  zs_query_add_int (events, ZS_STAGE_EVENT_TO_STAGE, ZS_QUERY_EQ, ZS_STAGE_SIGNED);
  zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_GE, month_ago);
  zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_LE, today);
  event_ids = zs_store_query (store, events, NULL);
  for (guint i = 0; i < event_ids->len; i++)
    {
      g_autoptr(ZsRecord) event = zs_store_load (store, ZS_TYPE_STAGE_EVENT, g_array_index (event_ids, gint64, i), NULL);
      gint64 *project = g_new (gint64, 1);

      *project = zs_record_get_int (event, ZS_STAGE_EVENT_PROJECT_ID);
      g_hash_table_add (signed_projects, project);
    }
  project_ids = zs_store_query (store, query, NULL);
  g_assert_cmpuint (project_ids->len, >, 0);
  g_assert_cmpuint (project_ids->len, ==, g_hash_table_size (signed_projects));
  for (guint i = 0; i < project_ids->len; i++)
    g_assert_true (g_hash_table_contains (signed_projects, &g_array_index (project_ids, gint64, i)));

  assert_filtered_export (store, query, words);
}

static void
test_filter_board_query (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("filter-board");
  g_autoptr(ZsQuery) red = zs_query_new (ZS_TYPE_PROJECT);

  /* Whatever the board shows: here, the red projects found by a search. */
  g_assert_true (zs_database_load_demo (store, NULL));
  zs_query_add_int (red, ZS_PROJECT_GRADE, ZS_QUERY_EQ, ZS_GRADE_RED);
  assert_filtered_export (store, red, "红色项目");
  zs_query_set_search (red, "项目");
  assert_filtered_export (store, red, "搜索“项目”的红色项目");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange/filter/unit-and-chain", test_filter_unit_and_chain);
  g_test_add_func ("/exchange/filter/period", test_filter_period);
  g_test_add_func ("/exchange/filter/board-query", test_filter_board_query);

  return g_test_run ();
}
