/* test-ui-dispatch.c — the dispatch dashboard and the monthly bulletin,
 * in the real window under Xvfb (the carriers pages: test-ui-carriers.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The expected figures are counted here record by record (every stage
 * event), not with the aggregate queries the page uses.
 * The bulletin tests read the PDF back with poppler's pdfinfo and
 * pdftotext (poppler-utils).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "zs-attention-panel.h"
#include "zs-attention-row.h"
#include "zs-bulletin.h"
#include "zs-bulletin-dialog.h"
#include "zs-carriers-page.h"
#include "zs-dispatch-page.h"
#include "zs-funnel-chart.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

/* An office PC's screen. */
static ZsWindow *
open_window (ZsStore *store)
{
  return zs_test_open_window (store, 1366, 768);
}

static ZsStore *
open_demo (void)
{
  return zs_test_open_demo ("ui-dispatch-demo");
}

static gboolean
in_range (const char *date,
          const char *first,
          const char *last)
{
  return date != NULL && strcmp (date, first) >= 0 && strcmp (date, last) <= 0;
}

/* The projects that entered @stage on a day from @first to @last, from the
 * stage events one by one; their planned investment in @investment. */
static gint64
count_entered (ZsStore    *store,
               ZsStage     stage,
               const char *first,
               const char *last,
               gint64     *investment)
{
  g_autoptr(GPtrArray) events = zs_test_load_all (store, ZS_TYPE_STAGE_EVENT);
  g_autoptr(GHashTable) projects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gint64 *id;

  for (guint i = 0; i < events->len; i++)
    {
      ZsRecord *e = g_ptr_array_index (events, i);
      gint64 project = zs_record_get_int (e, ZS_STAGE_EVENT_PROJECT_ID);

      if (zs_record_get_enum (e, ZS_STAGE_EVENT_TO_STAGE) == (int) stage &&
          in_range (zs_record_get_string (e, ZS_STAGE_EVENT_DATE), first, last))
        g_hash_table_add (projects, g_memdup2 (&project, sizeof project));
    }

  *investment = 0;
  g_hash_table_iter_init (&iter, projects);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr(ZsRecord) p = zs_store_load (store, ZS_TYPE_PROJECT, *id, NULL);

      *investment += zs_record_get_int (p, ZS_PROJECT_PLANNED_INVESTMENT);
    }
  return g_hash_table_size (projects);
}

static ZsDispatchPage *
show_dispatch (ZsWindow *window)
{
  ZsDispatchPage *page;

  g_assert_true (zs_window_show_page (window, "dispatch"));
  zs_test_drain_events ();
  page = ZS_DISPATCH_PAGE (zs_test_find_page (window, ZS_TYPE_DISPATCH_PAGE));
  g_assert_nonnull (page);
  return page;
}

static void
wait_for_figures (ZsDispatchPage *page)
{
  /* Worked out in a worker thread. */
  while (zs_dispatch_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  g_assert_null (zs_dispatch_page_get_error (page));
  g_assert_nonnull (zs_dispatch_page_get_report (page));
}

static void
assert_tile (ZsDispatchPage *page,
             ZsKpi           kpi,
             gint64          expected)
{
  g_autofree char *text = zs_kpi_format (kpi, expected);

  g_assert_cmpstr (zs_kpi_tile_get_value_text (zs_dispatch_page_get_tile (page, kpi)), ==, text);
}

/* ---- the dashboard ----------------------------------------------------------------- */

static void
test_pages_fit_a_small_screen (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  GType types[] = { ZS_TYPE_CARRIERS_PAGE, ZS_TYPE_DISPATCH_PAGE };

  /* Next to the sidebar on an office PC's 1366-pixel screen, as the board:
   * a wider page would make the whole window fold. A page is built when
   * first shown. */
  g_assert_true (zs_window_show_page (window, "carriers"));
  show_dispatch (window);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      int min;

      gtk_widget_measure (zs_test_find_widget (GTK_WIDGET (window), types[i]), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min, NULL, NULL, NULL);
      g_test_message ("%s needs %d pixels", g_type_name (types[i]), min);
      g_assert_cmpint (min, <=, 1000);
    }
  zs_test_close_window (window);
}

