/* zs-lead-deadlines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-format.h"
#include "zs-settings.h"
#include "zs-lead-deadlines.h"

/* Each deadline: its due date field and the field that says it was met. */
typedef struct {
  ZsLeadDeadlines  deadline;
  guint            due_field;
  guint            done_field;
  gboolean         new_only;   /* met by moving past "new" */
  const char      *label;      /* N_() */
} DeadlineSpec;

static const DeadlineSpec specs[] = {
  { ZS_LEAD_DEADLINE_RESPOND, ZS_LEAD_RESPOND_DUE, ZS_LEAD_RESPONDED_DATE, TRUE,
    N_("Respond") },
  { ZS_LEAD_DEADLINE_ASSESS, ZS_LEAD_ASSESS_DUE, ZS_LEAD_ASSESSED_DATE, TRUE,
    N_("Assess") },
  { ZS_LEAD_DEADLINE_FEEDBACK, ZS_LEAD_FEEDBACK_DUE, ZS_LEAD_FED_BACK_DATE, FALSE,
    N_("Report back") },
};

gboolean
zs_lead_status_is_open (ZsLeadStatus status)
{
  return status == ZS_LEAD_NEW || status == ZS_LEAD_ASSESSED || status == ZS_LEAD_FOLLOWING;
}

void
zs_lead_set_deadlines (ZsLead *lead,
                       int     respond_days,
                       int     assess_days,
                       int     feedback_days)
{
  ZsRecord *r = ZS_RECORD (lead);
  const char *received;
  const int days[] = { respond_days, assess_days, feedback_days };

  g_return_if_fail (ZS_IS_LEAD (lead));

  received = zs_record_get_string (r, ZS_LEAD_RECEIVED_DATE);
  if (!zs_date_is_valid (received))
    return;

  g_object_freeze_notify (G_OBJECT (lead));
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autofree char *due = zs_date_add_days (received, days[i]);

      if (g_strcmp0 (zs_record_get_string (r, specs[i].due_field), due) != 0)
        zs_record_set_string (r, specs[i].due_field, due);
    }
  g_object_thaw_notify (G_OBJECT (lead));
}

void
zs_lead_set_deadlines_from_settings (ZsStore *store,
                                     ZsLead  *lead)
{
  zs_lead_set_deadlines (lead,
                         zs_settings_get_int (store, ZS_SETTING_LEAD_RESPOND_DAYS),
                         zs_settings_get_int (store, ZS_SETTING_LEAD_ASSESS_DAYS),
                         zs_settings_get_int (store, ZS_SETTING_LEAD_FEEDBACK_DAYS));
}

ZsLeadDeadlines
zs_lead_get_pending (ZsLead *lead)
{
  ZsRecord *r = ZS_RECORD (lead);
  ZsLeadStatus status;
  ZsLeadDeadlines pending = ZS_LEAD_DEADLINE_NONE;

  g_return_val_if_fail (ZS_IS_LEAD (lead), ZS_LEAD_DEADLINE_NONE);

  status = zs_record_get_enum (r, ZS_LEAD_STATUS);
  if (!zs_lead_status_is_open (status))
    return ZS_LEAD_DEADLINE_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      if (zs_record_get_string (r, specs[i].due_field) == NULL ||
          zs_record_get_string (r, specs[i].done_field) != NULL)
        continue;
      if (specs[i].new_only && status != ZS_LEAD_NEW)
        continue;
      /* An assessment answers the lead too. */
      if (specs[i].deadline == ZS_LEAD_DEADLINE_RESPOND &&
          zs_record_get_string (r, ZS_LEAD_ASSESSED_DATE) != NULL)
        continue;
      pending |= specs[i].deadline;
    }
  return pending;
}

