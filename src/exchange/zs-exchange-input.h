/* zs-exchange-input.h — the bytes of an exchange file, on their way to libxml2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-exchange-private.h"
#include "zs-scratch.h"

G_BEGIN_DECLS

/* What a light scan of the bytes found, ahead of libxml2: enough to tell a
 * file cut short from one with more after its end, to count attributes as
 * they stream, and to know lines libxml2 gets wrong. Lines count from 1. */
typedef struct {
  int      line;              /* of the next byte */
  int      depth;             /* elements open */
  gboolean root_started;      /* the root element's start tag began */
  gboolean root_seen;         /* … and ended */
  gboolean root_closed;
  int      root_end_line;     /* of </exchange> */
  int      after_root_line;   /* the first thing after </exchange> but white space, comments and PIs; 0: none */
  int      stray_text_line;   /* the first text that is not white space between records or fields; 0: none */
  int      tail_line;         /* where what is being read began (a tag, comment …), or the last tag ended */
  int      end_line;          /* of the last byte read */
  gboolean eof;               /* every byte was read */
  gboolean complete;          /* at the end: the root closed, nothing left open */
  gboolean cut_short;         /* at the end: it began as XML and stopped with something open */
} ZsExchangeScan;

typedef struct _ZsExchangeInput ZsExchangeInput;

/* Opens @source and checks what its first bytes can tell: a file that is
 * not a file, a foreign encoding, a document type declaration. With
 * ZS_EXCHANGE_READ_SPOOL, a FIFO or pipe is copied as it is read, for a
 * second pass; with ZS_EXCHANGE_READ_CHECKSUM, every byte is hashed. */
ZsExchangeInput      *zs_exchange_input_open         (const ZsExchangeSource  *source,
                                                      const ZsImportOptions   *options,
                                                      ZsExchangeReadFlags      flags,
                                                      GCancellable            *cancellable,
                                                      ZsProgressFunc           progress,
                                                      gpointer                 progress_data,
                                                      GError                 **error);
/* libxml2's read callback: -1 with zs_exchange_input_get_error() set. */
int                   zs_exchange_input_read         (void                    *input,
                                                      char                    *buffer,
                                                      int                      len);
const GError         *zs_exchange_input_get_error    (ZsExchangeInput         *self);
GError               *zs_exchange_input_take_error   (ZsExchangeInput         *self);
const ZsExchangeScan *zs_exchange_input_get_scan     (ZsExchangeInput         *self);
goffset               zs_exchange_input_get_consumed (ZsExchangeInput         *self);
/* SHA-256 of every byte read, once the end was reached, else NULL. */
const char           *zs_exchange_input_get_checksum (ZsExchangeInput         *self);
/* The copy of a FIFO read to its end, its file in the folder; NULL when
 * there is none. */
ZsScratch            *zs_exchange_input_steal_spool  (ZsExchangeInput         *self);
void                  zs_exchange_input_free         (ZsExchangeInput         *self);




G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsExchangeInput, zs_exchange_input_free)

G_END_DECLS
