/* zs-partner-contacts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-contact-log.h"
#include "zs-date.h"
#include "zs-partner.h"
#include "zs-partner-contacts.h"

ZsQuery *
zs_partner_not_contacted_query (ZsStore    *store,
                                int         days,
                                const char *today)
{
  g_autofree char *since = zs_date_add_days (today, -days);
  g_autoptr(ZsQuery) recent = zs_query_new (ZS_TYPE_CONTACT_LOG);
  ZsQuery *query = zs_query_new (ZS_TYPE_PARTNER);

  g_return_val_if_fail (since != NULL, query);

  zs_query_add_string (recent, ZS_CONTACT_LOG_DATE, ZS_QUERY_GE, since);
  zs_query_add_excluding_subquery (query, -1, recent, ZS_CONTACT_LOG_PARTNER_ID);
  /* Someone appointed last week has not been neglected yet. */
  {
    g_autoptr(ZsQuery) new_partners = zs_query_new (ZS_TYPE_PARTNER);

    zs_query_add_string (new_partners, ZS_PARTNER_APPOINTED_DATE, ZS_QUERY_GE, since);
    zs_query_add_excluding_subquery (query, -1, new_partners, -1);
  }
  return query;
}
