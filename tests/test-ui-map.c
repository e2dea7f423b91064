/* test-ui-map.c — the industry map, chain pages and the target ledger in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Run under Xvfb with G_DEBUG=fatal-warnings (see meson.build): a GTK
 * warning or critical anywhere fails the test.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-chain-page.h"
#include "zs-enterprise-page.h"
#include "zs-lead-detail.h"
#include "zs-map-page.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"
#include "zs-exchange.h"

static ZsWindow *
open_window (ZsStore *store)
{
  return zs_test_open_window (store, 1366, 768);
}

static ZsStore *
open_demo (void)
{
  return zs_test_open_demo ("ui-map");
}

static ZsMapPage *
show_map (ZsWindow *window)
{
  ZsMapPage *map = ZS_MAP_PAGE (zs_test_find_page (window, ZS_TYPE_MAP_PAGE));

  g_assert_true (zs_window_show_page (window, "map"));
  zs_test_wait_until_mapped (GTK_WIDGET (map));
  return map;
}

static ZsBoardPage *
board (ZsWindow *window)
{
  return ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
}

static GArray *
query_ids (ZsStore *store,
           ZsQuery *query)
{
  GArray *ids = zs_store_query (store, query, NULL);

  g_assert_nonnull (ids);
  return ids;
}

static GtkWidget *
subpage (ZsWindow *window,
         GType     type)
{
  GtkWidget *page = zs_test_find_widget (GTK_WIDGET (window), type);

  if (page == NULL)
    g_error ("no %s on show (the subpage is a %s)", g_type_name (type),
             zs_window_get_subpage (window) ? G_OBJECT_TYPE_NAME (zs_window_get_subpage (window)) : "none");
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* ---- the map ---------------------------------------------------------------------- */

static void
test_map_shows_both_groups (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-map-seeded");
  ZsWindow *window = open_window (store);
  ZsMapPage *map;
  g_autoptr(ZsQuery) groups_q = zs_catalogue_query (ZS_TYPE_CHAIN_GROUP, 0);
  g_autoptr(GArray) groups = query_ids (store, groups_q);

  /* A new database opens on the welcome page; the map is there behind it. */
  gtk_stack_set_visible_child_name (GTK_STACK (zs_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK)), "workspace");
  map = show_map (window);

  {
    int min;

    /* Fits an office PC's 1366-pixel screen next to the sidebar, as the
     * board does: a wider page would fold the window to one pane. */
    gtk_widget_measure (GTK_WIDGET (map), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <=, 1000);
  }

  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_cmpuint (zs_map_page_get_n_groups (map), ==, 2);
  for (guint g = 0; g < groups->len; g++)
    {
      ZsMapGroup *group = zs_map_page_get_group (map, g);
      g_autoptr(ZsRecord) record = zs_store_load (store, ZS_TYPE_CHAIN_GROUP, g_array_index (groups, gint64, g), NULL);
      g_autoptr(ZsQuery) chains_q = zs_catalogue_query (ZS_TYPE_CHAIN, zs_record_get_id (record));
      g_autoptr(GArray) chains = query_ids (store, chains_q);
      gint64 size = zs_record_get_int (record, ZS_CHAIN_GROUP_POLICY_SIZE);
      g_autofree char *count = g_strdup_printf ("%u / %" G_GINT64_FORMAT, chains->len, size);

      /* The groups in catalogue order, each with its tiles in order. */
      g_assert_true (zs_map_group_get_group (group) == ZS_CHAIN_GROUP (record));
      g_assert_cmpstr (zs_map_group_get_count_text (group), ==, count);
      g_assert_cmpuint (zs_map_group_get_n_tiles (group), ==, chains->len);
      for (guint i = 0; i < chains->len; i++)
        {
          ZsChainTile *tile = zs_map_group_get_tile (group, i);
          ZsRecord *chain = ZS_RECORD (zs_chain_tile_get_chain (tile));

          g_assert_cmpint (zs_record_get_id (chain), ==, g_array_index (chains, gint64, i));
          /* The badge's words are in the tile's summary while unconfirmed. */
          g_assert_cmpint (strstr (zs_chain_tile_get_summary (tile), "name to confirm") != NULL, ==,
                           !zs_record_get_boolean (chain, ZS_CHAIN_VERIFIED));
          /* Without projects, every tile has the lightest colour. */
          g_assert_cmpuint (zs_chain_tile_get_level (tile), ==, 0);
        }

      /* 15 of 15 key chains; 12 of the 19 tracks, with an offer to add the rest. */
      if ((gint64) chains->len < size)
        {
          g_autofree char *missing = g_strdup_printf ("%" G_GINT64_FORMAT, size - chains->len);

          g_assert_nonnull (zs_map_group_get_add_text (group));
          g_assert_nonnull (strstr (zs_map_group_get_add_text (group), missing));
        }
      else
        g_assert_null (zs_map_group_get_add_text (group));
    }
  g_assert_cmpstr (zs_map_group_get_count_text (zs_map_page_get_group (map, 0)), ==, "15 / 15");
  g_assert_cmpstr (zs_map_group_get_count_text (zs_map_page_get_group (map, 1)), ==, "12 / 19");

  zs_test_close_window (window);
}

