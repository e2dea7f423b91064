/* zs-exchange-private.h — shared by the files of the exchange format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-exchange.h"
#include "zs-record.h"

G_BEGIN_DECLS

/* A file, or bytes the program ships; @name is what messages call it. */
typedef struct {
  GFile      *file;
  GBytes     *bytes;
  const char *name;
} ZsExchangeSource;

/* The name of a FIFO's copy in its scratch folder. */
#define ZS_EXCHANGE_SPOOL_NAME "input.xml"

/* Makes libxml2 safe to use from any thread and refuses every external
 * entity and DTD load, process-wide. Called by every entry point. */
void              zs_exchange_init              (void);

/* zs-exchange-schema.c: the element of a field, "chain" for "chain-id". */
const char       *zs_exchange_field_element     (const ZsField          *field);

/* zs-exchange-reader.c: the records of a file, one at a time. */
typedef struct _ZsExchangeReader ZsExchangeReader;

/* What a pass over a file needs from the reader. */
typedef enum {
  /* Checked against the schema as the file streams past. */
  ZS_EXCHANGE_READ_VALIDATE   = 1 << 0,
  /* A FIFO is copied as it is read, for zs_exchange_reader_steal_spool(). */
  ZS_EXCHANGE_READ_SPOOL      = 1 << 1,
  /* Attachments' bytes are kept in scratch files, to be written. */
  ZS_EXCHANGE_READ_KEEP_BYTES = 1 << 2,
  /* SHA-256 of every byte, for zs_exchange_reader_get_checksum(). */
  ZS_EXCHANGE_READ_CHECKSUM   = 1 << 3,
} ZsExchangeReadFlags;

ZsExchangeReader *zs_exchange_reader_new        (const ZsExchangeSource *source,
                                                 const ZsImportOptions  *options,
                                                 ZsExchangeReadFlags     flags,
                                                 GCancellable           *cancellable,
                                                 ZsProgressFunc          progress,
                                                 gpointer                progress_data,
                                                 GError                **error);
/* The next record with its non-reference fields set, or NULL at the end of
 * the file (then TRUE). Errors name the line and the reason. */
gboolean          zs_exchange_reader_next       (ZsExchangeReader       *self,
                                                 ZsRecord              **record,
                                                 GError                **error);
/* The UUID reference @field of the current record gives, or NULL. */
const char       *zs_exchange_reader_get_ref    (ZsExchangeReader       *self,
                                                 guint                   field);
/* The current record's references, one per field (@n_refs of them, at
 * least its number of fields), taken from the reader. */
char            **zs_exchange_reader_steal_refs (ZsExchangeReader       *self,
                                                 guint                  *n_refs);
/* The line the current record starts on. */
int               zs_exchange_reader_get_line   (ZsExchangeReader       *self);
/* The file's name for messages. */
const char       *zs_exchange_reader_get_name   (ZsExchangeReader       *self);
/* An attribute of the root element, once the first record was asked for. */
const char       *zs_exchange_reader_get_header (ZsExchangeReader       *self,
                                                 const char             *attribute);
/* SHA-256 of every byte read, once the end was reached
 * (with ZS_EXCHANGE_READ_CHECKSUM; NULL without). */
const char       *zs_exchange_reader_get_checksum (ZsExchangeReader     *self);
/* Once the end was reached: the copy of a FIFO that was read, a
 * ZsExchangeSource for the second pass; NULL for anything else. */
struct _ZsScratch *zs_exchange_reader_steal_spool (ZsExchangeReader     *self);
void              zs_exchange_reader_free       (ZsExchangeReader       *self);

/* The compiled schema of exchange files, or of catalogue files; made once,
 * kept for the life of the program. */
struct _xmlSchema *zs_exchange_get_compiled_schema (gboolean      catalogue);

/* "file, line N: reason" */
void              zs_exchange_set_line_error    (GError                **error,
                                                 const char             *source,
                                                 int                     line,
                                                 const char             *reason);

/* zs-exchange-pieces.c: an attachment's <piece> elements, checked and,
 * with @keep, written to a scratch file whose path the record carries
 * under ZS_EXCHANGE_BYTES_KEY (removed when the record goes). Each call
 * returns NULL or the reason to refuse the file, for the reader to put
 * a line to. */
#define ZS_EXCHANGE_BYTES_KEY "zs-exchange-bytes"

typedef struct _ZsExchangePieces ZsExchangePieces;

ZsExchangePieces *zs_exchange_pieces_new        (gint64                  limit,
                                                 gboolean                keep);
/* One <piece>'s text (white space allowed, as in xs:base64Binary). */
char             *zs_exchange_pieces_add        (ZsExchangePieces       *self,
                                                 ZsRecord               *attachment,
                                                 GString                *text);
/* The attachment's end: one owner among @refs, the pieces' total its size. */
char             *zs_exchange_pieces_finish     (ZsExchangePieces       *self,
                                                 ZsRecord               *attachment,
                                                 char                  **refs);
/* A record given up half read. */
void              zs_exchange_pieces_reset      (ZsExchangePieces       *self);
void              zs_exchange_pieces_free       (ZsExchangePieces       *self);

/* zs-exchange-queue.c: batches (GPtrArray with a free function) from the
 * thread that makes them to the one that takes them, at most @max_batches
 * waiting. */
typedef struct _ZsBatchQueue ZsBatchQueue;

ZsBatchQueue     *zs_batch_queue_new            (guint                   max_batches);
/* Waits for room. FALSE, and @batch freed, once the taker has closed the
 * queue: stop making batches. */
gboolean          zs_batch_queue_push           (ZsBatchQueue           *self,
                                                 GPtrArray              *batch);
/* TRUE when a push would wait for room: the taker is the slower side. */
gboolean          zs_batch_queue_is_full        (ZsBatchQueue           *self);
/* Waits for a batch; the taker's. */
GPtrArray        *zs_batch_queue_pop            (ZsBatchQueue           *self);
/* The taker gives up: pushes are refused from now on. */
void              zs_batch_queue_close          (ZsBatchQueue           *self);
/* Frees the batches still waiting. */
void              zs_batch_queue_free           (ZsBatchQueue           *self);

/* zs-exchange-stream.c: a reader on a thread of its own, a few hundred
 * records ahead of the caller. The stream owns @reader; ask the reader
 * for its name, and for its header and checksum once the end is reached. */
typedef struct _ZsExchangeStream ZsExchangeStream;

ZsExchangeStream *zs_exchange_stream_new        (ZsExchangeReader       *reader);
/* Has the reader's thread make each record's search document while the
 * caller is behind (zs_search_prepare_document()): for a pass that writes
 * the records. Before the first zs_exchange_stream_next(). */
void              zs_exchange_stream_prepare_documents (ZsExchangeStream *self);
/* As zs_exchange_reader_next(). */
gboolean          zs_exchange_stream_next       (ZsExchangeStream       *self,
                                                 ZsRecord              **record,
                                                 GError                **error);
/* The reference @field and the line of the record last handed out. */
const char       *zs_exchange_stream_get_ref    (ZsExchangeStream       *self,
                                                 guint                   field);
int               zs_exchange_stream_get_line   (ZsExchangeStream       *self);
ZsExchangeReader *zs_exchange_stream_get_reader (ZsExchangeStream       *self);
/* Stops the reading thread if it is still at work. */
void              zs_exchange_stream_free       (ZsExchangeStream       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsExchangeReader, zs_exchange_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsExchangeStream, zs_exchange_stream_free)

G_END_DECLS
