/* zs-reminder-group.h — Preferences: the daily reminder and start at login
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZS_TYPE_REMINDER_GROUP (zs_reminder_group_get_type ())
G_DECLARE_FINAL_TYPE (ZsReminderGroup, zs_reminder_group, ZS, REMINDER_GROUP, AdwPreferencesGroup)

/* The rows of "reminders", "reminder-time" and "start-at-login" in
 * @settings (NULL when the schema is not installed: the rows are off). */
GtkWidget *zs_reminder_group_new      (GSettings       *settings);
/* Sets the time as the clerk would with the two spin buttons. */
void       zs_reminder_group_set_time (ZsReminderGroup *self,
                                       int              hour,
                                       int              minute);
/* Turns start at login on or off as the switch would. */
void       zs_reminder_group_set_start_at_login (ZsReminderGroup *self,
                                                 gboolean         enabled);

G_END_DECLS
