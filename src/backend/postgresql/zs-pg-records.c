/* zs-pg-records.c — rows read, written and found by id or UUID
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As zs-sqlite-records.c: the SQL of a record type is made from its field
 * table, a column per field named like the property; only those names
 * are spliced into SQL, every value is a parameter.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-pg-private.h"
#include "zs-search.h"

#define FIRST_FIELD_COLUMN ZS_PG_FIRST_FIELD_COLUMN

char *
zs_pg_column_name (const ZsField *field)
{
  return g_strdelimit (g_strdup (field->name), "-", '_');
}

char *
zs_pg_column_list (ZsRecordClass *klass,
                   const char    *prefix)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%sid, %suuid, %screated, %supdated, %sversion", prefix, prefix, prefix, prefix, prefix);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *col = zs_pg_column_name (&klass->fields[i]);

      g_string_append_printf (s, ", %s%s", prefix, col);
    }
  return g_string_free (s, FALSE);
}

static void
read_column (PGresult      *result,
             int            row,
             int            column,
             const ZsField *field,
             GValue        *value)
{
  switch (field->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      g_value_set_string (value, zs_pg_get_text (result, row, column));
      break;
    case ZS_FIELD_INT:
    case ZS_FIELD_REF:
      g_value_set_int64 (value, zs_pg_get_int (result, row, column));
      break;
    case ZS_FIELD_DOUBLE:
      g_value_set_double (value, PQgetisnull (result, row, column) ? 0.0
                                 : g_ascii_strtod (PQgetvalue (result, row, column), NULL));
      break;
    case ZS_FIELD_BOOLEAN:
      g_value_set_boolean (value, zs_pg_get_int (result, row, column) != 0);
      break;
    case ZS_FIELD_ENUM:
      g_value_set_enum (value, (int) zs_pg_get_int (result, row, column));
      break;
    default:
      g_assert_not_reached ();
    }
}

void
zs_pg_read_row (PGresult *result,
                int       row,
                ZsRecord *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  GValue *values = zs_record_peek_values (record);

  zs_record_fill_identity (record, zs_pg_get_int (result, row, 0),
                           zs_pg_get_text (result, row, 1),
                           zs_pg_get_text (result, row, 2),
                           zs_pg_get_text (result, row, 3));
  zs_record_set_version (record, zs_pg_get_int (result, row, 4));
  for (guint i = 0; i < klass->n_fields; i++)
    read_column (result, row, FIRST_FIELD_COLUMN + (int) i, &klass->fields[i], &values[i]);
}

static void
set_not_found (ZsRecordClass  *klass,
               gint64          id,
               GError        **error)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND,
               _("The %s with number %s no longer exists."),
               g_dgettext (GETTEXT_PACKAGE, klass->label), number);
}

static PGresult *
select_by (ZsPgBackend    *self,
           ZsRecordClass  *klass,
           const char     *key,
           ZsPgParams     *params,
           GError        **error)
{
  g_autofree char *columns = zs_pg_column_list (klass, "");
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s = $1", columns, klass->table, key);

  return zs_pg_run (self, sql, params, error);
}

static gboolean
read_row (ZsStoreBackend  *backend,
          gint64           id,
          ZsRecord        *into,
          GError         **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (into);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, id);
  result = select_by (ZS_PG (backend), klass, "id", params, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      set_not_found (klass, id, error);
      return FALSE;
    }
  zs_pg_read_row (result, 0, into);
  return TRUE;
}

/* The rows @ids name, by one statement: their ids go in as one array. */
static gboolean
read_rows (ZsStoreBackend  *backend,
           GType            type,
           const gint64    *ids,
           guint            n_ids,
           GPtrArray       *into,
           GError         **error)
{
  ZsRecordClass *klass = zs_store_record_class (type);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GString) list = g_string_sized_new (n_ids * 8 + 2);
  g_autofree char *columns = NULL;
  g_autofree char *sql = NULL;

  g_string_append_c (list, '{');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (list, '}');
  zs_pg_params_add_text (params, list->str);
  columns = zs_pg_column_list (klass, "");
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ANY ($1::bigint[])", columns, klass->table);
  result = zs_pg_run (ZS_PG (backend), sql, params, error);
  if (result == NULL)
    return FALSE;
  for (int row = 0; row < PQntuples (result); row++)
    {
      ZsRecord *record = g_object_new (type, NULL);

      zs_pg_read_row (result, row, record);
      g_ptr_array_add (into, record);
    }
  return TRUE;
}

