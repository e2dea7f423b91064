/* zs-vcard-job.h — reading and importing a vCard file off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-partner-vcard.h"

G_BEGIN_DECLS

#define ZS_TYPE_VCARD_JOB (zs_vcard_job_get_type ())
G_DECLARE_FINAL_TYPE (ZsVCardJob, zs_vcard_job, ZS, VCARD_JOB, GObject)

/* Works on the database of @store through a connection of its own; the
 * ::notify of "fraction" comes in the thread-default main context of the
 * caller. */
ZsVCardJob     *zs_vcard_job_new             (ZsStore              *store);
/* How far the running operation is, 0 to 1. */
double          zs_vcard_job_get_fraction    (ZsVCardJob           *self);

/* Reads @file and plans its import (zs_vcard_import_new_full()). */
void            zs_vcard_job_preview_async   (ZsVCardJob           *self,
                                              GFile                *file,
                                              ZsPartnerKind         default_kind,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
ZsVCardImport  *zs_vcard_job_preview_finish  (ZsVCardJob           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* Imports as @import plans; when done, the store given to
 * zs_vcard_job_new() shows the new partners. @import must not be used
 * until the job is finished. */
void            zs_vcard_job_apply_async     (ZsVCardJob           *self,
                                              ZsVCardImport        *import,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean        zs_vcard_job_apply_finish    (ZsVCardJob           *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* zs_vcard_export_to_file() of @partners (which the job keeps and only the
 * worker reads from then on) in a worker thread, on a second connection. */
void            zs_vcard_job_export_async    (ZsVCardJob           *self,
                                              ZsQuery              *partners,
                                              ZsVCardVersion        version,
                                              const char           *path,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
/* @n_cards: how many partners were written. */
gboolean        zs_vcard_job_export_finish   (ZsVCardJob           *self,
                                              GAsyncResult         *result,
                                              guint                *n_cards,
                                              GError              **error);

G_END_DECLS
