/* zs-record.c — the base class of every stored domain object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A record class is described by a table of fields. From that table this
 * class installs one GObject property per field and keeps the values, so
 * that the store, the exchange format, validation and the editors can all
 * walk the same description instead of each repeating it per entity.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-date.h"
#include "zs-enums.h"
#include "zs-error.h"
#include "zs-limits.h"
#include "zs-parse.h"
#include "zs-record-private.h"

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *created;
  char   *updated;
  gint64  version;  /* the stored row's version when read or last saved */
  GValue *values;   /* one per field of the concrete class, made on first use */
} ZsRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ZsRecord, zs_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
field_value_type (const ZsField *field)
{
  switch (field->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      return G_TYPE_STRING;
    case ZS_FIELD_INT:
    case ZS_FIELD_REF:
      return G_TYPE_INT64;
    case ZS_FIELD_DOUBLE:
      return G_TYPE_DOUBLE;
    case ZS_FIELD_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case ZS_FIELD_ENUM:
      return field->get_type ();
    default:
      g_assert_not_reached ();
    }
}

static GValue *
ensure_values (ZsRecord *self)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);
  ZsRecordClass *klass;

  if (priv->values != NULL)
    return priv->values;

  klass = ZS_RECORD_GET_CLASS (self);
  priv->values = g_new0 (GValue, MAX (klass->n_fields, 1));
  for (guint i = 0; i < klass->n_fields; i++)
    g_value_init (&priv->values[i], field_value_type (&klass->fields[i]));

  return priv->values;
}

static const ZsField *
get_field (ZsRecord *self,
           guint     field)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (self);

  g_return_val_if_fail (field < klass->n_fields, NULL);
  return &klass->fields[field];
}

/* Looked up only for a message: this runs for every field of every
 * record an import reads. */
static const char *
field_label (const ZsField *field)
{
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

gboolean
zs_value_equal (const GValue *a,
                const GValue *b)
{
  if (G_VALUE_TYPE (a) != G_VALUE_TYPE (b))
    return FALSE;
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (a)))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case G_TYPE_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case G_TYPE_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    default:
      g_assert_not_reached ();
    }
}

static void
zs_record_field_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZsRecord *self = ZS_RECORD (object);

  g_value_copy (zs_record_get_value (self, prop_id - 1), value);
}

static void
zs_record_field_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  zs_record_set_value (ZS_RECORD (object), prop_id - 1, value);
}

static void
zs_record_finalize (GObject *object)
{
  ZsRecord *self = ZS_RECORD (object);
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      ZsRecordClass *klass = ZS_RECORD_GET_CLASS (self);

      for (guint i = 0; i < klass->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->uuid);
  g_free (priv->created);
  g_free (priv->updated);

  G_OBJECT_CLASS (zs_record_parent_class)->finalize (object);
}

static void
zs_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZsRecord *self = ZS_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, zs_record_get_id (self));
      break;
    case PROP_UUID:
      g_value_set_string (value, zs_record_get_uuid (self));
      break;
    case PROP_CREATED:
      g_value_set_string (value, zs_record_get_created (self));
      break;
    case PROP_UPDATED:
      g_value_set_string (value, zs_record_get_updated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZsRecord *self = ZS_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      zs_record_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      zs_record_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      zs_record_set_created (self, g_value_get_string (value));
      break;
    case PROP_UPDATED:
      zs_record_set_updated (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_record_class_init (ZsRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_record_finalize;
  object_class->get_property = zs_record_get_property;
  object_class->set_property = zs_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_record_init (ZsRecord *self)
{
}

static int
find_title_field (const ZsField *fields,
                  guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (strcmp (fields[i].name, "name") == 0 || strcmp (fields[i].name, "title") == 0)
      return (int) i;
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == ZS_FIELD_STRING)
      return (int) i;
  return -1;
}

static GParamSpec *
field_pspec_new (const ZsField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      return g_param_spec_string (field->name, field->label, NULL, NULL, flags);
    case ZS_FIELD_INT:
    case ZS_FIELD_REF:
      return g_param_spec_int64 (field->name, field->label, NULL, G_MININT64, G_MAXINT64, 0, flags);
    case ZS_FIELD_DOUBLE:
      return g_param_spec_double (field->name, field->label, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
    case ZS_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, field->label, NULL, FALSE, flags);
    case ZS_FIELD_ENUM:
      return g_param_spec_enum (field->name, field->label, NULL, field->get_type (), 0, flags);
    default:
      g_assert_not_reached ();
    }
}

void
zs_record_class_set_fields (ZsRecordClass *klass,
                            const char    *table,
                            const char    *element,
                            const char    *label,
                            const ZsField *fields,
                            guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (ZS_IS_RECORD_CLASS (klass));

  klass->table = table;
  klass->element = element;
  klass->label = label;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->title_field = find_title_field (fields, n_fields);
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields);

  object_class->get_property = zs_record_field_get_property;
  object_class->set_property = zs_record_field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      klass->field_pspecs[i] = field_pspec_new (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->field_pspecs[i]);
    }
}

