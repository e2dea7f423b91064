/* zs-exchange-job.h — exports and imports off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-exchange.h"

G_BEGIN_DECLS

#define ZS_TYPE_EXCHANGE_JOB (zs_exchange_job_get_type ())
G_DECLARE_FINAL_TYPE (ZsExchangeJob, zs_exchange_job, ZS, EXCHANGE_JOB, GObject)

/* Works on the database of @store through a connection of its own; the
 * ::notify of "fraction" comes in the thread-default main context of the
 * caller. */
ZsExchangeJob  *zs_exchange_job_new            (ZsStore              *store);
/* How far the running operation is, 0 to 1. */
double          zs_exchange_job_get_fraction   (ZsExchangeJob        *self);
/* With "catalogue" set, operations started afterwards work on the
 * industry catalogue only: exports write it (@projects is ignored) and
 * imports refuse anything else (see ZsImportOptions). */
gboolean        zs_exchange_job_get_catalogue  (ZsExchangeJob        *self);
void            zs_exchange_job_set_catalogue  (ZsExchangeJob        *self,
                                                gboolean              catalogue);
/* Exports started afterwards write the records' attachments with their
 * bytes (off at first). */
void            zs_exchange_job_set_with_attachments (ZsExchangeJob  *self,
                                                      gboolean        with_attachments);

/* @projects NULL for the whole database; @description for the file. */
void            zs_exchange_job_export_async   (ZsExchangeJob        *self,
                                                const char           *path,
                                                ZsQuery              *projects,
                                                const char           *description,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        zs_exchange_job_export_finish  (ZsExchangeJob        *self,
                                                GAsyncResult         *result,
                                                guint64              *n_records,
                                                GError              **error);

void            zs_exchange_job_preview_async  (ZsExchangeJob        *self,
                                                GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
ZsImportReport *zs_exchange_job_preview_finish (ZsExchangeJob        *self,
                                                GAsyncResult         *result,
                                                GError              **error);

/* Applies @file as previewed in @report, with its conflict choices; when
 * done, the store given to zs_exchange_job_new() shows the new data. */
void            zs_exchange_job_apply_async    (ZsExchangeJob        *self,
                                                GFile                *file,
                                                ZsImportReport       *report,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean        zs_exchange_job_apply_finish   (ZsExchangeJob        *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
