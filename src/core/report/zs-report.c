/* zs-report.c — the figures of the dispatch dashboard and the monthly bulletin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Every figure is an aggregate query over the store, grouped by unit and by
 * chain in one pass each; nothing loads the projects one by one. "New"
 * means a stage event on a day of the period (history, not the current
 * stage), so a project signed and started in the same month counts as
 * both. The whole report is read in one read transaction, so its figures
 * agree with each other even while the window saves edits.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "zs-carrier-status.h"
#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-lead-deadlines.h"
#include "zs-partner-contacts.h"
#include "zs-period.h"
#include "zs-project-filter.h"
#include "zs-records.h"
#include "zs-report.h"
#include "zs-report-private.h"
#include "zs-report-rows.h"
#include "zs-settings.h"
#include "zs-supervision-report.h"

/* A report's lines by id, while it is being counted. */
typedef struct {
  GHashTable   *lines;     /* id → ZsReportLine, also the lines the tables leave out */
  GListStore   *list;
  ZsReportLine *none;      /* figures without a unit or chain */
  GHashTable   *retired;   /* ids of retired units (schema 014) */
} Lines;

struct _ZsReport
{
  GObject        parent_instance;

  char          *first;
  char          *last;
  char          *today;
  int            year;
  ZsReportLine  *total;
  GListStore    *units;
  GListStore    *chains;
  gint64         months[12][ZS_KPI_N];
  gint64         stage_count[ZS_STAGE_TERMINATED + 1];
  gint64         stage_investment[ZS_STAGE_TERMINATED + 1];
  GArray        *attention[ZS_ATTENTION_N];  /* the ids of each list, in its order */
  GPtrArray     *supervision;  /* ZsSupervisionCount by unit, the total last */
  gboolean       complete;     /* FALSE for the first part of zs_report_new_async_with_first() */
  /* Between the two parts of the count: where the second adds its figures. */
  Lines          unit_lines;
  Lines          chain_lines;
  ZsReportRows  *rows;         /* the events and funds the figures are counted from */
};

G_DEFINE_FINAL_TYPE (ZsReport, zs_report, G_TYPE_OBJECT)

/* The stage whose events each indicator counts; -1 for leads and funds. */
static const int kpi_stages[ZS_KPI_N] = {
  [ZS_KPI_LEADS] = -1,
  [ZS_KPI_SIGNED] = ZS_STAGE_SIGNED,
  [ZS_KPI_SIGNED_INVESTMENT] = -1,
  [ZS_KPI_REGISTERED] = ZS_STAGE_REGISTERED,
  [ZS_KPI_STARTED] = ZS_STAGE_STARTED,
  [ZS_KPI_PRODUCTION] = ZS_STAGE_PRODUCTION,
  [ZS_KPI_FUNDS_IN_PLACE] = -1,
};

static const guint kpi_target_fields[ZS_KPI_N] = {
  [ZS_KPI_LEADS] = ZS_TARGET_LEADS,
  [ZS_KPI_SIGNED] = ZS_TARGET_SIGNED_COUNT,
  [ZS_KPI_SIGNED_INVESTMENT] = ZS_TARGET_SIGNED_INVESTMENT,
  [ZS_KPI_REGISTERED] = ZS_TARGET_REGISTERED_COUNT,
  [ZS_KPI_STARTED] = ZS_TARGET_STARTED_COUNT,
  [ZS_KPI_PRODUCTION] = ZS_TARGET_PRODUCTION_COUNT,
  [ZS_KPI_FUNDS_IN_PLACE] = ZS_TARGET_FUNDS_IN_PLACE,
};

/* The ranking weights, documented at zs_report_score(). */
static const int kpi_weights[ZS_KPI_N] = { 10, 15, 25, 10, 20, 10, 10 };

/* ---- ranking: small pure pieces --------------------------- */

