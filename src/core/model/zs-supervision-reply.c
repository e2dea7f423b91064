/* zs-supervision-reply.c — a unit's reply to a 督办 item (办理情况)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-supervision.h"
#include "zs-supervision-reply.h"

static const ZsField supervision_reply_fields[] = {
  [ZS_SUPERVISION_REPLY_SUPERVISION_ID] = { "supervision-id", ZS_FIELD_REF, N_("Supervision item"), ZS_FIELD_REQUIRED | ZS_FIELD_OWNER, zs_supervision_get_type },
  [ZS_SUPERVISION_REPLY_TEXT] = { "text", ZS_FIELD_STRING, N_("Reply"), ZS_FIELD_REQUIRED | ZS_FIELD_MULTILINE },
  [ZS_SUPERVISION_REPLY_AUTHOR] = { "author", ZS_FIELD_STRING, N_("Replied by"), 0 },
  [ZS_SUPERVISION_REPLY_DATE] = { "date", ZS_FIELD_DATE, N_("Date of the reply"), ZS_FIELD_REQUIRED },
};

ZS_DEFINE_RECORD_TYPE (ZsSupervisionReply, zs_supervision_reply, "supervision_replies", "supervision-reply",
                       N_("supervision reply"), supervision_reply_fields)
