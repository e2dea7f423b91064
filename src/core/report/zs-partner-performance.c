/* zs-partner-performance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-contact-log.h"
#include "zs-date.h"
#include "zs-lead.h"
#include "zs-project.h"
#include "zs-partner-contacts.h"
#include "zs-partner-performance.h"

typedef struct {
  gint64 partner_id;
  guint  rank;                        /* position in the query's order */
  gint64 values[ZS_SCORE_N_COLUMNS];
} Row;

/* ---- the queries ---------------------------------------------------------- */

static void
add_partner (ZsQuery *query,
             guint    field,
             gint64   partner_id)
{
  if (partner_id != 0)
    zs_query_add_int (query, field, ZS_QUERY_EQ, partner_id);
  else
    zs_query_add_value (query, field, ZS_QUERY_IS_SET, NULL);
}

ZsQuery *
zs_partner_leads_query (gint64 partner_id)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  add_partner (query, ZS_LEAD_PARTNER_ID, partner_id);
  zs_query_set_order (query, ZS_LEAD_RECEIVED_DATE, TRUE);
  return query;
}

ZsQuery *
zs_partner_converted_query (gint64 partner_id)
{
  ZsQuery *query = zs_partner_leads_query (partner_id);

  zs_query_add_int (query, ZS_LEAD_STATUS, ZS_QUERY_EQ, ZS_LEAD_CONVERTED);
  return query;
}

ZsQuery *
zs_partner_projects_query (gint64 partner_id)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  add_partner (query, ZS_PROJECT_PARTNER_ID, partner_id);
  zs_query_set_order (query, ZS_PROJECT_STAGE, TRUE);
  zs_query_add_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  return query;
}

/* Signed once and still alive: a project that reached 签约 or beyond. */
ZsQuery *
zs_partner_signed_projects_query (gint64 partner_id)
{
  ZsQuery *query = zs_partner_projects_query (partner_id);

  zs_query_add_value (query, ZS_PROJECT_SIGNING_DATE, ZS_QUERY_IS_SET, NULL);
  zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_NE, ZS_STAGE_TERMINATED);
  return query;
}

static gint64
days_since (const char *last,
            const char *today)
{
  if (!zs_date_is_valid (last) || !zs_date_is_valid (today))
    return -1;
  return MAX (0, zs_date_days_between (last, today));
}

gboolean
zs_partner_score_compute (ZsStore    *store,
                          gint64      partner_id,
                          const char *today,
                          gint64     *values,
                          GError    **error)
{
  g_autoptr(ZsQuery) leads = zs_partner_leads_query (partner_id);
  g_autoptr(ZsQuery) converted = zs_partner_converted_query (partner_id);
  g_autoptr(ZsQuery) signed_projects = zs_partner_signed_projects_query (partner_id);
  static const guint money[] = { ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_FUNDS_IN_PLACE };
  gint64 sums[G_N_ELEMENTS (money)];
  g_autofree char *last = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (partner_id != 0, FALSE);

  memset (values, 0, sizeof (gint64) * ZS_SCORE_N_COLUMNS);
  values[ZS_SCORE_LEADS] = zs_store_count (store, leads, &local_error);
  if (local_error == NULL)
    values[ZS_SCORE_CONVERTED] = zs_store_count (store, converted, &local_error);
  if (local_error == NULL &&
      zs_store_aggregate (store, signed_projects, money, G_N_ELEMENTS (money),
                          &values[ZS_SCORE_PROJECTS], sums, &local_error))
    {
      values[ZS_SCORE_PLANNED] = sums[0];
      values[ZS_SCORE_FUNDS] = sums[1];
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  last = zs_partner_get_last_contact (store, partner_id);
  values[ZS_SCORE_DAYS_WITHOUT_CONTACT] = days_since (last, today);
  return TRUE;
}

/* ---- one row as a list item ------------------------------------------------- */

struct _ZsPartnerScore
{
  GObject    parent_instance;

  ZsStore   *store;
  ZsPartner *partner;
  Row        row;
};

G_DEFINE_FINAL_TYPE (ZsPartnerScore, zs_partner_score, G_TYPE_OBJECT)

static void
zs_partner_score_dispose (GObject *object)
{
  ZsPartnerScore *self = ZS_PARTNER_SCORE (object);

  g_clear_object (&self->partner);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_partner_score_parent_class)->dispose (object);
}

static void
zs_partner_score_class_init (ZsPartnerScoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_partner_score_dispose;
}

static void
zs_partner_score_init (ZsPartnerScore *self)
{
}

gint64
zs_partner_score_get_partner_id (ZsPartnerScore *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORE (self), 0);
  return self->row.partner_id;
}

ZsPartner *
zs_partner_score_get_partner (ZsPartnerScore *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORE (self), NULL);

  if (self->partner == NULL)
    self->partner = zs_store_load (self->store, ZS_TYPE_PARTNER, self->row.partner_id, NULL);
  return self->partner;
}