/* The figures of @chain_id counted afresh with plain queries, as a check on
 * the map's grouped ones. */
static void
assert_tile_matches_store (ZsStore     *store,
                           ZsChainTile *tile,
                           gint64       unit_id,
                           const char  *from,
                           const char  *to)
{
  const ZsChainFigures *shown = zs_chain_tile_get_figures (tile);
  gint64 chain_id = zs_record_get_id (ZS_RECORD (zs_chain_tile_get_chain (tile)));
  gint64 planned_total = 0;

  for (guint s = 0; s < ZS_MAP_N_STAGES; s++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
      guint fields[] = { ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_FUNDS_IN_PLACE };
      gint64 sums[2] = { 0 };
      gint64 n = 0;

      zs_query_add_int (query, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, chain_id);
      zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_EQ, s);
      if (unit_id != 0)
        zs_query_add_int (query, ZS_PROJECT_UNIT_ID, ZS_QUERY_EQ, unit_id);
      if (from != NULL)
        {
          g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);

          zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_GE, from);
          zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_LE, to);
          zs_query_add_subquery (query, -1, events, ZS_STAGE_EVENT_PROJECT_ID);
        }
      g_assert_true (zs_store_aggregate (store, query, fields, 2, &n, sums, NULL));
      g_assert_cmpint (shown->count[s], ==, n);
      g_assert_cmpint (shown->planned[s], ==, sums[0]);
      g_assert_cmpint (shown->funds[s], ==, sums[1]);
      if (s != ZS_STAGE_TERMINATED)
        planned_total += sums[0];
    }

  /* What the tile reads out carries the same total. */
  {
    g_autofree char *amount = zs_format_amount (planned_total);

    g_assert_nonnull (strstr (zs_chain_tile_get_summary (tile), amount));
  }

  {
    g_autoptr(ZsQuery) targets = zs_targets_query (chain_id, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
    g_autoptr(ZsQuery) gaps = zs_query_new (ZS_TYPE_SEGMENT);

    if (unit_id != 0)
      {
        g_autoptr(ZsQuery) people = zs_query_new (ZS_TYPE_PERSON);

        zs_query_add_int (people, ZS_PERSON_UNIT_ID, ZS_QUERY_EQ, unit_id);
        zs_query_add_subquery (targets, ZS_ENTERPRISE_PERSON_ID, people, (guint) -1);
      }
    zs_query_add_int (gaps, ZS_SEGMENT_CHAIN_ID, ZS_QUERY_EQ, chain_id);
    zs_query_add_int (gaps, ZS_SEGMENT_GAP_KIND, ZS_QUERY_NE, ZS_GAP_NONE);
    g_assert_cmpint (shown->targets, ==, zs_store_count (store, targets, NULL));
    g_assert_cmpint (shown->open_gaps, ==, zs_store_count (store, gaps, NULL));
  }
}

