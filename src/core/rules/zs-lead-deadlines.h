/* zs-lead-deadlines.h — when a lead must be answered, assessed and reported back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A lead is answered within a day, assessed within three and reported back
 * to the partner who brought it within a week (the days are settings). The
 * due dates are written into the lead when it is registered, so a later
 * change of the settings does not move the deadlines of old leads.
 */
#pragma once

#include "zs-enums.h"
#include "zs-lead.h"
#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

typedef enum {
  ZS_LEAD_DEADLINE_NONE     = 0,
  ZS_LEAD_DEADLINE_RESPOND  = 1 << 0,  /* first response to the referrer */
  ZS_LEAD_DEADLINE_ASSESS   = 1 << 1,  /* assessment of the lead */
  ZS_LEAD_DEADLINE_FEEDBACK = 1 << 2,  /* report back to the referrer */
} ZsLeadDeadlines;

/* New, assessed or being followed up: not yet converted or dropped. */
gboolean         zs_lead_status_is_open          (ZsLeadStatus     status);

/* Sets the three due dates from the received date and the day counts;
 * nothing when the received date is not a valid date. */
void             zs_lead_set_deadlines           (ZsLead          *lead,
                                                  int              respond_days,
                                                  int              assess_days,
                                                  int              feedback_days);
/* The same with the day counts of the bureau's settings. */
void             zs_lead_set_deadlines_from_settings (ZsStore     *store,
                                                      ZsLead      *lead);

/* The deadlines the lead still has to meet, passed or not. Responding and
 * assessing are met once the lead is past "new" (or has the date). */
ZsLeadDeadlines  zs_lead_get_pending             (ZsLead          *lead);
/* The pending deadlines whose due date is before @today (ISO). */
ZsLeadDeadlines  zs_lead_get_overdue             (ZsLead          *lead,
                                                  const char      *today);
/* The earliest pending deadline and its due date (owned by @lead), or
 * ZS_LEAD_DEADLINE_NONE. */
ZsLeadDeadlines  zs_lead_get_next_deadline       (ZsLead          *lead,
                                                  const char     **due);
/* "Respond", "Assess", "Report back": one deadline, translated. */
const char      *zs_lead_deadline_get_label      (ZsLeadDeadlines  deadline);
/* What the list shows: "Assessment overdue by 2 days", "Respond by 16
 * October 2024", or NULL when nothing is pending. */
char            *zs_lead_describe_deadline       (ZsLead          *lead,
                                                  const char      *today);

/* Open leads with a pending deadline before @today: the same rule as
 * zs_lead_get_overdue(), as a query. */
ZsQuery         *zs_lead_overdue_query           (ZsStore         *store,
                                                  const char      *today);
/* How many leads zs_lead_overdue_query() names, counted in a worker thread
 * on a connection of its own (the window's sidebar count, without the
 * leads page); -1 with @error when it fails or was cancelled. */
void             zs_lead_count_overdue_async     (ZsStore             *store,
                                                  const char          *today,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gint64           zs_lead_count_overdue_finish    (GAsyncResult        *result,
                                                  GError             **error);
/* The pending deadlines due on or before @today: what 今日待办 lists. */
ZsLeadDeadlines  zs_lead_get_due                 (ZsLead          *lead,
                                                  const char      *today);
/* Open leads with a pending deadline on or before @today, as a query. */
ZsQuery         *zs_lead_due_query               (const char      *today);
/* Open leads: new, assessed or followed up. */
ZsQuery         *zs_lead_open_query              (void);
/* Orders @query's leads by the due date of their next deadline (the one
 * zs_lead_get_next_deadline() names); leads with none pending come last. */
void             zs_lead_set_order_by_deadline   (ZsQuery         *query,
                                                  gboolean         descending);

G_END_DECLS
