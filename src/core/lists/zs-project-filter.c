/* zs-project-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A plain value object with properties, so widgets bind their controls to
 * it and every view that shows projects listens to its notifications.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-chain.h"
#include "zs-person.h"
#include "zs-project.h"
#include "zs-unit.h"
#include "zs-project-filter.h"

struct _ZsProjectFilter
{
  GObject   parent_instance;

  char     *search;
  gint64    chain_id;
  int       grade;
  gint64    unit_id;
  gint64    person_id;
  gboolean  key_only;
  gboolean  stale_only;
};

G_DEFINE_FINAL_TYPE (ZsProjectFilter, zs_project_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_CHAIN_ID,
  PROP_GRADE,
  PROP_UNIT_ID,
  PROP_PERSON_ID,
  PROP_KEY_ONLY,
  PROP_STALE_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zs_project_filter_finalize (GObject *object)
{
  ZsProjectFilter *self = ZS_PROJECT_FILTER (object);

  g_free (self->search);

  G_OBJECT_CLASS (zs_project_filter_parent_class)->finalize (object);
}

static void
zs_project_filter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZsProjectFilter *self = ZS_PROJECT_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_CHAIN_ID:
      g_value_set_int64 (value, self->chain_id);
      break;
    case PROP_GRADE:
      g_value_set_int (value, self->grade);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_KEY_ONLY:
      g_value_set_boolean (value, self->key_only);
      break;
    case PROP_STALE_ONLY:
      g_value_set_boolean (value, self->stale_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_int64 (ZsProjectFilter *self,
           gint64          *slot,
           gint64           value,
           int              prop)
{
  if (*slot != value)
    {
      *slot = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
    }
}

static void
set_bool (ZsProjectFilter *self,
          gboolean        *slot,
          gboolean         value,
          int              prop)
{
  if (!*slot != !value)
    {
      *slot = !!value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
    }
}

static void
zs_project_filter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZsProjectFilter *self = ZS_PROJECT_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      {
        const char *text = g_value_get_string (value);

        if (text != NULL && *text == '\0')
          text = NULL;
        if (g_strcmp0 (self->search, text) != 0)
          {
            g_free (self->search);
            self->search = g_strdup (text);
            g_object_notify_by_pspec (object, pspec);
          }
      }
      break;
    case PROP_CHAIN_ID:
      set_int64 (self, &self->chain_id, g_value_get_int64 (value), prop_id);
      break;
    case PROP_GRADE:
      if (self->grade != g_value_get_int (value))
        {
          self->grade = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_UNIT_ID:
      set_int64 (self, &self->unit_id, g_value_get_int64 (value), prop_id);
      break;
    case PROP_PERSON_ID:
      set_int64 (self, &self->person_id, g_value_get_int64 (value), prop_id);
      break;
    case PROP_KEY_ONLY:
      set_bool (self, &self->key_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_STALE_ONLY:
      set_bool (self, &self->stale_only, g_value_get_boolean (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_project_filter_class_init (ZsProjectFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = zs_project_filter_finalize;
  object_class->get_property = zs_project_filter_get_property;
  object_class->set_property = zs_project_filter_set_property;

  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, flags);
  properties[PROP_CHAIN_ID] = g_param_spec_int64 ("chain-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_GRADE] = g_param_spec_int ("grade", NULL, NULL, -1, ZS_GRADE_RED, -1, flags);
  properties[PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KEY_ONLY] = g_param_spec_boolean ("key-only", NULL, NULL, FALSE, flags);
  properties[PROP_STALE_ONLY] = g_param_spec_boolean ("stale-only", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_project_filter_init (ZsProjectFilter *self)
{
  self->grade = ZS_PROJECT_FILTER_ANY_GRADE;
}

ZsProjectFilter *
zs_project_filter_new (void)
{
  return g_object_new (ZS_TYPE_PROJECT_FILTER, NULL);
}

gboolean
zs_project_filter_is_empty (ZsProjectFilter *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_FILTER (self), TRUE);

  return self->search == NULL && self->chain_id == 0 && self->grade < 0 &&
         self->unit_id == 0 && self->person_id == 0 && !self->key_only && !self->stale_only;
}

void
zs_project_filter_clear (ZsProjectFilter *self)
{
  g_return_if_fail (ZS_IS_PROJECT_FILTER (self));

  g_object_set (self,
                "search", NULL, "chain-id", (gint64) 0, "grade", ZS_PROJECT_FILTER_ANY_GRADE,
                "unit-id", (gint64) 0, "person-id", (gint64) 0,
                "key-only", FALSE, "stale-only", FALSE,
                NULL);
}

ZsQuery *
zs_project_filter_to_query (ZsProjectFilter *self,
                            int              stage,
                            const char      *today,
                            int              stale_days)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  g_return_val_if_fail (ZS_IS_PROJECT_FILTER (self), query);

  if (stage >= 0)
    zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_EQ, stage);
  if (self->chain_id != 0)
    zs_query_add_int (query, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, self->chain_id);
  if (self->grade >= 0)
    zs_query_add_int (query, ZS_PROJECT_GRADE, ZS_QUERY_EQ, self->grade);
  if (self->unit_id != 0)
    zs_query_add_int (query, ZS_PROJECT_UNIT_ID, ZS_QUERY_EQ, self->unit_id);
  if (self->person_id != 0)
    zs_query_add_int (query, ZS_PROJECT_PERSON_ID, ZS_QUERY_EQ, self->person_id);
  if (self->key_only)
    zs_query_add_int (query, ZS_PROJECT_KEY_PROJECT, ZS_QUERY_EQ, TRUE);
  if (self->stale_only)
    {
      g_autofree char *limit = zs_date_add_days (today, -stale_days);

      zs_query_add_string (query, ZS_PROJECT_STAGE_SINCE, ZS_QUERY_LE, limit);
      zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_LT, ZS_STAGE_PRODUCTION);
    }
  zs_query_set_search (query, self->search);
  return query;
}

ZsQuery *
zs_project_filter_to_board_query (ZsProjectFilter *self,
                                  const char      *today,
                                  int              stale_days)
{
  ZsQuery *query = zs_project_filter_to_query (self, -1, today, stale_days);

  /* What needs pushing is on top: schema step 024's indexes hold this order. */
  zs_query_set_order (query, ZS_PROJECT_GRADE, TRUE);
  zs_query_add_order (query, ZS_PROJECT_STAGE_SINCE, FALSE);
  return query;
}

static void
add_title (GPtrArray *parts,
           ZsStore   *store,
           GType      type,
           gint64     id)
{
  g_autoptr(ZsRecord) record = id != 0 ? zs_store_load (store, type, id, NULL) : NULL;

  if (record != NULL)
    g_ptr_array_add (parts, g_strdup (zs_record_get_title (record)));
}

char *
zs_project_filter_describe (ZsProjectFilter *self,
                            ZsStore         *store)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (ZS_IS_PROJECT_FILTER (self), NULL);

  add_title (parts, store, ZS_TYPE_CHAIN, self->chain_id);
  add_title (parts, store, ZS_TYPE_UNIT, self->unit_id);
  add_title (parts, store, ZS_TYPE_PERSON, self->person_id);

  if (self->search != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), self->search));
  if (self->grade >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("grade %s"), zs_grade_get_label (self->grade)));
  if (self->key_only)
    g_ptr_array_add (parts, g_strdup (_("key projects")));
  if (self->stale_only)
    g_ptr_array_add (parts, g_strdup (_("stale")));
  if (parts->len == 0)
    return g_strdup (_("all projects"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