static void
assert_every_tile_matches (ZsStore    *store,
                           ZsMapPage  *map,
                           gint64      unit_id,
                           const char *from,
                           const char *to)
{
  for (guint g = 0; g < zs_map_page_get_n_groups (map); g++)
    {
      ZsMapGroup *group = zs_map_page_get_group (map, g);

      for (guint i = 0; i < zs_map_group_get_n_tiles (group); i++)
        assert_tile_matches_store (store, zs_map_group_get_tile (group, i), unit_id, from, to);
    }
}

static gint64
chain_named (ZsStore    *store,
             const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CHAIN);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_string (query, ZS_CHAIN_NAME, ZS_QUERY_EQ, name);
  ids = query_ids (store, query);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

static void
test_tile_numbers_match_store (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsMapPage *map = show_map (window);
  gint64 chem = chain_named (store, "高端化工");
  ZsChainTile *tile = zs_map_page_find_tile (map, chem);
  g_autoptr(ZsQuery) units = zs_query_new (ZS_TYPE_UNIT);
  g_autoptr(GArray) unit_ids = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsProject) project = zs_project_new ();
  g_autoptr(GError) error = NULL;
  gint64 before;

  /* Every tile, every stage, against the store. */
  assert_every_tile_matches (store, map, 0, NULL, NULL);
  g_assert_cmpint (zs_chain_figures_get_projects (zs_chain_tile_get_figures (tile)), >, 0);
  g_assert_cmpuint (zs_chain_tile_get_level (tile), >, 0);
  {
    /* The legend's top level is the largest chain's investment. */
    g_autofree char *legend = zs_map_page_get_legend (map);
    g_autofree char *top = zs_format_amount (zs_map_figures_get_max_planned (zs_map_page_get_figures (map)));

    g_test_message ("legend: %s", legend);
    g_assert_true (g_str_has_suffix (legend, top));
  }

  /* One unit: its projects only. */
  zs_query_set_order (units, ZS_UNIT_POSITION, FALSE);
  unit_ids = query_ids (store, units);
  for (guint i = 0; i < unit_ids->len; i++)
    {
      zs_map_page_set_unit (map, g_array_index (unit_ids, gint64, i));
      zs_test_drain_events ();
      assert_every_tile_matches (store, map, g_array_index (unit_ids, gint64, i), NULL, NULL);
    }
  zs_map_page_set_unit (map, 0);

  /* This month, by the page's own today. */
  zs_map_page_set_period (map, ZS_PERIOD_MONTH);
  zs_test_drain_events ();
  g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, zs_page_get_today (ZS_PAGE (map)), &first, &last));
  assert_every_tile_matches (store, map, 0, first, last);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&last, g_free);
  zs_map_page_set_period (map, ZS_PERIOD_YEAR);
  zs_test_drain_events ();
  g_assert_true (zs_period_bounds (ZS_PERIOD_YEAR, zs_page_get_today (ZS_PAGE (map)), &first, &last));
  assert_every_tile_matches (store, map, 0, first, last);
  zs_map_page_set_period (map, ZS_MAP_PAGE_ANY_TIME);
  zs_test_drain_events ();

  /* A new project shows on its tile as soon as it is saved. */
  before = zs_chain_tile_get_figures (tile)->count[ZS_STAGE_NEGOTIATING];
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, "尼龙66新材料二期项目");
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID, chem);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, ZS_STAGE_NEGOTIATING);
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_PLANNED_INVESTMENT, 120000);
  g_assert_true (zs_store_save (store, ZS_RECORD (project), &error));
  zs_test_drain_events ();
  tile = zs_map_page_find_tile (map, chem);
  g_assert_cmpint (zs_chain_tile_get_figures (tile)->count[ZS_STAGE_NEGOTIATING], ==, before + 1);
  assert_tile_matches_store (store, tile, 0, NULL, NULL);

  zs_test_close_window (window);
}

/* ---- chain pages --------------------------------------------------------------- */

