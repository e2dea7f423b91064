/* zs-attachment-list.h — a record page's 附件 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_ATTACHMENT_LIST (zs_attachment_list_get_type ())
G_DECLARE_FINAL_TYPE (ZsAttachmentList, zs_attachment_list, ZS, ATTACHMENT_LIST, GtkWidget)

/* What opens a file: by default the desktop's application for its kind
 * (the OpenURI portal in Flatpak). Tests put their own in its place. */
typedef void (*ZsAttachmentLauncher) (GtkWidget *widget,
                                      GFile     *file,
                                      gpointer   user_data);

/* Lists the attachments of @record (a saved project, lead, enterprise,
 * partner, carrier or activity) and follows changes; files dropped on the
 * page the list is in (its ZsPage ancestor, or the list itself) are added. */
void          zs_attachment_list_set_record   (ZsAttachmentList *self,
                                               ZsStore          *store,
                                               ZsRecord         *record);
/* Before zs_attachment_list_set_record(): the list alone, without its
 * heading, add button and drop target, hidden while empty (the files of
 * a reply, under it in the 督办 section). */
void          zs_attachment_list_set_compact  (ZsAttachmentList *self,
                                               gboolean          compact);
/* Adds @files, one after the other, each in a worker thread: what the file
 * chooser and a drop do. */
void          zs_attachment_list_add_files    (ZsAttachmentList *self,
                                               GSList           *files);
/* Copies the attachment out to a temporary file and hands that to the
 * launcher, in a worker thread. */
void          zs_attachment_list_open         (ZsAttachmentList *self,
                                               ZsAttachment     *attachment);
void          zs_attachment_list_set_launcher (ZsAttachmentList    *self,
                                               ZsAttachmentLauncher launcher,
                                               gpointer             user_data);

/* For tests: the attachments shown (ZsAttachment, newest first), the
 * message of the last refusal ("" when none), whether files are being
 * added or read, and the drop target on the page. */
GListModel     *zs_attachment_list_get_model       (ZsAttachmentList *self);
const char     *zs_attachment_list_get_error       (ZsAttachmentList *self);
gboolean        zs_attachment_list_is_busy         (ZsAttachmentList *self);
GtkDropTarget  *zs_attachment_list_get_drop_target (ZsAttachmentList *self);

G_END_DECLS