double
zs_report_score (const gint64 *values,
                 const gint64 *targets,
                 int           days_in_period,
                 int           days_in_year)
{
  double sum = 0;
  int weights = 0;

  g_return_val_if_fail (days_in_period > 0 && days_in_year > 0, -1);

  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      double expected;

      if (targets[k] <= 0)
        continue;
      expected = (double) targets[k] * days_in_period / days_in_year;
      /* A month of corrections (negative funds) scores nothing, not less. */
      sum += kpi_weights[k] * CLAMP ((double) values[k] / expected, 0.0, 1.5);
      weights += kpi_weights[k];
    }
  return weights > 0 ? 100.0 * sum / weights : -1;
}

/* ---- computing ------------------------------------------------------------------ */

static void
lines_clear (Lines *lines)
{
  g_clear_pointer (&lines->lines, g_hash_table_unref);
  g_clear_pointer (&lines->retired, g_hash_table_unref);
  g_clear_object (&lines->list);
  g_clear_object (&lines->none);
}

static gboolean
lines_init (Lines       *lines,
            ZsStore     *store,
            GType        type,
            int          order_field,
            int          order_field2,
            const char  *none_name,
            GError     **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;

  lines->lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  lines->list = g_list_store_new (ZS_TYPE_REPORT_LINE);
  lines->none = zs_report_line_new (0, none_name, G_MAXINT);

  zs_query_set_order (query, order_field, FALSE);
  if (order_field2 >= 0)
    zs_query_add_order (query, order_field2, FALSE);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ZsRecord) record = zs_store_load (store, type, id, error);
      g_autoptr(ZsReportLine) line = NULL;

      if (record == NULL)
        return FALSE;
      line = zs_report_line_new (id, zs_record_get_title (record), (int) i);
      if (type == ZS_TYPE_UNIT && zs_record_get_boolean (record, ZS_UNIT_RETIRED))
        {
          if (lines->retired == NULL)
            lines->retired = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          g_hash_table_add (lines->retired, g_memdup2 (&id, sizeof id));
        }
      g_list_store_append (lines->list, line);
      g_hash_table_insert (lines->lines, g_memdup2 (&id, sizeof id), g_object_ref (line));
    }
  return TRUE;
}

static ZsReportLine *
lines_find (Lines  *lines,
            gint64  id)
{
  ZsReportLine *line = id != 0 ? g_hash_table_lookup (lines->lines, &id) : NULL;

  /* A group key of a deleted record, or none: "no unit". */
  return line != NULL ? line : lines->none;
}

/* The earlier of two ISO dates. */
#define MIN_DATE(a, b) (zs_date_compare ((a), (b)) <= 0 ? (a) : (b))

/* Which figures of a line a pass fills: the period, the year to its end,
 * and the same two a year before (同比). */
typedef enum {
  SLOT_PERIOD,
  SLOT_YEAR,
  SLOT_LAST_PERIOD,
  SLOT_LAST_YEAR,
} Slot;

static void
line_add_one (ZsReportLine *line,
              int           kpi,
              gint64        value,
              Slot          slot)
{
  switch (slot)
    {
    case SLOT_PERIOD:
      zs_report_line_add (line, kpi, value, 0);
      break;
    case SLOT_YEAR:
      zs_report_line_add (line, kpi, 0, value);
      break;
    case SLOT_LAST_PERIOD:
      zs_report_line_add_last_year (line, kpi, value, 0);
      break;
    case SLOT_LAST_YEAR:
    default:
      zs_report_line_add_last_year (line, kpi, 0, value);
      break;
    }
}

/* Adds a group's count (and sum) to @line. */
static void
line_add (ZsReportLine *line,
          int           count_kpi,
          int           sum_kpi,
          gint64        count,
          gint64        sum,
          Slot          slot)
{
  if (count_kpi >= 0)
    line_add_one (line, count_kpi, count, slot);
  if (sum_kpi >= 0)
    line_add_one (line, sum_kpi, sum, slot);
}

