/* zs-format-field.c — any field of any record as a clerk reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-enums.h"
#include "zs-format.h"
#include "zs-format-field.h"

char *
zs_format_field (ZsStore  *store,
                 ZsRecord *record,
                 guint     field)
{
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_fields);
  const ZsField *f;

  g_return_val_if_fail (field < n_fields, g_strdup (""));
  f = &fields[field];

  switch (f->kind)
    {
    case ZS_FIELD_STRING:
      return g_strdup (zs_record_get_string (record, field) ? zs_record_get_string (record, field) : "");
    case ZS_FIELD_DATE:
      return zs_format_date (zs_record_get_string (record, field));
    case ZS_FIELD_INT:
      if ((f->flags & ZS_FIELD_DOLLARS) != 0)
        return zs_format_dollars (zs_record_get_int (record, field));
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        return zs_format_amount (zs_record_get_int (record, field));
      if ((f->flags & ZS_FIELD_AREA) != 0)
        return zs_format_area (zs_record_get_int (record, field));
      return g_strdup_printf ("%" G_GINT64_FORMAT, zs_record_get_int (record, field));
    case ZS_FIELD_DOUBLE:
      return zs_format_decimal (zs_record_get_double (record, field));
    case ZS_FIELD_BOOLEAN:
      return g_strdup (zs_record_get_boolean (record, field) ? _("Yes") : _("No"));
    case ZS_FIELD_ENUM:
      return g_strdup (zs_enum_get_label (f->get_type (), zs_record_get_enum (record, field)));
    case ZS_FIELD_REF:
      {
        gint64 id = zs_record_get_int (record, field);
        g_autoptr(ZsRecord) target = NULL;

        if (id == 0)
          return g_strdup ("");
        target = zs_store_load (store, f->get_type (), id, NULL);
        return g_strdup (target != NULL ? zs_record_get_title (target) : "");
      }
    default:
      g_assert_not_reached ();
    }
}
