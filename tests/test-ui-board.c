/* test-ui-board.c — the board and the window as a clerk's hands meet them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Clicks, drags and keys go through the X server (zs-test-input.h), so
 * these tests see which gesture wins and where the focus is, as a clerk
 * would. Run under Xvfb with G_DEBUG=fatal-warnings.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-partner-detail.h"
#include "zs-project-card.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-stage-dialog.h"
#include "zs-test-input.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

static ZsBoardPage *
board (ZsWindow *window)
{
  return ZS_BOARD_PAGE (zs_test_find_page (window, ZS_TYPE_BOARD_PAGE));
}

/* The window on @store, or NULL (the test skipped) without XTest. */
static ZsWindow *
open_window (ZsStore *store)
{
  ZsWindow *window = zs_test_open_window (store, 1400, 900);

  if (!zs_test_input_available (GTK_WIDGET (window)))
    {
      zs_test_close_window (window);
      g_test_skip ("needs an X display with the XTest extension");
      return NULL;
    }
  return window;
}

/* The card of @id on the board, or NULL. */
static GtkWidget *
card_of (GtkWidget *widget,
         gint64     id)
{
  if (ZS_IS_PROJECT_CARD (widget) && zs_project_card_get_project (ZS_PROJECT_CARD (widget)) != NULL
      && zs_record_get_id (ZS_RECORD (zs_project_card_get_project (ZS_PROJECT_CARD (widget)))) == id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = card_of (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static ZsProject *
first_in_column (ZsWindow *window,
                 ZsStage   stage)
{
  GListModel *model = zs_board_column_get_model (zs_board_page_get_column (board (window), stage));

  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  return g_list_model_get_item (model, 0);
}

static GtkWidget *
shown_editor (ZsWindow *window)
{
  GtkWidget *subpage = zs_window_get_subpage (window);

  return ZS_IS_PROJECT_EDITOR (subpage) ? subpage : NULL;
}

/* The first toplevel of @type, or NULL. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return GTK_WIDGET (w);
    }
  return NULL;
}

/* ---- a card opens on a click, and still moves by a drag ------------------------ */

static void
test_click_opens_card (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-board-click");
  ZsWindow *window = open_window (store);
  g_autoptr(ZsProject) project = NULL;
  GtkWidget *card;
  GtkWidget *editor;

  if (window == NULL)
    return;
  project = first_in_column (window, ZS_STAGE_SIGNED);
  card = card_of (GTK_WIDGET (window), zs_record_get_id (ZS_RECORD (project)));
  g_assert_nonnull (card);

  /* The press alone opens nothing: it may be the start of a drag. */
  zs_test_pointer_press (card, 40, 20);
  g_assert_null (shown_editor (window));
  zs_test_pointer_release ();
  ZS_TEST_WAIT_UNTIL (shown_editor (window) != NULL);
  editor = shown_editor (window);
  g_assert_nonnull (editor);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_project_editor_get_project (ZS_PROJECT_EDITOR (editor)))), ==,
                   zs_record_get_id (ZS_RECORD (project)));

  zs_test_close_window (window);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               gboolean      *began)
{
  *began = TRUE;
}

/* A press that moves on is a drag: the card goes with the pointer and the
 * project does not open under it. (The drop on a column is
 * /ui/board/move-card-by-drop-and-menu; Xvfb without a window manager
 * finds no drop target for an X drag.) */
static void
test_drag_is_not_a_click (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-board-drag");
  ZsWindow *window = open_window (store);
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *card;
  GtkWidget *started;
  gboolean began = FALSE;

  if (window == NULL)
    return;
  project = first_in_column (window, ZS_STAGE_SIGNED);
  card = card_of (GTK_WIDGET (window), zs_record_get_id (ZS_RECORD (project)));
  started = GTK_WIDGET (zs_board_page_get_column (board (window), ZS_STAGE_STARTED));
  g_assert_nonnull (card);
  controllers = gtk_widget_observe_controllers (card);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        g_signal_connect (controller, "drag-begin", G_CALLBACK (on_drag_begin), &began);
    }

  zs_test_pointer_press (card, 40, 20);
  for (int step = 1; step <= 8; step++)
    zs_test_pointer_move (card, 40 + step * 5, 20 + step * 2);
  for (int step = 0; step < 6; step++)
    zs_test_pointer_move (started, 100 + step * 5, 120);
  zs_test_pointer_release ();
  ZS_TEST_WAIT_UNTIL (began);
  zs_test_settle (300);
  g_assert_true (began);
  g_assert_null (shown_editor (window));

  zs_test_close_window (window);
}

