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
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkBox               *content_box;
  AdwWindowTitle       *content_title;
  GtkButton            *back_button;
  GtkStack             *content_stack;
  GtkStack             *page_stack;
  AdwBin               *subpage_bin;
  ZsBoardPage          *board_page;
  ZsMapPage            *map_page;
  GPtrArray            *subpage_history;  /* Subpage: what "back" returns to */
  gboolean              choosing_catalogue;  /* the open file chooser is for a catalogue */
};

/* A page the window showed before the current subpage, to go back to. */
typedef struct {
  GtkWidget *widget;
  char      *title;
} Subpage;

/* Installs the win.* actions and their shortcuts (zs-window-actions.c). */
void zs_window_install_actions (GtkWidgetClass *widget_class);
/* Called when the welcome page may give way (zs-window.c). */
void zs_window_update_main_view (ZsWindow *self);

G_END_DECLS
