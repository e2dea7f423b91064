/* zs-page.c — a page of the window: a list of records, or one record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What the pages had each written for themselves: the context they are
 * handed (the store and the clock), the record a page of one record shows,
 * one refresh after a burst of store changes, and a refresh when the day
 * changes. A page talks to the window only through win.* actions and the
 * show-subpage signal, never through its header.
 */
#include "config.h"

#include "zs-page.h"

typedef struct
{
  ZsContext *context;
  ZsRecord  *record;
  guint      refresh_id;
  GtkShortcutController *window_shortcuts;
} ZsPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ZsPage, zs_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SHOW_SUBPAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
refresh_cb (gpointer data)
{
  ZsPage *self = data;
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  priv->refresh_id = 0;
  ZS_PAGE_GET_CLASS (self)->refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_day_changed (ZsPage *self)
{
  ZS_PAGE_GET_CLASS (self)->day_changed (self);
}

static void
zs_page_real_day_changed (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  /* At once, not when idle: whatever asks next reads the new day. */
  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (ZS_PAGE_GET_CLASS (self)->refresh != NULL)
    ZS_PAGE_GET_CLASS (self)->refresh (self);
}

static void
zs_page_dispose (GObject *object)
{
  ZsPage *self = ZS_PAGE (object);
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  g_clear_object (&priv->record);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (zs_page_parent_class)->dispose (object);
}

static void
zs_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ZsPage *self = ZS_PAGE (object);
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ZsPage *self = ZS_PAGE (object);
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      if (g_value_get_object (value) != NULL)
        zs_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_RECORD:
      priv->record = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_page_class_init (ZsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_page_dispose;
  object_class->get_property = zs_page_get_property;
  object_class->set_property = zs_page_set_property;

  klass->day_changed = zs_page_real_day_changed;

  /* Not a construct property: the window hands it to the pages its
   * template made, after they were made. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, ZS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, ZS_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ZsPage::show-subpage:
   * @subpage: the page to show over this one
   * @title: its title
   */
  signals[SHOW_SUBPAGE] =
    g_signal_new ("show-subpage", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, GTK_TYPE_WIDGET, G_TYPE_STRING);
}

static void
zs_page_init (ZsPage *self)
{
}

ZsContext *
zs_page_get_context (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_PAGE (self), NULL);
  return priv->context;
}

void
zs_page_set_context (ZsPage    *self,
                     ZsContext *context)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_if_fail (ZS_IS_PAGE (self));
  g_return_if_fail (ZS_IS_CONTEXT (context));
  g_return_if_fail (priv->context == NULL);

  priv->context = g_object_ref (context);
  g_signal_connect_object (zs_context_get_clock (context), "day-changed", G_CALLBACK (on_day_changed),
                           self, G_CONNECT_SWAPPED);
  if (ZS_PAGE_GET_CLASS (self)->context_set != NULL)
    ZS_PAGE_GET_CLASS (self)->context_set (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

ZsStore *
zs_page_get_store (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_PAGE (self), NULL);
  return priv->context != NULL ? zs_context_get_store (priv->context) : NULL;
}

ZsClock *
zs_page_get_clock (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_PAGE (self), NULL);
  return priv->context != NULL ? zs_context_get_clock (priv->context) : NULL;
}

const char *
zs_page_get_today (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_PAGE (self), NULL);
  return priv->context != NULL ? zs_context_get_today (priv->context) : NULL;
}

ZsRecord *
zs_page_get_record (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_PAGE (self), NULL);
  return priv->record;
}

void
zs_page_queue_refresh (ZsPage *self)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);

  g_return_if_fail (ZS_IS_PAGE (self));
  g_return_if_fail (ZS_PAGE_GET_CLASS (self)->refresh != NULL);

  if (priv->refresh_id == 0)
    priv->refresh_id = g_idle_add (refresh_cb, self);
}

gboolean
zs_page_grab_initial_focus (ZsPage *self)
{
  g_return_val_if_fail (ZS_IS_PAGE (self), FALSE);

  if (ZS_PAGE_GET_CLASS (self)->grab_initial_focus == NULL)
    return FALSE;
  return ZS_PAGE_GET_CLASS (self)->grab_initial_focus (self);
}

void
zs_page_add_window_shortcut (ZsPage     *self,
                             const char *accelerator,
                             const char *action)
{
  ZsPagePrivate *priv = zs_page_get_instance_private (self);
  GtkShortcutTrigger *trigger;

  g_return_if_fail (ZS_IS_PAGE (self));

  trigger = gtk_shortcut_trigger_parse_string (accelerator);
  g_return_if_fail (trigger != NULL);
  /* Managed by the window, run for the page while it is mapped: GTK
   * skips an unmapped page's shortcuts, so a page behind another keeps
   * its keys to itself. */
  if (priv->window_shortcuts == NULL)
    {
      priv->window_shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
      gtk_shortcut_controller_set_scope (priv->window_shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (priv->window_shortcuts));
    }
  gtk_shortcut_controller_add_shortcut (priv->window_shortcuts,
                                        gtk_shortcut_new (trigger, gtk_named_action_new (action)));
}

void
zs_page_show_subpage (ZsPage     *self,
                      GtkWidget  *subpage,
                      const char *title)
{
  g_return_if_fail (ZS_IS_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (subpage));

  g_signal_emit (self, signals[SHOW_SUBPAGE], 0, subpage, title);
}
