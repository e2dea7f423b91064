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
#include "zs-format.h"
#include "zs-query-private.h"
#include "zs-record-private.h"
#include "zs-records.h"
#include "zs-store-private.h"

/* Columns 1–4 of every table are id, uuid, created and updated; fields
 * follow from column 5 (index ZS_STORE_FIRST_FIELD_COLUMN). */
#define FIRST_FIELD_COLUMN ZS_STORE_FIRST_FIELD_COLUMN

typedef struct {
  const char *table;
  const char *fts;
  const char *columns[5];
} SearchSpec;

/* Matches the virtual tables made by schema/002-search.sql. */
static const SearchSpec search_specs[] = {
  { "projects", "projects_fts", { "name", "investor", "notes", NULL } },
  { "partners", "partners_fts", { "name", "organisation", "city", "native_place", NULL } },
  { "enterprises", "enterprises_fts", { "name", "location", "next_step", "notes", NULL } },
  { "leads", "leads_fts", { "name", "company", "description", NULL } },
};

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

/* ---- live objects -------------------------------------------------------- */

static GHashTable *
live_table (ZsStore  *self,
            GType     type,
            gboolean  create)
{
  GHashTable *table = g_hash_table_lookup (self->live, GSIZE_TO_POINTER (type));

  if (table == NULL && create)
    {
      table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_insert (self->live, GSIZE_TO_POINTER (type), table);
    }
  return table;
}

static void
on_live_record_disposed (gpointer  data,
                         GObject  *where_the_object_was)
{
  ZsStore *self = data;
  GHashTable *table = live_table (self, G_OBJECT_TYPE (where_the_object_was), FALSE);
  gint64 id = zs_record_get_id (ZS_RECORD (where_the_object_was));

  if (table != NULL && g_hash_table_lookup (table, &id) == where_the_object_was)
    g_hash_table_remove (table, &id);
}

void
zs_store_live_add (ZsStore  *self,
                   ZsRecord *record)
{
  GHashTable *table = live_table (self, G_OBJECT_TYPE (record), TRUE);
  gint64 id = zs_record_get_id (record);

  if (g_hash_table_lookup (table, &id) == record)
    return;

  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), record);
  g_object_weak_ref (G_OBJECT (record), on_live_record_disposed, self);
}

static void
live_remove (ZsStore  *self,
             ZsRecord *record)
{
  GHashTable *table = live_table (self, G_OBJECT_TYPE (record), FALSE);
  gint64 id = zs_record_get_id (record);

  if (table != NULL && g_hash_table_lookup (table, &id) == record)
    {
      g_hash_table_remove (table, &id);
      g_object_weak_unref (G_OBJECT (record), on_live_record_disposed, self);
    }
}

static GPtrArray *
live_records (ZsStore *self)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  GHashTable *table;

  g_hash_table_iter_init (&iter, self->live);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &table))
    {
      GHashTableIter inner;
      ZsRecord *record;

      g_hash_table_iter_init (&inner, table);
      while (g_hash_table_iter_next (&inner, NULL, (gpointer *) &record))
        g_ptr_array_add (records, g_object_ref (record));
    }
  return records;
}

void
zs_store_live_clear (ZsStore *self)
{
  g_autoptr(GPtrArray) records = live_records (self);

  for (guint i = 0; i < records->len; i++)
    live_remove (self, g_ptr_array_index (records, i));
}

void
zs_store_live_refresh (ZsStore *self)
{
  g_autoptr(GPtrArray) records = live_records (self);

  for (guint i = 0; i < records->len; i++)
    {
      ZsRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GError) error = NULL;

      if (!zs_store_reload (self, record, &error))
        live_remove (self, record);
    }
}

/* ---- load, save, delete -------------------------------------------------- */

static sqlite3_stmt *
prepare_select (ZsStore       *self,
                ZsRecordClass *klass,
                GError       **error)
{
  g_autofree char *columns = zs_store_column_list (klass);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", columns, klass->table);

  return zs_store_prepare (self, sql, error);
}

