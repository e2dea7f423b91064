/* zs-pg-query.c — finding records: a ZsQuery made into PostgreSQL's SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The same SELECT as zs-sqlite-query.c makes, in PostgreSQL's words, so
 * that a query means the same on both engines: NULLs sort first going up
 * and last going down (SQLite's order), text compares by its bytes (the
 * schema's COLLATE "C") but sorts by pinyin (ICU's "zh-x-icu", the
 * collation SQLite's connections register from zs-collate.c), LIKE ignores the case of ASCII letters only
 * (ILIKE under "C"), a search term matches when it is in any of the
 * table's searched columns. Only column names from the static field
 * tables are spliced into the SQL; every value is a parameter.
 */
#include "config.h"

#include <string.h>

#include "zs-query-private.h"
#include "zs-pg-private.h"
#include "zs-search.h"

static const char *op_sql[] = {
  [ZS_QUERY_EQ] = "=",
  [ZS_QUERY_NE] = "IS DISTINCT FROM",
  [ZS_QUERY_LT] = "<",
  [ZS_QUERY_LE] = "<=",
  [ZS_QUERY_GT] = ">",
  [ZS_QUERY_GE] = ">=",
};

static char *like_pattern (const char *term,
                           gboolean    in_order);

static char *
condition_column (ZsRecordClass *klass,
                  int            field)
{
  return field < 0 ? g_strdup ("id") : zs_pg_column_name (&klass->fields[field]);
}

static void
append_condition (GString                *where,
                  ZsPgParams             *params,
                  ZsRecordClass          *klass,
                  const ZsQueryCondition *c)
{
  const ZsField *f = c->field >= 0 ? &klass->fields[c->field] : NULL;
  g_autofree char *col = condition_column (klass, c->field);
  gboolean is_null_value;

  if (c->any != NULL)
    {
      g_string_append (where, " AND (");
      for (guint i = 0; i < c->any->len; i++)
        {
          ZsQuery *alternative = g_ptr_array_index (c->any, i);

          g_string_append (where, i ? " OR (true" : "(true");
          for (guint j = 0; j < alternative->conditions->len; j++)
            append_condition (where, params, klass, &g_array_index (alternative->conditions, ZsQueryCondition, j));
          g_string_append (where, ")");
        }
      g_string_append (where, c->any->len ? ")" : "false)");
      return;
    }

  if (c->sub != NULL)
    {
      g_autoptr(GTypeClass) sub_class = g_type_class_ref (c->sub->record_type);
      g_autofree char *sub_col = condition_column (ZS_RECORD_CLASS (sub_class), c->sub_field);

      g_string_append_printf (where, " AND %s %s (", col, c->op == ZS_QUERY_NE ? "NOT IN" : "IN");
      zs_pg_append_query_sql (where, params, c->sub, sub_col);
      if (c->op == ZS_QUERY_NE)
        g_string_append_printf (where, " AND %s IS NOT NULL", sub_col);
      g_string_append (where, ")");
      return;
    }

  if (c->set != NULL)
    {
      g_string_append_printf (where, " AND %s IN (", col);
      for (guint i = 0; i < c->set->len; i++)
        g_string_append_printf (where, "%s$%u", i ? ", " : "",
                                zs_pg_params_add_int (params, g_array_index (c->set, gint64, i)));
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

      g_string_append_printf (where, " AND %s ILIKE $%u", col, zs_pg_params_add_text (params, pattern));
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

  g_string_append_printf (where, " AND %s %s $%u", col, op_sql[c->op],
                          zs_pg_params_add_value (params, &c->value, ZS_FIELD_INT));
}

/* "%term%", or with @in_order "%t%e%r%m%"; backslash escapes (ILIKE's
 * default, as the SQLite backend's ESCAPE '\'). */
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

/* A type with a search document (zs-search.h): each term with a letter
 * or digit is a phrase of its words in the document, the start of a word
 * when it ends in a letter (as SQLite's FTS5 phrase); a term without any
 * (a lone "%") is looked for in the searched fields. */
static void
append_document_search (GString       *where,
                        ZsPgParams    *params,
                        ZsRecordClass *klass,
                        const char    *search)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  g_auto(GStrv) terms = zs_search_terms (search);
  guint n;
  const guint *fields = zs_search_fields (type, &n);

  for (guint t = 0; terms[t] != NULL; t++)
    {
      const char *term = terms[t];

      if (zs_search_term_has_words (term))
        {
          g_autofree char *spaced = zs_search_words (term);
          g_autofree char *words = zs_pg_search_words (spaced);
          g_autofree char *pattern = g_strdup_printf ("%% %s%s", words,
                                                      zs_search_term_is_prefix (term) ? "%" : " %");
          guint index = zs_pg_params_add_text (params, pattern);
          g_autofree char *all = NULL;
          g_autofree char *any = NULL;

          /* The index finds the rows with the term's keys (schema/019);
           * LIKE keeps those where they make the phrase. */
          zs_pg_search_term_keys (words, zs_search_term_is_prefix (term), &all, &any);
          if (all != NULL)
            g_string_append_printf (where, " AND search_keys @> $%u::text[]",
                                    zs_pg_params_add_text (params, all));
          if (any != NULL)
            g_string_append_printf (where, " AND search_keys && $%u::text[]",
                                    zs_pg_params_add_text (params, any));
          g_string_append_printf (where, " AND (' ' || coalesce (search, '') || ' ') LIKE $%u", index);
        }
      else
        {
          g_autofree char *pattern = like_pattern (term, FALSE);
          guint index = zs_pg_params_add_text (params, pattern);

          g_string_append (where, " AND (");
          for (guint c = 0; c < n; c++)
            {
              g_autofree char *col = zs_pg_column_name (&klass->fields[fields[c]]);

              g_string_append_printf (where, "%s%s ILIKE $%u", c ? " OR " : "", col, index);
            }
          g_string_append (where, ")");
        }
    }
}

