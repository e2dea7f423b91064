/* zs-print-document.c — headings, paragraphs and tables laid out on printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * All sizes are in points on an A4-like page. Text is measured and drawn
 * with Pango in a CJK font, with the language set to Simplified Chinese so
 * the Han glyphs take their mainland forms. Pagination puts whole rows on a
 * page and repeats a table's header row where it continues; drawing reuses
 * the pagination's measurements, so what was measured is what is drawn.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "zs-print-document.h"

/* Noto CJK is what Debian installs (fonts-noto-cjk); the others are the
 * usual Chinese fonts elsewhere. */
#define SANS_FAMILIES  "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, sans-serif"
#define SERIF_FAMILIES "Noto Serif CJK SC, Source Han Serif SC, Noto Serif SC, serif"

#define MARGIN_SIDE     56.7   /* 2 cm */
#define MARGIN_TOP      56.7
#define MARGIN_BOTTOM   62.0   /* room for the page number */
#define CELL_PAD_X      3.5
#define CELL_PAD_Y      3.0
#define KEEP_LINES      2      /* a heading keeps this many lines of its text with it */

typedef enum {
  BLOCK_TITLE,
  BLOCK_SUBTITLE,
  BLOCK_BYLINE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_RULE,
  BLOCK_NOTE,
  BLOCK_TABLE,
  BLOCK_PAIR,       /* text at the left, text2 at the right of one line */
} BlockKind;

typedef struct {
  BlockKind  kind;
  char      *text;
  char      *text2;       /* pairs */
  gboolean   plain;       /* a title in black, as a 台账's */
  /* tables */
  guint      n_columns;
  double    *widths;      /* fractions of the text width */
  gboolean  *numeric;
  GPtrArray *rows;        /* GStrv; row 0 is the header */
  double    *row_heights; /* from the last pagination */
  gboolean   bold_last;   /* the last row is a 合计 */
  /* Made by the pagination and drawn as they are: a text's layout (with
   * the space above and below it), a small table's cells row by row. */
  PangoLayout  *layout;
  double        above;
  double        below;
  PangoLayout **cells;
  guint         n_cells;  /* of @cells */
} Block;

typedef struct {
  guint  page;
  guint  block;
  int    row;      /* table row, 0 the header; -1 for other blocks */
  double y;
  double height;
} Placement;

/* A table of more cells than this measures and draws each cell anew
 * rather than keep a layout per cell (a 台账 of 100,000 projects). */
#define MAX_KEPT_CELLS 4096

struct _ZsPrintDocument
{
  GPtrArray    *blocks;      /* Block */
  GArray       *placements;  /* Placement, in page order */
  PangoContext *context;
  ZsPrintFooterFunc footer;
  gpointer      footer_data;
  double        width;
  double        height;
  guint         n_pages;
  double        table_font;   /* points */
  GHashTable   *fonts;        /* "families|size|bold" → PangoFontDescription */
};

/* Drops what the last pagination laid out: a new one may have another
 * context or page width. */
static void
block_forget_layouts (Block *block)
{
  g_clear_object (&block->layout);
  if (block->cells != NULL)
    {
      for (guint i = 0; i < block->n_cells; i++)
        g_clear_object (&block->cells[i]);
      g_clear_pointer (&block->cells, g_free);
    }
}

static void
block_free (gpointer data)
{
  Block *block = data;

  block_forget_layouts (block);
  g_free (block->text);
  g_free (block->text2);
  g_free (block->widths);
  g_free (block->numeric);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block->row_heights);
  g_free (block);
}

ZsPrintDocument *
zs_print_document_new (void)
{
  ZsPrintDocument *self = g_new0 (ZsPrintDocument, 1);

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->table_font = 8.5;
  self->fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pango_font_description_free);
  return self;
}

void
zs_print_document_free (ZsPrintDocument *self)
{
  g_ptr_array_unref (self->blocks);
  g_array_unref (self->placements);
  g_hash_table_unref (self->fonts);
  g_clear_object (&self->context);
  g_free (self);
}

static void
add_text_block (ZsPrintDocument *self,
                BlockKind        kind,
                const char      *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (self->blocks, block);
}