static gboolean
select_row (ZsStore       *self,
            ZsRecordClass *klass,
            gint64         id,
            sqlite3_stmt **out,
            GError       **error)
{
  sqlite3_stmt *stmt = prepare_select (self, klass, error);
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
  g_autoptr(GTypeClass) klass = NULL;
  GHashTable *table;
  ZsRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ZS_TYPE_RECORD), NULL);

  table = live_table (self, type, FALSE);
  if (table != NULL && (record = g_hash_table_lookup (table, &id)) != NULL)
    return g_object_ref (record);

  klass = g_type_class_ref (type);
  if (!select_row (self, ZS_RECORD_CLASS (klass), id, &stmt, error))
    return NULL;

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

static gboolean
write_row (ZsStore   *self,
           ZsRecord  *record,
           gboolean   insert,
           GError   **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 id = zs_record_get_id (record);

  if (insert)
    {
      g_autofree char *columns = zs_store_column_list (klass);

      g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES (?1, ?2, ?3, ?4", klass->table, columns);
      for (guint i = 0; i < klass->n_fields; i++)
        g_string_append_printf (sql, ", ?%u", i + 5);
      g_string_append (sql, ")");
    }
  else
    {
      g_string_append_printf (sql, "UPDATE %s SET uuid = ?2, created = ?3, updated = ?4", klass->table);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          g_autofree char *col = zs_store_column_name (&klass->fields[i]);

          g_string_append_printf (sql, ", %s = ?%u", col, i + 5);
        }
      g_string_append (sql, " WHERE id = ?1");
    }

  stmt = zs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, zs_record_get_uuid (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, zs_record_get_created (record), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, zs_record_get_updated (record), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < klass->n_fields; i++)
    zs_store_bind_value (stmt, (int) i + 5, zs_record_get_value (record, i), klass->fields[i].kind);

  if (!zs_store_step_done (self, stmt, error))
    return FALSE;

  if (insert && id == 0)
    zs_record_set_id (record, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

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
insert_stage_event (ZsStore     *self,
                    ZsProject   *project,
                    ZsStage      from,
                    ZsStage      to,
                    const char  *date,
                    const char  *note,
                    GError     **error)
{
  g_autoptr(ZsStageEvent) event = zs_stage_event_new ();
  ZsRecord *r = ZS_RECORD (event);

  zs_record_set_int (r, ZS_STAGE_EVENT_PROJECT_ID, zs_record_get_id (ZS_RECORD (project)));
  zs_record_set_enum (r, ZS_STAGE_EVENT_FROM_STAGE, from);
  zs_record_set_enum (r, ZS_STAGE_EVENT_TO_STAGE, to);
  zs_record_set_string (r, ZS_STAGE_EVENT_DATE, date);
  zs_record_set_string (r, ZS_STAGE_EVENT_NOTE, note);

  return zs_store_save (self, r, error);
}

/* A new project enters its stage on the stage's own date when known. */
static void
default_stage_since (ZsRecord *project)
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

static gboolean
row_exists (ZsStore       *self,
            ZsRecordClass *klass,
            gint64         id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", klass->table);
  sqlite3_stmt *stmt = zs_store_prepare (self, sql, NULL);
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
  g_autofree char *now = zs_timestamp_now ();
  gboolean importing = (flags & ZS_SAVE_IMPORT) != 0;
  gboolean own_transaction;
  gboolean insert;
  gboolean new_project;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  if (!zs_record_validate (record, error))
    return FALSE;

  klass = ZS_RECORD_GET_CLASS (record);
  insert = zs_record_get_id (record) == 0 || !row_exists (self, klass, zs_record_get_id (record));
  new_project = insert && ZS_IS_PROJECT (record) && !importing;

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
  if (new_project)
    default_stage_since (record);
  g_object_thaw_notify (G_OBJECT (record));

  if (!write_row (self, record, insert, error))
    goto fail;

  if (new_project)
    {
      ZsStage stage = zs_record_get_enum (record, ZS_PROJECT_STAGE);

      if (!insert_stage_event (self, ZS_PROJECT (record), stage, stage,
                               zs_record_get_string (record, ZS_PROJECT_STAGE_SINCE),
                               NULL, error))
        goto fail;
    }

  if (own_transaction && !zs_store_commit (self, error))
    goto fail;

  zs_store_live_add (self, record);
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
  g_autofree char *users = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);
  g_return_val_if_fail (zs_record_get_id (record) != 0, FALSE);

  klass = ZS_RECORD_GET_CLASS (record);
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
  stmt = zs_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, zs_record_get_id (record));
  if (!zs_store_step_done (self, stmt, error) || !zs_store_commit (self, error))
    goto fail;

  live_remove (self, record);
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
    live_remove (self, g_ptr_array_index (records, i));

  return g_steal_pointer (&records);
}

