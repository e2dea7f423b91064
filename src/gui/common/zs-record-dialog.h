/* zs-record-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-record-editor.h"

G_BEGIN_DECLS

#define ZS_TYPE_RECORD_DIALOG (zs_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordDialog, zs_record_dialog, ZS, RECORD_DIALOG, AdwWindow)

/* A small window editing one record (an obstacle, an update log entry…);
 * saved as it is edited, like every editor. Existing records can be deleted. */
GtkWidget      *zs_record_dialog_new        (GtkWindow           *parent,
                                             ZsStore             *store,
                                             ZsRecord            *record,
                                             const char          *title,
                                             const ZsEditorGroup *groups,
                                             guint                n_groups);
ZsRecordEditor *zs_record_dialog_get_editor (ZsRecordDialog      *self);
/* Puts @widget under the fields (a reply's attachments). */
void            zs_record_dialog_add_below  (ZsRecordDialog      *self,
                                             GtkWidget           *widget);

G_END_DECLS
