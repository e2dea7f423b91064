/* zs-import-conflict.c — one record changed both here and in an incoming file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-import-conflict.h"
#include "zs-record.h"

struct _ZsImportConflict
{
  GObject   parent_instance;

  GType     record_type;
  char     *uuid;
  int       line;
  char     *title;
  char     *local_title;
  char     *local_updated;
  char     *file_updated;
  gboolean  take_theirs;
};

G_DEFINE_FINAL_TYPE (ZsImportConflict, zs_import_conflict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TAKE_THEIRS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zs_import_conflict_finalize (GObject *object)
{
  ZsImportConflict *self = ZS_IMPORT_CONFLICT (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->local_title);
  g_free (self->local_updated);
  g_free (self->file_updated);

  G_OBJECT_CLASS (zs_import_conflict_parent_class)->finalize (object);
}

static void
zs_import_conflict_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZsImportConflict *self = ZS_IMPORT_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_TAKE_THEIRS:
      g_value_set_boolean (value, self->take_theirs);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_import_conflict_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZsImportConflict *self = ZS_IMPORT_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_TAKE_THEIRS:
      zs_import_conflict_set_take_theirs (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_import_conflict_class_init (ZsImportConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_import_conflict_finalize;
  object_class->get_property = zs_import_conflict_get_property;
  object_class->set_property = zs_import_conflict_set_property;

  properties[PROP_TAKE_THEIRS] =
    g_param_spec_boolean ("take-theirs", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zs_import_conflict_init (ZsImportConflict *self)
{
}

ZsImportConflict *
zs_import_conflict_new (GType       record_type,
                        const char *uuid,
                        int         line,
                        const char *title,
                        const char *local_title,
                        const char *local_updated,
                        const char *file_updated)
{
  ZsImportConflict *self = g_object_new (ZS_TYPE_IMPORT_CONFLICT, NULL);

  self->record_type = record_type;
  self->uuid = g_strdup (uuid);
  self->line = line;
  self->title = g_strdup (title);
  self->local_title = g_strdup (local_title);
  self->local_updated = g_strdup (local_updated);
  self->file_updated = g_strdup (file_updated);
  /* The default rule: the newer version wins; a tie keeps ours. */
  self->take_theirs = g_strcmp0 (file_updated, local_updated) > 0;
  return self;
}

GType
zs_import_conflict_get_record_type (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), G_TYPE_INVALID);
  return self->record_type;
}

const char *
zs_import_conflict_get_type_label (ZsImportConflict *self)
{
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);

  klass = g_type_class_ref (self->record_type);
  return g_dgettext (GETTEXT_PACKAGE, ZS_RECORD_CLASS (klass)->label);
}

const char *
zs_import_conflict_get_uuid (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);
  return self->uuid;
}

int
zs_import_conflict_get_line (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), 0);
  return self->line;
}

const char *
zs_import_conflict_get_title (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);
  return self->title;
}

const char *
zs_import_conflict_get_local_title (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);
  return self->local_title;
}

const char *
zs_import_conflict_get_local_updated (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);
  return self->local_updated;
}

const char *
zs_import_conflict_get_file_updated (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), NULL);
  return self->file_updated;
}

gboolean
zs_import_conflict_get_take_theirs (ZsImportConflict *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_CONFLICT (self), FALSE);
  return self->take_theirs;
}

void
zs_import_conflict_set_take_theirs (ZsImportConflict *self,
                                    gboolean          take_theirs)
{
  g_return_if_fail (ZS_IS_IMPORT_CONFLICT (self));

  take_theirs = !!take_theirs;
  if (self->take_theirs == take_theirs)
    return;
  self->take_theirs = take_theirs;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAKE_THEIRS]);
}
