/* zs-vcard.h — partners as vCards (.vcf), for phones and mail programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A reader and writer of vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350). No
 * database here: cards become unsaved ZsPartner records and partners
 * become text.
 *
 * The reader takes files as phones and mail programs write them, not only
 * as the RFCs say: a file in GB18030 (or Big5, Shift_JIS, Windows-1252) or
 * UTF-16 is read by its encoding, each value by its declared CHARSET
 * (through iconv); properties the app does not use are ignored whatever
 * their names; a card that cannot be a partner (no name, a contact group,
 * no END:VCARD) is skipped and listed with its line and the reason, and a
 * line that cannot be read is ignored and listed the same way. Only a file
 * that holds no card at all, or is too large, is refused.
 *
 * What a card holds and where it goes:
 *   FN (or N, NICKNAME; else ORG: a company card)   name
 *   ORG (first part)   organisation     TITLE (or ROLE)   title
 *   TEL (all)          phone, "、" between, a type the digits do not tell
 *                      kept as "（传真）", an extension as "转102"
 *   EMAIL (all)        email            ADR (locality)    city
 *   NOTE               notes            X-WECHAT, IMPP (weixin:, TYPE=WECHAT,
 *                                       X-SERVICE-TYPE=WeChat)   WeChat
 *   UID                the partner's UUID (another program's UID gives
 *                      always the same UUID), so a card comes back to its partner
 *   X-ZHAOSHANG-KIND, CATEGORIES  kind of partner
 *   X-ZHAOSHANG-NATIVE-PLACE, X-ZHAOSHANG-APPOINTED  native place, appointed on
 */
#pragma once

#include <gio/gio.h>

#include "zs-enums.h"
#include "zs-partner.h"

G_BEGIN_DECLS

typedef enum {
  ZS_VCARD_VERSION_3_0,
  ZS_VCARD_VERSION_4_0,
} ZsVCardVersion;

/* Beyond these a file is refused rather than read. */
#define ZS_VCARD_MAX_BYTES (64 * 1024 * 1024)
#define ZS_VCARD_MAX_CARDS 200000
/* Lines ignored beyond this many are counted, not listed. */
#define ZS_VCARD_MAX_LISTED_LINES 1000

/* A card left out of an import, or a line of a card that was ignored. */
typedef struct {
  int       line;         /* where the card begins, or the line ignored */
  gboolean  whole_card;   /* TRUE: the card was skipped */
  char     *reason;       /* a sentence for the clerk, without the line */
} ZsVCardSkipped;

void zs_vcard_skipped_free (ZsVCardSkipped *skipped);

/* How far a long operation is, 0 to 1; called from the thread doing it. */
typedef void (*ZsVCardProgress) (double   fraction,
                                 gpointer user_data);

/* Every card of @data that can be a partner, as an unsaved partner, in
 * file order; @lines (if not NULL) gets the line each begins on (int),
 * @skipped (if not NULL) the cards and lines left out (ZsVCardSkipped), in
 * file order. Cards without a kind get @default_kind. A file that holds no
 * card, or is too large, is refused: ZS_ERROR_PARSE, with the reason (and
 * the line) in the message; G_IO_ERROR_CANCELLED when @cancellable is. */
GPtrArray *zs_vcard_read_full  (const char       *data,
                                gsize             length,
                                ZsPartnerKind     default_kind,
                                GArray          **lines,
                                GPtrArray       **skipped,
                                GCancellable     *cancellable,
                                ZsVCardProgress   progress,
                                gpointer          progress_data,
                                GError          **error);
GPtrArray *zs_vcard_read       (const char       *data,
                                gsize             length,
                                ZsPartnerKind     default_kind,
                                GArray          **lines,
                                GError          **error);

/* TRUE when @data begins (after a byte order mark and blank space) with
 * BEGIN:VCARD, in UTF-8 or UTF-16: what the command line asks of a file
 * to read it as vCards rather than as an exchange file. */
gboolean   zs_vcard_sniff      (const char       *data,
                                gsize             length);

/* Appends @partner as one card, lines folded at 75 bytes, CRLF. */
void       zs_vcard_write      (GString          *out,
                                ZsPartner        *partner,
                                ZsVCardVersion    version);

/* Splits a phone or email field into its numbers or addresses (the app
 * keeps several in one field, separated by "、", "," or ";"). */
GStrv      zs_vcard_split_list (const char       *text);

/* What a phone number is compared by: its digits without the country
 * code 86 and the trunk 0, the last eleven of them; an extension and a
 * type do not count. NULL when @number has no digit. */
char      *zs_vcard_phone_key  (const char       *number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZsVCardSkipped, zs_vcard_skipped_free)

G_END_DECLS
