/* zs-sheet-xlsx.c — .xlsx: the zip's XML parts read by libxml2's stream reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An .xlsx is a zip of XML parts: the workbook names the sheets, its
 * relationships say which part holds each, the shared strings hold the
 * text of cells, the styles say which number formats are dates. Each part
 * is streamed out of the zip into libxml2 with the exchange reader's
 * options (no DTD, no entities expanded, no network), the bytes unpacked
 * are counted against a limit (a zip bomb stops there, whatever its
 * headers claim), and rows go to the caller one at a time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>
#include <zip.h>

#include "zs-error.h"
#include "zs-sheet-private.h"

#define RELATIONSHIPS_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

typedef struct {
  zip_t               *zip;
  const char          *file_name;
  const ZsSheetLimits *limits;
  goffset              unpacked;
  GPtrArray           *strings;    /* the shared strings */
  GArray              *date_xf;    /* gboolean per cell format: a date */
  gboolean             date1904;
} Book;

typedef struct {
  Book        *book;
  zip_file_t  *file;
  gboolean     too_big;
  gboolean     broken;
} Part;

static int
part_read (void *context,
           char *buffer,
           int   length)
{
  Part *part = context;
  zip_int64_t n = zip_fread (part->file, buffer, (zip_uint64_t) length);

  if (n < 0)
    {
      part->broken = TRUE;
      return -1;
    }
  part->book->unpacked += n;
  if (part->book->unpacked > part->book->limits->max_unpacked_size)
    {
      part->too_big = TRUE;
      return -1;
    }
  return (int) n;
}

static int
part_close (void *context)
{
  return 0;
}

static gboolean
refuse_bomb (Book    *book,
             GError **error)
{
  g_autofree char *limit = g_format_size ((guint64) book->limits->max_unpacked_size);

  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
               _("“%s” unpacks to more than %s; a workbook that grows far beyond its size when unpacked is refused"),
               book->file_name, limit);
  return FALSE;
}

/* Opens @name in the zip, or returns NULL (without @error) when there is no
 * such part and @optional. */
static xmlTextReaderPtr
part_open (Book        *book,
           Part        *part,
           const char  *name,
           gboolean     optional,
           GError     **error)
{
  zip_int64_t index = zip_name_locate (book->zip, name, ZIP_FL_NOCASE);
  zip_stat_t st;
  xmlTextReaderPtr reader;

  memset (part, 0, sizeof *part);
  part->book = book;
  if (index < 0)
    {
      if (!optional)
        g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                     _("“%s” is a zip file but not an Excel workbook: it has no part “%s”"), book->file_name, name);
      return NULL;
    }
  zip_stat_init (&st);
  if (zip_stat_index (book->zip, (zip_uint64_t) index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
      (goffset) st.size > book->limits->max_unpacked_size - book->unpacked)
    {
      refuse_bomb (book, error);
      return NULL;
    }
  part->file = zip_fopen_index (book->zip, (zip_uint64_t) index, 0);
  if (part->file == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("“%s” is damaged: its part “%s” cannot be unpacked (%s)"),
                   book->file_name, name, zip_strerror (book->zip));
      return NULL;
    }
  /* No XML_PARSE_NOENT (entities stay unexpanded), no DTD loaded, no
   * network, no XML_PARSE_HUGE: the exchange reader's options. */
  reader = xmlReaderForIO (part_read, part_close, part, name, NULL, XML_PARSE_NONET);
  if (reader == NULL)
    {
      zip_fclose (part->file);
      part->file = NULL;
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED, _("Out of memory reading “%s”"), book->file_name);
    }
  return reader;
}

