/* test-ui-carriers.c — the carriers pages in the real window under Xvfb:
 * totals and flags, the carrier search for a project, the carrier page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The expected totals are counted here carrier by carrier, not with the
 * aggregate queries the page uses.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "zs-carrier-editor.h"
#include "zs-carrier-match-dialog.h"
#include "zs-carriers-page.h"
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
  return zs_test_open_demo ("ui-carriers-demo");
}

/* ---- carriers ---------------------------------------------------------------------- */

static ZsCarriersPage *
show_carriers (ZsWindow *window)
{
  g_assert_true (zs_window_show_page (window, "carriers"));
  zs_test_drain_events ();
  return ZS_CARRIERS_PAGE (zs_test_find_page (window, ZS_TYPE_CARRIERS_PAGE));
}

static void
test_carriers_page_totals_and_flags (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsCarriersPage *page = show_carriers (window);
  g_autoptr(GPtrArray) carriers = zs_test_load_all (store, ZS_TYPE_CARRIER);
  g_autofree char *today = zs_date_today ();
  gint64 totals[ZS_CARRIER_N_KINDS + 1] = { 0 };
  guint parks = 0;
  GListModel *model = zs_carriers_page_get_carriers (page);

  for (guint i = 0; i < carriers->len; i++)
    {
      ZsRecord *c = g_ptr_array_index (carriers, i);

      totals[zs_record_get_enum (c, ZS_CARRIER_KIND)] += zs_record_get_int (c, ZS_CARRIER_TOTAL_AREA);
      totals[ZS_CARRIER_N_KINDS] += zs_record_get_int (c, ZS_CARRIER_TOTAL_AREA);
      parks += zs_record_get_enum (c, ZS_CARRIER_KIND) == ZS_CARRIER_PARK;
    }
  for (guint kind = 0; kind <= ZS_CARRIER_N_KINDS; kind++)
    {
      g_autofree char *expected = zs_format_area (totals[kind]);

      g_assert_cmpstr (zs_carriers_page_get_total_text (page, kind), ==, expected);
    }
  /* The Hanting figures: parks 54.4万㎡. */
  g_assert_cmpint (totals[ZS_CARRIER_PARK], ==, 544000);

  /* Every row says whether the carrier had its monthly update. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, carriers->len);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsCarrier) carrier = g_list_model_get_item (model, i);
      g_autofree char *flag = zs_carriers_page_get_cell_text (page, i, ZS_CARRIERS_COLUMN_MONTHLY_UPDATE);

      g_assert_cmpstr (flag, ==, zs_carrier_is_stale (carrier, today) ? _("Due") : _("Done"));
    }

  /* A carrier due its update says so in the theme's warning colour. */
  zs_test_wait_for_frame (GTK_WIDGET (page));
  {
    GtkWidget *due = zs_test_find_cell (GTK_WIDGET (page), _("Due"));
    GtkWidget *done = zs_test_find_cell (GTK_WIDGET (page), _("Done"));
    GdkRGBA drawn, warning;

    g_assert_nonnull (due);
    g_assert_nonnull (done);
    g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (due), "warning_color", &warning));
    g_assert_true (zs_test_drawn_text_color (due, &drawn));
    g_assert_true (gdk_rgba_equal (&drawn, &warning));
    g_assert_true (zs_test_drawn_text_color (done, &drawn));
    g_assert_false (gdk_rgba_equal (&drawn, &warning));
  }

  /* The kind filter, and "due only". */
  zs_carriers_page_set_filter (page, ZS_CARRIER_PARK, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, parks);
  zs_carriers_page_set_filter (page, -1, TRUE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsCarrier) carrier = g_list_model_get_item (model, i);

      g_assert_true (zs_carrier_is_stale (carrier, today));
    }
  zs_carriers_page_set_filter (page, -1, FALSE, "大厦");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  zs_test_close_window (window);
}

