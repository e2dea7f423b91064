/* test-exchange.c — the XML exchange format on real database files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"
#include "zs-exchange-job.h"
#include "zs-database.h"

#define NS "urn:zhaoshang:exchange:1"
#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<exchange xmlns=\"" NS "\" format-version=\"1\" office=\"寒亭区投资促进局\">\n"
#define TOWN_UUID "a0000000-0000-4000-8000-0000000000aa"

/* ---- helpers ------------------------------------------------------------- */

static GFile *
corpus_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "exchange", name, NULL);

  return g_file_new_for_path (path);
}

/* The file without its export time, which differs from run to run. */
static char *
contents_without_time (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GRegex) exported = g_regex_new (" exported=\"[^\"]*\"", 0, 0, NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_regex_replace_literal (exported, text, -1, 0, "", 0, NULL);
}

static void
write_text (const char *path,
            const char *text)
{
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static ZsRecord *
load_by_uuid (ZsStore    *store,
              GType       type,
              const char *uuid)
{
  gint64 id = zs_store_find_by_uuid (store, type, uuid);

  g_assert_cmpint (id, !=, 0);
  return zs_store_load (store, type, id, NULL);
}

static gint64
count_all (ZsStore *store,
           GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

/* ---- the schema ----------------------------------------------------------- */

static void
test_fully_filled_export_validates (void)
{
  g_autofree char *db = zs_test_db_path ("filled");
  g_autofree char *out = zs_test_scratch_path ("filled.xml");
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange.xsd", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(ZsStore) store = zs_store_open (db, NULL);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  gint64 n_records = 0;

  /* Every field of every record type has a value: the schema must know them all. */
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(ZsRecord) record = g_object_new (types[t], NULL);

      zs_test_fill_record (store, record, t * 100);
      g_assert_true (zs_store_save (store, record, NULL));
    }
  /* Attachments are not exported (their bytes are not in the format). */
  for (guint t = 0; t < n_types; t++)
    if (types[t] != ZS_TYPE_ATTACHMENT)
      n_records += count_all (store, types[t]);

  zs_test_export_or_fail (store, out, NULL);
  {
    /* Amounts to 0.01 万元, in format version 2. */
    g_autofree char *text = NULL;
    g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "format-version=\"2\""));
    g_assert_true (g_regex_match_simple ("<planned-investment>\\d+\\.\\d\\d</planned-investment>", text, 0, 0));
  }

  /* The schema compiled into the program accepts it… */
  report = zs_database_validate_exchange (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
  g_assert_cmpuint (zs_import_report_get_n_records (report), ==, n_records);

  /* …and so does libxml2's own tool, reading data/exchange.xsd. */
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", "--schema", xsd, out, NULL };
      int status = -1;

      g_autofree char *errors = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                   NULL, NULL, NULL, &errors, &status, NULL));
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("xmllint refuses the export: %s", errors);
    }
}

/* ---- round trip ----------------------------------------------------------- */

static void
test_roundtrip (void)
{
  g_autoptr(ZsStore) first = zs_test_open_seeded ("roundtrip-a");
  g_autoptr(ZsStore) second = zs_test_open_seeded ("roundtrip-b");
  g_autofree char *out_a = zs_test_scratch_path ("a.xml");
  g_autofree char *out_b = zs_test_scratch_path ("b.xml");
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autoptr(ZsImportReport) report = NULL;
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  /* The demo, and a record of every type with every field set. */
  g_assert_true (zs_database_load_demo (first, NULL));
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(ZsRecord) record = g_object_new (types[t], NULL);

      zs_test_fill_record (first, record, 7 + t);
      g_assert_true (zs_store_save (first, record, NULL));
    }

  zs_test_export_or_fail (first, out_a, NULL);
  report = zs_test_preview_or_fail (second, out_a);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), >, 300);
  zs_test_apply_or_fail (second, out_a, report);

  /* The same records with the same values, down to UUIDs and times. */
  zs_test_export_or_fail (second, out_b, NULL);
  text_a = contents_without_time (out_a);
  text_b = contents_without_time (out_b);
  g_assert_cmpstr (text_a, ==, text_b);

  /* Attachments stay home: the format does not carry their bytes yet. */
  for (guint t = 0; t < n_types; t++)
    if (types[t] == ZS_TYPE_ATTACHMENT)
      g_assert_cmpint (count_all (second, types[t]), ==, 0);
    else
      g_assert_cmpint (count_all (first, types[t]), ==, count_all (second, types[t]));
}

