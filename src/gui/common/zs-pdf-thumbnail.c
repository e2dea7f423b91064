/* zs-pdf-thumbnail.c — the first page of a PDF as a small picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The only file that uses poppler (check-modules.py's rule
 * poppler-outside-thumbnail): a PDF attached to a record comes from
 * outside, so the parser stays in one place, and it runs in the worker
 * thread the attachment list's thumbnails already use.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "zs-pdf-thumbnail.h"

/* A page bigger than this (in points, A0 is 3370) is no document page. */
#define MAX_PAGE_POINTS 20000.0

/* The page drawn to fit @size on white, or NULL and @error. */
static GdkTexture *
render_page (PopplerPage  *page,
             int           size,
             GError      **error)
{
  g_autoptr(GBytes) pixels = NULL;
  GdkTexture *texture;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width = 0, height = 0, scale;
  int w, h;

  poppler_page_get_size (page, &width, &height);
  if (!(width >= 1 && height >= 1 && width <= MAX_PAGE_POINTS && height <= MAX_PAGE_POINTS))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The PDF’s first page has no usable size."));
      return NULL;
    }

  scale = (double) size / MAX (width, height);
  w = MAX (1, (int) (width * scale + 0.5));
  h = MAX (1, (int) (height * scale + 0.5));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  /* Paper is white; a page without a background would show the theme. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The PDF’s first page could not be drawn."));
      return NULL;
    }
  /* cairo's ARGB32 is GDK's default memory format: premultiplied, in native order. */
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * (gsize) h);
  texture = gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, pixels,
                                    (gsize) cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

GdkTexture *
zs_pdf_thumbnail_render (GBytes  *bytes,
                         int      size,
                         GError **error)
{
  PopplerDocument *document;
  PopplerPage *page = NULL;
  GdkTexture *texture = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (size > 0, NULL);

  /* poppler-glib 22.12 (Debian 12) has no g_autoptr for its types. */
  document = poppler_document_new_from_bytes (bytes, NULL, error);
  if (document == NULL)
    return NULL;
  if (poppler_document_get_n_pages (document) >= 1)
    page = poppler_document_get_page (document, 0);
  if (page == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The PDF has no pages."));
  else
    texture = render_page (page, size, error);
  g_clear_object (&page);
  g_object_unref (document);
  return texture;
}
