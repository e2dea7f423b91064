/* zs-sheet-refs.h — the records a sheet names by name: units, people, chains …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A sheet names a unit, a person or a chain as the bureau names it; they
 * are matched without spaces and full-width differences
 * (zs_sheet_normalize()). Loaded once per import or export, inside its
 * read transaction.
 */
#pragma once

#include "zs-core.h"

G_BEGIN_DECLS

typedef struct _ZsSheetRefs ZsSheetRefs;

ZsSheetRefs *zs_sheet_refs_new     (ZsStore      *store);
void         zs_sheet_refs_free    (ZsSheetRefs  *self);
/* Reads the names of every record of @type, once. */
gboolean     zs_sheet_refs_load    (ZsSheetRefs  *self,
                                    GType         type,
                                    GError      **error);
/* The name of the record @id of @type as written, or NULL. */
const char  *zs_sheet_refs_name    (ZsSheetRefs  *self,
                                    GType         type,
                                    gint64        id);
/* The record of @type called @name (normalized or not), or 0. */
gint64       zs_sheet_refs_find    (ZsSheetRefs  *self,
                                    GType         type,
                                    const char   *name);
/* Notes a record made since the load, so that later rows find it. */
void         zs_sheet_refs_add     (ZsSheetRefs  *self,
                                    GType         type,
                                    gint64        id,
                                    const char   *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsSheetRefs, zs_sheet_refs_free)

G_END_DECLS
