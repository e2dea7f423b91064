/* zs-record-canonical.c — a field's canonical text, as the exchange format
 * and the history write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An export writes the text of every field of every row, so the text is
 * made without printf and, where the record holds it, without a copy.
 */
#include "config.h"

#include "zs-enums.h"
#include "zs-parse.h"
#include "zs-record.h"

/* As "%" G_GINT64_FORMAT, without printf's cost on every row of an export. */
static void
format_int (gint64  n,
            char   *buffer)
{
  guint64 magnitude = n < 0 ? -(guint64) n : (guint64) n;
  char digits[24];
  int len = 0;

  do
    digits[len++] = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) > 0);
  if (n < 0)
    *buffer++ = '-';
  while (len > 0)
    *buffer++ = digits[--len];
  *buffer = '\0';
}

const char *
zs_record_peek_field_text (ZsRecord *self,
                           guint     field,
                           char     *buffer)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (self);
  const ZsField *f = field < klass->n_fields ? &klass->fields[field] : NULL;
  const GValue *v;

  g_return_val_if_fail (f != NULL && f->kind != ZS_FIELD_REF, NULL);

  v = zs_record_get_value (self, field);
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      return g_value_get_string (v);
    case ZS_FIELD_INT:
      /* Amounts as decimal 万元 ("1500.55"), as the exchange format writes them. */
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        zs_amount_to_text_in (g_value_get_int64 (v), buffer);
      else
        format_int (g_value_get_int64 (v), buffer);
      return buffer;
    case ZS_FIELD_DOUBLE:
      return g_ascii_dtostr (buffer, ZS_RECORD_FIELD_TEXT_SIZE, g_value_get_double (v));
    case ZS_FIELD_BOOLEAN:
      return g_value_get_boolean (v) ? "true" : "false";
    case ZS_FIELD_ENUM:
      return zs_enum_to_nick (f->get_type (), g_value_get_enum (v));
    case ZS_FIELD_REF:
    default:
      g_assert_not_reached ();
    }
}

char *
zs_record_format_field (ZsRecord *self,
                        guint     field)
{
  char buffer[ZS_RECORD_FIELD_TEXT_SIZE];

  return g_strdup (zs_record_peek_field_text (self, field, buffer));
}
