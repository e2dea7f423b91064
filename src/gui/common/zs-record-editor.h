/* zs-record-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

typedef struct {
  const char  *title;     /* untranslated, N_() */
  const guint *fields;
  guint        n_fields;
} ZsEditorGroup;

#define ZS_TYPE_RECORD_EDITOR (zs_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordEditor, zs_record_editor, ZS, RECORD_EDITOR, GtkWidget)

/* Edits the fields of @record in the given groups (with none, every field);
 * every change is checked and saved at once. A new record (id 0) is first
 * saved when it is valid. */
GtkWidget *zs_record_editor_new         (ZsStore             *store,
                                         ZsRecord            *record,
                                         const ZsEditorGroup *groups,
                                         guint                n_groups);
ZsRecord  *zs_record_editor_get_record  (ZsRecordEditor      *self);
/* The clock whose year "5月1日" is in (the system's without one). */
void       zs_record_editor_set_clock   (ZsRecordEditor      *self,
                                         ZsClock             *clock);
/* Applies what is still being typed; FALSE if it could not be saved. */
gboolean   zs_record_editor_commit      (ZsRecordEditor      *self);
/* The message shown under @field, or NULL. */
const char *zs_record_editor_get_error  (ZsRecordEditor      *self,
                                         guint                field);
/* Types @text into @field's entry as a user would (for tests). */
void       zs_record_editor_enter_text  (ZsRecordEditor      *self,
                                         guint                field,
                                         const char          *text);
/* What @field's entry shows. */
const char *zs_record_editor_get_text   (ZsRecordEditor      *self,
                                         guint                field);

G_END_DECLS
