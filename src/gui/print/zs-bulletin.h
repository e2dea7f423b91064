/* zs-bulletin.h — the monthly bulletin (一月一通报), laid out for paper or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <pango/pangocairo.h>

#include "zs-core.h"

G_BEGIN_DECLS

/* Each attention list shows at most this many entries; the rest are counted. */
#define ZS_BULLETIN_LIST_LIMIT 30

#define ZS_TYPE_BULLETIN (zs_bulletin_get_type ())
G_DECLARE_FINAL_TYPE (ZsBulletin, zs_bulletin, ZS, BULLETIN, GObject)

/* What the clerk gives the bulletin before it goes out. */
typedef struct {
  guint       issue;       /* 第N期; 0: the next of the report's year (zs_bulletin_issue_next()) */
  const char *drafter;     /* 拟稿, 审核, 签发; NULL or empty: a blank to sign */
  const char *reviewer;
  const char *signer;
  const char *problems;    /* 存在问题, a paragraph per line; NULL or blank: no section */
  const char *next_steps;  /* 下步工作, the same */
} ZsBulletinOptions;

/* The bulletin of @report: title, issue number, office and date, period,
 * headline figures with 同比 and 序时进度, the units in ranking order, the
 * red and black lists, the chains, what needs attention (read from @store
 * now), the clerk's problems and next steps, and the sign-off lines. */
ZsBulletin        *zs_bulletin_new              (ZsStore      *store,
                                                 ZsReport     *report);
ZsBulletin        *zs_bulletin_new_with_options (ZsStore                 *store,
                                                 ZsReport                *report,
                                                 const ZsBulletinOptions *options);
guint              zs_bulletin_get_issue        (ZsBulletin   *self);
/* Records in the store that this issue went out, so the next counts on. */
gboolean           zs_bulletin_remember_issue   (ZsBulletin   *self,
                                                 GError      **error);
/* For tests, after paginating: a heading left alone at a page's foot, or NULL. */
const char        *zs_bulletin_find_stranded_heading (ZsBulletin *self);
/* For tests, after paginating: see zs_print_document_count_wrapped_cells(). */
int                zs_bulletin_count_wrapped_cells (ZsBulletin *self,
                                                    const char *column_title);
const char        *zs_bulletin_get_title        (ZsBulletin   *self);
/* "招商通报-2026年11月.pdf" */
char              *zs_bulletin_suggest_filename (ZsBulletin   *self);

/* Lays the bulletin out on pages of @width × @height points, measuring
 * text with @context; returns the number of pages. */
guint              zs_bulletin_paginate         (ZsBulletin   *self,
                                                 PangoContext *context,
                                                 double        width,
                                                 double        height);
guint              zs_bulletin_get_n_pages      (ZsBulletin   *self);
/* Draws page @page (from 0) of the last layout on @cr, in points. */
void               zs_bulletin_draw_page        (ZsBulletin   *self,
                                                 cairo_t      *cr,
                                                 guint         page);

/* Writes an A4 PDF with cairo alone (no print system, no display), to
 * @path as ZsOutputFile writes: whole or not at all, and never over
 * something that is not a regular file. */
gboolean           zs_bulletin_write_pdf        (ZsBulletin   *self,
                                                 const char   *path,
                                                 GError      **error);
/* The same PDF into @stream, which stays open; @name is the file's name
 * for messages. */
gboolean           zs_bulletin_write_pdf_to_stream (ZsBulletin    *self,
                                                    GOutputStream *stream,
                                                    const char    *name,
                                                    GError       **error);

G_END_DECLS
