/* zs-sheet-export.c — a table as a government 台账 in .xlsx, or as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The rows are read with a store cursor over the selection (constant
 * memory) and written one at a time: libxlsxwriter in constant-memory mode
 * into a scratch folder, then copied into the ZsOutputFile; CSV straight
 * into it. The headers are the first names of data/sheet-columns.ini, so
 * that an export imports back unchanged.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "zs-sheet-export.h"
#include "zs-sheet-collate.h"
#include "zs-sheet-refs.h"
#include "zs-sheet-table.h"
#include "zs-sheet-words.h"

/* The rows above the header: title, issuing unit and date, unit of amounts. */
#define HEADER_ROW 3

typedef struct {
  ZsStore            *store;
  const ZsSheetTable *table;
  ZsSheetRefs        *refs;
  int                *fields;       /* per column: the field's index */
  const ZsField      *field_table;
  guint               n_columns;
  gboolean            has_money;
} Exporter;

/* The records in the order asked: a list of ids as the page shows them,
 * or a cursor over the store's selection. */
typedef struct {
  ZsStore       *store;
  GType          type;
  ZsStoreCursor *cursor;
  GArray        *ids;
  guint          next;
  ZsRecord      *current;
} RowSource;

static ZsRecord *
source_next (RowSource  *source,
             GError    **error)
{
  if (source->cursor != NULL)
    return zs_store_cursor_next (source->cursor, error);
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

/* ---- pinyin order ------------------------------------------------------------ */

/* The keys of all rows in one buffer: a row is 16 bytes and its key, not
 * an allocation of its own, so that 100,000 names stay a few MB. */
typedef struct {
  guint  offset;
  guint  length;
  gint64 id;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const SortEntry *x = a, *y = b;
  const guint8 *pool = ((GByteArray *) user_data)->data;
  int order = memcmp (pool + x->offset, pool + y->offset, MIN (x->length, y->length));

  if (order == 0)
    order = (x->length > y->length) - (x->length < y->length);
  return order != 0 ? order : (x->id > y->id) - (x->id < y->id);
}

/* The ids of @cursor's records in the order Excel sorts their names: by
 * pinyin, field after field of the table's match (name, then investor …). */
static GArray *
pinyin_order (Exporter         *ex,
              ZsStoreCursor    *cursor,
              ZsSheetCollator  *collator,
              GError          **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SortEntry));
  g_autoptr(GByteArray) pool = g_byte_array_new ();
  g_autoptr(GError) local = NULL;
  int match_columns[ZS_SHEET_TABLE_MAX_MATCH];
  GArray *ids;
  ZsRecord *record;

  for (guint m = 0; m < ZS_SHEET_TABLE_MAX_MATCH; m++)
    {
      match_columns[m] = -1;
      for (guint c = 0; ex->table->match[m] != NULL && c < ex->n_columns; c++)
        if (g_str_equal (ex->table->columns[c].key, ex->table->match[m]))
          match_columns[m] = (int) c;
    }
  while ((record = zs_store_cursor_next (cursor, &local)) != NULL)
    {
      SortEntry entry = { pool->len, 0, zs_record_get_id (record) };

      for (guint m = 0; m < ZS_SHEET_TABLE_MAX_MATCH && match_columns[m] >= 0; m++)
        {
          g_autofree char *text = cell_text (ex, record, (guint) match_columns[m]);

          zs_sheet_collator_add_key (collator, pool, text);
        }
      entry.length = pool->len - entry.offset;
      g_array_append_val (entries, entry);
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  g_array_sort_with_data (entries, compare_entries, pool);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), entries->len);
  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (ids, g_array_index (entries, SortEntry, i).id);
  return ids;
}

/* ---- CSV ------------------------------------------------------------------ */

