/* zs-vcard-private.h — what the parts of the vCard reader and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-vcard.h"

G_BEGIN_DECLS

/* Separators the app writes between several numbers or addresses in one
 * field, and those clerks type. */
#define LIST_SEPARATOR "、"

typedef struct {
  int      line;     /* of the first physical line */
  GString *text;
} ZsVCardLine;

typedef struct {
  int        line;
  char      *name;     /* upper case, without a group */
  GPtrArray *params;   /* key (upper case), value, key, value … */
  char      *value;    /* decoded from quoted-printable, still escaped */
  gboolean   binary;   /* base64 data (a photo): not for us */
} ZsVCardProperty;

void        zs_vcard_line_free        (gpointer          data);
GPtrArray  *zs_vcard_unfold           (const char       *data,
                                       gsize             length);
void        zs_vcard_property_clear   (ZsVCardProperty  *prop);
char       *zs_vcard_line_start       (const char       *text);
gboolean    zs_vcard_parse_error      (GError          **error,
                                       int               line,
                                       char             *reason);
const char *zs_vcard_param            (ZsVCardProperty  *prop,
                                       const char       *key);
gboolean    zs_vcard_has_type         (ZsVCardProperty  *prop,
                                       const char       *type);
gboolean    zs_vcard_parse_property   (ZsVCardLine      *line,
                                       ZsVCardProperty  *prop,
                                       GError          **error);
char       *zs_vcard_unescape         (const char       *text,
                                       gsize             length);
GStrv       zs_vcard_split_value      (const char       *text,
                                       char              separator);
char       *zs_vcard_text_value       (ZsVCardProperty  *prop);
const char *zs_vcard_part             (GStrv             parts,
                                       guint             index);
gboolean    zs_vcard_is_han           (const char       *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZsVCardProperty, zs_vcard_property_clear)

G_END_DECLS