/* Enter on a focused card still opens it, and the card's menu still works. */
static void
test_enter_and_menu_open_card (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-board-enter");
  ZsWindow *window = open_window (store);
  g_autoptr(ZsProject) project = NULL;
  GtkWidget *card;

  if (window == NULL)
    return;
  project = first_in_column (window, ZS_STAGE_SIGNED);
  card = card_of (GTK_WIDGET (window), zs_record_get_id (ZS_RECORD (project)));
  g_assert_nonnull (card);
  /* The list item around the card holds the keyboard focus. */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (card)));
  zs_test_press_keys ("Return");
  ZS_TEST_WAIT_UNTIL (shown_editor (window) != NULL);
  g_assert_nonnull (shown_editor (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_settle (100);
  g_assert_null (shown_editor (window));
  card = card_of (GTK_WIDGET (window), zs_record_get_id (ZS_RECORD (project)));
  gtk_widget_activate_action (card, "board.open-project", "x", zs_record_get_id (ZS_RECORD (project)));
  zs_test_settle (100);
  g_assert_nonnull (shown_editor (window));

  zs_test_close_window (window);
}

/* ---- keys that work wherever the focus is --------------------------------------- */

static void
check_new_project_takes_typing (ZsWindow *window)
{
  GtkWidget *editor;
  GtkWidget *focus;
  GtkWidget *name_row;
  ZsRecordEditor *fields;
  g_autofree char *typed = NULL;

  zs_test_press_keys ("<Control>n");
  ZS_TEST_WAIT_UNTIL (shown_editor (window) != NULL);
  editor = shown_editor (window);
  g_assert_nonnull (editor);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_project_editor_get_project (ZS_PROJECT_EDITOR (editor)))), ==, 0);

  focus = gtk_root_get_focus (GTK_ROOT (window));
  fields = zs_project_editor_get_fields (ZS_PROJECT_EDITOR (editor));
  name_row = zs_record_editor_get_row (fields, ZS_PROJECT_NAME);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, name_row));

  zs_test_type ("Abc");
  ZS_TEST_WAIT_UNTIL ((g_free (typed), typed = zs_record_editor_get_text (fields, ZS_PROJECT_NAME), strlen (typed) == 3));
  g_assert_cmpstr (typed, ==, "Abc");
}

static void
test_new_project_focuses_name (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-board-new");
  ZsWindow *window = open_window (store);

  if (window == NULL)
    return;
  check_new_project_takes_typing (window);
  zs_test_close_window (window);
}

/* On the welcome page of an empty database, Ctrl+N starts a project too. */
static void
test_new_project_from_welcome (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-board-new-empty");
  ZsWindow *window = open_window (store);

  if (window == NULL)
    return;
  check_new_project_takes_typing (window);
  zs_test_close_window (window);
}

/* Ctrl+Shift+N notes a contact as soon as a partner's page is open: the
 * focus is then on the back button, outside the page. */
static void
test_partner_shortcut_from_anywhere (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-board-partner-keys");
  ZsWindow *window = open_window (store);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) partner = NULL;
  GtkWidget *dialog;
  GtkWidget *focus;

  if (window == NULL)
    return;
  ids = zs_store_query (store, query, NULL);
  partner = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, 0), NULL);
  zs_window_open_record (window, partner);
  zs_test_settle (100);
  g_assert_true (ZS_IS_PARTNER_DETAIL (zs_window_get_subpage (window)));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (focus != NULL && gtk_widget_is_ancestor (focus, zs_window_get_subpage (window)));
  g_assert_null (find_toplevel (ZS_TYPE_RECORD_DIALOG));

  zs_test_press_keys ("<Control><Shift>n");
  ZS_TEST_WAIT_UNTIL (find_toplevel (ZS_TYPE_RECORD_DIALOG) != NULL);
  dialog = find_toplevel (ZS_TYPE_RECORD_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  zs_test_settle (100);

  /* A chain's page the same way: Ctrl+T shows its target enterprises. */
  {
    g_autoptr(ZsQuery) chains = zs_query_new (ZS_TYPE_CHAIN);
    g_autoptr(GArray) chain_ids = zs_store_query (store, chains, NULL);
    g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, g_array_index (chain_ids, gint64, 0), NULL);

    zs_window_open_record (window, chain);
    zs_test_settle (100);
    g_assert_nonnull (zs_window_get_subpage (window));
    zs_test_press_keys ("<Control>t");
    ZS_TEST_WAIT_UNTIL (zs_window_get_subpage (window) == NULL);
    g_assert_null (zs_window_get_subpage (window));
    g_assert_cmpstr (zs_window_get_page (window), ==, "map");
  }

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-board/click-opens-card", test_click_opens_card);
  g_test_add_func ("/ui-board/drag-is-not-a-click", test_drag_is_not_a_click);
  g_test_add_func ("/ui-board/enter-and-menu-open-card", test_enter_and_menu_open_card);
  g_test_add_func ("/ui-board/new-project-focuses-name", test_new_project_focuses_name);
  g_test_add_func ("/ui-board/new-project-from-welcome", test_new_project_from_welcome);
  g_test_add_func ("/ui-board/partner-shortcut-from-anywhere", test_partner_shortcut_from_anywhere);

  return g_test_run ();
}
