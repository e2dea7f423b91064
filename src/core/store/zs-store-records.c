/* zs-store-records.c — reading, writing and finding records
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

#include "zs-date.h"
#include "zs-error.h"
#include "zs-query-private.h"
#include "zs-record-private.h"
#include "zs-records.h"
#include "zs-store-private.h"
#include "zs-store-rules.h"

/* Columns 1–4 of every table are id, uuid, created and updated; fields
 * follow from column 5 (index ZS_STORE_FIRST_FIELD_COLUMN). */
#define FIRST_FIELD_COLUMN ZS_STORE_FIRST_FIELD_COLUMN


char *
zs_store_column_name (const ZsField *field)
{
  return g_strdelimit (g_strdup (field->name), "-", '_');
}

char *
zs_store_column_list (ZsRecordClass *klass)
{
  GString *s = g_string_new ("id, uuid, created, updated");

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *col = zs_store_column_name (&klass->fields[i]);

      g_string_append_printf (s, ", %s", col);
    }
  return g_string_free (s, FALSE);
}

/* ---- binding and reading values ---------------------------------------- */

void
zs_store_bind_value (sqlite3_stmt  *stmt,
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

/* A record nobody watches yet is filled in place; a live one goes through
 * the setters so views update. */
void
zs_store_read_row (sqlite3_stmt *stmt,
                   ZsRecord     *record,
                   gboolean      notify)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

  if (!notify)
    {
      GValue *values = zs_record_peek_values (record);

      zs_record_fill_identity (record, sqlite3_column_int64 (stmt, 0),
                               (const char *) sqlite3_column_text (stmt, 1),
                               (const char *) sqlite3_column_text (stmt, 2),
                               (const char *) sqlite3_column_text (stmt, 3));
      for (guint i = 0; i < klass->n_fields; i++)
        read_column (stmt, FIRST_FIELD_COLUMN + (int) i, &klass->fields[i], &values[i]);
      return;
    }

  g_object_freeze_notify (G_OBJECT (record));

  zs_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  zs_record_set_uuid (record, (const char *) sqlite3_column_text (stmt, 1));
  zs_record_set_created (record, (const char *) sqlite3_column_text (stmt, 2));
  zs_record_set_updated (record, (const char *) sqlite3_column_text (stmt, 3));

    {
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_auto(GValue) v = G_VALUE_INIT;

          g_value_init (&v, G_VALUE_TYPE (zs_record_get_value (record, i)));
          read_column (stmt, FIRST_FIELD_COLUMN + (int) i, &klass->fields[i], &v);
          zs_record_set_value (record, i, &v);
        }
    }

  g_object_thaw_notify (G_OBJECT (record));
}

/* ---- load, save, delete -------------------------------------------------- */

/* ---- the statements of a record type ----------------------------------- */

static char *
row_sql (ZsRecordClass  *klass,
         ZsRowStatement  which)
{
  g_autofree char *columns = NULL;
  GString *sql;

  switch (which)
    {
    case ZS_ROW_SELECT:
      columns = zs_store_column_list (klass);
      return g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", columns, klass->table);
    case ZS_ROW_SELECT_UUID:
      columns = zs_store_column_list (klass);
      return g_strdup_printf ("SELECT %s FROM %s WHERE uuid = ?1", columns, klass->table);
    case ZS_ROW_EXISTS:
      return g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", klass->table);
    case ZS_ROW_FIND_UUID:
      return g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", klass->table);
    case ZS_ROW_GET_UUID:
      return g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1", klass->table);
    case ZS_ROW_INSERT:
      columns = zs_store_column_list (klass);
      sql = g_string_new (NULL);
      g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES (?1, ?2, ?3, ?4", klass->table, columns);
      for (guint i = 0; i < klass->n_fields; i++)
        g_string_append_printf (sql, ", ?%u", i + FIRST_FIELD_COLUMN + 1);
      g_string_append (sql, ")");
      return g_string_free (sql, FALSE);
    case ZS_ROW_UPDATE:
      sql = g_string_new (NULL);
      g_string_append_printf (sql, "UPDATE %s SET uuid = ?2, created = ?3, updated = ?4", klass->table);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_autofree char *col = zs_store_column_name (&klass->fields[i]);

          g_string_append_printf (sql, ", %s = ?%u", col, i + FIRST_FIELD_COLUMN + 1);
        }
      g_string_append (sql, " WHERE id = ?1");
      return g_string_free (sql, FALSE);
    case ZS_ROW_N_STATEMENTS:
    default:
      g_assert_not_reached ();
    }
}

