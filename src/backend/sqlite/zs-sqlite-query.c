/* zs-sqlite-query.c — finding records: a ZsQuery made into SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Conditions, searches and orders become one SELECT over the record type's
 * table. Only column names from the static field tables are spliced into
 * the SQL; every value is a bound parameter.
 */
#include "config.h"

#include <string.h>

#include "zs-collate.h"
#include "zs-query-private.h"
#include "zs-record-private.h"
#include "zs-search.h"
#include "zs-sqlite-private.h"

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
  return field < 0 ? g_strdup ("id") : zs_sqlite_column_name (&klass->fields[field]);
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
      zs_sqlite_append_query_sql (where, binds, c->sub, sub_col);
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

char *
zs_sqlite_fts_phrase (const char *term)
{
  g_autofree char *words = zs_search_words (term);
  g_auto(GStrv) pieces = g_strsplit (words, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", pieces);

  return g_strdup_printf ("\"%s\"%s", quoted, zs_search_term_is_prefix (term) ? "*" : "");
}

/* Terms with a letter or digit go to the type's FTS5 index over its
 * search documents (schema/017-search-any-length.sql, zs-search.h), a
 * phrase of words each: one Han character is a word, so a term of any
 * length is looked up; a term ending in Latin letters or digits matches
 * the start of a word (pinyin keys, "ACME"). What has no word (a lone
 * "%") is matched with LIKE; a type without a document, in its title. */
static void
append_search (GString       *where,
               GArray        *binds,
               ZsRecordClass *klass,
               const char    *search)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  gboolean indexed = zs_search_has_document (type);
  g_auto(GStrv) terms = zs_search_terms (search);
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);

  if (indexed)
    {
      guint n;
      const guint *fields = zs_search_fields (type, &n);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (columns, zs_sqlite_column_name (&klass->fields[fields[i]]));
    }
  else if (klass->title_field >= 0)
    g_ptr_array_add (columns, zs_sqlite_column_name (&klass->fields[klass->title_field]));
  else
    return;

  for (guint t = 0; terms[t] != NULL; t++)
    {
      const char *term = terms[t];

      if (indexed && zs_search_term_has_words (term))
        {
          g_autofree char *phrase = zs_sqlite_fts_phrase (term);

          g_string_append_printf (match, "%s%s", match->len ? " " : "", phrase);
        }
      else
        {
          g_autofree char *pattern = like_pattern (term, FALSE);
          guint index = bind_string (binds, pattern);

          g_string_append (where, " AND (");
          for (guint c = 0; c < columns->len; c++)
            g_string_append_printf (where, "%s%s LIKE ?%u ESCAPE '\\'", c ? " OR " : "",
                                    (const char *) g_ptr_array_index (columns, c), index);
          g_string_append (where, ")");
        }
    }

  if (match->len > 0)
    {
      guint index = bind_string (binds, match->str);

      g_string_append_printf (where, " AND id IN (SELECT rowid FROM %s_fts WHERE %s_fts MATCH ?%u)",
                              klass->table, klass->table, index);
    }
}

/* With a search, what it names first: a title that starts with the
 * first term, or whose pinyin or initials do (the document's first two
 * words), before the query's own order. */
static void
append_search_rank (GString       *sql,
                    GArray        *binds,
                    ZsRecordClass *klass,
                    const char    *search)
{
  g_auto(GStrv) terms = zs_search_terms (search);
  g_autofree char *title = NULL;
  g_autofree char *pattern = NULL;
  guint index;

  if (terms[0] == NULL || klass->title_field < 0)
    return;
  title = zs_sqlite_column_name (&klass->fields[klass->title_field]);
  pattern = like_pattern (terms[0], FALSE);
  /* "%term%" without its first "%": the start. */
  index = bind_string (binds, pattern + 1);
  g_string_append_printf (sql, "(%s LIKE ?%u ESCAPE '\\'", title, index);
  if (zs_search_has_document (G_TYPE_FROM_CLASS (klass)))
    g_string_append_printf (sql, " OR search LIKE ?%u ESCAPE '\\' "
                                 "OR substr(search, instr(search, ' ') + 1) LIKE ?%u ESCAPE '\\'",
                            index, index);
  g_string_append (sql, ") DESC, ");
}

