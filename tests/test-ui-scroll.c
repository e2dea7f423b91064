/* test-ui-scroll.c — long tables jumped through in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-leads-page.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

/* Jumping through a long table as a dragged scrollbar does shows each
 * screenful whole. G_DEBUG=fatal-warnings makes GTK's "Trying to snapshot
 * GtkListItemWidget without a current allocation" (rows drawn before they
 * were laid out) fail the test. */
static void
test_leads_scroll_through_many (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = NULL;
  ZsLeadsPage *page;
  GtkWidget *view;
  GtkAdjustment *adjustment;
  guint steps = 25;

  g_assert_true (zs_store_begin (store, NULL));
  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(ZsLead) lead = zs_lead_new ();
      g_autofree char *name = g_strdup_printf ("滚动线索%04u", i);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
      zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, date);
      zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_ESTIMATED_INVESTMENT, 1000 + i);
      g_assert_true (zs_store_save (store, ZS_RECORD (lead), NULL));
    }
  g_assert_true (zs_store_commit (store, NULL));

  window = zs_test_open_window (store, 1366, 768);
  g_assert_true (zs_window_show_page (window, "leads"));
  zs_test_drain_events ();
  page = ZS_LEADS_PAGE (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE));
  zs_leads_page_set_show (page, ZS_LEADS_SHOW_ALL);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_leads_page_get_model (page)), >, 3000);
  view = zs_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  zs_test_wait_for_frame (view);

  for (guint i = 1; i <= steps; i++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, upper * i / steps);
      zs_test_wait_for_frame (view);
      zs_test_wait_for_frame (view);
    }
  /* It did reach the end of the table. */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/leads/scroll-through-many", test_leads_scroll_through_many);
  return g_test_run ();
}
