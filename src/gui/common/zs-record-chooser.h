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

G_END_DECLS
