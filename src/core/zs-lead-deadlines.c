/* zs-lead-deadlines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-enums.h"
#include "zs-lead.h"
#include "zs-lead-deadlines.h"

/* Leads whose @due_field is before @today while @done_field is empty. */
static ZsQuery *
missed (guint       due_field,
        guint       done_field,
        gboolean    open_only,
        const char *today)
{
  static const gint64 open_states[] = { ZS_LEAD_NEW, ZS_LEAD_ASSESSED, ZS_LEAD_FOLLOWING };
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  zs_query_add_string (query, due_field, ZS_QUERY_LT, today);
  zs_query_add_value (query, done_field, ZS_QUERY_IS_UNSET, NULL);
  if (open_only)
    zs_query_add_int_set (query, ZS_LEAD_STATUS, open_states, G_N_ELEMENTS (open_states));
  return query;
}

ZsQuery *
zs_lead_overdue_query (ZsStore    *store,
                       const char *today)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);
  /* A converted or dropped lead needs no answer or assessment any more,
   * but the referrer must still hear what became of it. */
  ZsQuery *deadlines[] = {
    missed (ZS_LEAD_RESPOND_DUE, ZS_LEAD_RESPONDED_DATE, TRUE, today),
    missed (ZS_LEAD_ASSESS_DUE, ZS_LEAD_ASSESSED_DATE, TRUE, today),
    missed (ZS_LEAD_FEEDBACK_DUE, ZS_LEAD_FED_BACK_DATE, FALSE, today),
  };

  zs_query_add_any (query, deadlines, G_N_ELEMENTS (deadlines));
  for (guint i = 0; i < G_N_ELEMENTS (deadlines); i++)
    zs_query_unref (deadlines[i]);
  zs_query_set_order (query, ZS_LEAD_RECEIVED_DATE, FALSE);
  return query;
}
