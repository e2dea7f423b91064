/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "zs-application.h"

/* The bureaus this is made for work in Chinese. A machine left at the C or
 * POSIX locale (a fresh install, a kiosk session) gets the Chinese interface
 * rather than the English message ids; any real locale is respected. */
static void
setup_locale (void)
{
  const char *messages = setlocale (LC_ALL, "");

  if (messages == NULL)
    messages = setlocale (LC_ALL, "C.UTF-8");

  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    {
      setlocale (LC_ALL, "C.UTF-8");
      if (g_getenv ("LANGUAGE") == NULL)
        g_setenv ("LANGUAGE", "zh_CN", TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZsApplication) app = NULL;

  setup_locale ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = zs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
