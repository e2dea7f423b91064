/* zs-pg-search.c — the search documents in the `search` columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The store makes each record's search document (zs-search.h); SQLite's
 * FTS5 tokenizer then splits it into lower-case words at anything that
 * is not a letter or digit. The same words are kept here, one space
 * apart, in schema/017-search-any-length.sql's column, so that a query's
 * phrase of words (zs-pg-query.c) matches the same records on both
 * engines: " 潍 坊 " as a phrase, " weif" as the start of a word.
 */
#include "config.h"

#include "zs-error.h"
#include "zs-pg-private.h"
#include "zs-records.h"
#include "zs-search.h"
#include "zs-store-private.h"

/* The field break (U+E000) stays a word: a phrase never crosses it. */
#define FIELD_BREAK 0xE000

char *
zs_pg_search_words (const char *text)
{
  GString *words = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == FIELD_BREAK)
        {
          if (pending_space && words->len > 0)
            g_string_append_c (words, ' ');
          pending_space = FALSE;
          g_string_append_unichar (words, g_unichar_tolower (c));
        }
      else
        pending_space = TRUE;
    }
  return g_string_free (words, FALSE);
}

/* An array literal of @keys, each quoted. */
static char *
array_literal (GPtrArray *keys)
{
  GString *s = g_string_new ("{");

  for (guint i = 0; i < keys->len; i++)
    {
      g_string_append (s, i ? ",\"" : "\"");
      for (const char *p = g_ptr_array_index (keys, i); *p; p++)
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

void
zs_pg_search_term_keys (const char  *words,
                        gboolean     prefix,
                        char       **all,
                        char       **any)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);
  g_autoptr(GPtrArray) must = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) either = g_ptr_array_new_with_free_func (g_free);
  guint n = g_strv_length (split);

  for (guint i = 0; i < n; i++)
    {
      const char *word = split[i];
      glong length = g_utf8_strlen (word, -1);

      if (length == 0)
        continue;
      if (!prefix || i + 1 < n)
        g_ptr_array_add (must, g_strdup (word));
      else if (length == 1)
        {
          /* The word itself, or a longer one's start. */
          g_ptr_array_add (either, g_strdup (word));
          g_ptr_array_add (either, g_strconcat ("^", word, NULL));
        }
      else
        {
          g_autofree char *start = g_utf8_substring (word, 0, MIN (length, 3));

          g_ptr_array_add (must, g_strconcat ("^", start, NULL));
        }
    }
  *all = must->len > 0 ? array_literal (must) : NULL;
  *any = either->len > 0 ? array_literal (either) : NULL;
}

static gboolean
write_document (ZsPgBackend  *self,
                ZsRecord     *record,
                GError      **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autofree char *document = zs_search_document (record);
  g_autofree char *words = zs_pg_search_words (document);
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET search = $2 WHERE id = $1", klass->table);

  zs_pg_params_add_int (params, zs_record_get_id (record));
  zs_pg_params_add_text (params, words);
  return zs_pg_run_done (self, sql, params, error);
}

char *
zs_pg_search_column (ZsRecord *record)
{
  g_autofree char *document = NULL;

  if (!zs_search_has_document (G_OBJECT_TYPE (record)))
    return NULL;
  document = zs_search_document (record);
  return zs_pg_search_words (document);
}

gboolean
zs_pg_search_refresh (ZsPgBackend  *self,
                      GType         type,
                      gint64        id,
                      GError      **error)
{
  ZsStoreBackendClass *backend_class = ZS_STORE_BACKEND_GET_CLASS (self);
  g_autoptr(ZsRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) local_error = NULL;

  if (!zs_search_has_document (type))
    return TRUE;
  if (!backend_class->read_row (ZS_STORE_BACKEND (self), id, record, &local_error))
    {
      /* Gone meanwhile: nothing to index. */
      if (g_error_matches (local_error, ZS_ERROR, ZS_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return write_document (self, record, error);
}

gboolean
zs_pg_search_fill (ZsPgBackend  *self,
                   GError      **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass;
      g_autofree char *sql = NULL;
      g_autoptr(PGresult) ids = NULL;

      if (!zs_search_has_document (types[t]))
        continue;
      klass = zs_store_record_class (types[t]);
      sql = g_strdup_printf ("SELECT id FROM %s ORDER BY id", klass->table);
      ids = zs_pg_run (self, sql, NULL, error);
      if (ids == NULL)
        return FALSE;
      for (int i = 0; i < PQntuples (ids); i++)
        if (!zs_pg_search_refresh (self, types[t], zs_pg_get_int (ids, i, 0), error))
          return FALSE;
    }
  return TRUE;
}
