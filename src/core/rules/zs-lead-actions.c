/* zs-lead-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-activity-link.h"
#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-lead-deadlines.h"
#include "zs-stage-event.h"
#include "zs-lead-actions.h"

static const char *
title (ZsLead *lead)
{
  return zs_record_get_title (ZS_RECORD (lead));
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* A step happens on a real day, not before the lead came in. */
static gboolean
check_date (ZsLead      *lead,
            const char  *date,
            GError     **error)
{
  const char *received = zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE);

  if (!zs_date_is_valid (date))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is not a valid date (use YYYY-MM-DD)."), date ? date : "");
      return FALSE;
    }
  if (zs_date_compare (date, received) < 0)
    {
      g_autofree char *when = zs_format_date (received);

      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The date must not be earlier than %s, when the lead “%s” was received."),
                   when, title (lead));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_open (ZsLead  *lead,
            GError **error)
{
  ZsLeadStatus status = zs_record_get_enum (ZS_RECORD (lead), ZS_LEAD_STATUS);

  if (zs_lead_status_is_open (status))
    return TRUE;
  g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
               _("The lead “%s” is already %s."), title (lead),
               zs_enum_get_label (ZS_TYPE_LEAD_STATUS, status));
  return FALSE;
}

/* Saves the lead, or puts back what is stored. */
static gboolean
save (ZsStore  *store,
      ZsLead   *lead,
      GError  **error)
{
  if (zs_store_save (store, ZS_RECORD (lead), error))
    return TRUE;
  if (zs_record_get_id (ZS_RECORD (lead)) != 0)
    zs_store_reload (store, ZS_RECORD (lead), NULL);
  return FALSE;
}

gboolean
zs_lead_mark_responded (ZsStore     *store,
                        ZsLead      *lead,
                        const char  *date,
                        GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  if (!check_open (lead, error) || !check_date (lead, date, error))
    return FALSE;
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE, date);
  return save (store, lead, error);
}

gboolean
zs_lead_mark_assessed (ZsStore     *store,
                       ZsLead      *lead,
                       const char  *date,
                       GError     **error)
{
  ZsRecord *r = ZS_RECORD (lead);

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  if (!check_open (lead, error) || !check_date (lead, date, error))
    return FALSE;
  if (zs_record_get_enum (r, ZS_LEAD_STATUS) != ZS_LEAD_NEW)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The lead “%s” has been assessed already."), title (lead));
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (lead));
  zs_record_set_enum (r, ZS_LEAD_STATUS, ZS_LEAD_ASSESSED);
  zs_record_set_string (r, ZS_LEAD_ASSESSED_DATE, date);
  if (zs_record_get_string (r, ZS_LEAD_RESPONDED_DATE) == NULL)
    zs_record_set_string (r, ZS_LEAD_RESPONDED_DATE, date);
  g_object_thaw_notify (G_OBJECT (lead));
  return save (store, lead, error);
}

gboolean
zs_lead_mark_following (ZsStore     *store,
                        ZsLead      *lead,
                        const char  *date,
                        GError     **error)
{
  ZsRecord *r = ZS_RECORD (lead);

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  if (!check_open (lead, error) || !check_date (lead, date, error))
    return FALSE;
  if (zs_record_get_enum (r, ZS_LEAD_STATUS) == ZS_LEAD_FOLLOWING)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The lead “%s” is followed up already."), title (lead));
      return FALSE;
    }

  /* Following a lead up means it was answered and judged worth it. */
  g_object_freeze_notify (G_OBJECT (lead));
  zs_record_set_enum (r, ZS_LEAD_STATUS, ZS_LEAD_FOLLOWING);
  if (zs_record_get_string (r, ZS_LEAD_RESPONDED_DATE) == NULL)
    zs_record_set_string (r, ZS_LEAD_RESPONDED_DATE, date);
  if (zs_record_get_string (r, ZS_LEAD_ASSESSED_DATE) == NULL)
    zs_record_set_string (r, ZS_LEAD_ASSESSED_DATE, date);
  g_object_thaw_notify (G_OBJECT (lead));
  return save (store, lead, error);
}

