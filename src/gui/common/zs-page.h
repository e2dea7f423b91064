/* zs-page.h — a page of the window: a list of records, or one record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"

G_BEGIN_DECLS

#define ZS_TYPE_PAGE (zs_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (ZsPage, zs_page, ZS, PAGE, GtkWidget)

struct _ZsPageClass
{
  GtkWidgetClass parent_class;

  /* The context was given (once): the page may fill itself from the store. */
  void (*context_set) (ZsPage *self);
  /* Brings what the page shows up to date; see zs_page_queue_refresh(). */
  void (*refresh)     (ZsPage *self);
  /* The clock moved to another day. The default refreshes the page. */
  void (*day_changed) (ZsPage *self);
  /* Shown by the window: put the keyboard focus where typing belongs (a
   * new record's first field) and say so; FALSE leaves it to the window. */
  gboolean (*grab_initial_focus) (ZsPage *self);

  gpointer padding[3];
};

ZsContext  *zs_page_get_context   (ZsPage     *self);
/* Hands the page its context; a page takes one only once. */
void        zs_page_set_context   (ZsPage     *self,
                                   ZsContext  *context);
/* The context's store and today: NULL until the page has a context. */
ZsStore    *zs_page_get_store     (ZsPage     *self);
ZsClock    *zs_page_get_clock     (ZsPage     *self);
const char *zs_page_get_today     (ZsPage     *self);
/* The record a page of one record shows ("record", construct-only), or NULL. */
ZsRecord   *zs_page_get_record    (ZsPage     *self);
/* Calls the refresh vfunc once, when the main loop is next idle: a burst
 * of store changes costs one refresh. */
void        zs_page_queue_refresh (ZsPage     *self);
/* Asks whoever shows the page to show @subpage over it, titled @title
 * (emits ZsPage::show-subpage). */
void        zs_page_show_subpage  (ZsPage     *self,
                                   GtkWidget  *subpage,
                                   const char *title);

/* Asks the page where typing belongs when it is shown. */
gboolean    zs_page_grab_initial_focus (ZsPage *self);
/* Binds @accelerator to @action on the page for the whole window while
 * the page is on screen: a class binding works only where the focus is
 * inside the page, and the window puts it on the back button. */
void        zs_page_add_window_shortcut (ZsPage     *self,
                                         const char *accelerator,
                                         const char *action);

G_END_DECLS