static void
test_dashboard_shows_demo_figures (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  const char *first, *last;
  g_autoptr(GPtrArray) leads = zs_test_load_all (store, ZS_TYPE_LEAD);
  g_autoptr(GPtrArray) projects = zs_test_load_all (store, ZS_TYPE_PROJECT);
  gint64 n_leads = 0, funds = 0, investment, n_active = 0, n_red_orange = 0;
  static const ZsStage stages[] = { ZS_STAGE_SIGNED, ZS_STAGE_REGISTERED, ZS_STAGE_STARTED, ZS_STAGE_PRODUCTION };
  static const ZsKpi kpis[] = { ZS_KPI_SIGNED, ZS_KPI_REGISTERED, ZS_KPI_STARTED, ZS_KPI_PRODUCTION };
  ZsReport *report;

  /* Opens on this month. */
  wait_for_figures (page);
  first = zs_dispatch_page_get_first (page);
  last = zs_dispatch_page_get_last (page);
  {
    g_autofree char *month_first = NULL;
    g_autofree char *month_last = NULL;

    zs_period_bounds (ZS_PERIOD_MONTH, zs_page_get_today (ZS_PAGE (page)), &month_first, &month_last);
    g_assert_cmpstr (first, ==, month_first);
    g_assert_cmpstr (last, ==, month_last);
  }

  /* Whatever day the demo is loaded, its story ends today and the whole
   * year counts; look at the year so the figures are never all zero. */
  zs_dispatch_page_set_period (page, ZS_PERIOD_YEAR, NULL, NULL);
  wait_for_figures (page);
  first = zs_dispatch_page_get_first (page);
  last = zs_dispatch_page_get_last (page);

  for (guint i = 0; i < leads->len; i++)
    n_leads += in_range (zs_record_get_string (g_ptr_array_index (leads, i), ZS_LEAD_RECEIVED_DATE), first, last);
  assert_tile (page, ZS_KPI_LEADS, n_leads);

  for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
    {
      gint64 n = count_entered (store, stages[s], first, last, &investment);

      assert_tile (page, kpis[s], n);
      if (stages[s] == ZS_STAGE_SIGNED)
        {
          g_assert_cmpint (n, >, 0);
          assert_tile (page, ZS_KPI_SIGNED_INVESTMENT, investment);
        }
    }

  for (guint i = 0; i < projects->len; i++)
    {
      ZsRecord *p = g_ptr_array_index (projects, i);
      ZsStage stage = zs_record_get_enum (p, ZS_PROJECT_STAGE);
      ZsGrade grade = zs_record_get_enum (p, ZS_PROJECT_GRADE);

      n_active += stage != ZS_STAGE_TERMINATED;
      n_red_orange += (grade == ZS_GRADE_RED || grade == ZS_GRADE_ORANGE) && stage < ZS_STAGE_PRODUCTION;
    }
  /* Funds: the entries dated in the period, whatever their project's stage. */
  {
    g_autoptr(ZsQuery) entries = zs_query_new (ZS_TYPE_FUNDS_ENTRY);

    zs_query_add_string (entries, ZS_FUNDS_ENTRY_DATE, ZS_QUERY_GE, first);
    zs_query_add_string (entries, ZS_FUNDS_ENTRY_DATE, ZS_QUERY_LE, last);
    funds = zs_store_sum (store, entries, ZS_FUNDS_ENTRY_AMOUNT, NULL);
    /* The demo's last instalments arrive this month: not the running total. */
    g_assert_cmpint (funds, >, 0);
  }
  assert_tile (page, ZS_KPI_FUNDS_IN_PLACE, funds);
  /* Foreign capital has tiles of its own, in 万美元 and without a target. */
  for (guint w = 0; w < ZS_FOREIGN_N; w++)
    {
      ZsKpiTile *tile = zs_dispatch_page_get_foreign_tile (page, w);

      g_assert_nonnull (strstr (zs_kpi_tile_get_value_text (tile), "US dollars"));
      g_assert_nonnull (strstr (zs_kpi_tile_get_detail_text (tile), "no target"));
    }

  /* The targets are the demo's, moved to this year: 13 units with targets. */
  report = zs_dispatch_page_get_report (page);
  g_assert_cmpint (zs_report_line_get_target (zs_report_get_total (report), ZS_KPI_SIGNED), >, 0);
  g_assert_nonnull (strstr (zs_kpi_tile_get_detail_text (zs_dispatch_page_get_tile (page, ZS_KPI_SIGNED)), "%"));
  {
    GListModel *units = zs_report_get_units (report);
    g_autoptr(ZsReportLine) top = g_list_model_get_item (units, 0);
    guint ranked = 0;

    for (guint i = 0; i < g_list_model_get_n_items (units); i++)
      {
        g_autoptr(ZsReportLine) line = g_list_model_get_item (units, i);

        ranked += zs_report_line_get_rank (line) > 0;
      }
    g_assert_cmpuint (ranked, ==, 13);
    g_assert_cmpuint (zs_report_line_get_rank (top), ==, 1);
  }

  /* The funnel starts with every project not dropped. */
  g_assert_cmpint (zs_funnel_chart_get_reached (ZS_FUNNEL_CHART (zs_test_find_widget (GTK_WIDGET (page), ZS_TYPE_FUNNEL_CHART)),
                                                ZS_STAGE_LEAD), ==, n_active);

  /* The attention lists agree with the records themselves. */
  g_assert_cmpuint (g_list_model_get_n_items (zs_dispatch_page_get_attention (page, ZS_ATTENTION_RED_ORANGE)), ==, n_red_orange);
  g_assert_cmpint (n_red_orange, >, 0);
  {
    g_autoptr(GPtrArray) carriers = zs_test_load_all (store, ZS_TYPE_CARRIER);
    guint stale = 0;

    for (guint i = 0; i < carriers->len; i++)
      stale += zs_carrier_is_stale (g_ptr_array_index (carriers, i), zs_page_get_today (ZS_PAGE (page)));
    g_assert_cmpuint (g_list_model_get_n_items (zs_dispatch_page_get_attention (page, ZS_ATTENTION_STALE_CARRIERS)), ==, stale);
  }
  /* The demo's story has overdue leads and partners gone quiet. */
  g_assert_cmpuint (g_list_model_get_n_items (zs_dispatch_page_get_attention (page, ZS_ATTENTION_OVERDUE_LEADS)), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (zs_dispatch_page_get_attention (page, ZS_ATTENTION_QUIET_PARTNERS)), >=, 2);

  zs_test_close_window (window);
}

