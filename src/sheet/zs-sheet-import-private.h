/* zs-sheet-import-private.h — what the preview hands to the apply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-sheet-import.h"
#include "zs-sheet-layout.h"
#include "zs-sheet-table.h"

G_BEGIN_DECLS

/* A reference to a unit or person the database does not have yet: made
 * by the import, and listed by the preview. */
typedef struct {
  guint  field;
  GType  type;
  char  *key;         /* normalized name */
} ZsSheetPendingRef;

typedef struct {
  gint64     id;      /* 0: a new record */
  gint64     funds;   /* a project's funds in place the sheet gives, or -1 */
  ZsRecord  *record;  /* the fields as they will be saved */
  GArray    *pending; /* ZsSheetPendingRef */
} ZsSheetPlannedRow;

/* Units and people named in a sheet are made when missing; chains,
 * segments, partners and enterprises must exist. */
#define ZS_SHEET_N_CREATABLE 3
extern GType (* const zs_sheet_creatable_types[ZS_SHEET_N_CREATABLE]) (void);

struct _ZsSheetImport {
  char               *file_name;
  const ZsSheetTable *table;
  GType               type;
  GPtrArray          *notes;
  GPtrArray          *refusals;
  GPtrArray          *rows;           /* ZsSheetPlannedRow *: added and updated */
  guint               n_added, n_updated, n_unchanged, n_refused;
  GHashTable         *new_names[ZS_SHEET_N_CREATABLE];   /* normalized → as written */
  GPtrArray          *new_order[ZS_SHEET_N_CREATABLE];   /* normalized, in file order */
  ZsSheetLayout      *first;          /* the first table's layout, for the mapping shown */
  char               *shape;          /* its shape */
  gboolean            remembered;     /* its mapping was the one kept for its shape */
  ZsSheetBook        *book;           /* what @first points into */
};

void zs_sheet_planned_row_free (gpointer data);

G_END_DECLS