/* 1500.55 万元 leaves as "1500.55" and comes back as 150055 hundredths. */
static void
test_roundtrip_decimal_amount (void)
{
  g_autoptr(ZsStore) first = zs_test_open_seeded ("decimal-a");
  g_autoptr(ZsStore) second = zs_test_open_seeded ("decimal-b");
  g_autofree char *out = zs_test_scratch_path ("decimal.xml");
  g_autofree char *text = NULL;
  g_autoptr(ZsRecord) project = ZS_RECORD (zs_test_new_project (first, "小数金额项目", "某公司", ZS_STAGE_SIGNED));
  g_autoptr(ZsRecord) back = NULL;
  g_autoptr(ZsImportReport) report = NULL;

  zs_record_set_int (project, ZS_PROJECT_PLANNED_INVESTMENT, 150055);
  g_assert_true (zs_store_save (first, project, NULL));
  zs_test_export_or_fail (first, out, NULL);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<planned-investment>1500.55</planned-investment>"));

  report = zs_test_preview_or_fail (second, out);
  g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED), ==, 0);
  zs_test_apply_or_fail (second, out, report);
  back = zs_store_load (second, ZS_TYPE_PROJECT,
                        zs_store_find_by_uuid (second, ZS_TYPE_PROJECT, zs_record_get_uuid (project)), NULL);
  g_assert_nonnull (back);
  g_assert_cmpint (zs_record_get_int (back, ZS_PROJECT_PLANNED_INVESTMENT), ==, 150055);
}

/* ---- hostile and broken files --------------------------------------------- */

typedef struct {
  const char *file;
  int         line;      /* 0: any line; -1: none (the file is not read) */
  const char *reason;
} BadFile;

static const BadFile bad_files[] = {
  { "truncated.xml", 12, "cut short" },
  { "wrong-namespace.xml", 2, "not a Zhaoshang exchange file" },
  { "wrong-root.xml", 2, "not a Zhaoshang exchange file" },
  { "unknown-version.xml", 2, "format version “3” is not supported" },
  { "external-entity.xml", 2, "document type declarations and entities are not allowed" },
  { "entity-bomb.xml", 2, "document type declarations and entities are not allowed" },
  { "external-dtd.xml", 2, "document type declarations and entities are not allowed" },
  { "deep-nesting.xml", 4, "nested too deeply" },
  { "missing-required.xml", 13, "Missing child element" },
  { "invalid-date.xml", 13, "is not a valid date: “2024-02-30”" },
  { "negative-amount.xml", 12, "must not be negative" },
  { "huge-amount.xml", 12, "must not be more than 1000000000" },
  { "amount-three-decimals.xml", 12, "1500.555" },
  { "duplicate-uuid.xml", 15, "is already on line 8" },
  { "dangling-reference.xml", 8, "neither in this file nor in the database" },
  { "invalid-utf8.xml", 4, "not UTF-8" },
  { "gbk-declared.xml", 1, "declares the encoding “GBK”" },
  { "utf16.xml", 1, "UTF-16" },
  { "unknown-record.xml", 8, "not a kind of record" },
  { "unknown-field.xml", 14, "has no field <budget>" },
  { "wrong-order.xml", 9, "<unit> must come before the <project> records" },
  { "bad-enum.xml", 11, "has no value “won”" },
  { "date-order.xml", 8, "must not be earlier than" },
  { "refers-to-refused.xml", 8, "and 1 more refused records" },
  { "empty.xml", 1, "the file is empty" },
  { "not-xml.xml", 1, "not an XML file" },
  { "invalid-uuid.xml", 3, "needs a uuid attribute" },
  { "text-outside-field.xml", 6, "text outside a field" },
  { "control-character.xml", 4, "not UTF-8 text or not allowed" },
  { "bad-timestamp.xml", 3, "needs an updated attribute" },
  { "empty-required-text.xml", 3, "must not be empty" },
  /* A UTF-8 file labelled ISO-8859-1 past the first kilobyte would import
   * with every Chinese text garbled. */
  { "encoding-declared-late.xml", 1, "declares the encoding “ISO-8859-1”" },
  /* Line numbers as an editor shows them, whatever ends the lines. */
  { "cr-line-ends.xml", 11, "has no value “won”" },
  { "cdata-between-records.xml", 9, "text outside a field" },
  /* More after the root is not a file cut short. */
  { "two-roots.xml", 16, "more after the end of the document (the </exchange> on line 15)" },
  { "trailing-text.xml", 16, "more after the end of the document" },
  { "trailing-element.xml", 17, "more after the end of the document" },
  { "nul-after-root.xml", 16, "more after the end of the document" },
  /* What /dev/zero gives: no text, and no UTF-16 either. */
  { "zero-bytes.xml", 1, "starts with zero bytes" },
  { "too-many-attributes.xml", 3, "<unit> has more than 64 attributes" },
  /* A UUID names one record, whatever its type. */
  { "uuid-on-two-types.xml", 11, "is already on line 8" },
  /* What the write would refuse is refused by the preview, with its line. */
  { "funds-below-zero.xml", 20, "would be 2000 ten thousand yuan below zero" },
  /* Shown, not sent to the terminal. */
  { "c1-control-character.xml", 11, "has no value “signed<U+009B>31m”" },
  { "zero-width-name.xml", 3, "“Unit name” must not be empty" },
};

