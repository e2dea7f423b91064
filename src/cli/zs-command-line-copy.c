/* zs-command-line-copy.c — the whole database copied into an empty one, from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * `zhaoshang --db SOURCE --copy-to TARGET`: what 迁移到服务器… and
 * 复制到本地文件… do in the window, for the bureau's IT person and for
 * scripts. TARGET is a file's path (a new SQLite database) or a server's
 * location; it must be empty. Exit status as the other file commands.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-command-line-copy.h"
#include "zs-command-line-private.h"
#include "zs-core.h"

const GOptionEntry zs_command_line_copy_entries[] = {
  { "copy-to", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the whole database (records, history, trash, settings) into TARGET, a new database file or an empty "
       "server database (postgresql://user@host/name), compare the counts and exit"), N_("TARGET") },
  { NULL }
};

/* A location with a scheme ("postgresql://…", "sqlite://…") is not a
 * file's path to look for. */
static gboolean
is_plain_path (const char *location)
{
  return g_uri_peek_scheme (location) == NULL;
}

int
zs_command_line_run_copy (GVariantDict *options,
                          const char   *db_path)
{
  g_autofree char *target_location = NULL;
  g_autofree char *source_location = db_path != NULL ? g_strdup (db_path) : zs_store_default_path ();
  g_autoptr(ZsStore) source = NULL;
  g_autoptr(ZsStore) target = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_variant_dict_lookup (options, "copy-to", "^ay", &target_location))
    return -1;
  if (*target_location == '\0')
    return zs_command_line_usage (_("--copy-to needs the path of a new database file or a server’s location"));
  if (is_plain_path (source_location) && !g_file_test (source_location, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("zhaoshang: there is no database “%s” to copy\n"), source_location);
      return EXIT_REFUSED;
    }

  source = zs_store_open (source_location, &error);
  if (source == NULL)
    return zs_command_line_refused (error);
  target = zs_store_open (target_location, &error);
  if (target == NULL)
    return zs_command_line_refused (error);
  counts = zs_store_copy (source, target, NULL, NULL, NULL, &error);
  if (counts == NULL)
    return zs_command_line_refused (error);

  text = zs_store_copy_format_counts (counts);
  g_print (_("Copied %s to %s; the counts match:\n%s"), zs_store_get_path (source), zs_store_get_path (target), text);
  return 0;
}
