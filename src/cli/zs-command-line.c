/* zs-command-line.c — export, import, validate and the bulletin without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * These run in handle-local-options, before GTK is set up, so they work
 * over ssh and in scripts with no display. Exit status: 0 done, 1 a file
 * refused or an operation failed, 2 a wrong argument; every failure says
 * on stderr which option or file, which line, and what is wrong.
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "zs-bulletin.h"
#include "zs-command-line.h"
#include "zs-command-line-sheet.h"
#include "zs-command-line-signoff.h"
#include "zs-command-line-copy.h"
#include "zs-command-line-private.h"
#include "zs-command-line-vcard.h"
#include "zs-core.h"
#include "zs-exchange.h"
#include "zs-database.h"


/* The stages a period can be about, as --event takes them. */
static const char * const period_events[] = { "signed", "registered", "started", "production" };

const GOptionEntry zs_command_line_entries[] = {
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the database (or the part the options below choose) to FILE as exchange XML, and exit"), N_("FILE") },
  { "unit", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: only the projects of this unit, and what they refer to"), N_("NAME") },
  { "chain", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: only the projects of this industrial chain"), N_("NAME") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export and --to: only the projects that reached the --event stage in this period"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The last day of the --from period"), N_("DATE") },
  { "event", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The stage a period is about: signed (the default), registered, started or production"), N_("STAGE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check FILE, merge it into the database in one step, print a summary and exit"), N_("FILE") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: only print what the import would do"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check FILE against the exchange schema and exit"), N_("FILE") },
  { "catalogue", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: write the industry catalogue (chains, tracks, segments, enterprises) instead of projects; "
       "with --import: FILE must be such a catalogue"), NULL },
  { "with-attachments", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: write the attachments of the records too, their bytes in base64 (files get large)"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check every page, record and index of the database (slow on a large one; opening checks only the pages), "
       "and exit"), NULL },
  { "bulletin", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the bulletin of this month (or of the --period holding --date) to FILE as a PDF, and exit"), N_("FILE") },
  { "period", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: week, month (the default), quarter or year"), N_("PERIOD") },
  { "date", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: a day of the period, as YYYY-MM-DD (the default is today)"), N_("DATE") },
  { NULL }
};

int
zs_command_line_usage (const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("zhaoshang: %s\n", message);
  g_printerr (_("Run “zhaoshang --help” to see the options.\n"));
  return EXIT_USAGE;
}

/* Messages quote what files hold: a control character in them must show
 * as itself, not act on the terminal. */
static void
print_escaped (FILE       *stream,
               const char *prefix,
               const char *text)
{
  g_autofree char *shown = zs_text_escape_controls (text, TRUE);

  if (stream == stderr)
    g_printerr ("%s%s", prefix, shown);
  else
    g_print ("%s%s", prefix, shown);
}

static int
failure (const GError *error)
{
  print_escaped (stderr, "zhaoshang: ", error->message);
  g_printerr ("\n");
  return EXIT_REFUSED;
}

/* @quick_check: whether to read every page first. An export reads every
 * row it writes, and SQLite refuses a damaged page as it reads it, so the
 * export fails and leaves no file; checking first read the database twice
 * (a quarter of an export's time). */
static ZsStore *
open_database_full (const char  *db_path,
                    gboolean     load_demo,
                    gboolean     quick_check,
                    GError     **error)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : zs_store_default_path ();
  g_autoptr(ZsStore) store = quick_check ? zs_store_open (path, error) : zs_store_open_check_later (path, error);

  /* Not zs_database_open(): no daily copy, so that an export or a dry run
   * leaves the file as it was. */
  if (store == NULL)
    return NULL;
  if (zs_store_was_created (store) && !zs_database_seed (store, error))
    return NULL;

  if (load_demo)
    {
      g_autoptr(GError) demo_error = NULL;

      if (!zs_database_is_empty (store))
        g_printerr (_("zhaoshang: --demo: “%s” already holds data; the demo data was not loaded.\n"), path);
      else if (!zs_database_load_demo (store, &demo_error))
        {
          g_propagate_error (error, g_steal_pointer (&demo_error));
          return NULL;
        }
    }
  return g_steal_pointer (&store);
}

static ZsStore *
open_database (const char  *db_path,
               gboolean     load_demo,
               GError     **error)
{
  return open_database_full (db_path, load_demo, TRUE, error);
}

/* The one record of @type whose title field is @name, or 0 after saying
 * which names there are. */
static gint64
find_by_name (ZsStore    *store,
              GType       type,
              guint       field,
              const char *option,
              const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsQuery) all = zs_query_new (type);
  g_autoptr(GArray) all_ids = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  zs_query_add_string (query, field, ZS_QUERY_EQ, name);
  ids = zs_store_query (store, query, NULL);
  if (ids != NULL && ids->len == 1)
    return g_array_index (ids, gint64, 0);

  zs_query_set_order (all, field, FALSE);
  all_ids = zs_store_query (store, all, NULL);
  for (guint i = 0; all_ids != NULL && i < all_ids->len && i < 40; i++)
    {
      g_autoptr(ZsRecord) record = zs_store_load (store, type, g_array_index (all_ids, gint64, i), NULL);

      if (record != NULL)
        g_string_append_printf (names, "%s%s", names->len ? _(", ") : "", zs_record_get_title (record));
    }
  zs_command_line_usage (_("%s: there is no “%s” in “%s”. There are: %s"), option, name,
               zs_store_get_path (store), names->str);
  return 0;
}

static gboolean
check_date (const char *option,
            const char *value)
{
  if (value == NULL || zs_date_is_valid (value))
    return TRUE;
  zs_command_line_usage (_("%s: “%s” is not a date; write it as YYYY-MM-DD, e.g. 2024-10-01"), option, value);
  return FALSE;
}

static int
run_export (const char   *db_path,
            gboolean      load_demo,
            const char   *path,
            GVariantDict *options)
{
  const char *unit = NULL, *chain = NULL, *from = NULL, *to = NULL, *event = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsQuery) projects = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *count = NULL;
  ZsExportFilter filter = { 0 };
  ZsExportOptions export_options = { NULL, NULL, NULL, FALSE, FALSE };
  guint64 n_records = 0;
  gboolean catalogue = g_variant_dict_contains (options, "catalogue");

  g_variant_dict_lookup (options, "unit", "&s", &unit);
  g_variant_dict_lookup (options, "chain", "&s", &chain);
  g_variant_dict_lookup (options, "from", "&s", &from);
  g_variant_dict_lookup (options, "to", "&s", &to);
  g_variant_dict_lookup (options, "event", "&s", &event);

  if ((from == NULL) != (to == NULL))
    return zs_command_line_usage (_("--from and --to go together: give both days of the period"));
  if (event != NULL && from == NULL)
    return zs_command_line_usage (_("--event needs a period: give --from and --to as well"));
  if (!check_date ("--from", from) || !check_date ("--to", to))
    return EXIT_USAGE;
  if (from != NULL && strcmp (from, to) > 0)
    return zs_command_line_usage (_("--from %s is after --to %s"), from, to);

  filter.stage = ZS_STAGE_SIGNED;
  if (event != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (period_events); i++)
        known |= strcmp (event, period_events[i]) == 0;
      if (!known || !zs_enum_from_nick (ZS_TYPE_STAGE, event, &filter.stage))
        return zs_command_line_usage (_("--event: “%s” is not one of signed, registered, started, production"), event);
    }
  filter.from = from;
  filter.to = to;

  store = open_database_full (db_path, load_demo, FALSE, &error);
  if (store == NULL)
    return failure (error);

  if (unit != NULL && (filter.unit_id = find_by_name (store, ZS_TYPE_UNIT, ZS_UNIT_NAME, "--unit", unit)) == 0)
    return EXIT_USAGE;
  if (chain != NULL && (filter.chain_id = find_by_name (store, ZS_TYPE_CHAIN, ZS_CHAIN_NAME, "--chain", chain)) == 0)
    return EXIT_USAGE;

  if (catalogue)
    {
      export_options.catalogue = TRUE;
      description = g_strdup (_("the industry catalogue"));
    }
  else
    {
      projects = zs_export_filter_to_query (store, &filter, &description);
      export_options.projects = projects;
      export_options.description = description;
    }
  export_options.with_attachments = g_variant_dict_contains (options, "with-attachments");
  if (zs_command_line_sheet_is_export (path))
    return zs_command_line_sheet_export (store, path, options, projects, description);
  if (!zs_exchange_export_full (store, path, &export_options, NULL, NULL, NULL, &n_records, &error))
    return failure (error);

  count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_records);
  g_print (_("Wrote %s records to %s (%s)\n"), count, path,
           description != NULL ? description : _("the whole database"));
  return 0;
}