/* Previews and, if the preview lets it, applies @file; returns the error. */
static GError *
try_import (const char            *db_path,
            GFile                 *file,
            const ZsImportOptions *options)
{
  g_autoptr(ZsStore) store = zs_store_open (db_path, NULL);
  g_autoptr(ZsImportReport) report = NULL;
  GError *error = NULL;

  report = zs_exchange_preview (store, file, options, NULL, NULL, NULL, &error);
  if (report != NULL)
    {
      g_assert_no_error (error);
      g_assert_false (zs_import_report_can_apply (report));
      g_assert_false (zs_exchange_apply (store, file, report, options, NULL, NULL, NULL, &error));
    }
  g_assert_nonnull (error);
  return error;
}

/* Imports @file in one pass, as the command line does; returns the error. */
static GError *
try_import_once (const char            *db_path,
                 GFile                 *file,
                 const ZsImportOptions *options)
{
  g_autoptr(ZsStore) store = zs_store_open (db_path, NULL);
  g_autoptr(ZsImportReport) report = NULL;
  GError *error = NULL;

  g_assert_false (zs_exchange_import_file (store, file, options, NULL, NULL, NULL, &report, &error));
  g_assert_nonnull (error);
  return error;
}

static void
assert_refused (GFile                 *file,
                const ZsImportOptions *options,
                int                    line,
                const char            *reason)
{
  g_autofree char *db = zs_test_db_path ("bad");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_object_unref (zs_test_open_seeded ("bad-seed-only"));
  {
    g_autoptr(ZsStore) store = zs_database_open (db, NULL);
  }
  before = zs_test_hash_file (db);

  /* The clerk's preview and the command line's one pass say the same. */
  for (guint once = 0; once < 2; once++)
    {
      g_autoptr(GError) error = once ? try_import_once (db, file, options) : try_import (db, file, options);

      g_test_message ("%s: %s", once ? "one pass" : "preview", error->message);
      g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
      if (line > 0)
        {
          g_autofree char *where = g_strdup_printf ("line %d:", line);

          if (strstr (error->message, where) == NULL)
            g_error ("expected “%s” in “%s”", where, error->message);
        }
      else if (line == 0 && strstr (error->message, "line ") == NULL)
        g_error ("expected a line number in “%s”", error->message);
      if (strstr (error->message, reason) == NULL)
        g_error ("expected “%s” in “%s”", reason, error->message);

      /* Byte for byte what it was. */
      after = zs_test_hash_file (db);
      g_assert_cmpstr (before, ==, after);
      g_clear_pointer (&after, g_free);
    }
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *name = g_build_filename ("bad", bad->file, NULL);
  g_autoptr(GFile) file = corpus_file (name);

  assert_refused (file, NULL, bad->line, bad->reason);
}

