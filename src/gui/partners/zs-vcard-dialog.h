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

/* Reads @file and shows what importing it would do; NULL (and @error) for
 * a file that cannot be read or is not a valid vCard file. */
ZsVCardDialog *zs_vcard_dialog_new        (GtkWindow       *parent,
                                           ZsStore         *store,
                                           GFile           *file,
                                           GError         **error);
guint          zs_vcard_dialog_get_count  (ZsVCardDialog   *self,
                                           ZsVCardOutcome   outcome);
/* The kind cards without one get; the plan is made again. */
void           zs_vcard_dialog_set_default_kind (ZsVCardDialog *self,
                                                 ZsPartnerKind  kind);
/* Imports, as the Import button does; closes the dialog when done. */
gboolean       zs_vcard_dialog_import     (ZsVCardDialog   *self);

G_END_DECLS