/* Checked and written in one pass: nothing to ask the clerk here, so the
 * file is read once (a refusal anywhere rolls everything back). */
static int
import_once (ZsStore               *store,
             GFile                 *file,
             const ZsImportOptions *options)
{
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  gboolean ok;

  /* The daily copy, before the import changes anything; noted as made
   * only if the import is kept: a refused file leaves the database as it
   * was. */
  backup = zs_store_auto_backup_copy (store, (guint) zs_settings_get_int (store, ZS_SETTING_BACKUP_KEEP), NULL);
  ok = zs_exchange_import_file (store, file, options, NULL, NULL, NULL, &report, &error);
  if (ok && backup != NULL)
    zs_store_note_auto_backup (store, NULL);
  if (report != NULL)
    {
      g_autofree char *summary = zs_import_report_format (report);

      print_escaped (stdout, "", summary);
    }
  if (!ok)
    return failure (error);
  g_print (_("Imported into %s.\n"), zs_store_get_path (store));
  return 0;
}

static int
run_import (const char   *db_path,
            gboolean      load_demo,
            const char   *path,
            gboolean      dry_run,
            gboolean      catalogue,
            GVariantDict *options)
{
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  ZsImportOptions import_options = { .catalogue = catalogue };

  store = open_database (db_path, load_demo, &error);
  if (store == NULL)
    return failure (error);

  if (zs_command_line_sheet_is_import (path))
    return zs_command_line_sheet_import (store, path, options);
  if (!dry_run)
    return import_once (store, file, &import_options);

  report = zs_exchange_preview (store, file, &import_options, NULL, NULL, NULL, &error);
  if (report == NULL)
    return failure (error);

  summary = zs_import_report_format (report);
  print_escaped (stdout, "", summary);
  if (!zs_import_report_can_apply (report))
    {
      g_printerr (_("zhaoshang: %s would be refused: %u records cannot be imported.\n"),
                  path, zs_import_report_get_count (report, ZS_IMPORT_OUTCOME_REFUSED));
      return EXIT_REFUSED;
    }
  g_print (_("Dry run: nothing was changed.\n"));
  return 0;
}

