/* zs-staff.c — the bureau's units and people, as a bureau keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Units and people are never deleted once work refers to them: a unit is
 * retired, a person is retired, and a leaving person's work is handed to a
 * successor (一包到底 goes on with the successor).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-staff.h"
#include "zs-text.h"

static GPtrArray *
load_all (ZsStore  *store,
          ZsQuery  *query,
          GType     type,
          GError  **error)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, error);
  g_autoptr(GPtrArray) records = NULL;

  if (ids == NULL)
    return NULL;
  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    {
      ZsRecord *record = zs_store_load (store, type, g_array_index (ids, gint64, i), error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }
  return g_steal_pointer (&records);
}

GPtrArray *
zs_units_list (ZsStore  *store,
               gboolean  with_retired,
               GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_UNIT);

  if (!with_retired)
    zs_query_add_int (query, ZS_UNIT_RETIRED, ZS_QUERY_EQ, 0);
  zs_query_set_order (query, ZS_UNIT_POSITION, FALSE);
  zs_query_add_order (query, ZS_UNIT_NAME, FALSE);
  return load_all (store, query, ZS_TYPE_UNIT, error);
}

static gboolean
check_unit_name (ZsStore     *store,
                 ZsUnit      *unit,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;

  if (zs_text_is_blank (name))
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, _("A unit needs a name."));
      return FALSE;
    }
  units = zs_units_list (store, FALSE, error);
  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      ZsRecord *other = g_ptr_array_index (units, i);

      if (other != ZS_RECORD (unit) && g_strcmp0 (zs_record_get_string (other, ZS_UNIT_NAME), name) == 0)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID, _("There is already a unit named “%s”."), name);
          return FALSE;
        }
    }
  return TRUE;
}

ZsUnit *
zs_units_add (ZsStore     *store,
              const char  *name,
              ZsUnitKind   kind,
              GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(ZsUnit) unit = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  gint64 position = 0;

  if (!check_unit_name (store, NULL, clean, error))
    return NULL;
  units = zs_units_list (store, TRUE, error);
  if (units == NULL)
    return NULL;
  for (guint i = 0; i < units->len; i++)
    position = MAX (position, zs_record_get_int (g_ptr_array_index (units, i), ZS_UNIT_POSITION) + 1);

  unit = zs_unit_new ();
  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, clean);
  zs_record_set_enum (ZS_RECORD (unit), ZS_UNIT_KIND, kind);
  zs_record_set_int (ZS_RECORD (unit), ZS_UNIT_POSITION, position);
  if (!zs_store_save (store, ZS_RECORD (unit), error))
    return NULL;
  return g_steal_pointer (&unit);
}

gboolean
zs_units_rename (ZsStore     *store,
                 ZsUnit      *unit,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (!check_unit_name (store, unit, clean, error))
    return FALSE;
  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, clean);
  return zs_store_save (store, ZS_RECORD (unit), error);
}

gboolean
zs_units_move (ZsStore  *store,
               ZsUnit   *unit,
               guint     index,
               GError  **error)
{
  g_autoptr(GPtrArray) units = zs_units_list (store, TRUE, error);
  guint from;

  if (units == NULL)
    return FALSE;
  if (!g_ptr_array_find (units, unit, &from))
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_NOT_FOUND, _("The unit is no longer in the database."));
      return FALSE;
    }
  index = MIN (index, units->len - 1);
  g_object_ref (unit);
  g_ptr_array_remove_index (units, from);
  g_ptr_array_insert (units, (int) index, unit);

  if (!zs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (units, i);

      if (zs_record_get_int (record, ZS_UNIT_POSITION) == (gint64) i)
        continue;
      zs_record_set_int (record, ZS_UNIT_POSITION, i);
      if (!zs_store_save (store, record, error))
        {
          zs_store_rollback (store);
          return FALSE;
        }
    }
  return zs_store_commit (store, error);
}

gboolean
zs_units_set_retired (ZsStore   *store,
                      ZsUnit    *unit,
                      gboolean   retired,
                      GError   **error)
{
  if (!retired && !check_unit_name (store, unit, zs_record_get_string (ZS_RECORD (unit), ZS_UNIT_NAME), error))
    return FALSE;
  zs_record_set_boolean (ZS_RECORD (unit), ZS_UNIT_RETIRED, retired);
  return zs_store_save (store, ZS_RECORD (unit), error);
}

gboolean
zs_units_remove (ZsStore   *store,
                 ZsUnit    *unit,
                 gboolean  *retired,
                 GError   **error)
{
  g_autoptr(GError) local = NULL;

  *retired = FALSE;
  if (zs_store_delete (store, ZS_RECORD (unit), &local))
    return TRUE;
  if (!g_error_matches (local, ZS_ERROR, ZS_ERROR_CONSTRAINT))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  *retired = TRUE;
  return zs_units_set_retired (store, unit, TRUE, error);
}

/* ---- people --------------------------------------------------------------- */

GPtrArray *
zs_people_list (ZsStore  *store,
                gboolean  with_retired,
                GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PERSON);

  if (!with_retired)
    zs_query_add_int (query, ZS_PERSON_ACTIVE, ZS_QUERY_EQ, 1);
  zs_query_set_order (query, ZS_PERSON_ACTIVE, TRUE);
  zs_query_add_order (query, ZS_PERSON_NAME, FALSE);
  return load_all (store, query, ZS_TYPE_PERSON, error);
}

