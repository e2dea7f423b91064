/* test-exchange-attachments.c — attachments in the exchange format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Off by default; with the option, a file's bytes go out as base64 pieces
 * and come back byte for byte in another database, through the schema.
 * Hostile attachments refuse the file with the line and the reason: a
 * piece that is not base64, pieces over the receiving bureau's limit or
 * other than the size, no owner or two, a size with no pieces.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "zs-test-util.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"2\" office=\"寒亭区投资促进局\">\n" \
             "  <project uuid=\"" PROJECT_UUID "\" updated=\"2024-10-01T08:00:00Z\">\n" \
             "    <name>寒亭区新材料项目</name>\n" \
             "  </project>\n"
#define PROJECT_UUID "b0000000-0000-4000-8000-000000000001"
#define LEAD_UUID    "c0000000-0000-4000-8000-000000000001"
/* Line 6 of the file: the attachment's start. */
#define ATTACHMENT_START \
  "  <attachment uuid=\"a0000000-0000-4000-8000-000000000001\" updated=\"2024-10-02T08:00:00Z\">\n"
#define END "  </attachment>\n</exchange>\n"

/* @size bytes that differ from piece to piece, at @path. */
static GBytes *
write_bytes (const char *path,
             gsize       size)
{
  guchar *data = g_malloc (size);
  guint32 x = 2463534242u;

  for (gsize i = 0; i < size; i++)
    {
      x ^= x << 13, x ^= x >> 17, x ^= x << 5;
      data[i] = (guchar) x;
    }
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  return g_bytes_new_take (data, size);
}

static char *
export_to_file (ZsStore    *store,
                const char *name,
                gboolean    with_attachments)
{
  ZsExportOptions options = { NULL, NULL, NULL, FALSE, with_attachments };
  char *path = zs_test_scratch_path (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_exchange_export_full (store, path, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static gboolean
import_file (ZsStore     *store,
             const char  *path,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ZsImportReport) report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, error);

  if (report == NULL)
    return FALSE;
  g_assert_true (zs_import_report_can_apply (report));
  return zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, error);
}

static char *
contents_of (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_round_trip (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("exchange-attachments-source");
  g_autoptr(ZsStore) target = zs_test_open_seeded ("exchange-attachments-target");
  g_autoptr(ZsProject) project = zs_test_new_project (source, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  g_autofree char *contract = zs_test_scratch_path ("投资合同.pdf");
  /* Several store chunks and a part: several pieces, the last short. */
  g_autoptr(GBytes) bytes = write_bytes (contract, 2 * ZS_ATTACHMENT_CHUNK_SIZE + 777);
  g_autofree char *empty = zs_test_scratch_path ("空白.txt");
  g_autoptr(GBytes) no_bytes = write_bytes (empty, 0);
  g_autoptr(GFile) file = g_file_new_for_path (contract);
  g_autoptr(GFile) empty_file = g_file_new_for_path (empty);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autoptr(ZsAttachment) blank = NULL;
  g_autoptr(ZsAttachment) back = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *with_text = NULL;
  g_autofree char *without_text = NULL;
  g_autofree char *copy = zs_test_scratch_path ("copy.pdf");
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(GBytes) copied = NULL;
  gint64 id;

  zs_store_set_actor (source, "李晓梅");
  attachment = zs_store_attach_file (source, ZS_RECORD (project), file, NULL, &error);
  g_assert_no_error (error);
  blank = zs_store_attach_file (source, ZS_RECORD (project), empty_file, NULL, &error);
  g_assert_no_error (error);

  /* Off by default: no attachment in the file. */
  without = export_to_file (source, "without.xml", FALSE);
  without_text = contents_of (without);
  g_assert_null (strstr (without_text, "<attachment"));

  with = export_to_file (source, "with.xml", TRUE);
  with_text = contents_of (with);
  g_assert_nonnull (strstr (with_text, "<attachment"));
  g_assert_nonnull (strstr (with_text, "<piece>"));

  /* Into another database, through the schema: the same bytes, owner and who. */
  g_assert_true (import_file (target, with, &error));
  g_assert_no_error (error);
  id = zs_store_find_by_uuid (target, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (ZS_RECORD (attachment)));
  g_assert_cmpint (id, >, 0);
  back = zs_store_load (target, ZS_TYPE_ATTACHMENT, id, &error);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (back), ZS_ATTACHMENT_ADDED_BY), ==, "李晓梅");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (back), ZS_ATTACHMENT_PROJECT_ID), ==,
                   zs_store_find_by_uuid (target, ZS_TYPE_PROJECT, zs_record_get_uuid (ZS_RECORD (project))));
  g_assert_true (zs_store_attachment_save_as (target, back, copy_file, NULL, &error));
  g_assert_no_error (error);
  copied = g_file_load_bytes (copy_file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (copied, bytes));
  g_assert_cmpint (zs_store_find_by_uuid (target, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (ZS_RECORD (blank))), >, 0);
  g_assert_cmpint (zs_store_attachments_total (target, NULL), ==, g_bytes_get_size (bytes));

  /* The same file again: nothing changes, the bytes stay. */
  g_assert_true (import_file (target, with, &error));
  g_assert_no_error (error);
  g_clear_pointer (&copied, g_bytes_unref);
  g_assert_true (zs_store_attachment_save_as (target, back, copy_file, NULL, &error));
  copied = g_file_load_bytes (copy_file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (copied, bytes));

  g_unlink (contract);
  g_unlink (empty);
  g_unlink (copy);
  g_unlink (with);
  g_unlink (without);
}

