/* zs-bulletin-supervision.h — the bulletin's 督办 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"
#include "zs-print-document.h"

G_BEGIN_DECLS

/* The 督办 items of @report's period by unit (open, closed on time,
 * overdue), under @heading. */
void zs_bulletin_add_supervision (ZsPrintDocument *document,
                                  ZsStore         *store,
                                  ZsReport        *report,
                                  const char      *heading);

G_END_DECLS
