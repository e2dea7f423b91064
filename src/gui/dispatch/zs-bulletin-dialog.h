/* zs-bulletin-dialog.h — what the clerk gives the bulletin before it goes out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-bulletin.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_BULLETIN_DIALOG (zs_bulletin_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ZsBulletinDialog, zs_bulletin_dialog, ZS, BULLETIN_DIALOG, AdwWindow)

/* The issue number (the next of @year's), the sign-off names (the last
 * ones given), and 存在问题 and 下步工作; the button says @accept_label.
 * "accepted" is emitted when it is pressed, after the names are kept. */
ZsBulletinDialog *zs_bulletin_dialog_new          (GtkWindow        *parent,
                                                   ZsStore          *store,
                                                   int               year,
                                                   const char       *accept_label);
/* The bulletin of @report with what the dialog holds. */
ZsBulletin       *zs_bulletin_dialog_make_bulletin (ZsBulletinDialog *self,
                                                    ZsReport         *report);
/* For tests: the fields. */
GtkSpinButton    *zs_bulletin_dialog_get_issue_spin (ZsBulletinDialog *self);
AdwEntryRow      *zs_bulletin_dialog_get_drafter_row (ZsBulletinDialog *self);
GtkTextView      *zs_bulletin_dialog_get_problems_view (ZsBulletinDialog *self);
GtkTextView      *zs_bulletin_dialog_get_next_steps_view (ZsBulletinDialog *self);
void              zs_bulletin_dialog_accept       (ZsBulletinDialog *self);

G_END_DECLS
