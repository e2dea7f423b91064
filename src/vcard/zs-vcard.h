/* zs-vcard.h — partners as vCards (.vcf), for phones and mail programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A small reader and writer of vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) in
 * UTF-8; the 2.1 files older phones write are read too (their CHARSET and
 * QUOTED-PRINTABLE parameters). No database here: cards become unsaved
 * ZsPartner records and partners become text.
 *
 * What a card holds and where it goes:
 *   FN (or N)            name          ORG (first part)   organisation
 *   TITLE (or ROLE)      title         TEL (all)          phone, "、" between
 *   EMAIL (all)          email         ADR (locality)     city
 *   NOTE                 notes         X-WECHAT, IMPP:weixin:   WeChat
 *   UID (a UUID)         the partner's UUID, so a card comes back to its partner
 *   X-ZHAOSHANG-KIND, CATEGORIES  kind of partner
 *   X-ZHAOSHANG-NATIVE-PLACE, X-ZHAOSHANG-APPOINTED  native place, appointed on
 */
#pragma once

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

/* Every card of @data as an unsaved partner, in file order; @lines (if not
 * NULL) gets the line each card begins on (int). Cards without a kind get
 * @default_kind. A malformed file is refused whole: ZS_ERROR_PARSE, with
 * the line and the reason in the message. */
GPtrArray *zs_vcard_read   (const char      *data,
                            gsize            length,
                            ZsPartnerKind    default_kind,
                            GArray         **lines,
                            GError         **error);

/* Appends @partner as one card, lines folded at 75 bytes, CRLF. */
void       zs_vcard_write  (GString         *out,
                            ZsPartner       *partner,
                            ZsVCardVersion   version);

/* Splits a phone or email field into its numbers or addresses (the app
 * keeps several in one field, separated by "、", "," or ";"). */
GStrv      zs_vcard_split_list (const char  *text);

G_END_DECLS
