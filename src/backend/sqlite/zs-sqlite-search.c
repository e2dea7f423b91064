/* zs-sqlite-search.c — the search documents in the `search` columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * write_row() writes a row's document with it (zs-sqlite-records.c); the
 * triggers of schema/017-search-any-length.sql keep the FTS5 index of each
 * table from the column. What the document holds is the store's
 * (zs-search.h): this file only writes what it is given.
 */
#include "config.h"

#include "zs-pinyin.h"
#include "zs-records.h"
#include "zs-record-private.h"
#include "zs-search.h"
#include "zs-sqlite-private.h"

static gboolean
write_document (ZsSqliteBackend  *self,
                sqlite3_stmt     *update,
                ZsRecord         *record,
                GError          **error)
{
  sqlite3_reset (update);
  sqlite3_bind_int64 (update, 1, zs_record_get_id (record));
  sqlite3_bind_text (update, 2, zs_search_document (record), -1, g_free);
  return zs_sqlite_step_done (self, update, error);
}

gboolean
zs_sqlite_search_refresh (ZsSqliteBackend  *self,
                          GType             type,
                          gint64            id,
                          GError          **error)
{
  ZsRecordClass *klass = zs_store_record_class (type);
  g_autoptr(ZsRecord) record = g_object_new (type, NULL);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET search = ?2 WHERE id = ?1", klass->table);
  sqlite3_stmt *read = zs_sqlite_prepare_row (self, klass, ZS_ROW_SELECT, error);
  sqlite3_stmt *update;
  int rc;

  if (read == NULL)
    return FALSE;
  sqlite3_bind_int64 (read, 1, id);
  rc = sqlite3_step (read);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (read);
      if (rc == SQLITE_DONE)
        return TRUE;
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  zs_sqlite_read_row (read, record);
  sqlite3_reset (read);
  update = zs_sqlite_prepare (self, sql, error);
  return update != NULL && write_document (self, update, record, error);
}