static void
test_period_picker (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  gint64 investment;
  gint64 n;

  zs_clock_set_today (zs_page_get_clock (ZS_PAGE (page)), "2026-11-21");
  wait_for_figures (page);
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-11-01");

  /* Back one month; then quarters and weeks. */
  zs_dispatch_page_step (page, -1);
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-10-01");
  g_assert_cmpstr (zs_dispatch_page_get_last (page), ==, "2026-10-31");
  wait_for_figures (page);
  n = count_entered (store, ZS_STAGE_SIGNED, "2026-10-01", "2026-10-31", &investment);
  assert_tile (page, ZS_KPI_SIGNED, n);

  zs_dispatch_page_set_period (page, ZS_PERIOD_QUARTER, NULL, NULL);
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-10-01");
  g_assert_cmpstr (zs_dispatch_page_get_last (page), ==, "2026-12-31");
  zs_dispatch_page_set_period (page, ZS_PERIOD_WEEK, NULL, NULL);
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-11-16");
  zs_dispatch_page_step (page, 1);
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-11-23");
  wait_for_figures (page);

  /* A custom range: wrong dates are named and change nothing. */
  g_assert_false (zs_dispatch_page_set_period (page, ZS_DISPATCH_PERIOD_CUSTOM, "2026-02-30", "2026-03-31"));
  g_assert_nonnull (zs_dispatch_page_get_error (page));
  g_assert_nonnull (strstr (zs_dispatch_page_get_error (page), "2026-02-30"));
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-11-23");
  g_assert_false (zs_dispatch_page_set_period (page, ZS_DISPATCH_PERIOD_CUSTOM, "2026-06-30", "2026-06-01"));
  g_assert_cmpstr (zs_dispatch_page_get_first (page), ==, "2026-11-23");

  g_assert_true (zs_dispatch_page_set_period (page, ZS_DISPATCH_PERIOD_CUSTOM, "2026-01-01", "2026-11-21"));
  wait_for_figures (page);
  n = count_entered (store, ZS_STAGE_STARTED, "2026-01-01", "2026-11-21", &investment);
  assert_tile (page, ZS_KPI_STARTED, n);

  zs_test_close_window (window);
}