static ZsRecord *
read_row_by_uuid (ZsStoreBackend  *backend,
                  GType            type,
                  const char      *uuid,
                  GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  ZsRecord *record;
  gint64 id;

  /* Most of what an import reads is new. */
  if (zs_pg_batch_find_uuid (ZS_PG (backend), type, uuid, &id) && id == 0)
    return NULL;
  zs_pg_params_add_text (params, uuid);
  result = select_by (ZS_PG (backend), zs_store_record_class (type), "uuid", params, error);
  if (result == NULL || PQntuples (result) == 0)
    return NULL;
  record = g_object_new (type, NULL);
  zs_pg_read_row (result, 0, record);
  return record;
}

static gint64
select_int (ZsPgBackend *self,
            const char  *sql,
            gint64       id,
            gboolean    *found)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, id);
  result = zs_pg_run (self, sql, params, NULL);
  *found = result != NULL && PQntuples (result) > 0;
  return *found ? zs_pg_get_int (result, 0, 0) : 0;
}

static gboolean
row_exists (ZsStoreBackend *backend,
            GType           type,
            gint64          id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = $1", zs_store_record_class (type)->table);
  gboolean found;

  select_int (ZS_PG (backend), sql, id, &found);
  return found;
}

static void
set_conflict_error (GError **error)
{
  g_set_error_literal (error, ZS_ERROR, ZS_ERROR_CONFLICT,
                       _("The record was changed by another user since it was read."));
}

/* A row written with an id of its own (a copy, an import) moves the
 * table's sequence past it: ids are never given twice. Writers take
 * turns (the write lock), so reading and setting it is safe. */
static gboolean
advance_sequence (ZsPgBackend    *self,
                  ZsRecordClass  *klass,
                  gint64          id,
                  GError        **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), $1) "
                                          "FROM %s_id_seq WHERE last_value < $1 OR NOT is_called",
                                          klass->table, klass->table);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  zs_pg_params_add_int (params, id);
  return zs_pg_run_done (self, sql, params, error);
}

/* The parameters: $1 uuid, $2 created, $3 updated, a field each from $4,
 * then the id ($n+4) when given, then the search document. */
static char *
insert_sql (ZsRecordClass *klass,
            gboolean       with_id,
            gboolean       returning)
{
  g_autofree char *columns = zs_pg_column_list (klass, "");
  gboolean searched = zs_search_has_document (G_TYPE_FROM_CLASS (klass));
  GString *sql = g_string_new (NULL);
  guint next = klass->n_fields + 4;

  g_string_append_printf (sql, "INSERT INTO %s (%s%s) VALUES (", klass->table,
                          with_id ? columns : columns + strlen ("id, "), searched ? ", search" : "");
  if (with_id)
    g_string_append_printf (sql, "$%u, ", next++);
  g_string_append (sql, "$1, $2, $3, 1");
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append_printf (sql, ", $%u", i + 4);
  if (searched)
    g_string_append_printf (sql, ", $%u", next);
  g_string_append (sql, returning ? ") RETURNING id" : ")");
  return g_string_free (sql, FALSE);
}

/* The parameters as insert_sql()'s, then the id ($n+4), the version
 * read ($n+5, 0 for any) and the search document. */
static char *
update_sql (ZsRecordClass *klass)
{
  GString *sql = g_string_new (NULL);
  guint n = klass->n_fields;

  g_string_append_printf (sql, "UPDATE %s SET uuid = $1, created = $2, updated = $3, version = version + 1",
                          klass->table);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *col = zs_pg_column_name (&klass->fields[i]);

      g_string_append_printf (sql, ", %s = $%u", col, i + 4);
    }
  if (zs_search_has_document (G_TYPE_FROM_CLASS (klass)))
    g_string_append_printf (sql, ", search = $%u", n + 6);
  g_string_append_printf (sql, " WHERE id = $%u AND ($%u::bigint = 0 OR version = $%u::bigint) RETURNING version",
                          n + 4, n + 5, n + 5);
  return g_string_free (sql, FALSE);
}