gint64
zs_partner_score_get_value (ZsPartnerScore *self,
                            ZsScoreColumn   column)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORE (self), 0);
  g_return_val_if_fail (column < ZS_SCORE_N_COLUMNS, 0);
  return self->row.values[column];
}

/* ---- the list ------------------------------------------------------------------ */

struct _ZsPartnerPerformance
{
  GObject   parent_instance;

  ZsStore  *store;
  char     *today;
  GArray   *rows;      /* Row */
};

static void zs_partner_performance_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZsPartnerPerformance, zs_partner_performance, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, zs_partner_performance_model_init))

static GType
zs_partner_performance_get_item_type (GListModel *model)
{
  return ZS_TYPE_PARTNER_SCORE;
}

static guint
zs_partner_performance_get_n_items (GListModel *model)
{
  return ZS_PARTNER_PERFORMANCE (model)->rows->len;
}

static gpointer
zs_partner_performance_get_item (GListModel *model,
                                 guint       position)
{
  ZsPartnerPerformance *self = ZS_PARTNER_PERFORMANCE (model);
  ZsPartnerScore *score;

  if (position >= self->rows->len)
    return NULL;

  g_return_val_if_fail (self->store != NULL, NULL);

  /* Items are made for the rows a view asks for, like ZsRecordList's. */
  score = g_object_new (ZS_TYPE_PARTNER_SCORE, NULL);
  score->store = g_object_ref (self->store);
  score->row = g_array_index (self->rows, Row, position);
  return score;
}

static void
zs_partner_performance_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zs_partner_performance_get_item_type;
  iface->get_n_items = zs_partner_performance_get_n_items;
  iface->get_item = zs_partner_performance_get_item;
}

static void
zs_partner_performance_finalize (GObject *object)
{
  ZsPartnerPerformance *self = ZS_PARTNER_PERFORMANCE (object);

  g_clear_object (&self->store);
  g_free (self->today);
  g_array_unref (self->rows);

  G_OBJECT_CLASS (zs_partner_performance_parent_class)->finalize (object);
}

static void
zs_partner_performance_class_init (ZsPartnerPerformanceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_partner_performance_finalize;
}

static void
zs_partner_performance_init (ZsPartnerPerformance *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
}

ZsPartnerPerformance *
zs_partner_performance_new (ZsStore    *store,
                            const char *today)
{
  ZsPartnerPerformance *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_date_is_valid (today), NULL);

  self = g_object_new (ZS_TYPE_PARTNER_PERFORMANCE, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  return self;
}

ZsPartnerPerformance *
zs_partner_performance_copy (ZsPartnerPerformance *self)
{
  ZsPartnerPerformance *copy;

  g_return_val_if_fail (ZS_IS_PARTNER_PERFORMANCE (self), NULL);

  copy = g_object_new (ZS_TYPE_PARTNER_PERFORMANCE, NULL);
  copy->today = g_strdup (self->today);
  g_array_append_vals (copy->rows, self->rows->data, self->rows->len);
  return copy;
}

