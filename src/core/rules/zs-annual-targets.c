/* zs-annual-targets.c — each unit's targets for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One ZsTarget per unit and year holds the figures the dispatch report
 * compares with what was done (zs-report.c maps its indicators to them).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-annual-targets.h"
#include "zs-error.h"

static const guint target_fields[] = {
  ZS_TARGET_LEADS,
  ZS_TARGET_SIGNED_COUNT,
  ZS_TARGET_SIGNED_INVESTMENT,
  ZS_TARGET_REGISTERED_COUNT,
  ZS_TARGET_STARTED_COUNT,
  ZS_TARGET_PRODUCTION_COUNT,
  ZS_TARGET_FUNDS_IN_PLACE,
};

const guint *
zs_annual_target_fields (guint *n_fields)
{
  *n_fields = G_N_ELEMENTS (target_fields);
  return target_fields;
}

static ZsRecord *
find_target (ZsStore *store,
             gint64   unit_id,
             int      year)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_TARGET);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_int (query, ZS_TARGET_UNIT_ID, ZS_QUERY_EQ, unit_id);
  zs_query_add_int (query, ZS_TARGET_YEAR, ZS_QUERY_EQ, year);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    return NULL;
  return zs_store_load (store, ZS_TYPE_TARGET, g_array_index (ids, gint64, 0), NULL);
}

gint64
zs_annual_targets_get (ZsStore *store,
                       gint64   unit_id,
                       int      year,
                       guint    field)
{
  g_autoptr(ZsRecord) target = find_target (store, unit_id, year);

  return target != NULL ? zs_record_get_int (target, field) : 0;
}

gboolean
zs_annual_targets_set (ZsStore  *store,
                       gint64    unit_id,
                       int       year,
                       guint     field,
                       gint64    value,
                       GError  **error)
{
  g_autoptr(ZsRecord) target = find_target (store, unit_id, year);

  if (target == NULL)
    {
      if (value == 0)
        return TRUE;
      target = ZS_RECORD (zs_target_new ());
      zs_record_set_int (target, ZS_TARGET_UNIT_ID, unit_id);
      zs_record_set_int (target, ZS_TARGET_YEAR, year);
    }
  zs_record_set_int (target, field, value);
  if (!zs_store_save (store, target, error))
    {
      /* Keep the live object as stored, not as refused. */
      if (zs_record_get_id (target) != 0)
        zs_store_reload (store, target, NULL);
      return FALSE;
    }
  return TRUE;
}

gint64
zs_annual_targets_total (ZsStore *store,
                         int      year,
                         guint    field)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_TARGET);

  zs_query_add_int (query, ZS_TARGET_YEAR, ZS_QUERY_EQ, year);
  return zs_store_sum (store, query, field, NULL);
}

static gboolean
copy_year (ZsStore  *store,
           int       from_year,
           int       to_year,
           guint    *n_copied,
           GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_TARGET);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_int (query, ZS_TARGET_YEAR, ZS_QUERY_EQ, from_year);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) source = zs_store_load (store, ZS_TYPE_TARGET, g_array_index (ids, gint64, i), error);
      g_autoptr(ZsRecord) target = NULL;

      if (source == NULL)
        return FALSE;
      target = find_target (store, zs_record_get_int (source, ZS_TARGET_UNIT_ID), to_year);
      if (target == NULL)
        {
          target = ZS_RECORD (zs_target_new ());
          zs_record_set_int (target, ZS_TARGET_UNIT_ID, zs_record_get_int (source, ZS_TARGET_UNIT_ID));
          zs_record_set_int (target, ZS_TARGET_YEAR, to_year);
        }
      for (guint f = 0; f < G_N_ELEMENTS (target_fields); f++)
        zs_record_set_int (target, target_fields[f], zs_record_get_int (source, target_fields[f]));
      if (!zs_store_save (store, target, error))
        return FALSE;
      (*n_copied)++;
    }
  return TRUE;
}

gboolean
zs_annual_targets_copy_year (ZsStore  *store,
                             int       from_year,
                             int       to_year,
                             guint    *n_copied,
                             GError  **error)
{
  guint copied = 0;

  if (from_year == to_year)
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, _("Choose another year to copy the targets from."));
      return FALSE;
    }
  if (!zs_store_begin (store, error))
    return FALSE;
  if (!copy_year (store, from_year, to_year, &copied, error))
    {
      zs_store_rollback (store);
      zs_store_refresh (store);
      return FALSE;
    }
  if (!zs_store_commit (store, error))
    return FALSE;
  if (n_copied != NULL)
    *n_copied = copied;
  return TRUE;
}
