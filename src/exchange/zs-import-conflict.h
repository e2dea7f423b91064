/* zs-import-conflict.h — one record changed both here and in an incoming file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ZS_TYPE_IMPORT_CONFLICT (zs_import_conflict_get_type ())
G_DECLARE_FINAL_TYPE (ZsImportConflict, zs_import_conflict, ZS, IMPORT_CONFLICT, GObject)

ZsImportConflict *zs_import_conflict_new             (GType       record_type,
                                                      const char *uuid,
                                                      int         line,
                                                      const char *title,
                                                      const char *local_title,
                                                      const char *local_updated,
                                                      const char *file_updated);

GType             zs_import_conflict_get_record_type (ZsImportConflict *self);
/* "project", translated. */
const char       *zs_import_conflict_get_type_label  (ZsImportConflict *self);
const char       *zs_import_conflict_get_uuid        (ZsImportConflict *self);
int               zs_import_conflict_get_line        (ZsImportConflict *self);
/* The record's name in the file and here. */
const char       *zs_import_conflict_get_title       (ZsImportConflict *self);
const char       *zs_import_conflict_get_local_title (ZsImportConflict *self);
const char       *zs_import_conflict_get_local_updated (ZsImportConflict *self);
const char       *zs_import_conflict_get_file_updated  (ZsImportConflict *self);
/* TRUE: the file's version replaces ours. Starts as "the newer wins". */
gboolean          zs_import_conflict_get_take_theirs (ZsImportConflict *self);
void              zs_import_conflict_set_take_theirs (ZsImportConflict *self,
                                                      gboolean          take_theirs);

G_END_DECLS