static void
test_limit_text_length (void)
{
  g_autofree char *path = zs_test_scratch_path ("long.xml");
  g_autoptr(GString) text = g_string_new (HEAD "  <unit uuid=\"" TOWN_UUID "\" updated=\"2024-10-01T08:00:00Z\">\n    <name>");
  g_autoptr(GFile) file = NULL;

  for (guint i = 0; i < ZS_EXCHANGE_MAX_TEXT_LENGTH / 3 + 10; i++)
    g_string_append (text, "区");
  g_string_append (text, "</name>\n  </unit>\n</exchange>\n");
  write_text (path, text->str);
  file = g_file_new_for_path (path);

  assert_refused (file, NULL, 4, "the most a field may have");
}

static void
test_limit_file_size (void)
{
  g_autoptr(GFile) file = corpus_file ("town.xml");
  ZsImportOptions options = { .max_file_size = 1000 };

  /* A good file, over a (lowered) size limit. */
  assert_refused (file, &options, -1, "an exchange file may have");
}

/* ---- dry run and merging --------------------------------------------------- */

static void
test_preview_changes_nothing (void)
{
  g_autofree char *db = zs_test_db_path ("dry-run");
  g_autoptr(GFile) town = corpus_file ("town.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(ZsStore) store = zs_database_open (db, NULL);
  }
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(ZsImportReport) report = zs_exchange_preview (store, town, NULL, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    /* unit, person, 2 projects, stage event, obstacle, update */
    g_assert_cmpuint (zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_ADDED), ==, 7);
    g_assert_cmpuint (zs_import_report_get_type_count (report, ZS_TYPE_PROJECT, ZS_IMPORT_OUTCOME_ADDED), ==, 2);
    g_assert_cmpstr (zs_import_report_get_header (report, "office"), ==, "寒亭区投资促进局");
    g_assert_cmpstr (zs_import_report_get_header (report, "filter"), ==, "寒亭区的项目");
    g_assert_cmpint (count_all (store, ZS_TYPE_PROJECT), ==, 0);
  }
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

static void
write_town_unit (const char *path,
                 const char *updated,
                 const char *name)
{
  g_autofree char *text = g_strdup_printf (HEAD "  <unit uuid=\"" TOWN_UUID "\" updated=\"%s\">\n"
                                           "    <name>%s</name>\n    <kind>town</kind>\n  </unit>\n</exchange>\n",
                                           updated, name);

  write_text (path, text);
}

static ZsImportReport *
import_town_unit (ZsStore    *store,
                  const char *updated,
                  const char *name)
{
  g_autofree char *path = zs_test_scratch_path ("unit.xml");
  ZsImportReport *report;

  write_town_unit (path, updated, name);
  report = zs_test_preview_or_fail (store, path);
  zs_test_apply_or_fail (store, path, report);
  return report;
}

static const char *
town_name (ZsStore *store)
{
  g_autoptr(ZsRecord) unit = load_by_uuid (store, ZS_TYPE_UNIT, TOWN_UUID);

  return g_intern_string (zs_record_get_string (unit, ZS_UNIT_NAME));
}

static void
edit_town_here (ZsStore    *store,
                const char *name)
{
  g_autoptr(ZsRecord) unit = load_by_uuid (store, ZS_TYPE_UNIT, TOWN_UUID);

  zs_record_set_string (unit, ZS_UNIT_NAME, name);
  g_assert_true (zs_store_save (store, unit, NULL));
}

static guint
count_of (ZsImportReport  *report,
          ZsImportOutcome  outcome)
{
  return zs_import_report_get_count (report, outcome);
}

