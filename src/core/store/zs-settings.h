/* zs-settings.h — bureau-wide settings kept in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * These travel with the database (every clerk of a bureau shares them);
 * per-machine preferences such as window size are in GSettings instead.
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_SETTING_OFFICE_NAME          "office-name"
#define ZS_SETTING_GRADE_YELLOW_DAYS    "grade-yellow-days"
#define ZS_SETTING_GRADE_ORANGE_DAYS    "grade-orange-days"
#define ZS_SETTING_GRADE_RED_DAYS       "grade-red-days"
#define ZS_SETTING_STALE_DAYS           "stale-days"
#define ZS_SETTING_LEAD_RESPOND_DAYS    "lead-respond-days"
#define ZS_SETTING_LEAD_ASSESS_DAYS     "lead-assess-days"
#define ZS_SETTING_LEAD_FEEDBACK_DAYS   "lead-feedback-days"
#define ZS_SETTING_PARTNER_CONTACT_DAYS "partner-contact-days"
#define ZS_SETTING_TERMINATION_REASONS  "termination-reasons"
#define ZS_SETTING_BACKUP_KEEP          "backup-keep"
#define ZS_SETTING_DEMO_LOADED          "demo-loaded"
#define ZS_SETTING_TRASH_DAYS           "trash-days"
#define ZS_SETTING_ATTACHMENT_MAX_MB    "attachment-max-mb"

/* The stored value, or the default when unset or not a number. */
int        zs_settings_get_int     (ZsStore     *store,
                                    const char  *key);
gboolean   zs_settings_set_int     (ZsStore     *store,
                                    const char  *key,
                                    int          value,
                                    GError     **error);
/* The stored text, or the translated default. */
char      *zs_settings_get_string  (ZsStore     *store,
                                    const char  *key);
/* A list kept one entry per line. */
GStrv      zs_settings_get_list    (ZsStore     *store,
                                    const char  *key);

G_END_DECLS