static void
csv_field (GString    *line,
           const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

static gboolean
write_csv (Exporter        *ex,
           RowSource       *source,
           GOutputStream   *stream,
           guint64         *n_rows,
           GCancellable    *cancellable,
           GError         **error)
{
  g_autoptr(GString) line = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GError) local = NULL;
  ZsRecord *record;

  g_string_append (line, "序号");
  for (guint c = 0; c < ex->n_columns; c++)
    {
      g_string_append_c (line, ',');
      csv_field (line, header_of (ex, c));
    }
  g_string_append (line, "\r\n");
  while ((record = source_next (source, &local)) != NULL)
    {
      g_string_append_printf (line, "%" G_GUINT64_FORMAT, ++*n_rows);
      for (guint c = 0; c < ex->n_columns; c++)
        {
          g_autofree char *text = cell_text (ex, record, c);

          g_string_append_c (line, ',');
          csv_field (line, text);
        }
      g_string_append (line, "\r\n");
      if (line->len > 64 * 1024)
        {
          if (!g_output_stream_write_all (stream, line->str, line->len, NULL, cancellable, error))
            return FALSE;
          g_string_truncate (line, 0);
        }
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return g_output_stream_write_all (stream, line->str, line->len, NULL, cancellable, error);
}

/* ---- xlsx ----------------------------------------------------------------- */

typedef struct {
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *subtitle_right;
  lxw_format *header;
  lxw_format *text;
  lxw_format *number;
  lxw_format *amount;
  lxw_format *date;
  lxw_format *total;
  lxw_format *total_amount;
} Formats;

static lxw_format *
bordered (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_font_name (format, "宋体");
  format_set_font_size (format, 11);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

static void
make_formats (lxw_workbook *workbook,
              Formats      *f)
{
  f->title = workbook_add_format (workbook);
  format_set_bold (f->title);
  format_set_font_name (f->title, "黑体");
  format_set_font_size (f->title, 18);
  format_set_align (f->title, LXW_ALIGN_CENTER);
  format_set_align (f->title, LXW_ALIGN_VERTICAL_CENTER);
  f->subtitle = workbook_add_format (workbook);
  format_set_font_name (f->subtitle, "宋体");
  f->subtitle_right = workbook_add_format (workbook);
  format_set_font_name (f->subtitle_right, "宋体");
  format_set_align (f->subtitle_right, LXW_ALIGN_RIGHT);
  f->header = bordered (workbook);
  format_set_bold (f->header);
  format_set_font_name (f->header, "黑体");
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xD9D9D9);
  f->text = bordered (workbook);
  format_set_text_wrap (f->text);
  f->number = bordered (workbook);
  format_set_align (f->number, LXW_ALIGN_CENTER);
  f->amount = bordered (workbook);
  format_set_num_format (f->amount, "#,##0.00");  /* 万元 to 0.01 */
  f->date = bordered (workbook);
  format_set_num_format (f->date, "yyyy-mm-dd");
  format_set_align (f->date, LXW_ALIGN_CENTER);
  f->total = bordered (workbook);
  format_set_bold (f->total);
  format_set_align (f->total, LXW_ALIGN_CENTER);
  f->total_amount = bordered (workbook);
  format_set_bold (f->total_amount);
  format_set_num_format (f->total_amount, "#,##0.00");
}

static void
setup_page (const Exporter *ex,
            lxw_worksheet  *sheet)
{
  worksheet_set_column (sheet, 0, 0, 6, NULL);
  for (guint c = 0; c < ex->n_columns; c++)
    worksheet_set_column (sheet, (lxw_col_t) (c + 1), (lxw_col_t) (c + 1), ex->table->columns[c].width, NULL);
  worksheet_freeze_panes (sheet, HEADER_ROW + 1, 2);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);  /* A4 */
  worksheet_set_margins (sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_center_horizontally (sheet);
  worksheet_repeat_rows (sheet, HEADER_ROW, HEADER_ROW);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_footer (sheet, "&C第 &P 页，共 &N 页");
}

static void
write_top (const Exporter *ex,
           lxw_worksheet *sheet,
           Formats       *f,
           const char    *title,
           const char    *office,
           const char    *date)
{
  lxw_col_t last = (lxw_col_t) ex->n_columns;
  lxw_col_t middle = last / 2;
  g_autofree char *issuer = g_strdup_printf ("填报单位：%s", office != NULL ? office : "");
  g_autofree char *issued = NULL;
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_parse (&day, date);
  if (zs_date_parse (date, &day))
    issued = g_strdup_printf ("填报日期：%d年%d月%d日", g_date_get_year (&day), g_date_get_month (&day),
                              g_date_get_day (&day));
  else
    issued = g_strdup_printf ("填报日期：%s", date);

  worksheet_set_row (sheet, 0, 32, NULL);
  worksheet_merge_range (sheet, 0, 0, 0, last, title, f->title);
  worksheet_merge_range (sheet, 1, 0, 1, middle, issuer, f->subtitle);
  worksheet_merge_range (sheet, 1, middle + 1, 1, last, issued, f->subtitle_right);
  /* Only a table with amounts says their unit; the row stays, so that
   * every 台账 has its header in the same place. */
  worksheet_merge_range (sheet, 2, 0, 2, last, ex->has_money ? "单位：万元" : "", f->subtitle_right);
  worksheet_set_row (sheet, HEADER_ROW, 30, NULL);
  worksheet_write_string (sheet, HEADER_ROW, 0, "序号", f->header);
  for (guint c = 0; c < ex->n_columns; c++)
    {
      const ZsField *field = &ex->field_table[ex->fields[c]];
      /* The sheet's unit is 万元; foreign capital says its own. */
      g_autofree char *header = (field->flags & ZS_FIELD_DOLLARS)
                                  ? g_strconcat (header_of (ex, c), "（万美元）", NULL)
                                  : g_strdup (header_of (ex, c));

      worksheet_write_string (sheet, HEADER_ROW, (lxw_col_t) (c + 1), header, f->header);
    }
}

static void
write_xlsx_row (Exporter      *ex,
                lxw_worksheet *sheet,
                Formats       *f,
                ZsRecord      *record,
                lxw_row_t      row,
                guint64        number,
                double        *sums)
{
  worksheet_write_number (sheet, row, 0, (double) number, f->number);
  for (guint c = 0; c < ex->n_columns; c++)
    {
      const ZsField *field = &ex->field_table[ex->fields[c]];
      guint index = (guint) ex->fields[c];
      lxw_col_t col = (lxw_col_t) (c + 1);

      if (!zs_record_field_is_set (record, index))
        {
          worksheet_write_blank (sheet, row, col, field->flags & ZS_FIELD_MONEY ? f->amount : f->text);
          continue;
        }
      if (field->kind == ZS_FIELD_INT && (field->flags & ZS_FIELD_MONEY))
        {
          gint64 hundredths = zs_record_get_int (record, index);

          /* Summed in hundredths (exact integers in a double up to 2^53),
           * written in 万元. */
          sums[c] += (double) hundredths;
          worksheet_write_number (sheet, row, col, (double) hundredths / ZS_AMOUNT_SCALE, f->amount);
        }
      else if (field->kind == ZS_FIELD_INT && (field->flags & ZS_FIELD_AREA))
        {
          double value = (double) zs_record_get_int (record, index);

          sums[c] += value;
          worksheet_write_number (sheet, row, col, value, f->amount);
        }
      else if (is_summed (ex, c))
        {
          double value = field->kind == ZS_FIELD_INT ? (double) zs_record_get_int (record, index)
                                                     : zs_record_get_double (record, index);

          sums[c] += value;
          worksheet_write_number (sheet, row, col, value, f->number);
        }
      else if (field->kind == ZS_FIELD_INT || field->kind == ZS_FIELD_DOUBLE)
        worksheet_write_number (sheet, row, col, field->kind == ZS_FIELD_INT ? (double) zs_record_get_int (record, index)
                                                                            : zs_record_get_double (record, index),
                                f->number);
      else if (field->kind == ZS_FIELD_DATE)
        {
          GDate day;
          lxw_datetime when = { 0 };

          if (zs_date_parse (zs_record_get_string (record, index), &day))
            {
              when.year = g_date_get_year (&day);
              when.month = g_date_get_month (&day);
              when.day = g_date_get_day (&day);
              worksheet_write_datetime (sheet, row, col, &when, f->date);
            }
        }
      else
        {
          g_autofree char *text = cell_text (ex, record, c);

          if (text != NULL)
            worksheet_write_string (sheet, row, col, text, field->kind == ZS_FIELD_STRING ? f->text : f->number);
          else
            worksheet_write_blank (sheet, row, col, f->text);
        }
    }
}

static void
write_total (lxw_worksheet *sheet,
             Formats       *f,
             lxw_row_t      row,
             guint64        n_rows,
             const double  *sums,
             const Exporter *ex)
{
  worksheet_merge_range (sheet, row, 0, row, 1, "合计", f->total);
  for (guint c = 1; c < ex->n_columns; c++)
    {
      lxw_col_t col = (lxw_col_t) (c + 1);

      if (is_summed (ex, c))
        {
          g_autofree char *formula = NULL;
          char letter[4] = { 0 };

          lxw_col_to_name (letter, col, FALSE);
          formula = g_strdup_printf ("=SUM(%s%u:%s%" G_GUINT64_FORMAT ")", letter, HEADER_ROW + 2, letter,
                                     (guint64) HEADER_ROW + 1 + n_rows);
          /* Amounts were summed in hundredths; areas and counts as they are. */
          worksheet_write_formula_num (sheet, row, col, formula, f->total_amount,
                                       (ex->field_table[ex->fields[c]].flags & ZS_FIELD_MONEY)
                                         ? sums[c] / ZS_AMOUNT_SCALE : sums[c]);
        }
      else
        worksheet_write_blank (sheet, row, col, f->total);
    }
}

static gboolean
write_xlsx (Exporter                    *ex,
            RowSource                   *source,
            const char                  *scratch_path,
            const ZsSheetExportOptions  *options,
            const char                  *office,
            const char                  *date,
            guint64                     *n_rows,
            GCancellable                *cancellable,
            GError                     **error)
{
  g_autofree char *tmpdir = g_path_get_dirname (scratch_path);
  lxw_workbook_options workbook_options = { .constant_memory = LXW_TRUE, .tmpdir = tmpdir };
  lxw_workbook *workbook = workbook_new_opt (scratch_path, &workbook_options);
  const char *title = options->title != NULL ? options->title : ex->table->title;
  g_autofree char *full_title = options->description != NULL ? g_strdup_printf ("%s（%s）", title, options->description)
                                                             : g_strdup (title);
  g_autoptr(GError) local = NULL;
  g_autofree double *sums = g_new0 (double, ex->n_columns);
  lxw_worksheet *sheet;
  lxw_error status;
  Formats f;
  ZsRecord *record;

  if (workbook == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the workbook: %s"), g_strerror (errno));
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, title);
  make_formats (workbook, &f);
  setup_page (ex, sheet);
  write_top (ex, sheet, &f, full_title, office, date);

  while ((record = source_next (source, &local)) != NULL)
    {
      ++*n_rows;
      write_xlsx_row (ex, sheet, &f, record, (lxw_row_t) (HEADER_ROW + *n_rows), *n_rows, sums);
      if ((*n_rows & 1023) == 0 && g_cancellable_is_cancelled (cancellable))
        break;
    }
  write_total (sheet, &f, (lxw_row_t) (HEADER_ROW + 1 + *n_rows), *n_rows, sums, ex);

  status = workbook_close (workbook);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the workbook: %s"), lxw_strerror (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_into (const char     *from,
           GOutputStream  *stream,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (from);
  g_autoptr(GFileInputStream) input = g_file_read (file, cancellable, error);

  return input != NULL &&
         g_output_stream_splice (stream, G_INPUT_STREAM (input), G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE,
                                 cancellable, error) >= 0;
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

gboolean
zs_sheet_export_table (ZsStore                     *store,
                       const char                  *table_name,
                       const char                  *path,
                       const ZsSheetExportOptions  *options,
                       guint64                     *n_rows,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  const ZsSheetTable *table = zs_sheet_table_get (table_name);
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(ZsScratch) scratch = NULL;
  g_autoptr(ZsQuery) all = NULL;
  g_autofree char *office = NULL;
  g_autofree char *today = zs_date_today ();
  g_autofree char *scratch_path = NULL;
  g_autofree int *fields = NULL;
  g_autoptr(ZsSheetRefs) refs = zs_sheet_refs_new (store);
  Exporter ex = { store, table, refs };
  RowSource source = { store };
  g_autoptr(ZsSheetCollator) collator = NULL;
  g_autoptr(GArray) sorted = NULL;
  ZsRecordClass *klass;
  guint64 n = 0;
  gboolean ok;

  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (options->format == ZS_SHEET_FORMAT_XLSX || options->format == ZS_SHEET_FORMAT_CSV, FALSE);

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

  output = zs_output_file_new (path, cancellable, error);
  if (output == NULL)
    return FALSE;
  if (options->format == ZS_SHEET_FORMAT_XLSX)
    {
      scratch = zs_scratch_new ("sheet-export", error);
      if (scratch == NULL)
        return FALSE;
      scratch_path = g_build_filename (zs_scratch_get_path (scratch), "export.xlsx", NULL);
    }

  office = options->office != NULL ? g_strdup (options->office) : zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  if (options->query == NULL)
    all = zs_query_new (source.type);

  zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  ok = zs_store_begin_read (store, error);
  if (ok)
    {
      for (guint c = 0; ok && c < ex.n_columns; c++)
        if (ex.field_table[fields[c]].kind == ZS_FIELD_REF)
          ok = zs_sheet_refs_load (refs, ex.field_table[fields[c]].get_type (), error);
      if (ok && source.ids == NULL)
        {
          ok = zs_store_selection_clear (store, error) &&
               zs_store_selection_add_query (store, options->query != NULL ? options->query : all, error);
          if (ok)
            source.cursor = zs_store_cursor_new (store, source.type, TRUE, error);
          ok = ok && source.cursor != NULL;
          /* Names in pinyin order, as Excel and WPS sort Chinese; a page's
           * own order (@ids) is kept as it is. */
          if (ok && (collator = zs_sheet_collator_new ()) != NULL)
            {
              sorted = pinyin_order (&ex, source.cursor, collator, error);
              zs_store_cursor_free (source.cursor);
              source.cursor = NULL;
              source.ids = sorted;
              ok = sorted != NULL;
            }
        }
      if (ok && options->format == ZS_SHEET_FORMAT_CSV)
        ok = write_csv (&ex, &source, zs_output_file_get_stream (output), &n, cancellable, error);
      else if (ok)
        ok = write_xlsx (&ex, &source, scratch_path, options, office,
                         options->date != NULL ? options->date : today, &n, cancellable, error);
      if (source.cursor != NULL)
        zs_store_cursor_free (source.cursor);
      g_clear_object (&source.current);
      zs_store_commit (store, NULL);
    }
  zs_store_set_hint (store, ZS_STORE_HINT_INTERACTIVE);

  if (ok && scratch_path != NULL)
    ok = copy_into (scratch_path, zs_output_file_get_stream (output), cancellable, error);
  if (ok && !zs_output_file_commit (output, cancellable, error))
    ok = FALSE;
  if (ok && n_rows != NULL)
    *n_rows = n;
  return ok;
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
