/* zs-bench-partners.c — how partners, leads and activities behave on a large database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: prints figures (benchmarks/partners.sh runs it). Opens the
 * real window on the given database under a display and measures the time
 * from a user's action until the main loop is idle again; core work (the
 * performance table, vCards, the duplicate check) is timed on its own too.
 * With --leads after the database, only the jumps through the table of all
 * leads: the figure to compare before and after a change to the table.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "zs-activities-page.h"
#include "zs-leads-page.h"
#include "zs-partners-page.h"
#include "zs-table-export.h"
#include "zs-test-ui-util.h"
#include "zs-today-page.h"
#include "zs-window.h"
#include "zs-partner-vcard.h"

static void
search_step (ZsPartnersPage *page,
             const char     *text)
{
  gint64 start = g_get_monotonic_time ();
  double ms;
  g_autofree char *label = NULL;

  zs_partners_page_set_search (page, text);
  ms = zs_bench_timed_settle (start);
  label = g_strdup_printf ("search “%s” (%u shown)", text,
                           g_list_model_get_n_items (zs_partners_page_get_model (page)));
  zs_bench_report (label, ms);
}

/* The first widget under @root with the style class @name. */
static GtkWidget *
find_styled (GtkWidget  *root,
             const char *name)
{
  if (gtk_widget_has_css_class (root, name))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_styled (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
core_figures (ZsStore *store)
{
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsPartnerPerformance) performance = zs_partner_performance_new (store, today);
  g_autoptr(ZsQuery) partners = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GError) error = NULL;
  g_autofree char *vcards = NULL;
  g_autofree char *label = NULL;
  gint64 start;
  guint n = 0;

  g_print ("core\n");
  zs_query_set_order (partners, ZS_PARTNER_NAME, FALSE);
  start = g_get_monotonic_time ();
  if (!zs_partner_performance_compute (performance, partners, &error))
    g_printerr ("%s\n", error->message);
  label = g_strdup_printf ("performance table of %u partners (grouped queries)",
                           g_list_model_get_n_items (G_LIST_MODEL (performance)));
  zs_bench_report (label, zs_bench_ms_since (start));
  start = g_get_monotonic_time ();
  zs_partner_performance_sort (performance, ZS_SCORE_PLANNED, TRUE);
  zs_bench_report ("sort it by planned investment", zs_bench_ms_since (start));

  start = g_get_monotonic_time ();
  {
    g_autoptr(ZsQuery) quiet = zs_partner_not_contacted_query (store, 90, today);

    g_clear_pointer (&label, g_free);
    label = g_strdup_printf ("partners not contacted for 90 days (%" G_GINT64_FORMAT ")",
                             zs_store_count (store, quiet, NULL));
  }
  zs_bench_report (label, zs_bench_ms_since (start));

  start = g_get_monotonic_time ();
  {
    g_autoptr(ZsQuery) overdue = zs_lead_overdue_query (store, today);

    g_clear_pointer (&label, g_free);
    label = g_strdup_printf ("overdue leads (%" G_GINT64_FORMAT ")", zs_store_count (store, overdue, NULL));
  }
  zs_bench_report (label, zs_bench_ms_since (start));

  {
    static const char * const names[] = { "深圳华盛新材料有限公司", "颐高集团", "潍坊" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autoptr(GPtrArray) same = NULL;

        start = g_get_monotonic_time ();
        same = zs_investor_find_same (store, names[i], NULL, NULL);
        g_clear_pointer (&label, g_free);
        label = g_strdup_printf ("same-investor check “%s” (%u found)", names[i], same != NULL ? same->len : 0);
        zs_bench_report (label, zs_bench_ms_since (start));
      }
  }

  start = g_get_monotonic_time ();
  vcards = zs_vcard_export (store, partners, ZS_VCARD_VERSION_3_0, &n, &error);
  g_clear_pointer (&label, g_free);
  label = g_strdup_printf ("vCard export of %u partners (%.1f MB)", n, vcards ? strlen (vcards) / 1e6 : 0.0);
  zs_bench_report (label, zs_bench_ms_since (start));
  if (vcards != NULL)
    {
      g_autoptr(ZsVCardImport) import = NULL;

      start = g_get_monotonic_time ();
      import = zs_vcard_import_new (store, vcards, strlen (vcards), ZS_PARTNER_NOTABLE_NATIVE, &error);
      g_clear_pointer (&label, g_free);
      label = g_strdup_printf ("vCard import preview of the same file (%u unchanged)",
                               import ? zs_vcard_import_count (import, ZS_VCARD_UNCHANGED) : 0);
      zs_bench_report (label, zs_bench_ms_since (start));
    }
}

