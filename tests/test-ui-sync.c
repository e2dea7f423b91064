/* test-ui-sync.c — the window while another program works on its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A second ZsStore handle on the window's file stands for another program
 * (a second window, a script, a colleague's PC): what it saves shows on
 * the board and the open page within two seconds, and a field saved from
 * a page that was out of date asks which value to keep.
 */
#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-conflict-dialog.h"
#include "zs-lead-detail.h"
#include "zs-project-editor.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

/* How long another program's change may take to show (issue 12). */
#define DELIVERY_LIMIT_MS 2000

static ZsBoardPage *
board (ZsWindow *window)
{
  return ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
}

static gint64
column_count (ZsWindow *window,
              ZsStage   stage)
{
  return zs_board_column_get_count (zs_board_page_get_column (board (window), stage));
}

static ZsProject *
first_in_column (ZsWindow *window,
                 ZsStage   stage)
{
  GListModel *model = zs_board_column_get_model (zs_board_page_get_column (board (window), stage));

  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  return g_list_model_get_item (model, 0);
}

static ZsProjectEditor *
open_editor (ZsWindow  *window,
             ZsProject *project)
{
  GtkWidget *editor;

  g_signal_emit_by_name (board (window), "project-activated", project);
  zs_test_drain_events ();
  editor = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  return ZS_PROJECT_EDITOR (editor);
}

static ZsStore *
open_other (ZsStore *store)
{
  g_autoptr(GError) error = NULL;
  ZsStore *other = zs_store_open (zs_store_get_path (store), &error);

  g_assert_no_error (error);
  return other;
}

static ZsConflictDialog *
find_conflict_dialog (void)
{
  return ZS_CONFLICT_DIALOG (zs_test_find_toplevel (ZS_TYPE_CONFLICT_DIALOG));
}

/* Every label's text under @widget, one a line: what the clerk reads. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static void
assert_shows (GtkWidget  *widget,
              const char *text)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  collect_labels (widget, shown);
  if (strstr (shown->str, text) == NULL)
    g_error ("expected “%s” among the labels:\n%s", text, shown->str);
}

/* As the clerk does: the button, which answers and closes the dialog. */
static void
click (ZsConflictDialog *dialog,
       const char       *label)
{
  GtkWidget *button = zs_test_find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

typedef struct {
  ZsWindow  *window;
  ZsProject *project;
  gint64     started_before;
} Moved;

static gboolean
move_shows (Moved *moved)
{
  return zs_record_get_enum (ZS_RECORD (moved->project), ZS_PROJECT_STAGE) == ZS_STAGE_STARTED &&
         column_count (moved->window, ZS_STAGE_STARTED) == moved->started_before + 1;
}

static gboolean
on_limit (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
name_shows (ZsProjectEditor *editor,
            ZsProject       *project)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  collect_labels (GTK_WIDGET (editor), shown);
  return g_strcmp0 (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), "对方改名的项目") == 0 &&
         strstr (shown->str, "对方改名的项目") != NULL;
}

