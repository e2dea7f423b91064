/* zs-record-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_RECORD_CHOOSER (zs_record_chooser_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordChooser, zs_record_chooser, ZS, RECORD_CHOOSER, GtkWidget)

/* A button that shows the chosen record's name and opens a searchable list
 * of every record of @type: usable with 50,000 partners. */
GtkWidget *zs_record_chooser_new        (ZsStore         *store,
                                         GType            type);
gint64     zs_record_chooser_get_id     (ZsRecordChooser *self);
void       zs_record_chooser_set_id     (ZsRecordChooser *self,
                                         gint64           id);

/* Offers only the records whose @owner_field holds @owner_id (a chain's
 * segments). While @owner_id is 0 the chooser says @missing ("Choose
 * “Chain” first") and cannot be opened; @empty is what an open list with
 * nothing in it says. */
void        zs_record_chooser_set_owner  (ZsRecordChooser *self,
                                          guint            owner_field,
                                          gint64           owner_id,
                                          const char      *missing,
                                          const char      *empty);
/* For a reference @field of @record to a record that belongs to another
 * (a segment to its chain), where @record names that owner too: offers
 * the owner's records only, and follows @record's owner as it changes. */
void        zs_record_chooser_follow_owner (ZsRecordChooser *self,
                                            ZsRecord        *record,
                                            guint            field);
/* What the button reads, and the records it offers. */
const char *zs_record_chooser_get_label  (ZsRecordChooser *self);
GListModel *zs_record_chooser_get_choices (ZsRecordChooser *self);

G_END_DECLS