/* With a search, what it names first: a title that starts with the
 * first term, or whose pinyin or initials do (the document's first two
 * words), before the query's own order; as on SQLite. */
static void
append_search_rank (GString       *sql,
                    ZsPgParams    *params,
                    ZsRecordClass *klass,
                    const char    *search)
{
  g_auto(GStrv) terms = zs_search_terms (search);
  g_autofree char *title = NULL;
  g_autofree char *pattern = NULL;
  guint index;

  if (terms[0] == NULL || klass->title_field < 0)
    return;
  title = zs_pg_column_name (&klass->fields[klass->title_field]);
  pattern = like_pattern (terms[0], FALSE);
  /* "%term%" without its first "%": the start. */
  index = zs_pg_params_add_text (params, pattern + 1);
  g_string_append_printf (sql, "(coalesce (%s ILIKE $%u, false)", title, index);
  if (zs_search_has_document (G_TYPE_FROM_CLASS (klass)))
    g_string_append_printf (sql, " OR coalesce (search ILIKE $%u, false) "
                                 "OR coalesce (substr (search, strpos (search, ' ') + 1) ILIKE $%u, false)",
                            index, index);
  g_string_append (sql, ") DESC, ");
}

/* A type without a search document: its title, as SQLite's LIKE. */
static void
append_search (GString       *where,
               ZsPgParams    *params,
               ZsRecordClass *klass,
               const char    *search)
{
  g_auto(GStrv) terms = NULL;
  g_autofree char *title = NULL;

  if (zs_search_has_document (G_TYPE_FROM_CLASS (klass)))
    {
      append_document_search (where, params, klass, search);
      return;
    }
  if (klass->title_field < 0)
    return;
  title = zs_pg_column_name (&klass->fields[klass->title_field]);
  terms = zs_search_terms (search);
  for (guint t = 0; terms[t] != NULL; t++)
    {
      g_autofree char *pattern = like_pattern (terms[t], FALSE);

      g_string_append_printf (where, " AND %s ILIKE $%u", title, zs_pg_params_add_text (params, pattern));
    }
}

