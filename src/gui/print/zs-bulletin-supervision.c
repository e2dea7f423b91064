/* zs-bulletin-supervision.c — the bulletin's 督办 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A section of its own, so that the bulletin's other sections can change
 * without it: the table the dispatch page shows. The items past their
 * deadline are listed under 需关注 with the other attention lists.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-bulletin-supervision.h"

void
zs_bulletin_add_supervision (ZsPrintDocument *document,
                             ZsStore         *store,
                             ZsReport        *report,
                             const char      *heading)
{
  GPtrArray *tally = zs_report_get_supervision (report);
  const char *titles[] = { _("Unit"), _("Being handled"), _("Closed on time"), _("Overdue") };
  const double widths[] = { 2.6, 1.2, 1.2, 1.2 };
  const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE };

  zs_print_document_add_heading (document, heading);
  if (tally == NULL || tally->len < 2)
    {
      zs_print_document_add_paragraph (document, _("No supervision item was open or closed in the period."));
      return;
    }
  zs_print_document_begin_table (document, 4, titles, widths, numeric);
  for (guint i = 0; i < tally->len; i++)
    {
      ZsSupervisionCount *count = g_ptr_array_index (tally, i);
      g_autofree char *open = g_strdup_printf ("%u", count->open);
      g_autofree char *on_time = g_strdup_printf ("%u", count->closed_on_time);
      g_autofree char *overdue = g_strdup_printf ("%u", count->overdue);
      const char *row[] = { count->unit, open, on_time, overdue };

      zs_print_document_add_row (document, row);
    }
  zs_print_document_add_note (document,
                              _("Being handled: not yet past the deadline. Closed on time: closed in the period on or before "
                                "the deadline. Overdue: open past the deadline, or closed in the period after it."));
}
