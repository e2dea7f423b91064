/* zs-update-log.h — one dated note on a project's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_UPDATE_LOG_PROJECT_ID,
  ZS_UPDATE_LOG_DATE,
  ZS_UPDATE_LOG_AUTHOR,
  ZS_UPDATE_LOG_TEXT,
  ZS_UPDATE_LOG_N_FIELDS
} ZsUpdateLogField;

#define ZS_TYPE_UPDATE_LOG (zs_update_log_get_type ())
G_DECLARE_FINAL_TYPE (ZsUpdateLog, zs_update_log, ZS, UPDATE_LOG, ZsRecord)

ZsUpdateLog *zs_update_log_new (void);

G_END_DECLS