static int
run_validate (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(ZsImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *refusals;

  report = zs_database_validate_exchange (file, NULL, &error);
  if (report == NULL)
    return failure (error);

  refusals = zs_import_report_get_refusals (report);
  if (!zs_import_report_can_apply (report))
    {
      for (guint i = 0; refusals[i] != NULL; i++)
        {
          g_autofree char *line = g_strdup_printf ("%s, %s\n", path, refusals[i]);

          print_escaped (stderr, "zhaoshang: ", line);
        }
      return EXIT_REFUSED;
    }
  g_print (_("%s is a valid exchange file with %u records.\n"), path, zs_import_report_get_n_records (report));
  return 0;
}

/* The full check the window runs after its first frame, here in the
 * foreground: the other commands open with the quick check only. */
static int
run_check (const char *db_path)
{
  g_autofree char *path = db_path != NULL ? g_strdup (db_path) : zs_store_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("zhaoshang: there is no database “%s” to check\n"), path);
      return EXIT_REFUSED;
    }
  store = zs_store_open (path, &error);
  if (store == NULL || !zs_store_check_integrity (store, NULL, &error))
    return failure (error);
  g_print (_("%s: no damage found.\n"), path);
  return 0;
}

/* Where the bulletin goes, made before anything else so that a wrong path
 * is said at once: a regular file is written beside @path and renamed into
 * place once complete, a FIFO or device written into, nothing else
 * touched (ZsOutputFile). NULL after saying why @path cannot be written. */