void
zs_print_document_add_title (ZsPrintDocument *self,
                             const char      *text)
{
  add_text_block (self, BLOCK_TITLE, text);
}

void
zs_print_document_add_plain_title (ZsPrintDocument *self,
                                   const char      *text)
{
  add_text_block (self, BLOCK_TITLE, text);
  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->plain = TRUE;
}

void
zs_print_document_add_pair (ZsPrintDocument *self,
                            const char      *left,
                            const char      *right)
{
  add_text_block (self, BLOCK_PAIR, left);
  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->text2 = g_strdup (right);
}

void
zs_print_document_add_subtitle (ZsPrintDocument *self,
                                const char      *text)
{
  add_text_block (self, BLOCK_SUBTITLE, text);
}

void
zs_print_document_add_byline (ZsPrintDocument *self,
                              const char      *start,
                              const char      *end)
{
  g_autofree char *text = g_strdup_printf ("%s\t%s", start, end);

  add_text_block (self, BLOCK_BYLINE, text);
}

void
zs_print_document_add_heading (ZsPrintDocument *self,
                               const char      *text)
{
  add_text_block (self, BLOCK_HEADING, text);
}

void
zs_print_document_add_subheading (ZsPrintDocument *self,
                                  const char      *text)
{
  add_text_block (self, BLOCK_SUBHEADING, text);
}

void
zs_print_document_add_rule (ZsPrintDocument *self)
{
  add_text_block (self, BLOCK_RULE, "");
}

void
zs_print_document_add_paragraph (ZsPrintDocument *self,
                                 const char      *text)
{
  add_text_block (self, BLOCK_PARAGRAPH, text);
}

void
zs_print_document_add_note (ZsPrintDocument *self,
                            const char      *text)
{
  add_text_block (self, BLOCK_NOTE, text);
}

void
zs_print_document_begin_table (ZsPrintDocument    *self,
                               guint               n_columns,
                               const char * const *titles,
                               const double       *widths,
                               const gboolean     *numeric)
{
  Block *block = g_new0 (Block, 1);
  double total = 0;

  g_return_if_fail (n_columns > 0);

  block->kind = BLOCK_TABLE;
  block->n_columns = n_columns;
  block->widths = g_new0 (double, n_columns);
  block->numeric = g_memdup2 (numeric, sizeof (gboolean) * n_columns);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < n_columns; i++)
    total += widths[i];
  for (guint i = 0; i < n_columns; i++)
    block->widths[i] = widths[i] / total;
  g_ptr_array_add (self->blocks, block);
  zs_print_document_add_row (self, titles);
}

void
zs_print_document_add_row (ZsPrintDocument    *self,
                           const char * const *cells)
{
  Block *block = self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;
  char **row;

  g_return_if_fail (block != NULL && block->kind == BLOCK_TABLE);

  row = g_new0 (char *, block->n_columns + 1);
  for (guint i = 0; i < block->n_columns; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (block->rows, row);
}

void
zs_print_document_add_total_row (ZsPrintDocument    *self,
                                 const char * const *cells)
{
  Block *block = self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1) : NULL;

  g_return_if_fail (block != NULL && block->kind == BLOCK_TABLE);
  zs_print_document_add_row (self, cells);
  block->bold_last = TRUE;
}

double
zs_print_document_get_table_font (ZsPrintDocument *self)
{
  return self->table_font;
}

void
zs_print_document_set_table_font (ZsPrintDocument *self,
                                  double           points)
{
  self->table_font = points;
}

double
zs_print_document_get_text_width (ZsPrintDocument *self,
                                  double           page_width)
{
  return page_width - 2 * MARGIN_SIDE;
}

void
zs_print_document_set_footer (ZsPrintDocument   *self,
                              ZsPrintFooterFunc  func,
                              gpointer           user_data)
{
  self->footer = func;
  self->footer_data = user_data;
}

/* ---- text -------------------------------------------------------------------------- */

