/* zs-map-fixture.h — a seeded database with two chains, units and people,
 * shared by the map and catalogue-file tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-test-util.h"

G_BEGIN_DECLS

typedef struct {
  ZsStore *store;
  gint64   group_chains;   /* 制造业重点产业链 */
  gint64   group_tracks;   /* 新领域新赛道 */
  gint64   chain_a;        /* the first key chain */
  gint64   chain_b;        /* the second */
  gint64   unit_a;
  gint64   unit_b;
  gint64   person_a;       /* works in unit A */
  gint64   person_b;       /* works in unit B */
} Fixture;

void          zs_map_fixture_set_up    (Fixture          *f,
                                        gconstpointer     data);
void          zs_map_fixture_tear_down (Fixture          *f,
                                        gconstpointer     data);
gint64        zs_map_nth_id            (ZsStore          *store,
                                        ZsQuery          *query,
                                        guint             n);
gint64        zs_map_save_new          (ZsStore          *store,
                                        ZsRecord         *record);
gint64        zs_map_add_person        (ZsStore          *store,
                                        const char       *name,
                                        gint64            unit);
/* A project that entered @stage on @since (its first stage event). */
ZsProject    *zs_map_add_project       (Fixture          *f,
                                        const char       *name,
                                        gint64            chain,
                                        gint64            unit,
                                        ZsStage           stage,
                                        const char       *since,
                                        gint64            planned,
                                        gint64            funds);
ZsEnterprise *zs_map_add_enterprise    (Fixture          *f,
                                        const char       *name,
                                        gint64            chain,
                                        gint64            segment,
                                        ZsEnterpriseRole  role,
                                        gint64            person);
ZsSegment    *zs_map_add_segment       (Fixture          *f,
                                        gint64            chain,
                                        const char       *name,
                                        ZsGapKind         gap);
ZsRecord     *zs_map_load              (ZsStore          *store,
                                        GType             type,
                                        gint64            id);

G_END_DECLS