sqlite3_stmt *
zs_store_prepare_row (ZsStore         *self,
                      ZsRecordClass   *klass,
                      ZsRowStatement   which,
                      GError         **error)
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
  slots[which] = zs_store_prepare (self, sql, error);
  return slots[which];
}

ZsRecordClass *
zs_store_record_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  /* The class of a static type lives as long as the program: the
   * reference taken the first time is simply kept. */
  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass;
}

static gboolean
select_row (ZsStore       *self,
            ZsRecordClass *klass,
            gint64         id,
            sqlite3_stmt **out,
            GError       **error)
{
  sqlite3_stmt *stmt = zs_store_prepare_row (self, klass, ZS_ROW_SELECT, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = stmt;
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
    zs_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gpointer
zs_store_load (ZsStore  *self,
               GType     type,
               gint64    id,
               GError  **error)
{
  ZsRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  if ((record = zs_store_live_lookup (self, type, id)) != NULL)
    return g_object_ref (record);

  if (!select_row (self, zs_store_record_class (type), id, &stmt, error))
    return NULL;

  record = g_object_new (type, NULL);
  zs_store_read_row (stmt, record, FALSE);
  sqlite3_reset (stmt);

  zs_store_live_add (self, record);
  return record;
}

gpointer
zs_store_load_by_uuid (ZsStore     *self,
                       GType        type,
                       const char  *uuid,
                       GError     **error)
{
  ZsRecord *record;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  if (uuid == NULL)
    return NULL;

  /* One look-up of the UUID with the whole row, rather than one for the
   * id and another for the row: an import asks this for every record. */
  stmt = zs_store_prepare_row (self, zs_store_record_class (type), ZS_ROW_SELECT_UUID, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        zs_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  id = sqlite3_column_int64 (stmt, 0);
  if ((record = zs_store_live_lookup (self, type, id)) != NULL)
    {
      sqlite3_reset (stmt);
      return g_object_ref (record);
    }

  record = g_object_new (type, NULL);
  zs_store_read_row (stmt, record, FALSE);
  sqlite3_reset (stmt);

  zs_store_live_add (self, record);
  return record;
}

gboolean
zs_store_reload (ZsStore   *self,
                 ZsRecord  *record,
                 GError   **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  if (!select_row (self, ZS_RECORD_GET_CLASS (record), zs_record_get_id (record), &stmt, error))
    return FALSE;

  zs_store_read_row (stmt, record, TRUE);
  sqlite3_reset (stmt);
  return TRUE;
}

gpointer
zs_store_read_stored (ZsStore  *self,
                      GType     type,
                      gint64    id,
                      GError  **error)
{
  ZsRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  if (!select_row (self, zs_store_record_class (type), id, &stmt, error))
    return NULL;

  record = g_object_new (type, NULL);
  zs_store_read_row (stmt, record, FALSE);
  sqlite3_reset (stmt);
  return record;
}

gboolean
zs_store_update_field (ZsStore       *self,
                       GType          type,
                       gint64         id,
                       guint          field,
                       const GValue  *value,
                       GError       **error)
{
  ZsRecordClass *klass;
  g_autofree char *column = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  klass = zs_store_record_class (type);
  g_return_val_if_fail (field < klass->n_fields, FALSE);

  column = zs_store_column_name (&klass->fields[field]);
  /* An unchanged value writes nothing: no page to journal, no trigger. */
  sql = g_strdup_printf ("UPDATE %s SET %s = ?2 WHERE id = ?1 AND %s IS NOT ?2",
                         klass->table, column, column);
  stmt = zs_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  zs_store_bind_value (stmt, 2, value, klass->fields[field].kind);
  return zs_store_step_done (self, stmt, error);
}

static gboolean
write_row (ZsStore   *self,
           ZsRecord  *record,
           gboolean   insert,
           GError   **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;
  gint64 id = zs_record_get_id (record);

  stmt = zs_store_prepare_row (self, klass, insert ? ZS_ROW_INSERT : ZS_ROW_UPDATE, error);
  if (stmt == NULL)
    return FALSE;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, zs_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, zs_record_get_created (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, zs_record_get_updated (record), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < klass->n_fields; i++)
    zs_store_bind_value (stmt, (int) i + FIRST_FIELD_COLUMN + 1, zs_record_get_value (record, i), klass->fields[i].kind);

  if (!zs_store_step_done (self, stmt, error))
    return FALSE;

  if (insert && id == 0)
    zs_record_set_id (record, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

static gboolean
row_exists (ZsStore       *self,
            ZsRecordClass *klass,
            gint64         id)
{
  sqlite3_stmt *stmt = zs_store_prepare_row (self, klass, ZS_ROW_EXISTS, NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

gboolean
zs_store_save_full (ZsStore      *self,
                    ZsRecord     *record,
                    ZsSaveFlags   flags,
                    GError      **error)
{
  ZsRecordClass *klass;
  const ZsRecordRules *rules;
  ZsRuleContext context = { flags, FALSE, { 0, 0 } };
  g_autofree char *now = NULL;
  gboolean importing = (flags & ZS_SAVE_IMPORT) != 0;
  gboolean own_transaction;
  gboolean insert;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  if (!zs_record_validate (record, error))
    return FALSE;

  klass = ZS_RECORD_GET_CLASS (record);
  rules = zs_store_get_rules (G_OBJECT_TYPE (record));
  insert = zs_record_get_id (record) == 0 || !row_exists (self, klass, zs_record_get_id (record));
  context.insert = insert;

  /* An imported record is one statement, atomic by itself; inside the
   * import's transaction a savepoint per record would only copy pages to a
   * statement journal. */
  own_transaction = !(importing && self->txn_depth > 0);
  if (own_transaction && !zs_store_begin (self, error))
    {
      /* Show what is stored, not an edit that could not be written. */
      if (!insert)
        zs_store_reload (self, record, NULL);
      return FALSE;
    }

  /* An imported record keeps its own times. */
  if (!importing || zs_record_get_created (record) == NULL || zs_record_get_updated (record) == NULL)
    now = zs_timestamp_now ();

  g_object_freeze_notify (G_OBJECT (record));
  if (zs_record_get_uuid (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      zs_record_set_uuid (record, uuid);
    }
  if (zs_record_get_created (record) == NULL || (insert && !importing))
    zs_record_set_created (record, now);
  if (zs_record_get_updated (record) == NULL || !importing)
    zs_record_set_updated (record, now);
  if (rules != NULL && rules->before_save != NULL &&
      !rules->before_save (self, record, &context, error))
    {
      g_object_thaw_notify (G_OBJECT (record));
      goto fail;
    }
  g_object_thaw_notify (G_OBJECT (record));

  if (!write_row (self, record, insert, error))
    goto fail;

  if (rules != NULL && rules->after_save != NULL &&
      !rules->after_save (self, record, &context, error))
    goto fail;

  if (own_transaction && !zs_store_commit (self, error))
    goto fail;

  zs_store_live_add (self, record);
  if (own_transaction && rules != NULL && rules->after_commit != NULL)
    rules->after_commit (self, record, &context);
  zs_store_emit_changed (self, G_OBJECT_TYPE (record), zs_record_get_id (record));
  return TRUE;

fail:
  if (insert && !importing)
    zs_record_set_id (record, 0);
  /* Without a savepoint of its own, the caller's rollback undoes it. */
  if (own_transaction)
    zs_store_rollback (self);
  return FALSE;
}

gboolean
zs_store_save (ZsStore   *self,
               ZsRecord  *record,
               GError   **error)
{
  return zs_store_save_full (self, record, ZS_SAVE_DEFAULT, error);
}

/* Lists what still refers to @record through references that do not
 * belong to it, e.g. "项目 3、线索 1". */
static char *
describe_users (ZsStore  *self,
                ZsRecord *record)
{
  g_autoptr(GString) users = g_string_new (NULL);
  GType type = G_OBJECT_TYPE (record);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);
      gint64 count = 0;

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          g_autofree char *col = NULL;
          g_autofree char *sql = NULL;
          sqlite3_stmt *stmt;

          if (f->kind != ZS_FIELD_REF || (f->flags & ZS_FIELD_OWNER) != 0 || f->get_type () != type)
            continue;

          col = zs_store_column_name (f);
          sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ?1", klass->table, col);
          stmt = zs_store_prepare (self, sql, NULL);
          if (stmt == NULL)
            continue;
          sqlite3_bind_int64 (stmt, 1, zs_record_get_id (record));
          if (sqlite3_step (stmt) == SQLITE_ROW)
            count += sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
        }

      if (count > 0)
        g_string_append_printf (users, "%s%s %" G_GINT64_FORMAT,
                                users->len ? _(", ") : "",
                                g_dgettext (GETTEXT_PACKAGE, klass->label), count);
    }

  return users->len ? g_string_free (g_steal_pointer (&users), FALSE) : NULL;
}

gboolean
zs_store_delete (ZsStore   *self,
                 ZsRecord  *record,
                 GError   **error)
{
  ZsRecordClass *klass;
  const ZsRecordRules *rules;
  ZsRuleContext context = { ZS_SAVE_DEFAULT, FALSE, { 0, 0 } };
  g_autofree char *users = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);
  g_return_val_if_fail (zs_record_get_id (record) != 0, FALSE);

  klass = ZS_RECORD_GET_CLASS (record);
  rules = zs_store_get_rules (G_OBJECT_TYPE (record));
  users = describe_users (self, record);
  if (users != NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
                   _("“%s” cannot be deleted: it is still used by %s. "
                     "Change or delete those first."),
                   zs_record_get_title (record), users);
      return FALSE;
    }

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", klass->table);
  if (!zs_store_begin (self, error))
    return FALSE;
  if (rules != NULL && rules->before_delete != NULL &&
      !rules->before_delete (self, record, &context, error))
    goto fail;
  stmt = zs_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, zs_record_get_id (record));
  if (!zs_store_step_done (self, stmt, error))
    goto fail;
  if (rules != NULL && rules->after_delete != NULL &&
      !rules->after_delete (self, record, &context, error))
    goto fail;
  if (!zs_store_commit (self, error))
    goto fail;

  zs_store_live_remove (self, record);
  if (rules != NULL && rules->after_commit != NULL)
    rules->after_commit (self, record, &context);
  /* Records that belonged to it went with it. */
  zs_store_emit_changed (self, G_TYPE_NONE, 0);
  return TRUE;

fail:
  zs_store_rollback (self);
  return FALSE;
}

/* Appends @record and, depth first, every record that belongs to it. */
static gboolean
collect_owned (ZsStore    *self,
               ZsRecord   *record,
               GPtrArray  *out,
               GError    **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  g_ptr_array_add (out, g_object_ref (record));

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);

      for (guint i = 0; i < klass->n_fields; i++)
        {
          const ZsField *f = &klass->fields[i];
          g_autoptr(ZsQuery) query = NULL;
          g_autoptr(GArray) ids = NULL;

          if (f->kind != ZS_FIELD_REF || (f->flags & ZS_FIELD_OWNER) == 0 ||
              f->get_type () != G_OBJECT_TYPE (record))
            continue;

          query = zs_query_new (types[t]);
          zs_query_add_int (query, i, ZS_QUERY_EQ, zs_record_get_id (record));
          ids = zs_store_query (self, query, error);
          if (ids == NULL)
            return FALSE;

          for (guint j = 0; j < ids->len; j++)
            {
              g_autoptr(ZsRecord) child = zs_store_load (self, types[t], g_array_index (ids, gint64, j), error);

              if (child == NULL || !collect_owned (self, child, out, error))
                return FALSE;
            }
        }
    }
  return TRUE;
}