/* The next node, or FALSE at the end or on an error (then @error is set). */
static gboolean
part_next (Book              *book,
           Part              *part,
           xmlTextReaderPtr   reader,
           const char        *name,
           gboolean          *done,
           GError           **error)
{
  int status = xmlTextReaderRead (reader);

  *done = status == 0;
  if (status == 1 && xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” is refused: its part “%s” declares a document type, which Excel never writes"),
                   book->file_name, name);
      return FALSE;
    }
  if (status >= 0)
    return status == 1;
  if (part->too_big)
    return refuse_bomb (book, error);
  if (part->broken)
    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("“%s” is damaged: its part “%s” cannot be unpacked (%s)"),
                 book->file_name, name, zip_file_strerror (part->file));
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("“%s” is damaged: its part “%s” is not well-formed XML (line %d)"),
                 book->file_name, name, xmlTextReaderGetParserLineNumber (reader));
  return FALSE;
}

static void
part_close_all (Part             *part,
                xmlTextReaderPtr  reader)
{
  if (reader != NULL)
    xmlFreeTextReader (reader);
  if (part->file != NULL)
    zip_fclose (part->file);
  part->file = NULL;
}

static gboolean
is_element (xmlTextReaderPtr  reader,
            const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr  reader,
        const char       *name)
{
  int type = xmlTextReaderNodeType (reader);

  return (type == XML_READER_TYPE_END_ELEMENT ||
          (type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement (reader))) &&
         strcmp ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static char *
get_attribute (xmlTextReaderPtr  reader,
               const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static gboolean
append_text (Book             *book,
             GString          *text,
             xmlTextReaderPtr  reader,
             GError          **error)
{
  const char *value = (const char *) xmlTextReaderConstValue (reader);

  if (value != NULL)
    g_string_append (text, value);
  if (text->len <= book->limits->max_text_length)
    return TRUE;
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
               _("“%s” is refused: a cell holds more than %u bytes of text"),
               book->file_name, (guint) book->limits->max_text_length);
  return FALSE;
}

static gboolean
is_text_node (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

/* ---- the shared strings and styles --------------------------------------- */

static gboolean
read_shared_strings (Book    *book,
                     GError **error)
{
  static const char name[] = "xl/sharedStrings.xml";
  Part part;
  xmlTextReaderPtr reader = part_open (book, &part, name, TRUE, error);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean in_si = FALSE, in_t = FALSE, done = FALSE;
  int phonetic_depth = -1;

  if (reader == NULL)
    return error == NULL || *error == NULL;
  while (part_next (book, &part, reader, name, &done, error))
    {
      int depth = xmlTextReaderDepth (reader);

      if (is_element (reader, "si"))
        {
          in_si = TRUE;
          g_string_truncate (text, 0);
        }
      /* Phonetic guides (rPh) are not part of the text. */
      else if (is_element (reader, "rPh") && !xmlTextReaderIsEmptyElement (reader))
        phonetic_depth = depth;
      else if (phonetic_depth >= 0 && is_end (reader, "rPh") && depth == phonetic_depth)
        phonetic_depth = -1;
      else if (is_element (reader, "t") && !xmlTextReaderIsEmptyElement (reader))
        in_t = TRUE;
      else if (is_end (reader, "t"))
        in_t = FALSE;
      else if (in_si && in_t && phonetic_depth < 0 && is_text_node (reader))
        {
          if (!append_text (book, text, reader, error))
            break;
        }
      if (is_end (reader, "si") && in_si)
        {
          in_si = FALSE;
          g_ptr_array_add (book->strings, g_strndup (text->str, text->len));
        }
    }
  part_close_all (&part, reader);
  return done;
}

/* Excel's built-in date formats, and those of the Chinese editions. */
static gboolean
builtin_is_date (guint id)
{
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/* A format code with a day, month or year outside quotes and brackets. */
static gboolean
code_is_date (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  for (const char *p = code; *p; p++)
    {
      char c = *p;

      if (c == '\\' && p[1] != '\0')
        p++;
      else if (c == '"')
        quoted = !quoted;
      else if (!quoted && c == '[')
        bracket = TRUE;
      else if (!quoted && c == ']')
        bracket = FALSE;
      else if (!quoted && !bracket && strchr ("dDyY", c) != NULL)
        return TRUE;
      else if (!quoted && !bracket && (c == 'm' || c == 'M') && strchr (code, 'h') == NULL && strchr (code, 'H') == NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
read_styles (Book    *book,
             GError **error)
{
  static const char name[] = "xl/styles.xml";
  Part part;
  xmlTextReaderPtr reader = part_open (book, &part, name, TRUE, error);
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  gboolean in_xfs = FALSE, done = FALSE;

  if (reader == NULL)
    return error == NULL || *error == NULL;
  while (part_next (book, &part, reader, name, &done, error))
    {
      if (is_element (reader, "numFmt"))
        {
          g_autofree char *id = get_attribute (reader, "numFmtId");
          g_autofree char *code = get_attribute (reader, "formatCode");

          if (id != NULL && code != NULL && code_is_date (code))
            g_hash_table_add (custom, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
        }
      else if (is_element (reader, "cellXfs"))
        in_xfs = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && is_element (reader, "xf"))
        {
          g_autofree char *id_text = get_attribute (reader, "numFmtId");
          guint id = id_text != NULL ? (guint) g_ascii_strtoull (id_text, NULL, 10) : 0;
          gboolean date = builtin_is_date (id) || g_hash_table_contains (custom, GUINT_TO_POINTER (id));

          if (book->date_xf->len < 65536)
            g_array_append_val (book->date_xf, date);
        }
    }
  part_close_all (&part, reader);
  return done;
}

/* ---- the workbook ------------------------------------------------------- */

typedef struct {
  char *name;
  char *rel_id;
  char *part;
} SheetEntry;

static void
sheet_entry_clear (gpointer data)
{
  SheetEntry *entry = data;

  g_free (entry->name);
  g_free (entry->rel_id);
  g_free (entry->part);
}

static gboolean
read_workbook (Book    *book,
               GArray  *sheets,
               GError **error)
{
  static const char name[] = "xl/workbook.xml";
  Part part;
  xmlTextReaderPtr reader = part_open (book, &part, name, FALSE, error);
  gboolean done = FALSE;

  if (reader == NULL)
    return FALSE;
  while (part_next (book, &part, reader, name, &done, error))
    {
      if (is_element (reader, "workbookPr"))
        {
          g_autofree char *date1904 = get_attribute (reader, "date1904");

          book->date1904 = date1904 != NULL && (strcmp (date1904, "1") == 0 || strcmp (date1904, "true") == 0);
        }
      else if (is_element (reader, "sheet") && sheets->len < 4096)
        {
          SheetEntry entry = { 0 };
          xmlChar *id = xmlTextReaderGetAttributeNs (reader, (const xmlChar *) "id", (const xmlChar *) RELATIONSHIPS_NS);

          entry.name = get_attribute (reader, "name");
          entry.rel_id = id != NULL ? g_strdup ((const char *) id) : NULL;
          xmlFree (id);
          if (entry.name == NULL)
            entry.name = g_strdup_printf ("Sheet%u", sheets->len + 1);
          g_array_append_val (sheets, entry);
        }
    }
  part_close_all (&part, reader);
  if (!done)
    return FALSE;

  {
    static const char rels[] = "xl/_rels/workbook.xml.rels";
    reader = part_open (book, &part, rels, FALSE, error);
    if (reader == NULL)
      return FALSE;
    done = FALSE;
    while (part_next (book, &part, reader, rels, &done, error))
      {
        g_autofree char *id = NULL;
        g_autofree char *target = NULL;

        if (!is_element (reader, "Relationship"))
          continue;
        id = get_attribute (reader, "Id");
        target = get_attribute (reader, "Target");
        for (guint i = 0; id != NULL && target != NULL && i < sheets->len; i++)
          {
            SheetEntry *entry = &g_array_index (sheets, SheetEntry, i);

            if (entry->rel_id == NULL || strcmp (entry->rel_id, id) != 0 || entry->part != NULL)
              continue;
            entry->part = target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
          }
      }
    part_close_all (&part, reader);
  }
  return done;
}

/* ---- a sheet ------------------------------------------------------------ */

/* "BC12" → column 54 (from 0) and row 12; FALSE when it is no address or
 * past the limits. */
static gboolean
parse_reference (const char *reference,
                 guint64    *column,
                 guint64    *row)
{
  const char *p = reference;
  guint64 c = 0, r = 0;

  for (; g_ascii_isalpha (*p) && c < G_MAXUINT32; p++)
    c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
  for (; g_ascii_isdigit (*p) && r < G_MAXUINT32; p++)
    r = r * 10 + (guint64) (*p - '0');
  if (c == 0 || r == 0 || *p != '\0')
    return FALSE;
  *column = c - 1;
  *row = r;
  return TRUE;
}

typedef struct {
  char     *type;
  guint     style;
  GString  *value;
  gboolean  in_value;
  gboolean  in_inline;
} CellState;

static void
finish_cell (Book              *book,
             ZsSheetRowBuilder *builder,
             guint              column,
             CellState         *cell)
{
  const char *type = cell->type != NULL ? cell->type : "n";
  const char *value = cell->value->str;

  if (strcmp (type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);
      const char *text = index < book->strings->len ? g_ptr_array_index (book->strings, index) : NULL;

      if (text != NULL && *text != '\0')
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_TEXT, g_strdup (text), 0);
    }
  else if (strcmp (type, "inlineStr") == 0 || strcmp (type, "str") == 0 || strcmp (type, "e") == 0 ||
           strcmp (type, "d") == 0)
    {
      if (cell->value->len > 0)
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_TEXT, g_strdup (value), 0);
    }
  else if (strcmp (type, "b") == 0)
    {
      if (cell->value->len > 0)
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_BOOLEAN,
                                  g_strdup (value[0] == '1' ? "TRUE" : "FALSE"), value[0] == '1');
    }
  else if (cell->value->len > 0)
    {
      char *end = NULL;
      double number = g_ascii_strtod (value, &end);
      gboolean date = cell->style < book->date_xf->len && g_array_index (book->date_xf, gboolean, cell->style);
      char *iso = NULL;

      if (end == value || *end != '\0')
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_TEXT, g_strdup (value), 0);
      else if (date && (iso = zs_sheet_serial_to_date (book->date1904 ? number + 1462 : number)) != NULL)
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_DATE, iso, book->date1904 ? number + 1462 : number);
      else
        zs_sheet_row_builder_set (builder, column, ZS_SHEET_CELL_NUMBER, zs_sheet_format_number (number), number);
    }
}

static gboolean
refuse_address (Book        *book,
                const char  *sheet_name,
                const char  *reference,
                GError     **error)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
               _("“%s” is refused: sheet “%s” has a cell at “%s”, outside what Excel allows (%u rows, %u columns)"),
               book->file_name, sheet_name, reference, book->limits->max_rows, book->limits->max_columns);
  return FALSE;
}

