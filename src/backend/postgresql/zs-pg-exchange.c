/* zs-pg-exchange.c — what the store remembers for exchange files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As zs-sqlite-exchange.c: import marks are stored (import_marks), queued
 * and merged in batches; the file index notes the records the file being
 * read holds.
 */
#include "config.h"

#include "zs-records.h"
#include "zs-pg-private.h"

#define MARK_QUEUE_BATCH 32768

static const char *
table_of (GType type)
{
  return zs_store_record_class (type)->table;
}

static char *
get_import_mark (ZsStoreBackend *backend,
                 GType           type,
                 const char     *uuid)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(PGresult) result = NULL;

  zs_pg_params_add_text (params, table_of (type));
  zs_pg_params_add_text (params, uuid);
  result = zs_pg_run (ZS_PG (backend),
                      "SELECT updated FROM import_marks WHERE record_table = $1 AND record_uuid = $2",
                      params, NULL);
  return result != NULL && PQntuples (result) > 0 ? g_strdup (zs_pg_get_text (result, 0, 0)) : NULL;
}

/* The queue and the file index live in this process: on a server each
 * row of a temporary table would cost a round trip per record, which is
 * most of an import's time. A file index of 100,000 records is a few MB. */

typedef struct {
  int      type;
  int      line;
  gboolean refused;
} FileEntry;

static gboolean
mark_queue_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);

  if (self->mark_queue == NULL)
    self->mark_queue = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (self->mark_queue, 0);
  return TRUE;
}

static gboolean mark_queue_write (ZsStoreBackend  *backend,
                                  GError         **error);

static gboolean
mark_queue_add (ZsStoreBackend  *backend,
                GType            type,
                const char      *uuid,
                const char      *updated,
                GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);

  if (self->mark_queue == NULL)
    mark_queue_reset (backend, NULL);
  g_ptr_array_add (self->mark_queue, g_strdup (table_of (type)));
  g_ptr_array_add (self->mark_queue, g_strdup (uuid));
  g_ptr_array_add (self->mark_queue, g_strdup (updated));
  if (self->mark_queue->len / 3 >= MARK_QUEUE_BATCH)
    return mark_queue_write (backend, error);
  return TRUE;
}

/* A text[] literal of every third string from @first. */
static char *
array_literal (GPtrArray *strings,
               guint      first)
{
  GString *s = g_string_new ("{");

  for (guint i = first; i < strings->len; i += 3)
    {
      if (i > first)
        g_string_append_c (s, ',');
      g_string_append_c (s, '"');
      for (const char *p = g_ptr_array_index (strings, i); *p != '\0'; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (s, '\\');
          g_string_append_c (s, *p);
        }
      g_string_append_c (s, '"');
    }
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static gboolean
mark_queue_write (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  g_autoptr(ZsPgParams) params = NULL;
  gboolean ok;

  if (self->mark_queue == NULL || self->mark_queue->len == 0)
    return TRUE;

  params = zs_pg_params_new ();
  for (guint column = 0; column < 3; column++)
    g_ptr_array_add (params->values, array_literal (self->mark_queue, column));
  /* One statement for the whole batch, in the key's order. Only a
   * changed mark is written: importing the same file twice leaves the
   * database as the first import did. A file that names a record twice
   * keeps the last. */
  ok = zs_pg_run_done (self,
                       "INSERT INTO import_marks (record_table, record_uuid, updated) "
                       "SELECT DISTINCT ON (t, u) t, u, d FROM unnest ($1::text[], $2::text[], $3::text[]) "
                       "WITH ORDINALITY AS q (t, u, d, n) ORDER BY t, u, n DESC "
                       "ON CONFLICT (record_table, record_uuid) DO UPDATE SET updated = excluded.updated "
                       "WHERE import_marks.updated IS DISTINCT FROM excluded.updated",
                       params, error);
  g_ptr_array_set_size (self->mark_queue, 0);
  return ok;
}

static gboolean
file_index_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);

  if (self->file_index == NULL)
    self->file_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_remove_all (self->file_index);
  return TRUE;
}

static gboolean
file_index_lookup (ZsStoreBackend *backend,
                   GType           type,
                   const char     *uuid,
                   gboolean       *refused,
                   int            *line)
{
  ZsPgBackend *self = ZS_PG (backend);
  FileEntry *entry = self->file_index != NULL ? g_hash_table_lookup (self->file_index, uuid) : NULL;

  if (entry == NULL || entry->type != zs_record_type_position (type))
    return FALSE;
  if (line != NULL)
    *line = entry->line;
  if (refused != NULL)
    *refused = entry->refused;
  return TRUE;
}

static gboolean
file_index_add (ZsStoreBackend  *backend,
                GType            type,
                const char      *uuid,
                int              line,
                gboolean         refused,
                int             *first_line,
                GError         **error)
{
  ZsPgBackend *self = ZS_PG (backend);
  FileEntry *entry;

  if (self->file_index == NULL)
    file_index_reset (backend, NULL);
  /* Keyed by UUID alone: a UUID names one record, whatever its type. */
  entry = g_hash_table_lookup (self->file_index, uuid);
  if (entry != NULL)
    {
      if (first_line != NULL)
        *first_line = entry->line;
      return FALSE;
    }
  entry = g_new (FileEntry, 1);
  entry->type = zs_record_type_position (type);
  entry->line = line;
  entry->refused = refused;
  g_hash_table_insert (self->file_index, g_strdup (uuid), entry);
  return TRUE;
}

void
zs_pg_exchange_class_init (ZsStoreBackendClass *klass)
{
  klass->get_import_mark = get_import_mark;
  klass->mark_queue_reset = mark_queue_reset;
  klass->mark_queue_add = mark_queue_add;
  klass->mark_queue_write = mark_queue_write;
  klass->file_index_reset = file_index_reset;
  klass->file_index_lookup = file_index_lookup;
  klass->file_index_add = file_index_add;
}
