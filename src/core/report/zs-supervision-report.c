/* zs-supervision-report.c — 督办 items counted by unit, and what they are about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One reading of an item's state for every place that shows it (the
 * dispatch page, the bulletin, the attention list, 今日待办): an item is
 * overdue while it is open past its deadline, and stays counted overdue
 * in the period it was closed late.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-format-field.h"
#include "zs-records.h"
#include "zs-supervision-report.h"

ZsRecord *
zs_supervision_load_owner (ZsStore   *store,
                           ZsRecord  *record,
                           GError   **error)
{
  g_autoptr(ZsRecord) item = NULL;
  static const struct { guint field; GType (*get_type) (void); } owners[] = {
    { ZS_SUPERVISION_PROJECT_ID, zs_project_get_type },
    { ZS_SUPERVISION_LEAD_ID, zs_lead_get_type },
    { ZS_SUPERVISION_CARRIER_ID, zs_carrier_get_type },
  };

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  if (ZS_IS_SUPERVISION_REPLY (record))
    {
      item = zs_store_load (store, ZS_TYPE_SUPERVISION,
                            zs_record_get_int (record, ZS_SUPERVISION_REPLY_SUPERVISION_ID), error);
      if (item == NULL)
        return NULL;
      record = item;
    }
  g_return_val_if_fail (ZS_IS_SUPERVISION (record) || ZS_IS_INSTRUCTION (record), NULL);

  /* A 批示's owner fields have the same indexes (zs-supervision.h). */
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      gint64 id = zs_record_get_int (record, owners[i].field);

      if (id != 0)
        return zs_store_load (store, owners[i].get_type (), id, error);
    }
  g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND, _("The supervision item belongs to no record."));
  return NULL;
}

ZsQuery *
zs_supervision_due_query (const char *last_day)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_SUPERVISION);

  zs_query_add_int (query, ZS_SUPERVISION_STATE, ZS_QUERY_EQ, ZS_SUPERVISION_OPEN);
  zs_query_add_string (query, ZS_SUPERVISION_DEADLINE, ZS_QUERY_LE, last_day);
  zs_query_set_order (query, ZS_SUPERVISION_DEADLINE, FALSE);
  return query;
}

void
zs_supervision_count_free (ZsSupervisionCount *count)
{
  if (count == NULL)
    return;
  g_free (count->unit);
  g_free (count);
}

static ZsSupervisionCount *
count_new (gint64      unit_id,
           const char *unit)
{
  ZsSupervisionCount *count = g_new0 (ZsSupervisionCount, 1);

  count->unit_id = unit_id;
  count->unit = g_strdup (unit);
  return count;
}

typedef enum { COUNTS_NOWHERE, COUNTS_OPEN, COUNTS_ON_TIME, COUNTS_OVERDUE } Counts;

/* Where @item counts in the period. */
static Counts
classify (ZsRecord   *item,
          const char *first,
          const char *last,
          const char *today)
{
  const char *closed = zs_record_get_string (item, ZS_SUPERVISION_CLOSED_DATE);

  if (zs_supervision_is_closed (item))
    {
      if (closed == NULL || zs_date_compare (closed, first) < 0 || zs_date_compare (closed, last) > 0)
        return COUNTS_NOWHERE;
      return zs_supervision_on_time (item) ? COUNTS_ON_TIME : COUNTS_OVERDUE;
    }
  return zs_supervision_is_overdue (item, today) ? COUNTS_OVERDUE : COUNTS_OPEN;
}

static void
count_add (ZsSupervisionCount *count,
           Counts              counts)
{
  if (counts == COUNTS_OPEN)
    count->open++;
  else if (counts == COUNTS_ON_TIME)
    count->closed_on_time++;
  else if (counts == COUNTS_OVERDUE)
    count->overdue++;
}