typedef struct {
  ZsStore       *store;
  ZsReportRows  *rows;
  Lines         *units;
  Lines         *chains;
  ZsReportLine  *total;
} Context;

/* One indicator over one range, grouped by unit and by chain in one pass:
 * each (unit, chain) pair adds to its unit's line, its chain's line and
 * the total. */
static gboolean
add_range (Context     *ctx,
           ZsQuery     *query,
           guint        unit_field,
           guint        chain_field,
           guint        sum_field,
           int          count_kpi,
           int          sum_kpi,
           Slot         slot,
           GError     **error)
{
  const guint groups[] = { unit_field, chain_field };
  g_autoptr(GArray) pairs = zs_store_aggregate_grouped (ctx->store, query, groups, G_N_ELEMENTS (groups),
                                                        &sum_field, 1, error);

  if (pairs == NULL)
    return FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      const ZsAggregateRow *p = &g_array_index (pairs, ZsAggregateRow, i);

      line_add (lines_find (ctx->units, p->keys[0]), count_kpi, sum_kpi, p->count, p->sums[0], slot);
      line_add (lines_find (ctx->chains, p->keys[1]), count_kpi, sum_kpi, p->count, p->sums[0], slot);
      line_add (ctx->total, count_kpi, sum_kpi, p->count, p->sums[0], slot);
    }
  return TRUE;
}

/* The projects that entered @stage in [@first, @last], by unit and chain
 * in one pass: the indicator @kpi counts them, and for projects signed
 * also their planned investment and, in this year's passes, their foreign
 * capital (which has no 同比 column). */
static gboolean
add_entries (Context     *ctx,
             ZsStage      stage,
             int          kpi,
             const char  *first,
             const char  *last,
             Slot         slot,
             GError     **error)
{
  g_autoptr(GArray) pairs = zs_report_rows_stage_entries (ctx->rows, stage, first, last);
  gboolean signed_ = kpi == ZS_KPI_SIGNED;

  for (guint i = 0; i < pairs->len; i++)
    {
      const ZsAggregateRow *p = &g_array_index (pairs, ZsAggregateRow, i);
      ZsReportLine *lines[] = { lines_find (ctx->units, p->keys[0]), lines_find (ctx->chains, p->keys[1]), ctx->total };

      for (guint l = 0; l < G_N_ELEMENTS (lines); l++)
        {
          line_add (lines[l], kpi, signed_ ? ZS_KPI_SIGNED_INVESTMENT : -1, p->count, p->sums[0], slot);
          if (signed_ && slot <= SLOT_YEAR)
            for (guint f = 0; f < ZS_FOREIGN_N; f++)
              zs_report_line_add_foreign (lines[l], f, slot == SLOT_YEAR ? 0 : p->sums[1 + f],
                                          slot == SLOT_YEAR ? p->sums[1 + f] : 0);
        }
    }
  return TRUE;
}

static ZsQuery *
leads_received (const char *first,
                const char *last)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  zs_query_add_string (query, ZS_LEAD_RECEIVED_DATE, ZS_QUERY_GE, first);
  zs_query_add_string (query, ZS_LEAD_RECEIVED_DATE, ZS_QUERY_LE, last);
  return query;
}

static gboolean
add_events (Context       *ctx,
            const char    *first,
            const char    *last,
            Slot           slot,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(ZsQuery) leads = leads_received (first, last);

  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      if (kpi_stages[k] < 0)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !add_entries (ctx, kpi_stages[k], k, first, last, slot, error))
        return FALSE;
    }
  return add_range (ctx, leads, ZS_LEAD_UNIT_ID, ZS_LEAD_CHAIN_ID, ZS_LEAD_ESTIMATED_INVESTMENT,
                    ZS_KPI_LEADS, -1, slot, error);
}

/* Funds in place are dated entries (资金到位记录): the period counts the
 * funds that arrived in it, the year those from 1 January, whatever the
 * project's stage is now, like the stage events. */
