/* zs-import-dialog.h — the preview of an exchange file, and importing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"
#include "zs-exchange.h"

G_BEGIN_DECLS

#define ZS_TYPE_IMPORT_DIALOG (zs_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsImportDialog, zs_import_dialog, ZS, IMPORT_DIALOG, AdwWindow)

/* Starts checking @file at once; nothing is changed until the clerk
 * chooses Import. ::imported is emitted when the import is done. */
ZsImportDialog *zs_import_dialog_new            (ZsStore         *store,
                                                 GFile           *file);
/* The same for a catalogue file: only chain groups, chains, segments and
 * enterprises (with the people and units they refer to) may be in it. */
ZsImportDialog *zs_import_dialog_new_catalogue  (ZsStore         *store,
                                                 GFile           *file);
/* "working", "report" or "error": what the dialog shows. */
const char     *zs_import_dialog_get_state      (ZsImportDialog  *self);
/* The report once the check is done, else NULL. */
ZsImportReport *zs_import_dialog_get_report     (ZsImportDialog  *self);
/* The count shown for @outcome, as the clerk reads it. */
const char     *zs_import_dialog_get_count_text (ZsImportDialog  *self,
                                                 ZsImportOutcome  outcome);

G_END_DECLS