GPtrArray *
zs_supervision_tally (ZsStore     *store,
                      const char  *first,
                      const char  *last,
                      const char  *today,
                      GError     **error)
{
  g_autoptr(ZsQuery) units_query = zs_query_new (ZS_TYPE_UNIT);
  g_autoptr(ZsQuery) items_query = zs_query_new (ZS_TYPE_SUPERVISION);
  g_autoptr(GArray) unit_ids = NULL;
  g_autoptr(GArray) item_ids = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GHashTable) by_unit = g_hash_table_new (g_int64_hash, g_int64_equal);
  ZsSupervisionCount *total;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  zs_query_set_order (units_query, ZS_UNIT_POSITION, FALSE);
  unit_ids = zs_store_query (store, units_query, error);
  if (unit_ids == NULL)
    return NULL;
  item_ids = zs_store_query (store, items_query, error);
  if (item_ids == NULL)
    return NULL;

  counts = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_supervision_count_free);
  for (guint i = 0; i < unit_ids->len; i++)
    {
      g_autoptr(ZsRecord) unit = zs_store_load (store, ZS_TYPE_UNIT, g_array_index (unit_ids, gint64, i), error);
      ZsSupervisionCount *count;

      if (unit == NULL)
        return NULL;
      count = count_new (zs_record_get_id (unit), zs_record_get_string (unit, ZS_UNIT_NAME));
      g_ptr_array_add (counts, count);
      g_hash_table_insert (by_unit, &count->unit_id, count);
    }
  total = count_new (0, _("Total"));

  for (guint i = 0; i < item_ids->len; i++)
    {
      g_autoptr(ZsRecord) item = zs_store_load (store, ZS_TYPE_SUPERVISION, g_array_index (item_ids, gint64, i), error);
      gint64 unit_id;
      ZsSupervisionCount *count;
      Counts where;

      if (item == NULL)
        {
          zs_supervision_count_free (total);
          return NULL;
        }
      unit_id = zs_record_get_int (item, ZS_SUPERVISION_UNIT_ID);
      count = g_hash_table_lookup (by_unit, &unit_id);
      where = classify (item, first, last, today);
      if (count == NULL || where == COUNTS_NOWHERE)
        continue;
      count_add (count, where);
      count_add (total, where);
    }

  /* Units with nothing to count stay out of the table. */
  for (guint i = counts->len; i > 0; i--)
    {
      ZsSupervisionCount *count = g_ptr_array_index (counts, i - 1);

      if (count->open + count->closed_on_time + count->overdue == 0)
        g_ptr_array_remove_index (counts, i - 1);
    }
  g_ptr_array_add (counts, total);
  return g_steal_pointer (&counts);
}

guint
zs_supervision_tally_overdue (GPtrArray *tally,
                              gint64     unit_id)
{
  for (guint i = 0; tally != NULL && i < tally->len; i++)
    {
      ZsSupervisionCount *count = g_ptr_array_index (tally, i);

      if (count->unit_id == unit_id && unit_id != 0)
        return count->overdue;
    }
  return 0;
}

char *
zs_supervision_describe (ZsStore    *store,
                         ZsRecord   *supervision,
                         const char *today)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ZsRecord) owner = zs_supervision_load_owner (store, supervision, NULL);
  const char *deadline = zs_record_get_string (supervision, ZS_SUPERVISION_DEADLINE);
  int days = deadline != NULL ? zs_date_days_between (deadline, today) : 0;

  if (zs_supervision_is_closed (supervision))
    g_ptr_array_add (parts, g_strdup (_("Closed")));
  else if (days > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue by %d day",
                                                          "overdue by %d days", days), days));
  else if (days == 0)
    g_ptr_array_add (parts, g_strdup (_("due today")));
  else
    {
      g_autofree char *date = zs_format_field (store, supervision, ZS_SUPERVISION_DEADLINE);

      g_ptr_array_add (parts, g_strdup_printf (_("due %s"), date));
    }
  if (zs_record_get_int (supervision, ZS_SUPERVISION_UNIT_ID) != 0)
    g_ptr_array_add (parts, zs_format_field (store, supervision, ZS_SUPERVISION_UNIT_ID));
  if (zs_record_get_int (supervision, ZS_SUPERVISION_PERSON_ID) != 0)
    g_ptr_array_add (parts, zs_format_field (store, supervision, ZS_SUPERVISION_PERSON_ID));
  if (owner != NULL)
    g_ptr_array_add (parts, g_strdup (zs_record_get_title (owner)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
