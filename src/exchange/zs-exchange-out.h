/* zs-exchange-out.h — the bytes of an exchange file, written as they come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _ZsExchangeOut ZsExchangeOut;

ZsExchangeOut *zs_exchange_out_new         (GOutputStream  *stream,
                                            GCancellable   *cancellable);
void           zs_exchange_out_free        (ZsExchangeOut  *self);

/* Each write goes to a buffer, sent on when it is full; after a failed
 * write the rest are dropped and zs_exchange_out_finish() says why. */
void           zs_exchange_out_declaration (ZsExchangeOut  *self);
/* "<name" at @depth (two spaces a level); attributes may follow until
 * the first child or the end. */
void           zs_exchange_out_start       (ZsExchangeOut  *self,
                                            guint           depth,
                                            const char     *name);
void           zs_exchange_out_attribute   (ZsExchangeOut  *self,
                                            const char     *name,
                                            const char     *value);
/* <name>text</name> inside the element started last. */
void           zs_exchange_out_element     (ZsExchangeOut  *self,
                                            const char     *name,
                                            const char     *text);
/* Ends the element started last at @depth: "/>" when it has no child. */
void           zs_exchange_out_end         (ZsExchangeOut  *self,
                                            guint           depth,
                                            const char     *name);
/* Sends what the buffer holds; FALSE with @error after a failed write. */
gboolean       zs_exchange_out_finish      (ZsExchangeOut  *self,
                                            GError        **error);
/* TRUE after a failed write (the writer stops reading rows). */
gboolean       zs_exchange_out_failed      (ZsExchangeOut  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsExchangeOut, zs_exchange_out_free)

G_END_DECLS
