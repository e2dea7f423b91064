/* test-ui-supervision.c — 批示与督办 in the real window: answer a 督办 item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would, with the window's clock on a fixed day: on a project's
 * page a 督办 item due that day is opened; it shows in 今日待办; the unit's
 * reply is typed in; the item is closed, and it leaves 今日待办. Every
 * step is read back from the database file through a second store.
 * ZS_TEST_SCREENSHOTS=DIR saves the project page's section.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-attachment-list.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-setup-assistant.h"
#include "zs-supervision-section.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-today-page.h"

#define TODAY "2026-11-20"

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static ZsRecordDialog *
find_record_dialog (void)
{
  return ZS_RECORD_DIALOG (zs_test_find_toplevel (ZS_TYPE_RECORD_DIALOG));
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = zs_test_find_button (root, label);

  if (button == NULL)
    g_error ("no button “%s”", label);
  g_signal_emit_by_name (button, "clicked");
  zs_test_drain_events ();
}

/* Types into the new record's dialog and presses Done. */
static void
fill_dialog (guint       field,
             const char *text,
             int         field2,
             const char *text2)
{
  ZsRecordDialog *dialog = find_record_dialog ();
  ZsRecordEditor *editor;

  g_assert_nonnull (dialog);
  editor = zs_record_dialog_get_editor (dialog);
  zs_record_editor_enter_text (editor, field, text);
  if (field2 >= 0)
    zs_record_editor_enter_text (editor, (guint) field2, text2);
  click (GTK_WIDGET (dialog), _("_Done"));
  g_assert_null (find_record_dialog ());
}

static ZsRecord *
only_stored (ZsStore *store,
             GType    type)
{
  g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (reader, query, NULL);

  g_assert_cmpuint (ids->len, ==, 1);
  return zs_store_read_stored (reader, type, g_array_index (ids, gint64, 0), NULL);
}

/* Runs the main loop until @page has its list from the worker thread (the
 * refresh is queued in an idle, the list comes from a thread). */
static void
wait_for_list (GtkWidget *page)
{
  zs_test_drain_events ();
  while (zs_today_page_is_loading (ZS_TODAY_PAGE (page)))
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
}

static ZsTodayPage *
show_today (ZsWindow *window)
{
  GtkWidget *page;

  zs_window_close_subpage (window);
  g_assert_true (zs_window_show_page (window, "today"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TODAY_PAGE);
  g_assert_nonnull (page);
  wait_for_list (page);
  return ZS_TODAY_PAGE (page);
}

/* The 批示与督办 section of @record's page, opened as a clerk does. */
static GtkWidget *
open_record (ZsWindow *window,
             ZsRecord *record)
{
  GtkWidget *section;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(sx)",
                              G_OBJECT_TYPE_NAME (record), zs_record_get_id (record));
  zs_test_drain_events ();
  g_assert_nonnull (zs_window_get_subpage (window));
  section = zs_test_find_widget (zs_window_get_subpage (window), ZS_TYPE_SUPERVISION_SECTION);
  g_assert_nonnull (section);
  return section;
}

static GtkWidget *
open_project (ZsWindow *window,
              ZsRecord *project)
{
  GtkWidget *section = open_record (window, project);

  g_assert_true (ZS_IS_PROJECT_EDITOR (zs_window_get_subpage (window)));
  return section;
}

