/* zs-clock.c — what day it is, and when that changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Deadlines, "days in stage" and the periods of the reports all count from
 * today. One clock says what today is to every page, and tells them at
 * midnight, so a window left open overnight does not go on showing
 * yesterday's overdue leads.
 */
#include "config.h"

#include "zs-clock.h"
#include "zs-date.h"

/* A timer to midnight may fire late after a suspend (it counts monotonic
 * time); waking at least this often catches up soon after. */
#define MAX_WAIT_SECONDS 3600

struct _ZsClock
{
  GObject   parent_instance;

  char     *today;
  guint     timeout_id;   /* 0 once the day is fixed */
};

G_DEFINE_FINAL_TYPE (ZsClock, zs_clock, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule (ZsClock *self);

static void
change_day (ZsClock    *self,
            const char *today)
{
  if (g_strcmp0 (self->today, today) == 0)
    return;

  g_free (self->today);
  self->today = g_strdup (today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
  g_signal_emit (self, signals[DAY_CHANGED], 0);
}

static gboolean
on_timeout (gpointer data)
{
  ZsClock *self = data;
  g_autofree char *today = zs_date_today ();

  self->timeout_id = 0;
  schedule (self);
  change_day (self, today);
  return G_SOURCE_REMOVE;
}

static void
schedule (ZsClock *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int left = 24 * 3600 - (g_date_time_get_hour (now) * 3600 + g_date_time_get_minute (now) * 60 +
                          g_date_time_get_second (now));

  /* A second past midnight, so the new date is read on the new day; on a
   * day with a daylight-saving change the next wake-up catches the hour. */
  self->timeout_id = g_timeout_add_seconds ((guint) CLAMP (left + 1, 1, MAX_WAIT_SECONDS), on_timeout, self);
}

static void
zs_clock_dispose (GObject *object)
{
  ZsClock *self = ZS_CLOCK (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  G_OBJECT_CLASS (zs_clock_parent_class)->dispose (object);
}

static void
zs_clock_finalize (GObject *object)
{
  ZsClock *self = ZS_CLOCK (object);

  g_free (self->today);

  G_OBJECT_CLASS (zs_clock_parent_class)->finalize (object);
}

static void
zs_clock_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ZsClock *self = ZS_CLOCK (object);

  switch (prop_id)
    {
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_clock_class_init (ZsClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_clock_dispose;
  object_class->finalize = zs_clock_finalize;
  object_class->get_property = zs_clock_get_property;

  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ZsClock::day-changed:
   *
   * The date rolled over (at midnight, or set by zs_clock_set_today()).
   */
  signals[DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
zs_clock_init (ZsClock *self)
{
  self->today = zs_date_today ();
  schedule (self);
}

ZsClock *
zs_clock_new (void)
{
  return g_object_new (ZS_TYPE_CLOCK, NULL);
}

const char *
zs_clock_get_today (ZsClock *self)
{
  g_return_val_if_fail (ZS_IS_CLOCK (self), NULL);
  return self->today;
}

void
zs_clock_set_today (ZsClock    *self,
                    const char *today)
{
  g_return_if_fail (ZS_IS_CLOCK (self));
  g_return_if_fail (zs_date_is_valid (today));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  change_day (self, today);
}