const ZsField *
zs_record_class_get_fields (ZsRecordClass *klass,
                            guint         *n_fields)
{
  g_return_val_if_fail (ZS_IS_RECORD_CLASS (klass), NULL);

  if (n_fields != NULL)
    *n_fields = klass->n_fields;
  return klass->fields;
}

int
zs_record_class_find_field (ZsRecordClass *klass,
                            const char    *name)
{
  g_return_val_if_fail (ZS_IS_RECORD_CLASS (klass), -1);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_strcmp0 (klass->fields[i].name, name) == 0)
      return (int) i;
  return -1;
}

gint64
zs_record_get_id (ZsRecord *self)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_RECORD (self), 0);
  return priv->id;
}

void
zs_record_set_id (ZsRecord *self,
                  gint64    id)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_if_fail (ZS_IS_RECORD (self));

  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

static void
set_string_prop (ZsRecord   *self,
                 char      **slot,
                 const char *value,
                 int         prop)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

const char *
zs_record_get_uuid (ZsRecord *self)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  return priv->uuid;
}

void
zs_record_set_uuid (ZsRecord   *self,
                    const char *uuid)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_if_fail (ZS_IS_RECORD (self));
  set_string_prop (self, &priv->uuid, uuid, PROP_UUID);
}

const char *
zs_record_get_created (ZsRecord *self)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  return priv->created;
}

void
zs_record_set_created (ZsRecord   *self,
                       const char *created)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_if_fail (ZS_IS_RECORD (self));
  set_string_prop (self, &priv->created, created, PROP_CREATED);
}

const char *
zs_record_get_updated (ZsRecord *self)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  return priv->updated;
}

void
zs_record_set_updated (ZsRecord   *self,
                       const char *updated)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  g_return_if_fail (ZS_IS_RECORD (self));
  set_string_prop (self, &priv->updated, updated, PROP_UPDATED);
}

const char *
zs_record_get_title (ZsRecord *self)
{
  ZsRecordClass *klass;
  const char *title;

  g_return_val_if_fail (ZS_IS_RECORD (self), "");

  klass = ZS_RECORD_GET_CLASS (self);
  if (klass->title_field < 0)
    return "";
  title = zs_record_get_string (self, (guint) klass->title_field);
  return title != NULL ? title : "";
}

const GValue *
zs_record_get_value (ZsRecord *self,
                     guint     field)
{
  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  g_return_val_if_fail (get_field (self, field) != NULL, NULL);

  return &ensure_values (self)[field];
}

void
zs_record_set_value (ZsRecord     *self,
                     guint         field,
                     const GValue *value)
{
  GValue *slot;

  g_return_if_fail (ZS_IS_RECORD (self));
  g_return_if_fail (get_field (self, field) != NULL);

  slot = &ensure_values (self)[field];
  if (zs_value_equal (slot, value))
    return;

  g_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), ZS_RECORD_GET_CLASS (self)->field_pspecs[field]);
}

void
zs_record_clear_field (ZsRecord *self,
                       guint     field)
{
  g_auto(GValue) empty = G_VALUE_INIT;
  const ZsField *f = get_field (self, field);

  g_return_if_fail (f != NULL);

  g_value_init (&empty, field_value_type (f));
  zs_record_set_value (self, field, &empty);
}

