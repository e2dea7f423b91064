/* zs-due.c — 今日待办: what falls due on a day, across the records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each kind of work has its own rule, kept where the rest of its rules are
 * (lead deadlines, the carriers' monthly update, the partners' contact
 * cycle); this file asks each of them, through ZsQuery, for what is due on
 * a day and says in a clerk's words why. A done item leaves the list
 * because the rule no longer finds it: a lead answered, a contact logged,
 * an obstacle resolved, a carrier updated.
 *
 * At 100,000 projects the list takes seconds of queries: the window's page
 * and the notification ask for it in a worker thread, on a connection of
 * its own in one read transaction (zs_due_list_async(), at the end).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-attention.h"
#include "zs-carrier-status.h"
#include "zs-date.h"
#include "zs-store-thread.h"
#include "zs-due.h"
#include "zs-format.h"
#include "zs-lead-deadlines.h"
#include "zs-partner-contacts.h"
#include "zs-records.h"
#include "zs-settings.h"
#include "zs-supervision-report.h"

static const char * const kind_labels[ZS_DUE_N_KINDS] = {
  N_("Leads"),
  N_("Follow-ups"),
  N_("Obstacles"),
  N_("Supervision items"),
  N_("Carriers' monthly update"),
  N_("Partners to contact"),
};

void
zs_due_item_free (ZsDueItem *item)
{
  if (item == NULL)
    return;
  g_clear_object (&item->record);
  g_free (item->title);
  g_free (item->detail);
  g_free (item->due_date);
  g_free (item);
}

const char *
zs_due_kind_get_label (ZsDueKind kind)
{
  g_return_val_if_fail (kind < ZS_DUE_N_KINDS, "");
  return g_dgettext (GETTEXT_PACKAGE, kind_labels[kind]);
}

static ZsDueItem *
item_add (GPtrArray  *items,
          ZsDueKind   kind,
          ZsRecord   *record,
          char       *detail,
          const char *due_date,
          const char *today)
{
  ZsDueItem *item = g_new0 (ZsDueItem, 1);

  item->kind = kind;
  item->record = g_object_ref (record);
  item->title = g_strdup (zs_record_get_title (record));
  item->detail = detail;
  item->due_date = g_strdup (due_date);
  item->overdue = due_date != NULL && zs_date_compare (due_date, today) < 0;
  g_ptr_array_add (items, item);
  return item;
}

/* The first @limit records @query finds, each loaded, and in @n_found
 * how many it finds; NULL and @error when it fails. */
static GPtrArray *
load_first (ZsStore  *store,
            ZsQuery  *query,
            guint     limit,
            guint    *n_found,
            GError  **error)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, error);
  g_autoptr(GPtrArray) records = NULL;

  if (ids == NULL)
    return NULL;
  if (n_found != NULL)
    *n_found = ids->len;
  /* Read together: tens of thousands of quiet partners at a bureau's size. */
  records = zs_store_load_many (store, zs_query_get_record_type (query),
                                (const gint64 *) (gpointer) ids->data, MIN (ids->len, limit), error);
  if (records == NULL)
    return NULL;
  /* A row deleted since the query is not due. */
  for (guint i = records->len; i > 0; i--)
    if (g_ptr_array_index (records, i - 1) == NULL)
      g_ptr_array_remove_index (records, i - 1);
  return g_steal_pointer (&records);
}

static GPtrArray *
load_all (ZsStore  *store,
          ZsQuery  *query,
          GError  **error)
{
  return load_first (store, query, G_MAXUINT, NULL, error);
}

/* "what · notes", or what alone when there are no notes. */
static char *
with_notes (const char *what,
            const char *notes)
{
  g_autofree char *stripped = g_strstrip (g_strdup (notes != NULL ? notes : ""));

  if (*stripped == '\0')
    return g_strdup (what);
  return g_strdup_printf ("%s · %s", what, stripped);
}

/* ---- leads ------------------------------------------------------------------- */

static char *
describe_lead (ZsLead      *lead,
               const char  *today,
               const char **due_date)
{
  ZsLeadDeadlines overdue = zs_lead_get_overdue (lead, today);
  ZsLeadDeadlines due = zs_lead_get_due (lead, today);
  ZsLeadDeadlines next = zs_lead_get_next_deadline (lead, due_date);

  /* The leads page's words for what was missed; for today, its own. */
  if (overdue != ZS_LEAD_DEADLINE_NONE)
    return zs_lead_describe_deadline (lead, today);
  switch (next & due)
    {
    case ZS_LEAD_DEADLINE_RESPOND:
      return g_strdup (_("Respond to the referrer today"));
    case ZS_LEAD_DEADLINE_ASSESS:
      return g_strdup (_("Assess today"));
    case ZS_LEAD_DEADLINE_FEEDBACK:
      return g_strdup (_("Report back to the referrer today"));
    case ZS_LEAD_DEADLINE_NONE:
    default:
      return zs_lead_describe_deadline (lead, today);
    }
}