static gboolean
add_funds (Context     *ctx,
           const char  *first,
           const char  *last,
           Slot         slot,
           GError     **error)
{
  g_autoptr(GArray) pairs = zs_report_rows_funds (ctx->rows, first, last);

  for (guint i = 0; i < pairs->len; i++)
    {
      const ZsAggregateRow *p = &g_array_index (pairs, ZsAggregateRow, i);

      line_add (lines_find (ctx->units, p->keys[0]), -1, ZS_KPI_FUNDS_IN_PLACE, p->count, p->sums[0], slot);
      line_add (lines_find (ctx->chains, p->keys[1]), -1, ZS_KPI_FUNDS_IN_PLACE, p->count, p->sums[0], slot);
      line_add (ctx->total, -1, ZS_KPI_FUNDS_IN_PLACE, p->count, p->sums[0], slot);
    }
  return TRUE;
}

static gboolean
add_targets (Context  *ctx,
             int       year,
             GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_TARGET);
  g_autoptr(GArray) ids = NULL;
  gint64 sums[ZS_KPI_N] = { 0 };

  zs_query_add_int (query, ZS_TARGET_YEAR, ZS_QUERY_EQ, year);
  ids = zs_store_query (ctx->store, query, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) target = zs_store_load (ctx->store, ZS_TYPE_TARGET, g_array_index (ids, gint64, i), error);
      ZsReportLine *line;

      if (target == NULL)
        return FALSE;
      line = lines_find (ctx->units, zs_record_get_int (target, ZS_TARGET_UNIT_ID));
      for (guint k = 0; k < ZS_KPI_N; k++)
        {
          gint64 value = zs_record_get_int (target, kpi_target_fields[k]);

          zs_report_line_set_target (line, k, value);
          sums[k] += value;
        }
    }
  for (guint k = 0; k < ZS_KPI_N; k++)
    zs_report_line_set_target (ctx->total, k, sums[k]);
  return TRUE;
}

static void
add_month_funds (ZsReportRows  *rows,
                 const char    *first,
                 const char    *last,
                 gint64        *value)
{
  g_autoptr(GArray) pairs = zs_report_rows_funds (rows, first, last);

  for (guint i = 0; i < pairs->len; i++)
    *value += g_array_index (pairs, ZsAggregateRow, i).sums[0];
}

static gboolean
add_months (ZsReport      *self,
            ZsStore       *store,
            GCancellable  *cancellable,
            GError       **error)
{
  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *day = g_strdup_printf ("%04d-%02u-01", self->year, month);
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autoptr(ZsQuery) leads = NULL;
      gint64 *values = self->months[month - 1];

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      zs_period_bounds (ZS_PERIOD_MONTH, day, &first, &last);
      /* The months after today have nothing yet. */
      if (zs_date_compare (first, self->today) > 0)
        break;

      for (guint k = 0; k < ZS_KPI_N; k++)
        {
          g_autoptr(GArray) pairs = NULL;

          if (kpi_stages[k] < 0)
            continue;
          pairs = zs_report_rows_stage_entries (self->rows, kpi_stages[k], first, last);
          for (guint i = 0; i < pairs->len; i++)
            {
              const ZsAggregateRow *p = &g_array_index (pairs, ZsAggregateRow, i);

              values[k] += p->count;
              if (k == ZS_KPI_SIGNED)
                values[ZS_KPI_SIGNED_INVESTMENT] += p->sums[0];
            }
        }
      leads = leads_received (first, last);
      if (!zs_store_aggregate (store, leads, NULL, 0, &values[ZS_KPI_LEADS], NULL, error))
        return FALSE;
      add_month_funds (self->rows, first, last, &values[ZS_KPI_FUNDS_IN_PLACE]);
    }
  return TRUE;
}