/* Runs the main loop until @done says so or the limit has passed. */
static void
wait_for (gboolean (*done) (gpointer, gpointer),
          gpointer  a,
          gpointer  b)
{
  gboolean timed_out = FALSE;
  gint64 start = g_get_monotonic_time ();
  guint limit = g_timeout_add (zs_test_time_limit_ms (DELIVERY_LIMIT_MS), on_limit, &timed_out);

  while (!done (a, b) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (limit);
  g_test_message ("shown after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
}

static gboolean
move_shows_cb (gpointer a,
               gpointer b)
{
  return move_shows (a);
}

static gboolean
name_shows_cb (gpointer a,
               gpointer b)
{
  return name_shows (a, b);
}

/* The case: another program moves a project from 签约 to 开工;
 * the open window's board shows it by itself, and so does the page of a
 * project another program renames. A field saved from the page then keeps
 * the other's stage. */
static void
test_others_changes_show (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-move");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_SIGNED);
  g_autoptr(ZsStore) other = open_other (store);
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  const char *today = zs_page_get_today (ZS_PAGE (board (window)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  Moved moved = { window, project, column_count (window, ZS_STAGE_STARTED) };
  ZsProjectEditor *editor;

  theirs = zs_store_load (other, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_true (zs_project_change_stage (other, ZS_PROJECT (theirs), ZS_STAGE_STARTED, today, NULL, &error));
  g_assert_no_error (error);
  wait_for (move_shows_cb, &moved, NULL);
  g_assert_true (move_shows (&moved));

  /* The project's page, open, shows the other's new name. */
  editor = open_editor (window, project);
  zs_record_set_string (theirs, ZS_PROJECT_NAME, "对方改名的项目");
  g_assert_true (zs_store_save (other, theirs, &error));
  g_assert_no_error (error);
  wait_for (name_shows_cb, editor, project);
  g_assert_true (name_shows (editor, project));

  /* A field saved from the page keeps the stage, and the history agrees. */
  zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_NOTES, "对方已开工");
  zs_test_drain_events ();
  g_assert_null (find_conflict_dialog ());
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_cmpint (zs_record_get_enum (theirs, ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
  g_assert_cmpstr (zs_record_get_string (theirs, ZS_PROJECT_NOTES), ==, "对方已开工");

  zs_test_close_window (window);
}

/* Two windows on one database (on a server: two connections, the change
 * reaching the other through NOTIFY): a move in one shows in the other. */
static void
test_two_windows (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-two");
  g_autoptr(ZsStore) other = open_other (store);
  ZsWindow *first = zs_test_open_window (store, 1400, 900);
  ZsWindow *second = zs_test_open_window (other, 1400, 900);
  g_autoptr(ZsProject) moving = first_in_column (first, ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) watched = first_in_column (second, ZS_STAGE_SIGNED);
  g_autoptr(GError) error = NULL;
  const char *today = zs_page_get_today (ZS_PAGE (board (first)));
  Moved moved = { second, watched, column_count (second, ZS_STAGE_STARTED) };

  g_assert_cmpint (zs_record_get_id (ZS_RECORD (moving)), ==, zs_record_get_id (ZS_RECORD (watched)));
  g_assert_true (zs_project_change_stage (store, moving, ZS_STAGE_STARTED, today, NULL, &error));
  g_assert_no_error (error);
  wait_for (move_shows_cb, &moved, NULL);
  g_assert_true (move_shows (&moved));

  zs_test_close_window (second);
  zs_test_close_window (first);
}

/* A page that has not yet seen another program's save saves a field: the
 * save is refused, and the window shows the record, the field, its value
 * now, who changed it and the value typed; the clerk keeps theirs or
 * takes the stored one. */
static void
test_stale_field_save_asks (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-conflict");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_SIGNED);
  g_autoptr(ZsStore) other = open_other (store);
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecordEditor *fields = zs_project_editor_get_fields (open_editor (window, project));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  g_autofree char *investor = g_strdup (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR));
  ZsConflictDialog *dialog;

  /* The window would notice within a second; here the clerk types first. */
  zs_store_watch_others (store, 600000);

  zs_store_set_actor (other, "李四");
  theirs = zs_store_load (other, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  zs_record_set_string (theirs, ZS_PROJECT_INVESTOR, "对方改的投资方");
  g_assert_true (zs_store_save (other, theirs, &error));
  g_assert_no_error (error);

  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "我输入的投资方");
  zs_test_drain_events ();
  dialog = find_conflict_dialog ();
  g_assert_nonnull (dialog);
  assert_shows (GTK_WIDGET (dialog), zs_record_get_title (ZS_RECORD (project)));
  assert_shows (GTK_WIDGET (dialog), "Investor");
  assert_shows (GTK_WIDGET (dialog), "对方改的投资方");
  assert_shows (GTK_WIDGET (dialog), "我输入的投资方");
  /* Who changed it, from the change history. */
  assert_shows (GTK_WIDGET (dialog), "李四");
  /* Nothing was written over theirs meanwhile. */
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_cmpstr (zs_record_get_string (theirs, ZS_PROJECT_INVESTOR), ==, "对方改的投资方");

  /* Keeping theirs: the page shows it. */
  click (dialog, "_Use the Stored Value");
  zs_test_drain_events ();
  g_assert_null (find_conflict_dialog ());
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR), ==, "对方改的投资方");

  /* Again, and now the clerk keeps theirs: saved on the new version. */
  zs_record_set_string (theirs, ZS_PROJECT_INVESTOR, investor);
  g_assert_true (zs_store_save (other, theirs, &error));
  g_assert_no_error (error);
  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "我输入的投资方");
  zs_test_drain_events ();
  dialog = find_conflict_dialog ();
  g_assert_nonnull (dialog);
  click (dialog, "_Keep Mine");
  zs_test_drain_events ();
  g_assert_null (find_conflict_dialog ());
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_cmpstr (zs_record_get_string (theirs, ZS_PROJECT_INVESTOR), ==, "我输入的投资方");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR), ==, "我输入的投资方");

  zs_test_close_window (window);
}

