/* zs-window-badges.c — the leads page's sidebar count before the page is built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A page shows its own count in the sidebar once built (its "badge"
 * property). The leads page's table costs a fifth of a second at 100,000
 * projects, so until it is shown its count of overdue leads is asked of a
 * worker thread, again after each change to leads and each new day.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-lead-deadlines.h"
#include "zs-window-private.h"

static gboolean
page_is_built (ZsWindow   *self,
               const char *name)
{
  GtkWidget *slot = self->page_stack != NULL ? gtk_stack_get_child_by_name (self->page_stack, name) : NULL;

  /* A window being disposed has none: nothing to count for. */
  return slot == NULL || (ADW_IS_BIN (slot) && adw_bin_get_child (ADW_BIN (slot)) != NULL);
}

static void
on_leads_counted (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(ZsWindow) self = data;
  g_autoptr(GError) error = NULL;
  gint64 n = zs_lead_count_overdue_finish (result, &error);
  GtkListBoxRow *row = self->sidebar != NULL ? zs_window_find_sidebar_row (self, "leads") : NULL;
  GtkWidget *badge = row != NULL ? g_object_get_data (G_OBJECT (row), "zs-badge") : NULL;
  g_autofree char *text = NULL, *tooltip = NULL;

  /* A newer count, a closed window or the page itself has the say. */
  if (n < 0 || self->leads_count == NULL || page_is_built (self, "leads"))
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot count the overdue leads: %s", error->message);
      return;
    }
  if (badge == NULL)
    return;
  text = g_strdup_printf ("%" G_GINT64_FORMAT, n), tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open lead has missed a deadline",
                                          "%u open leads have missed a deadline", n), (guint) n);
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_widget_set_tooltip_text (badge, tooltip);
  gtk_widget_set_visible (badge, n > 0);
}

/* The leads page's table costs a fifth of a second at 100,000 projects:
 * until it is shown, its sidebar count comes from a worker thread. */
void
zs_window_count_overdue_leads (ZsWindow *self)
{
  if (!self->badges_started || page_is_built (self, "leads"))
    return;
  g_cancellable_cancel (self->leads_count);  /* NULL-safe */
  g_clear_object (&self->leads_count);
  self->leads_count = g_cancellable_new ();
  zs_lead_count_overdue_async (self->store, zs_context_get_today (self->context), self->leads_count,
                               on_leads_counted, g_object_ref (self));
}
