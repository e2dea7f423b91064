/* zs-record-variant.h — a record as a GVariant, by its field table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

/* "(sxsssa{sv})": type name, id, UUID, created, updated, and the fields
 * that are set by name, so that a snapshot taken before a field was added
 * still reads (the new field stays empty). */
#define ZS_RECORD_VARIANT_TYPE ((const GVariantType *) "(sxsssa{sv})")

/* A floating reference to a snapshot of every stored value of @record. */
GVariant *zs_record_to_variant   (ZsRecord  *record);
/* A new record that no one watches, from a snapshot of a registered record
 * type; fields the type no longer has are ignored. */
ZsRecord *zs_record_from_variant (GVariant  *variant,
                                  GError   **error);

G_END_DECLS
