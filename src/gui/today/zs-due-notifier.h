/* zs-due-notifier.h — the desktop notification of what is due (今日待办)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_DUE_NOTIFIER (zs_due_notifier_get_type ())
G_DECLARE_FINAL_TYPE (ZsDueNotifier, zs_due_notifier, ZS, DUE_NOTIFIER, GObject)

/* The id of the notification, the same each day so a new one replaces
 * the last. */
#define ZS_DUE_NOTIFICATION_ID "due-today"

/* Sends through @application (registered; GNotification picks the
 * portal, org.gtk.Notifications or org.freedesktop.Notifications); reads
 * "reminders" and "reminder-time" from @settings (NULL: on, at 09:00). */
ZsDueNotifier *zs_due_notifier_new     (GApplication  *application,
                                        ZsStore       *store,
                                        ZsClock       *clock,
                                        GSettings     *settings);
/* Sends once now (when the reminders are on) and every day at the set
 * time from then on. */
void           zs_due_notifier_start   (ZsDueNotifier *self);
/* Works out what is due in a worker thread, then sends the notification
 * if anything is: its title counts the items, its body says what they
 * are; clicked, it runs app.open-record (("s", type name), ("x", id)) for
 * one item, app.show-today for several; nothing due withdraws the last.
 * Returns whether it asked (FALSE without a session bus). */
gboolean       zs_due_notifier_send    (ZsDueNotifier *self);
/* TRUE while the list is being worked out. */
gboolean       zs_due_notifier_is_busy (ZsDueNotifier *self);
/* How many notifications were sent so far. */
guint          zs_due_notifier_get_n_sent (ZsDueNotifier *self);

/* Seconds from @now to the next @hhmm ("09:00", local time in @now's
 * zone): 0 < result ≤ one day. An invalid @hhmm counts as 09:00. */
guint          zs_due_seconds_until    (const char    *hhmm,
                                        GDateTime     *now);

G_END_DECLS
