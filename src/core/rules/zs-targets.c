/* zs-targets.c — the target-enterprise ledger and what comes of a target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A target enterprise becomes a lead or a project when talks get serious.
 * The new record points back at the enterprise (its enterprise id), so the
 * enterprise's page finds what came of it and the lead or project shows
 * whom it came from: the link holds both ways without a second field.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-lead-deadlines.h"
#include "zs-targets.h"

ZsQuery *
zs_targets_query (gint64      chain_id,
                  int         role,
                  int         status,
                  const char *search)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_ENTERPRISE);

  if (role >= 0)
    zs_query_add_int (query, ZS_ENTERPRISE_ROLE, ZS_QUERY_EQ, role);
  if (chain_id != 0)
    zs_query_add_int (query, ZS_ENTERPRISE_CHAIN_ID, ZS_QUERY_EQ, chain_id);
  if (status >= 0)
    zs_query_add_int (query, ZS_ENTERPRISE_CONTACT_STATUS, ZS_QUERY_EQ, status);
  zs_query_set_search (query, search);
  zs_query_set_order (query, ZS_ENTERPRISE_LAST_CONTACT_DATE, TRUE);
  return query;
}

ZsQuery *
zs_targets_query_leads (ZsEnterprise *enterprise)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  zs_query_add_int (query, ZS_LEAD_ENTERPRISE_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (enterprise)));
  zs_query_set_order (query, ZS_LEAD_RECEIVED_DATE, TRUE);
  return query;
}

ZsQuery *
zs_targets_query_projects (ZsEnterprise *enterprise)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_add_int (query, ZS_PROJECT_ENTERPRISE_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (enterprise)));
  zs_query_set_order (query, ZS_PROJECT_STAGE, FALSE);
  return query;
}

/* The unit of the enterprise's responsible person, or 0. */
static gint64
person_unit (ZsStore  *store,
             ZsRecord *enterprise)
{
  gint64 person_id = zs_record_get_int (enterprise, ZS_ENTERPRISE_PERSON_ID);
  g_autoptr(ZsRecord) person = person_id != 0 ? zs_store_load (store, ZS_TYPE_PERSON, person_id, NULL) : NULL;

  return person != NULL ? zs_record_get_int (person, ZS_PERSON_UNIT_ID) : 0;
}

ZsLead *
zs_targets_make_lead (ZsStore       *store,
                      ZsEnterprise  *enterprise,
                      const char    *today,
                      GError       **error)
{
  g_autoptr(ZsLead) lead = zs_lead_new ();
  ZsRecord *e = ZS_RECORD (enterprise);
  ZsRecord *r = ZS_RECORD (lead);
  const char *name = zs_record_get_string (e, ZS_ENTERPRISE_NAME);
  /* TRANSLATORS: the name of a lead made from a target enterprise */
  g_autofree char *title = g_strdup_printf (_("Investment by %s"), name);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (zs_record_get_id (e) != 0, NULL);

  zs_record_set_string (r, ZS_LEAD_NAME, title);
  zs_record_set_string (r, ZS_LEAD_COMPANY, name);
  zs_record_set_string (r, ZS_LEAD_RECEIVED_DATE, today);
  zs_record_set_int (r, ZS_LEAD_CHAIN_ID, zs_record_get_int (e, ZS_ENTERPRISE_CHAIN_ID));
  zs_record_set_int (r, ZS_LEAD_PERSON_ID, zs_record_get_int (e, ZS_ENTERPRISE_PERSON_ID));
  zs_record_set_int (r, ZS_LEAD_UNIT_ID, person_unit (store, e));
  zs_record_set_int (r, ZS_LEAD_ENTERPRISE_ID, zs_record_get_id (e));
  zs_record_set_string (r, ZS_LEAD_DESCRIPTION, zs_record_get_string (e, ZS_ENTERPRISE_NEXT_STEP));
  /* The lead is received today: its deadlines run from now. */
  zs_lead_set_deadlines_from_settings (store, lead);

  if (!zs_store_save (store, r, error))
    return NULL;
  return g_steal_pointer (&lead);
}

ZsProject *
zs_targets_make_project (ZsStore       *store,
                         ZsEnterprise  *enterprise,
                         const char    *today,
                         GError       **error)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *e = ZS_RECORD (enterprise);
  ZsRecord *r = ZS_RECORD (project);
  const char *name = zs_record_get_string (e, ZS_ENTERPRISE_NAME);
  /* TRANSLATORS: the name of a project made from a target enterprise */
  g_autofree char *title = g_strdup_printf (_("%s project"), name);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (zs_record_get_id (e) != 0, NULL);

  zs_record_set_string (r, ZS_PROJECT_NAME, title);
  zs_record_set_string (r, ZS_PROJECT_INVESTOR, name);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, zs_record_get_int (e, ZS_ENTERPRISE_CHAIN_ID));
  zs_record_set_int (r, ZS_PROJECT_SEGMENT_ID, zs_record_get_int (e, ZS_ENTERPRISE_SEGMENT_ID));
  zs_record_set_int (r, ZS_PROJECT_PERSON_ID, zs_record_get_int (e, ZS_ENTERPRISE_PERSON_ID));
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, person_unit (store, e));
  zs_record_set_int (r, ZS_PROJECT_ENTERPRISE_ID, zs_record_get_id (e));
  zs_record_set_enum (r, ZS_PROJECT_STAGE, ZS_STAGE_LEAD);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, today);

  if (!zs_store_save (store, r, error))
    return NULL;
  return g_steal_pointer (&project);
}
