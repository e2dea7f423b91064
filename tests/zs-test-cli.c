/* zs-test-cli.c — running the built program as a script would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "zs-test-cli.h"

void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

char *
work_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "cli", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, name, NULL);
}

char *
corpus_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "exchange", name, NULL);
}

/* The environment the program runs in. */
char **
program_environment (void)
{
  char **env = g_get_environ ();

  /* No display at all: these commands must not need one. */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  /* The test's own cache, where the program keeps its scratch folders. */
  env = g_environ_setenv (env, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  return env;
}

/* Runs zhaoshang with the NULL-terminated arguments after @first. */
void
run_zhaoshang (Run        *run,
               const char *first,
               ...)
{
  const char *binary = g_getenv ("ZHAOSHANG_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = program_environment ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
  g_test_message ("status %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, text);
}
