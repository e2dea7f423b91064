/* zs-funds-rules.h — funds in place kept as the sum of dated entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

/* Inside a transaction: a project whose funds in place has no entries
 * behind it gets one carried-over entry for it (dated at signing, else
 * registration, else first contact, else today); every other project's
 * funds in place becomes the sum of its entries. After a schema upgrade
 * and an import. */
gboolean  zs_funds_reconcile  (ZsStore  *store,
                               GError  **error);

/* The rule that a project's entries never add up to less than zero, for
 * whoever must know before writing (an import's preview): whether the
 * stored entries of @project_id (0 for a project not stored yet) plus
 * @change (0.01 万元) may be its funds in place. FALSE, with an error naming the
 * project (@title, or the stored project's name when NULL), when not. */
gboolean  zs_funds_check_project (ZsStore     *store,
                                  gint64       project_id,
                                  gint64       change,
                                  const char  *title,
                                  GError     **error);

G_END_DECLS
