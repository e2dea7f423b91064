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
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZS_IS_RECORD_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ZS_RECORD_DIALOG (window);
    }
  return NULL;
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

static ZsTodayPage *
show_today (ZsWindow *window)
{
  GtkWidget *page;

  zs_window_close_subpage (window);
  g_assert_true (zs_window_show_page (window, "today"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TODAY_PAGE);
  g_assert_nonnull (page);
  return ZS_TODAY_PAGE (page);
}

static GtkWidget *
open_project (ZsWindow *window,
              ZsRecord *project)
{
  GtkWidget *section;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(sx)",
                              g_type_name (ZS_TYPE_PROJECT), zs_record_get_id (project));
  zs_test_drain_events ();
  g_assert_true (ZS_IS_PROJECT_EDITOR (zs_window_get_subpage (window)));
  section = zs_test_find_widget (zs_window_get_subpage (window), ZS_TYPE_SUPERVISION_SECTION);
  g_assert_nonnull (section);
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

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-supervision/answer-supervision-item", test_answer_supervision_item);

  return g_test_run ();
}
