/* zs-print-document.h — headings, paragraphs and tables laid out on printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _ZsPrintDocument ZsPrintDocument;

ZsPrintDocument *zs_print_document_new           (void);
void             zs_print_document_free          (ZsPrintDocument    *self);

void             zs_print_document_add_title     (ZsPrintDocument    *self,
                                                  const char         *text);
/* A title in black, as a 台账 has (add_title's is an official red). */
void             zs_print_document_add_plain_title (ZsPrintDocument  *self,
                                                    const char       *text);
/* One line with @left at the left margin and @right at the right one. */
void             zs_print_document_add_pair      (ZsPrintDocument    *self,
                                                  const char         *left,
                                                  const char         *right);
void             zs_print_document_add_subtitle  (ZsPrintDocument    *self,
                                                  const char         *text);
/* @start at the left and @end at the right of one line: the issuing
 * office and the date under the issue number. */
void             zs_print_document_add_byline    (ZsPrintDocument    *self,
                                                  const char         *start,
                                                  const char         *end);
/* A heading stays on the page of what follows it (keep with next): of a
 * table its header and first row, of text its first two lines. */
void             zs_print_document_add_heading   (ZsPrintDocument    *self,
                                                  const char         *text);
/* A smaller heading within a section, kept with what follows it too. */
void             zs_print_document_add_subheading (ZsPrintDocument   *self,
                                                   const char        *text);
void             zs_print_document_add_paragraph (ZsPrintDocument    *self,
                                                  const char         *text);
/* A red rule across the page, as under the title of an official bulletin. */
void             zs_print_document_add_rule      (ZsPrintDocument    *self);
/* Smaller text under a table. */
void             zs_print_document_add_note      (ZsPrintDocument    *self,
                                                  const char         *text);
/* Starts a table of @n_columns with these titles, relative widths and
 * right-aligned (numeric) columns; its header row is repeated on every
 * page the table runs onto. */
void             zs_print_document_begin_table   (ZsPrintDocument    *self,
                                                  guint               n_columns,
                                                  const char * const *titles,
                                                  const double       *widths,
                                                  const gboolean     *numeric);
/* Adds a row of @n_columns cells to the table begun last; cells wrap. */
void             zs_print_document_add_row       (ZsPrintDocument    *self,
                                                  const char * const *cells);
/* The last row of the table begun last, in bold: its 合计. */
void             zs_print_document_add_total_row (ZsPrintDocument    *self,
                                                  const char * const *cells);
/* The size of the tables' text (8.5 points unless set). */
void             zs_print_document_set_table_font (ZsPrintDocument   *self,
                                                   double             points);
double           zs_print_document_get_table_font (ZsPrintDocument   *self);
/* The width between the margins of a page @page_width wide. */
double           zs_print_document_get_text_width (ZsPrintDocument   *self,
                                                   double             page_width);
/* Makes the line at the foot of page @page (from 1) of @n_pages. */
typedef char *(*ZsPrintFooterFunc) (guint    page,
                                    guint    n_pages,
                                    gpointer user_data);

void             zs_print_document_set_footer    (ZsPrintDocument    *self,
                                                  ZsPrintFooterFunc   func,
                                                  gpointer            user_data);

/* Lays everything out on pages of @width × @height points (margins
 * included) with the fonts of @context; returns the number of pages. */
guint            zs_print_document_paginate      (ZsPrintDocument    *self,
                                                  PangoContext       *context,
                                                  double              width,
                                                  double              height);
guint            zs_print_document_get_n_pages   (ZsPrintDocument    *self);
/* For tests, after paginating: the text of the first heading that ends a
 * page (nothing of what it heads after it there), or NULL. */
const char      *zs_print_document_find_stranded_heading (ZsPrintDocument *self);

/* For tests, after paginating: how many cells under the columns headed
 * @column_title wrap onto more lines than their text has; -1 when no
 * table has such a column. */
int              zs_print_document_count_wrapped_cells (ZsPrintDocument *self,
                                                        const char      *column_title);

void             zs_print_document_draw_page     (ZsPrintDocument    *self,
                                                  cairo_t            *cr,
                                                  guint               page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsPrintDocument, zs_print_document_free)

/* Lays the document out on pages of @width × @height points and writes it
 * to @stream as a PDF with @title and @author (either may be NULL). No GTK:
 * a worker thread may call it. The error is the stream's or cairo's. */
gboolean         zs_print_document_write_pdf     (ZsPrintDocument    *self,
                                                  GOutputStream      *stream,
                                                  double              width,
                                                  double              height,
                                                  const char         *title,
                                                  const char         *author,
                                                  GError            **error);

/* Has cairo read the bulletin's CJK faces in a worker thread, once a
 * process, so that the first PDF or print made soon after (the bulletin
 * dialog asks for it when it opens) does not pay for it; @callback (or
 * NULL) when that is done. */
void             zs_print_document_warm_up       (GAsyncReadyCallback  callback,
                                                  gpointer             user_data);

G_END_DECLS