/* A unit's reply to a 督办 item with its file: exported after every other
 * record, as data/exchange.xsd says (xmllint agrees), and imported with
 * the reply as its owner and the same bytes. */
static void
test_reply_attachment (void)
{
  g_autoptr(ZsStore) source = zs_test_open_seeded ("exchange-reply-source");
  g_autoptr(ZsStore) target = zs_test_open_seeded ("exchange-reply-target");
  g_autoptr(ZsProject) project = zs_test_new_project (source, "绿电氢氨醇一体化项目", "某能源集团", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) item = ZS_RECORD (zs_supervision_new ());
  g_autoptr(ZsRecord) reply = ZS_RECORD (zs_supervision_reply_new ());
  g_autoptr(ZsRecord) instruction = ZS_RECORD (zs_instruction_new ());
  g_autofree char *photo = zs_test_scratch_path ("现场照片.jpg");
  g_autoptr(GBytes) bytes = write_bytes (photo, ZS_ATTACHMENT_CHUNK_SIZE + 99);
  g_autoptr(GFile) file = g_file_new_for_path (photo);
  g_autofree char *copy = zs_test_scratch_path ("copy.jpg");
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "exchange.xsd", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autoptr(ZsAttachment) back = NULL;
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *with = NULL;
  gint64 id;

  zs_record_set_int (instruction, ZS_INSTRUCTION_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (instruction, ZS_INSTRUCTION_TEXT, "尽快协调用地");
  zs_record_set_string (instruction, ZS_INSTRUCTION_AUTHOR, "李局长");
  zs_record_set_string (instruction, ZS_INSTRUCTION_DATE, "2026-11-02");
  g_assert_true (zs_store_save (source, instruction, &error));
  zs_record_set_int (item, ZS_SUPERVISION_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_string (item, ZS_SUPERVISION_TASK, "协调解决用地指标");
  zs_record_set_int (item, ZS_SUPERVISION_UNIT_ID, zs_test_nth_id (source, ZS_TYPE_UNIT, 0));
  zs_record_set_string (item, ZS_SUPERVISION_DEADLINE, "2026-11-30");
  g_assert_true (zs_store_save (source, item, &error));
  zs_record_set_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID, zs_record_get_id (item));
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_TEXT, "已办结，现场照片见附件");
  zs_record_set_string (reply, ZS_SUPERVISION_REPLY_DATE, "2026-11-10");
  g_assert_true (zs_store_save (source, reply, &error));
  g_assert_no_error (error);
  attachment = zs_store_attach_file (source, reply, file, NULL, &error);
  g_assert_no_error (error);

  with = export_to_file (source, "reply.xml", TRUE);
  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", "--schema", xsd, with, NULL };
      g_autofree char *errors = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                   NULL, NULL, NULL, &errors, &status, NULL));
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("xmllint refuses the export: %s", errors);
    }

  g_assert_true (import_file (target, with, &error));
  g_assert_no_error (error);
  id = zs_store_find_by_uuid (target, ZS_TYPE_ATTACHMENT, zs_record_get_uuid (ZS_RECORD (attachment)));
  g_assert_cmpint (id, >, 0);
  back = zs_store_load (target, ZS_TYPE_ATTACHMENT, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (back), ZS_ATTACHMENT_SUPERVISION_REPLY_ID), ==,
                   zs_store_find_by_uuid (target, ZS_TYPE_SUPERVISION_REPLY, zs_record_get_uuid (reply)));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (back), ZS_ATTACHMENT_SUPERVISION_REPLY_ID), >, 0);
  g_assert_true (zs_store_attachment_save_as (target, back, copy_file, NULL, &error));
  g_assert_no_error (error);
  copied = g_file_load_bytes (copy_file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (copied, bytes));

  g_unlink (photo);
  g_unlink (copy);
  g_unlink (with);
}