static AdwMessageDialog *
find_retry_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), "retry"))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* Another program is in the middle of a save: the page's save waits, then
 * says so and offers 重试, which saves what the clerk typed once the other
 * is done. */
static void
test_busy_save_offers_retry (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-busy");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_SIGNED);
  g_autoptr(ZsStore) other = open_other (store);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecordEditor *fields = zs_project_editor_get_fields (open_editor (window, project));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  AdwMessageDialog *dialog;
  GtkWidget *retry;

  g_assert_true (zs_store_begin (other, &error));
  g_assert_no_error (error);
  g_assert_true (zs_store_set_setting (other, "office-name", "另一程序", &error));
  g_assert_no_error (error);

  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "忙时输入的投资方");
  zs_test_drain_events ();
  dialog = find_retry_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Another program is saving"));

  zs_store_rollback (other);
  retry = zs_test_find_button (GTK_WIDGET (dialog), "_Retry");
  g_assert_nonnull (retry);
  g_signal_emit_by_name (retry, "clicked");
  zs_test_drain_events ();
  g_assert_null (find_retry_dialog ());

  stored = zs_store_read_stored (other, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zs_record_get_string (stored, ZS_PROJECT_INVESTOR), ==, "忙时输入的投资方");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR), ==, "忙时输入的投资方");

  zs_test_close_window (window);
}

/* The dialog that says a move was refused (not the stage dialog). */
static AdwMessageDialog *
find_dialog_with (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (w), response) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (w)), "Changed by Someone Else") == 0)
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gint64
stage_events (ZsStore *store,
              gint64   project_id)
{
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);

  zs_query_add_int (events, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, project_id);
  return zs_store_count (store, events, NULL);
}

/* The case from the stage dialog: another program moved the
 * project after this window read it. The move is refused, never written
 * over theirs; the clerk is told who and where the project is now, and
 * moving it anyway starts from the stored project, so the stage and its
 * history agree. */
static void
test_stale_stage_move_asks (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-stage");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsProject) project = first_in_column (window, ZS_STAGE_SIGNED);
  g_autoptr(ZsStore) other = open_other (store);
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  const char *today = zs_page_get_today (ZS_PAGE (board (window)));
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  gint64 events_before = stage_events (store, id);
  AdwMessageDialog *dialog;
  GtkWidget *stage_dialog;

  zs_store_watch_others (store, 600000);
  zs_store_set_actor (other, "李四");
  theirs = zs_store_load (other, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_true (zs_project_change_stage (other, ZS_PROJECT (theirs), ZS_STAGE_REGISTERED, today, NULL, &error));
  g_assert_no_error (error);

  stage_dialog = zs_board_page_move_project (board (window), project, ZS_STAGE_STARTED);
  zs_test_drain_events ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (stage_dialog), "move");
  zs_test_drain_events ();

  dialog = find_dialog_with ("move");
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "李四"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), zs_stage_get_label (ZS_STAGE_REGISTERED)));
  /* Theirs stands, with their one event. */
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_cmpint (zs_record_get_enum (theirs, ZS_PROJECT_STAGE), ==, ZS_STAGE_REGISTERED);
  g_assert_cmpint (stage_events (store, id), ==, events_before + 1);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE), ==, ZS_STAGE_REGISTERED);

  /* Moving it anyway: from 注册 to 开工, and the history says so. */
  g_signal_emit_by_name (zs_test_find_button (GTK_WIDGET (dialog), "_Move Anyway"), "clicked");
  zs_test_drain_events ();
  g_assert_null (find_dialog_with ("move"));
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_cmpint (zs_record_get_enum (theirs, ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
  g_assert_cmpint (stage_events (store, id), ==, events_before + 2);
  {
    g_autoptr(ZsQuery) last = zs_query_new (ZS_TYPE_STAGE_EVENT);
    g_autoptr(GArray) ids = NULL;
    g_autoptr(ZsRecord) event = NULL;

    zs_query_add_int (last, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, id);
    zs_query_set_order (last, -1, TRUE);
    zs_query_set_limit (last, 1);
    ids = zs_store_query (store, last, &error);
    g_assert_no_error (error);
    event = zs_store_load (store, ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, 0), &error);
    g_assert_no_error (error);
    g_assert_cmpint (zs_record_get_enum (event, ZS_STAGE_EVENT_FROM_STAGE), ==, ZS_STAGE_REGISTERED);
    g_assert_cmpint (zs_record_get_enum (event, ZS_STAGE_EVENT_TO_STAGE), ==, ZS_STAGE_STARTED);
  }

  zs_test_close_window (window);
}

