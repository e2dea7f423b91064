/* zs-record-private.h — for the store, which fills fresh records directly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

/* The value slots of a record, one per field, for filling a record nobody
 * watches yet without a notification per field. */
GValue *zs_record_peek_values   (ZsRecord   *self);
/* Sets id, UUID and timestamps without notifying anyone. */
void    zs_record_fill_identity (ZsRecord   *self,
                                 gint64      id,
                                 const char *uuid,
                                 const char *created,
                                 const char *updated);

/* Notes the stored row's version; no notification (it is not a field). */
void    zs_record_set_version   (ZsRecord   *self,
                                 gint64      version);

G_END_DECLS
