/* zs-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-test-util.h"

char *
zs_test_db_path (const char *name)
{
  static guint counter;
  g_autofree char *file = g_strdup_printf ("%s-%u.db", name, ++counter);

  /* G_TEST_OPTION_ISOLATE_DIRS points the user data folder at a temporary one. */
  return g_build_filename (g_get_user_data_dir (), "tests", file, NULL);
}

ZsStore *
zs_test_open_seeded (const char *name)
{
  g_autofree char *path = zs_test_db_path (name);
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

char *
zs_test_source_path (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, relative, NULL);
}
