/* zs-context.h — what every page is given: the store and the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_CONTEXT (zs_context_get_type ())
G_DECLARE_FINAL_TYPE (ZsContext, zs_context, ZS, CONTEXT, GObject)

/* With @clock NULL, a clock that follows the local date. */
ZsContext  *zs_context_new        (ZsStore   *store,
                                   ZsClock   *clock);
ZsStore    *zs_context_get_store  (ZsContext *self);
ZsClock    *zs_context_get_clock  (ZsContext *self);
/* zs_clock_get_today() of the context's clock. */
const char *zs_context_get_today  (ZsContext *self);

G_END_DECLS