static gboolean
add_leads (ZsStore     *store,
           const char  *today,
           GPtrArray   *items,
           GError     **error)
{
  g_autoptr(ZsQuery) query = zs_lead_due_query (today);
  g_autoptr(GPtrArray) leads = NULL;

  zs_lead_set_order_by_deadline (query, FALSE);
  leads = load_all (store, query, error);
  if (leads == NULL)
    return FALSE;
  for (guint i = 0; i < leads->len; i++)
    {
      ZsLead *lead = g_ptr_array_index (leads, i);
      const char *due = NULL;
      char *detail = describe_lead (lead, today, &due);

      item_add (items, ZS_DUE_LEAD, ZS_RECORD (lead), detail, due, today);
    }
  return TRUE;
}

/* ---- follow-ups -------------------------------------------------------------- */

/* A follow-up is done once a later contact with the same partner or
 * enterprise is logged (a later day, or the same day logged after). */
static gboolean
followed_up (ZsStore  *store,
             ZsRecord *log,
             guint     owner_field,
             gint64    owner_id)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CONTACT_LOG);
  g_autoptr(GArray) ids = NULL;
  const char *date = zs_record_get_string (log, ZS_CONTACT_LOG_DATE);

  zs_query_add_int (query, owner_field, ZS_QUERY_EQ, owner_id);
  if (date != NULL)
    zs_query_add_string (query, ZS_CONTACT_LOG_DATE, ZS_QUERY_GE, date);
  ids = zs_store_query (store, query, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ZsRecord) other = NULL;

      if (id == zs_record_get_id (log))
        continue;
      other = zs_store_load (store, ZS_TYPE_CONTACT_LOG, id, NULL);
      if (other == NULL)
        continue;
      if (date == NULL || zs_date_compare (zs_record_get_string (other, ZS_CONTACT_LOG_DATE), date) > 0 ||
          id > zs_record_get_id (log))
        return TRUE;
    }
  return FALSE;
}

static gboolean
add_follow_ups (ZsStore     *store,
                const char  *today,
                GPtrArray   *items,
                GError     **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CONTACT_LOG);
  g_autoptr(GPtrArray) logs = NULL;

  zs_query_add_string (query, ZS_CONTACT_LOG_FOLLOW_UP_DATE, ZS_QUERY_LE, today);
  zs_query_set_order (query, ZS_CONTACT_LOG_FOLLOW_UP_DATE, FALSE);
  logs = load_all (store, query, error);
  if (logs == NULL)
    return FALSE;
  for (guint i = 0; i < logs->len; i++)
    {
      ZsRecord *log = g_ptr_array_index (logs, i);
      gint64 partner_id = zs_record_get_int (log, ZS_CONTACT_LOG_PARTNER_ID);
      gint64 enterprise_id = zs_record_get_int (log, ZS_CONTACT_LOG_ENTERPRISE_ID);
      guint owner_field = partner_id != 0 ? ZS_CONTACT_LOG_PARTNER_ID : ZS_CONTACT_LOG_ENTERPRISE_ID;
      gint64 owner_id = partner_id != 0 ? partner_id : enterprise_id;
      GType owner_type = partner_id != 0 ? ZS_TYPE_PARTNER : ZS_TYPE_ENTERPRISE;
      const char *due = zs_record_get_string (log, ZS_CONTACT_LOG_FOLLOW_UP_DATE);
      const char *notes = zs_record_get_string (log, ZS_CONTACT_LOG_NOTES);
      g_autoptr(ZsRecord) owner = NULL;
      g_autofree char *when = NULL;
      int days;

      if (owner_id == 0 || followed_up (store, log, owner_field, owner_id))
        continue;
      owner = zs_store_load (store, owner_type, owner_id, NULL);
      if (owner == NULL)
        continue;
      days = zs_date_days_between (due, today);
      when = days <= 0 ? g_strdup (_("Follow up today"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Follow-up overdue by %d day",
                                                       "Follow-up overdue by %d days", days), days);
      item_add (items, ZS_DUE_FOLLOW_UP, owner, with_notes (when, notes), due, today);
    }
  return TRUE;
}

/* ---- obstacles --------------------------------------------------------------- */

