/* zs-attention.c — what needs the bureau's attention, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The lists the dispatch dashboard shows and the bulletin prints: which
 * records are on them as of a day, and in a clerk's words why each is
 * there. The same text on screen and on paper.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-attention.h"
#include "zs-carrier-status.h"
#include "zs-date.h"
#include "zs-format.h"
#include "zs-format-field.h"
#include "zs-lead-deadlines.h"
#include "zs-partner-contacts.h"
#include "zs-project-filter.h"
#include "zs-records.h"
#include "zs-settings.h"
#include "zs-supervision-report.h"

static const char * const attention_labels[ZS_ATTENTION_N] = {
  N_("Red and orange projects"),
  N_("Stale projects"),
  N_("Overdue leads"),
  N_("Carriers not updated this month"),
  N_("Partners not contacted for long"),
  N_("Overdue supervision items"),
};

/* ---- the lists ---------------------------------------------------------------- */

const char *
zs_attention_get_label (ZsAttention list)
{
  g_return_val_if_fail (list < ZS_ATTENTION_N, "");
  return g_dgettext (GETTEXT_PACKAGE, attention_labels[list]);
}

ZsQuery *
zs_attention_query (ZsStore     *store,
                    ZsAttention  list,
                    const char  *today)
{
  ZsQuery *query = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  switch (list)
    {
    case ZS_ATTENTION_RED_ORANGE:
      {
        static const gint64 grades[] = { ZS_GRADE_ORANGE, ZS_GRADE_RED };

        query = zs_query_new (ZS_TYPE_PROJECT);
        zs_query_add_int_set (query, ZS_PROJECT_GRADE, grades, G_N_ELEMENTS (grades));
        zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_LT, ZS_STAGE_PRODUCTION);
        zs_query_set_order (query, ZS_PROJECT_GRADE, TRUE);
        zs_query_add_order (query, ZS_PROJECT_STAGE_SINCE, FALSE);
      }
      break;
    case ZS_ATTENTION_STALE_PROJECTS:
      {
        /* The board's "stale only" filter, so both say the same. */
        g_autoptr(ZsProjectFilter) filter = zs_project_filter_new ();

        g_object_set (filter, "stale-only", TRUE, NULL);
        query = zs_project_filter_to_query (filter, -1, today, zs_settings_get_int (store, ZS_SETTING_STALE_DAYS));
        zs_query_set_order (query, ZS_PROJECT_STAGE_SINCE, FALSE);
      }
      break;
    case ZS_ATTENTION_OVERDUE_LEADS:
      query = zs_lead_overdue_query (store, today);
      break;
    case ZS_ATTENTION_STALE_CARRIERS:
      query = zs_carrier_stale_query (today);
      zs_query_set_order (query, ZS_CARRIER_LAST_UPDATE, FALSE);
      break;
    case ZS_ATTENTION_QUIET_PARTNERS:
      /* The partners page's own rule, so both name the same partners. */
      query = zs_partner_not_contacted_query (store, zs_settings_get_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS), today);
      break;
    case ZS_ATTENTION_OVERDUE_SUPERVISIONS:
      {
        /* Past the deadline: on or before yesterday. */
        g_autofree char *yesterday = zs_date_add_days (today, -1);

        query = zs_supervision_due_query (yesterday);
      }
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return query;
}

/* ---- why a record is on a list ------------------------------------------------ */

static void
add_field (GPtrArray *parts,
           ZsStore   *store,
           ZsRecord  *record,
           guint      field)
{
  char *text = zs_format_field (store, record, field);

  if (*text != '\0')
    g_ptr_array_add (parts, text);
  else
    g_free (text);
}

static char *
open_obstacles (ZsStore  *store,
                ZsRecord *project)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_OBSTACLE);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  zs_query_add_int (query, ZS_OBSTACLE_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (project));
  zs_query_add_int (query, ZS_OBSTACLE_STATE, ZS_QUERY_EQ, ZS_OBSTACLE_OPEN);
  ids = zs_store_query (store, query, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) obstacle = zs_store_load (store, ZS_TYPE_OBSTACLE, g_array_index (ids, gint64, i), NULL);
      char *text;

      if (obstacle == NULL)
        continue;
      /* Joined with "；": a full stop of its own would double the punctuation. */
      text = g_strstrip (g_strdup (zs_record_get_string (obstacle, ZS_OBSTACLE_DESCRIPTION)));
      if (g_str_has_suffix (text, "。"))
        text[strlen (text) - strlen ("。")] = '\0';
      else if (g_str_has_suffix (text, "."))
        text[strlen (text) - 1] = '\0';
      g_ptr_array_add (texts, text);
    }
  if (texts->len == 0)
    return g_strdup (_("No open obstacle recorded"));
  g_ptr_array_add (texts, NULL);
  joined = g_strjoinv (_("; "), (char **) texts->pdata);
  /* TRANSLATORS: a red or orange project's open obstacles */
  return g_strdup_printf (_("Obstacles: %s"), joined);
}

