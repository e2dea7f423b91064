/* test-ui-setup.c — a bureau starts from an empty database, without the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The assistant takes the bureau's name, its units, a person and a target;
 * Ctrl+N makes the first project on the empty board, and the dispatch page
 * ranks the bureau's own units.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zs-dispatch-page.h"
#include "zs-project-editor.h"
#include "zs-setup-assistant.h"
#include "zs-staff-editor.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

static const char *
main_view (ZsWindow *window)
{
  GtkStack *stack = GTK_STACK (zs_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static ZsSetupAssistant *
assistant (ZsWindow *window)
{
  return ZS_SETUP_ASSISTANT (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_SETUP_ASSISTANT));
}

/* With ZS_TEST_SCREENSHOTS set, the PDF's first page as a picture for the
 * README: the bulletin of a bureau that started without the demo. */
static void
save_first_page (const char *pdf,
                 const char *name)
{
  const char *dir = g_getenv ("ZS_TEST_SCREENSHOTS");
  g_autofree char *stem = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (dir == NULL)
    return;
  stem = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
}

static void
test_first_start_to_ranked_units (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-setup");
  ZsWindow *window = zs_test_open_window (store, 1200, 800);
  ZsSetupAssistant *setup = assistant (window);
  g_autoptr(GPtrArray) defaults = zs_units_list (store, FALSE, NULL);
  g_autofree char *office = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) people = NULL;
  ZsDispatchPage *page;
  int year;

  g_assert_cmpstr (main_view (window), ==, "welcome");
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "bureau");

  /* 1. The bureau's name: the issuing unit of its bulletins. */
  zs_setup_assistant_set_bureau (setup, "昌邑市投资促进服务中心");
  zs_setup_assistant_next (setup);
  office = zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  g_assert_cmpstr (office, ==, "昌邑市投资促进服务中心");

  /* 2. Its own units instead of the five default departments. */
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "units");
  for (guint i = 0; i < defaults->len; i++)
    {
      gboolean retired;

      g_assert_true (zs_units_remove (store, g_ptr_array_index (defaults, i), &retired, NULL));
    }
  zs_units_editor_enter_new (zs_setup_assistant_get_units (setup), ZS_UNIT_TOWN, "奎聚街道");
  zs_units_editor_enter_new (zs_setup_assistant_get_units (setup), ZS_UNIT_TOWN, "柳疃镇");
  units = zs_units_list (store, FALSE, NULL);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpstr (zs_record_get_string (g_ptr_array_index (units, 0), ZS_UNIT_NAME), ==, "奎聚街道");
  zs_setup_assistant_next (setup);

  /* 3. One person, of the second unit. */
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "staff");
  zs_staff_editor_add (zs_setup_assistant_get_staff (setup), "王海燕", 1, "招商专员", "0536-7212345");
  people = zs_people_list (store, FALSE, NULL);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpint (zs_record_get_int (g_ptr_array_index (people, 0), ZS_PERSON_UNIT_ID), ==,
                   zs_record_get_id (g_ptr_array_index (units, 1)));
  zs_setup_assistant_next (setup);

  /* 3b. Which of them the clerk is: the history names her from now on. */
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "me");
  zs_store_set_actor (store, NULL);
  g_assert_cmpstr (zs_store_get_actor (store), !=, "王海燕");
  g_assert_true (zs_setup_assistant_choose_person (setup, "王海燕"));
  g_assert_cmpstr (zs_store_get_actor (store), ==, "王海燕");
  {
    g_autofree char *default_actor = zs_store_dup_default_actor ();

    g_assert_cmpstr (default_actor, ==, "王海燕");
    zs_store_set_default_actor (NULL);  /* the other tests' stores */
  }
  zs_setup_assistant_next (setup);

  /* 4. This year's target: two projects signed for 柳疃镇. */
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "targets");
  year = zs_targets_editor_get_year (zs_setup_assistant_get_targets (setup));
  zs_targets_editor_enter (zs_setup_assistant_get_targets (setup), 1, 1, "2");
  zs_targets_editor_enter (zs_setup_assistant_get_targets (setup), 1, 2, "3亿");
  g_assert_cmpint (zs_annual_targets_get (store, zs_record_get_id (g_ptr_array_index (units, 1)), year,
                                          ZS_TARGET_SIGNED_COUNT), ==, 2);
  g_assert_cmpint (zs_annual_targets_total (store, year, ZS_TARGET_SIGNED_INVESTMENT), ==, 30000 * ZS_AMOUNT_SCALE);
  g_assert_cmpstr (zs_targets_editor_get_total (zs_setup_assistant_get_targets (setup), 1), ==, "2");
  /* A target to the 0.01 万元 is kept and shown back so. */
  zs_targets_editor_enter (zs_setup_assistant_get_targets (setup), 1, 2, "30000.5");
  g_assert_cmpint (zs_annual_targets_total (store, year, ZS_TARGET_SIGNED_INVESTMENT), ==, 3000050);
  g_assert_cmpstr (zs_targets_editor_get_total (zs_setup_assistant_get_targets (setup), 2), ==, "30,000.5");
  zs_setup_assistant_next (setup);
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "done");
  zs_test_drain_events ();

  /* Ctrl+N on the empty state makes the first project. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (main_view (window), ==, "workspace");
  {
    ZsProjectEditor *editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
    ZsRecord *project;

    g_assert_nonnull (editor);
    project = ZS_RECORD (zs_project_editor_get_project (editor));
    zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_NAME, "海洋化工新材料项目");
    g_assert_cmpint (zs_record_get_id (project), >, 0);
    zs_record_set_int (project, ZS_PROJECT_UNIT_ID, zs_record_get_id (g_ptr_array_index (units, 1)));
    zs_record_set_int (project, ZS_PROJECT_PERSON_ID, zs_record_get_id (g_ptr_array_index (people, 0)));
    g_assert_true (zs_store_save (store, project, NULL));
    /* Its figures as a clerk types them, and its signing today. */
    zs_record_editor_enter_text (zs_project_editor_get_fields (editor), ZS_PROJECT_PLANNED_INVESTMENT, "1.2亿");
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT), ==, 12000 * ZS_AMOUNT_SCALE);
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *today = zs_date_today ();

      g_assert_true (zs_project_change_stage (store, ZS_PROJECT (project), ZS_STAGE_SIGNED, today, NULL, &error));
      g_assert_no_error (error);
    }
  }
  zs_window_close_subpage (window);

  /* The dispatch page ranks the bureau's own units, in its order. */
  g_assert_true (zs_window_show_page (window, "dispatch"));
  zs_test_drain_events ();
  page = ZS_DISPATCH_PAGE (zs_test_find_page (window, ZS_TYPE_DISPATCH_PAGE));
  zs_dispatch_page_set_period (page, ZS_PERIOD_YEAR, NULL, NULL);
  while (zs_dispatch_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  g_assert_null (zs_dispatch_page_get_error (page));
  {
    GListModel *lines = zs_report_get_units (zs_dispatch_page_get_report (page));
    gboolean seen_town = FALSE, seen_street = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
      {
        g_autoptr(ZsReportLine) line = g_list_model_get_item (lines, i);
        const char *name = zs_report_line_get_name (line);

        if (g_strcmp0 (name, "柳疃镇") == 0)
          {
            seen_town = TRUE;
            g_assert_cmpint (zs_report_line_get_target (line, ZS_KPI_SIGNED), ==, 2);
            g_assert_cmpuint (zs_report_line_get_rank (line), ==, 1);
          }
        seen_street |= g_strcmp0 (name, "奎聚街道") == 0;
      }
    g_assert_true (seen_town);
    g_assert_true (seen_street);
  }
  zs_test_save_screenshot (GTK_WIDGET (window), "first-dispatch.png");

  /* The year's bulletin of its own units, from the page, issued by it. */
  {
    g_autofree char *pdf = zs_test_scratch_path ("first-bulletin.pdf");
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (zs_dispatch_page_export_pdf (page, pdf, &error));
    g_assert_no_error (error);
    text = zs_test_pdf_text (pdf, 0);
    zs_test_assert_in_text (text, "昌邑市投资促进服务中心");
    zs_test_assert_in_text (text, "柳疃镇");
    zs_test_assert_in_text (text, "奎聚街道");
    zs_test_assert_in_text (text, _("Units, in Ranking Order"));
    save_first_page (pdf, "first-bulletin");
  }

  /* The next start opens on the board, not the assistant. */
  zs_test_close_window (window);
  window = zs_test_open_window (store, 1200, 800);
  g_assert_cmpstr (main_view (window), ==, "workspace");
  zs_test_close_window (window);
}