gboolean
zs_record_field_is_set (ZsRecord *self,
                        guint     field)
{
  const ZsField *f = get_field (self, field);
  const GValue *v;

  g_return_val_if_fail (f != NULL, FALSE);

  v = zs_record_get_value (self, field);
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      return g_value_get_string (v) != NULL && *g_value_get_string (v) != '\0';
    case ZS_FIELD_REF:
      return g_value_get_int64 (v) != 0;
    default:
      return TRUE;
    }
}

const char *
zs_record_get_string (ZsRecord *self,
                      guint     field)
{
  const GValue *v;

  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);
  v = zs_record_get_value (self, field);
  g_return_val_if_fail (v != NULL && G_VALUE_HOLDS_STRING (v), NULL);
  return g_value_get_string (v);
}

void
zs_record_set_string (ZsRecord   *self,
                      guint       field,
                      const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  /* An empty entry means "not known": store NULL so it reads back the same. */
  g_value_set_string (&v, value != NULL && *value != '\0' ? value : NULL);
  zs_record_set_value (self, field, &v);
}

gint64
zs_record_get_int (ZsRecord *self,
                   guint     field)
{
  const GValue *v;

  g_return_val_if_fail (ZS_IS_RECORD (self), 0);
  v = zs_record_get_value (self, field);
  g_return_val_if_fail (v != NULL && G_VALUE_HOLDS_INT64 (v), 0);
  return g_value_get_int64 (v);
}

void
zs_record_set_int (ZsRecord *self,
                   guint     field,
                   gint64    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  zs_record_set_value (self, field, &v);
}

double
zs_record_get_double (ZsRecord *self,
                      guint     field)
{
  const GValue *v;

  g_return_val_if_fail (ZS_IS_RECORD (self), 0);
  v = zs_record_get_value (self, field);
  g_return_val_if_fail (v != NULL && G_VALUE_HOLDS_DOUBLE (v), 0);
  return g_value_get_double (v);
}

void
zs_record_set_double (ZsRecord *self,
                      guint     field,
                      double    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  zs_record_set_value (self, field, &v);
}

gboolean
zs_record_get_boolean (ZsRecord *self,
                       guint     field)
{
  const GValue *v;

  g_return_val_if_fail (ZS_IS_RECORD (self), FALSE);
  v = zs_record_get_value (self, field);
  g_return_val_if_fail (v != NULL && G_VALUE_HOLDS_BOOLEAN (v), FALSE);
  return g_value_get_boolean (v);
}

void
zs_record_set_boolean (ZsRecord *self,
                       guint     field,
                       gboolean  value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  zs_record_set_value (self, field, &v);
}

int
zs_record_get_enum (ZsRecord *self,
                    guint     field)
{
  const GValue *v;

  g_return_val_if_fail (ZS_IS_RECORD (self), 0);
  v = zs_record_get_value (self, field);
  g_return_val_if_fail (v != NULL && G_VALUE_HOLDS_ENUM (v), 0);
  return g_value_get_enum (v);
}

void
zs_record_set_enum (ZsRecord *self,
                    guint     field,
                    int       value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  const ZsField *f = get_field (self, field);

  g_return_if_fail (f != NULL && f->kind == ZS_FIELD_ENUM);

  g_value_init (&v, f->get_type ());
  g_value_set_enum (&v, value);
  zs_record_set_value (self, field, &v);
}

