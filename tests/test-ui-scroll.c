/* test-ui-scroll.c — long tables jumped through in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-leads-page.h"
#include "zs-slot-label.h"
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

/* The first ZsSlotLabel under @root showing @text. */
static GtkWidget *
find_cell (GtkWidget  *root,
           const char *text)
{
  if (ZS_IS_SLOT_LABEL (root) && g_strcmp0 (zs_slot_label_get_text (ZS_SLOT_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A cell keeps its size whatever text a row gets: one line high, and as
 * wide as it was first measured. A GtkLabel cell asked for a new size with
 * each text, and GTK measured the row and its column again (most of the
 * time a jump through a long table took). */
static void
test_leads_cell_size_ignores_text (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  g_autoptr(ZsLead) lead = zs_lead_new ();
  ZsWindow *window;
  ZsLeadsPage *page;
  GtkWidget *cell;
  int width, height, min, nat;

  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, "短名");
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, "2099-01-01");
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), NULL));

  window = zs_test_open_window (store, 1366, 768);
  g_assert_true (zs_window_show_page (window, "leads"));
  page = ZS_LEADS_PAGE (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE));
  zs_leads_page_set_show (page, ZS_LEADS_SHOW_ALL);
  zs_test_drain_events ();
  zs_test_wait_for_frame (GTK_WIDGET (window));
  cell = find_cell (GTK_WIDGET (page), "短名");
  g_assert_nonnull (cell);
  gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, &min, &width, NULL, NULL);
  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, -1, &min, &height, NULL, NULL);

  /* A name of three lines and a hundred characters, in the same row. */
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME,
                        "很长很长的线索名称很长很长的线索名称很长很长的线索名称很长很长的线索名称\n第二行\n第三行"
                        "很长很长的线索名称很长很长的线索名称很长很长的线索名称很长很长的线索名称");
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), NULL));
  zs_test_drain_events ();
  zs_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (g_str_has_prefix (zs_slot_label_get_text (ZS_SLOT_LABEL (cell)), "很长很长"));
  gtk_widget_measure (cell, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, width);
  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, height);
  g_assert_cmpint (gtk_widget_get_height (cell), ==, height);
  zs_test_close_window (window);
}

/* @n leads 滚动线索0000 …, estimated at @base + their number. */
static void
add_leads (ZsStore *store,
           guint    n,
           gint64   base)
{
  g_assert_true (zs_store_begin (store, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsLead) lead = zs_lead_new ();
      g_autofree char *name = g_strdup_printf ("滚动线索%04u", i);
      g_autofree char *date = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, name);
      zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, date);
      zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_ESTIMATED_INVESTMENT, base + i);
      g_assert_true (zs_store_save (store, ZS_RECORD (lead), NULL));
    }
  g_assert_true (zs_store_commit (store, NULL));
}

/* The leads page of @store's window, every lead shown. */
static ZsLeadsPage *
show_all_leads (ZsWindow *window)
{
  ZsLeadsPage *page;

  g_assert_true (zs_window_show_page (window, "leads"));
  zs_test_drain_events ();
  page = ZS_LEADS_PAGE (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE));
  zs_leads_page_set_show (page, ZS_LEADS_SHOW_ALL);
  zs_test_drain_events ();
  return page;
}

static void
jump_to (GtkWidget *view,
         double     fraction)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  gtk_adjustment_set_value (adjustment, upper * fraction);
  zs_test_wait_for_frame (view);
  zs_test_wait_for_frame (view);
}

static void
count_change (guint *changes)
{
  (*changes)++;
}

/* Another program renames the first lead while the clerk is at the end of
 * the table: scrolling back shows the new name, not the one read before. */
static void
test_leads_edited_elsewhere (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-scroll-edited");
  g_autoptr(ZsStore) other = NULL;
  g_autoptr(ZsRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  ZsWindow *window;
  ZsLeadsPage *page;
  GtkWidget *view;
  gint64 first_id;
  guint changes = 0;
  gint64 deadline;

  add_leads (store, 3000, 1000);
  window = zs_test_open_window (store, 1366, 768);
  page = show_all_leads (window);
  view = zs_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  zs_test_wait_for_frame (view);
  first_id = zs_record_list_get_id (ZS_RECORD_LIST (zs_leads_page_get_model (page)), 0);
  jump_to (view, 1.0);

  other = zs_store_open (zs_store_get_path (store), &error);
  g_assert_no_error (error);
  theirs = zs_store_load (other, ZS_TYPE_LEAD, first_id, &error);
  g_assert_no_error (error);
  zs_record_set_string (theirs, ZS_LEAD_NAME, "别处改过的线索");
  g_assert_true (zs_store_save (other, theirs, &error));
  g_assert_no_error (error);

  /* The window hears of it within two seconds (issue 12). */
  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);
  deadline = g_get_monotonic_time () + zs_test_time_limit_ms (2000) * G_TIME_SPAN_MILLISECOND;
  while (changes == 0 && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  g_assert_cmpuint (changes, >, 0);
  zs_test_drain_events ();

  jump_to (view, 0.0);
  g_assert_nonnull (find_cell (GTK_WIDGET (page), "别处改过的线索"));
  g_signal_handlers_disconnect_by_data (store, &changes);
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/leads/scroll-through-many", test_leads_scroll_through_many);
  g_test_add_func ("/ui/leads/cell-size-ignores-text", test_leads_cell_size_ignores_text);
  g_test_add_func ("/ui/leads/edited-elsewhere-after-scrolling-back", test_leads_edited_elsewhere);
  return g_test_run ();
}
