/* zs-change.h — one committed edit, as the store can undo and redo it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

typedef enum {
  /* Rows written: a field edit, a stage move with its event, a placement. */
  ZS_CHANGE_EDIT,
  /* A record moved to the trash with what belonged to it. */
  ZS_CHANGE_TRASH,
  /* A record brought back from the trash: undone, it goes back there. */
  ZS_CHANGE_RESTORE,
} ZsChangeKind;

#define ZS_TYPE_CHANGE (zs_change_get_type ())
typedef struct _ZsChange ZsChange;

GType         zs_change_get_type   (void) G_GNUC_CONST;
ZsChange     *zs_change_ref        (ZsChange *self);
void          zs_change_unref      (ZsChange *self);
ZsChangeKind  zs_change_get_kind   (ZsChange *self);
/* The record the change is about, as messages name it. */
const char   *zs_change_get_title  (ZsChange *self);

/* While recording, the store emits ZsStore::change-committed with a
 * ZsChange for each outermost transaction of the window's kind
 * (ZS_STORE_HINT_INTERACTIVE) that changed a few rows, and for each
 * zs_store_trash(). Costs a read of each row before and after it is
 * written. */
void          zs_store_set_recording (ZsStore   *self,
                                      gboolean   recording);
/* Puts back what the rows held before @change (or brings back what it
 * trashed), in one transaction; refused, with nothing changed, when a row
 * has changed since. Emits no ZsStore::change-committed. */
gboolean      zs_store_undo_change (ZsStore   *self,
                                    ZsChange  *change,
                                    GError   **error);
/* Does @change again after zs_store_undo_change(). */
gboolean      zs_store_redo_change (ZsStore   *self,
                                    ZsChange  *change,
                                    GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsChange, zs_change_unref)

G_END_DECLS
