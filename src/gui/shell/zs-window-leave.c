/* zs-window-leave.c — the window asks before it leaves a page with a value that was not saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Back, another page in the sidebar, another record and closing the window
 * all leave the subpage on show. When a field there holds a value that
 * could not be saved, zs-leave-guard asks first; if the clerk drops the
 * value, the way out that was asked for is taken then.
 */
#include "config.h"

#include "zs-leave-guard.h"
#include "zs-record-editor.h"
#include "zs-window-private.h"

typedef struct {
  ZsWindow      *window;
  ZsWindowLeave  how;
  GtkWidget     *widget;   /* the subpage to show */
  char          *text;     /* its title, or the page to show */
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_object_unref (pending->window);
  g_clear_object (&pending->widget);
  g_free (pending->text);
  g_free (pending);
}

static void
proceed (gpointer data)
{
  Pending *pending = data;

  switch (pending->how)
    {
    case ZS_WINDOW_LEAVE_BACK:
      zs_window_back (pending->window);
      break;
    case ZS_WINDOW_LEAVE_FOR_PAGE:
      zs_window_show_page (pending->window, pending->text);
      break;
    case ZS_WINDOW_LEAVE_FOR_SUBPAGE:
      zs_window_show_subpage (pending->window, pending->widget, pending->text);
      break;
    case ZS_WINDOW_LEAVE_CLOSE:
      gtk_window_close (GTK_WINDOW (pending->window));
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
zs_window_may_leave (ZsWindow      *self,
                     ZsWindowLeave  how,
                     GtkWidget     *widget,
                     const char    *text)
{
  GtkWidget *subpage = zs_window_get_subpage (self);
  Pending *pending;

  if (subpage == NULL || zs_record_editor_find_invalid (subpage) == NULL)
    return TRUE;

  /* The caller gives up and drops the new subpage: it is ours now, shown
   * if the value is dropped, gone if the clerk goes back to it. */
  pending = g_new0 (Pending, 1);
  pending->window = g_object_ref (self);
  pending->how = how;
  pending->widget = widget != NULL ? g_object_ref_sink (widget) : NULL;
  pending->text = g_strdup (text);
  return zs_leave_guard_check (subpage, GTK_WINDOW (self), proceed, pending, pending_free);
}
