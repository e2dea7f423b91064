/* zs-due.h — 今日待办: what falls due on a day, across the records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gio/gio.h>

#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The kinds of work that fall due, in the order the list shows them. */
typedef enum {
  ZS_DUE_LEAD,        /* a lead's response, assessment or feedback deadline */
  ZS_DUE_FOLLOW_UP,   /* a contact's follow-up date, no later contact since */
  ZS_DUE_OBSTACLE,    /* an open obstacle at or past its deadline */
  ZS_DUE_SUPERVISION, /* an open 督办 item at or past its deadline */
  ZS_DUE_CARRIER,     /* a carrier due its monthly update (月更新) */
  ZS_DUE_PARTNER,     /* a partner not contacted for the bureau's cycle */
  ZS_DUE_N_KINDS
} ZsDueKind;

typedef struct {
  ZsDueKind  kind;
  ZsRecord  *record;    /* what opens: the lead, partner, project, carrier … */
  char      *title;     /* the record's name */
  char      *detail;    /* why it is due, in a clerk's words */
  char      *due_date;  /* ISO, or NULL when the rule has no date (a partner never contacted) */
  gboolean   overdue;   /* due before the day asked about */
} ZsDueItem;

void        zs_due_item_free      (ZsDueItem   *item);

/* "Leads", "Follow-ups" …: a kind's heading, translated. */
const char *zs_due_kind_get_label (ZsDueKind    kind);

/* Everything due on or before @today (ISO), kind by kind, the oldest
 * first within a kind: a new array of ZsDueItem. */
GPtrArray  *zs_due_list           (ZsStore     *store,
                                   const char  *today,
                                   GError     **error);
/* The same for a screen: every item with a deadline, and only the first
 * @shown of the carriers and the partners (undated, never overdue, and
 * tens of thousands at a bureau's size); @counts gets how many of each
 * kind are due, those not read included. */
GPtrArray  *zs_due_list_shown     (ZsStore     *store,
                                   const char  *today,
                                   guint        shown,
                                   guint        counts[ZS_DUE_N_KINDS],
                                   GError     **error);
/* How many of @items (from zs_due_list()) are of each kind. */
void        zs_due_count          (GPtrArray   *items,
                                   guint        counts[ZS_DUE_N_KINDS]);
/* How many of @counts have a deadline of their own: every kind but the
 * partners the contact cycle reminds of. The sidebar's count and a
 * notification's title say these; the quiet partners, standing reminders
 * that wait with no one's deadline, would bury them at a bureau's size
 * (39,114 of 39,895 items at 100,000 projects). */
guint       zs_due_count_deadlines (const guint counts[ZS_DUE_N_KINDS]);
/* Everything @counts holds, the partners too. */
guint       zs_due_count_all      (const guint counts[ZS_DUE_N_KINDS]);
/* A notification's title and body for @counts: "今日待办 5 项" (the items
 * with a deadline; 今日待办 alone when only partners wait) and
 * "2 条线索到期、1 项跟进 …" (every kind). NULL when nothing is due. */
char       *zs_due_summary_title  (const guint counts[ZS_DUE_N_KINDS]);
char       *zs_due_summary_body   (const guint counts[ZS_DUE_N_KINDS]);

/* zs_due_list_shown() in a worker thread, on a connection of its own: the
 * window's page and the notification ask here (at 100,000 projects the
 * list takes seconds). A cancelled request ends in G_IO_ERROR_CANCELLED. */
void        zs_due_list_async     (ZsStore              *store,
                                   const char           *today,
                                   guint                 shown,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
GPtrArray  *zs_due_list_finish    (GAsyncResult         *result,
                                   guint                 counts[ZS_DUE_N_KINDS],
                                   GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsDueItem, zs_due_item_free)

G_END_DECLS
