/* zs-target-ledger.h — the target-enterprise ledger (目标企业台账)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_TARGET_LEDGER (zs_target_ledger_get_type ())
G_DECLARE_FINAL_TYPE (ZsTargetLedger, zs_target_ledger, ZS, TARGET_LEDGER, GtkWidget)

/* Activating a row emits ::enterprise-activated. */
ZsTargetLedger *zs_target_ledger_new        (ZsStore        *store);
/* Shows the targets of chain @chain_id (0: of every chain). */
void            zs_target_ledger_set_chain  (ZsTargetLedger *self,
                                             gint64          chain_id);
gint64          zs_target_ledger_get_chain  (ZsTargetLedger *self);
/* @role: a ZsEnterpriseRole or ZS_TARGETS_ANY. */
void            zs_target_ledger_set_role   (ZsTargetLedger *self,
                                             int             role);
GListModel     *zs_target_ledger_get_model  (ZsTargetLedger *self);
const char     *zs_target_ledger_get_totals (ZsTargetLedger *self);
/* Off screen: store changes wait until it is shown again. */
void            zs_target_ledger_set_frozen (ZsTargetLedger *self,
                                             gboolean        frozen);

G_END_DECLS
