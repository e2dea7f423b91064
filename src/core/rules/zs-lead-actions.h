/* zs-lead-actions.h — moving a lead from new to converted or dropped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A lead goes new → assessed → following → converted (a project) or
 * dropped (with a reason). Each step is one transaction and refuses, with a
 * message naming the lead, what does not fit its current state.
 */
#pragma once

#include "zs-lead.h"
#include "zs-project.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The first answer to the referrer, on @date (ISO). */
gboolean   zs_lead_mark_responded (ZsStore     *store,
                                   ZsLead      *lead,
                                   const char  *date,
                                   GError     **error);
/* Assessed on @date: from "new" to "assessed" (answered then too, if not yet). */
gboolean   zs_lead_mark_assessed  (ZsStore     *store,
                                   ZsLead      *lead,
                                   const char  *date,
                                   GError     **error);
/* From "new" or "assessed" to "following". */
gboolean   zs_lead_mark_following (ZsStore     *store,
                                   ZsLead      *lead,
                                   const char  *date,
                                   GError     **error);
/* The referrer was told what became of the lead, on @date. */
gboolean   zs_lead_mark_fed_back  (ZsStore     *store,
                                   ZsLead      *lead,
                                   const char  *date,
                                   GError     **error);
/* An open lead is given up; @reason is required. */
gboolean   zs_lead_drop           (ZsStore     *store,
                                   ZsLead      *lead,
                                   const char  *reason,
                                   GError     **error);
/* A dropped lead is followed up again; its reason for dropping is cleared. */
gboolean   zs_lead_reopen         (ZsStore     *store,
                                   ZsLead      *lead,
                                   GError     **error);
/* Makes a project at @stage (线索 or 在谈) on @date from an open lead: its
 * name, company as investor, chain, estimated investment as planned total,
 * unit, responsible person, target enterprise, description as notes, the
 * referrer and the lead itself, and the activity it came from. Writes the
 * project's first stage event and marks the lead converted, all in one
 * transaction. Returns the new project. */
ZsProject *zs_lead_convert        (ZsStore     *store,
                                   ZsLead      *lead,
                                   ZsStage      stage,
                                   const char  *date,
                                   GError     **error);
/* The activity the lead came out of (the first one linked to it), or 0. */
gint64     zs_lead_get_source_activity (ZsStore *store,
                                        ZsLead  *lead);
/* The project made from @lead, or NULL. */
ZsProject *zs_lead_get_project    (ZsStore     *store,
                                   ZsLead      *lead);

G_END_DECLS
