/* zs-sheet-export.c — a table as a government 台账 in .xlsx, or as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The rows are the ids the store answers in its order (pinyin for names)
 * or the ids a page shows, each record read and written one at a time:
 * libxlsxwriter in constant-memory mode into a scratch folder, then copied
 * into the ZsOutputFile; CSV straight into it. The headers are the first names of data/sheet-columns.ini, so
 * that an export imports back unchanged.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-sheet-export.h"
#include "zs-sheet-refs.h"
#include "zs-sheet-table.h"
#include "zs-sheet-words.h"
#include "zs-sheet-writer.h"

typedef struct {
  ZsStore            *store;
  const ZsSheetTable *table;
  ZsSheetRefs        *refs;
  int                *fields;       /* per column: the field's index */
  const ZsField      *field_table;
  guint               n_columns;
  gboolean            has_money;
  gboolean            numbers_as_values;  /* .xlsx: numbers need no text */
} Exporter;

/* The records in the order asked: a list of ids as the page shows them,
 * or as the store orders the table. */
typedef struct {
  ZsStore       *store;
  GType          type;
  GArray        *ids;
  guint          next;
  ZsRecord      *current;
} RowSource;

static ZsRecord *
source_next (RowSource  *source,
             GError    **error)
{
  g_clear_object (&source->current);
  while (source->ids != NULL && source->next < source->ids->len)
    {
      gint64 id = g_array_index (source->ids, gint64, source->next++);

      /* A record deleted since the page showed it is left out. */
      source->current = zs_store_read_stored (source->store, source->type, id, NULL);
      if (source->current != NULL)
        return source->current;
    }
  return NULL;
}

static gboolean
is_summed (const Exporter *ex,
           guint           c)
{
  const ZsField *field = &ex->field_table[ex->fields[c]];

  return (field->kind == ZS_FIELD_INT || field->kind == ZS_FIELD_DOUBLE) &&
         ((field->flags & ZS_FIELD_MONEY) || ex->table->columns[c].sum);
}

/* The text of column @c of @record as a clerk reads it; NULL when unset. */
static char *
cell_text (Exporter *ex,
           ZsRecord *record,
           guint     c)
{
  const ZsField *field = &ex->field_table[ex->fields[c]];
  guint index = (guint) ex->fields[c];

  if (!zs_record_field_is_set (record, index))
    return NULL;
  switch (field->kind)
    {
    case ZS_FIELD_BOOLEAN:
      return g_strdup (zs_record_get_boolean (record, index) ? "是" : "否");
    case ZS_FIELD_ENUM:
      {
        /* The words of data/sheet-columns.ini, in Chinese whatever the
         * language of the program: the ledger is a Chinese document. */
        const char *nick = zs_enum_to_nick (field->get_type (), zs_record_get_enum (record, index));
        g_autofree char *section = zs_sheet_table_enum_section (ex->table, field->name);
        const char *word = nick != NULL ? zs_sheet_words_first_name (section, nick) : NULL;

        return g_strdup (word != NULL ? word : zs_enum_get_label (field->get_type (), zs_record_get_enum (record, index)));
      }
    case ZS_FIELD_REF:
      {
        gint64 id = zs_record_get_int (record, index);

        return id != 0 ? g_strdup (zs_sheet_refs_name (ex->refs, field->get_type (), id)) : NULL;
      }
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
    case ZS_FIELD_INT:
    case ZS_FIELD_DOUBLE:
    default:
      return zs_record_format_field (record, index);
    }
}

static const char *
header_of (const Exporter *ex,
           guint           c)
{
  const char *name = zs_sheet_words_first_name (ex->table->name, ex->table->columns[c].key);

  return name != NULL ? name : ex->table->columns[c].key;
}

/* ---- the store's order ------------------------------------------------------ */

/* @query (or all records) ordered as the table's match fields (name, then
 * investor …): the store orders text by pinyin on both engines, as Excel
 * and WPS sort Chinese, and a reference by the name it points to. The
 * export keeps only the ids it answers (8 bytes a row) and reads one record
 * at a time, so that it holds no sort or row of its own. */
static ZsQuery *
ordered_query (const Exporter *ex,
               ZsQuery        *query,
               GType           type)
{
  ZsQuery *ordered = query != NULL ? zs_query_copy (query) : zs_query_new (type);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  for (guint m = 0; m < ZS_SHEET_TABLE_MAX_MATCH && ex->table->match[m] != NULL; m++)
    {
      int field = zs_record_class_find_field (ZS_RECORD_CLASS (klass), ex->table->match[m]);
      const ZsField *def;

      g_assert (field >= 0);
      def = &ex->field_table[field];
      if (def->kind == ZS_FIELD_REF && m == 0)
        {
          g_autoptr(GTypeClass) ref_class = g_type_class_ref (def->get_type ());
          int name = zs_record_class_find_field (ZS_RECORD_CLASS (ref_class), "name");

          if (name >= 0)
            {
              zs_query_set_order_by_reference (ordered, (guint) field, (guint) name, FALSE);
              continue;
            }
        }
      if (m == 0)
        zs_query_set_order (ordered, field, FALSE);
      else
        zs_query_add_order (ordered, field, FALSE);
    }
  return ordered;
}

