/* zs-record-row.h — a list row that stands for one record and opens it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_RECORD_ROW (zs_record_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordRow, zs_record_row, ZS, RECORD_ROW, AdwActionRow)

/* @title and @subtitle are plain text. With a record, the row is
 * activatable and shows an arrow; its ::activated opens the record. */
GtkWidget *zs_record_row_new        (const char  *title,
                                     const char  *subtitle,
                                     ZsRecord    *record);
ZsRecord  *zs_record_row_get_record (ZsRecordRow *self);

G_END_DECLS
