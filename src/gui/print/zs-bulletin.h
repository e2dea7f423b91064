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

/* The bulletin of @report: title, period, headline figures, the units
 * in ranking order, the chains, and what needs attention (read from
 * @store now). */
ZsBulletin        *zs_bulletin_new              (ZsStore      *store,
                                                 ZsReport     *report);
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
