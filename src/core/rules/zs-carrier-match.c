/* zs-carrier-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A bureau has tens to hundreds of carriers: the candidates come from one
 * indexed query, the chain's projects per carrier from one grouped count,
 * and the order is decided here, where a test can check it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-carrier-match.h"
#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"

gint64
zs_project_get_area_need (ZsProject *project)
{
  double land;

  g_return_val_if_fail (ZS_IS_PROJECT (project), 0);

  land = zs_record_get_double (ZS_RECORD (project), ZS_PROJECT_LAND);
  return land > 0 ? (gint64) llround (land * ZS_SQUARE_METRES_PER_MU) : 0;
}

int
zs_carrier_match_compare (const ZsCarrierMatch *a,
                          const ZsCarrierMatch *b)
{
  int order;

  if ((a->chain_projects > 0) != (b->chain_projects > 0))
    return a->chain_projects > 0 ? -1 : 1;
  if (a->same_unit != b->same_unit)
    return a->same_unit ? -1 : 1;
  if (a->available_area != b->available_area)
    return a->available_area < b->available_area ? -1 : 1;
  /* ISO dates order as text; "" (never) after every date. */
  order = strcmp (b->last_update, a->last_update);
  if (order != 0)
    return order;
  return (a->carrier_id > b->carrier_id) - (a->carrier_id < b->carrier_id);
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  return zs_carrier_match_compare (a, b);
}

/* Carrier id → projects of @chain_id there (not terminated). */
static GHashTable *
chain_projects_by_carrier (ZsStore  *store,
                           gint64    chain_id,
                           GError  **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) totals = NULL;

  if (chain_id == 0)
    return g_steal_pointer (&counts);

  zs_query_add_int (query, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, chain_id);
  zs_query_add_value (query, ZS_PROJECT_CARRIER_ID, ZS_QUERY_IS_SET, NULL);
  zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_NE, ZS_STAGE_TERMINATED);
  totals = zs_store_aggregate_by (store, query, ZS_PROJECT_CARRIER_ID, ZS_PROJECT_PLANNED_INVESTMENT, error);
  if (totals == NULL)
    return NULL;

  for (guint i = 0; i < totals->len; i++)
    {
      const ZsGroupTotal *t = &g_array_index (totals, ZsGroupTotal, i);

      g_hash_table_insert (counts, g_memdup2 (&t->key, sizeof t->key), GUINT_TO_POINTER ((guint) t->count));
    }
  return g_steal_pointer (&counts);
}

GArray *
zs_carrier_find_matches (ZsStore    *store,
                         ZsProject  *project,
                         gint64      area,
                         GError    **error)
{
  ZsRecord *p = ZS_RECORD (project);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CARRIER);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) matches = g_array_new (FALSE, TRUE, sizeof (ZsCarrierMatch));
  g_autoptr(GHashTable) by_chain = NULL;
  gint64 unit_id;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  if (area <= 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("Give the area the project needs, in square metres, before looking for a carrier."));
      return NULL;
    }

  zs_query_add_int (query, ZS_CARRIER_AVAILABLE_AREA, ZS_QUERY_GE, area);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return NULL;
  by_chain = chain_projects_by_carrier (store, zs_record_get_int (p, ZS_PROJECT_CHAIN_ID), error);
  if (by_chain == NULL)
    return NULL;

  unit_id = zs_record_get_int (p, ZS_PROJECT_UNIT_ID);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ZsRecord) carrier = zs_store_load (store, ZS_TYPE_CARRIER, id, error);
      ZsCarrierMatch match = { 0 };
      const char *last;

      if (carrier == NULL)
        return NULL;
      match.carrier_id = id;
      match.available_area = zs_record_get_int (carrier, ZS_CARRIER_AVAILABLE_AREA);
      match.chain_projects = GPOINTER_TO_UINT (g_hash_table_lookup (by_chain, &id));
      match.same_unit = unit_id != 0 && zs_record_get_int (carrier, ZS_CARRIER_UNIT_ID) == unit_id;
      last = zs_record_get_string (carrier, ZS_CARRIER_LAST_UPDATE);
      g_strlcpy (match.last_update, last != NULL ? last : "", sizeof match.last_update);
      g_array_append_val (matches, match);
    }

  g_array_sort (matches, compare_matches);
  return g_steal_pointer (&matches);
}

