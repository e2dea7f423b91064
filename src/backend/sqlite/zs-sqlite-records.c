/* zs-sqlite-records.c — rows read, written and found by id or UUID
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The SQL for a record type is made from its field table: a column per
 * field, named like the property. Only column names from those static
 * tables are ever spliced into SQL; every value is a bound parameter.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-record-private.h"
#include "zs-search.h"
#include "zs-sqlite-private.h"

/* Columns 1–5 of every table are id, uuid, created, updated and version;
 * fields follow from column 6 (index ZS_SQLITE_FIRST_FIELD_COLUMN). */
#define FIRST_FIELD_COLUMN ZS_SQLITE_FIRST_FIELD_COLUMN

char *
zs_sqlite_column_name (const ZsField *field)
{
  return g_strdelimit (g_strdup (field->name), "-", '_');
}

char *
zs_sqlite_column_list (ZsRecordClass *klass)
{
  GString *s = g_string_new ("id, uuid, created, updated, version");

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *col = zs_sqlite_column_name (&klass->fields[i]);

      g_string_append_printf (s, ", %s", col);
    }
  return g_string_free (s, FALSE);
}

/* ---- binding and reading values ---------------------------------------- */

void
zs_sqlite_bind_value (sqlite3_stmt  *stmt,
                      int            index,
                      const GValue  *value,
                      ZsFieldKind    kind)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) != NULL)
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, index);
      break;
    case G_TYPE_INT64:
      /* An unset reference is NULL so foreign keys accept it. */
      if (kind == ZS_FIELD_REF && g_value_get_int64 (value) == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;
    case G_TYPE_INT:
      sqlite3_bind_int (stmt, index, g_value_get_int (value));
      break;
    case G_TYPE_DOUBLE:
      sqlite3_bind_double (stmt, index, g_value_get_double (value));
      break;
    case G_TYPE_BOOLEAN:
      sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
      break;
    case G_TYPE_ENUM:
      sqlite3_bind_int (stmt, index, g_value_get_enum (value));
      break;
    default:
      g_critical ("Cannot bind a value of type %s", G_VALUE_TYPE_NAME (value));
      sqlite3_bind_null (stmt, index);
    }
}

