/* zs-undo-stack.h — the session's edits, to undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-change.h"

G_BEGIN_DECLS

#define ZS_TYPE_UNDO_STACK (zs_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (ZsUndoStack, zs_undo_stack, ZS, UNDO_STACK, GObject)

/* Records every change committed on @store from now on (see
 * zs_store_set_recording()). */
ZsUndoStack *zs_undo_stack_new      (ZsStore      *store);
gboolean     zs_undo_stack_can_undo (ZsUndoStack  *self);
gboolean     zs_undo_stack_can_redo (ZsUndoStack  *self);
/* Undoes the last change not undone; returns it (for the message), or
 * NULL with @error or with nothing to undo. A step whose records have
 * changed since (ZS_ERROR_CONSTRAINT) is dropped; after another error it
 * stays, to be tried again. */
ZsChange    *zs_undo_stack_undo     (ZsUndoStack  *self,
                                     GError      **error);
ZsChange    *zs_undo_stack_redo     (ZsUndoStack  *self,
                                     GError      **error);

G_END_DECLS