/* Every step skipped: the board, empty, with Ctrl+N. */
static void
test_every_step_skipped (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-setup-skip");
  ZsWindow *window = zs_test_open_window (store, 1200, 800);
  ZsSetupAssistant *setup = assistant (window);
  g_autoptr(GPtrArray) units = NULL;

  for (int i = 0; i < 4; i++)
    zs_setup_assistant_skip (setup);
  g_assert_cmpstr (zs_setup_assistant_get_step (setup), ==, "done");
  units = zs_units_list (store, FALSE, NULL);
  g_assert_cmpuint (units->len, ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (main_view (window), ==, "workspace");
  g_assert_nonnull (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));
  zs_test_close_window (window);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (zs_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* From the main menu: a leaving person's project goes to the successor
 * through the Retire… button and its dialog; nobody is deleted. */
static void
test_bureau_window_hands_over (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-setup-hand-over");
  g_autoptr(ZsPerson) leaving = zs_people_add (store, "李晓梅", 0, NULL, NULL, NULL);
  g_autoptr(ZsPerson) successor = zs_people_add (store, "赵志刚", 0, NULL, NULL, NULL);
  g_autoptr(ZsProject) project = zs_test_new_project (store, "一号项目", "甲公司", ZS_STAGE_SIGNED);
  ZsWindow *window = zs_test_open_window (store, 1200, 800);
  GtkWidget *bureau, *staff, *retire = NULL;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) everyone = NULL;

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PERSON_ID, zs_record_get_id (ZS_RECORD (leaving)));
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.bureau", NULL);
  zs_test_drain_events ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    bureau = NULL;
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

        if (w != GTK_WIDGET (window) && zs_test_find_widget (w, ZS_TYPE_STAFF_EDITOR) != NULL)
          bureau = w;
      }
  }
  g_assert_nonnull (bureau);
  staff = zs_test_find_widget (bureau, ZS_TYPE_STAFF_EDITOR);

  /* The first person in service is 李晓梅 (by name); press her Retire… */
  for (GtkWidget *w = zs_test_find_widget (staff, ADW_TYPE_ACTION_ROW); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (ADW_IS_ACTION_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "李晓梅") == 0)
      retire = zs_test_find_widget (w, GTK_TYPE_BUTTON);
  g_assert_nonnull (retire);
  g_signal_emit_by_name (retire, "clicked");
  zs_test_drain_events ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "李晓梅"));
  adw_message_dialog_response (dialog, "hand-over");
  zs_test_drain_events ();

  {
    g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (store), NULL);
    g_autoptr(ZsRecord) stored = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)), NULL);
    g_autoptr(ZsRecord) gone = zs_store_load (reader, ZS_TYPE_PERSON, zs_record_get_id (ZS_RECORD (leaving)), NULL);

    g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PERSON_ID), ==, zs_record_get_id (ZS_RECORD (successor)));
    g_assert_nonnull (gone);
    g_assert_false (zs_record_get_boolean (gone, ZS_PERSON_ACTIVE));
  }
  everyone = zs_people_list (store, TRUE, NULL);
  g_assert_cmpuint (everyone->len, ==, 2);

  gtk_window_destroy (GTK_WINDOW (bureau));
  zs_test_close_window (window);
}

/* A bureau already set up never sees the assistant: its editors, a tenth
 * of a second of the first frame, are not built. */
static void
test_not_built_when_set_up (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-setup-not-built");
  ZsWindow *window = zs_test_open_window (store, 1200, 800);

  g_assert_cmpstr (main_view (window), ==, "workspace");
  g_assert_null (zs_setup_assistant_get_units (assistant (window)));
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/setup/not-built-when-set-up", test_not_built_when_set_up);
  g_test_add_func ("/ui/setup/first-start-to-ranked-units", test_first_start_to_ranked_units);
  g_test_add_func ("/ui/setup/every-step-skipped", test_every_step_skipped);
  g_test_add_func ("/ui/setup/bureau-window-hands-over", test_bureau_window_hands_over);

  return g_test_run ();
}
