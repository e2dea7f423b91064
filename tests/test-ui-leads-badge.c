/* test-ui-leads-badge.c — the leads page's sidebar count before the page is built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Under Xvfb with G_DEBUG=fatal-warnings: a GTK warning or critical fails.
 */
#include "config.h"

#include <adwaita.h>

#include "zs-lead-deadlines.h"
#include "zs-leads-page.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

/* Runs the main loop until the sidebar row of @page reads @text, for at
 * most 10 seconds: the count comes from a worker thread. */
static void
wait_for_badge (ZsWindow   *window,
                const char *page,
                const char *text)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (zs_test_sidebar_badge (window, page), text) != 0 && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10000);
}

/* The leads page is built when first shown: until then the sidebar counts
 * its overdue leads from a worker thread, and keeps counting. */
static void
test_overdue_counted_without_the_page (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  ZsWindow *window = (g_settings_set_string (settings, "last-page", "board"), zs_test_open_window_at (store, "board"));
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsQuery) overdue = zs_lead_overdue_query (store, today);
  gint64 n_overdue = zs_test_count (store, overdue);
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, n_overdue);
  g_autofree char *fewer = g_strdup_printf ("%" G_GINT64_FORMAT, n_overdue - 1);

  g_assert_cmpint (n_overdue, >, 1);
  wait_for_badge (window, "leads", expected);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, expected);
  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEADS_PAGE));

  /* Answering one takes it off the count, the page still unbuilt. */
  {
    g_autoptr(ZsLead) lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "深圳储能电池Pack项目");
    g_autoptr(GError) error = NULL;

    g_assert_true (zs_lead_mark_responded (store, lead, today, &error));
  }
  wait_for_badge (window, "leads", fewer);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, fewer);
  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_LEADS_PAGE));

  /* Shown, the page counts the same. */
  g_assert_true (zs_window_show_page (window, "leads"));
  zs_test_drain_events ();
  g_assert_cmpuint (zs_leads_page_get_badge (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE)), ==, n_overdue - 1);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, fewer);
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);
  g_test_add_func ("/ui/leads/overdue-counted-without-the-page", test_overdue_counted_without_the_page);
  return g_test_run ();
}
