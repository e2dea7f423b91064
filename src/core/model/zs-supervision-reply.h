/* zs-supervision-reply.h — a unit's reply to a 督办 item (办理情况)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_SUPERVISION_REPLY_SUPERVISION_ID,
  ZS_SUPERVISION_REPLY_TEXT,
  ZS_SUPERVISION_REPLY_AUTHOR,
  ZS_SUPERVISION_REPLY_DATE,
  ZS_SUPERVISION_REPLY_N_FIELDS
} ZsSupervisionReplyField;

#define ZS_TYPE_SUPERVISION_REPLY (zs_supervision_reply_get_type ())
G_DECLARE_FINAL_TYPE (ZsSupervisionReply, zs_supervision_reply, ZS, SUPERVISION_REPLY, ZsRecord)

ZsSupervisionReply *zs_supervision_reply_new (void);

G_END_DECLS