void
zs_sqlite_append_query_sql (GString    *sql,
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
zs_sqlite_binds_new (void)
{
  GArray *binds = g_array_new (FALSE, TRUE, sizeof (GValue));

  g_array_set_clear_func (binds, (GDestroyNotify) g_value_unset);
  return binds;
}

void
zs_sqlite_bind_all (sqlite3_stmt *stmt,
                    GArray       *binds)
{
  for (guint i = 0; i < binds->len; i++)
    zs_sqlite_bind_value (stmt, (int) i + 1, &g_array_index (binds, GValue, i), ZS_FIELD_STRING);
}

/* One field of an "earliest" order: the date, or NULL where its
 * conditions do not hold. */
static void
append_earliest_case (GString       *sql,
                      GArray        *binds,
                      ZsRecordClass *klass,
                      guint          field,
                      ZsQuery       *when)
{
  g_autofree char *col = zs_sqlite_column_name (&klass->fields[field]);

  g_string_append (sql, "CASE WHEN 1");
  for (guint j = 0; j < when->conditions->len; j++)
    append_condition (sql, binds, klass, &g_array_index (when->conditions, ZsQueryCondition, j));
  g_string_append_printf (sql, " THEN nullif(%s, '') END", col);
}

/* The value an order by reference or by the earliest date sorts on, NULL
 * when there is none. */
static void
append_order_value (GString            *sql,
                    GArray             *binds,
                    ZsRecordClass      *klass,
                    const ZsQueryOrder *order)
{
  guint n;

  if (order->by_reference)
    {
      const ZsField *f = &klass->fields[order->field];
      g_autoptr(GTypeClass) ref_type_class = g_type_class_ref (f->get_type ());
      ZsRecordClass *ref_class = ZS_RECORD_CLASS (ref_type_class);
      g_autofree char *col = zs_sqlite_column_name (f);
      g_autofree char *ref_col = zs_sqlite_column_name (&ref_class->fields[order->ref_field]);

      g_string_append_printf (sql, "(SELECT r.%s FROM %s AS r WHERE r.id = %s.%s)",
                              ref_col, ref_class->table, klass->table, col);
      return;
    }

  /* SQLite's min() of several values is NULL when one is: min() over
   * coalesce(x_i, x_1, …, x_n) takes each x_i that is set, and is NULL
   * only when none is. */
  n = order->earliest->len;
  if (n == 1)
    {
      append_earliest_case (sql, binds, klass, g_array_index (order->earliest, guint, 0),
                            g_ptr_array_index (order->when, 0));
      return;
    }
  g_string_append (sql, "min(");
  for (guint i = 0; i < n; i++)
    {
      g_string_append (sql, i ? ", coalesce(" : "coalesce(");
      for (guint k = 0; k <= n; k++)
        {
          guint which = k == 0 ? i : k - 1;

          if (k > 0)
            g_string_append (sql, ", ");
          append_earliest_case (sql, binds, klass, g_array_index (order->earliest, guint, which),
                                g_ptr_array_index (order->when, which));
        }
      g_string_append_c (sql, ')');
    }
  g_string_append_c (sql, ')');
}

/* Text sorts as names do in Excel and WPS: by pinyin (zs-collate.h),
 * through the collation each connection registers. */
static const char *
order_collation (ZsRecordClass      *klass,
                 const ZsQueryOrder *order)
{
  if (order->by_reference)
    {
      g_autoptr(GTypeClass) ref_type_class = g_type_class_ref (klass->fields[order->field].get_type ());

      return ZS_RECORD_CLASS (ref_type_class)->fields[order->ref_field].kind == ZS_FIELD_STRING
        ? " COLLATE " ZS_COLLATE_PINYIN : "";
    }
  if (order->earliest != NULL || order->field < 0)
    return "";
  return klass->fields[order->field].kind == ZS_FIELD_STRING ? " COLLATE " ZS_COLLATE_PINYIN : "";
}

sqlite3_stmt *
zs_sqlite_prepare_query (ZsSqliteBackend  *self,
                         ZsQuery          *query,
                         const char       *select,
                         gboolean          ordered,
                         GError          **error)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) binds = zs_sqlite_binds_new ();
  sqlite3_stmt *stmt;

  zs_sqlite_append_query_sql (sql, binds, query, select);

  if (ordered)
    {
      gboolean last_descending = FALSE;

      g_string_append (sql, " ORDER BY ");
      if (query->search != NULL)
        append_search_rank (sql, binds, klass, query->search);
      for (guint i = 0; i < query->orders->len; i++)
        {
          const ZsQueryOrder *order = &g_array_index (query->orders, ZsQueryOrder, i);

          if (order->by_reference || order->earliest != NULL)
            {
              /* Twice, with binds of its own each time: NULLs last, then the value. */
              g_string_append_c (sql, '(');
              append_order_value (sql, binds, klass, order);
              g_string_append (sql, ") IS NULL, ");
              append_order_value (sql, binds, klass, order);
              g_string_append_printf (sql, "%s%s, ", order_collation (klass, order),
                                      order->descending ? " DESC" : "");
            }
          else if (order->field >= 0 && (guint) order->field < klass->n_fields)
            {
              g_autofree char *col = zs_sqlite_column_name (&klass->fields[order->field]);

              g_string_append_printf (sql, "%s%s%s, ", col, order_collation (klass, order),
                                      order->descending ? " DESC" : "");
            }
          last_descending = order->descending;
        }
      g_string_append_printf (sql, "id%s", last_descending ? " DESC" : "");

      if (query->limit > 0)
        g_string_append_printf (sql, " LIMIT %u", query->limit);
    }

  stmt = zs_sqlite_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  zs_sqlite_bind_all (stmt, binds);
  return stmt;
}

