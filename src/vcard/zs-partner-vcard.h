/* zs-partner-vcard.h — importing partners from vCards and exporting them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Merge rules of an import (also in README.md):
 *  - a card whose UID is a partner's UUID is that partner (a card the app
 *    exported, coming back from a phone);
 *  - otherwise a card is the partner with the same name and the same phone
 *    number, email address or organisation (a name alone is not enough:
 *    张伟 is common);
 *  - otherwise it is a new partner;
 *  - a card for a known partner only fills the fields that are empty in
 *    the database: nothing stored is overwritten, its kind included;
 *  - two cards of the file for the same new partner become one.
 * The preview says what would happen to each card; the import is one
 * transaction, so a failure leaves the database as it was.
 */
#pragma once

#include "zs-partner.h"
#include "zs-query.h"
#include "zs-store.h"
#include "zs-vcard.h"

G_BEGIN_DECLS

typedef enum {
  ZS_VCARD_ADD,        /* a new partner */
  ZS_VCARD_FILL,       /* fills empty fields of a partner we have */
  ZS_VCARD_UNCHANGED,  /* a partner we have, nothing new */
  ZS_VCARD_SAME_CARD,  /* the same new partner as an earlier card */
  ZS_VCARD_N_OUTCOMES
} ZsVCardOutcome;

typedef struct _ZsVCardImport ZsVCardImport;

/* Reads @data and works out what importing it would do; changes nothing. */
ZsVCardImport  *zs_vcard_import_new          (ZsStore        *store,
                                              const char     *data,
                                              gsize           length,
                                              ZsPartnerKind   default_kind,
                                              GError        **error);
void            zs_vcard_import_free         (ZsVCardImport  *self);
guint           zs_vcard_import_get_n_cards  (ZsVCardImport  *self);
guint           zs_vcard_import_count        (ZsVCardImport  *self,
                                              ZsVCardOutcome  outcome);
/* The partner as the card has it. */
ZsPartner      *zs_vcard_import_get_card     (ZsVCardImport  *self,
                                              guint           index);
ZsVCardOutcome  zs_vcard_import_get_outcome  (ZsVCardImport  *self,
                                              guint           index);
/* The partner the card fills or repeats, or NULL for a new one. */
ZsPartner      *zs_vcard_import_get_target   (ZsVCardImport  *self,
                                              guint           index);
int             zs_vcard_import_get_line     (ZsVCardImport  *self,
                                              guint           index);
/* Writes the plan in one transaction. */
gboolean        zs_vcard_import_apply        (ZsVCardImport  *self,
                                              GError        **error);

/* The partners @partners finds, in its order, as one vCard file; @n_cards
 * gets how many. */
char           *zs_vcard_export              (ZsStore        *store,
                                              ZsQuery        *partners,
                                              ZsVCardVersion  version,
                                              guint          *n_cards,
                                              GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsVCardImport, zs_vcard_import_free)

G_END_DECLS
