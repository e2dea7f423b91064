/* zs-stage-change.c — stages: the moves a clerk makes and the history they leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-records.h"
#include "zs-rules-private.h"
#include "zs-stage-change.h"

/* The date field a stage fills when a project reaches it. */
static const guint stage_date_fields[] = {
  [ZS_STAGE_LEAD] = G_MAXUINT,
  [ZS_STAGE_NEGOTIATING] = ZS_PROJECT_FIRST_CONTACT_DATE,
  [ZS_STAGE_SIGNED] = ZS_PROJECT_SIGNING_DATE,
  [ZS_STAGE_REGISTERED] = ZS_PROJECT_REGISTRATION_DATE,
  [ZS_STAGE_STARTED] = ZS_PROJECT_START_DATE,
  [ZS_STAGE_PRODUCTION] = ZS_PROJECT_PRODUCTION_DATE,
  [ZS_STAGE_TERMINATED] = G_MAXUINT,
};

static gboolean
insert_stage_event (ZsStore     *store,
                    ZsRecord    *project,
                    ZsStage      from,
                    ZsStage      to,
                    const char  *date,
                    const char  *note,
                    GError     **error)
{
  g_autoptr(ZsStageEvent) event = zs_stage_event_new ();
  ZsRecord *r = ZS_RECORD (event);

  zs_record_set_int (r, ZS_STAGE_EVENT_PROJECT_ID, zs_record_get_id (project));
  zs_record_set_enum (r, ZS_STAGE_EVENT_FROM_STAGE, from);
  zs_record_set_enum (r, ZS_STAGE_EVENT_TO_STAGE, to);
  zs_record_set_string (r, ZS_STAGE_EVENT_DATE, date);
  zs_record_set_string (r, ZS_STAGE_EVENT_NOTE, note);

  return zs_store_save (store, r, error);
}

/* A new project enters its stage on the stage's own date when known. */
void
zs_stage_rules_default_since (ZsRecord *project)
{
  ZsStage stage = zs_record_get_enum (project, ZS_PROJECT_STAGE);
  guint date_field = stage_date_fields[stage];
  const char *date = date_field != G_MAXUINT ? zs_record_get_string (project, date_field) : NULL;

  if (zs_record_get_string (project, ZS_PROJECT_STAGE_SINCE) != NULL)
    return;

  if (date != NULL)
    zs_record_set_string (project, ZS_PROJECT_STAGE_SINCE, date);
  else
    {
      g_autofree char *today = zs_date_today ();

      zs_record_set_string (project, ZS_PROJECT_STAGE_SINCE, today);
    }
}

/* The history of a new project starts with the stage it entered at. */
gboolean
zs_stage_rules_record_entry (ZsStore   *store,
                             ZsRecord  *project,
                             GError   **error)
{
  ZsStage stage = zs_record_get_enum (project, ZS_PROJECT_STAGE);

  return insert_stage_event (store, project, stage, stage,
                             zs_record_get_string (project, ZS_PROJECT_STAGE_SINCE),
                             NULL, error);
}

gboolean
zs_project_change_stage (ZsStore     *store,
                         ZsProject   *project,
                         ZsStage      to,
                         const char  *date,
                         const char  *note,
                         GError     **error)
{
  ZsRecord *r = ZS_RECORD (project);
  ZsStage from;
  guint date_field;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (zs_record_get_id (r) != 0, FALSE);

  if (!zs_date_is_valid (date))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is not a valid date (use YYYY-MM-DD)."), date ? date : "");
      return FALSE;
    }

  from = zs_record_get_enum (r, ZS_PROJECT_STAGE);
  if (from == to)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is already at the stage “%s”."),
                   zs_record_get_title (r), zs_stage_get_label (to));
      return FALSE;
    }

  /* History reads in order: a move cannot predate the stage it leaves. */
  if (zs_date_compare (date, zs_record_get_string (r, ZS_PROJECT_STAGE_SINCE)) < 0)
    {
      g_autofree char *since = zs_format_date (zs_record_get_string (r, ZS_PROJECT_STAGE_SINCE));

      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The date must not be earlier than %s, when “%s” entered its current stage."),
                   since, zs_record_get_title (r));
      return FALSE;
    }

  /* Going back, and giving up, are explained in the history. */
  if ((zs_stage_is_backwards (from, to) || to == ZS_STAGE_TERMINATED) &&
      zs_text_is_blank (note))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   to == ZS_STAGE_TERMINATED
                   ? _("Terminating “%s” needs a reason.")
                   : _("Moving “%s” back to an earlier stage needs a reason."),
                   zs_record_get_title (r));
      return FALSE;
    }

  if (!zs_store_begin (store, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (project));
  zs_record_set_enum (r, ZS_PROJECT_STAGE, to);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, date);
  date_field = stage_date_fields[to];
  if (date_field != G_MAXUINT && zs_record_get_string (r, date_field) == NULL)
    zs_record_set_string (r, date_field, date);
  g_object_thaw_notify (G_OBJECT (project));

  if (!zs_store_save (store, r, error) ||
      !insert_stage_event (store, r, from, to, date, note, error) ||
      !zs_store_commit (store, error))
    {
      /* Rolling back re-reads the project, so it shows its stored stage. */
      zs_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}