static ZsChainPage *
open_chain (ZsWindow  *window,
            ZsMapPage *map,
            gint64     chain_id)
{
  ZsChainTile *tile = zs_map_page_find_tile (map, chain_id);

  g_assert_nonnull (tile);
  /* As a click on the tile: the flow box activates its child. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (tile)), "activate");
  zs_test_drain_events ();
  return ZS_CHAIN_PAGE (subpage (window, ZS_TYPE_CHAIN_PAGE));
}

static void
test_chain_page_and_board (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsMapPage *map = show_map (window);
  gint64 med = chain_named (store, "现代医药（生物医药）");
  ZsChainPage *page = open_chain (window, map, med);
  g_autoptr(ZsQuery) segments_q = zs_catalogue_query (ZS_TYPE_SEGMENT, med);
  g_autoptr(GArray) segments = query_ids (store, segments_q);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_chain_page_get_chain (page))), ==, med);

  /* The segments in order… */
  g_assert_cmpuint (zs_chain_page_get_n_segments (page), ==, segments->len);
  g_assert_cmpuint (segments->len, ==, 3);
  for (guint i = 0; i < segments->len; i++)
    {
      g_autoptr(ZsRecord) segment = zs_store_load (store, ZS_TYPE_SEGMENT, g_array_index (segments, gint64, i), NULL);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, zs_record_get_string (segment, ZS_SEGMENT_NAME));

      g_assert_cmpstr (zs_chain_page_get_segment_title (page, i), ==, title);
    }

  /* …and in a new order when the last moves up: the page follows. */
  {
    g_autoptr(ZsRecord) last = zs_store_load (store, ZS_TYPE_SEGMENT, g_array_index (segments, gint64, 2), NULL);
    g_autofree char *title = g_strdup_printf ("2. %s", zs_record_get_string (last, ZS_SEGMENT_NAME));

    gtk_widget_activate_action (GTK_WIDGET (page), "chain.move-segment", "(xi)", zs_record_get_id (last), -1);
    zs_test_drain_events ();
    g_assert_cmpstr (zs_chain_page_get_segment_title (page, 1), ==, title);
  }

  /* A chain with projects is not deleted; the page stays. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chain.delete", NULL);
  zs_test_drain_events ();
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_CHAIN, zs_record_get_uuid (ZS_RECORD (zs_chain_page_get_chain (page)))), ==, med);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* "Open in Board": the board, showing this chain's projects only. */
  gtk_widget_activate_action (GTK_WIDGET (page), "chain.open-board", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (zs_window_get_page (window), ==, "board");
  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_CHAIN_PAGE));
  {
    ZsProjectFilter *filter = zs_board_page_get_filter (board (window));
    gint64 chain_id = 0;
    gint64 shown = 0;
    g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

    g_object_get (filter, "chain-id", &chain_id, NULL);
    g_assert_cmpint (chain_id, ==, med);
    zs_query_add_int (query, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, med);
    for (ZsStage s = ZS_STAGE_LEAD; s <= ZS_STAGE_TERMINATED; s++)
      shown += zs_board_column_get_count (zs_board_page_get_column (board (window), s));
    g_assert_cmpint (shown, ==, zs_store_count (store, query, NULL));
  }
  {
    /* The board's chain drop-down (its first) shows the chain it filters by. */
    GtkDropDown *chains = GTK_DROP_DOWN (zs_test_find_widget (GTK_WIDGET (board (window)), GTK_TYPE_DROP_DOWN));
    GtkStringObject *item = gtk_drop_down_get_selected_item (chains);

    g_assert_nonnull (item);
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "现代医药（生物医药）");
  }
  g_assert_no_error (error);

  zs_test_close_window (window);
}