static PangoLayout *
make_layout (ZsPrintDocument *self,
             const char      *families,
             double           size,
             gboolean         bold,
             double           width,
             PangoAlignment   alignment,
             const char      *text)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autofree char *key = g_strdup_printf ("%s|%g|%d", families, size, bold);
  PangoFontDescription *font = g_hash_table_lookup (self->fonts, key);

  /* A few fonts serve hundreds of blocks and cells: parse each once. */
  if (font == NULL)
    {
      font = pango_font_description_from_string (families);
      pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
      pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      g_hash_table_insert (self->fonts, g_steal_pointer (&key), font);
    }
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (ZsPrintDocument *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

/* The layout of a text block, and the space above and below it. */
static PangoLayout *
make_block_layout (ZsPrintDocument *self,
              Block           *block,
              double          *above,
              double          *below)
{
  double width = text_width (self);

  switch (block->kind)
    {
    case BLOCK_TITLE:
      *above = 0;
      *below = 10;
      return make_layout (self, SERIF_FAMILIES, 22, TRUE, width, PANGO_ALIGN_CENTER, block->text);
    case BLOCK_SUBTITLE:
      *above = 0;
      *below = 4;
      return make_layout (self, SANS_FAMILIES, 11, FALSE, width, PANGO_ALIGN_CENTER, block->text);
    case BLOCK_BYLINE:
      *above = 4;
      *below = 2;
      {
        PangoLayout *layout = make_layout (self, SANS_FAMILIES, 10.5, FALSE, width, PANGO_ALIGN_LEFT, block->text);
        g_autoptr(PangoTabArray) tabs = pango_tab_array_new (1, FALSE);

        /* The second part flush right, as the office and the date under
         * an official document's issue number. */
        pango_tab_array_set_tab (tabs, 0, PANGO_TAB_RIGHT, (int) (width * PANGO_SCALE) - 1);
        pango_layout_set_tabs (layout, tabs);
        return layout;
      }
    case BLOCK_HEADING:
      *above = 16;
      *below = 8;
      return make_layout (self, SANS_FAMILIES, 13, TRUE, width, PANGO_ALIGN_LEFT, block->text);
    case BLOCK_SUBHEADING:
      *above = 8;
      *below = 6;
      return make_layout (self, SANS_FAMILIES, 11, TRUE, width, PANGO_ALIGN_LEFT, block->text);
    case BLOCK_RULE:
      *above = 6;
      *below = 12;
      /* Drawn as a line; the empty layout only gives it a height. */
      return make_layout (self, SANS_FAMILIES, 2, FALSE, width, PANGO_ALIGN_LEFT, "");
    case BLOCK_PAIR:
      *above = 0;
      *below = 4;
      return make_layout (self, SANS_FAMILIES, 10, FALSE, width, PANGO_ALIGN_LEFT, block->text);
    case BLOCK_NOTE:
      *above = 4;
      *below = 6;
      return make_layout (self, SANS_FAMILIES, 8.5, FALSE, width, PANGO_ALIGN_LEFT, block->text);
    case BLOCK_PARAGRAPH:
    default:
      *above = 2;
      *below = 8;
      {
        PangoLayout *layout = make_layout (self, SANS_FAMILIES, 10.5, FALSE, width, PANGO_ALIGN_LEFT, block->text);

        /* Chinese paragraphs open with two full-width spaces' indent. */
        pango_layout_set_indent (layout, (int) (2 * 10.5 * PANGO_SCALE));
        pango_layout_set_spacing (layout, (int) (4 * PANGO_SCALE));
        return layout;
      }
    }
}

/* make_block_layout() once per pagination: measuring, keeping with the
 * next block and drawing read the same layout. A new reference. */
static PangoLayout *
block_layout (ZsPrintDocument *self,
              Block           *block,
              double          *above,
              double          *below)
{
  if (block->layout == NULL)
    block->layout = make_block_layout (self, block, &block->above, &block->below);
  *above = block->above;
  *below = block->below;
  return g_object_ref (block->layout);
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static PangoLayout *
make_cell_layout (ZsPrintDocument *self,
                  Block           *block,
                  guint            row,
                  guint            column)
{
  double width = text_width (self) * block->widths[column] - 2 * CELL_PAD_X;
  char **cells = g_ptr_array_index (block->rows, row);
  gboolean bold = row == 0 || (block->bold_last && row == block->rows->len - 1);

  return make_layout (self, SANS_FAMILIES, self->table_font, bold, MAX (width, 1),
                      row == 0 ? PANGO_ALIGN_CENTER : block->numeric[column] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT,
                      cells[column]);
}

/* A cell's layout, kept from the pagination to the drawing when the table
 * is small enough. A new reference. */
static PangoLayout *
cell_layout (ZsPrintDocument *self,
             Block           *block,
             guint            row,
             guint            column)
{
  guint n_cells = block->rows->len * block->n_columns;
  PangoLayout **kept;

  if (n_cells > MAX_KEPT_CELLS)
    return make_cell_layout (self, block, row, column);
  /* Rows added since the pagination: the header's place is the same, the total's not. */
  if (block->cells != NULL && block->n_cells != n_cells)
    block_forget_layouts (block);
  if (block->cells == NULL)
    {
      block->cells = g_new0 (PangoLayout *, n_cells);
      block->n_cells = n_cells;
    }
  kept = &block->cells[row * block->n_columns + column];
  if (*kept == NULL)
    *kept = make_cell_layout (self, block, row, column);
  return g_object_ref (*kept);
}

static double
row_height (ZsPrintDocument *self,
            Block           *block,
            guint            row)
{
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      g_autoptr(PangoLayout) layout = cell_layout (self, block, row, c);

      height = MAX (height, layout_height (layout));
    }
  return height + 2 * CELL_PAD_Y;
}

/* ---- pagination ----------------------------------------------------------------------- */

static gboolean
is_heading (Block *block)
{
  return block->kind == BLOCK_HEADING || block->kind == BLOCK_SUBHEADING;
}

/* The height of the first KEEP_LINES lines of @layout. */
static double
first_lines_height (PangoLayout *layout)
{
  int n_lines = pango_layout_get_line_count (layout);
  PangoLayoutIter *iter;
  int y0, y1;

  if (n_lines <= KEEP_LINES)
    return layout_height (layout);
  iter = pango_layout_get_iter (layout);
  for (int i = 0; i < KEEP_LINES - 1; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_free (iter);
  return (double) y1 / PANGO_SCALE;
}

/* How much of block @b must share a page with the heading before it: a
 * table's header and first row, a paragraph's first lines, or a further
 * heading with its own start. */
static double
start_height (ZsPrintDocument *self,
              guint            b)
{
  Block *block = g_ptr_array_index (self->blocks, b);
  double above, below, h;
  g_autoptr(PangoLayout) layout = NULL;

  if (block->kind == BLOCK_TABLE)
    return row_height (self, block, 0) + (block->rows->len > 1 ? row_height (self, block, 1) : 0);

  layout = block_layout (self, block, &above, &below);
  if (is_heading (block))
    {
      h = layout_height (layout) + below;
      return above + h + (b + 1 < self->blocks->len ? start_height (self, b + 1) : 0);
    }
  return above + first_lines_height (layout);
}

static void
place (ZsPrintDocument *self,
       guint            block,
       int              row,
       double           y,
       double           height)
{
  Placement p = { self->n_pages - 1, block, row, y, height };

  g_array_append_val (self->placements, p);
}

guint
zs_print_document_paginate (ZsPrintDocument *self,
                            PangoContext    *context,
                            double           width,
                            double           height)
{
  double top = MARGIN_TOP;
  double bottom = height - MARGIN_BOTTOM;
  double y = top;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  g_set_object (&self->context, context);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  for (guint b = 0; b < self->blocks->len; b++)
    block_forget_layouts (g_ptr_array_index (self->blocks, b));
  self->width = width;
  self->height = height;
  self->n_pages = 1;
  g_array_set_size (self->placements, 0);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);

      if (block->kind != BLOCK_TABLE)
        {
          double above, below, h;
          g_autoptr(PangoLayout) layout = block_layout (self, block, &above, &below);
          double keep = 0;

          h = layout_height (layout);
          /* Keep with next: a heading goes on with the start of what it heads. */
          if (is_heading (block) && b + 1 < self->blocks->len)
            keep = below + start_height (self, b + 1);
          if (y > top && y + above + h + keep > bottom)
            {
              self->n_pages++;
              y = top;
            }
          if (y > top)
            y += above;
          place (self, b, -1, y, h);
          y += h + below;
          continue;
        }

      g_free (block->row_heights);
      block->row_heights = g_new0 (double, block->rows->len);
      for (guint r = 0; r < block->rows->len; r++)
        block->row_heights[r] = row_height (self, block, r);

      /* The header with at least one row, or a new page for both. */
      if (y > top && y + block->row_heights[0] + (block->rows->len > 1 ? block->row_heights[1] : 0) > bottom)
        {
          self->n_pages++;
          y = top;
        }
      place (self, b, 0, y, block->row_heights[0]);
      y += block->row_heights[0];

      for (guint r = 1; r < block->rows->len; r++)
        {
          if (y + block->row_heights[r] > bottom)
            {
              self->n_pages++;
              y = top;
              place (self, b, 0, y, block->row_heights[0]);
              y += block->row_heights[0];
            }
          place (self, b, (int) r, y, block->row_heights[r]);
          y += block->row_heights[r];
        }
      y += 8;
    }

  return self->n_pages;
}

