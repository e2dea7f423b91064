/* zs-core.h — everything the user interface and the tests use of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-activity-ledger.h"
#include "zs-attention.h"
#include "zs-carrier-match.h"
#include "zs-carrier-status.h"
#include "zs-catalogue.h"
#include "zs-checklist.h"
#include "zs-clock.h"
#include "zs-date.h"
#include "zs-enums.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-format-field.h"
#include "zs-funds-rules.h"
#include "zs-grade.h"
#include "zs-investor-check.h"
#include "zs-lead-actions.h"
#include "zs-lead-deadlines.h"
#include "zs-map.h"
#include "zs-partner-contacts.h"
#include "zs-partner-performance.h"
#include "zs-period.h"
#include "zs-project-filter.h"
#include "zs-query.h"
#include "zs-record-list.h"
#include "zs-records.h"
#include "zs-report.h"
#include "zs-settings.h"
#include "zs-slot-list.h"
#include "zs-stage-change.h"
#include "zs-store.h"
#include "zs-targets.h"
