/* test-ui-database.c — the window on a damaged database: the full check after
 * the first frame, the Chinese dialog, restoring a backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Runs with LANGUAGE=zh_CN (tests/meson.build). ZHAOSHANG_SCREENSHOT_DIR
 * set: the dialogs are saved there as PNG files, to be looked at.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-damaged-dialog.h"
#include "zs-database-opener.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"

#define PROJECT_IN_BACKUP "备份里的项目"

typedef struct {
  guint    frames;            /* frames drawn */
  guint    frames_at_start;   /* …when the full check began */
  gboolean started;
  gboolean finished;
  gboolean damaged;
  gboolean backed_up;
  char    *backup;            /* the daily copy made after the check */
} CheckWatch;

/* After the surface's own handler of the paint phase, which draws the
 * window ("render"). */
static void
on_paint (GdkFrameClock *clock,
          CheckWatch    *watch)
{
  watch->frames++;
}

static void
on_check_started (ZsDatabaseOpener *opener,
                  CheckWatch       *watch)
{
  watch->started = TRUE;
  watch->frames_at_start = watch->frames;
}

static void
on_check_finished (ZsDatabaseOpener *opener,
                   gboolean          damaged,
                   CheckWatch       *watch)
{
  watch->finished = TRUE;
  watch->damaged = damaged;
}

static void
on_backup_finished (ZsDatabaseOpener *opener,
                    const char       *path,
                    CheckWatch       *watch)
{
  watch->backed_up = TRUE;
  watch->backup = g_strdup (path);
}

static void
watch_opener (ZsDatabaseOpener *opener,
              CheckWatch       *watch)
{
  g_signal_connect (opener, "check-started", G_CALLBACK (on_check_started), watch);
  g_signal_connect (opener, "check-finished", G_CALLBACK (on_check_finished), watch);
  g_signal_connect (opener, "backup-finished", G_CALLBACK (on_backup_finished), watch);
}

static void
wait_for (gboolean *flag)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

/* The dialog about @path (one about an earlier test's file may still be
 * going away). */
static ZsDamagedDialog *
find_damaged_dialog (const char *path)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

          if (ZS_IS_DAMAGED_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)) &&
              strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)), path) != NULL)
            return ZS_DAMAGED_DIALOG (window);
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_error ("no damaged-database dialog");
}

/* The window is drawn first; the full check begins after its first frame,
 * and finds nothing in a healthy database. */
static void
test_check_after_first_frame (void)
{
  /* A new database: the opener makes it, and no copy of it exists yet. */
  g_autofree char *path = zs_test_store_location ("first-frame");
  g_autoptr(ZsDatabaseOpener) opener = zs_database_opener_new (NULL);
  CheckWatch watch = { 0 };
  ZsWindow *window;

  watch_opener (opener, &watch);
  zs_database_opener_open (opener, path, FALSE);
  window = zs_database_opener_get_window (opener);
  g_assert_nonnull (window);
  /* Opening did not start the check itself. */
  g_assert_false (watch.started);
  g_signal_connect_after (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "paint", G_CALLBACK (on_paint), &watch);

  wait_for (&watch.finished);
  g_assert_true (watch.started);
  g_test_message ("frames at start %u, now %u", watch.frames_at_start, watch.frames);
  g_assert_cmpuint (watch.frames_at_start, >=, 1);
  g_assert_false (watch.damaged);
  g_assert_true (zs_database_opener_get_window (opener) == window);

  /* The daily copy is made after the check passed, not before the window. */
  wait_for (&watch.backed_up);
  g_assert_nonnull (watch.backup);
  g_assert_true (g_file_test (watch.backup, G_FILE_TEST_IS_REGULAR));
  {
    GPtrArray *backups = zs_store_list_backups (path);

    g_assert_cmpuint (backups->len, ==, 1);
    g_ptr_array_unref (backups);
  }
  g_free (watch.backup);
  zs_test_close_window (window);
}