/* "last contacted …": from @latest (each partner's last contact day, one
 * grouped query for a whole list) or, without it, asked for this one. */
static char *
last_contact (ZsStore    *store,
              ZsRecord   *partner,
              GHashTable *latest)
{
  g_autoptr(ZsRecord) log = NULL;
  g_autofree char *date = NULL;
  const char *day = NULL;
  gint64 id = zs_record_get_id (partner);

  if (latest != NULL)
    day = g_hash_table_lookup (latest, &id);
  else
    {
      g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CONTACT_LOG);
      g_autoptr(GArray) ids = NULL;

      zs_query_add_int (query, ZS_CONTACT_LOG_PARTNER_ID, ZS_QUERY_EQ, id);
      zs_query_set_order (query, ZS_CONTACT_LOG_DATE, TRUE);
      zs_query_set_limit (query, 1);
      ids = zs_store_query (store, query, NULL);
      if (ids != NULL && ids->len > 0)
        log = zs_store_load (store, ZS_TYPE_CONTACT_LOG, g_array_index (ids, gint64, 0), NULL);
      if (log != NULL)
        day = zs_record_get_string (log, ZS_CONTACT_LOG_DATE);
    }
  if (day == NULL)
    return g_strdup (_("never contacted"));
  date = zs_format_date (day);
  return g_strdup_printf (_("last contacted %s"), date);
}

static char *
describe (ZsStore     *store,
          ZsAttention  list,
          ZsRecord    *record,
          const char  *today,
          GHashTable  *latest_contacts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  switch (list)
    {
    case ZS_ATTENTION_RED_ORANGE:
      add_field (parts, store, record, ZS_PROJECT_UNIT_ID);
      add_field (parts, store, record, ZS_PROJECT_PERSON_ID);
      g_ptr_array_add (parts, open_obstacles (store, record));
      break;
    case ZS_ATTENTION_STALE_PROJECTS:
      {
        int days = zs_project_get_days_in_stage (ZS_PROJECT (record), today);

        g_ptr_array_add (parts, g_strdup (zs_stage_get_label (zs_record_get_enum (record, ZS_PROJECT_STAGE))));
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "no progress for %d day",
                                                              "no progress for %d days", days), days));
        add_field (parts, store, record, ZS_PROJECT_UNIT_ID);
        add_field (parts, store, record, ZS_PROJECT_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_OVERDUE_LEADS:
      {
        /* The leads page's own words for it. */
        char *missed = zs_lead_describe_deadline (ZS_LEAD (record), today);

        if (missed != NULL)
          g_ptr_array_add (parts, missed);
        add_field (parts, store, record, ZS_LEAD_UNIT_ID);
        add_field (parts, store, record, ZS_LEAD_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_STALE_CARRIERS:
      {
        const char *last = zs_record_get_string (record, ZS_CARRIER_LAST_UPDATE);
        g_autofree char *date = zs_format_date (last);

        add_field (parts, store, record, ZS_CARRIER_KIND);
        g_ptr_array_add (parts, last != NULL ? g_strdup_printf (_("last updated %s"), date)
                                             : g_strdup (_("never updated")));
        add_field (parts, store, record, ZS_CARRIER_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_QUIET_PARTNERS:
      add_field (parts, store, record, ZS_PARTNER_KIND);
      add_field (parts, store, record, ZS_PARTNER_ORGANISATION);
      g_ptr_array_add (parts, last_contact (store, record, latest_contacts));
      add_field (parts, store, record, ZS_PARTNER_PERSON_ID);
      break;
    case ZS_ATTENTION_OVERDUE_SUPERVISIONS:
      g_ptr_array_add (parts, zs_supervision_describe (store, record, today));
      break;
    default:
      g_return_val_if_reached (g_strdup (""));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
zs_attention_describe (ZsStore     *store,
                       ZsAttention  list,
                       ZsRecord    *record,
                       const char  *today)
{
  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_RECORD (record), NULL);
  return describe (store, list, record, today, NULL);
}

GPtrArray *
zs_attention_describe_all (ZsStore     *store,
                           ZsAttention  list,
                           GPtrArray   *records,
                           const char  *today,
                           GError     **error)
{
  g_autoptr(GHashTable) latest = NULL;
  GPtrArray *texts;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (records != NULL, NULL);

  /* 40,000 quiet partners at a bureau's size: their last contacts in one
   * grouped query, not one query each. */
  if (list == ZS_ATTENTION_QUIET_PARTNERS && records->len > 0)
    {
      g_autoptr(ZsQuery) contacts = zs_query_new (ZS_TYPE_CONTACT_LOG);

      latest = zs_store_latest_by (store, contacts, ZS_CONTACT_LOG_PARTNER_ID, ZS_CONTACT_LOG_DATE, error);
      if (latest == NULL)
        return NULL;
    }
  texts = g_ptr_array_new_full (records->len, g_free);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (texts, describe (store, list, g_ptr_array_index (records, i), today, latest));
  return texts;
}
