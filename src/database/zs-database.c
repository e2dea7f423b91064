/* zs-database.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-database.h"
#include "zs-error.h"
#include "zs-exchange.h"
#include "zs-main-context.h"
#include "zs-records.h"
#include "zs-settings.h"

#define CORE_RESOURCES RESOURCE_BASE "/core/"

/* Set in the transaction that brings the units and the catalogue in. */
#define SETTING_SEEDED "first-run-data"

static gboolean
import_resource (ZsStore                *store,
                 const char             *name,
                 const ZsImportOptions  *options,
                 GError                **error)
{
  g_autofree char *path = g_strconcat (CORE_RESOURCES, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return FALSE;
  return zs_exchange_import (store, bytes, name, options, NULL, error);
}

gboolean
zs_database_seed (ZsStore  *store,
                  GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (!zs_store_begin (store, error))
    return FALSE;

  /* Both are city data in Chinese, whatever the interface language; no
   * clerk's change, so not in the history. */
  zs_store_history_pause (store);
  if (!import_resource (store, "defaults.xml", NULL, error) ||
      !import_resource (store, "catalogue.xml", NULL, error))
    {
      zs_store_history_resume (store);
      goto fail;
    }
  zs_store_history_resume (store);

  if (!zs_store_set_setting (store, SETTING_SEEDED, "true", error))
    goto fail;

  return zs_store_commit (store, error);

fail:
  zs_store_rollback (store);
  return FALSE;
}

/* A new database, or one whose first start stopped between making the
 * schema and bringing the first-run data in: the schema and the data are
 * made in two transactions (the store makes the schema when it opens), so
 * the data is brought in at the next start. Databases seeded before the
 * setting existed have their units. */
static gboolean
needs_seed (ZsStore *store)
{
  g_autofree char *seeded = NULL;
  g_autoptr(ZsQuery) units = NULL;

  if (zs_store_was_created (store))
    return TRUE;
  seeded = zs_store_get_setting (store, SETTING_SEEDED);
  if (g_strcmp0 (seeded, "true") == 0)
    return FALSE;
  units = zs_query_new (ZS_TYPE_UNIT);
  return zs_store_count (store, units, NULL) == 0;
}

ZsStore *
zs_database_open_full (const char  *path,
                       guint        busy_timeout_ms,
                       GError     **error)
{
  g_autoptr(ZsStore) store = zs_store_open_full (path, busy_timeout_ms, error);
  g_autoptr(GError) backup_error = NULL;
  g_autofree char *backup = NULL;

  if (store == NULL)
    return NULL;

  if (needs_seed (store) && !zs_database_seed (store, error))
    return NULL;

  /* A failed daily copy must not keep the bureau from working. */
  backup = zs_store_auto_backup (store, (guint) zs_settings_get_int (store, ZS_SETTING_BACKUP_KEEP),
                                 &backup_error);
  if (backup_error != NULL)
    g_warning ("Automatic backup failed: %s", backup_error->message);

  return g_steal_pointer (&store);
}

/* The window's way: nothing that reads the whole file before the first
 * frame. The opener runs the full check after it, then the daily copy
 * (zs_database_auto_backup_async()), so a damaged file is never copied
 * over a good backup. */
ZsStore *
zs_database_open_for_window (const char  *path,
                             GError     **error)
{
  g_autoptr(ZsStore) store = zs_store_open_check_later (path, error);

  if (store == NULL)
    return NULL;
  if (needs_seed (store) && !zs_database_seed (store, error))
    return NULL;
  return g_steal_pointer (&store);
}

static void
backup_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  g_autoptr(ZsStore) store = zs_store_open_secondary (data, NULL);
  GError *error = NULL;
  char *made;

  if (store == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  made = zs_store_auto_backup (store, (guint) zs_settings_get_int (store, ZS_SETTING_BACKUP_KEEP), &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, made, g_free);
}

void
zs_database_auto_backup_async (ZsStore             *store,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = zs_thread_task_new (store, cancellable, callback, user_data);

  g_task_set_source_tag (task, zs_database_auto_backup_async);
  g_task_set_task_data (task, g_strdup (zs_store_get_path (store)), g_free);
  g_task_run_in_thread (task, backup_in_thread);
}

char *
zs_database_auto_backup_finish (ZsStore       *store,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

ZsStore *
zs_database_open (const char  *path,
                  GError     **error)
{
  return zs_database_open_full (path, 5000, error);
}

gboolean
zs_database_is_empty (ZsStore *store)
{
  GType types[] = { ZS_TYPE_PROJECT, ZS_TYPE_PARTNER, ZS_TYPE_LEAD };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(ZsQuery) query = zs_query_new (types[i]);

      if (zs_store_count (store, query, NULL) > 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
zs_database_load_demo (ZsStore  *store,
                       GError  **error)
{
  const ZsImportOptions options = { .rebase_dates = TRUE };

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (!zs_database_is_empty (store))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
                   _("The demo data is only loaded into an empty database, and “%s” "
                     "already holds projects, partners or leads."),
                   zs_store_get_path (store));
      return FALSE;
    }

  if (!import_resource (store, "demo.xml", &options, error))
    return FALSE;

  return zs_store_set_setting (store, ZS_SETTING_DEMO_LOADED, "true", error);
}
