/* zs-store-backend.c — the engine interface under ZsStore, and which
 * engine opens which location
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"

#include "zs-store-backend.h"

typedef struct
{
  char *backup_dir;
} ZsStoreBackendPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ZsStoreBackend, zs_store_backend, G_TYPE_OBJECT)

/* Few engines, registered before main() runs (from constructor functions)
 * and read from any thread after: a small table behind a lock. */
#define MAX_BACKENDS 8

typedef struct {
  char                  scheme[32];
  ZsStoreBackendGetType get_type;
} Registration;

G_LOCK_DEFINE_STATIC (registry);
static Registration registry[MAX_BACKENDS];
static guint n_registered;

static void
zs_store_backend_real_set_hint (ZsStoreBackend *self,
                                ZsStoreHint     hint)
{
}

static void
zs_store_backend_real_refresh (ZsStoreBackend *self)
{
}

static gboolean
zs_store_backend_real_data_version (ZsStoreBackend *self,
                                   guint64        *version)
{
  return FALSE;
}

static GHashTable *
zs_store_backend_real_list_settings (ZsStoreBackend  *self,
                                     GError         **error)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
               _("This kind of database cannot list its settings, so it cannot be copied."));
  return NULL;
}

static void
zs_store_backend_finalize (GObject *object)
{
  ZsStoreBackendPrivate *priv = zs_store_backend_get_instance_private (ZS_STORE_BACKEND (object));

  g_free (priv->backup_dir);

  G_OBJECT_CLASS (zs_store_backend_parent_class)->finalize (object);
}

static void
zs_store_backend_class_init (ZsStoreBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_store_backend_finalize;

  klass->set_hint = zs_store_backend_real_set_hint;
  klass->refresh = zs_store_backend_real_refresh;
  klass->data_version = zs_store_backend_real_data_version;
  klass->list_settings = zs_store_backend_real_list_settings;
}

static void
zs_store_backend_init (ZsStoreBackend *self)
{
}

const char *
zs_store_backend_get_backup_dir (ZsStoreBackend *self)
{
  ZsStoreBackendPrivate *priv = zs_store_backend_get_instance_private (self);

  g_return_val_if_fail (ZS_IS_STORE_BACKEND (self), NULL);
  return priv->backup_dir;
}

void
zs_store_backend_set_backup_dir (ZsStoreBackend *self,
                                 const char     *backup_dir)
{
  ZsStoreBackendPrivate *priv = zs_store_backend_get_instance_private (self);

  g_return_if_fail (ZS_IS_STORE_BACKEND (self));

  g_free (priv->backup_dir);
  priv->backup_dir = g_strdup (backup_dir);
}

void
zs_store_backend_register (const char            *scheme,
                           ZsStoreBackendGetType  get_type)
{
  g_return_if_fail (scheme != NULL && strlen (scheme) < sizeof registry[0].scheme);
  g_return_if_fail (get_type != NULL);

  G_LOCK (registry);
  for (guint i = 0; i < n_registered; i++)
    if (g_ascii_strcasecmp (registry[i].scheme, scheme) == 0)
      {
        /* The last registration wins: a test may stand in for an engine. */
        registry[i].get_type = get_type;
        G_UNLOCK (registry);
        return;
      }
  if (n_registered < MAX_BACKENDS)
    {
      g_strlcpy (registry[n_registered].scheme, scheme, sizeof registry[n_registered].scheme);
      registry[n_registered].get_type = get_type;
      n_registered++;
    }
  G_UNLOCK (registry);
}

GType
zs_store_backend_lookup (const char *scheme)
{
  ZsStoreBackendGetType get_type = NULL;

  g_return_val_if_fail (scheme != NULL, G_TYPE_INVALID);

  G_LOCK (registry);
  for (guint i = 0; i < n_registered && get_type == NULL; i++)
    if (g_ascii_strcasecmp (registry[i].scheme, scheme) == 0)
      get_type = registry[i].get_type;
  G_UNLOCK (registry);

  /* The type is made on first use, after main() has started. */
  return get_type != NULL ? get_type () : G_TYPE_INVALID;
}

ZsRecordClass *
zs_store_record_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  /* The class of a static type lives as long as the program: the
   * reference taken the first time is simply kept. */
  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass;
}
