/* zs-attachments.h — files kept inside the database with their records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-attachment.h"
#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The size of the pieces a file is kept in: what is in memory at once. */
#define ZS_ATTACHMENT_CHUNK_SIZE (256 * 1024)

/* The attachments of @owner (a saved project, lead, enterprise, partner,
 * carrier or activity), newest first; NULL for another type. */
ZsQuery      *zs_attachments_query          (ZsRecord       *owner);
/* The largest file the bureau accepts, in bytes (its setting, in MB). */
gint64        zs_store_attachment_limit     (ZsStore        *self);
/* What all attachments take, in bytes. */
gint64        zs_store_attachments_total    (ZsStore        *self,
                                             GError        **error);

/* Adds @file to @owner: the record, then the bytes piece by piece, in one
 * transaction; refused (ZS_ERROR_INVALID, saying which file and the limit)
 * above zs_store_attachment_limit(). Blocks: a window calls the _async one. */
ZsAttachment *zs_store_attach_file          (ZsStore        *self,
                                             ZsRecord       *owner,
                                             GFile          *file,
                                             GCancellable   *cancellable,
                                             GError        **error);
/* The same in a worker thread on a connection of its own; the result is
 * the live attachment of @self. */
void          zs_store_attach_file_async    (ZsStore            *self,
                                             ZsRecord           *owner,
                                             GFile              *file,
                                             GCancellable       *cancellable,
                                             GAsyncReadyCallback callback,
                                             gpointer            user_data);
ZsAttachment *zs_store_attach_file_finish   (ZsStore        *self,
                                             GAsyncResult   *result,
                                             GError        **error);

/* Writes the attachment's bytes to @out, piece by piece. */
gboolean      zs_store_attachment_write_to  (ZsStore        *self,
                                             ZsAttachment   *attachment,
                                             GOutputStream  *out,
                                             GCancellable   *cancellable,
                                             GError        **error);
/* Piece @seq (from 0) of the bytes of the attachment of UUID @uuid, at
 * most ZS_ATTACHMENT_CHUNK_SIZE; NULL past the last one (without an error). */
GBytes       *zs_store_attachment_read_chunk (ZsStore       *self,
                                              const char    *uuid,
                                              guint          seq,
                                              GError       **error);
/* The bytes of @attachment (saved) become what @in holds, piece by piece;
 * refused above zs_store_attachment_limit(). Inside the caller's
 * transaction, for an import. */
gboolean      zs_store_attachment_replace_bytes (ZsStore       *self,
                                                 ZsAttachment  *attachment,
                                                 GInputStream  *in,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
/* A copy at @dest (replaced), as a whole or not at all. */
gboolean      zs_store_attachment_save_as   (ZsStore        *self,
                                             ZsAttachment   *attachment,
                                             GFile          *dest,
                                             GCancellable   *cancellable,
                                             GError        **error);
void          zs_store_attachment_save_as_async  (ZsStore            *self,
                                                  ZsAttachment       *attachment,
                                                  GFile              *dest,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
gboolean      zs_store_attachment_save_as_finish (ZsStore        *self,
                                                  GAsyncResult   *result,
                                                  GError        **error);

/* The attachment's bytes in memory, in a worker thread on a connection of
 * its own, for a thumbnail: refused (ZS_ERROR_INVALID) when the file is
 * larger than @max_bytes, so a large scan is never read whole. */
void          zs_store_attachment_read_async     (ZsStore            *self,
                                                  ZsAttachment       *attachment,
                                                  gsize               max_bytes,
                                                  GCancellable       *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer            user_data);
GBytes       *zs_store_attachment_read_finish    (ZsStore        *self,
                                                  GAsyncResult   *result,
                                                  GError        **error);

/* Removes the bytes no attachment and no trash entry names any longer (an
 * attachment removed from the trash for good, an undone add); returns how
 * many files' bytes went, -1 on error. */
gint64        zs_store_attachments_forget_unused (ZsStore   *self,
                                                  GError   **error);

G_END_DECLS