static void
test_dashboard_follows_edits (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  g_autoptr(ZsProject) project = zs_project_new ();
  g_autofree char *today = zs_date_today ();
  gint64 before, investment;
  GListModel *red;
  guint red_before;

  wait_for_figures (page);
  before = count_entered (store, ZS_STAGE_SIGNED, zs_dispatch_page_get_first (page),
                          zs_dispatch_page_get_last (page), &investment);
  red = zs_dispatch_page_get_attention (page, ZS_ATTENTION_RED_ORANGE);
  red_before = g_list_model_get_n_items (red);

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "今日签约的红色项目");
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, ZS_STAGE_SIGNED);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_GRADE, ZS_GRADE_RED);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE, today);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));

  /* The figures are counted again after a short pause. */
  while (zs_dispatch_page_get_report (page) != NULL)
    g_main_context_iteration (NULL, TRUE);
  wait_for_figures (page);
  assert_tile (page, ZS_KPI_SIGNED, before + 1);
  g_assert_cmpuint (g_list_model_get_n_items (red), ==, red_before + 1);

  zs_test_close_window (window);
}

/* How many of @widget's attention lists show @child ("counting", "list",
 * "empty"): each list is a stack of the three. */
static guint
lists_showing (GtkWidget  *widget,
               const char *child)
{
  guint n = 0;

  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "counting") != NULL)
    return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (widget)), child) == 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += lists_showing (c, child);
  return n;
}

/* The attention lists are the report's: while it is counted they say so
 * (not "no project needs attention"), then they hold exactly the records
 * the report counted, read with the figures in the worker thread; the
 * window's connection no longer runs their six queries, which held the
 * main loop a few hundred milliseconds at 100,000 projects. */