static void
read_column (sqlite3_stmt  *stmt,
             int            column,
             const ZsField *field,
             GValue        *value)
{
  switch (field->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      g_value_set_string (value, (const char *) sqlite3_column_text (stmt, column));
      break;
    case ZS_FIELD_INT:
    case ZS_FIELD_REF:
      g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
      break;
    case ZS_FIELD_DOUBLE:
      g_value_set_double (value, sqlite3_column_double (stmt, column));
      break;
    case ZS_FIELD_BOOLEAN:
      g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
      break;
    case ZS_FIELD_ENUM:
      g_value_set_enum (value, sqlite3_column_int (stmt, column));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Filled in place: no one watches the record yet (the store copies into
 * live objects through their setters). */
void
zs_sqlite_read_row (sqlite3_stmt *stmt,
                    ZsRecord     *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  GValue *values = zs_record_peek_values (record);

  zs_record_fill_identity (record, sqlite3_column_int64 (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1),
                           (const char *) sqlite3_column_text (stmt, 2),
                           (const char *) sqlite3_column_text (stmt, 3));
  zs_record_set_version (record, sqlite3_column_int64 (stmt, 4));
  for (guint i = 0; i < klass->n_fields; i++)
    read_column (stmt, FIRST_FIELD_COLUMN + (int) i, &klass->fields[i], &values[i]);
}

/* ---- the statements of a record type ----------------------------------- */

static char *
row_sql (ZsRecordClass  *klass,
         ZsRowStatement  which)
{
  g_autofree char *columns = NULL;
  /* The search document the store makes (zs-search.h) goes beside the row. */
  gboolean searched = zs_search_has_document (G_TYPE_FROM_CLASS (klass));
  GString *sql;

  switch (which)
    {
    case ZS_ROW_SELECT:
      columns = zs_sqlite_column_list (klass);
      return g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", columns, klass->table);
    case ZS_ROW_SELECT_MANY:
      columns = zs_sqlite_column_list (klass);
      return g_strdup_printf ("SELECT %s FROM %s WHERE id IN (SELECT value FROM json_each (?1))",
                              columns, klass->table);
    case ZS_ROW_SELECT_UUID:
      columns = zs_sqlite_column_list (klass);
      return g_strdup_printf ("SELECT %s FROM %s WHERE uuid = ?1", columns, klass->table);
    case ZS_ROW_EXISTS:
      return g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", klass->table);
    case ZS_ROW_FIND_UUID:
      return g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", klass->table);
    case ZS_ROW_GET_UUID:
      return g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1", klass->table);
    case ZS_ROW_DELETE:
      return g_strdup_printf ("DELETE FROM %s WHERE id = ?1", klass->table);
    case ZS_ROW_INSERT:
      columns = zs_sqlite_column_list (klass);
      sql = g_string_new (NULL);
      g_string_append_printf (sql, "INSERT INTO %s (%s%s) VALUES (?1, ?2, ?3, ?4, ?5", klass->table, columns,
                              searched ? ", search" : "");
      for (guint i = 0; i < klass->n_fields; i++)
        g_string_append_printf (sql, ", ?%u", i + FIRST_FIELD_COLUMN + 1);
      if (searched)
        g_string_append_printf (sql, ", ?%u", klass->n_fields + FIRST_FIELD_COLUMN + 1);
      g_string_append (sql, ")");
      return g_string_free (sql, FALSE);
    case ZS_ROW_UPDATE:
      sql = g_string_new (NULL);
      g_string_append_printf (sql, "UPDATE %s SET uuid = ?2, created = ?3, updated = ?4, version = version + 1",
                              klass->table);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_autofree char *col = zs_sqlite_column_name (&klass->fields[i]);

          g_string_append_printf (sql, ", %s = ?%u", col, i + FIRST_FIELD_COLUMN + 1);
        }
      if (searched)
        g_string_append_printf (sql, ", search = ?%u", klass->n_fields + FIRST_FIELD_COLUMN + 1);
      g_string_append (sql, " WHERE id = ?1 AND (?5 = 0 OR version = ?5) RETURNING version");
      return g_string_free (sql, FALSE);
    case ZS_ROW_N_STATEMENTS:
    default:
      g_assert_not_reached ();
    }
}

sqlite3_stmt *
zs_sqlite_prepare_row (ZsSqliteBackend  *self,
                       ZsRecordClass    *klass,
                       ZsRowStatement    which,
                       GError          **error)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  sqlite3_stmt **slots = g_hash_table_lookup (self->row_statements, GSIZE_TO_POINTER (type));
  g_autofree char *sql = NULL;

  /* An import asks for these a few times per record: neither the SQL nor
   * the lookup of its text in the statement cache is made again. */
  if (slots != NULL && slots[which] != NULL)
    {
      sqlite3_reset (slots[which]);
      sqlite3_clear_bindings (slots[which]);
      return slots[which];
    }
  if (slots == NULL)
    {
      slots = g_new0 (sqlite3_stmt *, ZS_ROW_N_STATEMENTS);
      g_hash_table_insert (self->row_statements, GSIZE_TO_POINTER (type), slots);
    }

  sql = row_sql (klass, which);
  slots[which] = zs_sqlite_prepare (self, sql, error);
  return slots[which];
}

/* ---- the backend's methods ------------------------------------------------ */

static gboolean
read_row (ZsStoreBackend  *backend,
          gint64           id,
          ZsRecord        *into,
          GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (into);
  sqlite3_stmt *stmt = zs_sqlite_prepare_row (self, klass, ZS_ROW_SELECT, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      zs_sqlite_read_row (stmt, into);
      sqlite3_reset (stmt);
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND,
                   _("The %s with number %s no longer exists."),
                   g_dgettext (GETTEXT_PACKAGE, klass->label), number);
    }
  else
    zs_sqlite_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* The rows @ids name, by one statement: their ids go in as one JSON array. */
static gboolean
read_rows (ZsStoreBackend  *backend,
           GType            type,
           const gint64    *ids,
           guint            n_ids,
           GPtrArray       *into,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_SELECT_MANY, error);
  g_autoptr(GString) list = g_string_sized_new (n_ids * 8 + 2);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_string_append_c (list, '[');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (list, ']');
  sqlite3_bind_text (stmt, 1, list->str, (int) list->len, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZsRecord *record = g_object_new (type, NULL);

      zs_sqlite_read_row (stmt, record);
      g_ptr_array_add (into, record);
    }
  if (rc != SQLITE_DONE)
    zs_sqlite_set_error (self, rc, error);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE;
}

static ZsRecord *
read_row_by_uuid (ZsStoreBackend  *backend,
                  GType            type,
                  const char      *uuid,
                  GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecord *record = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* One look-up of the UUID with the whole row, rather than one for the
   * id and another for the row: an import asks this for every record. */
  stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_SELECT_UUID, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      record = g_object_new (type, NULL);
      zs_sqlite_read_row (stmt, record);
    }
  else if (rc != SQLITE_DONE)
    zs_sqlite_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return record;
}