static void
test_answer_supervision_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-supervision");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) item = NULL;
  g_autoptr(ZsRecord) reply = NULL;
  g_autoptr(ZsRecord) closed = NULL;
  g_autoptr(ZsRecord) instruction = NULL;
  gint64 unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 0);
  ZsWindow *window;
  ZsTodayPage *today;
  GtkWidget *section;
  GtkWidget *row;
  guint badge = 99;

  g_assert_true (zs_store_set_setting (store, ZS_SETTING_SETUP_DONE, "1", &error));
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_UNIT_ID, unit);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  zs_store_set_actor (store, "李局长");
  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);

  /* Nothing due yet. */
  today = show_today (window);
  g_assert_null (find_row (GTK_WIDGET (today), "京业汇宠物产业园"));

  /* A 督办 item, due today, for the project's unit. */
  section = open_project (window, ZS_RECORD (project));
  click (section, _("_Supervise…"));
  fill_dialog (ZS_SUPERVISION_TASK, "协调解决用地指标", ZS_SUPERVISION_DEADLINE, TODAY);
  item = only_stored (store, ZS_TYPE_SUPERVISION);
  g_assert_cmpstr (zs_record_get_string (item, ZS_SUPERVISION_TASK), ==, "协调解决用地指标");
  g_assert_cmpint (zs_record_get_int (item, ZS_SUPERVISION_UNIT_ID), ==, unit);
  g_assert_cmpint (zs_record_get_int (item, ZS_SUPERVISION_PROJECT_ID), ==, zs_record_get_id (ZS_RECORD (project)));
  g_assert_nonnull (find_row (section, "协调解决用地指标"));

  /* 今日待办 has it, on the project. */
  today = show_today (window);
  row = find_row (GTK_WIDGET (today), "京业汇宠物产业园");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("Supervision item due today")));
  g_object_get (today, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 1);

  /* The unit replies. */
  section = open_project (window, ZS_RECORD (project));
  zs_store_set_actor (store, "张三");
  click (section, _("_Reply…"));
  fill_dialog (ZS_SUPERVISION_REPLY_TEXT, "已与自然资源局对接，用地预审材料本周报送", -1, NULL);
  reply = only_stored (store, ZS_TYPE_SUPERVISION_REPLY);
  g_assert_cmpstr (zs_record_get_string (reply, ZS_SUPERVISION_REPLY_AUTHOR), ==, "张三");
  g_assert_cmpstr (zs_record_get_string (reply, ZS_SUPERVISION_REPLY_DATE), ==, TODAY);
  g_assert_cmpint (zs_record_get_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID), ==, zs_record_get_id (item));
  zs_test_drain_events ();
  g_assert_nonnull (find_row (section, "已与自然资源局对接，用地预审材料本周报送"));

  /* A leader's instruction beside it, signed by the current user. */
  zs_store_set_actor (store, "李局长");
  click (section, _("Add _Instruction…"));
  fill_dialog (ZS_INSTRUCTION_TEXT, "抓紧协调用地，确保月底前开工", -1, NULL);
  instruction = only_stored (store, ZS_TYPE_INSTRUCTION);
  g_assert_cmpstr (zs_record_get_string (instruction, ZS_INSTRUCTION_AUTHOR), ==, "李局长");
  g_assert_cmpstr (zs_record_get_string (instruction, ZS_INSTRUCTION_DATE), ==, TODAY);
  zs_test_drain_events ();
  g_assert_nonnull (find_row (section, "抓紧协调用地，确保月底前开工"));
  zs_test_assert_chinese (section, "the 批示与督办 section");
  zs_test_save_screenshot (section, "supervision.png");

  /* Closed: on time, and gone from 今日待办. */
  click (section, _("_Close Item"));
  closed = only_stored (store, ZS_TYPE_SUPERVISION);
  g_assert_cmpint (zs_record_get_enum (closed, ZS_SUPERVISION_STATE), ==, ZS_SUPERVISION_CLOSED);
  g_assert_cmpstr (zs_record_get_string (closed, ZS_SUPERVISION_CLOSED_DATE), ==, TODAY);
  g_assert_true (zs_supervision_on_time (closed));
  today = show_today (window);
  g_assert_null (find_row (GTK_WIDGET (today), "京业汇宠物产业园"));
  g_object_get (today, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 0);

  zs_test_close_window (window);
}

