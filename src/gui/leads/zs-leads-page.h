/* zs-leads-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"

G_BEGIN_DECLS

#define ZS_TYPE_LEADS_PAGE (zs_leads_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsLeadsPage, zs_leads_page, ZS, LEADS_PAGE, ZsPage)

/* What the status filter shows. */
typedef enum {
  ZS_LEADS_SHOW_OPEN,
  ZS_LEADS_SHOW_ALL,
  ZS_LEADS_SHOW_NEW,
  ZS_LEADS_SHOW_ASSESSED,
  ZS_LEADS_SHOW_FOLLOWING,
  ZS_LEADS_SHOW_CONVERTED,
  ZS_LEADS_SHOW_DROPPED,
} ZsLeadsShow;

/* The columns of the table, left to right. */
typedef enum {
  ZS_LEADS_COLUMN_LEAD,
  ZS_LEADS_COLUMN_COMPANY,
  ZS_LEADS_COLUMN_REFERRER,
  ZS_LEADS_COLUMN_RECEIVED,
  ZS_LEADS_COLUMN_ESTIMATED,
  ZS_LEADS_COLUMN_STATUS,
  ZS_LEADS_COLUMN_DEADLINE,
  ZS_LEADS_COLUMN_UNIT,
} ZsLeadsColumn;

/* The leads the table shows: a ZsRecordList of ZsLead. */
GListModel  *zs_leads_page_get_model      (ZsLeadsPage *self);
/* Overdue open leads: the number on the sidebar. */
guint        zs_leads_page_get_badge      (ZsLeadsPage *self);
void         zs_leads_page_set_search     (ZsLeadsPage *self,
                                           const char  *text);
void         zs_leads_page_set_show       (ZsLeadsPage *self,
                                           ZsLeadsShow  show);
void         zs_leads_page_set_overdue_only (ZsLeadsPage *self,
                                             gboolean     overdue_only);
/* The text of a cell of the deadline column, and whether it shows late. */
char        *zs_leads_page_describe_deadline (ZsLeadsPage *self,
                                              ZsLead      *lead,
                                              gboolean    *overdue);
/* Shows @lead's page; a new lead (id 0) is registered there. */
GtkWidget   *zs_leads_page_open_lead      (ZsLeadsPage *self,
                                           ZsLead      *lead);
/* What a click on @column's header does. */
void         zs_leads_page_sort_by        (ZsLeadsPage   *self,
                                           ZsLeadsColumn  column,
                                           gboolean       descending);

G_END_DECLS
