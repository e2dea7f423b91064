/* test-exchange-supervision.c — 批示, 督办 items and replies in the exchange
 * format: a round trip, and the files that must be refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A refused file names the line and says why, and leaves the database
 * byte for byte as it was.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-database.h"
#include "zs-exchange.h"
#include "zs-test-util.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"1\" application-version=\"0.1.0\" " \
  "office=\"寒亭区投资促进局\" exported=\"2026-11-20T08:00:00Z\" filter=\"全部\">\n" \
  "  <unit uuid=\"a0000000-0000-4000-8000-000000000001\" updated=\"2026-10-01T08:00:00Z\">\n" \
  "    <name>寒亭区</name>\n    <kind>town</kind>\n    <position>20</position>\n  </unit>\n" \
  "  <project uuid=\"b0000000-0000-4000-8000-000000000001\" updated=\"2026-11-09T08:00:00Z\">\n" \
  "    <name>寒亭区新材料项目</name>\n    <unit>a0000000-0000-4000-8000-000000000001</unit>\n" \
  "    <stage>signed</stage>\n    <signing-date>2026-11-08</signing-date>\n  </project>\n"
/* HEAD is 13 lines: the first record after it starts on line 14. */
#define ITEM(uuid, owner) \
  "  <supervision uuid=\"" uuid "\" updated=\"2026-11-10T08:00:00Z\">\n" \
  "    <project>" owner "</project>\n    <task>协调解决用地指标</task>\n" \
  "    <unit>a0000000-0000-4000-8000-000000000001</unit>\n    <deadline>2026-11-30</deadline>\n" \
  "  </supervision>\n"

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
}

static void
assert_refused (const char *name,
                const char *text,
                int         line,
                const char *reason)
{
  g_autofree char *path = zs_test_scratch_path (name);
  g_autofree char *db = zs_test_db_path (name);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *where = g_strdup_printf ("line %d:", line);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  write_text (path, text);
  file = g_file_new_for_path (path);
  g_object_unref (zs_database_open (db, NULL));
  before = zs_test_hash_file (db);
  {
    g_autoptr(ZsStore) store = zs_store_open (db, NULL);
    g_autoptr(ZsImportReport) report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);

    if (report != NULL)
      {
        g_assert_false (zs_import_report_can_apply (report));
        g_assert_false (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
      }
  }
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_PARSE);
  if (strstr (error->message, where) == NULL)
    g_error ("expected “%s” in “%s”", where, error->message);
  if (strstr (error->message, reason) == NULL)
    g_error ("expected “%s” in “%s”", reason, error->message);
  after = zs_test_hash_file (db);
  g_assert_cmpstr (before, ==, after);
}

/* A 督办 item about a project neither in the file nor in the database. */
static void
test_unknown_owner (void)
{
  assert_refused ("unknown-owner.xml",
                  HEAD ITEM ("d0000000-0000-4000-8000-000000000001", "b0000000-0000-4000-8000-00000000dead") "</exchange>\n",
                  14, "neither in this file nor in the database");
}

/* A reply that names no item at all. */
static void
test_reply_without_item (void)
{
  assert_refused ("reply-without-item.xml",
                  HEAD "  <supervision-reply uuid=\"e0000000-0000-4000-8000-000000000001\" updated=\"2026-11-11T08:00:00Z\">\n"
                  "    <text>已对接</text>\n    <date>2026-11-11</date>\n  </supervision-reply>\n</exchange>\n",
                  17, "Missing child element");
}

/* A reply to an item that is not there. */
static void
test_reply_to_unknown_item (void)
{
  assert_refused ("reply-to-unknown.xml",
                  HEAD "  <supervision-reply uuid=\"e0000000-0000-4000-8000-000000000001\" updated=\"2026-11-11T08:00:00Z\">\n"
                  "    <supervision>d0000000-0000-4000-8000-00000000dead</supervision>\n"
                  "    <text>已对接</text>\n    <date>2026-11-11</date>\n  </supervision-reply>\n</exchange>\n",
                  14, "neither in this file nor in the database");
}

/* An instruction about nothing: the record's own rule, with its line. */
static void
test_instruction_without_owner (void)
{
  assert_refused ("instruction-no-owner.xml",
                  HEAD "  <instruction uuid=\"f0000000-0000-4000-8000-000000000001\" updated=\"2026-11-11T08:00:00Z\">\n"
                  "    <text>抓紧推进</text>\n    <author>李局长</author>\n    <date>2026-11-11</date>\n"
                  "  </instruction>\n</exchange>\n",
                  14, "Choose the project, lead or carrier the instruction is about");
}

