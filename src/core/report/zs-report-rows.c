/* zs-report-rows.c — the dispatch report's events and funds, joined to
 * their projects in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The report asks for the projects entering four stages and for the funds
 * arrived over the period, the year to it, the same two a year before and
 * each month: one grouped join per question was 84 queries, each looking
 * up tens of thousands of projects by id (≈ 1 µs a row on SQLite). Here
 * the projects' few figures are read once in id order, the events and
 * entries of a whole span once in (stage,) day order, and each question is
 * a binary search and a walk over its days.
 */
#include "config.h"

#include "zs-date.h"
#include "zs-report-rows.h"

struct _ZsReportRows
{
  gatomicrefcount  ref_count;
  GArray          *figures;  /* ZsProjectFigures by id */
  GArray          *events;   /* ZsDatedRow by stage, then day */
  GArray          *funds;    /* ZsDatedRow by day */
  gint32           first;    /* the loaded days */
  gint32           last;
};

ZsReportRows *
zs_report_rows_new (void)
{
  ZsReportRows *self = g_new0 (ZsReportRows, 1);

  g_atomic_ref_count_init (&self->ref_count);
  return self;
}

ZsReportRows *
zs_report_rows_ref (ZsReportRows *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zs_report_rows_unref (ZsReportRows *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->figures, g_array_unref);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->funds, g_array_unref);
  g_free (self);
}

gboolean
zs_report_rows_load (ZsReportRows  *self,
                     ZsStore       *store,
                     const char    *first,
                     const char    *last,
                     GError       **error)
{
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) funds = NULL;

  if (self->figures == NULL && (self->figures = zs_store_project_figures (store, error)) == NULL)
    return FALSE;
  events = zs_store_stage_events_between (store, ZS_STAGE_SIGNED, ZS_STAGE_PRODUCTION, first, last, error);
  if (events == NULL || (funds = zs_store_funds_between (store, first, last, error)) == NULL)
    return FALSE;
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->funds, g_array_unref);
  self->events = g_steal_pointer (&events);
  self->funds = g_steal_pointer (&funds);
  self->first = zs_date_number (first);
  self->last = zs_date_number (last);
  return TRUE;
}

/* The project's figures, or NULL for an id no project has. */
static const ZsProjectFigures *
find_project (ZsReportRows *self,
              gint64        id)
{
  guint lo = 0, hi = self->figures->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const ZsProjectFigures *p = &g_array_index (self->figures, ZsProjectFigures, mid);

      if (p->id == id)
        return p;
      if (p->id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* The first row of @rows at or after (@stage, @day). */
static guint
lower_bound (GArray *rows,
             gint32  stage,
             gint32  day)
{
  guint lo = 0, hi = rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const ZsDatedRow *r = &g_array_index (rows, ZsDatedRow, mid);

      if (r->stage < stage || (r->stage == stage && r->day < day))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Rows per unit and chain, as the store's grouped queries give them. */
typedef struct {
  GArray     *rows;   /* ZsAggregateRow */
  GHashTable *index;  /* (unit, chain) → its row's position + 1 */
} Groups;

static guint
pair_hash (gconstpointer key)
{
  const gint64 *pair = key;

  return g_int64_hash (&pair[0]) * 31 + g_int64_hash (&pair[1]);
}

static gboolean
pair_equal (gconstpointer a,
            gconstpointer b)
{
  const gint64 *x = a, *y = b;

  return x[0] == y[0] && x[1] == y[1];
}

static void
groups_init (Groups *groups)
{
  groups->rows = g_array_new (FALSE, TRUE, sizeof (ZsAggregateRow));
  groups->index = g_hash_table_new_full (pair_hash, pair_equal, g_free, NULL);
}

static ZsAggregateRow *
groups_find (Groups                 *groups,
             const ZsProjectFigures *project)
{
  gint64 pair[2] = { project->unit_id, project->chain_id };
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (groups->index, pair));

  if (position == 0)
    {
      ZsAggregateRow row = { { project->unit_id, project->chain_id }, 0, { 0 } };

      g_array_append_val (groups->rows, row);
      position = groups->rows->len;
      g_hash_table_insert (groups->index, g_memdup2 (pair, sizeof pair), GUINT_TO_POINTER (position));
    }
  return &g_array_index (groups->rows, ZsAggregateRow, position - 1);
}

static GArray *
groups_finish (Groups *groups)
{
  g_hash_table_unref (groups->index);
  return groups->rows;
}

static void
check_span (ZsReportRows *self,
            gint32        first,
            gint32        last)
{
  /* Asking outside what was read would count too little, silently. */
  g_assert (self->events != NULL && first >= self->first && last <= self->last);
}

GArray *
zs_report_rows_stage_entries (ZsReportRows *self,
                              int           stage,
                              const char   *first,
                              const char   *last)
{
  gint32 from = zs_date_number (first), to = zs_date_number (last);
  g_autofree guint8 *seen = NULL;
  Groups groups;

  check_span (self, from, to);
  groups_init (&groups);
  seen = g_new0 (guint8, self->figures->len / 8 + 1);
  for (guint i = lower_bound (self->events, stage, from); i < self->events->len; i++)
    {
      const ZsDatedRow *event = &g_array_index (self->events, ZsDatedRow, i);
      const ZsProjectFigures *project;
      ZsAggregateRow *row;
      guint position;

      if (event->stage != stage || event->day > to)
        break;
      project = find_project (self, event->project_id);
      if (project == NULL)
        continue;
      /* A project with two such events counts once. */
      position = (guint) (project - (const ZsProjectFigures *) self->figures->data);
      if (seen[position / 8] & (1u << (position % 8)))
        continue;
      seen[position / 8] |= 1u << (position % 8);
      row = groups_find (&groups, project);
      row->count++;
      row->sums[0] += project->planned_investment;
      row->sums[1] += project->contracted_foreign_capital;
      row->sums[2] += project->foreign_capital_used;
    }
  return groups_finish (&groups);
}

GArray *
zs_report_rows_funds (ZsReportRows *self,
                      const char   *first,
                      const char   *last)
{
  gint32 from = zs_date_number (first), to = zs_date_number (last);
  Groups groups;

  check_span (self, from, to);
  groups_init (&groups);
  /* Funds rows have stage 0: ordered by day alone. */
  for (guint i = lower_bound (self->funds, 0, from); i < self->funds->len; i++)
    {
      const ZsDatedRow *entry = &g_array_index (self->funds, ZsDatedRow, i);
      const ZsProjectFigures *project;
      ZsAggregateRow *row;

      if (entry->day > to)
        break;
      project = find_project (self, entry->project_id);
      if (project == NULL)
        continue;
      row = groups_find (&groups, project);
      row->count++;
      row->sums[0] += entry->amount;
    }
  return groups_finish (&groups);
}