const char *
zs_print_document_find_stranded_heading (ZsPrintDocument *self)
{
  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, i);
      Block *block = g_ptr_array_index (self->blocks, p->block);

      if (!is_heading (block))
        continue;
      /* The last piece of a page, or of the whole document. */
      if (i + 1 == self->placements->len ||
          g_array_index (self->placements, Placement, i + 1).page != p->page)
        return block->text;
    }
  return NULL;
}

int
zs_print_document_count_wrapped_cells (ZsPrintDocument *self,
                                       const char      *column_title)
{
  int count = -1;

  g_return_val_if_fail (self != NULL && column_title != NULL, -1);
  g_return_val_if_fail (self->context != NULL, -1);

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (self->blocks, b);
      char **header;

      if (block->kind != BLOCK_TABLE)
        continue;
      header = g_ptr_array_index (block->rows, 0);
      for (guint c = 0; c < block->n_columns; c++)
        {
          if (g_strcmp0 (header[c], column_title) != 0)
            continue;
          count = MAX (count, 0);
          for (guint r = 1; r < block->rows->len; r++)
            {
              char **cells = g_ptr_array_index (block->rows, r);
              g_autoptr(PangoLayout) layout = cell_layout (self, block, r, c);
              /* A cell's own line breaks are not wrapping. */
              g_auto(GStrv) lines = g_strsplit (cells[c], "\n", -1);

              if (pango_layout_get_line_count (layout) > (int) g_strv_length (lines))
                count++;
            }
        }
    }
  return count;
}