gboolean
zs_store_restore (ZsStore    *self,
                  GPtrArray  *records,
                  GError    **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  if (!zs_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    if (!zs_store_save_full (self, g_ptr_array_index (records, i), ZS_SAVE_IMPORT, error))
      {
        zs_store_rollback (self);
        return FALSE;
      }

  return zs_store_commit (self, error);
}

gint64
zs_store_find_by_uuid (ZsStore    *self,
                       GType       type,
                       const char *uuid)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), 0);

  if (uuid == NULL)
    return 0;

  sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", ZS_RECORD_CLASS (klass)->table);
  stmt = zs_store_prepare (self, sql, NULL);
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
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  char *uuid = NULL;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);

  sql = g_strdup_printf ("SELECT uuid FROM %s WHERE id = ?1", ZS_RECORD_CLASS (klass)->table);
  stmt = zs_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return uuid;
}

/* ---- queries ------------------------------------------------------------- */

static const char *op_sql[] = {
  [ZS_QUERY_EQ] = "=",
  [ZS_QUERY_NE] = "IS NOT",
  [ZS_QUERY_LT] = "<",
  [ZS_QUERY_LE] = "<=",
  [ZS_QUERY_GT] = ">",
  [ZS_QUERY_GE] = ">=",
};

static GValue *
add_bind (GArray *binds)
{
  g_array_set_size (binds, binds->len + 1);
  return &g_array_index (binds, GValue, binds->len - 1);
}

static guint
bind_string (GArray     *binds,
             const char *text)
{
  GValue *v = add_bind (binds);

  g_value_init (v, G_TYPE_STRING);
  g_value_set_string (v, text);
  return binds->len;
}

static char *like_pattern (const char *term,
                           gboolean    in_order);

static char *
condition_column (ZsRecordClass *klass,
                  int            field)
{
  return field < 0 ? g_strdup ("id") : zs_store_column_name (&klass->fields[field]);
}

static void
append_condition (GString                *where,
                  GArray                 *binds,
                  ZsRecordClass          *klass,
                  const ZsQueryCondition *c)
{
  const ZsField *f = c->field >= 0 ? &klass->fields[c->field] : NULL;
  g_autofree char *col = condition_column (klass, c->field);
  gboolean is_null_value;

  if (c->any != NULL)
    {
      /* Each alternative's conditions after a "1", like the WHERE of a query. */
      g_string_append (where, " AND (");
      for (guint i = 0; i < c->any->len; i++)
        {
          ZsQuery *alternative = g_ptr_array_index (c->any, i);

          g_string_append (where, i ? " OR (1" : "(1");
          for (guint j = 0; j < alternative->conditions->len; j++)
            append_condition (where, binds, klass, &g_array_index (alternative->conditions, ZsQueryCondition, j));
          g_string_append (where, ")");
        }
      g_string_append (where, c->any->len ? ")" : "0)");
      return;
    }

  if (c->sub != NULL)
    {
      g_autoptr(GTypeClass) sub_class = g_type_class_ref (c->sub->record_type);
      g_autofree char *sub_col = condition_column (ZS_RECORD_CLASS (sub_class), c->sub_field);

      g_string_append_printf (where, " AND %s %s (", col, c->op == ZS_QUERY_NE ? "NOT IN" : "IN");
      zs_store_append_query_sql (where, binds, c->sub, sub_col);
      /* One NULL in a NOT IN list would make it match nothing. */
      if (c->op == ZS_QUERY_NE)
        g_string_append_printf (where, " AND %s IS NOT NULL", sub_col);
      g_string_append (where, ")");
      return;
    }

  if (c->set != NULL)
    {
      g_string_append_printf (where, " AND %s IN (", col);
      for (guint i = 0; i < c->set->len; i++)
        {
          GValue *v = add_bind (binds);

          g_value_init (v, G_TYPE_INT64);
          g_value_set_int64 (v, g_array_index (c->set, gint64, i));
          g_string_append_printf (where, "%s?%u", i ? ", " : "", binds->len);
        }
      g_string_append (where, c->set->len ? ")" : "NULL)");
      return;
    }

  if (c->op == ZS_QUERY_IS_SET || c->op == ZS_QUERY_IS_UNSET)
    {
      gboolean set = c->op == ZS_QUERY_IS_SET;

      if (f != NULL && (f->kind == ZS_FIELD_STRING || f->kind == ZS_FIELD_DATE))
        g_string_append_printf (where, set ? " AND coalesce(%s, '') <> ''" : " AND coalesce(%s, '') = ''", col);
      else
        g_string_append_printf (where, set ? " AND %s IS NOT NULL" : " AND %s IS NULL", col);
      return;
    }

  if (c->op == ZS_QUERY_CONTAINS || c->op == ZS_QUERY_HAS_IN_ORDER)
    {
      const char *text = G_VALUE_HOLDS_STRING (&c->value) ? g_value_get_string (&c->value) : NULL;
      g_autofree char *pattern = like_pattern (text, c->op == ZS_QUERY_HAS_IN_ORDER);
      guint index = bind_string (binds, pattern);

      g_string_append_printf (where, " AND %s LIKE ?%u ESCAPE '\\'", col, index);
      return;
    }

  is_null_value = (G_VALUE_HOLDS_STRING (&c->value) && g_value_get_string (&c->value) == NULL) ||
                  (f != NULL && f->kind == ZS_FIELD_REF && G_VALUE_HOLDS_INT64 (&c->value) &&
                   g_value_get_int64 (&c->value) == 0);
  if (is_null_value && (c->op == ZS_QUERY_EQ || c->op == ZS_QUERY_NE))
    {
      g_string_append_printf (where, c->op == ZS_QUERY_EQ ? " AND %s IS NULL" : " AND %s IS NOT NULL", col);
      return;
    }

  {
    GValue *v = add_bind (binds);

    g_value_init (v, G_VALUE_TYPE (&c->value));
    g_value_copy (&c->value, v);
    g_string_append_printf (where, " AND %s %s ?%u", col, op_sql[c->op], binds->len);
  }
}