/* A lead's step (marked as answered) from a page that has not yet seen
 * another program's save of the lead: not recorded over theirs, and the
 * clerk is told by whom, not by a toast that is gone in a few seconds. */
static void
test_stale_lead_step_says_so (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-sync-lead");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsStore) other = open_other (store);
  g_autoptr(ZsQuery) fresh = zs_query_new (ZS_TYPE_LEAD);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *detail;
  gint64 id;

  zs_query_add_int (fresh, ZS_LEAD_STATUS, ZS_QUERY_EQ, ZS_LEAD_NEW);
  ids = zs_store_query (store, fresh, &error);
  g_assert_no_error (error);
  /* One not answered yet. */
  id = 0;
  for (guint i = 0; i < ids->len && id == 0; i++)
    {
      g_autoptr(ZsRecord) lead = zs_store_load (store, ZS_TYPE_LEAD, g_array_index (ids, gint64, i), NULL);

      if (zs_record_get_string (lead, ZS_LEAD_RESPONDED_DATE) == NULL)
        id = zs_record_get_id (lead);
    }
  g_assert_cmpint (id, !=, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-record", "(sx)", "ZsLead", id);
  zs_test_drain_events ();
  detail = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEAD_DETAIL);
  g_assert_nonnull (detail);

  zs_store_watch_others (store, 600000);
  zs_store_set_actor (other, "李四");
  theirs = zs_store_load (other, ZS_TYPE_LEAD, id, &error);
  g_assert_no_error (error);
  zs_record_set_string (theirs, ZS_LEAD_DESCRIPTION, "对方补充的情况");
  g_assert_true (zs_store_save (other, theirs, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (detail, "lead.respond", NULL);
  zs_test_drain_events ();
  dialog = find_dialog_with ("close");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "李四"));
  g_assert_true (zs_store_reload (other, theirs, &error));
  g_assert_null (zs_record_get_string (theirs, ZS_LEAD_RESPONDED_DATE));
  g_assert_cmpstr (zs_record_get_string (theirs, ZS_LEAD_DESCRIPTION), ==, "对方补充的情况");
  adw_message_dialog_response (dialog, "close");
  zs_test_drain_events ();

  zs_test_close_window (window);
}

static void
skip_unavailable (gconstpointer why)
{
  g_test_skip (why);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why = NULL;

  zs_test_ui_init (&argc, &argv);
  if (!zs_test_store_backend_available (&why))
    {
      g_test_add_data_func ("/ui-sync/backend-unavailable", why, skip_unavailable);
      return g_test_run ();
    }

  g_test_add_func ("/ui-sync/others-changes-show", test_others_changes_show);
  g_test_add_func ("/ui-sync/two-windows", test_two_windows);
  g_test_add_func ("/ui-sync/stale-field-save-asks", test_stale_field_save_asks);
  g_test_add_func ("/ui-sync/busy-save-offers-retry", test_busy_save_offers_retry);
  g_test_add_func ("/ui-sync/stale-stage-move-asks", test_stale_stage_move_asks);
  g_test_add_func ("/ui-sync/stale-lead-step-says-so", test_stale_lead_step_says_so);

  return g_test_run ();
}
