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
 * each field is saved on its own as soon as its value is valid, whatever
 * the other rows hold. A new record (id 0) is first saved when it is
 * valid. */
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
/* The first field, top to bottom, whose row holds a value that could not
 * be saved, or -1. */
int        zs_record_editor_get_invalid_field (ZsRecordEditor *self);
guint      zs_record_editor_get_n_invalid (ZsRecordEditor *self);
/* Every row with a value that could not be saved shows the stored value
 * again. */
void       zs_record_editor_drop_invalid (ZsRecordEditor *self);
void       zs_record_editor_focus_field (ZsRecordEditor *self,
                                         guint           field);
/* The first editor in @root's tree (@root included) that holds a value it
 * could not save, after applying what is still being typed; or NULL. */
ZsRecordEditor *zs_record_editor_find_invalid (GtkWidget *root);
/* The row that shows @field, or NULL (for tests: its message, its style). */
GtkWidget *zs_record_editor_get_row     (ZsRecordEditor      *self,
                                         guint                field);
/* Types @text into @field's entry as a user would (for tests). */
void       zs_record_editor_enter_text  (ZsRecordEditor      *self,
                                         guint                field,
                                         const char          *text);
/* What @field's entry shows (for tests). */
char      *zs_record_editor_get_text    (ZsRecordEditor      *self,
                                         guint                field);

G_END_DECLS
