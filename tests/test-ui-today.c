/* test-ui-today.c — 今日待办 in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would: the window's clock on a fixed day, a lead due that
 * day shows in 今日待办; its row opens the lead; answering it there takes
 * it off the list. An empty database shows the empty state.
 */
#include "config.h"

#include "zs-due.h"
#include "zs-carriers-page.h"
#include "zs-lead-detail.h"
#include "zs-leads-page.h"
#include "zs-partners-page.h"
#include "zs-setup-assistant.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-today-page.h"

#define TODAY "2024-10-15"

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

  g_assert_true (zs_window_show_page (window, "today"));
  zs_test_drain_events ();
  page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TODAY_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  wait_for_list (page);
  return ZS_TODAY_PAGE (page);
}

/* The mapped row titled @title under @root, or NULL. */
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

/* A bureau past the first-start assistant: the window shows its pages
 * even with no project yet. */
static ZsStore *
open_set_up (const char *name)
{
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_test_open_seeded (name);

  g_assert_true (zs_store_set_setting (store, ZS_SETTING_SETUP_DONE, "1", &error));
  g_assert_no_error (error);
  return store;
}

static ZsLead *
add_lead (ZsStore    *store,
          const char *name,
          const char *received)
{
  g_autoptr(GError) error = NULL;
  ZsLead *lead = zs_lead_new ();

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, received);
  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, ZS_LEAD_NEW);
  zs_lead_set_deadlines_from_settings (store, lead);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  g_assert_no_error (error);
  return lead;
}

/* A partner never contacted: due for a contact from the day it is saved. */
static void
add_quiet_partner (ZsStore    *store,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsPartner) partner = zs_partner_new ();

  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
  zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, ZS_PARTNER_CITY_PARTNER);
  g_assert_true (zs_store_save (store, ZS_RECORD (partner), &error));
  g_assert_no_error (error);
}

static void
test_due_lead_opens_and_leaves (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today");
  /* Received the day before: the response is due on the day. */
  g_autoptr(ZsLead) lead = add_lead (store, "深圳储能电池Pack项目", "2024-10-14");
  g_autoptr(ZsLead) later = add_lead (store, "苏州光伏组件扩产", "2024-10-15");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  ZsTodayPage *page;
  GtkWidget *row;
  GtkWidget *detail;
  guint badge = 0;

  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);

  row = find_row (GTK_WIDGET (page), "深圳储能电池Pack项目");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Respond to the referrer today");
  /* Due tomorrow: not yet on the list. */
  g_assert_null (find_row (GTK_WIDGET (page), "苏州光伏组件扩产"));
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 1);

  /* The row opens the lead. */
  g_signal_emit_by_name (row, "activate");
  zs_test_drain_events ();
  detail = zs_window_get_subpage (window);
  g_assert_true (ZS_IS_LEAD_DETAIL (detail));
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_lead_detail_get_lead (ZS_LEAD_DETAIL (detail)))), ==,
                   zs_record_get_id (ZS_RECORD (lead)));

  /* Answered there, it leaves the list. */
  gtk_widget_activate_action (detail, "lead.respond", NULL);
  zs_test_drain_events ();
  zs_window_close_subpage (window);
  page = show_today (window);
  g_assert_null (find_row (GTK_WIDGET (page), "深圳储能电池Pack项目"));
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 0);
  g_assert_cmpuint (zs_today_page_get_items (page)->len, ==, 0);

  /* The next day the other lead is due. */
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), "2024-10-16");
  wait_for_list (GTK_WIDGET (page));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "苏州光伏组件扩产"));

  zs_test_close_window (window);
}

static void
test_empty_state (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-empty");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  ZsTodayPage *page;
  GtkWidget *status;

  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);
  status = zs_test_find_widget (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Nothing Due Today");

  zs_test_close_window (window);
}

/* Thousands due (a bureau at 100,000 projects) build a page in seconds,
 * not minutes: each kind shows its first rows and counts the rest. */