static void
test_merge_one_side_changed (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("merge-one-side");
  g_autoptr(ZsImportReport) first = import_town_unit (store, "2024-10-01T08:00:00Z", "寒亭区");
  g_autoptr(ZsImportReport) theirs = NULL;
  g_autoptr(ZsImportReport) ours = NULL;
  g_autoptr(ZsImportReport) again = NULL;

  g_assert_cmpuint (count_of (first, ZS_IMPORT_OUTCOME_ADDED), ==, 1);

  /* Only they changed it: it moves, no question asked. */
  theirs = import_town_unit (store, "2024-10-02T08:00:00Z", "寒亭区（经济区）");
  g_assert_cmpuint (count_of (theirs, ZS_IMPORT_OUTCOME_UPDATED), ==, 1);
  g_assert_cmpuint (count_of (theirs, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
  g_assert_cmpstr (town_name (store), ==, "寒亭区（经济区）");

  /* Only we changed it since: their old copy changes nothing. */
  edit_town_here (store, "寒亭区人民政府");
  ours = import_town_unit (store, "2024-10-02T08:00:00Z", "寒亭区（经济区）");
  g_assert_cmpuint (count_of (ours, ZS_IMPORT_OUTCOME_UNCHANGED), ==, 1);
  g_assert_cmpuint (count_of (ours, ZS_IMPORT_OUTCOME_CONFLICT), ==, 0);
  g_assert_cmpstr (town_name (store), ==, "寒亭区人民政府");

  /* The same file once more: nothing to do. */
  again = import_town_unit (store, "2024-10-02T08:00:00Z", "寒亭区（经济区）");
  g_assert_cmpuint (count_of (again, ZS_IMPORT_OUTCOME_UNCHANGED), ==, 1);
}

static void
test_merge_conflict_newer_wins (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("merge-newer");
  g_autoptr(ZsImportReport) first = import_town_unit (store, "2024-10-01T08:00:00Z", "寒亭区");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsImportConflict) conflict = NULL;
  g_autofree char *path = zs_test_scratch_path ("newer.xml");

  /* Both sides changed it; theirs is newer than our edit of today. */
  edit_town_here (store, "寒亭区人民政府");
  write_town_unit (path, "2099-01-01T00:00:00Z", "寒亭区（新）");
  report = zs_test_preview_or_fail (store, path);
  g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 1);
  conflict = g_list_model_get_item (zs_import_report_get_conflicts (report), 0);
  g_assert_cmpstr (zs_import_conflict_get_title (conflict), ==, "寒亭区（新）");
  g_assert_cmpstr (zs_import_conflict_get_local_title (conflict), ==, "寒亭区人民政府");
  g_assert_cmpint (zs_import_conflict_get_line (conflict), ==, 3);
  g_assert_true (zs_import_conflict_get_take_theirs (conflict));

  zs_test_apply_or_fail (store, path, report);
  g_assert_cmpstr (town_name (store), ==, "寒亭区（新）");
}

static void
test_merge_conflict_choice_honoured (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("merge-choice");
  g_autoptr(ZsImportReport) first = import_town_unit (store, "2024-10-01T08:00:00Z", "寒亭区");
  g_autofree char *newer = zs_test_scratch_path ("newer.xml");
  g_autofree char *older = zs_test_scratch_path ("older.xml");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsImportReport) report2 = NULL;
  g_autoptr(ZsImportConflict) conflict = NULL;

  /* Theirs is newer, but the clerk keeps ours. */
  edit_town_here (store, "寒亭区人民政府");
  write_town_unit (newer, "2099-01-01T00:00:00Z", "寒亭区（新）");
  report = zs_test_preview_or_fail (store, newer);
  conflict = g_list_model_get_item (zs_import_report_get_conflicts (report), 0);
  zs_import_conflict_set_take_theirs (conflict, FALSE);
  zs_test_apply_or_fail (store, newer, report);
  g_assert_cmpstr (town_name (store), ==, "寒亭区人民政府");

  /* Theirs is older than ours, and the clerk takes it all the same. */
  write_town_unit (older, "2000-01-01T00:00:00Z", "寒亭区（旧）");
  report2 = zs_test_preview_or_fail (store, older);
  g_assert_cmpuint (count_of (report2, ZS_IMPORT_OUTCOME_CONFLICT), ==, 1);
  zs_import_report_set_all_take_theirs (report2, TRUE);
  zs_test_apply_or_fail (store, older, report2);
  g_assert_cmpstr (town_name (store), ==, "寒亭区（旧）");
}