static void
test_rename_and_confirm (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsMapPage *map = show_map (window);
  g_autoptr(ZsQuery) unverified = zs_query_new (ZS_TYPE_CHAIN);
  g_autoptr(GArray) ids = NULL;
  ZsChainPage *page;
  ZsChainTile *tile;
  GtkWidget *dialog;
  ZsRecord *chain;

  zs_query_add_int (unverified, ZS_CHAIN_VERIFIED, ZS_QUERY_EQ, FALSE);
  zs_query_set_order (unverified, ZS_CHAIN_POSITION, FALSE);
  ids = query_ids (store, unverified);
  g_assert_cmpuint (ids->len, >=, 2);

  /* Rename through the dialog, as a clerk types it. */
  page = open_chain (window, map, g_array_index (ids, gint64, 0));
  chain = ZS_RECORD (zs_chain_page_get_chain (page));
  dialog = zs_chain_page_rename (page);
  zs_test_wait_until_mapped (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))), "新能源装备");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_cmpstr (zs_record_get_string (chain, ZS_CHAIN_NAME), ==, "新能源装备");
  g_assert_true (zs_record_get_boolean (chain, ZS_CHAIN_VERIFIED));

  /* Back on the map, its tile has the new name and no badge. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  tile = zs_map_page_find_tile (map, zs_record_get_id (chain));
  g_assert_nonnull (strstr (zs_chain_tile_get_summary (tile), "新能源装备"));
  g_assert_null (strstr (zs_chain_tile_get_summary (tile), "name to confirm"));

  /* Confirm another as it is. */
  page = open_chain (window, map, g_array_index (ids, gint64, 1));
  chain = ZS_RECORD (zs_chain_page_get_chain (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "chain.confirm", NULL);
  zs_test_drain_events ();
  g_assert_true (zs_record_get_boolean (chain, ZS_CHAIN_VERIFIED));

  zs_test_close_window (window);
}

static void
test_add_track (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsMapPage *map = show_map (window);
  ZsMapGroup *tracks = zs_map_page_get_group (map, 1);
  guint n = zs_map_group_get_n_tiles (tracks);
  GtkWidget *dialog;
  ZsRecordEditor *editor;
  g_autoptr(ZsRecord) chain = NULL;

  dialog = zs_map_page_add_chain (map, zs_map_group_get_group (tracks));
  zs_test_wait_until_mapped (dialog);
  editor = zs_record_dialog_get_editor (ZS_RECORD_DIALOG (dialog));
  /* Held past the dialog: no other page need hold it. */
  chain = g_object_ref (zs_record_editor_get_record (editor));
  zs_record_editor_enter_text (editor, ZS_CHAIN_NAME, "商业航天");
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_drain_events ();

  /* Saved once it had a name: last in its group, confirmed, on the map. */
  g_assert_cmpint (zs_record_get_id (chain), !=, 0);
  g_assert_cmpuint (zs_map_group_get_n_tiles (tracks), ==, n + 1);
  g_assert_true (zs_chain_tile_get_chain (zs_map_group_get_tile (tracks, n)) == ZS_CHAIN (chain));
  {
    g_autofree char *count = g_strdup_printf ("%u / 19", n + 1);

    g_assert_cmpstr (zs_map_group_get_count_text (tracks), ==, count);
  }

  zs_test_close_window (window);
}

/* ---- the target ledger and enterprises ------------------------------------------------ */

