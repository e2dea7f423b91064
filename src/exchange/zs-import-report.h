/* zs-import-report.h — what an exchange file would do to the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-import-conflict.h"

G_BEGIN_DECLS

typedef enum {
  ZS_IMPORT_OUTCOME_ADDED,
  ZS_IMPORT_OUTCOME_UPDATED,
  ZS_IMPORT_OUTCOME_UNCHANGED,  /* the same, or ours is newer and they did not change it */
  ZS_IMPORT_OUTCOME_CONFLICT,   /* changed on both sides: a choice to make */
  ZS_IMPORT_OUTCOME_REFUSED,    /* cannot be imported; the file is refused */
  ZS_IMPORT_N_OUTCOMES
} ZsImportOutcome;

/* "Added", "Updated", …, translated. */
const char     *zs_import_outcome_get_label       (ZsImportOutcome outcome);

#define ZS_TYPE_IMPORT_REPORT (zs_import_report_get_type ())
G_DECLARE_FINAL_TYPE (ZsImportReport, zs_import_report, ZS, IMPORT_REPORT, GObject)

ZsImportReport *zs_import_report_new              (const char     *source_name);
const char     *zs_import_report_get_source_name  (ZsImportReport *self);
/* An attribute of the file's root: "office", "exported", "filter",
 * "application-version"; NULL when the file has none. */
const char     *zs_import_report_get_header       (ZsImportReport *self,
                                                   const char     *attribute);
guint           zs_import_report_get_n_records    (ZsImportReport *self);
guint           zs_import_report_get_count        (ZsImportReport *self,
                                                   ZsImportOutcome outcome);
guint           zs_import_report_get_type_count   (ZsImportReport *self,
                                                   GType           record_type,
                                                   ZsImportOutcome outcome);
/* ZsImportConflict items, in file order. */
GListModel     *zs_import_report_get_conflicts    (ZsImportReport *self);
/* Why records are refused, "line N: reason", at most the first
 * ZS_IMPORT_REPORT_MAX_REFUSALS of them; NULL-terminated. */
#define ZS_IMPORT_REPORT_MAX_REFUSALS 200
const char * const *zs_import_report_get_refusals (ZsImportReport *self);
/* FALSE when any record is refused: the file is then refused as a whole. */
gboolean        zs_import_report_can_apply        (ZsImportReport *self);
/* "Keep mine" (FALSE) or "take theirs" (TRUE) for every conflict. */
void            zs_import_report_set_all_take_theirs (ZsImportReport *self,
                                                      gboolean        take_theirs);
/* "Added 7, Updated 0, Unchanged 2, Conflicts 0, Refused 0", translated. */
char           *zs_import_report_format_counts    (ZsImportReport *self);
/* The report as text for the command line, several lines. */
char           *zs_import_report_format           (ZsImportReport *self);

G_END_DECLS