static ZsRecord *
supervision_on (ZsStore    *store,
                guint       owner_field,
                ZsRecord   *owner,
                gint64      unit,
                const char *task)
{
  ZsRecord *item = ZS_RECORD (zs_supervision_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (item, owner_field, zs_record_get_id (owner));
  zs_record_set_string (item, ZS_SUPERVISION_TASK, task);
  zs_record_set_int (item, ZS_SUPERVISION_UNIT_ID, unit);
  zs_record_set_string (item, ZS_SUPERVISION_DEADLINE, TODAY);
  g_assert_true (zs_store_save (store, item, &error));
  g_assert_no_error (error);
  return item;
}

/* A unit's reply carries a file: added in the reply's dialog once its text
 * is saved, listed under the reply in the section, opened with the same
 * bytes, and kept in the database as the reply's. */
static void
test_reply_with_attachment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-supervision-files");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "潍柴新能源配套产业园", "潍柴", ZS_STAGE_SIGNED);
  gint64 unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 0);
  g_autoptr(ZsRecord) item = supervision_on (store, ZS_SUPERVISION_PROJECT_ID, ZS_RECORD (project), unit,
                                             "报送用地预审材料");
  g_autoptr(ZsRecord) reply = NULL;
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autofree char *path = zs_test_scratch_path ("用地预审材料.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("用地预审申请表、规划选址意见书", strlen ("用地预审申请表、规划选址意见书"));
  g_autoptr(GBytes) opened = NULL;
  GSList files = { file, NULL };
  ZsTestLaunched launched = { NULL, 0 };
  ZsRecordDialog *dialog;
  ZsAttachmentList *in_dialog;
  ZsAttachmentList *under_reply;
  GtkWidget *section;
  ZsWindow *window;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  g_assert_true (zs_store_set_setting (store, ZS_SETTING_SETUP_DONE, "1", &error));
  zs_store_set_actor (store, "张三");
  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  section = open_project (window, ZS_RECORD (project));

  /* A new reply takes no file until its text is there. */
  click (section, _("_Reply…"));
  dialog = find_record_dialog ();
  g_assert_nonnull (dialog);
  in_dialog = ZS_ATTACHMENT_LIST (zs_test_find_widget (GTK_WIDGET (dialog), ZS_TYPE_ATTACHMENT_LIST));
  g_assert_nonnull (in_dialog);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (in_dialog)));
  zs_record_editor_enter_text (zs_record_dialog_get_editor (dialog), ZS_SUPERVISION_REPLY_TEXT,
                               "用地预审材料已报送，见附件");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (in_dialog)));
  zs_attachment_list_add_files (in_dialog, &files);
  zs_test_wait_attachments (in_dialog);
  g_assert_cmpstr (zs_attachment_list_get_error (in_dialog), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (in_dialog)), ==, 1);
  click (GTK_WIDGET (dialog), _("_Done"));
  g_assert_null (find_record_dialog ());

  /* Stored as the reply's. */
  reply = only_stored (store, ZS_TYPE_SUPERVISION_REPLY);
  g_assert_cmpint (zs_record_get_int (reply, ZS_SUPERVISION_REPLY_SUPERVISION_ID), ==, zs_record_get_id (item));
  stored = only_stored (store, ZS_TYPE_ATTACHMENT);
  g_assert_cmpint (zs_record_get_int (stored, ZS_ATTACHMENT_SUPERVISION_REPLY_ID), ==, zs_record_get_id (reply));
  g_assert_cmpint (zs_record_get_int (stored, ZS_ATTACHMENT_PROJECT_ID), ==, 0);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_ATTACHMENT_ADDED_BY), ==, "张三");

  /* Listed under the reply, in the section, and opened with its bytes. */
  zs_test_drain_events ();
  g_assert_nonnull (find_row (section, "用地预审材料已报送，见附件"));
  under_reply = ZS_ATTACHMENT_LIST (zs_test_find_widget (section, ZS_TYPE_ATTACHMENT_LIST));
  g_assert_nonnull (under_reply);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (under_reply)));
  {
    g_autofree char *name = g_path_get_basename (path);

    g_assert_nonnull (find_row (GTK_WIDGET (under_reply), name));
  }
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (under_reply)), ==, 1);
  attachment = g_list_model_get_item (zs_attachment_list_get_model (under_reply), 0);
  zs_attachment_list_set_launcher (under_reply, zs_test_record_launch, &launched);
  gtk_widget_activate_action (GTK_WIDGET (under_reply), "attachments.open", "x",
                              zs_record_get_id (ZS_RECORD (attachment)));
  zs_test_wait_attachments (under_reply);
  g_assert_cmpuint (launched.calls, ==, 1);
  opened = g_file_load_bytes (launched.file, NULL, NULL, NULL);
  g_assert_nonnull (opened);
  g_assert_true (g_bytes_equal (opened, bytes));
  zs_test_save_screenshot (section, "supervision-reply-attachment.png");

  /* The project's own 附件 section does not list the reply's file. */
  {
    GtkWidget *own = zs_test_find_page_attachments (zs_window_get_subpage (window));

    g_assert_nonnull (own);
    g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (ZS_ATTACHMENT_LIST (own))), ==, 0);
  }

  g_clear_object (&launched.file);
  zs_test_close_window (window);
  g_unlink (path);
}