static gboolean
add_stages (ZsReport  *self,
            ZsStore   *store,
            GError   **error)
{
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) by_stage = zs_store_aggregate_by (store, all, ZS_PROJECT_STAGE, ZS_PROJECT_PLANNED_INVESTMENT, error);

  if (by_stage == NULL)
    return FALSE;
  for (guint i = 0; i < by_stage->len; i++)
    {
      const ZsGroupTotal *g = &g_array_index (by_stage, ZsGroupTotal, i);

      if (g->key >= 0 && g->key <= ZS_STAGE_TERMINATED)
        {
          self->stage_count[g->key] = g->count;
          self->stage_investment[g->key] = g->sum;
        }
    }
  return TRUE;
}

static gboolean
add_attention (ZsReport  *self,
               ZsStore   *store,
               GError   **error)
{
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    {
      g_autoptr(ZsQuery) query = zs_attention_query (store, i, self->today);
      GError *local_error = NULL;

      /* The ids, not a count: the dispatch page shows them as they are,
       * and the window's connection reads nothing more than a screenful. */
      self->attention[i] = zs_store_query (store, query, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

static int
compare_ranked (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ZsReportLine *x = (ZsReportLine *) a;
  ZsReportLine *y = (ZsReportLine *) b;
  double sx = zs_report_line_get_score (x), sy = zs_report_line_get_score (y);
  gint64 vx, vy;

  /* Ranked units first, higher score first; ties by investment signed,
   * then projects signed, then the bureau's own order. Units without
   * targets follow in the bureau's order, "no unit" last. */
  if ((sx >= 0) != (sy >= 0))
    return sx >= 0 ? -1 : 1;
  if (sx < 0)
    return zs_report_line_get_position (x) - zs_report_line_get_position (y);
  if (sx != sy)
    return sx > sy ? -1 : 1;
  vx = zs_report_line_get_value (x, ZS_KPI_SIGNED_INVESTMENT);
  vy = zs_report_line_get_value (y, ZS_KPI_SIGNED_INVESTMENT);
  if (vx != vy)
    return vx > vy ? -1 : 1;
  vx = zs_report_line_get_value (x, ZS_KPI_SIGNED);
  vy = zs_report_line_get_value (y, ZS_KPI_SIGNED);
  if (vx != vy)
    return vx > vy ? -1 : 1;
  return zs_report_line_get_position (x) - zs_report_line_get_position (y);
}

static void
rank_units (ZsReport *self,
            Lines    *units)
{
  GListModel *model = G_LIST_MODEL (units->list);
  int days = zs_date_days_between (self->first, self->last) + 1;
  int days_in_year = g_date_is_leap_year ((GDateYear) self->year) ? 366 : 365;
  guint rank = 0;

  /* "No unit" joins the table only when something has no unit. */
  if (!zs_report_line_is_empty (units->none))
    g_list_store_append (units->list, units->none);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (model, i);
      gint64 values[ZS_KPI_N], targets[ZS_KPI_N];

      for (guint k = 0; k < ZS_KPI_N; k++)
        {
          values[k] = zs_report_line_get_value (line, k);
          targets[k] = zs_report_line_get_target (line, k);
        }
      zs_report_line_set_rank (line, zs_report_score (values, targets, MIN (days, days_in_year), days_in_year), 0);
    }

  g_list_store_sort (units->list, compare_ranked, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (model, i);

      if (zs_report_line_get_score (line) >= 0)
        zs_report_line_set_rank (line, zs_report_line_get_score (line), ++rank);
    }
}

static int
compare_chains (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ZsReportLine *x = (ZsReportLine *) a;
  ZsReportLine *y = (ZsReportLine *) b;
  gint64 vx, vy;

  if ((zs_report_line_get_id (x) == 0) != (zs_report_line_get_id (y) == 0))
    return zs_report_line_get_id (x) == 0 ? 1 : -1;
  for (guint k = ZS_KPI_SIGNED_INVESTMENT; ; k = ZS_KPI_SIGNED)
    {
      vx = zs_report_line_get_value (x, k);
      vy = zs_report_line_get_value (y, k);
      if (vx != vy)
        return vx > vy ? -1 : 1;
      if (k == ZS_KPI_SIGNED)
        break;
    }
  return zs_report_line_get_position (x) - zs_report_line_get_position (y);
}

/* Chains with nothing in the year would only make the table long. */
static void
keep_active_chains (Lines *chains)
{
  GListModel *model = G_LIST_MODEL (chains->list);

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (model, i - 1);

      if (zs_report_line_is_empty (line))
        g_list_store_remove (chains->list, i - 1);
    }
  if (!zs_report_line_is_empty (chains->none))
    g_list_store_append (chains->list, chains->none);
  g_list_store_sort (chains->list, compare_chains, NULL);
}

static gboolean
has_period_figures (ZsReportLine *line)
{
  for (guint k = 0; k < ZS_KPI_N; k++)
    if (zs_report_line_get_value (line, k) != 0)
      return TRUE;
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    if (zs_report_line_get_foreign (line, f, FALSE) != 0)
      return TRUE;
  return FALSE;
}

/* A retired unit (merged or abolished) keeps its history but leaves the
 * tables, unless something happened in it during the period. */
static void
drop_retired_units (Lines *units)
{
  if (units->retired == NULL)
    return;
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (units->list)); i-- > 0;)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (G_LIST_MODEL (units->list), i);
      gint64 id = zs_report_line_get_id (line);

      /* Its line stays in the hash: the second part of the count still
       * adds its 同比 figures there, not to "no unit". */
      if (g_hash_table_contains (units->retired, &id) && !has_period_figures (line))
        g_list_store_remove (units->list, i);
    }
}