static void
test_many_due_are_cut (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-many");
  g_autoptr(GError) error = NULL;
  guint n = ZS_TODAY_MAX_ROWS + 5;
  g_autofree char *last = NULL;
  ZsWindow *window;
  ZsTodayPage *page;
  guint badge = 0;

  g_assert_true (zs_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("线索%03u", i);
      g_object_unref (add_lead (store, name, "2024-10-14"));
    }
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);

  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, n);
  g_assert_nonnull (find_row (GTK_WIDGET (page), "And 5 more"));
  /* Only the first rows of the kind are built. */
  g_assert_cmpuint (zs_today_page_get_items (page)->len, ==, n);
  {
    GtkWidget *more = find_row (GTK_WIDGET (page), "And 5 more");
    GtkWidget *list = gtk_widget_get_parent (more);
    guint rows = 0;

    for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
      rows++;
    g_assert_cmpuint (rows, ==, ZS_TODAY_MAX_ROWS + 1);
  }

  zs_test_close_window (window);
}

/* Partners the contact cycle reminds of wait on the page and in the
 * sidebar's tooltip, not in its count: at a bureau's size (39,114 of
 * 39,895 items at 100,000 projects) they buried the one lead due today. */
static void
test_quiet_partners_not_counted (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-quiet");
  g_autoptr(ZsLead) lead = add_lead (store, "深圳储能电池Pack项目", "2024-10-14");
  g_autoptr(GError) error = NULL;
  const char *names[] = { "王建华", "赵立新", "李文博" };
  g_autofree char *tooltip = NULL;
  ZsWindow *window;
  ZsTodayPage *page;
  guint badge = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_quiet_partner (store, names[i]);
  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);

  g_assert_cmpuint (zs_today_page_get_items (page)->len, ==, 4);
  g_object_get (page, "badge", &badge, "badge-tooltip", &tooltip, NULL);
  g_assert_cmpuint (badge, ==, 1);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "today"), ==, "1");
  g_assert_cmpstr (tooltip, ==, "1 lead due, 3 partners to contact");
  g_assert_true (zs_test_has_label (GTK_WIDGET (page), "1 thing to do · 3 partners to contact"));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (find_row (GTK_WIDGET (page), names[i]));

  /* The lead answered, only the partners wait: no count on the sidebar,
   * the page still lists them. */
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE, TODAY);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  g_assert_no_error (error);
  wait_for_list (GTK_WIDGET (page));
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 0);
  g_assert_true (zs_test_has_label (GTK_WIDGET (page), "3 partners to contact"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "王建华"));

  zs_test_close_window (window);
}

/* Of the quiet partners only the rows shown are read (at 100,000 projects
 * 39,114 were, most of the list's second of work and of its memory); the
 * heading and the last row still count them all. */
