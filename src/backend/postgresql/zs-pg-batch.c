/* zs-pg-batch.c — an import's and a copy's writes in batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Row by row, each statement waits for the server's answer: on a
 * network, or a busy server, that wait is most of an import's time, and
 * a copy of a bureau's database (hundreds of thousands of rows) took
 * hours. In a transaction under ZS_STORE_HINT_BULK (an import, a copy),
 * what needs no answer is sent ahead in libpq's pipeline mode: a new row
 * (its id taken beforehand from a block of the table's sequence) and a
 * history entry. The answers are read when a statement needs one, before
 * the commit, or every MAX_UNANSWERED statements. A write that failed
 * fails the statement that reads its answer, naming the record; the
 * transaction is then broken on the server, so the whole import or copy
 * is rolled back, as before.
 *
 * The same transaction asks, for every record it reads, whether its UUID
 * is stored: after LOOKUPS_BEFORE_LIST such questions about a type, the
 * type's UUIDs are read at once and the rest are answered here. The write
 * lock (one writer at a time) keeps other clerks' writes out meanwhile.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-pg-private.h"

/* Their answers wait in the server's socket buffer until read. */
#define MAX_UNANSWERED 1000
#define ID_BLOCK 500
#define LOOKUPS_BEFORE_LIST 16

typedef struct {
  GArray *ids;
  guint   next;
} IdBlock;

static void
id_block_free (gpointer data)
{
  IdBlock *block = data;

  g_array_unref (block->ids);
  g_free (block);
}

void
zs_pg_batch_init (ZsPgBackend *self)
{
  self->sent = g_ptr_array_new_with_free_func (g_free);
  self->explicit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->reserved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, id_block_free);
  self->uuid_ids = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->lookups = g_hash_table_new (NULL, NULL);
}

void
zs_pg_batch_clear (ZsPgBackend *self)
{
  g_clear_pointer (&self->sent, g_ptr_array_unref);
  g_clear_pointer (&self->explicit_ids, g_hash_table_unref);
  g_clear_pointer (&self->reserved, g_hash_table_unref);
  g_clear_pointer (&self->uuid_ids, g_hash_table_unref);
  g_clear_pointer (&self->lookups, g_hash_table_unref);
}

gboolean
zs_pg_batch_active (ZsPgBackend *self)
{
  return self->hint == ZS_STORE_HINT_BULK && self->depth > 0;
}

static void
set_failed (ZsPgBackend  *self,
            PGresult     *result,
            const char   *what,
            GError      **error)
{
  g_autoptr(GError) local = NULL;

  zs_pg_set_error (self, result, &local);
  if (what == NULL || *what == '\0')
    g_propagate_error (error, g_steal_pointer (&local));
  else
    /* TRANSLATORS: a record's name, and why the server refused it */
    g_set_error (error, local->domain, local->code, _("“%s” was not saved: %s"), what, local->message);
}

gboolean
zs_pg_batch_send (ZsPgBackend  *self,
                  const char   *sql,
                  ZsPgParams   *params,
                  const char   *what,
                  GError      **error)
{
  const char *name;

  if (self->pipelined &&
      (self->sent->len >= MAX_UNANSWERED || g_hash_table_lookup (self->statements, sql) == NULL) &&
      !zs_pg_batch_flush (self, error))
    return FALSE;
  /* Prepared before the pipeline starts: preparing waits for an answer. */
  name = zs_pg_statement_name (self, sql, error);
  if (name == NULL)
    return FALSE;
  if (!self->pipelined)
    {
      if (!PQenterPipelineMode (self->conn))
        {
          zs_pg_set_error (self, NULL, error);
          return FALSE;
        }
      self->pipelined = TRUE;
    }
  if (!PQsendQueryPrepared (self->conn, name, (int) params->values->len,
                            (const char * const *) params->values->pdata, NULL, NULL, 0))
    {
      set_failed (self, NULL, what, error);
      zs_pg_batch_flush (self, NULL);
      return FALSE;
    }
  g_ptr_array_add (self->sent, g_strdup (what));
  return TRUE;
}

/* Rows written with the ids they had: each table's sequence moves past
 * the highest, once. */
static void
send_sequences (ZsPgBackend *self)
{
  GHashTableIter iter;
  gpointer table, id;

  g_hash_table_iter_init (&iter, self->explicit_ids);
  while (g_hash_table_iter_next (&iter, &table, &id))
    {
      g_autofree char *sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), $1) "
                                              "FROM %s_id_seq WHERE last_value < $1 OR NOT is_called",
                                              (const char *) table, (const char *) table);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, *(gint64 *) id);
      const char *values[] = { value };

      if (PQsendQueryParams (self->conn, sql, 1, NULL, values, NULL, NULL, 0))
        g_ptr_array_add (self->sent, NULL);
    }
  g_hash_table_remove_all (self->explicit_ids);
}

