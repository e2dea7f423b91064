/* zs-today-page.c — 今日待办: what falls due today or is overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One boxed list per kind of work (zs_due_list() in core says what is due
 * and why); a row opens its record. A done item leaves the list at the
 * next refresh, which every store change and a new day bring. The count
 * shows on the sidebar (the "badge" property).
 *
 * The list is worked out in a worker thread (zs_due_list_async()): at
 * 100,000 projects it takes seconds of queries. The page keeps showing
 * its last list until the new one arrives; a newer refresh or the page's
 * end cancels the older request, whose result is then dropped.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-due.h"
#include "zs-due-row.h"
#include "zs-today-page.h"
#include "zs-ui-util.h"

struct _ZsTodayPage
{
  ZsPage          parent_instance;

  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkLabel       *summary_label;
  GtkBox         *groups_box;
  GPtrArray      *items;   /* ZsDueItem, in the order shown */
  guint           counts[ZS_DUE_N_KINDS]; /* how many of each kind are due */
  gboolean        rows_dirty; /* items not yet shown as rows */
  GCancellable   *loading; /* the request under way, or NULL */
  guint           badge;
  char           *badge_tooltip;
};

G_DEFINE_FINAL_TYPE (ZsTodayPage, zs_today_page, ZS_TYPE_PAGE)

enum {
  PROP_0,
  PROP_BADGE,
  PROP_BADGE_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- helpers ---------------------------------------------------------------- */

/* The last row of a group cut at ZS_TODAY_MAX_ROWS. */
/* The page where a kind's whole list is, filtered to what is due
 * (win.show-due), or NULL: follow-ups, obstacles and 督办 items have no
 * list of their own. */
static const char *
whole_list_of (ZsDueKind kind)
{
  switch (kind)
    {
    case ZS_DUE_LEAD:
      return "leads";
    case ZS_DUE_CARRIER:
      return "carriers";
    case ZS_DUE_PARTNER:
      return "partners";
    default:
      return NULL;
    }
}

static GtkWidget *
more_row_new (ZsDueKind kind,
              guint     n_more)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more", "And %u more", n_more),
                                            n_more);
  const char *list = whole_list_of (kind);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (list == NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      return row;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               kind == ZS_DUE_LEAD ? _("Every overdue lead, on the Leads page")
                               : kind == ZS_DUE_CARRIER ? _("Every carrier due its monthly update, on the Carriers page")
                               : _("Every partner not contacted for the cycle, on the Partners page"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-due");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", list);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static GtkListBox *
group_new (ZsTodayPage *self,
           ZsDueKind    kind,
           guint        count)
{
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *text = g_strdup_printf ("%s (%u)", zs_due_kind_get_label (kind), count);

  gtk_label_set_text (GTK_LABEL (heading), text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  zs_due_kind_get_label (kind), -1);
  gtk_box_append (self->groups_box, heading);
  gtk_box_append (self->groups_box, list);
  return GTK_LIST_BOX (list);
}

static void
set_badge (ZsTodayPage *self,
           guint        badge,
           char        *tooltip)
{
  if (badge == self->badge && g_strcmp0 (tooltip, self->badge_tooltip) == 0)
    {
      g_free (tooltip);
      return;
    }
  self->badge = badge;
  g_free (self->badge_tooltip);
  self->badge_tooltip = tooltip;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE_TOOLTIP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
}

/* A group cut at ZS_TODAY_MAX_ROWS ends with how many more are due (of
 * the undated kinds, only those rows were read). */
static void
end_group (GtkListBox  *list,
           ZsDueKind    kind,
           const guint  counts[ZS_DUE_N_KINDS])
{
  if (list != NULL && counts[kind] > ZS_TODAY_MAX_ROWS)
    gtk_list_box_append (list, more_row_new (kind, counts[kind] - ZS_TODAY_MAX_ROWS));
}

/* The groups and their rows: hundreds of rows, a few hundred ms of the
 * main loop at a bureau's size, so only on a page that is shown. */
static void
build_rows (ZsTodayPage *self)
{
  GtkListBox *list = NULL;
  ZsDueKind kind = ZS_DUE_N_KINDS;
  guint in_kind = 0;

  self->rows_dirty = FALSE;
  zs_widget_unparent_children (GTK_WIDGET (self->groups_box));
  for (guint i = 0; i < self->items->len; i++)
    {
      ZsDueItem *item = g_ptr_array_index (self->items, i);

      if (item->kind != kind)
        {
          end_group (list, kind, self->counts);
          kind = item->kind;
          list = group_new (self, kind, self->counts[kind]);
          in_kind = 0;
        }
      if (in_kind < ZS_TODAY_MAX_ROWS)
        gtk_list_box_append (list, zs_due_row_new (item, "today.open", i));
      in_kind++;
    }
  end_group (list, kind, self->counts);
}

/* @items holds every dated item and the first ZS_TODAY_MAX_ROWS of the
 * others; @counts how many of each kind are due. The count and the
 * summary come at once; the rows when the page is shown. */
static void
show_items (ZsTodayPage *self,
            GPtrArray   *items,
            const guint  counts[ZS_DUE_N_KINDS])
{
  guint n_overdue = 0;
  guint n_deadlines;
  guint n_all;

  g_ptr_array_unref (self->items);
  self->items = items;
  memcpy (self->counts, counts, sizeof self->counts);
  for (guint i = 0; i < items->len; i++)
    n_overdue += ((ZsDueItem *) g_ptr_array_index (items, i))->overdue ? 1 : 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build_rows (self);
  else
    self->rows_dirty = TRUE;

  n_deadlines = zs_due_count_deadlines (counts);
  n_all = zs_due_count_all (counts);
  if (n_all > 0)
    {
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *summary = NULL;

      if (n_deadlines > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing to do", "%u things to do",
                                                              n_deadlines), n_deadlines));
      if (n_overdue > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of them overdue",
                                                              "%u of them overdue", n_overdue), n_overdue));
      if (counts[ZS_DUE_PARTNER] > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner to contact",
                                                              "%u partners to contact", counts[ZS_DUE_PARTNER]),
                                                 counts[ZS_DUE_PARTNER]));
      g_ptr_array_add (parts, NULL);
      summary = g_strjoinv (" · ", (char **) parts->pdata);
      gtk_label_set_text (self->summary_label, summary);
    }
  gtk_stack_set_visible_child_name (self->stack, n_all > 0 ? "items" : "empty");
  /* The sidebar counts what has a deadline; the quiet partners are in the
   * tooltip and on the page (zs_due_count_deadlines()). */
  set_badge (self, n_deadlines, zs_due_summary_body (counts));
}

