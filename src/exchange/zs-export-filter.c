/* zs-export-filter.c — which projects an export takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The command line and the export dialog ask the same questions (a unit,
 * a chain, a period); this turns the answers into one project query and
 * the words that go into the file's filter attribute.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-exchange.h"
#include "zs-records.h"

static void
describe (GString    *description,
          const char *part)
{
  if (description->len > 0)
    /* TRANSLATORS: between the parts of an export filter's description */
    g_string_append (description, _("; "));
  g_string_append (description, part);
}

/* Keeps the projects whose @field refers to the unit or chain @id, if set. */
static gboolean
add_reference (ZsStore    *store,
               ZsQuery    *query,
               GString    *words,
               guint       field,
               GType       type,
               gint64      id)
{
  g_autoptr(ZsRecord) record = NULL;
  g_autofree char *part = NULL;
  const char *title;

  if (id == 0)
    return FALSE;

  record = zs_store_load (store, type, id, NULL);
  title = record != NULL ? zs_record_get_title (record) : "?";
  part = type == ZS_TYPE_UNIT ? g_strdup_printf (_("projects of the unit “%s”"), title)
                              : g_strdup_printf (_("projects of the chain “%s”"), title);
  zs_query_add_int (query, field, ZS_QUERY_EQ, id);
  describe (words, part);
  return TRUE;
}

ZsQuery *
zs_export_filter_to_query (ZsStore              *store,
                           const ZsExportFilter *filter,
                           char                **description)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GString) words = g_string_new (NULL);
  gboolean filtered = FALSE;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  filtered |= add_reference (store, query, words, ZS_PROJECT_UNIT_ID, ZS_TYPE_UNIT, filter->unit_id);
  filtered |= add_reference (store, query, words, ZS_PROJECT_CHAIN_ID, ZS_TYPE_CHAIN, filter->chain_id);

  if (filter->from != NULL && filter->to != NULL)
    {
      /* "New signed this month" is a question about stage events. */
      g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
      g_autofree char *part = g_strdup_printf (_("projects that reached “%s” from %s to %s"),
                                               zs_stage_get_label (filter->stage), filter->from, filter->to);

      zs_query_add_int (events, ZS_STAGE_EVENT_TO_STAGE, ZS_QUERY_EQ, filter->stage);
      zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_GE, filter->from);
      zs_query_add_string (events, ZS_STAGE_EVENT_DATE, ZS_QUERY_LE, filter->to);
      zs_query_add_subquery (query, -1, events, ZS_STAGE_EVENT_PROJECT_ID);
      describe (words, part);
      filtered = TRUE;
    }

  if (description != NULL)
    *description = filtered ? g_string_free (g_steal_pointer (&words), FALSE) : NULL;
  return filtered ? g_steal_pointer (&query) : NULL;
}