/* "%term%", or with @in_order "%t%e%r%m%": any text between characters. */
static char *
like_pattern (const char *term,
              gboolean    in_order)
{
  GString *s = g_string_new ("%");

  for (const char *p = term ? term : ""; *p; )
    {
      const char *next = g_utf8_next_char (p);

      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_len (s, p, next - p);
      if (in_order && *next != '\0')
        g_string_append_c (s, '%');
      p = next;
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

static const SearchSpec *
find_search_spec (ZsRecordClass *klass)
{
  for (guint i = 0; i < G_N_ELEMENTS (search_specs); i++)
    if (strcmp (search_specs[i].table, klass->table) == 0)
      return &search_specs[i];
  return NULL;
}

/* Terms of three or more characters go to the trigram index; shorter ones
 * (a two-character Chinese name, say) are matched with LIKE. */
static void
append_search (GString       *where,
               GArray        *binds,
               ZsRecordClass *klass,
               const char    *search)
{
  const SearchSpec *spec = find_search_spec (klass);
  g_autofree char *normalized = NULL;
  g_auto(GStrv) terms = NULL;
  g_autoptr(GString) match = g_string_new (NULL);
  const char *title_only[] = { NULL, NULL };
  const char * const *columns;
  g_autofree char *title_col = NULL;

  if (spec != NULL)
    columns = spec->columns;
  else
    {
      if (klass->title_field < 0)
        return;
      title_col = zs_store_column_name (&klass->fields[klass->title_field]);
      title_only[0] = title_col;
      columns = title_only;
    }

  {
    /* The ideographic space is what Chinese input methods type. */
    g_auto(GStrv) parts = g_strsplit (search, "\xe3\x80\x80", -1);

    normalized = g_strjoinv (" ", parts);
  }
  terms = g_strsplit_set (normalized, " \t\r\n", -1);

  for (guint t = 0; terms[t] != NULL; t++)
    {
      const char *term = terms[t];

      if (*term == '\0')
        continue;

      if (spec != NULL && g_utf8_strlen (term, -1) >= 3)
        {
          g_autofree char *quoted = NULL;
          g_auto(GStrv) pieces = g_strsplit (term, "\"", -1);

          quoted = g_strjoinv ("\"\"", pieces);
          g_string_append_printf (match, "%s\"%s\"", match->len ? " " : "", quoted);
        }
      else
        {
          g_autofree char *pattern = like_pattern (term, FALSE);
          guint index = bind_string (binds, pattern);

          g_string_append (where, " AND (");
          for (guint c = 0; columns[c] != NULL; c++)
            g_string_append_printf (where, "%s%s LIKE ?%u ESCAPE '\\'", c ? " OR " : "", columns[c], index);
          g_string_append (where, ")");
        }
    }

  if (match->len > 0)
    {
      guint index = bind_string (binds, match->str);

      g_string_append_printf (where, " AND id IN (SELECT rowid FROM %s WHERE %s MATCH ?%u)",
                              spec->fts, spec->fts, index);
    }
}

void
zs_store_append_query_sql (GString    *sql,
                           GArray     *binds,
                           ZsQuery    *query,
                           const char *select)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);

  g_string_append_printf (sql, "SELECT %s FROM %s WHERE 1", select, klass->table);
  for (guint i = 0; i < query->conditions->len; i++)
    append_condition (sql, binds, klass, &g_array_index (query->conditions, ZsQueryCondition, i));
  if (query->search != NULL)
    append_search (sql, binds, klass, query->search);
}