gboolean
zs_lead_mark_fed_back (ZsStore     *store,
                       ZsLead      *lead,
                       const char  *date,
                       GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  /* Telling the referrer the outcome is right whatever the state. */
  if (!check_date (lead, date, error))
    return FALSE;
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_FED_BACK_DATE, date);
  return save (store, lead, error);
}

gboolean
zs_lead_drop (ZsStore     *store,
              ZsLead      *lead,
              const char  *reason,
              GError     **error)
{
  ZsRecord *r = ZS_RECORD (lead);
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  if (!check_open (lead, error))
    return FALSE;
  if (is_blank (reason))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("Dropping the lead “%s” needs a reason."), title (lead));
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (reason));
  g_object_freeze_notify (G_OBJECT (lead));
  zs_record_set_enum (r, ZS_LEAD_STATUS, ZS_LEAD_DROPPED);
  zs_record_set_string (r, ZS_LEAD_DROP_REASON, stripped);
  g_object_thaw_notify (G_OBJECT (lead));
  return save (store, lead, error);
}

gboolean
zs_lead_reopen (ZsStore  *store,
                ZsLead   *lead,
                GError  **error)
{
  ZsRecord *r = ZS_RECORD (lead);

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_LEAD (lead), FALSE);

  if (zs_record_get_enum (r, ZS_LEAD_STATUS) != ZS_LEAD_DROPPED)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("Only a dropped lead can be taken up again; “%s” is %s."), title (lead),
                   zs_enum_get_label (ZS_TYPE_LEAD_STATUS, zs_record_get_enum (r, ZS_LEAD_STATUS)));
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (lead));
  zs_record_set_enum (r, ZS_LEAD_STATUS, ZS_LEAD_FOLLOWING);
  zs_record_set_string (r, ZS_LEAD_DROP_REASON, NULL);
  g_object_thaw_notify (G_OBJECT (lead));
  return save (store, lead, error);
}

gint64
zs_lead_get_source_activity (ZsStore *store,
                             ZsLead  *lead)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_ACTIVITY_LINK);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) link = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), 0);

  if (zs_record_get_id (ZS_RECORD (lead)) == 0)
    return 0;
  zs_query_add_int (query, ZS_ACTIVITY_LINK_LEAD_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (lead)));
  zs_query_set_order (query, ZS_ACTIVITY_LINK_ACTIVITY_ID, FALSE);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    return 0;
  link = zs_store_load (store, ZS_TYPE_ACTIVITY_LINK, g_array_index (ids, gint64, 0), NULL);
  return link != NULL ? zs_record_get_int (link, ZS_ACTIVITY_LINK_ACTIVITY_ID) : 0;
}

