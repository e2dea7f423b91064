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

G_END_DECLS
