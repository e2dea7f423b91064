/* zs-partner-contacts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-contact-log.h"
#include "zs-date.h"
#include "zs-partner.h"
#include "zs-partner-contacts.h"

ZsQuery *
zs_partner_not_contacted_query (ZsStore    *store,
                                int         days,
                                const char *today)
{
  g_autoptr(ZsQuery) recent = zs_query_new (ZS_TYPE_CONTACT_LOG);
  g_autofree char *since = NULL;
  ZsQuery *query;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_date_is_valid (today), NULL);
  g_return_val_if_fail (days >= 0, NULL);

  /* Contacted on @since is exactly @days ago: not yet "more than". */
  since = zs_date_add_days (today, -days);
  zs_query_add_string (recent, ZS_CONTACT_LOG_DATE, ZS_QUERY_GE, since);

  query = zs_query_new (ZS_TYPE_PARTNER);
  zs_query_add_not_in_subquery (query, -1, recent, ZS_CONTACT_LOG_PARTNER_ID);
  zs_query_set_order (query, ZS_PARTNER_NAME, FALSE);
  return query;
}

ZsQuery *
zs_partner_contacts_query (gint64 partner_id)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_CONTACT_LOG);

  zs_query_add_int (query, ZS_CONTACT_LOG_PARTNER_ID, ZS_QUERY_EQ, partner_id);
  zs_query_set_order (query, ZS_CONTACT_LOG_DATE, TRUE);
  return query;
}

char *
zs_partner_get_last_contact (ZsStore *store,
                             gint64   partner_id)
{
  g_autoptr(ZsQuery) query = zs_partner_contacts_query (partner_id);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) latest = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    return NULL;

  latest = zs_store_load (store, ZS_TYPE_CONTACT_LOG, g_array_index (ids, gint64, 0), NULL);
  return latest != NULL ? g_strdup (zs_record_get_string (latest, ZS_CONTACT_LOG_DATE)) : NULL;
}

int
zs_partner_days_without_contact (ZsStore    *store,
                                 gint64      partner_id,
                                 const char *today)
{
  g_autofree char *last = zs_partner_get_last_contact (store, partner_id);

  if (!zs_date_is_valid (last) || !zs_date_is_valid (today))
    return -1;
  return MAX (0, zs_date_days_between (last, today));
}

char *
zs_partner_describe_contact (int days_without_contact)
{
  if (days_without_contact < 0)
    return g_strdup (_("Never contacted"));
  if (days_without_contact == 0)
    return g_strdup (_("Contacted today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not contacted for %d day",
                                       "Not contacted for %d days", days_without_contact),
                          days_without_contact);
}