static gboolean
row_exists (ZsStoreBackend *backend,
            GType           type,
            gint64          id)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_EXISTS, NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

/* The row's version now, 0 when there is no row. */
static gint64
stored_version (ZsSqliteBackend *self,
                ZsRecordClass   *klass,
                gint64           id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT version FROM %s WHERE id = ?1", klass->table);
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, sql, NULL);
  gint64 version = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return version;
}

static void
set_conflict_error (GError **error)
{
  /* The store says which record; this only tells it apart. */
  g_set_error_literal (error, ZS_ERROR, ZS_ERROR_CONFLICT,
                       _("The record was changed by another user since it was read."));
}

static gboolean
write_row (ZsStoreBackend  *backend,
           ZsRecord        *record,
           gboolean         insert,
           gboolean         any_version,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;
  gint64 id = zs_record_get_id (record);
  int rc;

  stmt = zs_sqlite_prepare_row (self, klass, insert ? ZS_ROW_INSERT : ZS_ROW_UPDATE, error);
  if (stmt == NULL)
    return FALSE;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, zs_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, zs_record_get_created (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, zs_record_get_updated (record), -1, SQLITE_TRANSIENT);
  /* A new row starts at version 1; an update names the version it read. */
  sqlite3_bind_int64 (stmt, 5, insert ? 1 : any_version ? 0 : MAX (zs_record_get_version (record), 1));
  for (guint i = 0; i < klass->n_fields; i++)
    zs_sqlite_bind_value (stmt, (int) i + FIRST_FIELD_COLUMN + 1, zs_record_get_value (record, i), klass->fields[i].kind);
  if (zs_search_has_document (G_TYPE_FROM_CLASS (klass)))
    sqlite3_bind_text (stmt, (int) klass->n_fields + FIRST_FIELD_COLUMN + 1, zs_search_document (record), -1, g_free);

  rc = sqlite3_step (stmt);
  if (insert && rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      if (id == 0)
        zs_record_set_id (record, sqlite3_last_insert_rowid (self->db));
      zs_record_set_version (record, 1);
      return TRUE;
    }
  if (!insert && rc == SQLITE_ROW)
    {
      zs_record_set_version (record, sqlite3_column_int64 (stmt, 0));
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);
  /* No row came back: another user saved it since it was read. */
  if (!insert && rc == SQLITE_DONE)
    set_conflict_error (error);
  else
    zs_sqlite_set_error (self, rc, error);
  return FALSE;
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
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass = zs_store_record_class (type);
  g_autofree char *col = zs_sqlite_column_name (&klass->fields[field]);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* "IS NOT" also tells NULL from a value: an unchanged row is not
   * written, and its search index not touched. */
  sql = g_strdup_printf ("UPDATE %s SET %s = ?2, version = version + 1 "
                         "WHERE id = ?1 AND %s IS NOT ?2 AND (?3 = 0 OR version = ?3) RETURNING version",
                         klass->table, col, col);
  stmt = zs_sqlite_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  zs_sqlite_bind_value (stmt, 2, value, klass->fields[field].kind);
  sqlite3_bind_int64 (stmt, 3, version);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *new_version = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return !zs_search_field_is_searched (type, field) ||
             zs_sqlite_search_refresh (self, type, id, error);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }

  /* Nothing written: the row holds the value already, or has another
   * version than the one named. */
  *new_version = stored_version (self, klass, id);
  if (version != 0 && *new_version != version)
    {
      set_conflict_error (error);
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
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_DELETE, error);

  /* What belongs to the row goes with it: ON DELETE CASCADE in the schema. */
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return zs_sqlite_step_done (self, stmt, error);
}

static gint64
find_by_uuid (ZsStoreBackend  *backend,
              GType            type,
              const char      *uuid,
              GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_FIND_UUID, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    zs_sqlite_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return id;
}

static char *
get_uuid (ZsStoreBackend *backend,
          GType           type,
          gint64          id)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  char *uuid = NULL;

  stmt = zs_sqlite_prepare_row (self, zs_store_record_class (type), ZS_ROW_GET_UUID, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return uuid;
}

void
zs_sqlite_records_class_init (ZsStoreBackendClass *klass)
{
  klass->read_row = read_row;
  klass->read_row_by_uuid = read_row_by_uuid;
  klass->read_rows = read_rows;
  klass->row_exists = row_exists;
  klass->write_row = write_row;
  klass->update_field = update_field;
  klass->delete_row = delete_row;
  klass->find_by_uuid = find_by_uuid;
  klass->get_uuid = get_uuid;
}