static void
fill_project (ZsProject  *project,
              ZsLead     *lead,
              ZsStage     stage,
              const char *date,
              gint64      activity)
{
  ZsRecord *p = ZS_RECORD (project);
  ZsRecord *l = ZS_RECORD (lead);
  static const struct { guint from, to; } refs[] = {
    { ZS_LEAD_CHAIN_ID, ZS_PROJECT_CHAIN_ID },
    { ZS_LEAD_UNIT_ID, ZS_PROJECT_UNIT_ID },
    { ZS_LEAD_PERSON_ID, ZS_PROJECT_PERSON_ID },
    { ZS_LEAD_ENTERPRISE_ID, ZS_PROJECT_ENTERPRISE_ID },
    { ZS_LEAD_PARTNER_ID, ZS_PROJECT_PARTNER_ID },
  };

  zs_record_set_string (p, ZS_PROJECT_NAME, zs_record_get_string (l, ZS_LEAD_NAME));
  zs_record_set_string (p, ZS_PROJECT_INVESTOR, zs_record_get_string (l, ZS_LEAD_COMPANY));
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    zs_record_set_int (p, refs[i].to, zs_record_get_int (l, refs[i].from));
  zs_record_set_int (p, ZS_PROJECT_PLANNED_INVESTMENT, zs_record_get_int (l, ZS_LEAD_ESTIMATED_INVESTMENT));
  zs_record_set_int (p, ZS_PROJECT_LEAD_ID, zs_record_get_id (l));
  zs_record_set_int (p, ZS_PROJECT_ACTIVITY_ID, activity);
  zs_record_set_string (p, ZS_PROJECT_NOTES, zs_record_get_string (l, ZS_LEAD_DESCRIPTION));
  zs_record_set_enum (p, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (p, ZS_PROJECT_STAGE_SINCE, date);
  if (stage == ZS_STAGE_NEGOTIATING)
    zs_record_set_string (p, ZS_PROJECT_FIRST_CONTACT_DATE, date);
}

/* The first stage event says where the project came from. */
static gboolean
note_first_event (ZsStore    *store,
                  ZsProject  *project,
                  ZsLead     *lead,
                  GError    **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) event = NULL;
  g_autofree char *note = NULL;

  zs_query_add_int (query, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (project)));
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len != 1)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("The new project “%s” has no stage history."), zs_record_get_title (ZS_RECORD (project)));
      return FALSE;
    }
  event = zs_store_load (store, ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, 0), error);
  if (event == NULL)
    return FALSE;
  note = g_strdup_printf (_("Converted from the lead “%s”"), title (lead));
  zs_record_set_string (event, ZS_STAGE_EVENT_NOTE, note);
  return zs_store_save (store, event, error);
}

ZsProject *
zs_lead_convert (ZsStore     *store,
                 ZsLead      *lead,
                 ZsStage      stage,
                 const char  *date,
                 GError     **error)
{
  g_autoptr(ZsProject) project = NULL;
  gint64 activity;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_LEAD (lead), NULL);
  g_return_val_if_fail (zs_record_get_id (ZS_RECORD (lead)) != 0, NULL);

  if (stage != ZS_STAGE_LEAD && stage != ZS_STAGE_NEGOTIATING)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("A lead becomes a project at the stage “%s” or “%s”; move it on from there."),
                   zs_stage_get_label (ZS_STAGE_LEAD), zs_stage_get_label (ZS_STAGE_NEGOTIATING));
      return NULL;
    }
  if (!check_open (lead, error) || !check_date (lead, date, error))
    return NULL;

  activity = zs_lead_get_source_activity (store, lead);
  project = zs_project_new ();
  fill_project (project, lead, stage, date, activity);

  if (!zs_store_begin (store, error))
    return NULL;

  if (!zs_store_save (store, ZS_RECORD (project), error) ||
      !note_first_event (store, project, lead, error))
    goto fail;

  /* The activities ledger counts the project for the activity the lead came from. */
  if (activity != 0)
    {
      g_autoptr(ZsActivityLink) link = zs_activity_link_new ();

      zs_record_set_int (ZS_RECORD (link), ZS_ACTIVITY_LINK_ACTIVITY_ID, activity);
      zs_record_set_int (ZS_RECORD (link), ZS_ACTIVITY_LINK_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
      if (!zs_store_save (store, ZS_RECORD (link), error))
        goto fail;
    }

  zs_record_set_enum (ZS_RECORD (lead), ZS_LEAD_STATUS, ZS_LEAD_CONVERTED);
  if (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE) == NULL)
    zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RESPONDED_DATE, date);
  if (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_ASSESSED_DATE) == NULL)
    zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_ASSESSED_DATE, date);
  if (!zs_store_save (store, ZS_RECORD (lead), error) ||
      !zs_store_commit (store, error))
    goto fail;

  return g_steal_pointer (&project);

fail:
  /* Rolling back re-reads the lead, so it shows its stored state again. */
  zs_store_rollback (store);
  return NULL;
}

ZsProject *
zs_lead_get_project (ZsStore *store,
                     ZsLead  *lead)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  if (zs_record_get_id (ZS_RECORD (lead)) == 0)
    return NULL;
  zs_query_add_int (query, ZS_PROJECT_LEAD_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (lead)));
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    return NULL;
  return zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
}