static void
test_targets_and_enterprise_links (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  ZsMapPage *map = show_map (window);
  ZsTargetLedger *ledger = zs_map_page_get_targets (map);
  gint64 med = chain_named (store, "现代医药（生物医药）");
  g_autoptr(ZsQuery) all_q = zs_targets_query (0, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
  g_autoptr(ZsQuery) med_q = zs_targets_query (med, ZS_ROLE_TARGET, ZS_TARGETS_ANY, NULL);
  g_autoptr(ZsEnterprise) enterprise = NULL;
  ZsEnterprisePage *page;
  ZsChainPage *chain_page;
  g_autofree char *count = NULL;
  gint64 n_projects;

  zs_map_page_show_view (map, "targets");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ledger)));
  g_assert_cmpuint (g_list_model_get_n_items (zs_target_ledger_get_model (ledger)), ==, zs_store_count (store, all_q, NULL));
  count = g_strdup_printf ("%" G_GINT64_FORMAT " enterprises", zs_store_count (store, all_q, NULL));
  g_assert_true (g_str_has_prefix (zs_target_ledger_get_totals (ledger), count));

  /* The chain page's "Targets" opens the ledger on its chain. */
  zs_map_page_show_view (map, "map");
  chain_page = open_chain (window, map, med);
  gtk_widget_activate_action (GTK_WIDGET (chain_page), "chain.open-targets", NULL);
  zs_test_drain_events ();
  g_assert_cmpstr (zs_window_get_page (window), ==, "map");
  g_assert_cmpstr (zs_map_page_get_view (map), ==, "targets");
  g_assert_cmpint (zs_target_ledger_get_chain (ledger), ==, med);
  g_assert_cmpuint (g_list_model_get_n_items (zs_target_ledger_get_model (ledger)), ==, zs_store_count (store, med_q, NULL));

  /* A row opens the enterprise's page. */
  enterprise = g_list_model_get_item (zs_target_ledger_get_model (ledger), 0);
  g_signal_emit_by_name (ledger, "enterprise-activated", enterprise);
  zs_test_drain_events ();
  page = ZS_ENTERPRISE_PAGE (subpage (window, ZS_TYPE_ENTERPRISE_PAGE));
  g_assert_true (zs_enterprise_page_get_enterprise (page) == enterprise);
  n_projects = zs_enterprise_page_get_n_projects (page);

  /* "To Project" opens the new project over the enterprise, linked to it;
   * Back returns to the enterprise, which lists it. */
  gtk_widget_activate_action (GTK_WIDGET (page), "enterprise.make-project", NULL);
  zs_test_drain_events ();
  {
    ZsProjectEditor *editor = ZS_PROJECT_EDITOR (subpage (window, ZS_TYPE_PROJECT_EDITOR));
    ZsRecord *project = ZS_RECORD (zs_project_editor_get_project (editor));

    g_assert_cmpint (zs_record_get_id (project), !=, 0);
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_ENTERPRISE_ID), ==, zs_record_get_id (ZS_RECORD (enterprise)));
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_CHAIN_ID), ==, med);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  page = ZS_ENTERPRISE_PAGE (subpage (window, ZS_TYPE_ENTERPRISE_PAGE));
  g_assert_cmpuint (zs_enterprise_page_get_n_projects (page), ==, n_projects + 1);

  /* "To Lead": the new lead's page, naming the enterprise; Back returns here. */
  {
    guint n_leads = zs_enterprise_page_get_n_leads (page);
    ZsLeadDetail *detail;

    gtk_widget_activate_action (GTK_WIDGET (page), "enterprise.make-lead", NULL);
    zs_test_drain_events ();
    detail = ZS_LEAD_DETAIL (subpage (window, ZS_TYPE_LEAD_DETAIL));
    g_assert_cmpint (zs_record_get_int (ZS_RECORD (zs_lead_detail_get_lead (detail)), ZS_LEAD_ENTERPRISE_ID), ==,
                     zs_record_get_id (ZS_RECORD (enterprise)));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
    zs_test_drain_events ();
    page = ZS_ENTERPRISE_PAGE (subpage (window, ZS_TYPE_ENTERPRISE_PAGE));
    g_assert_cmpuint (zs_enterprise_page_get_n_leads (page), ==, n_leads + 1);
  }

  /* Back again: the map page, still on the ledger. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_null (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_ENTERPRISE_PAGE));
  g_assert_cmpstr (zs_map_page_get_view (map), ==, "targets");

  zs_test_close_window (window);
}

/* ---- catalogue files ----------------------------------------------------------------- */

static ZsImportDialog *
wait_for_preview (ZsImportDialog *dialog)
{
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  while (g_strcmp0 (zs_import_dialog_get_state (dialog), "working") == 0)
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  return dialog;
}