static gboolean
read_sheet (Book            *book,
            const SheetEntry *entry,
            guint            index,
            guint64         *n_cells,
            ZsSheetRowFunc   func,
            gpointer         user_data,
            GCancellable    *cancellable,
            GError         **error)
{
  Part part;
  xmlTextReaderPtr reader;
  ZsSheetRowBuilder builder = { 0 };
  CellState cell = { NULL, 0, g_string_new (NULL), FALSE, FALSE };
  guint64 row_number = 0, column = 0;
  gboolean in_row = FALSE, in_cell = FALSE, done = FALSE, ok = TRUE;

  if (entry->part == NULL)
    {
      g_string_free (cell.value, TRUE);
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("“%s” is damaged: sheet “%s” has no part"),
                   book->file_name, entry->name);
      return FALSE;
    }
  reader = part_open (book, &part, entry->part, FALSE, error);
  if (reader == NULL)
    {
      g_string_free (cell.value, TRUE);
      return FALSE;
    }

  while (ok && part_next (book, &part, reader, entry->part, &done, error))
    {
      if (is_element (reader, "row"))
        {
          g_autofree char *r = get_attribute (reader, "r");
          guint64 number = r != NULL ? g_ascii_strtoull (r, NULL, 10) : row_number + 1;

          if (number == 0 || number > book->limits->max_rows)
            {
              ok = refuse_address (book, entry->name, r != NULL ? r : "?", error);
              break;
            }
          row_number = number;
          column = 0;
          zs_sheet_row_builder_init (&builder, (guint) row_number);
          in_row = !xmlTextReaderIsEmptyElement (reader);
          continue;
        }
      if (in_row && is_element (reader, "c"))
        {
          g_autofree char *r = get_attribute (reader, "r");
          g_autofree char *s = get_attribute (reader, "s");
          guint64 cell_row = row_number, cell_column = column;

          if (r != NULL && (!parse_reference (r, &cell_column, &cell_row) || cell_column >= book->limits->max_columns ||
                            cell_row > book->limits->max_rows))
            {
              ok = refuse_address (book, entry->name, r, error);
              break;
            }
          if (cell_column >= book->limits->max_columns)
            {
              ok = refuse_address (book, entry->name, "?", error);
              break;
            }
          column = cell_column;
          g_free (cell.type);
          cell.type = get_attribute (reader, "t");
          cell.style = s != NULL ? (guint) g_ascii_strtoull (s, NULL, 10) : 0;
          g_string_truncate (cell.value, 0);
          cell.in_value = cell.in_inline = FALSE;
          in_cell = !xmlTextReaderIsEmptyElement (reader);
          if (!in_cell)
            column++;
          continue;
        }
      if (in_cell)
        {
          if (is_element (reader, "v"))
            cell.in_value = !xmlTextReaderIsEmptyElement (reader);
          else if (is_end (reader, "v"))
            cell.in_value = FALSE;
          else if (is_element (reader, "t"))
            cell.in_inline = !xmlTextReaderIsEmptyElement (reader);
          else if (is_end (reader, "t"))
            cell.in_inline = FALSE;
          else if ((cell.in_value || cell.in_inline) && is_text_node (reader))
            ok = append_text (book, cell.value, reader, error);
          else if (is_end (reader, "c"))
            {
              finish_cell (book, &builder, (guint) column, &cell);
              in_cell = FALSE;
              column++;
            }
          continue;
        }
      if (in_row && is_end (reader, "row"))
        {
          in_row = FALSE;
          if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
              !zs_sheet_count_cells (book->limits, n_cells, &builder.row, book->file_name, error))
            ok = FALSE;
          else if (builder.row.n_cells > 0 && !zs_sheet_row_is_blank (&builder.row))
            ok = func (entry->name, index, &builder.row, user_data, error);
        }
    }
  part_close_all (&part, reader);
  zs_sheet_row_builder_clear (&builder);
  g_free (cell.type);
  g_string_free (cell.value, TRUE);
  return ok && done;
}

