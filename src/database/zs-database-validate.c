/* zs-database-validate.c — an exchange file checked against a new database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-database.h"
#include "zs-scratch.h"

ZsImportReport *
zs_database_validate_exchange (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(ZsScratch) scratch = NULL;
  g_autofree char *path = NULL;
  g_autoptr(ZsStore) store = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A new database on disk, not in memory: the file index of a large file
   * then costs disk pages, not memory. In the cache, in a scratch folder
   * that goes with it, or at the next start if the program is killed. */
  scratch = zs_scratch_new ("validate", error);
  if (scratch == NULL)
    return NULL;
  path = g_build_filename (zs_scratch_get_path (scratch), "validate.db", NULL);

  store = zs_store_open (path, error);
  if (store == NULL || !zs_database_seed (store, error))
    return NULL;
  return zs_exchange_preview (store, file, NULL, cancellable, NULL, NULL, error);
}