static void
test_merge_never_imported_is_conflict (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("merge-unknown");
  g_autoptr(ZsUnit) unit = zs_unit_new ();
  g_autofree char *path = zs_test_scratch_path ("unknown.xml");
  g_autoptr(ZsImportReport) report = NULL;

  /* Our own record, never from a file: nobody can tell who changed it. */
  zs_record_set_uuid (ZS_RECORD (unit), TOWN_UUID);
  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, "寒亭区");
  g_assert_true (zs_store_save (store, ZS_RECORD (unit), NULL));
  write_town_unit (path, "2000-01-01T00:00:00Z", "寒亭区（旧）");
  report = zs_test_preview_or_fail (store, path);
  g_assert_cmpuint (count_of (report, ZS_IMPORT_OUTCOME_CONFLICT), ==, 1);
  zs_test_apply_or_fail (store, path, report);
  /* Ours is newer: kept by default. */
  g_assert_cmpstr (town_name (store), ==, "寒亭区");
}

static void
test_apply_refuses_changed_file (void)
{
  g_autofree char *db = zs_test_db_path ("changed");
  g_autofree char *path = zs_test_scratch_path ("changing.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsStore) store = zs_database_open (db, NULL);
  }
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (path);

    write_town_unit (path, "2024-10-01T08:00:00Z", "寒亭区");
    report = zs_test_preview_or_fail (store, path);
    write_town_unit (path, "2024-10-01T08:00:00Z", "寒亭区（改过）");
    g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
    g_assert_error (error, ZS_ERROR, ZS_ERROR_FAILED);
    g_assert_nonnull (strstr (error->message, "changed after it was checked"));
  }
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

/* ---- cancelling and the asynchronous job ------------------------------------- */