gint64
zs_carrier_largest_available (ZsStore  *store,
                              GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CARRIER);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) carrier = NULL;

  zs_query_set_order (query, ZS_CARRIER_AVAILABLE_AREA, TRUE);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return 0;
  if (ids->len == 0)
    return 0;
  carrier = zs_store_load (store, ZS_TYPE_CARRIER, g_array_index (ids, gint64, 0), error);
  return carrier != NULL ? zs_record_get_int (carrier, ZS_CARRIER_AVAILABLE_AREA) : 0;
}

/* The project's needs that no carrier has met yet. */
static GArray *
open_needs (ZsStore   *store,
            ZsProject *project,
            GError   **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_SPACE_NEED);

  zs_query_add_int (query, ZS_SPACE_NEED_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (project)));
  zs_query_add_value (query, ZS_SPACE_NEED_MET_DATE, ZS_QUERY_IS_UNSET, NULL);
  return zs_store_query (store, query, error);
}

ZsSpaceNeed *
zs_space_need_record (ZsStore     *store,
                      ZsProject   *project,
                      gint64       area,
                      const char  *today,
                      GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) need = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 largest;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  if (zs_record_get_id (ZS_RECORD (project)) == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID, _("Save the project before recording its need for space."));
      return NULL;
    }
  if (area <= 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("Give the area the project needs, in square metres, before recording it."));
      return NULL;
    }

  largest = zs_carrier_largest_available (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  ids = open_needs (store, project, error);
  if (ids == NULL)
    return NULL;

  if (ids->len > 0)
    need = zs_store_load (store, ZS_TYPE_SPACE_NEED, g_array_index (ids, gint64, 0), error);
  else
    need = ZS_RECORD (zs_space_need_new ());
  if (need == NULL)
    return NULL;

  g_object_freeze_notify (G_OBJECT (need));
  zs_record_set_int (need, ZS_SPACE_NEED_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_int (need, ZS_SPACE_NEED_AREA, area);
  zs_record_set_string (need, ZS_SPACE_NEED_DATE, today);
  zs_record_set_int (need, ZS_SPACE_NEED_LARGEST_AVAILABLE, largest);
  g_object_thaw_notify (G_OBJECT (need));

  if (!zs_store_save (store, need, error))
    return NULL;
  return ZS_SPACE_NEED (g_steal_pointer (&need));
}

gboolean
zs_carrier_place_project (ZsStore     *store,
                          ZsProject   *project,
                          ZsCarrier   *carrier,
                          gint64       area,
                          const char  *today,
                          GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 carrier_id, old_carrier;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (ZS_IS_CARRIER (carrier), FALSE);

  carrier_id = zs_record_get_id (ZS_RECORD (carrier));
  old_carrier = zs_record_get_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID);
  if (!zs_store_begin (store, error))
    return FALSE;

  /* What it takes is its land need: the area searched with, when it had none. */
  if (area > 0 && zs_project_get_area_need (project) == 0)
    zs_record_set_double (ZS_RECORD (project), ZS_PROJECT_LAND,
                          floor (area / ZS_SQUARE_METRES_PER_MU * 10000 + 0.5) / 10000);
  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CARRIER_ID, carrier_id);
  if (!zs_store_save (store, ZS_RECORD (project), error))
    goto fail;

  ids = open_needs (store, project, error);
  if (ids == NULL)
    goto fail;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) need = zs_store_load (store, ZS_TYPE_SPACE_NEED, g_array_index (ids, gint64, i), error);

      if (need == NULL)
        goto fail;
      zs_record_set_string (need, ZS_SPACE_NEED_MET_DATE, today);
      zs_record_set_int (need, ZS_SPACE_NEED_CARRIER_ID, carrier_id);
      if (!zs_store_save (store, need, error))
        goto fail;
    }

  if (zs_store_commit (store, error))
    {
      /* The carriers' areas changed under the project's save. */
      zs_store_reread_live (store, ZS_TYPE_CARRIER, carrier_id);
      if (old_carrier != 0 && old_carrier != carrier_id)
        zs_store_reread_live (store, ZS_TYPE_CARRIER, old_carrier);
      return TRUE;
    }

fail:
  /* The rollback re-reads the project: it shows its stored carrier again. */
  zs_store_rollback (store);
  return FALSE;
}

ZsQuery *
zs_space_need_open_query (void)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_SPACE_NEED);

  zs_query_add_value (query, ZS_SPACE_NEED_MET_DATE, ZS_QUERY_IS_UNSET, NULL);
  zs_query_set_order (query, ZS_SPACE_NEED_AREA, TRUE);
  return query;
}
