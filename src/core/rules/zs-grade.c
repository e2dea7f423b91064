/* zs-grade.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-grade.h"
#include "zs-settings.h"
#include "zs-update-log.h"

void
zs_grade_thresholds_from_settings (ZsStore           *store,
                                   ZsGradeThresholds *thresholds)
{
  thresholds->yellow_days = zs_settings_get_int (store, ZS_SETTING_GRADE_YELLOW_DAYS);
  thresholds->orange_days = zs_settings_get_int (store, ZS_SETTING_GRADE_ORANGE_DAYS);
  thresholds->red_days = zs_settings_get_int (store, ZS_SETTING_GRADE_RED_DAYS);
}

ZsGrade
zs_grade_suggest (ZsStage                  stage,
                  int                      days,
                  const ZsGradeThresholds *t,
                  char                   **reason)
{
  ZsGrade grade;
  int threshold = 0;

  if (!zs_stage_is_active (stage))
    {
      if (reason != NULL)
        *reason = g_strdup_printf (_("The project is %s; it no longer needs pushing."),
                                   zs_stage_get_label (stage));
      return ZS_GRADE_GREEN;
    }

  if (days >= t->red_days)
    grade = ZS_GRADE_RED, threshold = t->red_days;
  else if (days >= t->orange_days)
    grade = ZS_GRADE_ORANGE, threshold = t->orange_days;
  else if (days >= t->yellow_days)
    grade = ZS_GRADE_YELLOW, threshold = t->yellow_days;
  else
    grade = ZS_GRADE_GREEN;

  if (reason != NULL)
    {
      if (grade == ZS_GRADE_GREEN)
        *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Last progress %d day ago, within the %d days allowed before yellow.",
                                                "Last progress %d days ago, within the %d days allowed before yellow.",
                                                days),
                                   days, t->yellow_days);
      else
        *reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "No progress for %d day: %s from %d days on.",
                                                "No progress for %d days: %s from %d days on.",
                                                days),
                                   days, zs_grade_get_label (grade), threshold);
    }
  return grade;
}

char *
zs_project_get_last_progress (ZsStore   *store,
                              ZsProject *project)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_UPDATE_LOG);
  g_autoptr(GArray) ids = NULL;
  const char *since = zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_STAGE_SINCE);

  zs_query_add_int (query, ZS_UPDATE_LOG_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (project)));
  zs_query_set_order (query, ZS_UPDATE_LOG_DATE, TRUE);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);

  if (ids != NULL && ids->len > 0)
    {
      g_autoptr(ZsRecord) update = zs_store_load (store, ZS_TYPE_UPDATE_LOG, g_array_index (ids, gint64, 0), NULL);
      const char *date = update != NULL ? zs_record_get_string (update, ZS_UPDATE_LOG_DATE) : NULL;

      if (zs_date_compare (date, since) > 0)
        return g_strdup (date);
    }
  return g_strdup (since);
}
