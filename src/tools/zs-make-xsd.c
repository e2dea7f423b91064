/* zs-make-xsd.c — writes data/exchange.xsd from the record field tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not shipped. build-aux/make-xsd.sh runs it to regenerate the schema; the
 * test "exchange-xsd-current" runs it with --check so that the schema in
 * the source tree cannot drift from the field tables:
 *   zs-make-xsd --locale-dir _build/po [--catalogue] [--check data/exchange.xsd]
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "zs-core.h"
#include "zs-exchange.h"

static char *locale_dir;
static char *check_path;
static gboolean catalogue;

static const GOptionEntry entries[] = {
  { "locale-dir", 0, 0, G_OPTION_ARG_FILENAME, &locale_dir, "Where the built translations are", "DIR" },
  { "check", 0, 0, G_OPTION_ARG_FILENAME, &check_path, "Compare with this file instead of printing", "FILE" },
  { "catalogue", 0, 0, G_OPTION_ARG_NONE, &catalogue, "The catalogue schema (data/catalogue.xsd)", NULL },
  { NULL }
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *current = NULL;

  /* The documentation carries the labels in English and in Chinese. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || locale_dir == NULL)
    {
      g_printerr ("usage: zs-make-xsd --locale-dir DIR [--catalogue] [--check FILE]\n");
      return 2;
    }
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  schema = catalogue ? zs_exchange_generate_catalogue_schema () : zs_exchange_generate_schema ();
  if (check_path == NULL)
    {
      g_print ("%s", schema);
      return 0;
    }

  if (!g_file_get_contents (check_path, &current, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_strcmp0 (current, schema) != 0)
    {
      g_printerr ("%s does not match the record field tables (or their translations). "
                  "Run build-aux/make-xsd.sh and commit the result.\n", check_path);
      return 1;
    }
  g_print ("%s matches the record field tables\n", check_path);
  return 0;
}
