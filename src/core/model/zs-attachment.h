/* zs-attachment.h — a file attached to a record (附件)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The record holds what the list shows; the bytes are kept by the store
 * beside it, by the attachment's UUID (zs_store_attachment_*), so a trash
 * entry or an undo brings them back with the record.
 */
#pragma once

#include "zs-record.h"

G_BEGIN_DECLS

typedef enum {
  ZS_ATTACHMENT_PROJECT_ID,
  ZS_ATTACHMENT_LEAD_ID,
  ZS_ATTACHMENT_ENTERPRISE_ID,
  ZS_ATTACHMENT_PARTNER_ID,
  ZS_ATTACHMENT_CARRIER_ID,
  ZS_ATTACHMENT_ACTIVITY_ID,
  ZS_ATTACHMENT_SUPERVISION_REPLY_ID,
  ZS_ATTACHMENT_NAME,
  ZS_ATTACHMENT_CONTENT_TYPE,
  ZS_ATTACHMENT_SIZE,
  ZS_ATTACHMENT_ADDED_BY,
  ZS_ATTACHMENT_N_FIELDS
} ZsAttachmentField;

/* The owner fields are the first ones, up to this one. */
#define ZS_ATTACHMENT_LAST_OWNER ZS_ATTACHMENT_SUPERVISION_REPLY_ID

#define ZS_TYPE_ATTACHMENT (zs_attachment_get_type ())
G_DECLARE_FINAL_TYPE (ZsAttachment, zs_attachment, ZS, ATTACHMENT, ZsRecord)

ZsAttachment *zs_attachment_new (void);
/* The owner field for a record of @owner_type (a project, lead,
 * enterprise, partner, carrier, activity or a reply to a 督办 item), or -1. */
int           zs_attachment_owner_field (GType owner_type);

G_END_DECLS