static void
test_lists_come_with_the_report (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.zhaoshang.Zhaoshang");
  /* Opened on the board: the dispatch page is made below, not yet counted. */
  ZsWindow *window = (g_settings_set_string (settings, "last-page", "board"), open_window (store));
  GtkWidget *panel;
  ZsDispatchPage *page;
  ZsReport *report;

  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_DISPATCH_PAGE));
  g_assert_true (zs_window_show_page (window, "dispatch"));
  page = ZS_DISPATCH_PAGE (zs_test_find_page (window, ZS_TYPE_DISPATCH_PAGE));
  panel = zs_test_find_widget (GTK_WIDGET (page), ZS_TYPE_ATTENTION_PANEL);
  g_assert_nonnull (panel);
  /* Not yet counted: the worker answers through the main loop. */
  g_assert_null (zs_dispatch_page_get_report (page));
  g_assert_cmpuint (lists_showing (panel, "counting"), ==, ZS_ATTENTION_N);
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    g_assert_cmpuint (g_list_model_get_n_items (zs_attention_panel_get_list (ZS_ATTENTION_PANEL (panel), i)), ==, 0);

  wait_for_figures (page);
  report = zs_dispatch_page_get_report (page);
  g_assert_cmpuint (lists_showing (panel, "counting"), ==, 0);
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    {
      GListModel *list = zs_attention_panel_get_list (ZS_ATTENTION_PANEL (panel), i);
      GArray *ids = zs_report_get_attention_ids (report, i);

      g_assert_cmpuint (g_list_model_get_n_items (list), ==, zs_report_get_attention (report, i));
      g_assert_cmpuint (ids->len, ==, zs_report_get_attention (report, i));
      for (guint k = 0; k < ids->len; k++)
        g_assert_cmpint (zs_record_list_get_id (ZS_RECORD_LIST (list), k), ==, g_array_index (ids, gint64, k));
    }
  /* The demo's story: red projects, overdue leads, quiet partners. */
  g_assert_cmpuint (lists_showing (panel, "list"), >=, 3);

  /* A tab's rows are made when it is first shown (GTK 4.8 makes two
   * hundred of them for each list given a model, shown or not). */
  {
    GtkStack *tabs = GTK_STACK (zs_test_find_widget (panel, GTK_TYPE_STACK));
    GtkWidget *leads = gtk_stack_get_child_by_name (tabs, "attention-2");
    GtkListView *view = GTK_LIST_VIEW (zs_test_find_widget (leads, GTK_TYPE_LIST_VIEW));

    g_assert_null (gtk_list_view_get_model (view));
    gtk_stack_set_visible_child (tabs, leads);
    zs_test_drain_events ();
    g_assert_nonnull (gtk_list_view_get_model (view));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==,
                      zs_report_get_attention (report, ZS_ATTENTION_OVERDUE_LEADS));
    g_assert_nonnull (zs_test_find_widget (GTK_WIDGET (view), ZS_TYPE_ATTENTION_ROW));
  }

  /* Another period: the lists keep what they show until the new count. */
  zs_dispatch_page_step (page, -1);
  g_assert_cmpuint (lists_showing (panel, "counting"), ==, 0);
  wait_for_figures (page);
  g_assert_cmpuint (g_list_model_get_n_items (zs_attention_panel_get_list (ZS_ATTENTION_PANEL (panel), ZS_ATTENTION_RED_ORANGE)),
                    ==, zs_report_get_attention (zs_dispatch_page_get_report (page), ZS_ATTENTION_RED_ORANGE));

  /* A new day, on a range of the clerk's own (the picker does not move):
   * the lists are counted again as of that day. Half a year on, more
   * projects have gone without progress. */
  g_assert_true (zs_dispatch_page_set_period (page, ZS_DISPATCH_PERIOD_CUSTOM, "2026-01-01", "2026-03-31"));
  wait_for_figures (page);
  {
    g_autofree char *later = zs_date_add_days (zs_page_get_today (ZS_PAGE (page)), 180);
    g_autoptr(ZsQuery) stale = NULL;
    GtkStack *tabs = GTK_STACK (zs_test_find_widget (panel, GTK_TYPE_STACK));
    ZsAttentionRow *row;
    g_autofree char *before_day = NULL;
    g_autofree char *expected = NULL;

    /* A stale project's row says for how many days, as of the day. */
    gtk_stack_set_visible_child_name (tabs, "attention-1");
    zs_test_drain_events ();
    row = ZS_ATTENTION_ROW (zs_test_find_widget (gtk_stack_get_child_by_name (tabs, "attention-1"), ZS_TYPE_ATTENTION_ROW));
    g_assert_nonnull (row);
    before_day = g_strdup (zs_attention_row_get_detail (row));

    zs_clock_set_today (zs_page_get_clock (ZS_PAGE (page)), later);
    /* At once, before the new count: the row that stays says it as of the new day. */
    expected = zs_attention_describe (store, ZS_ATTENTION_STALE_PROJECTS, zs_attention_row_get_record (row), later);
    g_assert_cmpstr (zs_attention_row_get_detail (row), ==, expected);
    g_assert_cmpstr (expected, !=, before_day);
    zs_test_drain_events ();
    wait_for_figures (page);
    g_assert_cmpstr (zs_report_get_today (zs_dispatch_page_get_report (page)), ==, later);
    stale = zs_attention_query (store, ZS_ATTENTION_STALE_PROJECTS, later);
    g_assert_cmpuint (g_list_model_get_n_items (zs_attention_panel_get_list (ZS_ATTENTION_PANEL (panel), ZS_ATTENTION_STALE_PROJECTS)),
                      ==, zs_store_count (store, stale, NULL));
  }

  zs_test_close_window (window);
}

