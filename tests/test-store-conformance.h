/* test-store-conformance.h — shared by the files of the store's conformance suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-test-util.h"

G_BEGIN_DECLS

/* A saved project; must work. */
gint64     first_chain_id       (ZsStore    *store);
gint64     count_projects       (ZsStore    *store);
/* A "changed" handler, connected swapped, that counts into @changes. */
void       count_change         (guint      *changes,
                                 GType       type,
                                 gint64      id);

/* test-store-conformance-ops.c: the stored row, transactions, undo,
 * totals, scratch sets, settings. */
void       zs_conformance_add_ops_tests (void);
/* test-store-conformance-sync.c: two handles on one database. */
void       zs_conformance_add_sync_tests (void);
/* test-store-conformance-trash.c: the trash, undo and redo. */
void       zs_conformance_add_trash_tests (void);
/* test-store-conformance-history.c: who changed what. */
void       zs_conformance_add_history_tests (void);
void       zs_conformance_add_supervision_tests (void);

G_END_DECLS
