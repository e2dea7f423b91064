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
  cell = zs_test_find_cell (GTK_WIDGET (page), "短名");
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
  g_assert_nonnull (zs_test_find_cell (GTK_WIDGET (page), "别处改过的线索"));
  g_signal_handlers_disconnect_by_data (store, &changes);
  zs_test_close_window (window);
}

/* ---- cells that read their row only when drawn -------------------------------------- */

typedef struct {
  guint formats;
} CellCount;

static char *
count_format (gpointer item,
              gpointer user_data)
{
  CellCount *count = user_data;

  count->formats++;
  return g_strdup (gtk_string_object_get_string (item));
}

/* Every row whose number ends in 7 is drawn in the theme's error colour. */
static const char *
sevens_in_error (gpointer item,
                 gpointer user_data)
{
  return g_str_has_suffix (gtk_string_object_get_string (item), "7行") ? "error_color" : NULL;
}

/* A colour a row calls for is the theme's: the overdue lead's deadline in
 * the error colour, without a style class that a rebind would restyle. */
static void
test_cell_color_from_theme (void)
{
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);
  CellCount count = { 0 };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkColumnView *view;
  GtkWidget *cell;
  GdkRGBA drawn, error, plain;

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("第%04u行", i);

      gtk_string_list_append (rows, text);
    }
  view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (
      gtk_no_selection_new (G_LIST_MODEL (zs_slot_list_new (G_LIST_MODEL (rows)))))));
  gtk_column_view_append_column (view, zs_slot_label_column_new ("行", count_format, sevens_in_error,
                                                                 &count, FALSE, 8));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 900);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_for_frame (GTK_WIDGET (view));

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (view)), "error_color", &error));
  for (guint i = 6; i <= 7; i++)
    {
      g_autofree char *text = g_strdup_printf ("第%04u行", i);

      cell = zs_test_find_cell (GTK_WIDGET (view), text);
      g_assert_nonnull (cell);
      g_assert_true (zs_test_drawn_text_color (cell, &drawn));
      if (i == 7)
        g_assert_true (gdk_rgba_equal (&drawn, &error));
      else
        plain = drawn;
    }
  g_assert_false (gdk_rgba_equal (&plain, &error));
  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

/* Counts the table cells under @root, and those that have made their
 * text since their row was last bound (their accessible label is set);
 * @unmade gets those that have not. */
static void
count_cells (GtkWidget *root,
             guint     *cells,
             guint     *made,
             GPtrArray *unmade)
{
  if (ZS_IS_SLOT_LABEL (root))
    {
      (*cells)++;
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
        (*made)++;
      else
        g_ptr_array_add (unmade, root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    count_cells (child, cells, made, unmade);
}

/* GTK 4.8's column view binds two hundred rows around the one a jump
 * lands on and draws a screenful: the cells make their text, and read
 * their lead, only for the rows drawn. A cell off screen makes its text
 * when asked for it. */
static void
test_leads_jump_makes_drawn_cells (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window;
  ZsLeadsPage *page;
  GtkWidget *view;
  GtkAdjustment *adjustment;
  g_autoptr(GPtrArray) unmade = g_ptr_array_new ();
  guint cells = 0, made = 0, names = 0, columns, on_screen;
  double row_height;

  add_leads (store, 3000, 1000);
  window = zs_test_open_window (store, 1366, 768);
  page = show_all_leads (window);
  view = zs_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  zs_test_wait_for_frame (view);

  jump_to (view, 0.5);
  zs_test_wait_for_frame (view);

  columns = g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (view)));
  row_height = gtk_adjustment_get_upper (adjustment) / g_list_model_get_n_items (zs_leads_page_get_model (page));
  on_screen = (guint) (gtk_adjustment_get_page_size (adjustment) / row_height) + 2;
  count_cells (view, &cells, &made, unmade);
  g_test_message ("%u cells bound, %u made their text, %u rows of %u columns on screen",
                  cells, made, on_screen, columns);
  g_assert_cmpuint (made, >=, columns);
  g_assert_cmpuint (made, <=, on_screen * columns);

  /* A cell off screen makes its own lead's text when asked. */
  g_assert_cmpuint (unmade->len, >, 0);
  for (guint i = 0; i < unmade->len; i++)
    {
      GtkAccessible *cell = g_ptr_array_index (unmade, i);

      if (g_str_has_prefix (zs_slot_label_get_text (ZS_SLOT_LABEL (cell)), "滚动线索"))
        names++;
      g_assert_true (gtk_test_accessible_has_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  g_assert_cmpuint (names, >, 0);
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The cells' accessible labels are part of what is checked: GTK's test
   * context keeps them (with "none", GTK keeps none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/leads/scroll-through-many", test_leads_scroll_through_many);
  g_test_add_func ("/ui/leads/cell-size-ignores-text", test_leads_cell_size_ignores_text);
  g_test_add_func ("/ui/leads/edited-elsewhere-after-scrolling-back", test_leads_edited_elsewhere);
  g_test_add_func ("/ui/slot-label/color-from-theme", test_cell_color_from_theme);
  g_test_add_func ("/ui/leads/jump-makes-drawn-cells", test_leads_jump_makes_drawn_cells);
  return g_test_run ();
}