static GArray *
query_ids (ZsStoreBackend  *backend,
           ZsQuery         *query,
           GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = zs_sqlite_prepare_query (self, query, "id", TRUE, error);
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
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
query_scalar (ZsSqliteBackend  *self,
              ZsQuery          *query,
              const char       *select,
              gint64           *result,
              GError          **error)
{
  sqlite3_stmt *stmt = zs_sqlite_prepare_query (self, query, select, FALSE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      zs_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
count (ZsStoreBackend  *backend,
       ZsQuery         *query,
       gint64          *n,
       GError         **error)
{
  return query_scalar (ZS_SQLITE (backend), query, "count(*)", n, error);
}

static GPtrArray *
query_partitioned (ZsStoreBackend  *backend,
                   ZsQuery         *query,
                   guint            partition_field,
                   guint            n_partitions,
                   int              sum_field,
                   gint64          *sums,
                   GPtrArray       *row_sums,
                   GError         **error)
{
  ZsSqliteBackend *self = ZS_SQLITE (backend);
  g_autoptr(ZsQuery) ordered = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree char *select = NULL;
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  sqlite3_stmt *stmt;
  int rc;

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
    g_autofree char *col = zs_sqlite_column_name (&klass->fields[partition_field]);
    g_autofree char *sum_col = sum_field >= 0 ? zs_sqlite_column_name (&klass->fields[sum_field]) : g_strdup ("0");

    select = g_strdup_printf ("id, %s, %s", col, sum_col);
  }

  stmt = zs_sqlite_prepare_query (self, ordered, select, TRUE, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 part = sqlite3_column_int64 (stmt, 1);

      if (part >= 0 && (guint64) part < n_partitions)
        {
          gint64 value = sqlite3_column_int64 (stmt, 2);

          g_array_append_val (g_ptr_array_index (parts, part), id);
          if (sums != NULL)
            sums[part] += value;
          if (row_sums != NULL)
            g_array_append_val (g_ptr_array_index (row_sums, part), value);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      zs_sqlite_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&parts);
}

void
zs_sqlite_query_class_init (ZsStoreBackendClass *klass)
{
  klass->query = query_ids;
  klass->count = count;
  klass->query_partitioned = query_partitioned;
  klass->search_ids = zs_sqlite_search_ids;
}