/* The section on a lead's and a carrier's page: a 督办 item added, answered
 * and closed, each kept on its own record. */
static void
test_lead_and_carrier_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-supervision-pages");
  gint64 unit = zs_test_nth_id (store, ZS_TYPE_UNIT, 1);
  g_autoptr(ZsRecord) lead = ZS_RECORD (zs_lead_new ());
  g_autoptr(ZsRecord) carrier = ZS_RECORD (zs_carrier_new ());
  ZsRecord *owners[] = { lead, carrier };
  guint owner_fields[] = { ZS_SUPERVISION_LEAD_ID, ZS_SUPERVISION_CARRIER_ID };
  const char *tasks[] = { "核实客商投资意向", "腾退闲置厂房" };
  const char *replies[] = { "已电话联系客商，下周来潍考察", "厂房已腾退，可接洽项目" };
  ZsWindow *window;

  zs_record_set_string (lead, ZS_LEAD_NAME, "德国精密轴承项目线索");
  zs_record_set_string (lead, ZS_LEAD_RECEIVED_DATE, "2026-11-01");
  zs_record_set_int (lead, ZS_LEAD_UNIT_ID, unit);
  g_assert_true (zs_store_save (store, lead, &error));
  g_assert_no_error (error);
  zs_record_set_string (carrier, ZS_CARRIER_NAME, "高新区标准厂房三号楼");
  zs_record_set_int (carrier, ZS_CARRIER_UNIT_ID, unit);
  g_assert_true (zs_store_save (store, carrier, &error));
  g_assert_no_error (error);
  g_assert_true (zs_store_set_setting (store, ZS_SETTING_SETUP_DONE, "1", &error));
  zs_store_set_actor (store, "李局长");
  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      g_autoptr(ZsRecord) item = NULL;
      g_autoptr(ZsRecord) closed = NULL;
      g_autoptr(ZsRecord) reply = NULL;
      g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_SUPERVISION);
      g_autoptr(GArray) ids = NULL;
      GtkWidget *section = open_record (window, owners[i]);

      click (section, _("_Supervise…"));
      fill_dialog (ZS_SUPERVISION_TASK, tasks[i], ZS_SUPERVISION_DEADLINE, TODAY);
      zs_query_add_int (query, owner_fields[i], ZS_QUERY_EQ, zs_record_get_id (owners[i]));
      ids = zs_store_query (reader, query, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, ==, 1);
      item = zs_store_read_stored (reader, ZS_TYPE_SUPERVISION, g_array_index (ids, gint64, 0), &error);
      g_assert_cmpstr (zs_record_get_string (item, ZS_SUPERVISION_TASK), ==, tasks[i]);
      /* The unit that has the record in hand. */
      g_assert_cmpint (zs_record_get_int (item, ZS_SUPERVISION_UNIT_ID), ==, unit);
      zs_test_drain_events ();
      g_assert_nonnull (find_row (section, tasks[i]));

      click (section, _("_Reply…"));
      fill_dialog (ZS_SUPERVISION_REPLY_TEXT, replies[i], -1, NULL);
      zs_test_drain_events ();
      g_assert_nonnull (find_row (section, replies[i]));

      click (section, _("_Close Item"));
      closed = zs_store_read_stored (reader, ZS_TYPE_SUPERVISION, zs_record_get_id (item), &error);
      g_assert_no_error (error);
      g_assert_cmpint (zs_record_get_enum (closed, ZS_SUPERVISION_STATE), ==, ZS_SUPERVISION_CLOSED);
      g_assert_true (zs_supervision_on_time (closed));
      zs_test_drain_events ();
      g_assert_nonnull (zs_test_find_button (section, _("Re_open")));
      zs_test_assert_chinese (section, "the 批示与督办 section of a lead or carrier");
      zs_window_close_subpage (window);
      zs_test_drain_events ();
    }
  /* One reply each. */
  {
    g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);

    g_assert_cmpint (zs_store_count_all (reader, ZS_TYPE_SUPERVISION_REPLY, NULL), ==, 2);
  }

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-supervision/answer-supervision-item", test_answer_supervision_item);
  g_test_add_func ("/ui-supervision/reply-with-attachment", test_reply_with_attachment);
  g_test_add_func ("/ui-supervision/lead-and-carrier-pages", test_lead_and_carrier_pages);

  return g_test_run ();
}
