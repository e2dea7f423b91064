/* zs-record-rules.c — the rules every save of a project or funds entry runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-funds-rules.h"
#include "zs-records.h"
#include "zs-rules-private.h"

/* A segment belongs to one chain: a project moved to another chain loses
 * the old chain's segment rather than keep a pair the map cannot show. */
static gboolean
segment_follows_chain (ZsStore   *store,
                       ZsRecord  *project,
                       GError   **error)
{
  gint64 segment_id = zs_record_get_int (project, ZS_PROJECT_SEGMENT_ID);
  g_autoptr(ZsRecord) segment = NULL;

  if (segment_id == 0)
    return TRUE;
  segment = zs_store_load (store, ZS_TYPE_SEGMENT, segment_id, error);
  if (segment == NULL)
    return FALSE;
  if (zs_record_get_int (segment, ZS_SEGMENT_CHAIN_ID) != zs_record_get_int (project, ZS_PROJECT_CHAIN_ID))
    zs_record_set_int (project, ZS_PROJECT_SEGMENT_ID, 0);
  return TRUE;
}

static gboolean
project_before_save (ZsStore        *store,
                     ZsRecord       *project,
                     ZsRuleContext  *context,
                     GError        **error)
{
  gint64 sum = 0;

  /* A project from a file carries its own history and totals. */
  if ((context->flags & ZS_SAVE_IMPORT) != 0)
    return TRUE;

  if (context->insert)
    zs_stage_rules_default_since (project);
  if (!segment_follows_chain (store, project, error))
    return FALSE;

  /* The total is the entries' sum, whatever the object held. */
  if (!context->insert && !zs_funds_rules_sum (store, zs_record_get_id (project), &sum, error))
    return FALSE;
  zs_record_set_int (project, ZS_PROJECT_FUNDS_IN_PLACE, sum);
  return TRUE;
}

static gboolean
project_after_save (ZsStore        *store,
                    ZsRecord       *project,
                    ZsRuleContext  *context,
                    GError        **error)
{
  if (!zs_carrier_area_after_save (store, project, context, error))
    return FALSE;
  if ((context->flags & ZS_SAVE_IMPORT) != 0 || !context->insert)
    return TRUE;
  return zs_stage_rules_record_entry (store, project, error);
}

static const ZsRecordRules project_rules = {
  .before_save = project_before_save,
  .after_save = project_after_save,
  .after_delete = zs_carrier_area_after_delete,
  .after_restore = zs_carrier_area_after_restore,
  .after_commit = zs_carrier_area_after_commit,
};

/* The rules register themselves as the program starts, as the resources
 * compiled into these libraries do: every program that links the core
 * saves by them, and none has to remember a call first. */
__attribute__ ((constructor)) static void
register_rules (void)
{
  zs_store_set_rules (ZS_TYPE_PROJECT, &project_rules);
  zs_store_set_rules (ZS_TYPE_FUNDS_ENTRY, &zs_funds_entry_rules);
  zs_store_add_upgrade (8, zs_funds_reconcile);
}