static void
test_match_place_and_no_fit (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsCarriersPage *carriers = show_carriers (window);
  g_autoptr(ZsProject) furniture = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "智能城市家具产业基地");
  g_autoptr(ZsProject) desalination = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "海水淡化项目");
  g_autoptr(GArray) expected = NULL;
  g_autoptr(ZsCarrier) first = NULL;
  g_autofree char *today = zs_date_today ();
  ZsCarrierMatchDialog *dialog;
  GListModel *needs = zs_carriers_page_get_needs (carriers);
  guint needs_before = g_list_model_get_n_items (needs);
  gint64 need_id;

  /* 86 亩 of land: the dialog searches for it at once, best fit first. */
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (furniture), ZS_PROJECT_CARRIER_ID), ==, 0);
  dialog = zs_carrier_match_dialog_new (GTK_WINDOW (window), store, furniture, today);
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  expected = zs_carrier_find_matches (store, furniture, zs_project_get_area_need (furniture), NULL);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (zs_carrier_match_dialog_get_matches (dialog)), ==, expected->len);
  first = g_list_model_get_item (zs_carrier_match_dialog_get_matches (dialog), 0);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (first)), ==, g_array_index (expected, ZsCarrierMatch, 0).carrier_id);

  /* Bad input is named and records nothing. */
  g_assert_false (zs_carrier_match_dialog_search (dialog, "八万"));
  g_assert_nonnull (strstr (zs_carrier_match_dialog_get_error (dialog), "八万"));
  g_assert_null (zs_carrier_match_dialog_get_need (dialog));

  /* Placing it from the dialog (as its button does) closes the dialog. */
  g_object_ref (dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "match.place", "x", zs_record_get_id (ZS_RECORD (first)));
  zs_test_drain_events ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (furniture), ZS_PROJECT_CARRIER_ID), ==, zs_record_get_id (ZS_RECORD (first)));

  /* 1500 亩: no carrier fits. Figures typed to try record nothing; the
   * clerk's 记录为需求缺口 records the need under "Unmet Needs". */
  g_assert_cmpuint (needs_before, ==, 1);
  dialog = zs_carrier_match_dialog_new (GTK_WINDOW (window), store, desalination, today);
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (zs_carrier_match_dialog_get_matches (dialog)), ==, 0);
  {
    g_autoptr(ZsQuery) all_needs = zs_query_new (ZS_TYPE_SPACE_NEED);
    gint64 stored_before = zs_store_count (store, all_needs, NULL);
    g_autoptr(ZsRecord) demo_need = g_list_model_get_item (needs, 0);
    g_autofree char *demo_date = g_strdup (zs_record_get_string (demo_need, ZS_SPACE_NEED_DATE));
    gint64 demo_area = zs_record_get_int (demo_need, ZS_SPACE_NEED_AREA);

    g_assert_true (zs_carrier_match_dialog_search (dialog, "2000000"));
    g_assert_true (zs_carrier_match_dialog_search (dialog, "3万"));
    g_assert_true (zs_carrier_match_dialog_search (dialog, "999999"));
    g_assert_null (zs_carrier_match_dialog_get_need (dialog));
    g_assert_cmpint (zs_store_count (store, all_needs, NULL), ==, stored_before);
    g_assert_cmpint (zs_record_get_int (demo_need, ZS_SPACE_NEED_AREA), ==, demo_area);
    g_assert_cmpstr (zs_record_get_string (demo_need, ZS_SPACE_NEED_DATE), ==, demo_date);
    g_assert_true (zs_carrier_match_dialog_search (dialog, "1000000"));
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "match.record-need", NULL);
  zs_test_drain_events ();
  g_assert_nonnull (zs_carrier_match_dialog_get_need (dialog));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (zs_carrier_match_dialog_get_need (dialog)), ZS_SPACE_NEED_AREA), ==,
                   zs_project_get_area_need (desalination));
  need_id = zs_record_get_id (ZS_RECORD (zs_carrier_match_dialog_get_need (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  /* On the list once: the demo had recorded this need before, and a new
   * search brings the same need up to date. */
  g_assert_cmpuint (g_list_model_get_n_items (needs), ==, needs_before);
  {
    guint found = 0;

    for (guint i = 0; i < g_list_model_get_n_items (needs); i++)
      {
        g_autoptr(ZsRecord) need = g_list_model_get_item (needs, i);

        found += zs_record_get_id (need) == need_id;
      }
    g_assert_cmpuint (found, ==, 1);
  }

  zs_test_close_window (window);
}

static void
test_carrier_editor (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsCarriersPage *carriers = show_carriers (window);
  g_autoptr(ZsCarrier) carrier = NULL;
  g_autoptr(ZsProject) project = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "智能城市家具产业基地");
  g_autoptr(GError) error = NULL;
  g_autofree char *today = zs_date_today ();
  ZsCarrierEditor *editor;
  guint placed;

  /* Due its monthly update: the demo's 安发 factory was last updated weeks ago. */
  zs_carriers_page_set_filter (carriers, -1, FALSE, "安发");
  carrier = g_list_model_get_item (zs_carriers_page_get_carriers (carriers), 0);
  g_assert_nonnull (carrier);
  editor = ZS_CARRIER_EDITOR (zs_carrier_editor_new (zs_window_get_context (window), carrier));
  zs_window_show_subpage (window, GTK_WIDGET (editor), zs_record_get_title (ZS_RECORD (carrier)));
  zs_test_drain_events ();
  g_assert_true (zs_carrier_is_stale (carrier, today));

  gtk_widget_activate_action (GTK_WIDGET (editor), "carrier.mark-updated", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (carrier), ZS_CARRIER_LAST_UPDATE), ==, today);
  g_assert_false (zs_carrier_is_stale (carrier, today));

  /* A signed project placed here joins the placed list. */
  placed = g_list_model_get_n_items (zs_carrier_editor_get_projects (editor, TRUE));
  g_assert_true (zs_carrier_editor_place (editor, project, &error));
  g_assert_no_error (error);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_carrier_editor_get_projects (editor, TRUE)), ==, placed + 1);

  zs_test_close_window (window);
}