gboolean
zs_pg_batch_flush (ZsPgBackend  *self,
                   GError      **error)
{
  GError *first = NULL;
  PGresult *result;

  if (!self->pipelined)
    return TRUE;

  send_sequences (self);
  /* tests/test-pg-backend.c counts them. */
  g_debug ("PostgreSQL: %u writes sent ahead, answered in one round trip", self->sent->len);
  if (!PQpipelineSync (self->conn))
    set_failed (self, NULL, NULL, &first);
  else
    {
      /* Each statement's answer ends with NULL; the sync's comes last. */
      for (guint i = 0; i < self->sent->len; i++)
        while ((result = PQgetResult (self->conn)) != NULL)
          {
            if (PQresultStatus (result) == PGRES_FATAL_ERROR && first == NULL)
              set_failed (self, result, g_ptr_array_index (self->sent, i), &first);
            PQclear (result);
          }
      result = PQgetResult (self->conn);
      if (PQresultStatus (result) != PGRES_PIPELINE_SYNC && first == NULL)
        set_failed (self, result, NULL, &first);
      PQclear (result);
    }
  g_ptr_array_set_size (self->sent, 0);
  PQexitPipelineMode (self->conn);
  self->pipelined = FALSE;
  if (first == NULL)
    return TRUE;
  g_propagate_error (error, first);
  return FALSE;
}

void
zs_pg_batch_end (ZsPgBackend *self)
{
  zs_pg_batch_flush (self, NULL);
  g_hash_table_remove_all (self->explicit_ids);
  g_hash_table_remove_all (self->reserved);
  g_hash_table_remove_all (self->uuid_ids);
  g_hash_table_remove_all (self->lookups);
}

gint64
zs_pg_batch_take_id (ZsPgBackend    *self,
                     ZsRecordClass  *klass,
                     GError        **error)
{
  IdBlock *block = g_hash_table_lookup (self->reserved, klass->table);

  if (block == NULL || block->next >= block->ids->len)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT nextval (pg_get_serial_sequence ('%s', 'id')) "
                                              "FROM generate_series (1, %d)", klass->table, ID_BLOCK);
      g_autoptr(PGresult) result = zs_pg_run (self, sql, NULL, error);

      if (result == NULL)
        return 0;
      block = g_new0 (IdBlock, 1);
      block->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ID_BLOCK);
      for (int i = 0; i < PQntuples (result); i++)
        {
          gint64 id = zs_pg_get_int (result, i, 0);

          g_array_append_val (block->ids, id);
        }
      g_hash_table_replace (self->reserved, g_strdup (klass->table), block);
    }
  return g_array_index (block->ids, gint64, block->next++);
}

void
zs_pg_batch_note_id (ZsPgBackend   *self,
                     ZsRecordClass *klass,
                     gint64         id)
{
  gint64 *highest = g_hash_table_lookup (self->explicit_ids, klass->table);

  /* Ids taken before might be given again: take new ones after it. */
  g_hash_table_remove (self->reserved, klass->table);
  if (highest == NULL)
    {
      highest = g_new (gint64, 1);
      *highest = id;
      g_hash_table_insert (self->explicit_ids, g_strdup (klass->table), highest);
    }
  else
    *highest = MAX (*highest, id);
}

/* Every UUID of @type's rows, or NULL. */
static GHashTable *
list_uuids (ZsPgBackend *self,
            GType        type)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uuid, id FROM %s", zs_store_record_class (type)->table);
  g_autoptr(PGresult) result = zs_pg_run (self, sql, NULL, NULL);
  GHashTable *rows;

  if (result == NULL)
    return NULL;
  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (int i = 0; i < PQntuples (result); i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = zs_pg_get_int (result, i, 1);
      g_hash_table_insert (rows, g_strdup (zs_pg_get_text (result, i, 0)), id);
    }
  g_hash_table_insert (self->uuid_ids, GSIZE_TO_POINTER (type), rows);
  return rows;
}

gboolean
zs_pg_batch_find_uuid (ZsPgBackend *self,
                       GType        type,
                       const char  *uuid,
                       gint64      *id)
{
  GHashTable *rows;
  gint64 *found;

  if (!zs_pg_batch_active (self) || uuid == NULL)
    return FALSE;
  rows = g_hash_table_lookup (self->uuid_ids, GSIZE_TO_POINTER (type));
  if (rows == NULL)
    {
      guint asked = GPOINTER_TO_UINT (g_hash_table_lookup (self->lookups, GSIZE_TO_POINTER (type))) + 1;

      g_hash_table_insert (self->lookups, GSIZE_TO_POINTER (type), GUINT_TO_POINTER (asked));
      if (asked < LOOKUPS_BEFORE_LIST || (rows = list_uuids (self, type)) == NULL)
        return FALSE;
    }
  found = g_hash_table_lookup (rows, uuid);
  *id = found != NULL ? *found : 0;
  return TRUE;
}

void
zs_pg_batch_note_uuid (ZsPgBackend *self,
                       GType        type,
                       const char  *uuid,
                       gint64       id)
{
  GHashTable *rows;
  gint64 *value;

  if (uuid == NULL)
    {
      g_hash_table_remove_all (self->uuid_ids);
      return;
    }
  rows = g_hash_table_lookup (self->uuid_ids, GSIZE_TO_POINTER (type));
  if (rows == NULL)
    return;
  value = g_new (gint64, 1);
  *value = id;
  g_hash_table_replace (rows, g_strdup (uuid), value);
}