/* The texts of the labels in @view's rows (not its headers), sorted. */
static GPtrArray *
cell_texts (GtkWidget *widget,
            GPtrArray *texts)
{
  if (texts == NULL)
    texts = g_ptr_array_new_with_free_func (g_free);
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL)
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    cell_texts (c, texts);
  return texts;
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* What the table @view shows, sorted and "|"-joined. */
static char *
shown_cells (GtkColumnView *view)
{
  g_autoptr(GPtrArray) texts = cell_texts (GTK_WIDGET (view), NULL);

  g_ptr_array_sort (texts, compare_texts);
  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("|", (char **) texts->pdata);
}

/* Stepping to another period, the tables by unit and by chain keep their
 * rows, dimmed and not for export, until the new count: the page keeps
 * its height and where the clerk scrolled to. Then the same rows show the
 * new period's figures. */
static void
test_tables_kept_while_counting (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  g_autoptr(GtkSelectionModel) model = NULL;
  GtkColumnView *units;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fresh = NULL;
  guint rows;

  wait_for_figures (page);
  units = GTK_COLUMN_VIEW (zs_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  rows = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (units)));
  g_assert_cmpuint (rows, >, 10);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (units)));
  before = shown_cells (units);

  /* The year so far: other figures than the month's. */
  zs_dispatch_page_set_period (page, ZS_PERIOD_YEAR, NULL, NULL);
  g_assert_true (zs_dispatch_page_is_busy (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (units))), ==, rows);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (units)));

  wait_for_figures (page);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (units)));
  after = shown_cells (units);
  g_assert_cmpstr (after, !=, before);

  /* The rows kept show what rows made anew for the year show. */
  model = g_object_ref (gtk_column_view_get_model (units));
  gtk_column_view_set_model (units, NULL);
  zs_test_drain_events ();
  gtk_column_view_set_model (units, model);
  zs_test_wait_for_frame (GTK_WIDGET (units));
  fresh = shown_cells (units);
  g_assert_cmpstr (after, ==, fresh);

  zs_test_close_window (window);
}

/* ---- the bulletin ------------------------------------------------------------------ */

static void
test_bulletin_pdf_from_the_page (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "bulletin.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *period = NULL;
  g_autofree char *investment = NULL;
  ZsReportLine *total;
  guint pages;

  wait_for_figures (page);
  g_assert_true (zs_dispatch_page_export_pdf (page, path, &error));
  g_assert_no_error (error);

  pages = zs_test_pdf_pages (path);
  g_assert_cmpuint (pages, >=, 2);
  text = zs_test_pdf_text (path, 0);
  /* Every page says it is one of that many. */
  footer = g_strdup_printf (_("Page %u of %u"), pages, pages);
  zs_test_assert_in_text (text, footer);

  total = zs_report_get_total (zs_dispatch_page_get_report (page));
  period = zs_report_describe_period (zs_dispatch_page_get_first (page), zs_dispatch_page_get_last (page));
  investment = zs_kpi_format (ZS_KPI_FUNDS_IN_PLACE, zs_report_line_get_value (total, ZS_KPI_FUNDS_IN_PLACE));
  zs_test_assert_in_text (text, _("Investment Promotion Bulletin"));
  zs_test_assert_in_text (text, period);
  zs_test_assert_in_text (text, investment);
  zs_test_assert_in_text (text, "潍坊经济开发区");
  zs_test_assert_in_text (text, "七星光合大厦");

  zs_test_close_window (window);
}

/* How many records of each kind the database holds. */
static char *
count_records (ZsStore *store)
{
  GType types[] = { ZS_TYPE_PROJECT, ZS_TYPE_STAGE_EVENT, ZS_TYPE_UNIT, ZS_TYPE_CARRIER };
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (types[i]);
      g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

      g_string_append_printf (counts, "%s=%u ", g_type_name (types[i]), ids->len);
    }
  return g_string_free (counts, FALSE);
}

/* The print dialog the page opened, among the toplevels, or NULL. */
static GtkDialog *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_DIALOG (toplevel);
    }
  return NULL;
}

static ZsBulletinDialog *
find_bulletin_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ZS_IS_BULLETIN_DIALOG (toplevel))
        return ZS_BULLETIN_DIALOG (toplevel);
    }
  g_error ("Print… did not ask for the bulletin's issue first");
}

