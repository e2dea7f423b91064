/* zs-scratch.h — the program's own temporary files, gone even after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A scratch folder, PARENT/KIND-XXXXXX, that its owner keeps locked while
 * it lives. Freeing it removes it and all it holds; a program that is
 * killed leaves it unlocked, and the next zs_scratch_clean_stale() removes
 * it, with the half-written file it names. */
typedef struct _ZsScratch ZsScratch;

/* In the user's cache folder (zs_scratch_get_cache_dir()), or when that
 * cannot be written, in a folder of the user's own in the temporary
 * folder ("zhaoshang-UID"). */
ZsScratch   *zs_scratch_new              (const char  *kind,
                                          GError     **error);
/* In @parent, for tests and tools that keep their folders elsewhere. */
ZsScratch   *zs_scratch_new_in           (const char  *parent,
                                          const char  *kind,
                                          GError     **error);
const char  *zs_scratch_get_path         (ZsScratch   *self);
/* Names a file outside the folder that is being written and is only worth
 * removing if the owner dies: its name must be as zs_scratch_partial_name()
 * makes them. */
gboolean     zs_scratch_set_partial      (ZsScratch   *self,
                                          const char  *path,
                                          GError     **error);
/* A new name ".zhaoshang-XXXXXX.part" in @dir, for a file to be written
 * there and renamed into place; only such names are ever cleaned. */
char        *zs_scratch_partial_name     (const char  *dir);
void         zs_scratch_free             (ZsScratch   *self);

/* g_get_user_cache_dir()/zhaoshang */
char        *zs_scratch_get_cache_dir    (void);
/* Removes what killed programs left: scratch folders in those two whose
 * lock nobody holds (of @kind, or of every kind when NULL), and the
 * half-written files they name when those are older than this process.
 * Returns how many folders went. Every program calls it as it starts. */
guint        zs_scratch_clean_stale      (const char  *kind);
guint        zs_scratch_clean_stale_in   (const char  *parent,
                                          const char  *kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsScratch, zs_scratch_free)

G_END_DECLS
