/* zs-partner-vcard.h — importing partners from vCards and exporting them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Merge rules of an import (also in README.md):
 *  - a card whose UID is a partner's UUID is that partner (a card the app
 *    exported, coming back from a phone; another program's UID stands for
 *    the same UUID each time, so its cards come back to their partners too);
 *  - otherwise a card is the partner with the same name and the same phone
 *    number, email address, WeChat or organisation (a name alone is not
 *    enough: 张伟 is common);
 *  - a card with none of those is the partner with the same name whose
 *    details do not contradict it (another title, city, note …);
 *  - otherwise it is a new partner;
 *  - a card for a known partner only fills the fields that are empty in
 *    the database: nothing stored is overwritten, its kind included;
 *  - two cards of the file for the same new partner become one.
 * So the same file imported twice changes nothing the second time. The
 * preview says what would happen to each card and lists the cards skipped;
 * the import is one transaction, so a failure leaves the database as it was.
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
ZsVCardImport  *zs_vcard_import_new          (ZsStore         *store,
                                              const char      *data,
                                              gsize            length,
                                              ZsPartnerKind    default_kind,
                                              GError         **error);
/* The same with progress (reading, then comparing with the database) and
 * a way to stop: G_IO_ERROR_CANCELLED. */
ZsVCardImport  *zs_vcard_import_new_full     (ZsStore         *store,
                                              const char      *data,
                                              gsize            length,
                                              ZsPartnerKind    default_kind,
                                              GCancellable    *cancellable,
                                              ZsVCardProgress  progress,
                                              gpointer         progress_data,
                                              GError         **error);
void            zs_vcard_import_free         (ZsVCardImport   *self);
/* The file the cards came from: the history names it (its base name). */
void            zs_vcard_import_set_source   (ZsVCardImport   *self,
                                              const char      *source);
/* The cards that can be imported; the skipped ones are not counted. */
guint           zs_vcard_import_get_n_cards  (ZsVCardImport   *self);
guint           zs_vcard_import_count        (ZsVCardImport   *self,
                                              ZsVCardOutcome   outcome);
/* Cards skipped, and every card and line left out (ZsVCardSkipped), in
 * file order. */
guint           zs_vcard_import_get_n_skipped (ZsVCardImport  *self);
GPtrArray      *zs_vcard_import_get_skipped  (ZsVCardImport   *self);
/* The partner as the card has it. */
ZsPartner      *zs_vcard_import_get_card     (ZsVCardImport   *self,
                                              guint            index);
ZsVCardOutcome  zs_vcard_import_get_outcome  (ZsVCardImport   *self,
                                              guint            index);
/* The partner the card fills or repeats, or NULL for a new one. */
ZsPartner      *zs_vcard_import_get_target   (ZsVCardImport   *self,
                                              guint            index);
int             zs_vcard_import_get_line     (ZsVCardImport   *self,
                                              guint            index);
/* What the import would do, for the command line and the dialog: a line
 * with the counts, then each card skipped and line ignored. */
char           *zs_vcard_import_format       (ZsVCardImport   *self,
                                              const char      *source);
/* Lets go of the connection the plan was made on (a worker's), so that
 * it can be closed; apply it with zs_vcard_import_apply_full(). */
void            zs_vcard_import_detach       (ZsVCardImport   *self);
/* Writes the plan in one transaction, on the connection it was made on. */
gboolean        zs_vcard_import_apply        (ZsVCardImport   *self,
                                              GError         **error);
/* The same on @store (NULL: the plan's), which may be another connection
 * to the same database; cancelled, it changes nothing. */
gboolean        zs_vcard_import_apply_full   (ZsVCardImport   *self,
                                              ZsStore         *store,
                                              GCancellable    *cancellable,
                                              ZsVCardProgress  progress,
                                              gpointer         progress_data,
                                              GError         **error);

/* The partners @partners finds, in its order, as one vCard file; @n_cards
 * gets how many. */
char           *zs_vcard_export              (ZsStore         *store,
                                              ZsQuery         *partners,
                                              ZsVCardVersion   version,
                                              guint           *n_cards,
                                              GError         **error);

/* The same, written to the file at @path through ZsOutputFile: a regular
 * file appears whole or not at all, a symbolic link is followed, a FIFO or
 * device is written as a stream, anything else (a folder …) is refused
 * before anything is written. Errors name @path. */
gboolean        zs_vcard_export_to_file      (ZsStore         *store,
                                              ZsQuery         *partners,
                                              ZsVCardVersion   version,
                                              const char      *path,
                                              guint           *n_cards,
                                              GCancellable    *cancellable,
                                              GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsVCardImport, zs_vcard_import_free)

G_END_DECLS
