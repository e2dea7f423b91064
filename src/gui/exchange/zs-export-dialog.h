/* zs-export-dialog.h — choosing what to export, and exporting it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"
#include "zs-exchange.h"

G_BEGIN_DECLS

#define ZS_TYPE_EXPORT_DIALOG (zs_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsExportDialog, zs_export_dialog, ZS, EXPORT_DIALOG, AdwWindow)

/* With @projects (the board's current filter, say), the dialog offers and
 * preselects "these projects", described by @description.
 * ::exported (path, number of records) is emitted when the file is written. */
ZsExportDialog *zs_export_dialog_new (ZsStore    *store,
                                      ZsQuery    *projects,
                                      const char *description);

/* Exports the chosen records to @path, as after choosing it in the file
 * chooser. */
void            zs_export_dialog_export_to (ZsExportDialog *self,
                                            const char     *path);

/* Chooses the industry catalogue as what to export. */
void            zs_export_dialog_select_catalogue (ZsExportDialog *self);

G_END_DECLS
