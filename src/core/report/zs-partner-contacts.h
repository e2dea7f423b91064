/* zs-partner-contacts.h — when the bureau last spoke to a partner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Partners are kept warm by regular contact (a visit, a call, a WeChat
 * message). The contact log says when; these say who has gone quiet.
 */
#pragma once

#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Partners whose last contact is more than @days before @today (ISO), or
 * who were never contacted. */
ZsQuery *zs_partner_not_contacted_query (ZsStore    *store,
                                         int         days,
                                         const char *today);
/* The contact log entries of one partner, newest first. */
ZsQuery *zs_partner_contacts_query      (gint64      partner_id);
/* The date of the latest contact with the partner, or NULL if none. */
char    *zs_partner_get_last_contact    (ZsStore    *store,
                                         gint64      partner_id);
/* Days from the latest contact to @today, or -1 when never contacted. */
int      zs_partner_days_without_contact (ZsStore   *store,
                                          gint64     partner_id,
                                          const char *today);
/* "Not contacted for 97 days", "Never contacted", "Contacted today". */
char    *zs_partner_describe_contact    (int         days_without_contact);

G_END_DECLS