void
zs_pg_append_query_sql (GString    *sql,
                        ZsPgParams *params,
                        ZsQuery    *query,
                        const char *select)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);

  g_string_append_printf (sql, "SELECT %s FROM %s WHERE true", select, klass->table);
  for (guint i = 0; i < query->conditions->len; i++)
    append_condition (sql, params, klass, &g_array_index (query->conditions, ZsQueryCondition, i));
  if (query->search != NULL)
    append_search (sql, params, klass, query->search);
}

static void
append_earliest_case (GString       *sql,
                      ZsPgParams    *params,
                      ZsRecordClass *klass,
                      guint          field,
                      ZsQuery       *when)
{
  g_autofree char *col = zs_pg_column_name (&klass->fields[field]);

  g_string_append (sql, "CASE WHEN true");
  for (guint j = 0; j < when->conditions->len; j++)
    append_condition (sql, params, klass, &g_array_index (when->conditions, ZsQueryCondition, j));
  g_string_append_printf (sql, " THEN nullif(%s, '') END", col);
}

static void
append_order_value (GString            *sql,
                    ZsPgParams         *params,
                    ZsRecordClass      *klass,
                    const ZsQueryOrder *order)
{
  guint n;

  if (order->by_reference)
    {
      const ZsField *f = &klass->fields[order->field];
      g_autoptr(GTypeClass) ref_type_class = g_type_class_ref (f->get_type ());
      ZsRecordClass *ref_class = ZS_RECORD_CLASS (ref_type_class);
      g_autofree char *col = zs_pg_column_name (f);
      g_autofree char *ref_col = zs_pg_column_name (&ref_class->fields[order->ref_field]);

      g_string_append_printf (sql, "(SELECT r.%s FROM %s AS r WHERE r.id = %s.%s)",
                              ref_col, ref_class->table, klass->table, col);
      return;
    }

  /* The earliest of the dates that are set: least() skips NULLs. */
  n = order->earliest->len;
  g_string_append (sql, "least(");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      append_earliest_case (sql, params, klass, g_array_index (order->earliest, guint, i),
                            g_ptr_array_index (order->when, i));
    }
  g_string_append_c (sql, ')');
}

/* Text sorts as names do in Excel and WPS: by pinyin, through the ICU
 * collation that initdb makes wherever PostgreSQL is built with ICU. */
#define PINYIN_COLLATION " COLLATE \"zh-x-icu\""

static const char *
order_collation (ZsRecordClass      *klass,
                 const ZsQueryOrder *order)
{
  if (order->by_reference)
    {
      g_autoptr(GTypeClass) ref_type_class = g_type_class_ref (klass->fields[order->field].get_type ());

      return ZS_RECORD_CLASS (ref_type_class)->fields[order->ref_field].kind == ZS_FIELD_STRING
        ? PINYIN_COLLATION : "";
    }
  if (order->earliest != NULL || order->field < 0)
    return "";
  return klass->fields[order->field].kind == ZS_FIELD_STRING ? PINYIN_COLLATION : "";
}

char *
zs_pg_query_sql (ZsQuery    *query,
                 ZsPgParams *params,
                 const char *select,
                 gboolean    ordered)
{
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  GString *sql = g_string_new (NULL);

  zs_pg_append_query_sql (sql, params, query, select);
  if (!ordered)
    return g_string_free (sql, FALSE);

  {
    gboolean last_descending = FALSE;

    g_string_append (sql, " ORDER BY ");
    if (query->search != NULL)
      append_search_rank (sql, params, klass, query->search);
    for (guint i = 0; i < query->orders->len; i++)
      {
        const ZsQueryOrder *order = &g_array_index (query->orders, ZsQueryOrder, i);

        if (order->by_reference || order->earliest != NULL)
          {
            /* NULLs last whichever the direction, then the value. */
            g_string_append_c (sql, '(');
            append_order_value (sql, params, klass, order);
            g_string_append (sql, ") IS NULL, ");
            append_order_value (sql, params, klass, order);
            g_string_append_printf (sql, "%s%s, ", order_collation (klass, order),
                                    order->descending ? " DESC" : "");
          }
        else if (order->field >= 0 && (guint) order->field < klass->n_fields)
          {
            g_autofree char *col = zs_pg_column_name (&klass->fields[order->field]);

            /* SQLite's order: NULL is the smallest value. */
            g_string_append_printf (sql, "%s%s%s, ", col, order_collation (klass, order),
                                    order->descending ? " DESC NULLS LAST" : " NULLS FIRST");
          }
        last_descending = order->descending;
      }
    g_string_append_printf (sql, "id%s", last_descending ? " DESC" : "");

    if (query->limit > 0)
      g_string_append_printf (sql, " LIMIT %u", query->limit);
  }
  return g_string_free (sql, FALSE);
}