static void
test_catalogue_import_dialog (void)
{
  g_autoptr(ZsStore) store = open_demo ();
  ZsWindow *window = open_window (store);
  /* In the tests' data folder, which goes when they end, whatever happens. */
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "catalogue-files", NULL);
  g_autofree char *good = g_build_filename (dir, "catalogue.xml", NULL);
  g_autofree char *town = zs_test_source_path ("exchange/town.xml");
  ZsExportOptions options = { NULL, NULL, NULL, TRUE };
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) town_file = g_file_new_for_path (town);
  g_autoptr(GError) error = NULL;
  ZsImportDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  g_assert_true (zs_exchange_export_full (store, good, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The database's own catalogue: nothing to change. */
  dialog = wait_for_preview (zs_window_import_catalogue_file (window, good_file));
  g_assert_cmpstr (zs_import_dialog_get_state (dialog), ==, "report");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_ADDED), ==, "0");
  g_assert_cmpstr (zs_import_dialog_get_count_text (dialog, ZS_IMPORT_OUTCOME_UPDATED), ==, "0");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import Industry Catalogue");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* An exchange file with projects is not a catalogue: refused, with the line. */
  dialog = wait_for_preview (zs_window_import_catalogue_file (window, town_file));
  g_assert_cmpstr (zs_import_dialog_get_state (dialog), ==, "error");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The export dialog offers the catalogue as a scope. */
  {
    ZsExportDialog *export = zs_window_export_projects (window, NULL, NULL);
    g_autofree char *written = g_build_filename (dir, "written.xml", NULL);
    g_autoptr(GFile) written_file = g_file_new_for_path (written);

    zs_export_dialog_select_catalogue (export);
    g_object_ref (export);
    zs_export_dialog_export_to (export, written);
    while (!g_file_test (written, G_FILE_TEST_EXISTS))
      g_main_context_iteration (NULL, TRUE);
    zs_test_drain_events ();
    g_object_unref (export);

    dialog = wait_for_preview (zs_window_import_catalogue_file (window, written_file));
    g_assert_cmpstr (zs_import_dialog_get_state (dialog), ==, "report");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_unlink (written);
  }

  g_unlink (good);
  g_rmdir (dir);
  zs_test_close_window (window);
}

/* ---- Chinese ----------------------------------------------------------------------- */

static void
test_interface_is_chinese (void)
{
  g_autoptr(ZsStore) store = NULL;
  ZsWindow *window;
  ZsMapPage *map;
  ZsChainPage *page;
  g_autoptr(ZsEnterprise) enterprise = NULL;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "zh_CN"))
    {
      g_test_skip ("runs with LANGUAGE=zh_CN");
      return;
    }

  store = open_demo ();
  window = open_window (store);
  map = show_map (window);
  zs_test_assert_chinese (GTK_WIDGET (window), "The industry map");

  zs_map_page_show_view (map, "targets");
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "The target ledger");
  enterprise = g_list_model_get_item (zs_target_ledger_get_model (zs_map_page_get_targets (map)), 0);
  zs_map_page_show_view (map, "map");

  page = open_chain (window, map, chain_named (store, "现代医药（生物医药）"));
  zs_test_assert_chinese (GTK_WIDGET (window), "A chain page");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  page = open_chain (window, map, chain_named (store, "新能源"));
  zs_test_assert_chinese (GTK_WIDGET (window), "An unconfirmed chain's page");
  {
    GtkWidget *dialog = zs_chain_page_rename (page);

    zs_test_wait_until_mapped (dialog);
    zs_test_assert_chinese (dialog, "The rename dialog");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  zs_window_open_record (window, ZS_RECORD (enterprise));
  zs_test_drain_events ();
  zs_test_assert_chinese (GTK_WIDGET (window), "An enterprise page");

  {
    ZsExportDialog *export = zs_window_export_projects (window, NULL, NULL);

    zs_export_dialog_select_catalogue (export);
    zs_test_drain_events ();
    zs_test_assert_chinese (GTK_WIDGET (export), "The catalogue export dialog");
    gtk_window_destroy (GTK_WINDOW (export));
  }

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-map/map/shows-both-groups", test_map_shows_both_groups);
  g_test_add_func ("/ui-map/map/tile-numbers-match-store", test_tile_numbers_match_store);
  g_test_add_func ("/ui-map/map/add-track", test_add_track);
  g_test_add_func ("/ui-map/chain/page-and-board", test_chain_page_and_board);
  g_test_add_func ("/ui-map/chain/rename-and-confirm", test_rename_and_confirm);
  g_test_add_func ("/ui-map/targets/enterprise-links", test_targets_and_enterprise_links);
  g_test_add_func ("/ui-map/catalogue/import-dialog", test_catalogue_import_dialog);
  g_test_add_func ("/ui-map/interface-is-chinese", test_interface_is_chinese);

  return g_test_run ();
}