guint
zs_print_document_get_n_pages (ZsPrintDocument *self)
{
  return self->n_pages;
}

/* ---- drawing ----------------------------------------------------------------------- */

static void
draw_row (ZsPrintDocument *self,
          cairo_t         *cr,
          Block           *block,
          guint            row,
          double           y,
          double           height)
{
  double x = MARGIN_SIDE;
  double width = text_width (self);

  if (row == 0)
    {
      cairo_set_source_rgb (cr, 0.90, 0.92, 0.95);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
    }

  for (guint c = 0; c < block->n_columns; c++)
    {
      double cell_w = width * block->widths[c];
      g_autoptr(PangoLayout) layout = cell_layout (self, block, row, c);

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, x + CELL_PAD_X, y + CELL_PAD_Y);
      pango_cairo_show_layout (cr, layout);

      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, y, cell_w, height);
      cairo_stroke (cr);
      x += cell_w;
    }
}

void
zs_print_document_draw_page (ZsPrintDocument *self,
                             cairo_t         *cr,
                             guint            page)
{
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page < self->n_pages);

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, i);
      Block *block = g_ptr_array_index (self->blocks, p->block);

      if (p->page != page)
        continue;

      if (block->kind == BLOCK_TABLE)
        draw_row (self, cr, block, (guint) p->row, p->y, p->height);
      else if (block->kind == BLOCK_RULE)
        {
          cairo_set_source_rgb (cr, 0.75, 0.05, 0.05);
          cairo_set_line_width (cr, 1.5);
          cairo_move_to (cr, MARGIN_SIDE, p->y + p->height / 2);
          cairo_line_to (cr, self->width - MARGIN_SIDE, p->y + p->height / 2);
          cairo_stroke (cr);
        }
      else
        {
          double above, below;
          g_autoptr(PangoLayout) layout = block_layout (self, block, &above, &below);

          gboolean red = block->kind == BLOCK_TITLE && !block->plain;

          cairo_set_source_rgb (cr, red ? 0.7 : 0.1, red ? 0.05 : 0.1, red ? 0.05 : 0.1);
          cairo_move_to (cr, MARGIN_SIDE, p->y);
          pango_cairo_show_layout (cr, layout);
          if (block->kind == BLOCK_PAIR && block->text2 != NULL)
            {
              g_autoptr(PangoLayout) right = make_layout (self, SANS_FAMILIES, 10, FALSE, text_width (self),
                                                          PANGO_ALIGN_RIGHT, block->text2);

              cairo_move_to (cr, MARGIN_SIDE, p->y);
              pango_cairo_show_layout (cr, right);
            }
        }
    }

  /* The page number, centred at the foot. */
  if (self->footer != NULL)
    {
      g_autofree char *text = self->footer (page + 1, self->n_pages, self->footer_data);
      g_autoptr(PangoLayout) layout = make_layout (self, SANS_FAMILIES, 9, FALSE, text_width (self),
                                                   PANGO_ALIGN_CENTER, text);

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_move_to (cr, MARGIN_SIDE, self->height - MARGIN_BOTTOM + 24);
      pango_cairo_show_layout (cr, layout);
    }
}