/* ---- Chinese everywhere --------------------------------------------------------- */

static void
test_interface_is_chinese (void)
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsProject) furniture = NULL;
  g_autoptr(ZsProject) desalination = NULL;
  g_autoptr(ZsCarrier) carrier = NULL;
  g_autofree char *today = zs_date_today ();
  ZsWindow *window;
  ZsCarriersPage *carriers;
  GtkWidget *dialog;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    {
      g_test_skip ("runs with LANGUAGE=zh_CN");
      return;
    }

  store = open_demo ();
  furniture = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "智能城市家具产业基地");
  desalination = zs_test_load_named (store, ZS_TYPE_PROJECT, ZS_PROJECT_NAME, "海水淡化项目");
  window = open_window (store);

  carriers = show_carriers (window);
  zs_test_assert_chinese (GTK_WIDGET (window), "The carriers page");
  zs_carriers_page_show_view (carriers, "needs");
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "The unmet needs, empty");

  dialog = GTK_WIDGET (zs_carrier_match_dialog_new (GTK_WINDOW (window), store, furniture, today));
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  /* The rows show carriers' own names; around them, the dialog's text. */
  g_assert_false (zs_carrier_match_dialog_search (ZS_CARRIER_MATCH_DIALOG (dialog), "两万"));
  zs_test_drain_events ();
  zs_test_assert_chinese (dialog, "The carrier search with a wrong area");
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = GTK_WIDGET (zs_carrier_match_dialog_new (GTK_WINDOW (window), store, desalination, today));
  gtk_window_present (GTK_WINDOW (dialog));
  zs_test_wait_until_mapped (dialog);
  zs_test_assert_chinese (dialog, "The carrier search that found nothing");
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "The unmet needs");

  carrier = g_list_model_get_item (zs_carriers_page_get_carriers (carriers), 0);
  zs_window_show_subpage (window, zs_carrier_editor_new (zs_window_get_context (window), carrier),
                          zs_record_get_title (ZS_RECORD (carrier)));
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "The carrier page");
  zs_window_close_subpage (window);

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/carriers/totals-and-flags", test_carriers_page_totals_and_flags);
  g_test_add_func ("/ui/carriers/match-place-and-no-fit", test_match_place_and_no_fit);
  g_test_add_func ("/ui/carriers/carrier-editor", test_carrier_editor);
  g_test_add_func ("/ui/carriers/interface-is-chinese", test_interface_is_chinese);

  return g_test_run ();
}