static void
add_search_param (ZsPgParams *params,
                  ZsRecord   *record)
{
  g_autofree char *words = zs_pg_search_column (record);

  if (words != NULL)
    zs_pg_params_add_text (params, words);
}

static const char *
record_name (ZsRecord *record)
{
  const char *title = zs_record_get_title (record);

  return title != NULL && *title != '\0' ? title : zs_record_get_uuid (record);
}

/* In a bulk transaction: the row is sent ahead, its id taken
 * beforehand; a failure is said when the answers are read. */
static gboolean
send_insert (ZsPgBackend  *self,
             ZsRecord     *record,
             ZsPgParams   *params,
             GError      **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  g_autofree char *sql = insert_sql (klass, TRUE, FALSE);
  gint64 id = zs_record_get_id (record);

  if (id == 0)
    {
      id = zs_pg_batch_take_id (self, klass, error);
      if (id == 0)
        return FALSE;
    }
  else
    zs_pg_batch_note_id (self, klass, id);
  zs_pg_params_add_int (params, id);
  add_search_param (params, record);
  if (!zs_pg_batch_send (self, sql, params, record_name (record), error))
    return FALSE;
  zs_record_set_id (record, id);
  zs_record_set_version (record, 1);
  zs_pg_batch_note_uuid (self, G_OBJECT_TYPE (record), zs_record_get_uuid (record), id);
  return TRUE;
}

static gboolean
write_row (ZsStoreBackend  *backend,
           ZsRecord        *record,
           gboolean         insert,
           gboolean         any_version,
           GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  g_autofree char *sql = NULL;
  gint64 id = zs_record_get_id (record);

  zs_pg_params_add_text (params, zs_record_get_uuid (record));
  zs_pg_params_add_text (params, zs_record_get_created (record));
  zs_pg_params_add_text (params, zs_record_get_updated (record));
  for (guint i = 0; i < klass->n_fields; i++)
    zs_pg_params_add_value (params, zs_record_get_value (record, i), klass->fields[i].kind);

  if (insert && zs_pg_batch_active (self))
    return send_insert (self, record, params, error);
  if (insert)
    {
      if (id != 0)
        zs_pg_params_add_int (params, id);
      add_search_param (params, record);
      sql = insert_sql (klass, id != 0, TRUE);
      result = zs_pg_run (self, sql, params, error);
      if (result == NULL)
        return FALSE;
      if (id != 0 && !advance_sequence (self, klass, id, error))
        return FALSE;
      zs_record_set_id (record, zs_pg_get_int (result, 0, 0));
      zs_record_set_version (record, 1);
      zs_pg_batch_note_uuid (self, G_OBJECT_TYPE (record), zs_record_get_uuid (record), zs_record_get_id (record));
      return TRUE;
    }

  zs_pg_params_add_int (params, id);
  /* An update names the version it read. */
  zs_pg_params_add_int (params, any_version ? 0 : MAX (zs_record_get_version (record), 1));
  add_search_param (params, record);
  sql = update_sql (klass);
  result = zs_pg_run (self, sql, params, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_autofree char *version_sql = g_strdup_printf ("SELECT version FROM %s WHERE id = $1", klass->table);
      gboolean found;
      gint64 stored = select_int (self, version_sql, id, &found);

      /* The row is there at the version named, and was not written: the
       * server's row-level security hid it from this login's updates. */
      if (found && (any_version || stored == MAX (zs_record_get_version (record), 1)))
        zs_pg_set_refused_error (self, error);
      else
        /* Another user saved it since it was read, or deleted it. */
        set_conflict_error (error);
      return FALSE;
    }
  zs_record_set_version (record, zs_pg_get_int (result, 0, 0));
  zs_pg_batch_note_uuid (self, G_OBJECT_TYPE (record), zs_record_get_uuid (record), id);
  return TRUE;
}

