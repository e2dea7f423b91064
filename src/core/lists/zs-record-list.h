/* zs-record-list.h — a list model over the rows of a query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-query.h"
#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_TYPE_RECORD_LIST (zs_record_list_get_type ())
G_DECLARE_FINAL_TYPE (ZsRecordList, zs_record_list, ZS, RECORD_LIST, GObject)

ZsRecordList *zs_record_list_new        (ZsStore      *store,
                                         ZsQuery      *query);
/* As zs_record_list_new(), frozen and empty: the query runs when the list
 * is first thawed (zs_record_list_set_frozen()), so a view built off
 * screen costs nothing until it is shown. */
ZsRecordList *zs_record_list_new_frozen (ZsStore *store,
                                         ZsQuery *query);
/* A list whose rows its owner sets with zs_record_list_set_ids(): it runs
 * no query and does not follow the store by itself (the board fills its
 * seven columns from one query). */
ZsRecordList *zs_record_list_new_manual (ZsStore      *store,
                                         GType         type);
void          zs_record_list_set_ids    (ZsRecordList *self,
                                         GArray       *ids);
ZsQuery      *zs_record_list_get_query  (ZsRecordList *self);
/* Runs @query and reports only the rows that came or went. */
gboolean      zs_record_list_set_query  (ZsRecordList *self,
                                         ZsQuery      *query,
                                         GError      **error);
gboolean      zs_record_list_refresh    (ZsRecordList *self,
                                         GError      **error);
/* While frozen, store changes only mark the list out of date; thawing
 * refreshes it if anything changed. For lists that are not on screen. */
void          zs_record_list_set_frozen (ZsRecordList *self,
                                         gboolean      frozen);
/* By default a change is announced as a removal and then an addition,
 * which GTK 4.8's views handle faster; a ZsSlotList over this list wants
 * the one change instead. */
void          zs_record_list_set_single_change (ZsRecordList *self,
                                                gboolean      single_change);
/* For a table: a row a view asks for that the list does not hold is read
 * with about @rows rows around it (most of them after it) and the records
 * they refer to, in one read transaction, and the list holds those records
 * until a view asks for a row outside them. 0 (the default) reads each row
 * alone and holds nothing: a board column shows a few cards. */
void          zs_record_list_set_read_ahead (ZsRecordList *self,
                                             guint         rows);
/* Read-ahead for a table: GTK 4.8's column view keeps about two hundred
 * rows around the visible ones. */
#define ZS_RECORD_LIST_TABLE_ROWS 256
/* Read-ahead for a table whose cells read their row only when drawn
 * (ZsSlotLabel over a lazy ZsSlotList): a screenful or two. */
#define ZS_RECORD_LIST_SCREEN_ROWS 96
gint64        zs_record_list_get_id     (ZsRecordList *self,
                                         guint         position);
/* The position of @id, or -1. */
int           zs_record_list_find       (ZsRecordList *self,
                                         gint64        id);

G_END_DECLS
