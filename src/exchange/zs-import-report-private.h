/* zs-import-report-private.h — for the importer that fills a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-import-report.h"
#include "zs-scratch.h"

G_BEGIN_DECLS

void              zs_import_report_set_header    (ZsImportReport   *self,
                                                  const char       *attribute,
                                                  const char       *value);
void              zs_import_report_add           (ZsImportReport   *self,
                                                  GType             record_type,
                                                  ZsImportOutcome   outcome);
void              zs_import_report_add_conflict  (ZsImportReport   *self,
                                                  ZsImportConflict *conflict);
void              zs_import_report_refuse        (ZsImportReport   *self,
                                                  GType             record_type,
                                                  const char       *message);
/* A record counted with @counted_as that turns out to be refused after all
 * (once the whole file is seen). */
void              zs_import_report_refuse_instead (ZsImportReport  *self,
                                                  GType             record_type,
                                                  ZsImportOutcome   counted_as,
                                                  const char       *message);
ZsImportConflict *zs_import_report_find_conflict (ZsImportReport   *self,
                                                  GType             record_type,
                                                  const char       *uuid);
/* The SHA-256 of the bytes the preview read, to notice a file that changed. */
const char       *zs_import_report_get_checksum  (ZsImportReport   *self);
void              zs_import_report_set_checksum  (ZsImportReport   *self,
                                                  const char       *checksum);
/* The copy of a FIFO the preview read, which applying reads instead: the
 * report keeps the scratch folder it is in, and removes it when freed. */
void              zs_import_report_set_spool     (ZsImportReport   *self,
                                                  ZsScratch        *spool);
GFile            *zs_import_report_get_spool     (ZsImportReport   *self);

G_END_DECLS