/* A closed item's state without the day it was closed. */
static void
test_closed_without_date (void)
{
  assert_refused ("closed-no-date.xml",
                  HEAD "  <supervision uuid=\"d0000000-0000-4000-8000-000000000001\" updated=\"2026-11-10T08:00:00Z\">\n"
                  "    <project>b0000000-0000-4000-8000-000000000001</project>\n    <task>协调解决用地指标</task>\n"
                  "    <unit>a0000000-0000-4000-8000-000000000001</unit>\n    <deadline>2026-11-30</deadline>\n"
                  "    <state>closed</state>\n  </supervision>\n</exchange>\n",
                  14, "needs the date it was closed");
}

/* An item, its reply and an instruction, read into a fresh database:
 * the same texts, on the same project, the reply on its item. */
static void
test_roundtrip (void)
{
  g_autofree char *path = zs_test_scratch_path ("good.xml");
  g_autofree char *out = zs_test_scratch_path ("again.xml");
  g_autoptr(ZsStore) store = zs_test_open_seeded ("supervision-good");
  g_autoptr(ZsStore) second = zs_test_open_seeded ("supervision-again");
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(ZsImportReport) report2 = NULL;
  g_autoptr(ZsQuery) replies = zs_query_new (ZS_TYPE_SUPERVISION_REPLY);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) reply = NULL;
  g_autoptr(ZsRecord) item = NULL;
  g_autoptr(ZsRecord) owner = NULL;
  g_autoptr(GError) error = NULL;

  write_text (path, HEAD
              "  <instruction uuid=\"f0000000-0000-4000-8000-000000000001\" updated=\"2026-11-11T08:00:00Z\">\n"
              "    <project>b0000000-0000-4000-8000-000000000001</project>\n"
              "    <text>抓紧推进</text>\n    <author>李局长</author>\n    <date>2026-11-11</date>\n"
              "  </instruction>\n"
              ITEM ("d0000000-0000-4000-8000-000000000001", "b0000000-0000-4000-8000-000000000001")
              "  <supervision-reply uuid=\"e0000000-0000-4000-8000-000000000001\" updated=\"2026-11-11T08:00:00Z\">\n"
              "    <supervision>d0000000-0000-4000-8000-000000000001</supervision>\n"
              "    <text>已与自然资源局对接 &amp; 报批</text>\n    <author>张三</author>\n    <date>2026-11-11</date>\n"
              "  </supervision-reply>\n</exchange>\n");
  report = zs_test_preview_or_fail (store, path);
  zs_test_apply_or_fail (store, path, report);

  /* Out and in again: nothing lost on the way. */
  g_assert_true (zs_exchange_export_full (store, out, NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  report2 = zs_test_preview_or_fail (second, out);
  zs_test_apply_or_fail (second, out, report2);

  ids = zs_store_query (second, replies, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  reply = zs_store_load (second, ZS_TYPE_SUPERVISION_REPLY, g_array_index (ids, gint64, 0), &error);
  g_assert_cmpstr (zs_record_get_string (reply, ZS_SUPERVISION_REPLY_TEXT), ==, "已与自然资源局对接 & 报批");
  g_assert_cmpstr (zs_record_get_string (reply, ZS_SUPERVISION_REPLY_AUTHOR), ==, "张三");
  item = zs_store_load (second, ZS_TYPE_SUPERVISION, zs_record_get_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_uuid (item), ==, "d0000000-0000-4000-8000-000000000001");
  g_assert_cmpstr (zs_record_get_string (item, ZS_SUPERVISION_DEADLINE), ==, "2026-11-30");
  owner = zs_supervision_load_owner (second, item, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (owner, ZS_PROJECT_NAME), ==, "寒亭区新材料项目");
  {
    g_autoptr(ZsQuery) instructions = zs_query_new (ZS_TYPE_INSTRUCTION);

    g_assert_cmpint (zs_store_count (second, instructions, NULL), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange-supervision/roundtrip", test_roundtrip);
  g_test_add_func ("/exchange-supervision/unknown-owner", test_unknown_owner);
  g_test_add_func ("/exchange-supervision/reply-without-item", test_reply_without_item);
  g_test_add_func ("/exchange-supervision/reply-to-unknown-item", test_reply_to_unknown_item);
  g_test_add_func ("/exchange-supervision/instruction-without-owner", test_instruction_without_owner);
  g_test_add_func ("/exchange-supervision/closed-without-date", test_closed_without_date);
  return g_test_run ();
}
