/* zs-partner-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PARTNER_ROW (zs_partner_row_get_type ())
G_DECLARE_FINAL_TYPE (ZsPartnerRow, zs_partner_row, ZS, PARTNER_ROW, GtkWidget)

/* Partners not contacted for more than @quiet_days (as of the context's
 * today) are marked. */
ZsPartnerRow *zs_partner_row_new          (ZsContext    *context,
                                           int           quiet_days);
ZsPartner    *zs_partner_row_get_partner  (ZsPartnerRow *self);
void          zs_partner_row_set_partner  (ZsPartnerRow *self,
                                           ZsPartner    *partner);
/* Re-reads when the partner was last contacted. */
void          zs_partner_row_update       (ZsPartnerRow *self);
/* The bureau's contact cycle changed: marks by @quiet_days from the next
 * zs_partner_row_set_partner() or zs_partner_row_update(). */
void          zs_partner_row_set_quiet_days (ZsPartnerRow *self,
                                             int           quiet_days);
const char   *zs_partner_row_get_contact_text (ZsPartnerRow *self);

G_END_DECLS