static GArray *
query_ids (ZsStoreBackend  *backend,
           ZsQuery         *query,
           GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autofree char *sql = zs_pg_query_sql (query, params, "id", TRUE);
  g_autoptr(PGresult) result = zs_pg_run (ZS_PG (backend), sql, params, error);
  GArray *ids;
  int n;

  if (result == NULL)
    return NULL;
  n = PQntuples (result);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (int i = 0; i < n; i++)
    {
      gint64 id = zs_pg_get_int (result, i, 0);

      g_array_append_val (ids, id);
    }
  return ids;
}

static gboolean
count (ZsStoreBackend  *backend,
       ZsQuery         *query,
       gint64          *n,
       GError         **error)
{
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autofree char *sql = zs_pg_query_sql (query, params, "count(*)", FALSE);
  g_autoptr(PGresult) result = zs_pg_run (ZS_PG (backend), sql, params, error);

  if (result == NULL)
    return FALSE;
  *n = zs_pg_get_int (result, 0, 0);
  return TRUE;
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
  g_autoptr(ZsQuery) ordered = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(ZsPgParams) params = zs_pg_params_new ();
  g_autoptr(GTypeClass) type_class = g_type_class_ref (query->record_type);
  ZsRecordClass *klass = ZS_RECORD_CLASS (type_class);
  g_autofree char *select = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;

  g_return_val_if_fail (partition_field < klass->n_fields, NULL);
  g_return_val_if_fail (sum_field < (int) klass->n_fields && (sum_field < 0 || sums != NULL), NULL);

  for (guint i = 0; i < n_partitions; i++)
    {
      g_ptr_array_add (parts, g_array_new (FALSE, FALSE, sizeof (gint64)));
      if (sums != NULL)
        sums[i] = 0;
    }

  ordered = zs_query_copy (query);
  g_array_prepend_val (ordered->orders, ((ZsQueryOrder) { (int) partition_field, FALSE }));
  {
    g_autofree char *col = zs_pg_column_name (&klass->fields[partition_field]);
    g_autofree char *sum_col = sum_field >= 0 ? zs_pg_column_name (&klass->fields[sum_field]) : g_strdup ("0");

    select = g_strdup_printf ("id, %s, %s", col, sum_col);
  }
  sql = zs_pg_query_sql (ordered, params, select, TRUE);
  result = zs_pg_run (ZS_PG (backend), sql, params, error);
  if (result == NULL)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      gint64 id = zs_pg_get_int (result, i, 0);
      gint64 part = zs_pg_get_int (result, i, 1);

      if (part >= 0 && (guint64) part < n_partitions)
        {
          gint64 value = zs_pg_get_int (result, i, 2);

          g_array_append_val (g_ptr_array_index (parts, part), id);
          if (sums != NULL)
            sums[part] += value;
          if (row_sums != NULL)
            g_array_append_val (g_ptr_array_index (row_sums, part), value);
        }
    }
  return g_steal_pointer (&parts);
}

void
zs_pg_query_class_init (ZsStoreBackendClass *klass)
{
  klass->query = query_ids;
  klass->count = count;
  klass->query_partitioned = query_partitioned;
}
