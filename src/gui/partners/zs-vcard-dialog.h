/* zs-vcard-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"
#include "zs-partner-vcard.h"

G_BEGIN_DECLS

#define ZS_TYPE_VCARD_DIALOG (zs_vcard_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsVCardDialog, zs_vcard_dialog, ZS, VCARD_DIALOG, AdwWindow)

/* Starts reading @file at once, off the main thread; nothing is changed
 * until the clerk chooses Import. ::imported is emitted when the import
 * is done. */
ZsVCardDialog *zs_vcard_dialog_new              (GtkWindow       *parent,
                                                 ZsStore         *store,
                                                 GFile           *file);
/* "working", "plan" or "error": what the dialog shows. */
const char    *zs_vcard_dialog_get_state        (ZsVCardDialog   *self);
/* Why the file cannot be imported, in the "error" state. */
const char    *zs_vcard_dialog_get_error        (ZsVCardDialog   *self);
guint          zs_vcard_dialog_get_count        (ZsVCardDialog   *self,
                                                 ZsVCardOutcome   outcome);
/* Cards that cannot be imported. */
guint          zs_vcard_dialog_get_n_skipped    (ZsVCardDialog   *self);
/* The lines of the list (GtkStringObject): each card, each card skipped
 * and each line ignored, in the order of the file. */
GListModel    *zs_vcard_dialog_get_lines        (ZsVCardDialog   *self);
/* The kind cards without one get; the plan is made again. */
void           zs_vcard_dialog_set_default_kind (ZsVCardDialog   *self,
                                                 ZsPartnerKind    kind);
/* Imports, as the Import button does, off the main thread; the dialog
 * closes when done. */
void           zs_vcard_dialog_import           (ZsVCardDialog   *self);

G_END_DECLS