gboolean
zs_sqlite_search_fill (ZsSqliteBackend  *self,
                       GError          **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass;
      g_autofree char *columns = NULL;
      g_autofree char *select = NULL;
      g_autofree char *sql = NULL;
      sqlite3_stmt *read, *update;
      int rc;

      if (!zs_search_has_document (types[t]))
        continue;
      klass = zs_store_record_class (types[t]);
      columns = zs_sqlite_column_list (klass);
      select = g_strdup_printf ("SELECT %s FROM %s", columns, klass->table);
      sql = g_strdup_printf ("UPDATE %s SET search = ?2 WHERE id = ?1", klass->table);
      read = zs_sqlite_prepare (self, select, error);
      update = read != NULL ? zs_sqlite_prepare (self, sql, error) : NULL;
      if (update == NULL)
        return FALSE;
      while ((rc = sqlite3_step (read)) == SQLITE_ROW)
        {
          g_autoptr(ZsRecord) record = g_object_new (types[t], NULL);

          zs_sqlite_read_row (read, record);
          if (!write_document (self, update, record, error))
            {
              sqlite3_reset (read);
              return FALSE;
            }
        }
      sqlite3_reset (read);
      if (rc != SQLITE_DONE)
        {
          zs_sqlite_set_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- ids from the index alone -------------------------------------------- */

/* zs_first_offset(table_fts): the smallest token offset at which the
 * query's first phrase occurs in the row's document, -1 when nowhere.
 * A document starts with its title's whole pinyin (offset 0) and its
 * initials (offset 1), zs-search.c. */
static void
first_offset (const Fts5ExtensionApi  *api,
              Fts5Context             *fts,
              sqlite3_context         *context,
              int                      n_values,
              sqlite3_value          **values)
{
  int n = 0;
  int best = -1;

  if (api->xInstCount (fts, &n) != SQLITE_OK)
    {
      sqlite3_result_error_code (context, SQLITE_ERROR);
      return;
    }
  for (int i = 0; i < n; i++)
    {
      int phrase, column, offset;

      if (api->xInst (fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase == 0 &&
          (best < 0 || offset < best))
        best = offset;
    }
  sqlite3_result_int (context, best);
}

gboolean
zs_sqlite_search_register (ZsSqliteBackend  *self,
                           GError          **error)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "SELECT fts5(?1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_ROW ? SQLITE_OK : rc;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK && api == NULL)
    rc = SQLITE_ERROR;
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "zs_first_offset", NULL, first_offset, NULL);
  if (rc != SQLITE_OK)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The rowids a MATCH names; with @starts, also those whose first phrase
 * starts the document or its second word (its title's pinyin or
 * initials), in *@starts. */
static GArray *
match_rowids (ZsSqliteBackend  *self,
              const char       *table,
              const char       *match,
              GArray          **starts,
              GError          **error)
{
  g_autofree char *starts_here = starts != NULL
    ? g_strdup_printf ("zs_first_offset(%s_fts) BETWEEN 0 AND 1", table) : g_strdup ("0");
  g_autofree char *sql = g_strdup_printf ("SELECT rowid, %s FROM %s_fts WHERE %s_fts MATCH ?1", starts_here, table, table);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) first = starts != NULL ? g_array_new (FALSE, FALSE, sizeof (gint64)) : NULL;
  sqlite3_stmt *stmt = zs_sqlite_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if (first != NULL && sqlite3_column_int (stmt, 1))
        g_array_append_val (first, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  if (starts != NULL)
    *starts = g_steal_pointer (&first);
  return g_steal_pointer (&ids);
}

/* The matches as append_search() says them; first, the rows whose title's
 * pinyin (which spells a title's Han characters and keeps its Latin
 * letters and digits) or initials start with the first term's pinyin:
 * a title that starts with the term, as the query's ranking has it, save
 * the rare title that starts with a homophone of it. */
GArray *
zs_sqlite_search_ids (ZsStoreBackend  *backend,
                      GType            type,
                      const char      *search,
                      GArray         **first,
                      GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  ZsRecordClass *klass;
  g_auto(GStrv) terms = zs_search_terms (search);
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) start = g_string_new (NULL);
  g_autoptr(GPtrArray) syllables = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) start_matches = NULL;

  if (!zs_search_has_document (type) || terms[0] == NULL)
    return NULL;
  for (guint t = 0; terms[t] != NULL; t++)
    {
      g_autofree char *phrase = NULL;

      if (!zs_search_term_has_words (terms[t]))
        return NULL;
      phrase = zs_sqlite_fts_phrase (terms[t]);
      g_string_append_printf (match, "%s%s", match->len ? " " : "", phrase);
    }
  klass = zs_store_record_class (type);
  syllables = zs_pinyin_syllables (terms[0]);
  for (guint i = 0; i < syllables->len; i++)
    g_string_append (start, g_ptr_array_index (syllables, i));
  if (start->len == 0)
    {
      *first = g_array_new (FALSE, FALSE, sizeof (gint64));
      return match_rowids (self, klass->table, match->str, NULL, error);
    }
  g_string_prepend_c (start, '"');
  g_string_append (start, "\"*");
  /* One term already in pinyin ("weifang", "WFJK"): its phrase is the
   * one the titles' start is asked for (unicode61 folds the case), so one
   * query answers both. */
  if (terms[1] == NULL && g_ascii_strcasecmp (match->str, start->str) == 0)
    return match_rowids (self, klass->table, match->str, first, error);
  /* Two phrases: of the start phrase's matches only those that start a
   * title (*first) are wanted; the rest are not kept. */
  ids = match_rowids (self, klass->table, match->str, NULL, error);
  if (ids == NULL || (start_matches = match_rowids (self, klass->table, start->str, first, error)) == NULL)
    return NULL;
  return g_steal_pointer (&ids);
}
