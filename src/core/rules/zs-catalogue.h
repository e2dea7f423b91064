/* zs-catalogue.h — editing the industry catalogue: groups, chains, segments, enterprises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-records.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The chain groups in order; the chains of group @parent_id; the segments
 * of chain @parent_id: by position, then by when they were made. */
ZsQuery      *zs_catalogue_query              (GType          type,
                                               gint64         parent_id);
/* How many chains group @group_id has, and how many of them are not
 * confirmed yet (@n_unverified may be NULL). */
gint64        zs_catalogue_count_chains       (ZsStore       *store,
                                               gint64         group_id,
                                               gint64        *n_unverified);

/* Moves a chain group, chain or segment @delta places among its siblings
 * (negative: towards the start) and numbers them 1, 2, 3… in one
 * transaction. Moving past either end stops there. */
gboolean      zs_catalogue_move               (ZsStore       *store,
                                               ZsRecord      *record,
                                               int            delta,
                                               GError       **error);

/* A user who renames a chain knows its name: it is confirmed, and its
 * source says who named it on @today and what it was called before. */
gboolean      zs_catalogue_rename_chain       (ZsStore       *store,
                                               ZsChain       *chain,
                                               const char    *name,
                                               const char    *today,
                                               GError       **error);
gboolean      zs_catalogue_confirm_chain      (ZsStore       *store,
                                               ZsChain       *chain,
                                               GError       **error);

/* New, unsaved records placed after their siblings. A chain a user adds is
 * confirmed, its source saying so. */
ZsChain      *zs_catalogue_new_chain          (ZsStore       *store,
                                               gint64         group_id,
                                               const char    *today);
ZsSegment    *zs_catalogue_new_segment        (ZsStore       *store,
                                               gint64         chain_id);
ZsEnterprise *zs_catalogue_new_enterprise     (gint64         chain_id,
                                               gint64         segment_id,
                                               ZsEnterpriseRole role);

/* FALSE, naming the first of them, when projects still belong to @chain:
 * a chain is only deleted once nothing depends on it. */
gboolean      zs_catalogue_can_delete_chain   (ZsStore       *store,
                                               ZsChain       *chain,
                                               GError       **error);

/* The first document a chain fact points to, as a URI: a web address
 * (http, https) or file URI in the text, or an absolute file path on its
 * own; NULL when the text names none. "规划全文见 https://…/plan.pdf" gives
 * the address, "/home/zhang/文档/行动方案.docx" a file URI. */
char         *zs_catalogue_find_link          (const char    *text);

G_END_DECLS
