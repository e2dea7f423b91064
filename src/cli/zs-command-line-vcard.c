/* zs-command-line-vcard.c — partners as vCards from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 *   zhaoshang --db DB --import FILE.vcf [--dry-run]
 *   zhaoshang --db DB --export FILE.vcf [--vcard-version 3.0|4.0]
 *
 * --import tells vCards from an exchange file by the content (BEGIN:VCARD
 * at the start), whatever the file's name. The summary is the preview the
 * window shows; the exit status as for exchange files: 0 done, 1 the file
 * refused or the import failed (and nothing changed), 2 a wrong argument.
 * Cards skipped are listed with their lines; the others are imported.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-command-line-private.h"
#include "zs-command-line-vcard.h"
#include "zs-core.h"
#include "zs-database.h"
#include "zs-partner-vcard.h"


/* The options of exchange exports that choose projects. */
static const char * const project_options[] = { "unit", "chain", "from", "to", "event" };

const GOptionEntry zs_command_line_vcard_entries[] = {
  { "vcard-version", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export FILE.vcf: the partners as vCard 3.0 (the default, for phones) or 4.0; "
       "--import reads vCard files (2.1, 3.0, 4.0) by their content"), N_("VERSION") },
  { NULL }
};

/* As the exchange commands open it: no daily copy, so that an export or a
 * dry run leaves the file as it was. */
static ZsStore *
open_database (const char  *db_path,
               gboolean     load_demo,
               GError     **error)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : zs_store_default_path ();
  g_autoptr(ZsStore) store = zs_store_open (path, error);

  if (store == NULL)
    return NULL;
  if (zs_store_was_created (store) && !zs_database_seed (store, error))
    return NULL;
  if (load_demo)
    {
      if (!zs_database_is_empty (store))
        g_printerr (_("zhaoshang: --demo: “%s” already holds data; the demo data was not loaded.\n"), path);
      else if (!zs_database_load_demo (store, error))
        return NULL;
    }
  return g_steal_pointer (&store);
}

/* Whether the file at @path begins as a vCard file does; FALSE when it
 * cannot be read (the exchange import then says why). Only a regular file
 * is looked into: a pipe or FIFO can be read once, and what this read took
 * would be missing from the import that follows. */
static gboolean
holds_vcards (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char head[4096];
  gsize n = 0;

  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return FALSE;
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, NULL, NULL))
    return FALSE;
  return zs_vcard_sniff (head, n);
}

static gboolean
is_vcard_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".vcf") || g_str_has_suffix (lower, ".vcard");
}

static int
run_import (const char *db_path,
            gboolean    load_demo,
            const char *path,
            gboolean    dry_run)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsVCardImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *summary = NULL;
  guint n_skipped;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    return zs_command_line_refused (error);
  store = open_database (db_path, load_demo, &error);
  if (store == NULL)
    return zs_command_line_refused (error);

  /* The kind the window's preview gives cards that do not say theirs. */
  import = zs_vcard_import_new (store, data, length, ZS_PARTNER_NOTABLE_NATIVE, &error);
  if (import == NULL)
    {
      g_prefix_error (&error, "%s: ", path);
      return zs_command_line_refused (error);
    }
  zs_vcard_import_set_source (import, path);
  summary = zs_vcard_import_format (import, path);
  g_print ("%s", summary);

  n_skipped = zs_vcard_import_get_n_skipped (import);
  if (zs_vcard_import_get_n_cards (import) == 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "zhaoshang: %s would be refused: its one card cannot be imported.\n",
                               "zhaoshang: %s would be refused: none of its %u cards can be imported.\n", n_skipped),
                  path, n_skipped);
      return EXIT_REFUSED;
    }
  if (n_skipped > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "zhaoshang: %s: %u card cannot be imported (listed above); the others can.\n",
                             "zhaoshang: %s: %u cards cannot be imported (listed above); the others can.\n",
                             n_skipped),
                path, n_skipped);
  if (dry_run)
    {
      g_print (_("Dry run: nothing was changed.\n"));
      return 0;
    }

  /* The daily copy, before the import changes anything. */
  g_free (zs_store_auto_backup (store, (guint) zs_settings_get_int (store, ZS_SETTING_BACKUP_KEEP), NULL));
  if (!zs_vcard_import_apply (import, &error))
    return zs_command_line_refused (error);
  g_print (_("Imported into %s.\n"), zs_store_get_path (store));
  return 0;
}

static int
run_export (const char *db_path,
            gboolean    load_demo,
            const char *path,
            const char *version)
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsQuery) partners = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GError) error = NULL;
  ZsVCardVersion v = g_strcmp0 (version, "4.0") == 0 ? ZS_VCARD_VERSION_4_0 : ZS_VCARD_VERSION_3_0;
  guint n = 0;

  store = open_database (db_path, load_demo, &error);
  if (store == NULL)
    return zs_command_line_refused (error);

  zs_query_set_order (partners, ZS_PARTNER_NAME, FALSE);
  if (!zs_vcard_export_to_file (store, partners, v, path, &n, NULL, &error))
    return zs_command_line_refused (error);
  /* TRANSLATORS: after --export FILE.vcf: how many partners, the file, the vCard version */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u partner to %s as vCard %s\n",
                        "Wrote %u partners to %s as vCard %s\n", n),
           n, path, v == ZS_VCARD_VERSION_4_0 ? "4.0" : "3.0");
  return 0;
}

int
zs_command_line_run_vcard (GVariantDict *options,
                           const char   *db_path,
                           gboolean      load_demo)
{
  g_autofree char *export_path = NULL;
  g_autofree char *import_path = NULL;
  const char *version = NULL;
  gboolean vcard_export, vcard_import;

  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "import", "^ay", &import_path);
  g_variant_dict_lookup (options, "vcard-version", "&s", &version);

  vcard_export = export_path != NULL && (version != NULL || is_vcard_name (export_path));
  vcard_import = import_path != NULL && holds_vcards (import_path);

  if (version != NULL && !vcard_export)
    return zs_command_line_usage (_("--vcard-version goes with --export FILE.vcf"));
  if (version != NULL && strcmp (version, "3.0") != 0 && strcmp (version, "4.0") != 0)
    return zs_command_line_usage (_("--vcard-version: “%s” is not 3.0 or 4.0"), version);
  if (!vcard_export && !vcard_import)
    return -1;

  if (g_variant_dict_contains (options, "catalogue"))
    return zs_command_line_usage (_("--catalogue is for exchange files; %s is a vCard file of partners"),
                  vcard_export ? export_path : import_path);
  for (guint i = 0; i < G_N_ELEMENTS (project_options); i++)
    if (g_variant_dict_contains (options, project_options[i]))
      return zs_command_line_usage (_("--%s chooses projects; a vCard file holds every partner"), project_options[i]);

  if (vcard_import)
    return run_import (db_path, load_demo, import_path, g_variant_dict_contains (options, "dry-run"));
  return run_export (db_path, load_demo, export_path, version);
}