GArray *
zs_store_binds_new (void)
{
  GArray *binds = g_array_new (FALSE, TRUE, sizeof (GValue));

  g_array_set_clear_func (binds, (GDestroyNotify) g_value_unset);
  return binds;
}

void
zs_store_bind_all (sqlite3_stmt *stmt,
                   GArray       *binds)
{
  for (guint i = 0; i < binds->len; i++)
    zs_store_bind_value (stmt, (int) i + 1, &g_array_index (binds, GValue, i), ZS_FIELD_STRING);
}

static sqlite3_stmt *
prepare_query (ZsStore     *self,
               ZsQuery     *query,
               const char  *select,
               gboolean     ordered,
               GError     **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_store_binds_new ();
  sqlite3_stmt *stmt;

  zs_store_append_query_sql (sql, binds, query, select);

  if (ordered)
    {
      gboolean last_descending = FALSE;

      g_string_append (sql, " ORDER BY ");
      for (guint i = 0; i < query->orders->len; i++)
        {
          const ZsQueryOrder *order = &g_array_index (query->orders, ZsQueryOrder, i);

          if (order->field >= 0 && (guint) order->field < klass->n_fields)
            {
              g_autofree char *col = zs_store_column_name (&klass->fields[order->field]);

              g_string_append_printf (sql, "%s%s, ", col, order->descending ? " DESC" : "");
            }
          last_descending = order->descending;
        }
      g_string_append_printf (sql, "id%s", last_descending ? " DESC" : "");

      if (query->limit > 0)
        g_string_append_printf (sql, " LIMIT %u", query->limit);
    }

  stmt = zs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  zs_store_bind_all (stmt, binds);
  return stmt;
}