void
zs_partner_performance_set_store (ZsPartnerPerformance *self,
                                  ZsStore              *store)
{
  g_return_if_fail (ZS_IS_PARTNER_PERFORMANCE (self));
  g_return_if_fail (ZS_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
zs_partner_performance_set_today (ZsPartnerPerformance *self,
                                  const char           *today)
{
  g_return_if_fail (ZS_IS_PARTNER_PERFORMANCE (self));
  g_return_if_fail (zs_date_is_valid (today));

  g_free (self->today);
  self->today = g_strdup (today);
}

/* Adds one grouped count (and sum) to the rows of the partners it names. */
static gboolean
add_grouped (ZsPartnerPerformance  *self,
             GHashTable            *by_id,
             ZsQuery               *query,
             guint                  partner_field,
             guint                  sum_field,
             ZsScoreColumn          count_column,
             int                    sum_column,
             GError               **error)
{
  g_autoptr(GArray) totals = zs_store_aggregate_by (self->store, query, partner_field, sum_field, error);

  if (totals == NULL)
    return FALSE;

  for (guint i = 0; i < totals->len; i++)
    {
      const ZsGroupTotal *total = &g_array_index (totals, ZsGroupTotal, i);
      Row *row = g_hash_table_lookup (by_id, &total->key);

      if (row == NULL)
        continue;
      if ((int) count_column >= 0)
        row->values[count_column] = total->count;
      if (sum_column >= 0)
        row->values[sum_column] = total->sum;
    }
  return TRUE;
}

gboolean
zs_partner_performance_compute (ZsPartnerPerformance  *self,
                                ZsQuery               *partners,
                                GError               **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) latest = NULL;
  g_autoptr(ZsQuery) leads = zs_partner_leads_query (0);
  g_autoptr(ZsQuery) converted = zs_partner_converted_query (0);
  g_autoptr(ZsQuery) signed_projects = zs_partner_signed_projects_query (0);
  g_autoptr(ZsQuery) contacts = zs_query_new (ZS_TYPE_CONTACT_LOG);
  guint old_len;

  g_return_val_if_fail (ZS_IS_PARTNER_PERFORMANCE (self), FALSE);
  g_return_val_if_fail (zs_query_get_record_type (partners) == ZS_TYPE_PARTNER, FALSE);

  ids = zs_store_query (self->store, partners, error);
  if (ids == NULL)
    return FALSE;

  rows = g_array_sized_new (FALSE, TRUE, sizeof (Row), ids->len);
  g_array_set_size (rows, ids->len);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < ids->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      row->partner_id = g_array_index (ids, gint64, i);
      row->rank = i;
      row->values[ZS_SCORE_DAYS_WITHOUT_CONTACT] = -1;
      g_hash_table_insert (by_id, &row->partner_id, row);
    }

  /* Five grouped passes for any number of partners. */
  if (!add_grouped (self, by_id, leads, ZS_LEAD_PARTNER_ID, ZS_LEAD_ESTIMATED_INVESTMENT,
                    ZS_SCORE_LEADS, -1, error) ||
      !add_grouped (self, by_id, converted, ZS_LEAD_PARTNER_ID, ZS_LEAD_ESTIMATED_INVESTMENT,
                    ZS_SCORE_CONVERTED, -1, error) ||
      !add_grouped (self, by_id, signed_projects, ZS_PROJECT_PARTNER_ID, ZS_PROJECT_PLANNED_INVESTMENT,
                    ZS_SCORE_PROJECTS, ZS_SCORE_PLANNED, error) ||
      !add_grouped (self, by_id, signed_projects, ZS_PROJECT_PARTNER_ID, ZS_PROJECT_FUNDS_IN_PLACE,
                    ZS_SCORE_PROJECTS, ZS_SCORE_FUNDS, error))
    return FALSE;

  latest = zs_store_latest_by (self->store, contacts, ZS_CONTACT_LOG_PARTNER_ID, ZS_CONTACT_LOG_DATE, error);
  if (latest == NULL)
    return FALSE;
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, latest);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        Row *row = g_hash_table_lookup (by_id, key);

        if (row != NULL)
          row->values[ZS_SCORE_DAYS_WITHOUT_CONTACT] = days_since (value, self->today);
      }
  }

  old_len = self->rows->len;
  g_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->rows->len);
  return TRUE;
}

typedef struct {
  ZsScoreColumn column;
  gboolean      descending;
} SortSpec;

static gint64
sort_value (const Row     *row,
            ZsScoreColumn  column)
{
  if (column == ZS_SCORE_NAME)
    return row->rank;
  /* Never contacted is the longest silence of all. */
  if (column == ZS_SCORE_DAYS_WITHOUT_CONTACT && row->values[column] < 0)
    return G_MAXINT64;
  return row->values[column];
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const SortSpec *spec = data;
  const Row *ra = a;
  const Row *rb = b;
  gint64 va = sort_value (ra, spec->column);
  gint64 vb = sort_value (rb, spec->column);

  if (va != vb)
    return (va < vb ? -1 : 1) * (spec->descending ? -1 : 1);
  return ra->rank < rb->rank ? -1 : ra->rank > rb->rank;
}

void
zs_partner_performance_sort (ZsPartnerPerformance *self,
                             ZsScoreColumn         column,
                             gboolean              descending)
{
  SortSpec spec = { column, descending };

  g_return_if_fail (ZS_IS_PARTNER_PERFORMANCE (self));
  g_return_if_fail (column < ZS_SCORE_N_COLUMNS);

  g_array_sort_with_data (self->rows, compare_rows, &spec);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, self->rows->len, self->rows->len);
}

void
zs_partner_performance_get_totals (ZsPartnerPerformance *self,
                                   gint64               *values)
{
  g_return_if_fail (ZS_IS_PARTNER_PERFORMANCE (self));

  memset (values, 0, sizeof (gint64) * ZS_SCORE_N_COLUMNS);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      for (guint c = ZS_SCORE_LEADS; c < ZS_SCORE_DAYS_WITHOUT_CONTACT; c++)
        values[c] += row->values[c];
      values[ZS_SCORE_DAYS_WITHOUT_CONTACT] += row->values[ZS_SCORE_DAYS_WITHOUT_CONTACT] < 0;
    }
  values[ZS_SCORE_NAME] = self->rows->len;
}

int
zs_partner_performance_find (ZsPartnerPerformance *self,
                             gint64                partner_id)
{
  g_return_val_if_fail (ZS_IS_PARTNER_PERFORMANCE (self), -1);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, Row, i).partner_id == partner_id)
      return (int) i;
  return -1;
}
