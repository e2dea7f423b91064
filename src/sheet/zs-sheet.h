/* zs-sheet.h — spreadsheets read as plain tables: .xlsx, .xls and .csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The readers hand over one row at a time (ZsSheetRowFunc), so that a large
 * file never needs to be held whole; zs_sheet_book_read() collects the rows
 * into a ZsSheetBook for the layout finder and the import. Files from outside
 * are hostile: every reader keeps to ZsSheetLimits and says in Chinese what
 * it refused and where.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  ZS_SHEET_FORMAT_UNKNOWN,
  ZS_SHEET_FORMAT_XLSX,    /* a zip of XML parts (Excel 2007 and later, WPS) */
  ZS_SHEET_FORMAT_XLS,     /* an OLE2 compound file (Excel 97–2003) */
  ZS_SHEET_FORMAT_CSV,     /* text: UTF-8 with or without BOM, or GB18030 */
} ZsSheetFormat;

typedef enum {
  ZS_SHEET_CELL_EMPTY,
  ZS_SHEET_CELL_TEXT,
  ZS_SHEET_CELL_NUMBER,    /* @number holds the value, @text its shortest form */
  ZS_SHEET_CELL_DATE,      /* @text holds the ISO date, @number Excel's serial */
  ZS_SHEET_CELL_BOOLEAN,   /* @number is 0 or 1 */
} ZsSheetCellType;

typedef struct {
  ZsSheetCellType  type;
  char            *text;
  double           number;
} ZsSheetCell;

typedef struct {
  guint        number;     /* the row's number in the sheet, from 1 */
  guint        n_cells;
  ZsSheetCell *cells;      /* column A first */
} ZsSheetRow;

typedef struct {
  char      *name;
  GPtrArray *rows;         /* ZsSheetRow *, only rows with something in them */
} ZsSheet;

typedef struct {
  ZsSheetFormat  format;
  GPtrArray     *sheets;   /* ZsSheet * */
} ZsSheetBook;

typedef struct {
  goffset max_file_size;      /* bytes of the file itself */
  goffset max_unpacked_size;  /* bytes of all the XML parts of an .xlsx together */
  guint64 max_cells;          /* cells with something in them, all sheets */
  guint   max_columns;        /* columns of one row */
  guint   max_rows;           /* the highest row number */
  gsize   max_text_length;    /* bytes in one cell */
} ZsSheetLimits;

/* Sizes far above a bureau's ledger and far below what would hurt. */
#define ZS_SHEET_MAX_FILE_SIZE      ((goffset) 256 << 20)
#define ZS_SHEET_MAX_UNPACKED_SIZE  ((goffset) 1 << 30)
#define ZS_SHEET_MAX_CELLS          ((guint64) 20000000)
#define ZS_SHEET_MAX_COLUMNS        16384   /* Excel's own: XFD */
#define ZS_SHEET_MAX_ROWS           1048576 /* Excel's own */
#define ZS_SHEET_MAX_TEXT_LENGTH    (64 * 1024)

/* The limits above. */
void           zs_sheet_limits_init    (ZsSheetLimits *limits);

/* What @data (the first bytes of a file) holds, by content only. */
ZsSheetFormat  zs_sheet_sniff          (const guint8  *data,
                                        gsize          length);
/* zs_sheet_sniff() of the start of the file at @path; UNKNOWN when it
 * cannot be read or is no regular file. */
ZsSheetFormat  zs_sheet_sniff_file     (const char    *path);

/* Called for each row with something in it, sheet by sheet, in order;
 * return FALSE with @error set to stop. */
typedef gboolean (*ZsSheetRowFunc) (const char        *sheet_name,
                                    guint              sheet_index,
                                    const ZsSheetRow  *row,
                                    gpointer           user_data,
                                    GError           **error);

/* Reads @path, found by content, row by row. @limits NULL for the defaults.
 * Errors are ZS_ERROR_PARSE with a Chinese message naming the file and,
 * where there is one, the sheet and cell. */
gboolean       zs_sheet_read           (const char           *path,
                                        const ZsSheetLimits  *limits,
                                        ZsSheetRowFunc        func,
                                        gpointer              user_data,
                                        GCancellable         *cancellable,
                                        GError              **error);

ZsSheetBook   *zs_sheet_book_read      (const char           *path,
                                        const ZsSheetLimits  *limits,
                                        GCancellable         *cancellable,
                                        GError              **error);
void           zs_sheet_book_free      (ZsSheetBook          *book);

/* "A", "B", …, "Z", "AA" for @column 0, 1, … */
char          *zs_sheet_column_name    (guint                 column);
/* "项目台账!F12" */
char          *zs_sheet_cell_address   (const char           *sheet_name,
                                        guint                 column,
                                        guint                 row_number);

/* The cell of @row at @column, or NULL when the row is shorter or it is empty. */
const ZsSheetCell *zs_sheet_row_get    (const ZsSheetRow     *row,
                                        guint                 column);
/* TRUE when no cell holds anything but blanks. */
gboolean       zs_sheet_row_is_blank   (const ZsSheetRow     *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetBook, zs_sheet_book_free)

G_END_DECLS
