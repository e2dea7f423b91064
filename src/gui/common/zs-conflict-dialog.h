/* zs-conflict-dialog.h — a save another user's change refused: which value to keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CONFLICT_DIALOG (zs_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsConflictDialog, zs_conflict_dialog, ZS, CONFLICT_DIALOG, AdwMessageDialog)

/* Shows the record, the field, its value now, who changed it and the
 * value the clerk typed; "Keep Mine" saves the clerk's value on the
 * stored version, "Use the Stored Value" keeps what is there. Takes
 * @conflict. */
ZsConflictDialog *zs_conflict_dialog_new (GtkWindow       *parent,
                                          ZsStore         *store,
                                          ZsStoreConflict *conflict);

/* Saves @record, which a clerk changed in @field (-1: not one field), for
 * a widget of the window: TRUE when saved. Otherwise the window says why:
 * a save refused because someone else saved the record first asks which
 * value to keep (ZsConflictDialog); a database another program is writing
 * to offers to try again (重试), which saves what the clerk typed; other
 * errors are a toast. Nothing typed is dropped without the clerk's say. */
gboolean zs_save_record (GtkWidget *widget,
                         ZsStore   *store,
                         ZsRecord  *record,
                         int        field);
/* The same, for a page that shows a refusal under the field itself: an
 * error other than a conflict or a busy database is set in @error instead
 * of a toast. FALSE without @error set: a dialog has taken over. */
gboolean zs_save_record_full (GtkWidget  *widget,
                              ZsStore    *store,
                              ZsRecord   *record,
                              int         field,
                              GError    **error);

/* A step that saves a record itself (a lead marked as answered, …) was
 * refused: when someone else had saved the record first, a dialog names
 * them and says the step was not recorded (the page shows their values
 * now); any other refusal is a toast. */
void     zs_show_refused_step (GtkWidget    *widget,
                               ZsStore      *store,
                               const GError *error);

G_END_DECLS