static gboolean
update_field (ZsStoreBackend  *backend,
              GType            type,
              gint64           id,
              guint            field,
              const GValue    *value,
              gint64           version,
              gint64          *new_version,
              GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  ZsRecordClass *klass = zs_store_record_class (type);
  g_autofree char *col = zs_pg_column_name (&klass->fields[field]);
  g_autofree char *sql = NULL;
  g_autofree char *version_sql = NULL;
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  gboolean found;

  /* IS DISTINCT FROM also tells NULL from a value: an unchanged row is
   * not written. */
  sql = g_strdup_printf ("UPDATE %s SET %s = $2, version = version + 1 "
                         "WHERE id = $1 AND %s IS DISTINCT FROM $2 AND ($3::bigint = 0 OR version = $3::bigint) "
                         "RETURNING version",
                         klass->table, col, col);
  zs_pg_params_add_int (params, id);
  zs_pg_params_add_value (params, value, klass->fields[field].kind);
  zs_pg_params_add_int (params, version);
  result = zs_pg_run (self, sql, params, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) > 0)
    {
      *new_version = zs_pg_get_int (result, 0, 0);
      if (zs_search_field_is_searched (type, field))
        return zs_pg_search_refresh (self, type, id, error);
      return TRUE;
    }

  /* Nothing written: the row holds the value already, has another
   * version than the one named, or the server's row-level security hid
   * it from this login's updates. */
  version_sql = g_strdup_printf ("SELECT version, %s IS DISTINCT FROM $2 FROM %s WHERE id = $1", col, klass->table);
  g_clear_pointer (&result, PQclear);
  g_ptr_array_set_size (params->values, 2);
  result = zs_pg_run (self, version_sql, params, error);
  if (result == NULL)
    return FALSE;
  found = PQntuples (result) > 0;
  *new_version = found ? zs_pg_get_int (result, 0, 0) : 0;
  if (version != 0 && *new_version != version)
    {
      set_conflict_error (error);
      return FALSE;
    }
  if (found && g_strcmp0 (PQgetvalue (result, 0, 1), "t") == 0)
    {
      zs_pg_set_refused_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_row (ZsStoreBackend  *backend,
            GType            type,
            gint64           id,
            GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = $1", zs_store_record_class (type)->table);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();

  g_autoptr(PGresult) result = NULL;

  /* What belongs to the row goes with it: ON DELETE CASCADE in the schema. */
  zs_pg_batch_note_uuid (ZS_PG (backend), G_TYPE_INVALID, NULL, 0);
  zs_pg_params_add_int (params, id);
  result = zs_pg_run (ZS_PG (backend), sql, params, error);
  if (result == NULL)
    return FALSE;
  /* Still there: the server's row-level security kept it from this login. */
  if (g_strcmp0 (PQcmdTuples (result), "0") == 0 && row_exists (backend, type, id))
    {
      zs_pg_set_refused_error (ZS_PG (backend), error);
      return FALSE;
    }
  return TRUE;
}

static gint64
find_by_uuid (ZsStoreBackend  *backend,
              GType            type,
              const char      *uuid,
              GError         **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = $1", zs_store_record_class (type)->table);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;
  gint64 id;

  if (zs_pg_batch_find_uuid (ZS_PG (backend), type, uuid, &id))
    return id;
  zs_pg_params_add_text (params, uuid);
  result = zs_pg_run (ZS_PG (backend), sql, params, error);
  return result != NULL && PQntuples (result) > 0 ? zs_pg_get_int (result, 0, 0) : 0;
}

static char *
get_uuid (ZsStoreBackend *backend,
          GType           type,
          gint64          id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = $1", zs_store_record_class (type)->table);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_int (params, id);
  result = zs_pg_run (ZS_PG (backend), sql, params, NULL);
  return result != NULL && PQntuples (result) > 0 ? g_strdup (zs_pg_get_text (result, 0, 0)) : NULL;
}

void
zs_pg_records_class_init (ZsStoreBackendClass *klass)
{
  klass->read_row = read_row;
  klass->read_rows = read_rows;
  klass->read_row_by_uuid = read_row_by_uuid;
  klass->row_exists = row_exists;
  klass->write_row = write_row;
  klass->update_field = update_field;
  klass->delete_row = delete_row;
  klass->find_by_uuid = find_by_uuid;
  klass->get_uuid = get_uuid;
}