/* An export of some projects carries their attachments and no others. */
static void
test_filtered (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("exchange-attachments-filtered");
  g_autoptr(ZsProject) chosen = zs_test_new_project (store, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  g_autoptr(ZsProject) other = zs_test_new_project (store, "高端化工项目", "某化工集团", ZS_STAGE_SIGNED);
  g_autofree char *source = zs_test_scratch_path ("纪要.txt");
  g_autoptr(GBytes) bytes = write_bytes (source, 1000);
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(ZsAttachment) mine = zs_store_attach_file (store, ZS_RECORD (chosen), file, NULL, NULL);
  g_autoptr(ZsAttachment) theirs = zs_store_attach_file (store, ZS_RECORD (other), file, NULL, NULL);
  g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
  ZsExportOptions options = { NULL, projects, "一个项目", FALSE, TRUE };
  g_autofree char *path = zs_test_scratch_path ("filtered.xml");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (mine);
  g_assert_nonnull (theirs);
  zs_query_add_string (projects, ZS_PROJECT_NAME, ZS_QUERY_EQ, "新能源汽车电驱项目");
  g_assert_true (zs_exchange_export_full (store, path, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = contents_of (path);
  g_assert_nonnull (strstr (text, zs_record_get_uuid (ZS_RECORD (mine))));
  g_assert_null (strstr (text, zs_record_get_uuid (ZS_RECORD (theirs))));
  g_unlink (path);
  g_unlink (source);
}

/* Imports @text into a fresh database and returns the refusal. */
static GError *
refusal_of (const char *text,
            int         limit_mb)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("exchange-attachments-hostile");
  g_autofree char *path = zs_test_scratch_path ("hostile.xml");
  GError *error = NULL;

  if (limit_mb > 0)
    g_assert_true (zs_settings_set_int (store, ZS_SETTING_ATTACHMENT_MAX_MB, limit_mb, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (import_file (store, path, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  /* Nothing of it stayed. */
  g_assert_cmpint (zs_store_count_all (store, ZS_TYPE_ATTACHMENT, NULL), ==, 0);
  g_assert_cmpint (zs_store_count_all (store, ZS_TYPE_PROJECT, NULL), ==, 0);
  g_unlink (path);
  return error;
}

static void
assert_refused (const char *text,
                int         limit_mb,
                const char *line,
                const char *reason)
{
  g_autoptr(GError) error = refusal_of (text, limit_mb);

  if (strstr (error->message, line) == NULL || strstr (error->message, reason) == NULL)
    g_error ("expected “%s” and “%s” in “%s”", line, reason, error->message);
}

static void
test_hostile (void)
{
  g_autofree char *big = NULL;
  g_autoptr(GString) pieces = g_string_new (NULL);
  g_autofree guchar *zeros = g_malloc0 (ZS_EXCHANGE_PIECE_SIZE);

  /* Not base64: letters outside the alphabet, and a group cut short. */
  assert_refused (HEAD ATTACHMENT_START
                  "    <project>" PROJECT_UUID "</project>\n"
                  "    <name>合同.pdf</name>\n"
                  "    <size>3</size>\n"
                  "    <piece>@@@@</piece>\n"
                  END, 0, "line 10", "is not base64");
  assert_refused (HEAD ATTACHMENT_START
                  "    <project>" PROJECT_UUID "</project>\n"
                  "    <name>合同.pdf</name>\n"
                  "    <size>3</size>\n"
                  "    <piece>QUJD\nQUJ</piece>\n"
                  END, 0, "line 10", "is not base64");
  /* Pieces the size does not account for. */
  assert_refused (HEAD ATTACHMENT_START
                  "    <project>" PROJECT_UUID "</project>\n"
                  "    <name>合同.pdf</name>\n"
                  "    <size>100</size>\n"
                  "    <piece>QUJD</piece>\n"
                  END, 0, "line 6", "is 100 bytes by its <size>, but its pieces hold 3 bytes");
  /* A size with no bytes. */
  assert_refused (HEAD ATTACHMENT_START
                  "    <project>" PROJECT_UUID "</project>\n"
                  "    <name>合同.pdf</name>\n"
                  "    <size>3</size>\n"
                  END, 0, "line 6", "its bytes are missing");
  /* No owner, and two. */
  assert_refused (HEAD ATTACHMENT_START
                  "    <name>合同.pdf</name>\n"
                  "    <size>3</size>\n"
                  "    <piece>QUJD</piece>\n"
                  END, 0, "line 6", "must belong to one record");
  assert_refused ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<exchange xmlns=\"urn:zhaoshang:exchange:1\" format-version=\"2\">\n"
                  "  <lead uuid=\"" LEAD_UUID "\" updated=\"2024-10-01T08:00:00Z\">\n"
                  "    <name>某新材料公司扩产</name>\n"
                  "    <received-date>2024-09-30</received-date>\n"
                  "  </lead>\n"
                  "  <project uuid=\"" PROJECT_UUID "\" updated=\"2024-10-01T08:00:00Z\">\n"
                  "    <name>寒亭区新材料项目</name>\n"
                  "  </project>\n"
                  ATTACHMENT_START
                  "    <project>" PROJECT_UUID "</project>\n"
                  "    <lead>" LEAD_UUID "</lead>\n"
                  "    <name>合同.pdf</name>\n"
                  "    <size>3</size>\n"
                  "    <piece>QUJD</piece>\n"
                  END, 0, "line 10", "must belong to one record");

  /* Over the receiving bureau's limit of 1 MB: 9 pieces of 128 KiB. */
  big = g_base64_encode (zeros, ZS_EXCHANGE_PIECE_SIZE);
  for (guint i = 0; i < 9; i++)
    g_string_append_printf (pieces, "    <piece>%s</piece>\n", big);
  {
    g_autofree char *text = g_strconcat (HEAD ATTACHMENT_START
                                         "    <project>" PROJECT_UUID "</project>\n"
                                         "    <name>宣传片.mp4</name>\n"
                                         "    <size>1179648</size>\n",
                                         pieces->str, END, NULL);

    /* The ninth piece (lines 10 to 18) passes the limit. */
    assert_refused (text, 1, "line 18", "“宣传片.mp4” is larger than the 1 MB an attachment may have");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exchange-attachments/round-trip", test_round_trip);
  g_test_add_func ("/exchange-attachments/hostile", test_hostile);
  g_test_add_func ("/exchange-attachments/filtered", test_filtered);
  g_test_add_func ("/exchange-attachments/reply", test_reply_attachment);

  return g_test_run ();
}