static gboolean
add_obstacles (ZsStore     *store,
               const char  *today,
               GPtrArray   *items,
               GError     **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_OBSTACLE);
  g_autoptr(GPtrArray) obstacles = NULL;

  zs_query_add_int (query, ZS_OBSTACLE_STATE, ZS_QUERY_EQ, ZS_OBSTACLE_OPEN);
  zs_query_add_string (query, ZS_OBSTACLE_DUE_DATE, ZS_QUERY_LE, today);
  zs_query_set_order (query, ZS_OBSTACLE_DUE_DATE, FALSE);
  obstacles = load_all (store, query, error);
  if (obstacles == NULL)
    return FALSE;
  for (guint i = 0; i < obstacles->len; i++)
    {
      ZsRecord *obstacle = g_ptr_array_index (obstacles, i);
      const char *due = zs_record_get_string (obstacle, ZS_OBSTACLE_DUE_DATE);
      g_autoptr(ZsRecord) project = zs_store_load (store, ZS_TYPE_PROJECT,
                                                   zs_record_get_int (obstacle, ZS_OBSTACLE_PROJECT_ID), NULL);
      g_autofree char *when = NULL;
      int days;

      if (project == NULL)
        continue;
      days = zs_date_days_between (due, today);
      when = days <= 0 ? g_strdup (_("Obstacle to resolve today"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Obstacle overdue by %d day",
                                                       "Obstacle overdue by %d days", days), days);
      item_add (items, ZS_DUE_OBSTACLE, project,
                with_notes (when, zs_record_get_string (obstacle, ZS_OBSTACLE_DESCRIPTION)), due, today);
    }
  return TRUE;
}

/* ---- 督办 items: the page of what they are about opens -------------------------- */

static gboolean
add_supervisions (ZsStore     *store,
                  const char  *today,
                  GPtrArray   *items,
                  GError     **error)
{
  g_autoptr(ZsQuery) query = zs_supervision_due_query (today);
  g_autoptr(GPtrArray) supervisions = load_all (store, query, error);

  if (supervisions == NULL)
    return FALSE;
  for (guint i = 0; i < supervisions->len; i++)
    {
      ZsRecord *item = g_ptr_array_index (supervisions, i);
      const char *due = zs_record_get_string (item, ZS_SUPERVISION_DEADLINE);
      g_autoptr(ZsRecord) owner = zs_supervision_load_owner (store, item, NULL);
      g_autofree char *when = NULL;
      int days;

      if (owner == NULL)
        continue;
      days = zs_date_days_between (due, today);
      when = days <= 0 ? g_strdup (_("Supervision item due today"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Supervision item overdue by %d day",
                                                       "Supervision item overdue by %d days", days), days);
      item_add (items, ZS_DUE_SUPERVISION, owner,
                with_notes (when, zs_record_get_string (item, ZS_SUPERVISION_TASK)), due, today);
    }
  return TRUE;
}

/* ---- carriers and partners: the dispatch page's own lists -------------------- */

/* Only the first @shown are read and described: at 100,000 projects the
 * 39,114 quiet partners took most of a second's work and of the page's
 * memory, for a list that shows a hundred; @n_found counts them all. */