/* ---- the grid's columns and cells ------------------------------------------ */

static ZsGridKind
column_kind (const Exporter *ex,
             guint           c)
{
  const ZsField *field = &ex->field_table[ex->fields[c]];

  if ((field->kind == ZS_FIELD_INT && (field->flags & (ZS_FIELD_MONEY | ZS_FIELD_AREA))) ||
      (field->kind == ZS_FIELD_DOUBLE && (field->flags & ZS_FIELD_MONEY)))
    return ZS_GRID_AMOUNT;
  if (field->kind == ZS_FIELD_INT || field->kind == ZS_FIELD_DOUBLE)
    return ZS_GRID_NUMBER;
  if (field->kind == ZS_FIELD_DATE)
    return ZS_GRID_DATE;
  return field->kind == ZS_FIELD_STRING ? ZS_GRID_TEXT : ZS_GRID_CODE;
}

/* The 台账's title, issuer and columns, without rows. */
static ZsSheetGrid *
head_new (const Exporter              *ex,
          const ZsSheetExportOptions  *options,
          const char                  *office)
{
  ZsSheetGrid *head = zs_sheet_grid_new (options->title != NULL ? options->title : ex->table->title);

  zs_sheet_grid_set_description (head, options->description);
  zs_sheet_grid_set_office (head, office);
  zs_sheet_grid_set_date (head, options->date);
  zs_sheet_grid_set_has_money (head, ex->has_money);
  for (guint c = 0; c < ex->n_columns; c++)
    {
      const ZsField *field = &ex->field_table[ex->fields[c]];
      /* The sheet's unit is 万元; foreign capital says its own. */
      g_autofree char *header = (field->flags & ZS_FIELD_DOLLARS)
                                  ? g_strconcat (header_of (ex, c), "（万美元）", NULL)
                                  : g_strdup (header_of (ex, c));

      zs_sheet_grid_add_column (head, header, column_kind (ex, c), ex->table->columns[c].width, is_summed (ex, c));
    }
  return head;
}

/* The cells of @record into @cells (their texts freed first). */
static void
record_cells (Exporter   *ex,
              ZsRecord   *record,
              ZsGridCell *cells)
{
  for (guint c = 0; c < ex->n_columns; c++)
    {
      const ZsField *field = &ex->field_table[ex->fields[c]];
      guint index = (guint) ex->fields[c];

      g_clear_pointer (&cells[c].text, g_free);
      cells[c].has_value = FALSE;
      if (!zs_record_field_is_set (record, index))
        continue;
      /* The workbook writes numbers as numbers: formatting them as text
       * too would cost a third of its time. */
      if (!ex->numbers_as_values || (field->kind != ZS_FIELD_INT && field->kind != ZS_FIELD_DOUBLE))
        cells[c].text = cell_text (ex, record, c);
      if (field->kind == ZS_FIELD_INT)
        {
          double value = (double) zs_record_get_int (record, index);

          /* Money is kept in hundredths, written in 万元. */
          cells[c].value = (field->flags & ZS_FIELD_MONEY) ? value / ZS_AMOUNT_SCALE : value;
          cells[c].has_value = TRUE;
        }
      else if (field->kind == ZS_FIELD_DOUBLE)
        {
          cells[c].value = zs_record_get_double (record, index);
          cells[c].has_value = TRUE;
        }
    }
}

static void
cells_clear (ZsGridCell *cells,
             guint       n)
{
  for (guint c = 0; c < n; c++)
    g_clear_pointer (&cells[c].text, g_free);
}

/* Every row of @source into @writer (when given) or @grid. */
static gboolean
pour_rows (Exporter       *ex,
           RowSource      *source,
           ZsSheetWriter  *writer,
           ZsSheetGrid    *grid,
           GError        **error)
{
  g_autofree ZsGridCell *cells = g_new0 (ZsGridCell, MAX (ex->n_columns, 1));
  g_autoptr(GError) local = NULL;
  gboolean ok = TRUE;
  ZsRecord *record;

  while (ok && (record = source_next (source, &local)) != NULL)
    {
      record_cells (ex, record, cells);
      if (writer != NULL)
        ok = zs_sheet_writer_add_row (writer, cells, error);
      else
        {
          zs_sheet_grid_add_row (grid);
          for (guint c = 0; c < ex->n_columns; c++)
            {
              if (cells[c].has_value && zs_sheet_grid_get_column (grid, c)->kind != ZS_GRID_CODE)
                zs_sheet_grid_set_value (grid, c, cells[c].value);
              else
                zs_sheet_grid_set_text (grid, c, cells[c].text);
            }
        }
    }
  cells_clear (cells, ex->n_columns);
  if (ok && local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return ok;
}

ZsSheetFormat
zs_sheet_export_format_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xlsx"))
    return ZS_SHEET_FORMAT_XLSX;
  if (g_str_has_suffix (lower, ".csv"))
    return ZS_SHEET_FORMAT_CSV;
  return ZS_SHEET_FORMAT_UNKNOWN;
}

