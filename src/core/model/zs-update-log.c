/* zs-update-log.c — one dated note on a project's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-project.h"
#include "zs-update-log.h"

static const ZsField update_log_fields[] = {
  [ZS_UPDATE_LOG_PROJECT_ID] = { "project-id", ZS_FIELD_REF, N_("Project"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_project_get_type },
  [ZS_UPDATE_LOG_DATE] = { "date", ZS_FIELD_DATE, N_("Date"), ZS_FIELD_REQUIRED },
  [ZS_UPDATE_LOG_AUTHOR] = { "author", ZS_FIELD_STRING, N_("Author"), 0 },
  [ZS_UPDATE_LOG_TEXT] = { "text", ZS_FIELD_STRING, N_("Update"), ZS_FIELD_REQUIRED | ZS_FIELD_MULTILINE },
};

ZS_DEFINE_RECORD_TYPE (ZsUpdateLog, zs_update_log, "update_logs", "update", N_("update log entry"), update_log_fields)