static gboolean
add_attention (ZsStore     *store,
               const char  *today,
               ZsAttention  list,
               ZsDueKind    kind,
               guint        shown,
               guint       *n_found,
               GPtrArray   *items,
               GError     **error)
{
  g_autoptr(ZsQuery) query = zs_attention_query (store, list, today);
  g_autoptr(GPtrArray) records = load_first (store, query, shown, n_found, error);
  g_autoptr(GPtrArray) texts = NULL;

  if (records == NULL || (texts = zs_attention_describe_all (store, list, records, today, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    /* Undated: "due" is a month or a cycle, not a day. */
    item_add (items, kind, g_ptr_array_index (records, i), g_steal_pointer (&texts->pdata[i]), NULL, today);
  return TRUE;
}

/* ---- public ------------------------------------------------------------------ */

GPtrArray *
zs_due_list_shown (ZsStore     *store,
                   const char  *today,
                   guint        shown,
                   guint        counts[ZS_DUE_N_KINDS],
                   GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n_carriers = 0, n_partners = 0;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_date_is_valid (today), NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) zs_due_item_free);
  if (!add_leads (store, today, items, error) ||
      !add_follow_ups (store, today, items, error) ||
      !add_obstacles (store, today, items, error) ||
      !add_supervisions (store, today, items, error) ||
      !add_attention (store, today, ZS_ATTENTION_STALE_CARRIERS, ZS_DUE_CARRIER, shown, &n_carriers, items, error) ||
      !add_attention (store, today, ZS_ATTENTION_QUIET_PARTNERS, ZS_DUE_PARTNER, shown, &n_partners, items, error))
    return NULL;
  if (counts != NULL)
    {
      zs_due_count (items, counts);
      counts[ZS_DUE_CARRIER] = n_carriers;
      counts[ZS_DUE_PARTNER] = n_partners;
    }
  return g_steal_pointer (&items);
}

GPtrArray *
zs_due_list (ZsStore     *store,
             const char  *today,
             GError     **error)
{
  return zs_due_list_shown (store, today, G_MAXUINT, NULL, error);
}

void
zs_due_count (GPtrArray *items,
              guint      counts[ZS_DUE_N_KINDS])
{
  for (guint k = 0; k < ZS_DUE_N_KINDS; k++)
    counts[k] = 0;
  for (guint i = 0; items != NULL && i < items->len; i++)
    counts[((ZsDueItem *) g_ptr_array_index (items, i))->kind]++;
}

guint
zs_due_count_deadlines (const guint counts[ZS_DUE_N_KINDS])
{
  guint n = 0;

  for (guint k = 0; k < ZS_DUE_N_KINDS; k++)
    n += k != ZS_DUE_PARTNER ? counts[k] : 0;
  return n;
}

guint
zs_due_count_all (const guint counts[ZS_DUE_N_KINDS])
{
  return zs_due_count_deadlines (counts) + counts[ZS_DUE_PARTNER];
}

char *
zs_due_summary_title (const guint counts[ZS_DUE_N_KINDS])
{
  guint n = zs_due_count_deadlines (counts);

  if (zs_due_count_all (counts) == 0)
    return NULL;
  if (n == 0)
    return g_strdup (_("Due Today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing to do today", "%u things to do today", n), n);
}

char *
zs_due_summary_body (const guint counts[ZS_DUE_N_KINDS])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (zs_due_count_all (counts) == 0)
    return NULL;
  if (counts[ZS_DUE_LEAD] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lead due", "%u leads due",
                                                          counts[ZS_DUE_LEAD]), counts[ZS_DUE_LEAD]));
  if (counts[ZS_DUE_FOLLOW_UP] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up", "%u follow-ups",
                                                          counts[ZS_DUE_FOLLOW_UP]), counts[ZS_DUE_FOLLOW_UP]));
  if (counts[ZS_DUE_OBSTACLE] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u obstacle past its deadline",
                                                          "%u obstacles past their deadline",
                                                          counts[ZS_DUE_OBSTACLE]), counts[ZS_DUE_OBSTACLE]));
  if (counts[ZS_DUE_SUPERVISION] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u supervision item due",
                                                          "%u supervision items due",
                                                          counts[ZS_DUE_SUPERVISION]), counts[ZS_DUE_SUPERVISION]));
  if (counts[ZS_DUE_CARRIER] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u carrier to update",
                                                          "%u carriers to update",
                                                          counts[ZS_DUE_CARRIER]), counts[ZS_DUE_CARRIER]));
  if (counts[ZS_DUE_PARTNER] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner to contact",
                                                          "%u partners to contact",
                                                          counts[ZS_DUE_PARTNER]), counts[ZS_DUE_PARTNER]));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: between the counts of a notification's body */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/* ---- in a worker thread --------------------------------------------------- */

typedef struct {
  char  *today;
  guint  shown;
} DueJob;

typedef struct {
  GPtrArray *items;
  guint      counts[ZS_DUE_N_KINDS];
} DueResult;

static void
due_job_free (DueJob *job)
{
  g_free (job->today);
  g_free (job);
}

static void
due_result_free (DueResult *result)
{
  g_clear_pointer (&result->items, g_ptr_array_unref);
  g_free (result);
}

static gpointer
due_read (ZsStore       *store,
          GTask         *task,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  DueJob *job = data;
  DueResult *result = g_new0 (DueResult, 1);

  result->items = zs_due_list_shown (store, job->today, job->shown, result->counts, error);
  if (result->items == NULL)
    {
      due_result_free (result);
      return NULL;
    }
  return result;
}

void
zs_due_list_async (ZsStore             *store,
                   const char          *today,
                   guint                shown,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DueJob *job;

  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (zs_date_is_valid (today));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, zs_due_list_async);
  job = g_new0 (DueJob, 1);
  job->today = g_strdup (today);
  job->shown = shown;
  zs_store_read_in_thread (store, task, due_read, job, (GDestroyNotify) due_job_free,
                           (GDestroyNotify) due_result_free);
}

GPtrArray *
zs_due_list_finish (GAsyncResult  *result,
                    guint          counts[ZS_DUE_N_KINDS],
                    GError       **error)
{
  DueResult *due;
  GPtrArray *items;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  due = g_task_propagate_pointer (G_TASK (result), error);
  if (due == NULL)
    return NULL;
  memcpy (counts, due->counts, sizeof due->counts);
  items = g_steal_pointer (&due->items);
  due_result_free (due);
  return items;
}
