/* zs-context.c — what every page is given: the store and the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The window makes one context and hands it to each page it shows, so a
 * page neither looks for the store nor works out for itself what day it
 * is: every page counts from the same day, and learns together with the
 * others when it changes.
 */
#include "config.h"

#include "zs-context.h"

struct _ZsContext
{
  GObject  parent_instance;

  ZsStore *store;
  ZsClock *clock;
};

G_DEFINE_FINAL_TYPE (ZsContext, zs_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zs_context_constructed (GObject *object)
{
  ZsContext *self = ZS_CONTEXT (object);

  G_OBJECT_CLASS (zs_context_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = zs_clock_new ();
}

static void
zs_context_dispose (GObject *object)
{
  ZsContext *self = ZS_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (zs_context_parent_class)->dispose (object);
}

static void
zs_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ZsContext *self = ZS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ZsContext *self = ZS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_context_class_init (ZsContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = zs_context_constructed;
  object_class->dispose = zs_context_dispose;
  object_class->get_property = zs_context_get_property;
  object_class->set_property = zs_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ZS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, ZS_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_context_init (ZsContext *self)
{
}

ZsContext *
zs_context_new (ZsStore *store,
                ZsClock *clock)
{
  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (clock == NULL || ZS_IS_CLOCK (clock), NULL);

  return g_object_new (ZS_TYPE_CONTEXT, "store", store, "clock", clock, NULL);
}

ZsStore *
zs_context_get_store (ZsContext *self)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (self), NULL);
  return self->store;
}

ZsClock *
zs_context_get_clock (ZsContext *self)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (self), NULL);
  return self->clock;
}

const char *
zs_context_get_today (ZsContext *self)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (self), NULL);
  return zs_clock_get_today (self->clock);
}