static void
test_export_cancelled (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("cancel");
  g_autofree char *out = zs_test_scratch_path ("cancelled.xml");
  g_autofree char *partial = g_strconcat (out, ".part", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_database_load_demo (store, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (zs_exchange_export_full (store, out, NULL, cancellable, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
}

/* A large import rebuilds the search index once, at the end. */
static void
test_bulk_write_keeps_search (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("bulk");
  g_autoptr(ZsProject) kept = zs_project_new ();
  g_autoptr(ZsProject) dropped = zs_project_new ();
  g_autoptr(ZsProject) later = zs_project_new ();

  g_assert_true (zs_store_begin (store, NULL));
  g_assert_true (zs_store_bulk_begin (store, NULL));
  zs_record_set_string (ZS_RECORD (kept), ZS_PROJECT_NAME, "寒亭区磁悬浮动力项目");
  g_assert_true (zs_store_save_full (store, ZS_RECORD (kept), ZS_SAVE_IMPORT, NULL));
  g_assert_true (zs_store_bulk_end (store, NULL));
  g_assert_true (zs_store_commit (store, NULL));
  g_assert_cmpint (zs_test_count_found (store, "磁悬浮动力"), ==, 1);

  /* Given up half-way: the index keeps working for what comes after. */
  g_assert_true (zs_store_begin (store, NULL));
  g_assert_true (zs_store_bulk_begin (store, NULL));
  zs_record_set_string (ZS_RECORD (dropped), ZS_PROJECT_NAME, "寒亭区无人机项目");
  g_assert_true (zs_store_save_full (store, ZS_RECORD (dropped), ZS_SAVE_IMPORT, NULL));
  zs_store_rollback (store);
  zs_record_set_string (ZS_RECORD (later), ZS_PROJECT_NAME, "寒亭区预制菜产业园");
  g_assert_true (zs_store_save (store, ZS_RECORD (later), NULL));
  g_assert_cmpint (zs_test_count_found (store, "无人机"), ==, 0);
  g_assert_cmpint (zs_test_count_found (store, "预制菜产业"), ==, 1);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_import_cancelled_midway (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("cancel-source");
  g_autofree char *db = zs_test_db_path ("cancel-target");
  g_autofree char *out = zs_test_scratch_path ("demo.xml");
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (zs_database_load_demo (source, NULL));
  zs_test_export_or_fail (source, out, NULL);
  {
    g_autoptr(ZsStore) target = zs_database_open (db, NULL);
  }
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) target = zs_store_open (db, NULL);

    /* Stopped by the clerk once the writing has begun: nothing stays. */
    report = zs_test_preview_or_fail (target, out);
    g_assert_false (zs_exchange_apply (target, file, report, NULL, cancellable, cancel_on_progress, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpint (count_all (target, ZS_TYPE_PROJECT), ==, 0);
  }
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

static void
on_job_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
on_changed (ZsStore *store,
            GType    type,
            gint64   id,
            gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_job_round_trip (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("job-source");
  g_autoptr(ZsStore) target = zs_test_open_seeded ("job-target");
  g_autoptr(ZsExchangeJob) exporter = zs_exchange_job_new (source);
  g_autoptr(ZsExchangeJob) importer = zs_exchange_job_new (target);
  g_autofree char *out = zs_test_scratch_path ("job.xml");
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(ZsRecord) chain = NULL;
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *result = NULL;
  guint64 n_records = 0;
  guint changes = 0;

  g_assert_true (zs_database_load_demo (source, NULL));
  /* A live object of the target that the import will change. */
  chain = zs_test_load_named (target, ZS_TYPE_CHAIN, ZS_CHAIN_NAME, "高端化工");
  g_assert_null (zs_record_get_string (chain, ZS_CHAIN_CHAIN_LEADER));
  g_signal_connect (target, "changed", G_CALLBACK (on_changed), &changes);

  zs_exchange_job_export_async (exporter, out, NULL, NULL, NULL, on_job_done, &result);
  g_assert_true (zs_exchange_job_export_finish (exporter, wait_for (&result), &n_records, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_records, >, 300);
  g_clear_object (&result);

  zs_exchange_job_preview_async (importer, file, NULL, on_job_done, &result);
  report = zs_exchange_job_preview_finish (importer, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zs_import_report_get_n_records (report), ==, n_records);
  g_clear_object (&result);

  zs_exchange_job_apply_async (importer, file, report, NULL, on_job_done, &result);
  g_assert_true (zs_exchange_job_apply_finish (importer, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* The window's connection sees what the worker's connection wrote. */
  g_assert_nonnull (zs_record_get_string (chain, ZS_CHAIN_CHAIN_LEADER));
  g_assert_cmpuint (changes, >, 0);
  g_assert_cmpfloat (zs_exchange_job_get_fraction (importer), ==, 1.0);
  g_assert_cmpint (count_all (target, ZS_TYPE_PROJECT), ==, count_all (source, ZS_TYPE_PROJECT));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange/schema/fully-filled-export-validates", test_fully_filled_export_validates);
  g_test_add_func ("/exchange/roundtrip/decimal-amount", test_roundtrip_decimal_amount);
  g_test_add_func ("/exchange/roundtrip", test_roundtrip);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/exchange/bad-file/%s", bad_files[i].file);

      g_test_add_data_func (name, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/exchange/limits/text-length", test_limit_text_length);
  g_test_add_func ("/exchange/limits/file-size", test_limit_file_size);
  g_test_add_func ("/exchange/preview/changes-nothing", test_preview_changes_nothing);
  g_test_add_func ("/exchange/merge/one-side-changed", test_merge_one_side_changed);
  g_test_add_func ("/exchange/merge/conflict-newer-wins", test_merge_conflict_newer_wins);
  g_test_add_func ("/exchange/merge/conflict-choice-honoured", test_merge_conflict_choice_honoured);
  g_test_add_func ("/exchange/merge/never-imported-is-conflict", test_merge_never_imported_is_conflict);
  g_test_add_func ("/exchange/apply/refuses-changed-file", test_apply_refuses_changed_file);
  g_test_add_func ("/exchange/export/cancelled", test_export_cancelled);
  g_test_add_func ("/exchange/import/cancelled-midway", test_import_cancelled_midway);
  g_test_add_func ("/exchange/import/bulk-write-keeps-search", test_bulk_write_keeps_search);
  g_test_add_func ("/exchange/job/round-trip", test_job_round_trip);

  return g_test_run ();
}
