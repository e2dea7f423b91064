/* zs-command-line-sheet.c — spreadsheets from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 *   zhaoshang --db DB --import FILE.xlsx|FILE.xls|FILE.csv [--table NAME] [--dry-run]
 *   zhaoshang --db DB --export FILE.xlsx|FILE.csv [--table NAME] [--unit … --chain … --from … --to …]
 *
 * NAME is one of zs_sheet_table_names(): projects (the default of an
 * export; an import without it takes the table the sheet's columns name),
 * partners, enterprises, carriers, leads, activities, units, people,
 * targets. The filters choose projects only.
 *
 * A spreadsheet is told from an exchange file by its content (a zip, an
 * OLE2 file, or text that is not XML), whatever its name. The summary and
 * exit status are those of exchange files: 0 done, 1 the file zs_command_line_refused (and
 * nothing changed), 2 a wrong argument.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-command-line-private.h"
#include "zs-command-line-sheet.h"
#include "zs-sheet-export.h"
#include "zs-sheet-import.h"
#include "zs-sheet-table.h"


const GOptionEntry zs_command_line_sheet_entries[] = {
  { "table", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --import or --export of a spreadsheet (.xlsx, .xls, .csv): the table it holds: projects, partners, "
       "enterprises, carriers, leads, activities, units, people or targets"),
    N_("NAME") },
  { NULL }
};

gboolean
zs_command_line_sheet_is_import (const char *path)
{
  return path != NULL && zs_sheet_sniff_file (path) != ZS_SHEET_FORMAT_UNKNOWN;
}

gboolean
zs_command_line_sheet_is_export (const char *path)
{
  return path != NULL && zs_sheet_export_format_for_path (path) != ZS_SHEET_FORMAT_UNKNOWN;
}

int
zs_command_line_sheet_check (GVariantDict *options,
                             const char   *import_path,
                             const char   *export_path)
{
  const char *table = NULL;
  gboolean sheet = zs_command_line_sheet_is_import (import_path) || zs_command_line_sheet_is_export (export_path);
  g_autofree char *lower = export_path != NULL ? g_ascii_strdown (export_path, -1) : NULL;

  /* Without this, FILE.xls got exchange XML under a name Excel opens as
   * its own old format, and a clerk handed up a file no one could read. */
  if (lower != NULL && g_str_has_suffix (lower, ".xls"))
    return zs_command_line_usage (_("--export: %s: the old Excel format (.xls) is read, not written; "
                                    "name the file .xlsx, which Excel and WPS open"), export_path);

  if (sheet && g_variant_dict_contains (options, "catalogue"))
    return zs_command_line_usage (_("--catalogue is for exchange files; %s is a spreadsheet"),
                  import_path != NULL ? import_path : export_path);
  if (!g_variant_dict_lookup (options, "table", "&s", &table))
    return -1;
  if (!sheet)
    return zs_command_line_usage (_("--table goes with --import or --export of a spreadsheet (.xlsx, .xls or .csv)"));
  if (!g_strv_contains (zs_sheet_table_names (), table))
    return zs_command_line_usage (_("--table: “%s” is not one of projects, partners, enterprises, carriers, leads, activities, "
                    "units, people, targets"), table);
  if (strcmp (table, "projects") != 0 && export_path != NULL &&
      (g_variant_dict_contains (options, "unit") || g_variant_dict_contains (options, "chain") ||
       g_variant_dict_contains (options, "from")))
    return zs_command_line_usage (_("--unit, --chain, --from and --to choose projects; --table %s is written whole"), table);
  return -1;
}

int
zs_command_line_sheet_import (ZsStore      *store,
                              const char   *path,
                              GVariantDict *options)
{
  g_autoptr(ZsSheetImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *shown = NULL;
  const char *table = NULL;

  g_variant_dict_lookup (options, "table", "&s", &table);
  import = zs_sheet_import_preview (store, path, table, NULL, &error);
  if (import == NULL)
    return zs_command_line_refused (error);

  summary = zs_sheet_import_format (import);
  shown = zs_text_escape_controls (summary, TRUE);
  g_print ("%s", shown);
  if (!zs_sheet_import_can_apply (import))
    {
      guint n = zs_sheet_import_get_n_refused (import);

      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "zhaoshang: %s is refused: %u row cannot be imported (listed above); nothing was changed.\n",
                               "zhaoshang: %s is refused: %u rows cannot be imported (listed above); nothing was changed.\n",
                               n),
                  path, n);
      return EXIT_REFUSED;
    }
  if (g_variant_dict_contains (options, "dry-run"))
    {
      g_print (_("Dry run: nothing was changed.\n"));
      return 0;
    }

  /* The daily copy, before the import changes anything. */
  g_free (zs_store_auto_backup (store, (guint) zs_settings_get_int (store, ZS_SETTING_BACKUP_KEEP), NULL));
  if (!zs_sheet_import_apply (import, store, &error))
    return zs_command_line_refused (error);
  g_print (_("Imported into %s.\n"), zs_store_get_path (store));
  return 0;
}

int
zs_command_line_sheet_export (ZsStore      *store,
                              const char   *path,
                              GVariantDict *options_dict,
                              ZsQuery      *query,
                              const char   *description)
{
  const char *table = "projects";
  const ZsSheetTable *described;
  g_autoptr(GError) error = NULL;
  ZsSheetExportOptions options = { 0 };
  guint64 n_rows = 0;
  g_autofree char *count = NULL;

  g_variant_dict_lookup (options_dict, "table", "&s", &table);
  described = zs_sheet_table_get (table);
  options.format = zs_sheet_export_format_for_path (path);
  if (strcmp (table, "projects") == 0)
    {
      options.query = query;
      options.description = query != NULL ? description : NULL;
    }
  if (!zs_sheet_export_table (store, table, path, &options, &n_rows, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        return zs_command_line_usage (_("--export: “%s” is a folder; give the name of the file to write"), path);
      g_prefix_error (&error, "%s: ", path);
      return zs_command_line_refused (error);
    }
  count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_rows);
  /* TRANSLATORS: after --export FILE.xlsx: how many, of what (projects, partners …), the file */
  g_print (_("Wrote %s %s to %s\n"), count, g_dgettext (GETTEXT_PACKAGE, described->noun), path);
  return 0;
}
