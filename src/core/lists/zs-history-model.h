/* zs-history-model.h — the change history as a list, a page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_HISTORY_MODEL (zs_history_model_get_type ())
G_DECLARE_FINAL_TYPE (ZsHistoryModel, zs_history_model, ZS, HISTORY_MODEL, GObject)

/* ZsHistoryEntry items matching @filter (NULL: all), newest first. The
 * first @page_size are read at once; the next page when a view asks for an
 * item near the end of what is read, or on zs_history_model_load_more().
 * The list is read again from the top when the store changes. */
ZsHistoryModel *zs_history_model_new        (ZsStore               *store,
                                             const ZsHistoryFilter *filter,
                                             guint                  page_size);
/* Shows the entries matching @filter instead (copied). */
void            zs_history_model_set_filter (ZsHistoryModel        *self,
                                             const ZsHistoryFilter *filter);
/* The filter shown (owned by the model, valid until the next set_filter). */
const ZsHistoryFilter *zs_history_model_get_filter (ZsHistoryModel *self);
/* TRUE while older entries remain to be read. */
gboolean        zs_history_model_has_more   (ZsHistoryModel        *self);
void            zs_history_model_load_more  (ZsHistoryModel        *self);
/* Reads the first page again. */
void            zs_history_model_reload     (ZsHistoryModel        *self);

G_END_DECLS