ZsPerson *
zs_people_add (ZsStore     *store,
               const char  *name,
               gint64       unit_id,
               const char  *title,
               const char  *phone,
               GError     **error)
{
  g_autoptr(ZsPerson) person = zs_person_new ();
  ZsRecord *r = ZS_RECORD (person);
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (zs_text_is_blank (clean))
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, _("A person needs a name."));
      return NULL;
    }
  zs_record_set_string (r, ZS_PERSON_NAME, clean);
  zs_record_set_int (r, ZS_PERSON_UNIT_ID, unit_id);
  zs_record_set_string (r, ZS_PERSON_TITLE, title != NULL && *title != '\0' ? title : NULL);
  zs_record_set_string (r, ZS_PERSON_PHONE, phone != NULL && *phone != '\0' ? phone : NULL);
  zs_record_set_boolean (r, ZS_PERSON_ACTIVE, TRUE);
  if (!zs_store_save (store, r, error))
    return NULL;
  return g_steal_pointer (&person);
}

gboolean
zs_people_set_retired (ZsStore   *store,
                       ZsPerson  *person,
                       gboolean   retired,
                       GError   **error)
{
  zs_record_set_boolean (ZS_RECORD (person), ZS_PERSON_ACTIVE, !retired);
  return zs_store_save (store, ZS_RECORD (person), error);
}

/* What a person can be responsible for, and the field that says so. */
static const struct {
  GType (*get_type) (void);
  guint field;
} owned[] = {
  { zs_project_get_type, ZS_PROJECT_PERSON_ID },
  { zs_lead_get_type, ZS_LEAD_PERSON_ID },
  { zs_enterprise_get_type, ZS_ENTERPRISE_PERSON_ID },
  { zs_carrier_get_type, ZS_CARRIER_PERSON_ID },
};

gint64
zs_people_count_owned (ZsStore  *store,
                       gint64    person_id,
                       GError  **error)
{
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (owned[i].get_type ());
      gint64 n;

      zs_query_add_int (query, owned[i].field, ZS_QUERY_EQ, person_id);
      n = zs_store_count (store, query, error);
      if (n < 0)
        return -1;
      total += n;
    }
  return total;
}

static gboolean
note_in_log (ZsStore     *store,
             ZsRecord    *project,
             const char  *today,
             const char  *from,
             const char  *to,
             GError     **error)
{
  g_autoptr(ZsUpdateLog) log = zs_update_log_new ();
  g_autofree char *text = g_strdup_printf (_("Handed over from %s to %s."), from, to);

  zs_record_set_int (ZS_RECORD (log), ZS_UPDATE_LOG_PROJECT_ID, zs_record_get_id (project));
  zs_record_set_string (ZS_RECORD (log), ZS_UPDATE_LOG_DATE, today);
  zs_record_set_string (ZS_RECORD (log), ZS_UPDATE_LOG_AUTHOR, from);
  zs_record_set_string (ZS_RECORD (log), ZS_UPDATE_LOG_TEXT, text);
  return zs_store_save (store, ZS_RECORD (log), error);
}

static gboolean
hand_over (ZsStore     *store,
           ZsRecord    *from,
           ZsRecord    *to,
           const char  *today,
           guint       *n_moved,
           GError     **error)
{
  const char *from_name = zs_record_get_string (from, ZS_PERSON_NAME);
  const char *to_name = zs_record_get_string (to, ZS_PERSON_NAME);

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    {
      GType type = owned[i].get_type ();
      g_autoptr(ZsQuery) query = zs_query_new (type);
      g_autoptr(GPtrArray) records = NULL;

      zs_query_add_int (query, owned[i].field, ZS_QUERY_EQ, zs_record_get_id (from));
      records = load_all (store, query, type, error);
      if (records == NULL)
        return FALSE;
      for (guint j = 0; j < records->len; j++)
        {
          ZsRecord *record = g_ptr_array_index (records, j);

          zs_record_set_int (record, owned[i].field, zs_record_get_id (to));
          if (!zs_store_save (store, record, error))
            return FALSE;
          if (type == ZS_TYPE_PROJECT && !note_in_log (store, record, today, from_name, to_name, error))
            return FALSE;
          (*n_moved)++;
        }
    }

  zs_record_set_boolean (from, ZS_PERSON_ACTIVE, FALSE);
  return zs_store_save (store, from, error);
}

gboolean
zs_people_hand_over (ZsStore     *store,
                     ZsPerson    *from,
                     ZsPerson    *to,
                     const char  *today,
                     guint       *n_moved,
                     GError     **error)
{
  guint moved = 0;

  g_return_val_if_fail (ZS_IS_PERSON (from) && ZS_IS_PERSON (to), FALSE);

  if (from == to || zs_record_get_id (ZS_RECORD (from)) == zs_record_get_id (ZS_RECORD (to)))
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, _("Choose someone else to hand the work over to."));
      return FALSE;
    }
  if (!zs_record_get_boolean (ZS_RECORD (to), ZS_PERSON_ACTIVE))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID, _("%s has retired: hand the work to someone in service."),
                   zs_record_get_string (ZS_RECORD (to), ZS_PERSON_NAME));
      return FALSE;
    }

  if (!zs_store_begin (store, error))
    return FALSE;
  if (!hand_over (store, ZS_RECORD (from), ZS_RECORD (to), today, &moved, error))
    {
      zs_store_rollback (store);
      /* The live objects keep what was set: read them back as stored. */
      zs_store_refresh (store);
      return FALSE;
    }
  if (!zs_store_commit (store, error))
    return FALSE;
  if (n_moved != NULL)
    *n_moved = moved;
  return TRUE;
}