static void
context_init (Context  *ctx,
              ZsReport *self,
              ZsStore  *store)
{
  ctx->store = store;
  ctx->rows = self->rows;
  ctx->units = &self->unit_lines;
  ctx->chains = &self->chain_lines;
  ctx->total = self->total;
}

/* The first part of the count: what the first screen of the dispatch page
 * shows (the tiles and the funnel), the period's and the year's figures
 * against the targets. The tables take their order from it too: ranking,
 * the chains kept and the units retired depend on nothing counted later. */
gboolean
zs_report_count_first (ZsReport      *self,
                       ZsStore       *store,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *year_first = g_strdup_printf ("%04d-01-01", self->year);
  g_autofree char *year_last = g_strdup_printf ("%04d-12-31", self->year);
  Context ctx;

  /* This year's rows, for the months too; a week may start in December. */
  if (self->rows == NULL)
    self->rows = zs_report_rows_new ();
  if (!zs_report_rows_load (self->rows, store, MIN_DATE (self->first, year_first), year_last, error))
    return FALSE;
  context_init (&ctx, self, store);
  if (!lines_init (ctx.units, store, ZS_TYPE_UNIT, ZS_UNIT_POSITION, -1, _("No unit"), error) ||
      !lines_init (ctx.chains, store, ZS_TYPE_CHAIN, ZS_CHAIN_GROUP_ID, ZS_CHAIN_POSITION, _("No chain"), error) ||
      !add_events (&ctx, self->first, self->last, SLOT_PERIOD, cancellable, error) ||
      !add_events (&ctx, year_first, self->last, SLOT_YEAR, cancellable, error) ||
      !add_funds (&ctx, self->first, self->last, SLOT_PERIOD, error) ||
      !add_funds (&ctx, year_first, self->last, SLOT_YEAR, error) ||
      !add_targets (&ctx, self->year, error) ||
      !add_stages (self, store, error))
    return FALSE;

  drop_retired_units (ctx.units);
  rank_units (self, ctx.units);
  keep_active_chains (ctx.chains);
  g_set_object (&self->units, ctx.units->list);
  g_set_object (&self->chains, ctx.chains->list);
  return TRUE;
}

