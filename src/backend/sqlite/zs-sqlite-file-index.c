/* zs-sqlite-file-index.c — the records of the file an import is reading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * While one file is read, the file index notes each record's UUID, type,
 * line and whether it was refused, so that a UUID the file has twice and a
 * reference to a record further up the file are found without keeping the
 * file in memory. It is keyed by UUID alone: a UUID names one record,
 * whatever its type.
 *
 * The first entries live in an open-addressing table of 24-byte slots, at
 * most MAX_SLOTS of them (24 MiB, three quarters filled: 786,432 entries,
 * a file of 100,000 projects with their events, funds and partners); the
 * rest, and any key that is not a UUID, in a temporary table, which SQLite
 * keeps in bounded memory and spills to a file. Noting each of a large
 * file's records in that table's B-tree cost an import of 100,000 projects
 * more time than writing the records' own rows.
 */
#include "config.h"

#include <string.h>

#include "zs-mapped-table.h"
#include "zs-records.h"
#include "zs-sqlite-private.h"
#include "zs-uuid.h"

#define FIRST_SLOTS (1u << 12)
#define MAX_SLOTS   (1u << 20)

typedef struct {
  guint8  uuid[16];
  gint32  line;
  guint16 type;     /* the type's place in zs_record_types() plus 1; 0: a free slot */
  guint16 refused;
} Slot;

struct _ZsSqliteFileIndex {
  Slot    *slots;
  guint    n_slots;   /* a power of two */
  guint    n_used;
  guint64  seed;      /* a file cannot choose UUIDs that fall on one slot */
  gboolean spilled;   /* the table is full: new entries go to temp.zs_file_index */
};

/* ---- the table in memory ---------------------------------------------- */

static guint
slot_of (ZsSqliteFileIndex *index,
         const guint8       uuid[16])
{
  guint64 a, b, h;

  memcpy (&a, uuid, 8);
  memcpy (&b, uuid + 8, 8);
  h = (a ^ index->seed) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  h ^= b + (h << 6) + (h >> 2);
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  h ^= h >> 31;
  return (guint) h & (index->n_slots - 1);
}

/* The slot holding @uuid, or the free slot where it would go. */
static Slot *
find_slot (ZsSqliteFileIndex *index,
           const guint8       uuid[16])
{
  guint i = slot_of (index, uuid);

  while (index->slots[i].type != 0 && memcmp (index->slots[i].uuid, uuid, 16) != 0)
    i = (i + 1) & (index->n_slots - 1);
  return &index->slots[i];
}

static void
grow (ZsSqliteFileIndex *index)
{
  Slot *old = index->slots;
  guint n_old = index->n_slots;

  index->n_slots = n_old * 2;
  index->slots = zs_mapped_table_new0 (sizeof (Slot) * index->n_slots);
  for (guint i = 0; i < n_old; i++)
    if (old[i].type != 0)
      *find_slot (index, old[i].uuid) = old[i];
  zs_mapped_table_free (old, sizeof (Slot) * n_old);
}

/* Whether the table takes one more entry, growing it if it may. */
static gboolean
has_room (ZsSqliteFileIndex *index)
{
  if ((index->n_used + 1) * 4 <= index->n_slots * 3)
    return TRUE;
  if (index->n_slots >= MAX_SLOTS)
    return FALSE;
  grow (index);
  return TRUE;
}

static void
index_clear (ZsSqliteFileIndex *index)
{
  zs_mapped_table_free (index->slots, sizeof (Slot) * index->n_slots);
  index->n_slots = FIRST_SLOTS;
  index->slots = zs_mapped_table_new0 (sizeof (Slot) * index->n_slots);
  index->n_used = 0;
  index->spilled = FALSE;
  index->seed = (guint64) g_random_int () << 32 | g_random_int ();
}

void
zs_sqlite_file_index_free (ZsSqliteFileIndex *index)
{
  if (index == NULL)
    return;
  zs_mapped_table_free (index->slots, sizeof (Slot) * index->n_slots);
  g_free (index);
}

/* ---- the temporary table ---------------------------------------------- */

/* Keys in the table: the type's place and the UUID as 16 bytes, half the
 * size of the text. (The reader gives UUIDs in lower case.) Anything that
 * is not a UUID stays text, which never equals a blob. */
static void
bind_file_key (sqlite3_stmt *stmt,
               GType         type,
               const char   *uuid)
{
  guint8 bytes[16];

  sqlite3_bind_int (stmt, 1, zs_record_type_position (type));
  if (zs_uuid_to_bytes (uuid, bytes))
    sqlite3_bind_blob (stmt, 2, bytes, sizeof bytes, SQLITE_TRANSIENT);
  else
    sqlite3_bind_text (stmt, 2, uuid, -1, SQLITE_STATIC);
}

