/* zs-window-private.h — what the window's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-board-page.h"
#include "zs-map-page.h"
#include "zs-page.h"
#include "zs-setup-assistant.h"
#include "zs-window.h"

G_BEGIN_DECLS

struct _ZsWindow
{
  AdwApplicationWindow  parent_instance;

  ZsStore              *store;
  ZsContext            *context;    /* the store and the clock, for every page */
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  ZsSetupAssistant     *setup_assistant;
  gboolean              assistant_ready;  /* filled when the welcome is first shown */
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkBox               *content_box;
  AdwWindowTitle       *content_title;
  GtkButton            *back_button;
  GtkStack             *content_stack;
  GtkStack             *page_stack;
  AdwBin               *subpage_bin;
  ZsBoardPage          *board_page;  /* NULL until first shown (zs_window_ensure_page()) */
  ZsMapPage            *map_page;    /* the same */
  guint                 badge_pages_id;  /* pages with a sidebar count, built after the first frame */
  GCancellable         *leads_count;     /* the overdue leads counted for the sidebar until the page is built */
  gboolean              badges_started;
  GPtrArray            *subpage_history;  /* Subpage: what "back" returns to */
  gboolean              choosing_catalogue;  /* the open file chooser is for a catalogue */
  char                 *sheet_table;         /* the table the open spreadsheet chooser is for, or NULL */
  ZsUndoStack          *undo_stack;  /* the session's edits (zs-window-undo.c) */
  guint                 purge_id;    /* old trash entries go once the window is up */
};

/* A page the window showed before the current subpage, to go back to. */
typedef struct {
  GtkWidget *widget;
  char      *title;
} Subpage;

/* The ways out of a subpage that zs_window_may_leave() guards. */
typedef enum {
  ZS_WINDOW_LEAVE_BACK,
  ZS_WINDOW_LEAVE_FOR_PAGE,     /* text: the page's name */
  ZS_WINDOW_LEAVE_FOR_SUBPAGE,  /* widget: the new subpage, text: its title */
  ZS_WINDOW_LEAVE_CLOSE,
} ZsWindowLeave;

/* TRUE when the subpage on show (if any) can be left now. Otherwise the
 * clerk is asked (zs-leave-guard.h), and the way out is taken once the
 * value that could not be saved is dropped (zs-window-leave.c). */
gboolean zs_window_may_leave (ZsWindow      *self,
                              ZsWindowLeave  how,
                              GtkWidget     *widget,
                              const char    *text);

/* The page of the stack called @name, built (and given the context) the
 * first time it is asked for; NULL for no such page. */
GtkWidget   *zs_window_ensure_page     (ZsWindow   *self,
                                        const char *name);
ZsBoardPage *zs_window_get_board_page  (ZsWindow   *self);
/* The sidebar's row of the page called @name, or NULL. */
GtkListBoxRow *zs_window_find_sidebar_row (ZsWindow   *self,
                                           const char *name);
/* Counts the overdue leads for the sidebar in a worker thread while the
 * leads page is not built (zs-window-badges.c). */
void zs_window_count_overdue_leads (ZsWindow *self);

/* Installs the win.* actions and their shortcuts (zs-window-actions.c). */
void zs_window_install_actions (GtkWidgetClass *widget_class);
/* zs-window-copy.c: 连接服务器…, 迁移到服务器…, 复制到本地文件…. */
void zs_window_install_copy_actions (GtkWidgetClass *widget_class);
/* Enables what the window's database allows (win.open-local: a server's). */
void zs_window_setup_copy_actions (ZsWindow *self);
/* zs-window-undo.c: the undo stack, win.undo and win.redo, the trash
 * purge after the first frame. */
void zs_window_setup_undo (ZsWindow *self);
void zs_window_install_undo_actions (GtkWidgetClass *widget_class);
/* Called when the welcome page may give way (zs-window.c). */
void zs_window_update_main_view (ZsWindow *self);

G_END_DECLS
