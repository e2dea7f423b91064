/* zs-clock.h — what day it is, and when that changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ZS_TYPE_CLOCK (zs_clock_get_type ())
G_DECLARE_FINAL_TYPE (ZsClock, zs_clock, ZS, CLOCK, GObject)

/* A clock that follows the local date and says so at midnight. */
ZsClock    *zs_clock_new        (void);
/* Today as "YYYY-MM-DD"; valid until the day changes. */
const char *zs_clock_get_today  (ZsClock    *self);
/* Fixes the day at @today (tests, a report "as of" a day): the clock no
 * longer follows the system's date. Emits ZsClock::day-changed when the
 * day is another. */
void        zs_clock_set_today  (ZsClock    *self,
                                 const char *today);

G_END_DECLS
