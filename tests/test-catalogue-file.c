/* test-catalogue-file.c — the industry catalogue as a file: round trip, merge, refusals
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
      g_autoptr(ZsRecord) mine = zs_map_load (a, type, g_array_index (ids, gint64, i));
      gint64 id = zs_store_find_by_uuid (b, type, zs_record_get_uuid (mine));
      g_autoptr(ZsRecord) theirs = NULL;
      guint n_fields;
      const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (mine), &n_fields);

      g_assert_cmpint (id, !=, 0);
      theirs = zs_map_load (b, type, id);
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
  g_autoptr(ZsProject) project = zs_map_add_project (f, "高端化工项目", f->chain_a, f->unit_a, ZS_STAGE_SIGNED, "2026-01-05", 50000, 0);
  g_autoptr(ZsRecord) city_chain = NULL;
  g_autoptr(ZsRecord) renamed = NULL;
  g_autoptr(GError) error = NULL;
  ZsExportOptions options = { NULL, NULL, NULL, TRUE };
  g_autofree char *uuid = zs_store_get_uuid (f->store, ZS_TYPE_CHAIN, f->chain_a);
  g_autofree char *uuid_b = zs_store_get_uuid (f->store, ZS_TYPE_CHAIN, f->chain_b);
  gint64 n_chains;

  /* The city deletes the chain this district's project uses, and renames
   * another, then sends its catalogue. */
  city_chain = zs_map_load (city, ZS_TYPE_CHAIN, zs_store_find_by_uuid (city, ZS_TYPE_CHAIN, uuid));
  g_assert_true (zs_store_delete (city, city_chain, &error));
  renamed = zs_map_load (city, ZS_TYPE_CHAIN, zs_store_find_by_uuid (city, ZS_TYPE_CHAIN, uuid_b));
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
    g_autoptr(ZsRecord) mine = zs_map_load (f->store, ZS_TYPE_CHAIN, f->chain_b);

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
  g_autoptr(ZsRecord) group = zs_map_load (f->store, ZS_TYPE_CHAIN_GROUP, f->group_chains);
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

#define ADD(path, fn) g_test_add (path, Fixture, NULL, zs_map_fixture_set_up, fn, zs_map_fixture_tear_down)
  ADD ("/map/file/import-keeps-what-projects-use", test_catalogue_import_keeps_what_projects_use);
  ADD ("/map/file/malformed-refused", test_malformed_catalogue_refused);
#undef ADD
  g_test_add_func ("/map/catalogue/find-link", test_catalogue_find_link);
  g_test_add_func ("/map/file/round-trip", test_catalogue_file_round_trip);

  return g_test_run ();
}