static void
test_many_quiet_partners_read_as_shown (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-many-partners");
  g_autoptr(GError) error = NULL;
  guint n = ZS_TODAY_MAX_ROWS + 7;
  g_autofree char *tooltip = NULL;
  g_autofree char *summary = NULL;
  ZsWindow *window;
  ZsTodayPage *page;
  ZsPartnersPage *partners;
  GtkWidget *more;
  GPtrArray *items;
  guint badge = 1;

  g_assert_true (zs_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("伙伴%03u", i);

      add_quiet_partner (store, name);
    }
  {
    /* One partner called on the day: not due, nor on the list below. */
    g_autoptr(ZsPartner) called = zs_partner_new ();
    g_autoptr(ZsContactLog) log = zs_contact_log_new ();

    zs_record_set_string (ZS_RECORD (called), ZS_PARTNER_NAME, "常联系伙伴");
    zs_record_set_enum (ZS_RECORD (called), ZS_PARTNER_KIND, ZS_PARTNER_CITY_PARTNER);
    g_assert_true (zs_store_save (store, ZS_RECORD (called), &error));
    zs_record_set_int (ZS_RECORD (log), ZS_CONTACT_LOG_PARTNER_ID, zs_record_get_id (ZS_RECORD (called)));
    zs_record_set_string (ZS_RECORD (log), ZS_CONTACT_LOG_DATE, TODAY);
    g_assert_true (zs_store_save (store, ZS_RECORD (log), &error));
  }
  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);

  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);
  items = zs_today_page_get_items (page);
  g_assert_cmpuint (items->len, ==, ZS_TODAY_MAX_ROWS);
  g_assert_cmpstr (((ZsDueItem *) g_ptr_array_index (items, 0))->title, ==, "伙伴000");
  g_assert_nonnull (find_row (GTK_WIDGET (page), "伙伴099"));
  g_assert_null (find_row (GTK_WIDGET (page), "伙伴100"));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "And 7 more"));
  summary = g_strdup_printf ("%u partners to contact", n);
  g_assert_true (zs_test_has_label (GTK_WIDGET (page), summary));
  g_object_get (page, "badge", &badge, "badge-tooltip", &tooltip, NULL);
  g_assert_cmpuint (badge, ==, 0);
  g_assert_cmpstr (tooltip, ==, summary);

  /* "And 7 more" opens the partners page on the partners due, all 107. */
  more = find_row (GTK_WIDGET (page), "And 7 more");
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (more)));
  /* ZS_TEST_SCREENSHOTS=DIR: the group's end, as the clerk scrolls to it. */
  gtk_widget_grab_focus (more);
  zs_test_drain_events ();
  zs_test_save_screenshot (GTK_WIDGET (window), "today-more-partners.png");
  g_signal_emit_by_name (more, "activate");
  zs_test_drain_events ();
  partners = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  g_assert_nonnull (partners);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (partners)));
  g_assert_cmpuint (g_list_model_get_n_items (zs_partners_page_get_model (partners)), ==, n);

  zs_test_close_window (window);
}

/* At start the board is shown: the sidebar's count comes with the list,
 * the rows (hundreds at a bureau's size, 300 ms of the main loop while the
 * clerk typed a first search) only when the page is first shown. */
static void
test_rows_built_when_shown (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-hidden");
  g_autoptr(ZsLead) lead = add_lead (store, "深圳储能电池Pack项目", "2024-10-14");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  /* Opened on the board, as a clerk who left it there. */
  ZsWindow *window = (g_settings_set_string (settings, "last-page", "board"), zs_test_open_window (store, 1400, 900));
  GtkWidget *page;
  guint badge = 0;

  /* Made after the first frame, for the sidebar's count. */
  while ((page = zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_TODAY_PAGE)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_widget_get_mapped (page));
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  wait_for_list (page);
  g_object_get (page, "badge", &badge, NULL);
  g_assert_cmpuint (badge, ==, 1);
  g_assert_cmpuint (zs_today_page_get_items (ZS_TODAY_PAGE (page))->len, ==, 1);
  g_assert_null (zs_test_find_widget (page, ADW_TYPE_ACTION_ROW));

  page = GTK_WIDGET (show_today (window));
  g_assert_nonnull (find_row (page, "深圳储能电池Pack项目"));

  zs_test_close_window (window);
}

/* win.show-due, which "And N more" asks for: each page filtered to what
 * is due as of the window's day, whatever filter it had. */