/* Ctrl+P, then 取消: the dialog goes, the app and the data stay. Cancelling
 * used to abort in invalid_closure_notify when the operation dropped the
 * bulletin while its handlers were being destroyed. */
static void
test_bulletin_print_cancelled (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsDispatchPage *page = show_dispatch (window);
  g_autofree char *before = count_records (store);
  g_autofree char *after = NULL;

  wait_for_figures (page);
  for (int round = 0; round < 2; round++)
    {
      GtkDialog *dialog;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dispatch.print", NULL));
      zs_test_drain_events ();
      /* First the bulletin's issue and names, then the print system's dialog. */
      zs_bulletin_dialog_accept (find_bulletin_dialog ());
      zs_test_drain_events ();
      dialog = find_print_dialog ();
      g_assert_nonnull (dialog);
      /* What the dialog's 取消 button does. */
      gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
      zs_test_drain_events ();
      g_assert_null (find_print_dialog ());
    }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (zs_window_show_page (window, "board"));
  zs_test_drain_events ();
  after = count_records (store);
  g_assert_cmpstr (after, ==, before);

  zs_test_close_window (window);
}

static gint64
add_unit (ZsStore    *store,
          const char *name,
          int         position)
{
  g_autoptr(ZsUnit) unit = zs_unit_new ();

  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, name);
  zs_record_set_enum (ZS_RECORD (unit), ZS_UNIT_KIND, ZS_UNIT_TOWN);
  zs_record_set_int (ZS_RECORD (unit), ZS_UNIT_POSITION, position);
  g_assert_true (zs_store_save (store, ZS_RECORD (unit), NULL));
  return zs_record_get_id (ZS_RECORD (unit));
}