/* The rest: 同比, the months, the attention lists and 督办. */
gboolean
zs_report_count_rest (ZsReport      *self,
                      ZsStore       *store,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *last_year_first = g_strdup_printf ("%04d-01-01", self->year - 1);
  g_autofree char *before_first = zs_report_year_before (self->first);
  g_autofree char *before_last = zs_report_year_before (self->last);
  Context ctx;
  gboolean ok;

  /* The months from this year's rows, then last year's for 同比. */
  context_init (&ctx, self, store);
  ok = add_months (self, store, cancellable, error) &&
       zs_report_rows_load (self->rows, store, MIN_DATE (before_first, last_year_first), before_last, error) &&
       add_events (&ctx, before_first, before_last, SLOT_LAST_PERIOD, cancellable, error) &&
       add_events (&ctx, last_year_first, before_last, SLOT_LAST_YEAR, cancellable, error) &&
       add_funds (&ctx, before_first, before_last, SLOT_LAST_PERIOD, error) &&
       add_funds (&ctx, last_year_first, before_last, SLOT_LAST_YEAR, error) &&
       add_attention (self, store, error) &&
       (self->supervision = zs_supervision_tally (store, self->first, self->last, self->today, error)) != NULL;
  self->complete = ok;
  lines_clear (&self->unit_lines);
  lines_clear (&self->chain_lines);
  g_clear_pointer (&self->rows, zs_report_rows_unref);
  return ok;
}

static void
lines_copy (Lines       *to,
            const Lines *from)
{
  GHashTableIter iter;
  gpointer key, value;

  to->lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  to->none = zs_report_line_copy (from->none);
  g_hash_table_iter_init (&iter, from->lines);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to->lines, g_memdup2 (key, sizeof (gint64)), zs_report_line_copy (value));
}

/* The same lists, of the copied lines. */
static GListStore *
list_copy (GListModel  *from,
           const Lines *from_lines,
           const Lines *to_lines)
{
  GListStore *list = g_list_store_new (ZS_TYPE_REPORT_LINE);

  for (guint i = 0; i < g_list_model_get_n_items (from); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (from, i);
      gint64 id = zs_report_line_get_id (line);

      g_list_store_append (list, line == from_lines->none ? to_lines->none : g_hash_table_lookup (to_lines->lines, &id));
    }
  return list;
}

ZsReport *
zs_report_take_rest (ZsReport *first)
{
  ZsReport *self = g_object_new (ZS_TYPE_REPORT, NULL);

  self->first = g_strdup (first->first);
  self->last = g_strdup (first->last);
  self->today = g_strdup (first->today);
  self->year = first->year;
  self->total = zs_report_line_copy (first->total);
  memcpy (self->stage_count, first->stage_count, sizeof self->stage_count);
  memcpy (self->stage_investment, first->stage_investment, sizeof self->stage_investment);
  lines_copy (&self->unit_lines, &first->unit_lines);
  lines_copy (&self->chain_lines, &first->chain_lines);
  self->units = list_copy (G_LIST_MODEL (first->units), &first->unit_lines, &self->unit_lines);
  self->chains = list_copy (G_LIST_MODEL (first->chains), &first->chain_lines, &self->chain_lines);
  self->rows = g_steal_pointer (&first->rows);
  lines_clear (&first->unit_lines);
  lines_clear (&first->chain_lines);
  return self;
}

/* ---- GObject and public API ---------------------------------------------------- */

static void
zs_report_finalize (GObject *object)
{
  ZsReport *self = ZS_REPORT (object);

  g_free (self->first);
  g_free (self->last);
  g_free (self->today);
  g_clear_object (&self->total);
  g_clear_object (&self->units);
  g_clear_object (&self->chains);
  g_clear_pointer (&self->supervision, g_ptr_array_unref);
  lines_clear (&self->unit_lines);
  lines_clear (&self->chain_lines);
  g_clear_pointer (&self->rows, zs_report_rows_unref);
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    g_clear_pointer (&self->attention[i], g_array_unref);

  G_OBJECT_CLASS (zs_report_parent_class)->finalize (object);
}