GPtrArray *
zs_store_delete_for_undo (ZsStore   *self,
                          ZsRecord  *record,
                          GError   **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (ZS_IS_RECORD (record), NULL);

  if (!collect_owned (self, record, records, error))
    return NULL;
  if (!zs_store_delete (self, record, error))
    return NULL;

  /* The children are gone from the file; keep their objects out of the
   * live table so a later load cannot hand them out. */
  for (guint i = 1; i < records->len; i++)
    zs_store_live_remove (self, g_ptr_array_index (records, i));

  return g_steal_pointer (&records);
}

gboolean
zs_store_restore (ZsStore    *self,
                  GPtrArray  *records,
                  GError    **error)
{
  g_autofree ZsRuleContext *contexts = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  contexts = g_new0 (ZsRuleContext, MAX (records->len, 1));
  if (!zs_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    if (!zs_store_save_full (self, g_ptr_array_index (records, i), ZS_SAVE_IMPORT, error))
      {
        zs_store_rollback (self);
        return FALSE;
      }

  /* The rules see the whole restored set, not half of it. */
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      const ZsRecordRules *rules = zs_store_get_rules (G_OBJECT_TYPE (record));

      contexts[i].flags = ZS_SAVE_IMPORT;
      contexts[i].insert = TRUE;
      if (rules != NULL && rules->after_restore != NULL &&
          !rules->after_restore (self, record, &contexts[i], error))
        {
          zs_store_rollback (self);
          return FALSE;
        }
    }

  if (!zs_store_commit (self, error))
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      const ZsRecordRules *rules = zs_store_get_rules (G_OBJECT_TYPE (record));

      if (rules != NULL && rules->after_commit != NULL)
        rules->after_commit (self, record, &contexts[i]);
    }
  return TRUE;
}

gint64
zs_store_find_by_uuid (ZsStore    *self,
                       GType       type,
                       const char *uuid)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), 0);

  if (uuid == NULL)
    return 0;

  stmt = zs_store_prepare_row (self, zs_store_record_class (type), ZS_ROW_FIND_UUID, NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

char *
zs_store_get_uuid (ZsStore    *self,
                   GType       type,
                   gint64      id)
{
  sqlite3_stmt *stmt;
  char *uuid = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  stmt = zs_store_prepare_row (self, zs_store_record_class (type), ZS_ROW_GET_UUID, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return uuid;
}