static void
test_bulletin_tables_break_across_pages (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-bulletin");
  g_autoptr(ZsReport) report = NULL;
  g_autoptr(ZsBulletin) bulletin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "units.pdf", NULL);
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *all = NULL;
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *p = ZS_RECORD (project);

  /* Seventy towns make a units table longer than a page. */
  for (int i = 1; i <= 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("测试镇街%02d", i);

      add_unit (store, name, 100 + i);
    }
  /* One project signed this month with 6.6 亿元 planned. */
  zs_record_set_string (p, ZS_PROJECT_NAME, "高端装备产业园项目");
  zs_record_set_enum (p, ZS_PROJECT_STAGE, ZS_STAGE_SIGNED);
  zs_record_set_string (p, ZS_PROJECT_STAGE_SINCE, "2026-11-05");
  zs_record_set_int (p, ZS_PROJECT_PLANNED_INVESTMENT, 66000 * ZS_AMOUNT_SCALE);
  zs_record_set_enum (p, ZS_PROJECT_GRADE, ZS_GRADE_RED);
  g_assert_true (zs_store_save (store, p, NULL));

  report = zs_report_new (store, "2026-11-01", "2026-11-30", "2026-11-21", NULL, &error);
  g_assert_no_error (error);
  bulletin = zs_bulletin_new (store, report);
  g_assert_true (zs_bulletin_write_pdf (bulletin, path, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (zs_test_pdf_pages (path), ==, zs_bulletin_get_n_pages (bulletin));
  g_assert_cmpuint (zs_test_pdf_pages (path), >=, 3);

  page1 = zs_test_pdf_text (path, 1);
  all = zs_test_pdf_text (path, 0);
  /* The title and the figure on the first page; the units run on over the
   * next pages, each with the table's header row again at its top. */
  zs_test_assert_in_text (page1, _("Investment Promotion Bulletin"));
  zs_test_assert_in_text (page1, "6.60");
  g_assert_null (strstr (page1, "测试镇街70"));
  for (guint n = 2; n <= zs_test_pdf_pages (path); n++)
    {
      g_free (page2);
      page2 = zs_test_pdf_text (path, (int) n);
      if (strstr (page2, "测试镇街70") != NULL)
        break;
    }
  zs_test_assert_in_text (page2, "测试镇街70");
  zs_test_assert_in_text (page2, _("Rank"));
  zs_test_assert_in_text (page2, _("Score"));
  /* The red project is in the attention list. */
  zs_test_assert_in_text (all, "高端装备产业园项目");
}

/* The page's Export PDF… writes as every export does: through a symbolic
 * link (which stays), into a FIFO as a stream, never over a folder. */
static void
test_bulletin_pdf_not_regular (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report = zs_report_new (store, "2026-11-01", "2026-11-30", "2026-11-21", NULL, &error);
  g_autoptr(ZsBulletin) bulletin = NULL;
  g_autofree char *real = zs_test_scratch_path ("real.pdf");
  g_autofree char *link = zs_test_scratch_path ("link.pdf");
  g_autofree char *fifo = zs_test_scratch_path ("pipe.pdf");
  g_autofree char *folder = zs_test_scratch_path ("folder.pdf");
  g_autoptr(GString) piped = g_string_new (NULL);
  g_autoptr(GDir) listing = NULL;
  GThread *reader;

  g_assert_no_error (error);
  bulletin = zs_bulletin_new (store, report);

  g_assert_true (g_file_set_contents (real, "旧的", -1, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);
  g_assert_true (zs_bulletin_write_pdf (bulletin, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (zs_test_pdf_pages (real), >=, 1);

  reader = zs_test_read_fifo (fifo, piped);
  g_assert_true (zs_bulletin_write_pdf (bulletin, fifo, &error));
  g_thread_join (reader);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (piped->str, "%PDF-"));
  g_assert_false (g_file_test (fifo, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (zs_bulletin_write_pdf (bulletin, folder, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  listing = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
}

/* ---- Chinese everywhere --------------------------------------------------------- */

static void
test_interface_is_chinese (void)
{
  g_autoptr(ZsStore) store = NULL;
  ZsWindow *window;
  ZsDispatchPage *dispatch;
  GtkStack *tabs;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    {
      g_test_skip ("runs with LANGUAGE=zh_CN");
      return;
    }

  store = open_demo ();
  window = open_window (store);

  dispatch = show_dispatch (window);
  wait_for_figures (dispatch);
  zs_test_assert_chinese (GTK_WIDGET (window), "The dispatch dashboard");
  tabs = GTK_STACK (gtk_widget_get_last_child (gtk_widget_get_first_child (
           zs_test_find_widget (GTK_WIDGET (dispatch), g_type_from_name ("ZsAttentionPanel")))));
  for (GtkWidget *tab = gtk_widget_get_first_child (GTK_WIDGET (tabs)); tab; tab = gtk_widget_get_next_sibling (tab))
    {
      gtk_stack_set_visible_child (tabs, tab);
      zs_test_drain_events ();
      zs_test_assert_chinese (GTK_WIDGET (window), "An attention list");
    }
  g_assert_false (zs_dispatch_page_set_period (dispatch, ZS_DISPATCH_PERIOD_CUSTOM, "2026-02-30", "2026-03-01"));
  zs_test_assert_chinese (GTK_WIDGET (window), "A wrong custom period");

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/pages-fit-a-small-screen", test_pages_fit_a_small_screen);
  g_test_add_func ("/ui/dispatch/shows-demo-figures", test_dashboard_shows_demo_figures);
  g_test_add_func ("/ui/dispatch/period-picker", test_period_picker);
  g_test_add_func ("/ui/dispatch/follows-edits", test_dashboard_follows_edits);
  g_test_add_func ("/ui/dispatch/lists-come-with-the-report", test_lists_come_with_the_report);
  g_test_add_func ("/ui/dispatch/tables-kept-while-counting", test_tables_kept_while_counting);
  g_test_add_func ("/ui/bulletin/pdf-from-the-page", test_bulletin_pdf_from_the_page);
  g_test_add_func ("/ui/bulletin/print-cancelled", test_bulletin_print_cancelled);
  g_test_add_func ("/ui/bulletin/pdf-not-regular", test_bulletin_pdf_not_regular);
  g_test_add_func ("/ui/bulletin/tables-break-across-pages", test_bulletin_tables_break_across_pages);
  g_test_add_func ("/ui/interface-is-chinese", test_interface_is_chinese);

  return g_test_run ();
}