static gboolean
table_lookup (ZsSqliteBackend *self,
              GType            type,
              const char      *uuid,
              gboolean        *refused,
              int             *line)
{
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = zs_sqlite_prepare (self, "SELECT line, refused FROM temp.zs_file_index WHERE uuid = ?2 AND type = ?1", NULL);
  if (stmt == NULL)
    return FALSE;
  bind_file_key (stmt, type, uuid);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found && line != NULL)
    *line = sqlite3_column_int (stmt, 0);
  if (found && refused != NULL)
    *refused = sqlite3_column_int (stmt, 1) != 0;
  sqlite3_reset (stmt);
  return found;
}

static gboolean
table_add (ZsSqliteBackend  *self,
           GType             type,
           const char       *uuid,
           int               line,
           gboolean          refused,
           int              *first_line,
           GError          **error)
{
  sqlite3_stmt *stmt;

  /* One statement for the usual case, a record the file has not had yet. */
  stmt = zs_sqlite_prepare (self, "INSERT OR IGNORE INTO temp.zs_file_index (type, uuid, line, refused) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  bind_file_key (stmt, type, uuid);
  sqlite3_bind_int (stmt, 3, line);
  sqlite3_bind_int (stmt, 4, refused ? 1 : 0);
  if (!zs_sqlite_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      /* The first record with this UUID, of whatever type. */
      stmt = zs_sqlite_prepare (self, "SELECT line FROM temp.zs_file_index WHERE uuid = ?2 AND ?1 IS NOT NULL", NULL);
      if (stmt != NULL)
        {
          bind_file_key (stmt, type, uuid);
          if (sqlite3_step (stmt) == SQLITE_ROW && first_line != NULL)
            *first_line = sqlite3_column_int (stmt, 0);
          sqlite3_reset (stmt);
        }
      return FALSE;
    }
  return TRUE;
}

/* ---- the backend's methods -------------------------------------------- */

static gboolean
file_index_reset (ZsStoreBackend  *backend,
                  GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);

  if (self->file_index == NULL)
    self->file_index = g_new0 (ZsSqliteFileIndex, 1);
  index_clear (self->file_index);
  return zs_sqlite_exec (self,
                        "CREATE TEMP TABLE IF NOT EXISTS zs_file_index ("
                        "  uuid NOT NULL PRIMARY KEY,"
                        "  type INTEGER NOT NULL,"
                        "  line INTEGER NOT NULL,"
                        "  refused INTEGER NOT NULL"
                        ") WITHOUT ROWID;"
                        "DELETE FROM temp.zs_file_index",
                        error);
}

static gboolean
file_index_lookup (ZsStoreBackend *backend,
                   GType           type,
                   const char     *uuid,
                   gboolean       *refused,
                   int            *line)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsSqliteFileIndex *index = self->file_index;
  guint8 key[16];
  Slot *slot;

  if (index == NULL || !zs_uuid_to_bytes (uuid, key))
    return table_lookup (self, type, uuid, refused, line);
  slot = find_slot (index, key);
  if (slot->type == 0)
    return index->spilled && table_lookup (self, type, uuid, refused, line);
  if (slot->type != zs_record_type_position (type) + 1)
    return FALSE;
  if (line != NULL)
    *line = slot->line;
  if (refused != NULL)
    *refused = slot->refused != 0;
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
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsSqliteFileIndex *index = self->file_index;
  guint8 key[16];
  Slot *slot;

  if (index == NULL || !zs_uuid_to_bytes (uuid, key))
    return table_add (self, type, uuid, line, refused, first_line, error);
  slot = find_slot (index, key);
  if (slot->type != 0)
    {
      if (first_line != NULL)
        *first_line = slot->line;
      return FALSE;
    }
  /* Once the table is full, a UUID it has not got may be in the other. */
  if (index->spilled || !has_room (index))
    {
      index->spilled = TRUE;
      return table_add (self, type, uuid, line, refused, first_line, error);
    }
  /* Growing moved the slots. */
  slot = find_slot (index, key);
  memcpy (slot->uuid, key, 16);
  slot->line = line;
  slot->type = (guint16) (zs_record_type_position (type) + 1);
  slot->refused = refused ? 1 : 0;
  index->n_used++;
  return TRUE;
}

void
zs_sqlite_file_index_class_init (ZsStoreBackendClass *klass)
{
  klass->file_index_reset = file_index_reset;
  klass->file_index_add = file_index_add;
  klass->file_index_lookup = file_index_lookup;
}
