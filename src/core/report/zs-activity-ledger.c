/* zs-activity-ledger.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-activity.h"
#include "zs-activity-link.h"
#include "zs-enterprise.h"
#include "zs-lead.h"
#include "zs-project.h"
#include "zs-activity-ledger.h"

/* A subquery's row id, not one of its fields. */
#define ROW_ID ((guint) -1)

ZsQuery *
zs_activity_period_query (const char *first,
                          const char *last)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_ACTIVITY);

  zs_query_add_string (query, ZS_ACTIVITY_START_DATE, ZS_QUERY_GE, first);
  zs_query_add_string (query, ZS_ACTIVITY_START_DATE, ZS_QUERY_LE, last);
  zs_query_set_order (query, ZS_ACTIVITY_START_DATE, FALSE);
  return query;
}

/* Links of the activities @activities finds, to a record of @field. */
static ZsQuery *
links_of (ZsQuery *activities,
          guint    field)
{
  ZsQuery *links = zs_query_new (ZS_TYPE_ACTIVITY_LINK);

  zs_query_add_subquery (links, ZS_ACTIVITY_LINK_ACTIVITY_ID, activities, ROW_ID);
  zs_query_add_value (links, field, ZS_QUERY_IS_SET, NULL);
  return links;
}

gboolean
zs_activity_figures_compute (ZsStore            *store,
                             ZsQuery            *activities,
                             ZsActivityFigures  *figures,
                             GError            **error)
{
  g_autoptr(ZsQuery) trips = zs_query_copy (activities);
  g_autoptr(ZsQuery) unrecorded = zs_query_copy (activities);
  g_autoptr(ZsQuery) met = NULL;
  g_autoptr(ZsQuery) lead_links = NULL;
  g_autoptr(ZsQuery) leads = zs_query_new (ZS_TYPE_LEAD);
  g_autoptr(ZsQuery) project_links = NULL;
  g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) linked = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) sourced = zs_query_new (ZS_TYPE_PROJECT);
  ZsQuery *either[2];
  const guint visited_field = ZS_ACTIVITY_ENTERPRISES_VISITED;
  gint64 recorded = 0;
  GError *local_error = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (zs_query_get_record_type (activities) == ZS_TYPE_ACTIVITY, FALSE);

  memset (figures, 0, sizeof *figures);

  if (!zs_store_aggregate (store, activities, &visited_field, 1, &figures->activities, &recorded, error))
    return FALSE;

  zs_query_add_int (trips, ZS_ACTIVITY_KIND, ZS_QUERY_EQ, ZS_ACTIVITY_OUTBOUND_TRIP);
  figures->trips = zs_store_count (store, trips, &local_error);

  /* A visit received records no number of its own: count who was met. */
  zs_query_add_int (unrecorded, ZS_ACTIVITY_ENTERPRISES_VISITED, ZS_QUERY_EQ, 0);
  met = links_of (unrecorded, ZS_ACTIVITY_LINK_ENTERPRISE_ID);
  if (local_error == NULL)
    figures->enterprises_visited = recorded + zs_store_count (store, met, &local_error);

  /* A lead or project linked to two activities of the period counts once. */
  lead_links = links_of (activities, ZS_ACTIVITY_LINK_LEAD_ID);
  zs_query_add_subquery (leads, -1, lead_links, ZS_ACTIVITY_LINK_LEAD_ID);
  if (local_error == NULL)
    figures->leads = zs_store_count (store, leads, &local_error);

  project_links = links_of (activities, ZS_ACTIVITY_LINK_PROJECT_ID);
  zs_query_add_subquery (linked, -1, project_links, ZS_ACTIVITY_LINK_PROJECT_ID);
  zs_query_add_subquery (sourced, ZS_PROJECT_ACTIVITY_ID, activities, ROW_ID);
  either[0] = linked;
  either[1] = sourced;
  zs_query_add_any_of (projects, either, G_N_ELEMENTS (either));
  zs_query_add_value (projects, ZS_PROJECT_SIGNING_DATE, ZS_QUERY_IS_SET, NULL);
  zs_query_add_int (projects, ZS_PROJECT_STAGE, ZS_QUERY_NE, ZS_STAGE_TERMINATED);
  if (local_error == NULL)
    figures->projects_signed = zs_store_count (store, projects, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static ZsQuery *
links_of_one (gint64 activity_id,
              guint  field)
{
  ZsQuery *links = zs_query_new (ZS_TYPE_ACTIVITY_LINK);

  zs_query_add_int (links, ZS_ACTIVITY_LINK_ACTIVITY_ID, ZS_QUERY_EQ, activity_id);
  zs_query_add_value (links, field, ZS_QUERY_IS_SET, NULL);
  return links;
}

/* The records of @type an activity is linked to through @link_field. */
static ZsQuery *
linked_query (gint64 activity_id,
              GType  type,
              guint  link_field,
              guint  order_field)
{
  g_autoptr(ZsQuery) links = links_of_one (activity_id, link_field);
  ZsQuery *query = zs_query_new (type);

  zs_query_add_subquery (query, -1, links, link_field);
  zs_query_set_order (query, order_field, FALSE);
  return query;
}

ZsQuery *
zs_activity_enterprises_query (gint64 activity_id)
{
  return linked_query (activity_id, ZS_TYPE_ENTERPRISE, ZS_ACTIVITY_LINK_ENTERPRISE_ID, ZS_ENTERPRISE_NAME);
}

ZsQuery *
zs_activity_leads_query (gint64 activity_id)
{
  return linked_query (activity_id, ZS_TYPE_LEAD, ZS_ACTIVITY_LINK_LEAD_ID, ZS_LEAD_RECEIVED_DATE);
}

ZsQuery *
zs_activity_projects_query (gint64 activity_id)
{
  g_autoptr(ZsQuery) links = links_of_one (activity_id, ZS_ACTIVITY_LINK_PROJECT_ID);
  g_autoptr(ZsQuery) linked = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) sourced = zs_query_new (ZS_TYPE_PROJECT);
  ZsQuery *either[2] = { linked, sourced };
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_add_subquery (linked, -1, links, ZS_ACTIVITY_LINK_PROJECT_ID);
  zs_query_add_int (sourced, ZS_PROJECT_ACTIVITY_ID, ZS_QUERY_EQ, activity_id);
  zs_query_add_any_of (query, either, G_N_ELEMENTS (either));
  zs_query_set_order (query, ZS_PROJECT_SIGNING_DATE, FALSE);
  return query;
}

gint64
zs_activity_find_link (ZsStore *store,
                       gint64   activity_id,
                       GType    type,
                       gint64   id)
{
  g_autoptr(ZsQuery) links = zs_query_new (ZS_TYPE_ACTIVITY_LINK);
  g_autoptr(GArray) ids = NULL;
  guint field;

  if (type == ZS_TYPE_ENTERPRISE)
    field = ZS_ACTIVITY_LINK_ENTERPRISE_ID;
  else if (type == ZS_TYPE_LEAD)
    field = ZS_ACTIVITY_LINK_LEAD_ID;
  else if (type == ZS_TYPE_PROJECT)
    field = ZS_ACTIVITY_LINK_PROJECT_ID;
  else
    g_return_val_if_reached (0);

  zs_query_add_int (links, ZS_ACTIVITY_LINK_ACTIVITY_ID, ZS_QUERY_EQ, activity_id);
  zs_query_add_int (links, field, ZS_QUERY_EQ, id);
  zs_query_set_limit (links, 1);
  ids = zs_store_query (store, links, NULL);
  return ids != NULL && ids->len > 0 ? g_array_index (ids, gint64, 0) : 0;
}