/* ---- PDF ----------------------------------------------------------------------- */

typedef struct {
  GOutputStream *stream;
  GError        *error;
} PdfOutput;

static cairo_status_t
on_pdf_write (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfOutput *out = closure;

  if (out->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (out->stream, data, length, NULL, NULL, &out->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
zs_print_document_write_pdf (ZsPrintDocument  *self,
                             GOutputStream    *stream,
                             double            width,
                             double            height,
                             const char       *title,
                             const char       *author,
                             GError          **error)
{
  PdfOutput out = { stream, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  surface = cairo_pdf_surface_create_for_stream (on_pdf_write, &out, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL && *author != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  /* One unit is one point: fonts at their point size. */
  pango_cairo_context_set_resolution (context, 72);
  n_pages = zs_print_document_paginate (self, context, width, height);
  for (guint page = 0; page < n_pages; page++)
    {
      zs_print_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (out.error != NULL)
    {
      g_propagate_error (error, out.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* ---- warming cairo's fonts up ------------------------------------------------------ */

static cairo_status_t
discard_pdf (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* A page of the faces a bulletin uses, written nowhere: cairo reads each
 * CJK face's whole CFF table (15–22 MB for Noto CJK) the first time a
 * process embeds it, most of what a first PDF costs. */
static void
warm_fonts_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  static const struct {
    const char *families;
    double      size;
    gboolean    bold;
  } faces[] = {
    { SANS_FAMILIES, 10.5, FALSE },
    { SANS_FAMILIES, 13, TRUE },
    { SERIF_FAMILIES, 22, TRUE },
  };
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_pdf, NULL, 595.276, 841.890);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);

  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  for (guint i = 0; i < G_N_ELEMENTS (faces); i++)
    {
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      PangoFontDescription *font = pango_font_description_from_string (faces[i].families);

      pango_font_description_set_size (font, (int) (faces[i].size * PANGO_SCALE));
      pango_font_description_set_weight (font, faces[i].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, "\xe9\x80\x9a\xe6\x8a\xa5 1", -1);   /* "通报 1" */
      cairo_move_to (cr, MARGIN_SIDE, MARGIN_TOP + 30 * i);
      pango_cairo_show_layout (cr, layout);
      pango_font_description_free (font);
    }
  cairo_show_page (cr);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  g_task_return_boolean (task, TRUE);
}

void
zs_print_document_warm_up (GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  static int started;
  g_autoptr(GTask) task = g_task_new (NULL, NULL, callback, user_data);

  /* Once a process: what it warms stays. */
  if (g_atomic_int_compare_and_exchange (&started, 0, 1))
    g_task_run_in_thread (task, warm_fonts_thread);
  else
    g_task_return_boolean (task, TRUE);
}
