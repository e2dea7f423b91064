/* zs-staff.h — the bureau's units and people, as a bureau keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-records.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Units in the bureau's order; retired ones too when @with_retired. */
GPtrArray *zs_units_list          (ZsStore     *store,
                                   gboolean     with_retired,
                                   GError     **error);
/* A unit at the end of the order. Refuses a blank name and the name of a
 * unit in use. */
ZsUnit    *zs_units_add           (ZsStore     *store,
                                   const char  *name,
                                   ZsUnitKind   kind,
                                   GError     **error);
gboolean   zs_units_rename        (ZsStore     *store,
                                   ZsUnit      *unit,
                                   const char  *name,
                                   GError     **error);
/* Puts @unit at @index of the units in use, the others renumbered after it. */
gboolean   zs_units_move          (ZsStore     *store,
                                   ZsUnit      *unit,
                                   guint        index,
                                   GError     **error);
/* A retired unit keeps everything that refers to it; it leaves the lists
 * new work is given to. @retired FALSE brings it back. */
gboolean   zs_units_set_retired   (ZsStore     *store,
                                   ZsUnit      *unit,
                                   gboolean     retired,
                                   GError     **error);

/* Deletes @unit when nothing refers to it (a default unit the bureau does
 * not have), retires it otherwise; @retired says which. */
gboolean   zs_units_remove        (ZsStore     *store,
                                   ZsUnit      *unit,
                                   gboolean    *retired,
                                   GError     **error);

/* People by name; retired ones too when @with_retired. */
GPtrArray *zs_people_list         (ZsStore     *store,
                                   gboolean     with_retired,
                                   GError     **error);
/* A person in service (active). @unit_id may be 0. */
ZsPerson  *zs_people_add          (ZsStore     *store,
                                   const char  *name,
                                   gint64       unit_id,
                                   const char  *title,
                                   const char  *phone,
                                   GError     **error);
/* Retired people keep their history; nothing of theirs is deleted. */
gboolean   zs_people_set_retired  (ZsStore     *store,
                                   ZsPerson    *person,
                                   gboolean     retired,
                                   GError     **error);
/* How many projects, leads, enterprises and carriers @person is the
 * responsible person of. */
gint64     zs_people_count_owned  (ZsStore     *store,
                                   gint64       person_id,
                                   GError     **error);
/* Hands every project, lead, enterprise and carrier of @from to @to in one
 * transaction, notes the change in each project's log on @today, and
 * retires @from. Sets @n_moved to the records handed over. */
gboolean   zs_people_hand_over    (ZsStore     *store,
                                   ZsPerson    *from,
                                   ZsPerson    *to,
                                   const char  *today,
                                   guint       *n_moved,
                                   GError     **error);

G_END_DECLS
