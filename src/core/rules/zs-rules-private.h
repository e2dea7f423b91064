/* zs-rules-private.h — the save rules of projects and funds entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store-rules.h"

G_BEGIN_DECLS

/* zs-stage-change.c: a new project enters its stage with an event. */
void      zs_stage_rules_default_since  (ZsRecord       *project);
gboolean  zs_stage_rules_record_entry   (ZsStore        *store,
                                         ZsRecord       *project,
                                         GError        **error);

/* zs-funds-rules.c */
gboolean  zs_funds_rules_sum            (ZsStore        *store,
                                         gint64          project_id,
                                         gint64         *sum,
                                         GError        **error);
extern const ZsRecordRules zs_funds_entry_rules;

/* zs-carrier-area.c: a project placed in a carrier takes its area. */
gboolean  zs_carrier_area_after_save    (ZsStore        *store,
                                         ZsRecord       *project,
                                         ZsRuleContext  *context,
                                         GError        **error);
gboolean  zs_carrier_area_after_delete  (ZsStore        *store,
                                         ZsRecord       *project,
                                         ZsRuleContext  *context,
                                         GError        **error);
gboolean  zs_carrier_area_after_restore (ZsStore        *store,
                                         ZsRecord       *project,
                                         ZsRuleContext  *context,
                                         GError        **error);
void      zs_carrier_area_after_commit  (ZsStore        *store,
                                         ZsRecord       *project,
                                         ZsRuleContext  *context);

G_END_DECLS