static ZsOutputFile *
open_bulletin_output (const char *path)
{
  g_autoptr(GError) error = NULL;
  ZsOutputFile *output = zs_output_file_new (path, NULL, &error);

  if (output == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    zs_command_line_usage (_("--bulletin: “%s” is a folder; give the name of the PDF file to write"), path);
  else if (output == NULL)
    zs_command_line_usage (_("--bulletin: cannot write “%s”: %s"), path, error->message);
  return output;
}

static int
write_bulletin (ZsStore      *store,
                const char   *first,
                const char   *last,
                const char   *today,
                ZsSignoff    *signoff,
                ZsOutputFile *output,
                const char   *path)
{
  g_autoptr(ZsReport) report = NULL;
  g_autoptr(ZsBulletin) bulletin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  guint n_pages;

  /* The figures as the dispatch page shows them for the same days. */
  report = zs_report_new (store, first, last, today, NULL, &error);
  if (report == NULL)
    return failure (error);
  zs_signoff_complete (signoff, store);
  bulletin = zs_bulletin_new_with_options (store, report, &signoff->options);
  if (!zs_bulletin_write_pdf_to_stream (bulletin, zs_output_file_get_stream (output), path, &error))
    return failure (error);
  if (!zs_output_file_commit (output, NULL, &error))
    {
      g_autofree char *message = zs_text_escape_controls (error->message, TRUE);

      g_printerr (_("zhaoshang: --bulletin: cannot write “%s”: %s\n"), path, message);
      return EXIT_REFUSED;
    }
  /* Issued, as when the window saves it: next month counts on, offers the same names. */
  if (!zs_bulletin_remember_issue (bulletin, &error))
    {
      g_printerr (_("zhaoshang: the bulletin was written, but its issue number was not kept: %s\n"), error->message);
      g_clear_error (&error);
    }
  zs_signoff_remember (signoff, store);

  n_pages = zs_bulletin_get_n_pages (bulletin);
  period = zs_report_describe_period (first, last);
  /* TRANSLATORS: after --bulletin: the file, its pages and the period ("2026年11月") */
  g_print (ngettext ("Wrote %s: %u page, the bulletin of %s\n", "Wrote %s: %u pages, the bulletin of %s\n", n_pages),
           path, n_pages, period);
  return 0;
}

static int
run_bulletin (const char   *db_path,
              gboolean      load_demo,
              const char   *path,
              GVariantDict *options)
{
  const char *period = "month", *date = NULL;
  g_autofree char *today = zs_date_today ();
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(ZsSignoff) signoff = { 0 };
  int kind;

  g_variant_dict_lookup (options, "period", "&s", &period);
  g_variant_dict_lookup (options, "date", "&s", &date);

  if (!zs_enum_from_nick (ZS_TYPE_PERIOD_KIND, period, &kind))
    return zs_command_line_usage (_("--period: “%s” is not one of week, month, quarter, year"), period);
  if (!check_date ("--date", date) || !zs_signoff_parse (&signoff, options))
    return EXIT_USAGE;
  if (!zs_period_bounds (kind, date != NULL ? date : today, &first, &last))
    g_return_val_if_reached (EXIT_USAGE);

  /* Before the database: a wrong path should not leave a new database behind
   * either. On any failure, freeing the output drops what was written. */
  output = open_bulletin_output (path);
  if (output == NULL)
    return EXIT_USAGE;

  store = open_database (db_path, load_demo, &error);
  return store != NULL ? write_bulletin (store, first, last, today, &signoff, output, path) : failure (error);
}

int
zs_command_line_run (GVariantDict *options,
                     const char   *db_path,
                     gboolean      load_demo)
{
  g_autofree char *export_path = NULL;
  g_autofree char *import_path = NULL;
  g_autofree char *validate_path = NULL;
  g_autofree char *bulletin_path = NULL;
  static const char * const export_only[] = { "unit", "chain", "from", "to", "event" };
  static const char * const bulletin_only[] = { "period", "date" };
  gboolean dry_run = g_variant_dict_contains (options, "dry-run");
  gboolean catalogue = g_variant_dict_contains (options, "catalogue");
  guint n_commands;

  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "import", "^ay", &import_path);
  g_variant_dict_lookup (options, "validate", "^ay", &validate_path);
  g_variant_dict_lookup (options, "bulletin", "^ay", &bulletin_path);
  n_commands = (export_path != NULL) + (import_path != NULL) + (validate_path != NULL) + (bulletin_path != NULL) +
               g_variant_dict_contains (options, "check") + g_variant_dict_contains (options, "copy-to");

  if (n_commands > 1)
    return zs_command_line_usage (_("--export, --import, --validate, --bulletin, --check and --copy-to each do one thing: "
                                    "give only one of them"));
  for (guint i = 0; i < G_N_ELEMENTS (export_only); i++)
    if (g_variant_dict_contains (options, export_only[i]) && export_path == NULL)
      return zs_command_line_usage (_("--%s chooses what to export: use it with --export FILE"), export_only[i]);
  for (guint i = 0; i < G_N_ELEMENTS (bulletin_only); i++)
    if (g_variant_dict_contains (options, bulletin_only[i]) && bulletin_path == NULL)
      return zs_command_line_usage (_("--%s chooses the bulletin’s period: use it with --bulletin FILE"), bulletin_only[i]);
  if (zs_signoff_find_option (options) != NULL && bulletin_path == NULL)
    return zs_command_line_usage (_("--%s goes with --bulletin FILE"), zs_signoff_find_option (options));
  if (dry_run && import_path == NULL)
    return zs_command_line_usage (_("--dry-run goes with --import FILE"));
  if (g_variant_dict_contains (options, "with-attachments") && export_path == NULL)
    return zs_command_line_usage (_("--with-attachments goes with --export FILE"));
  if (g_variant_dict_contains (options, "with-attachments") && catalogue)
    return zs_command_line_usage (_("--with-attachments writes records' files; the catalogue has none: give one or the other"));
  if (catalogue && export_path == NULL && import_path == NULL)
    return zs_command_line_usage (_("--catalogue goes with --export FILE or --import FILE"));
  if (catalogue && export_path != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (export_only); i++)
      if (g_variant_dict_contains (options, export_only[i]))
        return zs_command_line_usage (_("--catalogue exports the whole catalogue; --%s chooses projects: give one or the other"),
                            export_only[i]);
  if ((export_path != NULL && *export_path == '\0') || (import_path != NULL && *import_path == '\0') ||
      (validate_path != NULL && *validate_path == '\0') || (bulletin_path != NULL && *bulletin_path == '\0'))
    return zs_command_line_usage (_("--export, --import, --validate and --bulletin need the name of a file"));

  /* --table: a spreadsheet's. */
  {
    int status = zs_command_line_sheet_check (options, import_path, export_path);

    if (status >= 0)
      return status;
  }

  /* A vCard file of partners, by its name or its content. */
  {
    int status = zs_command_line_run_vcard (options, db_path, load_demo);

    if (status >= 0)
      return status;
  }

  if (export_path != NULL)
    return run_export (db_path, load_demo, export_path, options);
  if (import_path != NULL)
    return run_import (db_path, load_demo, import_path, dry_run, catalogue, options);
  if (validate_path != NULL)
    return run_validate (validate_path);
  if (bulletin_path != NULL)
    return run_bulletin (db_path, load_demo, bulletin_path, options);
  if (g_variant_dict_contains (options, "check"))
    return run_check (db_path);
  return zs_command_line_run_copy (options, db_path);
}

int
zs_command_line_refused (const GError *error)
{
  g_autofree char *shown = zs_text_escape_controls (error->message, TRUE);

  g_printerr ("zhaoshang: %s\n", shown);
  return EXIT_REFUSED;
}