GArray *
zs_store_query (ZsStore  *self,
                ZsQuery  *query,
                GError  **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = prepare_query (self, query, "id", TRUE, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
query_scalar (ZsStore     *self,
              ZsQuery     *query,
              const char  *select,
              gint64      *result,
              GError     **error)
{
  sqlite3_stmt *stmt = prepare_query (self, query, select, FALSE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gint64
zs_store_count (ZsStore  *self,
                ZsQuery  *query,
                GError  **error)
{
  gint64 n = 0;

  g_return_val_if_fail (ZS_IS_STORE (self), 0);

  query_scalar (self, query, "count(*)", &n, error);
  return n;
}

gint64
zs_store_sum (ZsStore  *self,
              ZsQuery  *query,
              guint     field,
              GError  **error)
{
  gint64 sum = 0;

  zs_store_aggregate (self, query, &field, 1, NULL, &sum, error);
  return sum;
}

GPtrArray *
zs_store_query_partitioned (ZsStore  *self,
                            ZsQuery  *query,
                            guint     partition_field,
                            guint     n_partitions,
                            int       sum_field,
                            gint64   *sums,
                            GError  **error)
{
  g_autoptr(ZsQuery) ordered = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree char *select = NULL;
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (partition_field < klass->n_fields, NULL);
  g_return_val_if_fail (sum_field < (int) klass->n_fields && (sum_field < 0 || sums != NULL), NULL);

  for (guint i = 0; i < n_partitions; i++)
    {
      g_ptr_array_add (parts, g_array_new (FALSE, FALSE, sizeof (gint64)));
      if (sums != NULL)
        sums[i] = 0;
    }

  /* The partition first, then the query's own order. */
  ordered = zs_query_copy (query);
  g_array_prepend_val (ordered->orders, ((ZsQueryOrder) { (int) partition_field, FALSE }));
  {
    g_autofree char *col = zs_store_column_name (&klass->fields[partition_field]);
    g_autofree char *sum_col = sum_field >= 0 ? zs_store_column_name (&klass->fields[sum_field]) : g_strdup ("0");

    select = g_strdup_printf ("id, %s, %s", col, sum_col);
  }

  stmt = prepare_query (self, ordered, select, TRUE, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 part = sqlite3_column_int64 (stmt, 1);

      if (part >= 0 && (guint64) part < n_partitions)
        {
          g_array_append_val (g_ptr_array_index (parts, part), id);
          if (sums != NULL)
            sums[part] += sqlite3_column_int64 (stmt, 2);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&parts);
}

gboolean
zs_store_aggregate (ZsStore      *self,
                    ZsQuery      *query,
                    const guint  *fields,
                    guint         n_fields,
                    gint64       *count,
                    gint64       *sums,
                    GError      **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) select = g_string_new ("count(*)");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *col = NULL;

      g_return_val_if_fail (fields[i] < klass->n_fields, FALSE);
      col = zs_store_column_name (&klass->fields[fields[i]]);
      g_string_append_printf (select, ", coalesce(sum(%s), 0)", col);
    }

  stmt = prepare_query (self, query, select->str, FALSE, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (count != NULL)
        *count = sqlite3_column_int64 (stmt, 0);
      for (guint i = 0; i < n_fields; i++)
        sums[i] = sqlite3_column_int64 (stmt, (int) i + 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      zs_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

GArray *
zs_store_aggregate_by (ZsStore  *self,
                       ZsQuery  *query,
                       guint     group_field,
                       guint     sum_field,
                       GError  **error)
{
  g_autoptr(GArray) rows = zs_store_aggregate_grouped (self, query, &group_field, 1, &sum_field, 1, error);
  GArray *totals;

  if (rows == NULL)
    return NULL;
  totals = g_array_sized_new (FALSE, FALSE, sizeof (ZsGroupTotal), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const ZsAggregateRow *row = &g_array_index (rows, ZsAggregateRow, i);
      ZsGroupTotal total = { row->keys[0], row->count, row->sums[0] };

      g_array_append_val (totals, total);
    }
  return totals;
}

GHashTable *
zs_store_latest_by (ZsStore  *self,
                    ZsQuery  *query,
                    guint     group_field,
                    guint     field,
                    GError  **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autofree char *group_col = NULL;
  g_autofree char *col = NULL;
  g_autofree char *select = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_store_binds_new ();
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (group_field < klass->n_fields && field < klass->n_fields, NULL);

  group_col = zs_store_column_name (&klass->fields[group_field]);
  col = zs_store_column_name (&klass->fields[field]);
  select = g_strdup_printf ("%s, max(%s)", group_col, col);
  zs_store_append_query_sql (sql, binds, query, select);
  g_string_append_printf (sql, " AND %s IS NOT NULL AND %s IS NOT NULL GROUP BY %s", group_col, col, group_col);

  stmt = zs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  zs_store_bind_all (stmt, binds);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (latest, g_memdup2 (&key, sizeof key),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&latest);
}

/* ---- stages -------------------------------------------------------------- */

gboolean
zs_store_change_stage (ZsStore     *self,
                       ZsProject   *project,
                       ZsStage      to,
                       const char  *date,
                       const char  *note,
                       GError     **error)
{
  ZsRecord *r = ZS_RECORD (project);
  ZsStage from;
  guint date_field;

  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
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

  if (!zs_store_begin (self, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (project));
  zs_record_set_enum (r, ZS_PROJECT_STAGE, to);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, date);
  date_field = stage_date_fields[to];
  if (date_field != G_MAXUINT && zs_record_get_string (r, date_field) == NULL)
    zs_record_set_string (r, date_field, date);
  g_object_thaw_notify (G_OBJECT (project));

  if (!zs_store_save (self, r, error) ||
      !insert_stage_event (self, project, from, to, date, note, error) ||
      !zs_store_commit (self, error))
    {
      /* Rolling back re-reads the project, so it shows its stored stage. */
      zs_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}
