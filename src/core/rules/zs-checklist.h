/* zs-checklist.h — the lists of newly signed, registered, started and producing projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-enums.h"
#include "zs-query.h"

G_BEGIN_DECLS

/* The projects that entered @stage between @first and @last (ISO, inclusive)
 * according to their stage events, so a project signed and started in the
 * same month is on both lists. @base, when given, narrows the projects
 * further (a board filter). */
ZsQuery *zs_checklist_query (ZsStage     stage,
                             const char *first,
                             const char *last,
                             ZsQuery    *base);

G_END_DECLS
