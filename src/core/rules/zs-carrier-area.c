/* zs-carrier-area.c — a project placed in a carrier takes its area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The carrier's available area is what the clerk last recorded, less what
 * the projects placed in it since take: a project entering a carrier takes
 * its land need (亩 in m²) from it, one leaving gives it back, never below
 * zero nor above the carrier's total. It runs as a save rule of projects,
 * so the project page, 查找载体 and an import all place the same way, and
 * the stored figure is what every page and the matching read.
 */
#include "config.h"

#include "zs-carrier-match.h"
#include "zs-records.h"
#include "zs-rules-private.h"

/* Adds @change (m², negative to take) to the carrier's available area. */
static gboolean
adjust_available (ZsStore  *store,
                  gint64    carrier_id,
                  gint64    change,
                  GError  **error)
{
  g_autoptr(ZsRecord) carrier = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 available, total;

  if (carrier_id == 0 || change == 0)
    return TRUE;
  carrier = zs_store_read_stored (store, ZS_TYPE_CARRIER, carrier_id, error);
  if (carrier == NULL)
    /* A carrier in the trash keeps no account. */
    return error == NULL || *error == NULL;

  available = zs_record_get_int (carrier, ZS_CARRIER_AVAILABLE_AREA) + change;
  total = zs_record_get_int (carrier, ZS_CARRIER_TOTAL_AREA);
  if (total > 0)
    available = MIN (available, total);
  available = MAX (available, 0);

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, available);
  return zs_store_update_field (store, ZS_TYPE_CARRIER, carrier_id, ZS_CARRIER_AVAILABLE_AREA, &value,
                                ZS_STORE_ANY_VERSION, error);
}

gboolean
zs_carrier_area_after_save (ZsStore        *store,
                            ZsRecord       *project,
                            ZsRuleContext  *context,
                            GError        **error)
{
  gint64 old_carrier = 0, old_area = 0;
  gint64 new_carrier = zs_record_get_int (project, ZS_PROJECT_CARRIER_ID);
  gint64 new_area = zs_project_get_area_need (ZS_PROJECT (project));

  /* A file's carriers carry their own figures. */
  if ((context->flags & ZS_SAVE_IMPORT) != 0)
    return TRUE;
  if (context->stored != NULL)
    {
      old_carrier = zs_record_get_int (context->stored, ZS_PROJECT_CARRIER_ID);
      old_area = zs_project_get_area_need (ZS_PROJECT (context->stored));
    }
  if (old_carrier == new_carrier && old_area == new_area)
    return TRUE;

  context->touched[0] = old_carrier;
  context->touched[1] = new_carrier;
  return adjust_available (store, old_carrier, old_area, error) &&
         adjust_available (store, new_carrier, -new_area, error);
}

gboolean
zs_carrier_area_after_delete (ZsStore        *store,
                              ZsRecord       *project,
                              ZsRuleContext  *context,
                              GError        **error)
{
  context->touched[0] = zs_record_get_int (project, ZS_PROJECT_CARRIER_ID);
  return adjust_available (store, context->touched[0], zs_project_get_area_need (ZS_PROJECT (project)), error);
}

gboolean
zs_carrier_area_after_restore (ZsStore        *store,
                               ZsRecord       *project,
                               ZsRuleContext  *context,
                               GError        **error)
{
  context->touched[1] = zs_record_get_int (project, ZS_PROJECT_CARRIER_ID);
  return adjust_available (store, context->touched[1], -zs_project_get_area_need (ZS_PROJECT (project)), error);
}

void
zs_carrier_area_after_commit (ZsStore       *store,
                              ZsRecord      *project,
                              ZsRuleContext *context)
{
  for (guint i = 0; i < G_N_ELEMENTS (context->touched); i++)
    if (context->touched[i] != 0)
      zs_store_reread_live (store, ZS_TYPE_CARRIER, context->touched[i]);
}
