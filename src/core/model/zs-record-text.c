/* zs-record-text.c — a record's values as the clerk reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-format.h"
#include "zs-record-private.h"

char *
zs_record_number_text (ZsRecord *self,
                       guint     field)
{
  const ZsField *f;

  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < ZS_RECORD_GET_CLASS (self)->n_fields, NULL);

  f = &ZS_RECORD_GET_CLASS (self)->fields[field];
  if (f->kind == ZS_FIELD_INT)
    {
      gint64 n = zs_record_get_int (self, field);

      /* An amount not known yet reads better as blank than as 0. */
      if (n == 0 && (f->flags & ZS_FIELD_NON_NEGATIVE) != 0)
        return g_strdup ("");
      /* Amounts grouped, with their decimals: "1,500.5" (万元). */
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        return zs_format_amount_number (n);
      return g_strdup_printf ("%" G_GINT64_FORMAT, n);
    }
  else
    {
      double d = zs_record_get_double (self, field);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (d == 0 && (f->flags & ZS_FIELD_NON_NEGATIVE) != 0)
        return g_strdup ("");
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, d));
    }
}
