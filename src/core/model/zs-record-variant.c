/* zs-record-variant.c — a record as a GVariant, by its field table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What the trash keeps of a deleted record and the undo stack of an edited
 * one: every value, named by the field table, in GLib's own serialization,
 * so that any storage engine can keep it as bytes.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-format.h"
#include "zs-parse.h"
#include "zs-record-variant.h"
#include "zs-records.h"

static GVariant *
field_to_variant (ZsRecord      *record,
                  guint          field,
                  const ZsField *f)
{
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      {
        const char *text = zs_record_get_string (record, field);

        return text != NULL ? g_variant_new_string (text) : NULL;
      }
    case ZS_FIELD_INT:
      /* Amounts as decimal 万元 text: a copy kept before amounts had
       * decimals holds whole 万元 as an int64, and is read as such. */
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        {
          g_autofree char *text = zs_amount_to_text (zs_record_get_int (record, field));

          return g_variant_new_string (text);
        }
      return g_variant_new_int64 (zs_record_get_int (record, field));
    case ZS_FIELD_REF:
      return g_variant_new_int64 (zs_record_get_int (record, field));
    case ZS_FIELD_DOUBLE:
      return g_variant_new_double (zs_record_get_double (record, field));
    case ZS_FIELD_BOOLEAN:
      return g_variant_new_boolean (zs_record_get_boolean (record, field));
    case ZS_FIELD_ENUM:
      return g_variant_new_int32 (zs_record_get_enum (record, field));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* FALSE when @value is not of the type the field's kind keeps. */
static gboolean
field_from_variant (ZsRecord      *record,
                    guint          field,
                    const ZsField *f,
                    GVariant      *value)
{
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        return FALSE;
      zs_record_set_string (record, field, g_variant_get_string (value, NULL));
      return TRUE;
    case ZS_FIELD_INT:
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        {
          gint64 hundredths;

          if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
            {
              gint64 wan = g_variant_get_int64 (value);

              if (wan > G_MAXINT64 / ZS_AMOUNT_SCALE || wan < G_MININT64 / ZS_AMOUNT_SCALE)
                return FALSE;
              zs_record_set_int (record, field, wan * ZS_AMOUNT_SCALE);
              return TRUE;
            }
          if (!g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ||
              !zs_amount_from_text (g_variant_get_string (value, NULL), &hundredths))
            return FALSE;
          zs_record_set_int (record, field, hundredths);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case ZS_FIELD_REF:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return FALSE;
      zs_record_set_int (record, field, g_variant_get_int64 (value));
      return TRUE;
    case ZS_FIELD_DOUBLE:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        return FALSE;
      zs_record_set_double (record, field, g_variant_get_double (value));
      return TRUE;
    case ZS_FIELD_BOOLEAN:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        return FALSE;
      zs_record_set_boolean (record, field, g_variant_get_boolean (value));
      return TRUE;
    case ZS_FIELD_ENUM:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
        return FALSE;
      zs_record_set_enum (record, field, g_variant_get_int32 (value));
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_record_type (GType type)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    if (types[i] == type)
      return TRUE;
  return FALSE;
}

GVariant *
zs_record_to_variant (ZsRecord *record)
{
  ZsRecordClass *klass;
  GVariantBuilder fields;
  guint n_fields;
  const ZsField *table;

  g_return_val_if_fail (ZS_IS_RECORD (record), NULL);

  klass = ZS_RECORD_GET_CLASS (record);
  table = zs_record_class_get_fields (klass, &n_fields);
  g_variant_builder_init (&fields, G_VARIANT_TYPE ("a{sv}"));
  for (guint i = 0; i < n_fields; i++)
    {
      GVariant *value = field_to_variant (record, i, &table[i]);

      if (value != NULL)
        g_variant_builder_add (&fields, "{sv}", table[i].name, value);
    }

  return g_variant_new ("(sxsssa{sv})",
                        G_OBJECT_TYPE_NAME (record),
                        zs_record_get_id (record),
                        zs_record_get_uuid (record) ? zs_record_get_uuid (record) : "",
                        zs_record_get_created (record) ? zs_record_get_created (record) : "",
                        zs_record_get_updated (record) ? zs_record_get_updated (record) : "",
                        &fields);
}

ZsRecord *
zs_record_from_variant (GVariant  *variant,
                        GError   **error)
{
  g_autoptr(ZsRecord) record = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  const char *type_name, *uuid, *created, *updated, *name;
  GVariant *value;
  gint64 id;
  GType type;

  g_return_val_if_fail (variant != NULL, NULL);

  if (!g_variant_is_of_type (variant, ZS_RECORD_VARIANT_TYPE))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT, _("A kept copy of a record is damaged and cannot be read."));
      return NULL;
    }

  g_variant_get (variant, "(&sx&s&s&sa{sv})", &type_name, &id, &uuid, &created, &updated, &iter);
  type = g_type_from_name (type_name);
  if (type == G_TYPE_INVALID || !is_record_type (type))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                   _("A kept copy of a record is of a kind this version does not know (“%s”)."), type_name);
      return NULL;
    }

  record = g_object_new (type, NULL);
  zs_record_set_id (record, id);
  zs_record_set_uuid (record, *uuid ? uuid : NULL);
  zs_record_set_created (record, *created ? created : NULL);
  zs_record_set_updated (record, *updated ? updated : NULL);
  while (g_variant_iter_loop (iter, "{&sv}", &name, &value))
    {
      int field = zs_record_class_find_field (ZS_RECORD_GET_CLASS (record), name);
      guint n_fields;
      const ZsField *table = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_fields);

      if (field < 0)
        continue;
      if (!field_from_variant (record, (guint) field, &table[field], value))
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_CORRUPT,
                       _("A kept copy of a record is damaged and cannot be read (field “%s”)."), name);
          g_variant_unref (value);
          return NULL;
        }
    }
  return g_steal_pointer (&record);
}