static void
zs_report_class_init (ZsReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_report_finalize;
}

static void
zs_report_init (ZsReport *self)
{
}

gboolean
zs_report_check_period (const char  *first,
                        const char  *last,
                        const char  *today,
                        GError     **error)
{
  if (!zs_date_is_valid (first) || !zs_date_is_valid (last) || !zs_date_is_valid (today))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The report period needs a first and a last day as valid dates (YYYY-MM-DD), not “%s” and “%s”."),
                   first ? first : "", last ? last : "");
      return FALSE;
    }
  if (zs_date_compare (first, last) > 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The report period starts on %s, after its last day %s. Swap the two dates."), first, last);
      return FALSE;
    }
  return TRUE;
}

ZsReport *
zs_report_start (const char *first,
                 const char *last,
                 const char *today)
{
  ZsReport *self = g_object_new (ZS_TYPE_REPORT, NULL);

  self->first = g_strdup (first);
  self->last = g_strdup (last);
  self->today = g_strdup (today);
  self->year = atoi (last);
  self->total = zs_report_line_new (0, _("Total"), 0);
  return self;
}

ZsReport *
zs_report_new (ZsStore       *store,
               const char    *first,
               const char    *last,
               const char    *today,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(ZsReport) self = NULL;
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  if (!zs_report_check_period (first, last, today, error))
    return NULL;

  self = zs_report_start (first, last, today);
  if (!zs_store_begin_read (store, error))
    return NULL;
  ok = zs_report_count_first (self, store, cancellable, error) &&
       zs_report_count_rest (self, store, cancellable, error);
  /* Only read: ending the transaction cannot lose anything. */
  zs_store_commit (store, NULL);
  return ok ? g_steal_pointer (&self) : NULL;
}

gboolean
zs_report_is_complete (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), FALSE);
  return self->complete;
}

const char *
zs_report_get_first (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return self->first;
}

const char *
zs_report_get_last (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return self->last;
}

const char *
zs_report_get_today (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return self->today;
}

int
zs_report_get_year (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), 0);
  return self->year;
}

ZsReportLine *
zs_report_get_total (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return self->total;
}

GListModel *
zs_report_get_units (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->units);
}

GListModel *
zs_report_get_chains (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->chains);
}

gint64
zs_report_get_month (ZsReport *self,
                     guint     month,
                     ZsKpi     kpi)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), 0);
  g_return_val_if_fail (month >= 1 && month <= 12 && kpi < ZS_KPI_N, 0);
  return self->months[month - 1][kpi];
}

gint64
zs_report_get_stage_count (ZsReport *self,
                           ZsStage   stage,
                           gint64   *investment)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), 0);
  g_return_val_if_fail (stage <= ZS_STAGE_TERMINATED, 0);

  if (investment != NULL)
    *investment = self->stage_investment[stage];
  return self->stage_count[stage];
}

const char *
zs_report_get_measured_day (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  /* A period still running is measured on the day its figures were taken. */
  if (zs_date_compare (self->today, self->first) >= 0 && zs_date_compare (self->today, self->last) < 0)
    return self->today;
  return self->last;
}

double
zs_report_get_time_share (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), 0);
  return zs_report_time_share (zs_report_get_measured_day (self));
}

gint64
zs_report_get_attention (ZsReport    *self,
                         ZsAttention  list)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), 0);
  g_return_val_if_fail (list < ZS_ATTENTION_N, 0);
  return self->attention[list] != NULL ? self->attention[list]->len : 0;
}

GArray *
zs_report_get_attention_ids (ZsReport    *self,
                             ZsAttention  list)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  g_return_val_if_fail (list < ZS_ATTENTION_N, NULL);
  return self->attention[list];
}

GPtrArray *
zs_report_get_supervision (ZsReport *self)
{
  g_return_val_if_fail (ZS_IS_REPORT (self), NULL);
  return self->supervision;
}