/* A database with a backup holding one project: @how breaks it after. */
static char *
make_database_with_backup (const char  *name,
                           char       **backup,
                           char       **uuid)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded (name);
  g_autoptr(ZsProject) kept = zs_test_new_project (store, PROJECT_IN_BACKUP, "某公司", ZS_STAGE_LEAD);
  g_autofree char *base = g_path_get_basename (zs_store_get_path (store));
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".db"));
  g_autoptr(ZsProject) later = NULL;

  *backup = g_strdup_printf ("%s/%s-auto-20260101-090000.db", zs_store_get_backup_dir (store), stem);
  g_assert_true (zs_store_backup_to (store, *backup, NULL));
  *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (kept)));
  later = zs_test_new_project (store, "备份后的项目", "某公司", ZS_STAGE_LEAD);
  return g_strdup (zs_store_get_path (store));
}

static void
restore_from (ZsDamagedDialog *dialog,
              const char      *backup)
{
  guint n = zs_damaged_dialog_get_n_backups (dialog);
  guint i;

  for (i = 0; i < n; i++)
    {
      zs_damaged_dialog_choose_backup (dialog, i);
      if (g_strcmp0 (zs_damaged_dialog_get_backup (dialog), backup) == 0)
        break;
    }
  g_assert_cmpuint (i, <, n);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
}

static void
assert_restored (ZsDatabaseOpener *opener,
                 const char       *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".db"));
  g_autofree char *prefix = g_strconcat (stem, "-damaged-", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsProject) project = NULL;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  ZsWindow *window = NULL;
  guint n_safety = 0;
  const char *name;

  while ((window = zs_database_opener_get_window (opener)) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (window);
  zs_test_wait_until_mapped (GTK_WIDGET (window));

  /* The data of the backup is back, in a database that passes the full check. */
  ids = zs_store_query (zs_window_get_store (window), query, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  project = zs_store_load (zs_window_get_store (window), ZS_TYPE_PROJECT, g_array_index (ids, gint64, 0), NULL);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, PROJECT_IN_BACKUP);
  {
    g_autoptr(GError) error = zs_test_check_integrity (zs_window_get_store (window));

    g_assert_no_error (error);
  }

  /* The damaged file is kept beside it. */
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      n_safety++;
  g_assert_cmpuint (n_safety, ==, 1);
  zs_test_close_window (window);
}

/* A broken index passes the quick check: the window opens, the full check
 * finds it and the dialog comes up over the window. */
static void
test_broken_index_restored (void)
{
  g_autofree char *backup = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *path = make_database_with_backup ("broken-index", &backup, &uuid);
  g_autoptr(ZsDatabaseOpener) opener = zs_database_opener_new (NULL);
  CheckWatch watch = { 0 };
  ZsDamagedDialog *dialog;

  zs_test_break_uuid_index (path, uuid);
  watch_opener (opener, &watch);
  zs_database_opener_open (opener, path, FALSE);
  g_assert_nonnull (zs_database_opener_get_window (opener));
  wait_for (&watch.finished);
  g_assert_true (watch.damaged);

  dialog = find_damaged_dialog (path);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) ==
                 GTK_WINDOW (zs_database_opener_get_window (opener)));
  zs_test_assert_chinese (GTK_WIDGET (dialog), "the damaged-database dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "索引"));
  g_assert_cmpuint (zs_damaged_dialog_get_n_backups (dialog), ==, 2);
  zs_test_save_screenshot (GTK_WIDGET (dialog), "damaged-index-dialog.png");

  restore_from (dialog, backup);
  assert_restored (opener, path);
}

/* Pages overwritten: opening refuses the file, and the dialog comes up
 * with no window behind it. */
static void
test_damaged_pages_restored (void)
{
  g_autofree char *backup = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *path = make_database_with_backup ("damaged-pages", &backup, &uuid);
  g_autoptr(ZsDatabaseOpener) opener = zs_database_opener_new (NULL);
  g_autofree char *contents = NULL;
  ZsDamagedDialog *dialog;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 4096 + 100; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));

  zs_database_opener_open (opener, path, FALSE);
  g_assert_null (zs_database_opener_get_window (opener));
  dialog = find_damaged_dialog (path);
  zs_test_assert_chinese (GTK_WIDGET (dialog), "the damaged-database dialog");
  zs_test_save_screenshot (GTK_WIDGET (dialog), "damaged-pages-dialog.png");

  restore_from (dialog, backup);
  assert_restored (opener, path);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-database/check-after-first-frame", test_check_after_first_frame);
  g_test_add_func ("/ui-database/broken-index-restored", test_broken_index_restored);
  g_test_add_func ("/ui-database/damaged-pages-restored", test_damaged_pages_restored);

  return g_test_run ();
}
