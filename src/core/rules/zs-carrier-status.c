/* zs-carrier-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-carrier-status.h"
#include "zs-date.h"
#include "zs-period.h"
#include "zs-project.h"

static char *
month_start (const char *today)
{
  g_autofree char *last = NULL;
  char *first = NULL;

  if (!zs_period_bounds (ZS_PERIOD_MONTH, today, &first, &last))
    return NULL;
  return first;
}

gboolean
zs_carrier_is_stale (ZsCarrier  *carrier,
                     const char *today)
{
  g_autofree char *first = NULL;
  const char *last_update;

  g_return_val_if_fail (ZS_IS_CARRIER (carrier), FALSE);

  first = month_start (today);
  g_return_val_if_fail (first != NULL, FALSE);
  last_update = zs_record_get_string (ZS_RECORD (carrier), ZS_CARRIER_LAST_UPDATE);
  return last_update == NULL || zs_date_compare (last_update, first) < 0;
}

ZsQuery *
zs_carrier_stale_query (const char *today)
{
  g_autofree char *first = month_start (today);
  g_autoptr(ZsQuery) never = zs_query_new (ZS_TYPE_CARRIER);
  g_autoptr(ZsQuery) before = zs_query_new (ZS_TYPE_CARRIER);
  ZsQuery *alternatives[] = { never, before };
  ZsQuery *query = zs_query_new (ZS_TYPE_CARRIER);

  g_return_val_if_fail (first != NULL, query);

  /* Never updated, or last before the first of the month. */
  zs_query_add_value (never, ZS_CARRIER_LAST_UPDATE, ZS_QUERY_IS_UNSET, NULL);
  zs_query_add_string (before, ZS_CARRIER_LAST_UPDATE, ZS_QUERY_LT, first);
  zs_query_add_any_of (query, alternatives, G_N_ELEMENTS (alternatives));
  return query;
}

gboolean
zs_carrier_totals_by_kind (ZsStore          *store,
                           ZsQuery          *query,
                           ZsCarrierTotals   totals[ZS_CARRIER_N_KINDS + 1],
                           GError          **error)
{
  g_autoptr(ZsQuery) all = query != NULL ? zs_query_ref (query) : zs_query_new (ZS_TYPE_CARRIER);
  g_autoptr(GArray) by_total = NULL;
  g_autoptr(GArray) by_available = NULL;

  memset (totals, 0, sizeof (ZsCarrierTotals) * (ZS_CARRIER_N_KINDS + 1));

  by_total = zs_store_aggregate_by (store, all, ZS_CARRIER_KIND, ZS_CARRIER_TOTAL_AREA, error);
  if (by_total == NULL)
    return FALSE;
  by_available = zs_store_aggregate_by (store, all, ZS_CARRIER_KIND, ZS_CARRIER_AVAILABLE_AREA, error);
  if (by_available == NULL)
    return FALSE;

  for (guint i = 0; i < by_total->len; i++)
    {
      const ZsGroupTotal *t = &g_array_index (by_total, ZsGroupTotal, i);

      if (t->key < 0 || t->key >= ZS_CARRIER_N_KINDS)
        continue;
      totals[t->key].count = t->count;
      totals[t->key].total_area = t->sum;
      totals[ZS_CARRIER_N_KINDS].count += t->count;
      totals[ZS_CARRIER_N_KINDS].total_area += t->sum;
    }
  for (guint i = 0; i < by_available->len; i++)
    {
      const ZsGroupTotal *a = &g_array_index (by_available, ZsGroupTotal, i);

      if (a->key < 0 || a->key >= ZS_CARRIER_N_KINDS)
        continue;
      totals[a->key].available_area = a->sum;
      totals[ZS_CARRIER_N_KINDS].available_area += a->sum;
    }
  return TRUE;
}

ZsQuery *
zs_carrier_projects_query (gint64   carrier_id,
                           gboolean placed)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_add_int (query, ZS_PROJECT_CARRIER_ID, ZS_QUERY_EQ, carrier_id);
  if (placed)
    {
      zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_GE, ZS_STAGE_SIGNED);
      zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_LE, ZS_STAGE_PRODUCTION);
    }
  else
    zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_LE, ZS_STAGE_NEGOTIATING);
  zs_query_set_order (query, ZS_PROJECT_STAGE, TRUE);
  return query;
}
