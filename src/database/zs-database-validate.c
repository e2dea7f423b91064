/* zs-database-validate.c — an exchange file checked against a new database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gstdio.h>

#include "zs-database.h"

static void
remove_scratch_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_scratch_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

ZsImportReport *
zs_database_validate_exchange (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  ZsImportReport *report = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* A new database on disk, not in memory: the file index of a large file
   * then costs disk pages, not memory. */
  dir = g_dir_make_tmp ("zhaoshang-validate-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "validate.db", NULL);

  {
    g_autoptr(ZsStore) store = zs_store_open (path, error);

    if (store != NULL && zs_database_seed (store, error))
      report = zs_exchange_preview (store, file, NULL, cancellable, NULL, NULL, error);
  }

  remove_scratch_dir (dir);
  return report;
}