gboolean
zs_record_validate_field (ZsRecord  *self,
                          guint      field,
                          GError   **error)
{
  const ZsField *f = get_field (self, field);
  const GValue *v;

  g_return_val_if_fail (f != NULL, FALSE);

  v = zs_record_get_value (self, field);

  if ((f->flags & ZS_FIELD_REQUIRED) != 0 && !zs_record_field_is_set (self, field))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” must not be empty"), field_label (f));
      return FALSE;
    }

  /* Spaces, zero-width spaces and other characters that show nothing are
   * no name, in any script. */
  if ((f->flags & ZS_FIELD_REQUIRED) != 0 && G_VALUE_HOLDS_STRING (v))
    {
      if (zs_text_is_blank (g_value_get_string (v)))
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                       _("“%s” must not be empty"), field_label (f));
          return FALSE;
        }
    }

  if ((f->flags & ZS_FIELD_NON_NEGATIVE) != 0 &&
      ((f->kind == ZS_FIELD_INT && g_value_get_int64 (v) < 0) ||
       (f->kind == ZS_FIELD_DOUBLE && g_value_get_double (v) < 0)))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” must not be negative"), field_label (f));
      return FALSE;
    }

  /* The sums over every project must not overflow (zs-limits.h). */
  if (f->kind == ZS_FIELD_INT && (f->flags & (ZS_FIELD_MONEY | ZS_FIELD_AREA)) != 0)
    {
      gint64 max = (f->flags & ZS_FIELD_MONEY) != 0 ? ZS_AMOUNT_MAX : ZS_AREA_MAX;
      gint64 value = g_value_get_int64 (v);

      if (value > max || value < -max)
        {
          g_autofree char *limit = (f->flags & ZS_FIELD_MONEY) != 0 ? zs_amount_to_text (max)
                                                                     : g_strdup_printf ("%" G_GINT64_FORMAT, max);

          if ((f->flags & ZS_FIELD_MONEY) != 0)
            g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                         _("“%s” must not be more than %s (10,000 yuan) or less than -%s"),
                         field_label (f), limit, limit);
          else
            g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                         _("“%s” must not be more than %s (square metres)"), field_label (f), limit);
          return FALSE;
        }
    }

  if ((f->flags & ZS_FIELD_NON_ZERO) != 0 && f->kind == ZS_FIELD_INT && g_value_get_int64 (v) == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” must not be zero: enter the amount, or a negative amount to correct an earlier entry"),
                   field_label (f));
      return FALSE;
    }

  if (f->kind == ZS_FIELD_DATE && g_value_get_string (v) != NULL &&
      !zs_date_is_valid (g_value_get_string (v)))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is not a valid date: “%s” (use YYYY-MM-DD)"),
                   field_label (f), g_value_get_string (v));
      return FALSE;
    }

  if (f->kind == ZS_FIELD_DOUBLE && !isfinite (g_value_get_double (v)))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is not a number"), field_label (f));
      return FALSE;
    }

  return TRUE;
}

gboolean
zs_record_validate (ZsRecord  *self,
                    GError   **error)
{
  ZsRecordClass *klass;

  g_return_val_if_fail (ZS_IS_RECORD (self), FALSE);

  klass = ZS_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!zs_record_validate_field (self, i, error))
      return FALSE;

  if (klass->validate != NULL)
    return klass->validate (self, error);

  return TRUE;
}

gboolean
zs_record_check_value (ZsRecord      *self,
                       guint          field,
                       const GValue  *value,
                       GError       **error)
{
  ZsRecordClass *klass;
  g_autoptr(ZsRecord) trial = NULL;
  g_autoptr(GError) broken = NULL;

  g_return_val_if_fail (ZS_IS_RECORD (self), FALSE);
  g_return_val_if_fail (get_field (self, field) != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  klass = ZS_RECORD_GET_CLASS (self);
  trial = g_object_new (G_OBJECT_TYPE (self), NULL);
  zs_record_copy_fields (trial, self);
  zs_record_set_value (trial, field, value);

  if (!zs_record_validate_field (trial, field, error))
    return FALSE;
  if (klass->validate == NULL || klass->validate (trial, &broken))
    return TRUE;

  /* A rule that stays broken without this value (a new record still
   * incomplete, an older record) is not this field's to report. */
  zs_record_clear_field (trial, field);
  if (!klass->validate (trial, NULL))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&broken));
  return FALSE;
}

void
zs_record_copy_fields (ZsRecord *self,
                       ZsRecord *source)
{
  ZsRecordClass *klass;

  g_return_if_fail (ZS_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  klass = ZS_RECORD_GET_CLASS (self);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->n_fields; i++)
    zs_record_set_value (self, i, zs_record_get_value (source, i));
  g_object_thaw_notify (G_OBJECT (self));
}

