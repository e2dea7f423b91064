/* zs-pdf-thumbnail.h — the first page of a PDF as a small picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* The first page of the PDF in @bytes, rendered to fit @size × @size
 * pixels on white: a new texture, or NULL and @error for a file poppler
 * cannot read (broken, encrypted, no pages). Touches no widget, so a
 * worker thread may call it. */
GdkTexture *zs_pdf_thumbnail_render (GBytes  *bytes,
                                     int      size,
                                     GError **error);

G_END_DECLS