static void
on_due_listed (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  guint counts[ZS_DUE_N_KINDS];
  GPtrArray *items = zs_due_list_finish (result, counts, &error);
  ZsTodayPage *self;

  /* Cancelled by a newer refresh or by the page's end: @user_data may be
   * gone, so it is not touched. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = ZS_TODAY_PAGE (user_data);
  g_clear_object (&self->loading);
  if (items == NULL)
    zs_toast (GTK_WIDGET (self), error->message);
  else
    show_items (self, items, counts);
}

static void
refresh (ZsTodayPage *self)
{
  ZsStore *store = zs_page_get_store (ZS_PAGE (self));

  if (store == NULL)
    return;

  /* The newer request wins. */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  zs_due_list_async (store, zs_page_get_today (ZS_PAGE (self)), ZS_TODAY_MAX_ROWS, self->loading, on_due_listed, self);
}

/* ---- callbacks -------------------------------------------------------------- */

static void
on_store_changed (ZsTodayPage *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index < self->items->len)
    zs_open_record (widget, ((ZsDueItem *) g_ptr_array_index (self->items, index))->record);
}

/* ---- overrides -------------------------------------------------------------- */

static void
zs_today_page_map (GtkWidget *widget)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (widget);

  GTK_WIDGET_CLASS (zs_today_page_parent_class)->map (widget);
  if (self->rows_dirty)
    build_rows (self);
}

static void
zs_today_page_context_set (ZsPage *page)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (page);

  g_signal_connect_object (zs_page_get_store (page), "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_today_page_refresh (ZsPage *page)
{
  refresh (ZS_TODAY_PAGE (page));
}

static void
zs_today_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_BADGE:
      g_value_set_uint (value, self->badge);
      break;
    case PROP_BADGE_TOOLTIP:
      g_value_set_string (value, self->badge_tooltip);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_today_page_dispose (GObject *object)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (object);

  /* A list still being worked out is dropped when it arrives. */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_TODAY_PAGE);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_today_page_parent_class)->dispose (object);
}

static void
zs_today_page_finalize (GObject *object)
{
  ZsTodayPage *self = ZS_TODAY_PAGE (object);

  g_free (self->badge_tooltip);

  G_OBJECT_CLASS (zs_today_page_parent_class)->finalize (object);
}

static void
zs_today_page_class_init (ZsTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_today_page_dispose;
  object_class->finalize = zs_today_page_finalize;
  object_class->get_property = zs_today_page_get_property;
  page_class->context_set = zs_today_page_context_set;
  page_class->refresh = zs_today_page_refresh;

  properties[PROP_BADGE] =
    g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BADGE_TOOLTIP] =
    g_param_spec_string ("badge-tooltip", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = zs_today_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsTodayPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZsTodayPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsTodayPage, groups_box);

  gtk_widget_class_install_action (widget_class, "today.open", "u", open_action);
}

static void
zs_today_page_init (ZsTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_due_item_free);
}

GPtrArray *
zs_today_page_get_items (ZsTodayPage *self)
{
  g_return_val_if_fail (ZS_IS_TODAY_PAGE (self), NULL);
  return self->items;
}

gboolean
zs_today_page_is_loading (ZsTodayPage *self)
{
  g_return_val_if_fail (ZS_IS_TODAY_PAGE (self), FALSE);
  return self->loading != NULL;
}