GValue *
zs_record_peek_values (ZsRecord *self)
{
  g_return_val_if_fail (ZS_IS_RECORD (self), NULL);

  return ensure_values (self);
}

static void
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) != 0)
    {
      g_free (*slot);
      *slot = g_strdup (value);
    }
}

void
zs_record_fill_identity (ZsRecord   *self,
                         gint64      id,
                         const char *uuid,
                         const char *created,
                         const char *updated)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  priv->id = id;
  replace_string (&priv->uuid, uuid);
  replace_string (&priv->created, created);
  replace_string (&priv->updated, updated);
}

gint64
zs_record_get_version (ZsRecord *self)
{
  ZsRecordPrivate *priv;

  g_return_val_if_fail (ZS_IS_RECORD (self), 0);
  priv = zs_record_get_instance_private (self);
  return priv->version;
}

void
zs_record_set_version (ZsRecord *self,
                       gint64    version)
{
  ZsRecordPrivate *priv = zs_record_get_instance_private (self);

  priv->version = version;
}

gboolean
zs_record_equal_fields (ZsRecord *self,
                        ZsRecord *other)
{
  ZsRecordClass *klass;

  g_return_val_if_fail (ZS_IS_RECORD (self), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (other), FALSE);

  if (G_OBJECT_TYPE (self) != G_OBJECT_TYPE (other))
    return FALSE;

  klass = ZS_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!zs_value_equal (zs_record_get_value (self, i), zs_record_get_value (other, i)))
      return FALSE;
  return TRUE;
}

gboolean
zs_record_parse_field (ZsRecord    *self,
                       guint        field,
                       const char  *text,
                       GError     **error)
{
  const ZsField *f = get_field (self, field);

  g_return_val_if_fail (f != NULL && f->kind != ZS_FIELD_REF, FALSE);

  switch (f->kind)
    {
    case ZS_FIELD_STRING:
      zs_record_set_string (self, field, text);
      return TRUE;

    case ZS_FIELD_DATE:
      if (text != NULL && *text != '\0' && !zs_date_is_valid (text))
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                       _("“%s” is not a valid date: “%s” (use YYYY-MM-DD)"), field_label (f), text);
          return FALSE;
        }
      zs_record_set_string (self, field, text);
      return TRUE;

    case ZS_FIELD_INT:
      {
        gint64 n;

        if ((f->flags & ZS_FIELD_MONEY) != 0)
          {
            if (!zs_amount_from_text (text, &n))
              {
                g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                             _("“%s” must be an amount in 万元 with at most two decimals, not “%s”"),
                             field_label (f), text ? text : "");
                return FALSE;
              }
            zs_record_set_int (self, field, n);
            return TRUE;
          }
        if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &n, NULL))
          {
            g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                         _("“%s” must be a whole number, not “%s”"), field_label (f), text ? text : "");
            return FALSE;
          }
        zs_record_set_int (self, field, n);
        return TRUE;
      }

    case ZS_FIELD_DOUBLE:
      {
        char *end = NULL;
        double d = text != NULL ? g_ascii_strtod (text, &end) : 0;

        if (text == NULL || *text == '\0' || end == NULL || *end != '\0' || !isfinite (d))
          {
            g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                         _("“%s” must be a number, not “%s”"), field_label (f), text ? text : "");
            return FALSE;
          }
        zs_record_set_double (self, field, d);
        return TRUE;
      }

    case ZS_FIELD_BOOLEAN:
      if (g_strcmp0 (text, "true") != 0 && g_strcmp0 (text, "false") != 0)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                       _("“%s” must be “true” or “false”, not “%s”"), field_label (f), text ? text : "");
          return FALSE;
        }
      zs_record_set_boolean (self, field, g_strcmp0 (text, "true") == 0);
      return TRUE;

    case ZS_FIELD_ENUM:
      {
        int value;

        if (!zs_enum_from_nick (f->get_type (), text, &value))
          {
            g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                         _("“%s” has no value “%s”"), field_label (f), text ? text : "");
            return FALSE;
          }
        zs_record_set_enum (self, field, value);
        return TRUE;
      }

    case ZS_FIELD_REF:
    default:
      g_assert_not_reached ();
    }
}