gboolean
zs_sheet_read_xlsx (const char           *path,
                    const char           *file_name,
                    const ZsSheetLimits  *limits,
                    ZsSheetRowFunc        func,
                    gpointer              user_data,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(GArray) sheets = g_array_new (FALSE, TRUE, sizeof (SheetEntry));
  Book book = { NULL, file_name, limits, 0, NULL, NULL, FALSE };
  guint64 n_cells = 0;
  gboolean ok;
  int code = 0;

  g_array_set_clear_func (sheets, sheet_entry_clear);
  book.zip = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (book.zip == NULL)
    {
      zip_error_t zip_error;

      zip_error_init_with_code (&zip_error, code);
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” is damaged or incomplete: it starts as an Excel workbook but cannot be opened (%s)"),
                   file_name, zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      return FALSE;
    }
  book.strings = g_ptr_array_new_with_free_func (g_free);
  book.date_xf = g_array_new (FALSE, FALSE, sizeof (gboolean));

  ok = read_workbook (&book, sheets, error) &&
       read_shared_strings (&book, error) &&
       read_styles (&book, error);
  for (guint i = 0; ok && i < sheets->len; i++)
    ok = read_sheet (&book, &g_array_index (sheets, SheetEntry, i), i, &n_cells, func, user_data, cancellable, error);

  g_ptr_array_unref (book.strings);
  g_array_unref (book.date_xf);
  zip_discard (book.zip);
  return ok;
}