/* Reads the rows @options chooses and hands them to @writer, or, without
 * one, to a grid it returns in @grid. */
static gboolean
export_rows (ZsStore                     *store,
             const char                  *table_name,
             const char                  *path,
             const ZsSheetExportOptions  *options,
             ZsSheetGrid                **grid,
             guint64                     *n_rows,
             GCancellable                *cancellable,
             GError                     **error)
{
  const ZsSheetTable *table = zs_sheet_table_get (table_name);
  g_autofree char *office = NULL;
  g_autofree int *fields = NULL;
  g_autoptr(ZsSheetRefs) refs = zs_sheet_refs_new (store);
  g_autoptr(ZsSheetGrid) head = NULL;
  g_autoptr(ZsSheetWriter) writer = NULL;
  Exporter ex = { store, table, refs };
  RowSource source = { store };
  g_autoptr(GArray) sorted = NULL;
  ZsRecordClass *klass;
  ZsStoreHint hint;
  gboolean ok;

  g_return_val_if_fail (table != NULL, FALSE);

  klass = g_type_class_ref (table->get_type ());
  ex.field_table = zs_record_class_get_fields (klass, NULL);
  ex.n_columns = table->n_columns;
  ex.fields = fields = g_new0 (int, table->n_columns);
  for (guint c = 0; c < ex.n_columns; c++)
    {
      fields[c] = zs_record_class_find_field (klass, table->columns[c].key);
      g_assert (fields[c] >= 0);
      ex.has_money |= (ex.field_table[fields[c]].flags & ZS_FIELD_MONEY) != 0;
    }
  g_type_class_unref (klass);
  source.type = table->get_type ();
  source.ids = options->ids;
  ex.numbers_as_values = path != NULL && options->format == ZS_SHEET_FORMAT_XLSX;

  office = options->office != NULL ? g_strdup (options->office) : zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  head = head_new (&ex, options, office);
  if (path != NULL)
    {
      writer = zs_sheet_writer_new (head, path, options->format, cancellable, error);
      if (writer == NULL)
        return FALSE;
    }
  hint = zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  ok = zs_store_begin_read (store, error);
  if (ok)
    {
      for (guint c = 0; ok && c < ex.n_columns; c++)
        if (ex.field_table[fields[c]].kind == ZS_FIELD_REF)
          ok = zs_sheet_refs_load (refs, ex.field_table[fields[c]].get_type (), error);
      if (ok && source.ids == NULL)
        {
          /* A page's own order (@ids) is kept as it is. */
          g_autoptr(ZsQuery) ordered = ordered_query (&ex, options->query, source.type);

          source.ids = sorted = zs_store_query (store, ordered, error);
          ok = sorted != NULL;
        }
      if (ok)
        ok = pour_rows (&ex, &source, writer, head, error);
      g_clear_object (&source.current);
      zs_store_commit (store, NULL);
    }
  zs_store_set_hint (store, hint);

  if (ok && writer != NULL)
    ok = zs_sheet_writer_finish (writer, n_rows, error);
  else if (ok && n_rows != NULL)
    *n_rows = zs_sheet_grid_get_n_rows (head);
  if (ok && grid != NULL)
    *grid = g_steal_pointer (&head);
  return ok;
}

gboolean
zs_sheet_export_table (ZsStore                     *store,
                       const char                  *table_name,
                       const char                  *path,
                       const ZsSheetExportOptions  *options,
                       guint64                     *n_rows,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  g_return_val_if_fail (options->format == ZS_SHEET_FORMAT_XLSX || options->format == ZS_SHEET_FORMAT_CSV, FALSE);

  return export_rows (store, table_name, path, options, NULL, n_rows, cancellable, error);
}

ZsSheetGrid *
zs_sheet_export_grid (ZsStore                     *store,
                      const char                  *table_name,
                      const ZsSheetExportOptions  *options,
                      GCancellable                *cancellable,
                      GError                     **error)
{
  ZsSheetGrid *grid = NULL;

  if (!export_rows (store, table_name, NULL, options, &grid, NULL, cancellable, error))
    return NULL;
  return grid;
}

gboolean
zs_sheet_export_projects (ZsStore                     *store,
                          const char                  *path,
                          const ZsSheetExportOptions  *options,
                          guint64                     *n_rows,
                          GCancellable                *cancellable,
                          GError                     **error)
{
  return zs_sheet_export_table (store, "projects", path, options, n_rows, cancellable, error);
}
