/* zs-map-fixture.c — a seeded database with two chains, units and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-map-fixture.h"

gint64
zs_map_nth_id (ZsStore *store,
        ZsQuery *query,
        guint    n)
{
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, n);
  return g_array_index (ids, gint64, n);
}

gint64
zs_map_save_new (ZsStore  *store,
          ZsRecord *record)
{
  g_autoptr(GError) error = NULL;

  zs_store_save (store, record, &error);
  g_assert_no_error (error);
  return zs_record_get_id (record);
}

gint64
zs_map_add_person (ZsStore    *store,
            const char *name,
            gint64      unit)
{
  g_autoptr(ZsPerson) person = zs_person_new ();

  zs_record_set_string (ZS_RECORD (person), ZS_PERSON_NAME, name);
  zs_record_set_int (ZS_RECORD (person), ZS_PERSON_UNIT_ID, unit);
  return zs_map_save_new (store, ZS_RECORD (person));
}

void
zs_map_fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZsQuery) groups = zs_catalogue_query (ZS_TYPE_CHAIN_GROUP, 0);
  g_autoptr(ZsQuery) units = zs_query_new (ZS_TYPE_UNIT);

  f->store = zs_test_open_seeded ("map");
  f->group_chains = zs_map_nth_id (f->store, groups, 0);
  f->group_tracks = zs_map_nth_id (f->store, groups, 1);
  {
    g_autoptr(ZsQuery) chains = zs_catalogue_query (ZS_TYPE_CHAIN, f->group_chains);

    f->chain_a = zs_map_nth_id (f->store, chains, 0);
    f->chain_b = zs_map_nth_id (f->store, chains, 1);
  }
  zs_query_set_order (units, ZS_UNIT_POSITION, FALSE);
  f->unit_a = zs_map_nth_id (f->store, units, 1);
  f->unit_b = zs_map_nth_id (f->store, units, 2);
  f->person_a = zs_map_add_person (f->store, "孙倩", f->unit_a);
  f->person_b = zs_map_add_person (f->store, "王建华", f->unit_b);
}

void
zs_map_fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
}

/* A project that entered @stage on @since (its first stage event). */
ZsProject *
zs_map_add_project (Fixture    *f,
             const char *name,
             gint64      chain,
             gint64      unit,
             ZsStage     stage,
             const char *since,
             gint64      planned,
             gint64      funds)
{
  ZsProject *project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);

  zs_record_set_string (r, ZS_PROJECT_NAME, name);
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, stage);
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, since);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, planned);
  zs_map_save_new (f->store, r);
  if (funds != 0)
    g_object_unref (zs_test_add_funds (f->store, r, since, funds));
  return project;
}

ZsEnterprise *
zs_map_add_enterprise (Fixture          *f,
                const char       *name,
                gint64            chain,
                gint64            segment,
                ZsEnterpriseRole  role,
                gint64            person)
{
  ZsEnterprise *enterprise = zs_catalogue_new_enterprise (chain, segment, role);
  ZsRecord *r = ZS_RECORD (enterprise);

  zs_record_set_string (r, ZS_ENTERPRISE_NAME, name);
  zs_record_set_int (r, ZS_ENTERPRISE_PERSON_ID, person);
  zs_map_save_new (f->store, r);
  return enterprise;
}

ZsSegment *
zs_map_add_segment (Fixture    *f,
             gint64      chain,
             const char *name,
             ZsGapKind   gap)
{
  ZsSegment *segment = zs_catalogue_new_segment (f->store, chain);

  zs_record_set_string (ZS_RECORD (segment), ZS_SEGMENT_NAME, name);
  zs_record_set_enum (ZS_RECORD (segment), ZS_SEGMENT_GAP_KIND, gap);
  zs_map_save_new (f->store, ZS_RECORD (segment));
  return segment;
}

ZsRecord *
zs_map_load (ZsStore *store,
      GType    type,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZsRecord *record = zs_store_load (store, type, id, &error);

  g_assert_no_error (error);
  return record;
}