ZsLeadDeadlines
zs_lead_get_overdue (ZsLead     *lead,
                     const char *today)
{
  ZsLeadDeadlines pending = zs_lead_get_pending (lead);
  ZsLeadDeadlines overdue = ZS_LEAD_DEADLINE_NONE;

  g_return_val_if_fail (today != NULL, ZS_LEAD_DEADLINE_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if ((pending & specs[i].deadline) != 0 &&
        zs_date_compare (zs_record_get_string (ZS_RECORD (lead), specs[i].due_field), today) < 0)
      overdue |= specs[i].deadline;
  return overdue;
}

static const DeadlineSpec *
find_spec (ZsLeadDeadlines deadline)
{
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if (specs[i].deadline == deadline)
      return &specs[i];
  return NULL;
}

static char *
overdue_text (ZsLeadDeadlines deadline,
              int             days)
{
  switch (deadline)
    {
    case ZS_LEAD_DEADLINE_RESPOND:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Response overdue by %d day",
                                           "Response overdue by %d days", days), days);
    case ZS_LEAD_DEADLINE_ASSESS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Assessment overdue by %d day",
                                           "Assessment overdue by %d days", days), days);
    case ZS_LEAD_DEADLINE_FEEDBACK:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Report to the referrer overdue by %d day",
                                           "Report to the referrer overdue by %d days", days), days);
    case ZS_LEAD_DEADLINE_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

ZsLeadDeadlines
zs_lead_get_next_deadline (ZsLead      *lead,
                           const char **due)
{
  ZsLeadDeadlines pending = zs_lead_get_pending (lead);
  const DeadlineSpec *next = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      const char *date = zs_record_get_string (ZS_RECORD (lead), specs[i].due_field);

      if ((pending & specs[i].deadline) == 0)
        continue;
      if (next == NULL || zs_date_compare (date, zs_record_get_string (ZS_RECORD (lead), next->due_field)) < 0)
        next = &specs[i];
    }

  if (due != NULL)
    *due = next != NULL ? zs_record_get_string (ZS_RECORD (lead), next->due_field) : NULL;
  return next != NULL ? next->deadline : ZS_LEAD_DEADLINE_NONE;
}

const char *
zs_lead_deadline_get_label (ZsLeadDeadlines deadline)
{
  const DeadlineSpec *spec = find_spec (deadline);

  g_return_val_if_fail (spec != NULL, "");
  return g_dgettext (GETTEXT_PACKAGE, spec->label);
}

char *
zs_lead_describe_deadline (ZsLead     *lead,
                           const char *today)
{
  ZsLeadDeadlines overdue = zs_lead_get_overdue (lead, today);
  const char *due = NULL;
  g_autofree char *date = NULL;

  /* The oldest missed deadline is the one to name. */
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if ((overdue & specs[i].deadline) != 0)
      {
        int days;

        due = zs_record_get_string (ZS_RECORD (lead), specs[i].due_field);
        days = zs_date_days_between (due, today);
        return overdue_text (specs[i].deadline, days);
      }

  switch (zs_lead_get_next_deadline (lead, &due))
    {
    case ZS_LEAD_DEADLINE_RESPOND:
      date = zs_format_date (due);
      return g_strdup_printf (_("Respond by %s"), date);
    case ZS_LEAD_DEADLINE_ASSESS:
      date = zs_format_date (due);
      return g_strdup_printf (_("Assess by %s"), date);
    case ZS_LEAD_DEADLINE_FEEDBACK:
      date = zs_format_date (due);
      return g_strdup_printf (_("Report back to the referrer by %s"), date);
    case ZS_LEAD_DEADLINE_NONE:
    default:
      return NULL;
    }
}

ZsQuery *
zs_lead_open_query (void)
{
  static const gint64 open[] = { ZS_LEAD_NEW, ZS_LEAD_ASSESSED, ZS_LEAD_FOLLOWING };
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  zs_query_add_int_set (query, ZS_LEAD_STATUS, open, G_N_ELEMENTS (open));
  return query;
}

/* Where @spec's deadline is still to be met, for a lead known to be open:
 * the rule of zs_lead_get_pending(), as query conditions. */
static ZsQuery *
pending_query (const DeadlineSpec *spec)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_LEAD);

  zs_query_add_value (query, spec->done_field, ZS_QUERY_IS_UNSET, NULL);
  if (spec->new_only)
    zs_query_add_int (query, ZS_LEAD_STATUS, ZS_QUERY_EQ, ZS_LEAD_NEW);
  if (spec->deadline == ZS_LEAD_DEADLINE_RESPOND)
    zs_query_add_value (query, ZS_LEAD_ASSESSED_DATE, ZS_QUERY_IS_UNSET, NULL);
  return query;
}

