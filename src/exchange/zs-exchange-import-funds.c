/* zs-exchange-import-funds.c — what a file's funds entries do to project totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The preview keeps one running total per project that the file's funds
 * entries touch, and refuses, with its line, the last entry that would take
 * a total below zero (the rule of zs-funds-rules.c); applying and the one
 * pass check the database's own sums once every entry is in.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-exchange-import-private.h"
#include "zs-funds-rules.h"
#include "zs-import-report-private.h"
#include "zs-records.h"

/* What the file's funds entries do to one project's total. */
typedef struct {
  gint64          project;   /* its id, or minus the line of a project only the file has */
  gint64          change;    /* 0.01 万元 */
  int             line;      /* of the last entry for it */
  ZsImportOutcome outcome;   /* of that entry */
} FundsTally;

void
zs_import_tally_funds (Import          *im,
                       gint64           project,
                       gint64           change,
                       int              line,
                       ZsImportOutcome  outcome)
{
  FundsTally *tally;

  if (project == 0)
    return;
  tally = g_hash_table_lookup (im->funds, &project);
  if (tally == NULL)
    {
      tally = g_new0 (FundsTally, 1);
      tally->project = project;
      g_hash_table_insert (im->funds, &tally->project, tally);
    }
  tally->change += change;
  if (line >= tally->line)
    {
      tally->line = line;
      tally->outcome = outcome;
    }
}

/* What writing @incoming (over @existing) would do to project totals. */
void
zs_import_tally_funds_entry (Import          *im,
                             ZsRecord        *incoming,
                             ZsRecord        *existing,
                             ZsImportOutcome  outcome,
                             int              line)
{
  gint64 project = zs_record_get_int (incoming, ZS_FUNDS_ENTRY_PROJECT_ID);
  gboolean theirs = outcome == ZS_IMPORT_OUTCOME_ADDED || outcome == ZS_IMPORT_OUTCOME_UPDATED ||
                    (outcome == ZS_IMPORT_OUTCOME_CONFLICT &&
                     g_strcmp0 (zs_record_get_updated (incoming), zs_record_get_updated (existing)) > 0);

  if (!theirs)
    return;
  /* A project further up the file, not stored yet: known by its line. */
  if (project < 0)
    {
      const char *uuid = zs_exchange_stream_get_ref (im->stream, ZS_FUNDS_ENTRY_PROJECT_ID);
      int project_line = 0;

      if (uuid == NULL || !zs_store_file_index_lookup (im->store, ZS_TYPE_PROJECT, uuid, NULL, &project_line))
        return;
      project = -(gint64) project_line;
    }
  zs_import_tally_funds (im, project, zs_record_get_int (incoming, ZS_FUNDS_ENTRY_AMOUNT), line, outcome);
  if (existing != NULL)
    zs_import_tally_funds (im, zs_record_get_int (existing, ZS_FUNDS_ENTRY_PROJECT_ID),
                 -zs_record_get_int (existing, ZS_FUNDS_ENTRY_AMOUNT), line, outcome);
}

/* Every project total the preview's entries touch, by the funds rule: a
 * total below zero refuses the last entry that made it. */
gboolean
zs_import_check_funds (Import  *im,
                       GError **error)
{
  GHashTableIter iter;
  FundsTally *tally;

  g_hash_table_iter_init (&iter, im->funds);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tally))
    {
      g_autoptr(GError) refused = NULL;
      g_autofree char *title = NULL;
      g_autofree char *message = NULL;
      gint64 id = tally->project > 0 ? tally->project : 0;
      /* Applying, or in one pass, the entries are in the database's sums. */
      gint64 change = im->applying || im->once ? 0 : tally->change;

      if (tally->project < 0)
        title = g_strdup_printf (_("the project on line %d"), (int) -tally->project);
      if (zs_funds_check_project (im->store, id, change, title, &refused))
        continue;
      if (!g_error_matches (refused, ZS_ERROR, ZS_ERROR_INVALID))
        {
          g_propagate_error (error, g_steal_pointer (&refused));
          return FALSE;
        }
      /* TRANSLATORS: line, record type, why */
      message = g_strdup_printf (_("line %d: %s: %s"), tally->line, zs_import_type_label (ZS_TYPE_FUNDS_ENTRY), refused->message);
      if (im->applying)
        {
          zs_exchange_set_line_error (error, zs_exchange_reader_get_name (zs_exchange_stream_get_reader (im->stream)),
                                      tally->line, refused->message);
          return FALSE;
        }
      zs_import_report_refuse_instead (im->report, ZS_TYPE_FUNDS_ENTRY, tally->outcome, message);
    }
  return TRUE;
}
