/* zs-partners-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"
#include "zs-page.h"
#include "zs-partner-scores.h"
#include "zs-partner-vcard.h"

G_BEGIN_DECLS

#define ZS_TYPE_PARTNERS_PAGE (zs_partners_page_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnersPage, zs_partners_page, ZS, PARTNERS_PAGE, ZsPage)

#define ZS_PARTNERS_PAGE_ANY_KIND (-1)

/* The partners the list shows: a ZsRecordList of ZsPartner. */
GListModel      *zs_partners_page_get_model       (ZsPartnersPage *self);
ZsPartnerScores *zs_partners_page_get_scores      (ZsPartnersPage *self);
void             zs_partners_page_set_search      (ZsPartnersPage *self,
                                                   const char     *text);
/* A ZsPartnerKind, or ZS_PARTNERS_PAGE_ANY_KIND. */
void             zs_partners_page_set_kind        (ZsPartnersPage *self,
                                                   int             kind);
/* Only partners not contacted for longer than the setting says. */
void             zs_partners_page_set_quiet_only  (ZsPartnersPage *self,
                                                   gboolean        quiet_only);
/* "list" or "scores"; the filter stays as it is. */
void             zs_partners_page_show_view       (ZsPartnersPage *self,
                                                   const char     *view);
const char      *zs_partners_page_get_view        (ZsPartnersPage *self);
/* Shows @partner's page (a new one has id 0). */
GtkWidget       *zs_partners_page_open_partner    (ZsPartnersPage *self,
                                                   ZsPartner      *partner);
/* The import preview of a vCard file: reads it off the main thread, and
 * says there why it cannot be imported if it cannot. */
GtkWidget       *zs_partners_page_import_file     (ZsPartnersPage *self,
                                                   GFile          *file);
/* Writes the partners the filter shows to @file, in a worker thread
 * (zs_vcard_export_to_file(): never over what is not a regular file). */
void             zs_partners_page_export_to       (ZsPartnersPage *self,
                                                   GFile          *file,
                                                   ZsVCardVersion  version,
                                                   GAsyncReadyCallback callback,
                                                   gpointer        user_data);
/* The count of partners written in @n_cards. */
gboolean         zs_partners_page_export_finish   (ZsPartnersPage *self,
                                                   GAsyncResult   *result,
                                                   guint          *n_cards,
                                                   GError        **error);

G_END_DECLS