/* Open leads with a pending deadline due @op @today. */
static ZsQuery *
pending_due_query (const char *today,
                   ZsQueryOp   op)
{
  ZsQuery *query;
  ZsQuery *alternatives[G_N_ELEMENTS (specs)];

  /* The rules of zs_lead_get_pending() and zs_lead_get_overdue(). */
  query = zs_lead_open_query ();
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      ZsQuery *alternative = pending_query (&specs[i]);

      zs_query_add_string (alternative, specs[i].due_field, op, today);
      alternatives[i] = alternative;
    }
  zs_query_add_any_of (query, alternatives, G_N_ELEMENTS (alternatives));
  for (guint i = 0; i < G_N_ELEMENTS (alternatives); i++)
    zs_query_unref (alternatives[i]);

  zs_query_set_order (query, ZS_LEAD_RECEIVED_DATE, FALSE);
  return query;
}

ZsQuery *
zs_lead_due_query (const char *today)
{
  g_return_val_if_fail (zs_date_is_valid (today), NULL);
  return pending_due_query (today, ZS_QUERY_LE);
}

ZsLeadDeadlines
zs_lead_get_due (ZsLead     *lead,
                 const char *today)
{
  ZsLeadDeadlines pending = zs_lead_get_pending (lead);
  ZsLeadDeadlines due = ZS_LEAD_DEADLINE_NONE;

  g_return_val_if_fail (today != NULL, ZS_LEAD_DEADLINE_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if ((pending & specs[i].deadline) != 0 &&
        zs_date_compare (zs_record_get_string (ZS_RECORD (lead), specs[i].due_field), today) <= 0)
      due |= specs[i].deadline;
  return due;
}

ZsQuery *
zs_lead_overdue_query (ZsStore    *store,
                       const char *today)
{
  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_date_is_valid (today), NULL);
  return pending_due_query (today, ZS_QUERY_LT);
}

typedef struct {
  char *path;
  char *today;
} CountJob;

static void
count_job_free (CountJob *job)
{
  g_free (job->path);
  g_free (job->today);
  g_free (job);
}

static void
count_overdue_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  CountJob *job = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;
  gint64 n = -1;

  /* The window's connection checked and migrated the file when it opened it. */
  store = zs_store_open_secondary (job->path, &error);
  if (store != NULL)
    {
      g_autoptr(ZsQuery) query = zs_lead_overdue_query (store, job->today);

      zs_store_set_hint (store, ZS_STORE_HINT_WORKER);
      n = zs_store_count (store, query, &error);
    }
  g_clear_object (&store);
  if (n < 0)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_int (task, n);
}

void
zs_lead_count_overdue_async (ZsStore             *store,
                             const char          *today,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CountJob *job;

  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (zs_date_is_valid (today));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zs_lead_count_overdue_async);
  job = g_new0 (CountJob, 1);
  job->path = g_strdup (zs_store_get_path (store));
  job->today = g_strdup (today);
  g_task_set_task_data (task, job, (GDestroyNotify) count_job_free);
  g_task_run_in_thread (task, count_overdue_thread);
}

gint64
zs_lead_count_overdue_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), -1);
  return g_task_propagate_int (G_TASK (result), error);
}

void
zs_lead_set_order_by_deadline (ZsQuery  *query,
                               gboolean  descending)
{
  static const gint64 open[] = { ZS_LEAD_NEW, ZS_LEAD_ASSESSED, ZS_LEAD_FOLLOWING };
  guint fields[G_N_ELEMENTS (specs)];
  ZsQuery *when[G_N_ELEMENTS (specs)];

  g_return_if_fail (query != NULL && zs_query_get_record_type (query) == ZS_TYPE_LEAD);

  /* The date zs_lead_get_next_deadline() gives, worked out in SQL. */
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      fields[i] = specs[i].due_field;
      when[i] = pending_query (&specs[i]);
      zs_query_add_int_set (when[i], ZS_LEAD_STATUS, open, G_N_ELEMENTS (open));
    }
  zs_query_set_order_by_earliest (query, fields, when, G_N_ELEMENTS (specs), descending);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    zs_query_unref (when[i]);
}