static void
test_show_due_filters_each_page (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-show-due");
  g_autoptr(ZsLead) overdue = add_lead (store, "深圳储能电池Pack项目", "2024-10-01");
  g_autoptr(ZsLead) fresh = add_lead (store, "苏州光伏组件扩产", "2024-10-15");
  g_autoptr(GError) error = NULL;
  const char *updates[] = { "2024-08-20", "2024-10-15" };
  ZsWindow *window;
  ZsLeadsPage *leads;
  ZsCarriersPage *carriers;

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    {
      g_autoptr(ZsCarrier) carrier = zs_carrier_new ();
      g_autofree char *name = g_strdup_printf ("标准厂房%u栋", i + 1);

      zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_NAME, name);
      zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_LAST_UPDATE, updates[i]);
      g_assert_true (zs_store_save (store, ZS_RECORD (carrier), &error));
      g_assert_no_error (error);
    }
  window = zs_test_open_window (store, 1400, 900);
  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);

  /* A search the clerk left on the leads page goes. */
  g_assert_true (zs_window_show_page (window, "leads"));
  zs_test_drain_events ();
  leads = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  zs_leads_page_set_search (leads, "苏州");
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_leads_page_get_model (leads)), ==, 1);
  g_assert_true (zs_window_show_page (window, "board"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-due", "s", "leads"));
  zs_test_drain_events ();
  leads = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (leads)));
  g_assert_cmpuint (g_list_model_get_n_items (zs_leads_page_get_model (leads)), ==, 1);
  {
    g_autoptr(ZsRecord) shown = g_list_model_get_item (zs_leads_page_get_model (leads), 0);

    g_assert_cmpint (zs_record_get_id (shown), ==, zs_record_get_id (ZS_RECORD (overdue)));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-due", "s", "carriers"));
  zs_test_drain_events ();
  carriers = zs_test_find_page (window, ZS_TYPE_CARRIERS_PAGE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (carriers)));
  g_assert_cmpuint (g_list_model_get_n_items (zs_carriers_page_get_carriers (carriers)), ==, 1);

  zs_test_close_window (window);
}

/* The list is worked out in a worker thread on a connection of its own,
 * not on the window's (at 100,000 projects it took 2.6 s of the main
 * thread): a lead saved in the window's open transaction is not on it
 * until committed, where the window's own connection would see it. */
static void
test_listed_in_a_worker (void)
{
  g_autoptr(ZsStore) store = open_set_up ("ui-today-worker");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsLead) lead = NULL;
  g_autoptr(ZsLead) committed = NULL;
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  ZsTodayPage *page;

  zs_clock_set_today (zs_context_get_clock (zs_window_get_context (window)), TODAY);
  page = show_today (window);
  g_assert_null (find_row (GTK_WIDGET (page), "宁波港口物流园"));

  /* One lead saved, one in a transaction still open: the list, worked
   * out meanwhile, has the first (so the worker did read) and not the
   * second. */
  committed = add_lead (store, "深圳储能电池Pack项目", "2024-10-14");
  g_assert_true (zs_store_begin (store, &error));
  g_assert_no_error (error);
  lead = add_lead (store, "宁波港口物流园", "2024-10-14");
  zs_page_queue_refresh (ZS_PAGE (page));
  wait_for_list (GTK_WIDGET (page));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "深圳储能电池Pack项目"));
  g_assert_null (find_row (GTK_WIDGET (page), "宁波港口物流园"));

  g_assert_true (zs_store_commit (store, &error));
  g_assert_no_error (error);
  zs_page_queue_refresh (ZS_PAGE (page));
  wait_for_list (GTK_WIDGET (page));
  g_assert_nonnull (find_row (GTK_WIDGET (page), "宁波港口物流园"));

  /* Closed while a list is being worked out: the answer is dropped. */
  zs_page_queue_refresh (ZS_PAGE (page));
  zs_test_drain_events ();
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-today/due-lead-opens-and-leaves", test_due_lead_opens_and_leaves);
  g_test_add_func ("/ui-today/empty-state", test_empty_state);
  g_test_add_func ("/ui-today/many-due-are-cut", test_many_due_are_cut);
  g_test_add_func ("/ui-today/quiet-partners-not-counted", test_quiet_partners_not_counted);
  g_test_add_func ("/ui-today/rows-built-when-shown", test_rows_built_when_shown);
  g_test_add_func ("/ui-today/show-due-filters-each-page", test_show_due_filters_each_page);
  g_test_add_func ("/ui-today/many-quiet-partners-read-as-shown", test_many_quiet_partners_read_as_shown);
  g_test_add_func ("/ui-today/listed-in-a-worker", test_listed_in_a_worker);

  return g_test_run ();
}