/* The table of all leads, jumped through as a dragged scrollbar does. */
static int
leads_only (ZsStore *store)
{
  ZsWindow *window = zs_window_new (NULL, store);
  ZsLeadsPage *leads;
  double cpu;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* The 今日待办 worker reads for a second after the window opens: waited
   * for, as the board's benchmark does, so that the jumps are the table's. */
  {
    ZsTodayPage *today = ZS_TODAY_PAGE (zs_test_find_page (window, ZS_TYPE_TODAY_PAGE));

    while (zs_today_page_is_loading (today))
      g_main_context_iteration (NULL, TRUE);
  }
  zs_window_show_page (window, "leads");
  leads = ZS_LEADS_PAGE (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE));
  zs_leads_page_set_show (leads, ZS_LEADS_SHOW_ALL);
  zs_bench_settle ();
  cpu = zs_bench_cpu_ms ();
  zs_bench_scroll (zs_test_find_widget (GTK_WIDGET (leads), GTK_TYPE_COLUMN_VIEW), "the lead table");
  zs_bench_report ("scroll the lead table: CPU time of the 40 jumps", zs_bench_cpu_ms () - cpu);
  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}

static void
on_exported (gpointer data)
{
  *(gboolean *) data = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  ZsWindow *window;
  ZsPartnersPage *partners;
  ZsLeadsPage *leads;
  ZsActivitiesPage *activities;
  g_autoptr(ZsQuery) all = NULL;
  gint64 start;

  setlocale (LC_ALL, "");
  if (argc != 2 && !(argc == 3 && g_str_equal (argv[2], "--leads")))
    {
      g_printerr ("usage: zs-bench-partners DATABASE [--leads]\n");
      return 2;
    }

  adw_init ();
  zs_test_load_styles ();
  store = zs_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  all = zs_query_new (ZS_TYPE_PARTNER);
  g_print ("database %s: %" G_GINT64_FORMAT " partners, %" G_GINT64_FORMAT " projects, %" G_GINT64_FORMAT
           " leads, %" G_GINT64_FORMAT " contacts\n", argv[1], zs_store_count (store, all, NULL),
           zs_store_count_all (store, ZS_TYPE_PROJECT, NULL), zs_store_count_all (store, ZS_TYPE_LEAD, NULL),
           zs_store_count_all (store, ZS_TYPE_CONTACT_LOG, NULL));

  if (argc == 3)
    return leads_only (store);
  core_figures (store);

  /* What each new page adds to opening the window: its first queries. */
  {
    const struct { const char *what; GType type; } pages[] = {
      { "build the partners page (its list's query)", ZS_TYPE_PARTNERS_PAGE },
      { "build the leads page (open leads, overdue count)", ZS_TYPE_LEADS_PAGE },
      { "build the activities page (this quarter)", ZS_TYPE_ACTIVITIES_PAGE },
    };

    g_autoptr(ZsContext) context = zs_context_new (store, NULL);

    for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
      {
        GtkWidget *built;

        start = g_get_monotonic_time ();
        built = g_object_ref_sink (g_object_new (pages[i].type, "context", context, NULL));
        zs_bench_report (pages[i].what, zs_bench_ms_since (start));
        g_object_unref (built);
      }
  }

  g_print ("window\n");
  start = g_get_monotonic_time ();
  window = zs_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  zs_bench_report ("open the window (board on screen)", zs_bench_timed_settle (start));

  /* A page is built when first shown. */
  start = g_get_monotonic_time ();
  zs_window_show_page (window, "partners");
  zs_bench_report ("show the partners page (built the first time)", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_window_show_page (window, "leads");
  zs_bench_report ("show the leads page (built the first time)", zs_bench_timed_settle (start));
  partners = ZS_PARTNERS_PAGE (zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE));
  leads = ZS_LEADS_PAGE (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE));
  activities = ZS_ACTIVITIES_PAGE (zs_test_find_page (window, ZS_TYPE_ACTIVITIES_PAGE));
  zs_window_show_page (window, "partners");
  zs_bench_settle ();

  for (int kind = 0; kind < (int) zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND); kind++)
    {
      g_autofree char *label = NULL;
      double ms;

      start = g_get_monotonic_time ();
      zs_partners_page_set_kind (partners, kind);
      ms = zs_bench_timed_settle (start);
      label = g_strdup_printf ("filter: %s (%u shown)", zs_enum_get_label (ZS_TYPE_PARTNER_KIND, kind),
                               g_list_model_get_n_items (zs_partners_page_get_model (partners)));
      zs_bench_report (label, ms);
    }
  start = g_get_monotonic_time ();
  zs_partners_page_set_kind (partners, ZS_PARTNERS_PAGE_ANY_KIND);
  zs_bench_report ("filter: every kind", zs_bench_timed_settle (start));

  search_step (partners, "王");
  search_step (partners, "王伟");
  search_step (partners, "潍坊商会");
  search_step (partners, "寿光");
  search_step (partners, "");

  start = g_get_monotonic_time ();
  zs_partners_page_set_quiet_only (partners, TRUE);
  {
    g_autofree char *label = g_strdup_printf ("filter: not contacted for 90 days (%u shown)",
                                              g_list_model_get_n_items (zs_partners_page_get_model (partners)));

    zs_bench_report (label, zs_bench_timed_settle (start));
  }
  zs_partners_page_set_quiet_only (partners, FALSE);
  zs_bench_settle ();

  /* The kind drop-down has a list view of its own: this is the list of partners. */
  zs_bench_scroll (find_styled (GTK_WIDGET (partners), "partner-list"), "the partner list");

  start = g_get_monotonic_time ();
  zs_partners_page_show_view (partners, "scores");
  zs_bench_report ("switch to the performance table (computes it)", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_partner_scores_sort_by (zs_partners_page_get_scores (partners), ZS_SCORE_PLANNED, TRUE);
  zs_bench_report ("sort the table by planned investment", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_partners_page_set_kind (partners, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  zs_bench_report ("filter the table: chief representatives", zs_bench_timed_settle (start));
  zs_partners_page_set_kind (partners, ZS_PARTNERS_PAGE_ANY_KIND);
  zs_bench_settle ();
  zs_bench_scroll (zs_test_find_widget (GTK_WIDGET (partners), GTK_TYPE_COLUMN_VIEW), "the performance table");
  /* Its 导出 → Excel, as the clerk clicks it: to the file's toast, with
   * the longest the main loop was held meanwhile. */
  {
    g_autofree char *dir = g_dir_make_tmp ("zs-bench-partners-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "引荐成效.xlsx", NULL);
    ZsBenchHeartbeat *beat;
    gboolean done = FALSE;

    start = g_get_monotonic_time ();
    beat = zs_bench_heartbeat_start ();
    zs_table_export_to (GTK_WIDGET (zs_partners_page_get_scores (partners)), path, G_CALLBACK (on_exported), &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    zs_bench_report ("export the performance table as .xlsx", zs_bench_ms_since (start));
    zs_bench_report ("  latest a 10 ms heartbeat came meanwhile", zs_bench_heartbeat_stop (beat));
    g_unlink (path);
    g_rmdir (dir);
  }
  zs_partners_page_show_view (partners, "list");
  zs_bench_settle ();

  {
    g_autoptr(ZsPartner) first = g_list_model_get_item (zs_partners_page_get_model (partners), 0);

    start = g_get_monotonic_time ();
    zs_partners_page_open_partner (partners, first);
    zs_bench_report ("open a partner's page", zs_bench_timed_settle (start));
    zs_window_close_subpage (window);
    zs_bench_settle ();
  }

  start = g_get_monotonic_time ();
  zs_window_show_page (window, "leads");
  {
    g_autofree char *label = g_strdup_printf ("show the leads page (%u open, %u overdue)",
                                              g_list_model_get_n_items (zs_leads_page_get_model (leads)),
                                              zs_leads_page_get_badge (leads));

    zs_bench_report (label, zs_bench_timed_settle (start));
  }
  start = g_get_monotonic_time ();
  zs_leads_page_set_overdue_only (leads, TRUE);
  zs_bench_report ("filter: overdue leads", zs_bench_timed_settle (start));
  zs_leads_page_set_overdue_only (leads, FALSE);
  start = g_get_monotonic_time ();
  zs_leads_page_set_show (leads, ZS_LEADS_SHOW_ALL);
  {
    g_autofree char *label = g_strdup_printf ("filter: all leads (%u)", g_list_model_get_n_items (zs_leads_page_get_model (leads)));

    zs_bench_report (label, zs_bench_timed_settle (start));
  }
  zs_bench_scroll (zs_test_find_widget (GTK_WIDGET (leads), GTK_TYPE_COLUMN_VIEW), "the lead table");

  start = g_get_monotonic_time ();
  zs_window_show_page (window, "activities");
  zs_bench_report ("show the activities ledger", zs_bench_timed_settle (start));
  start = g_get_monotonic_time ();
  zs_activities_page_step (activities, -1);
  zs_bench_report ("the period before", zs_bench_timed_settle (start));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_bench_settle ();
  return 0;
}
