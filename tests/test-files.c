/* test-files.c — files written safely, scratch folders cleaned, text from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Every FIFO, link and socket here is made in the test's own temporary
 * folder: no test writes to a device, so none can replace one.
 */
#include "config.h"

#include <signal.h>

#include <locale.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "zs-test-util.h"

static char *
test_dir (const char *name)
{
  char *dir = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The names in @dir that start with @prefix. */
static guint
count_named (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, prefix);
  return n;
}

/* ---- text ------------------------------------------------------------------ */

static void
test_text_blank (void)
{
  g_assert_true (zs_text_is_blank (NULL));
  g_assert_true (zs_text_is_blank (""));
  g_assert_true (zs_text_is_blank (" \t\n"));
  g_assert_true (zs_text_is_blank ("\u3000"));                           /* ideographic space */
  g_assert_true (zs_text_is_blank ("\u200b\u200b"));                     /* zero-width spaces */
  g_assert_true (zs_text_is_blank ("\u200c\u200d\u2060\ufeff\u00ad"));   /* joiners, BOM, soft hyphen */
  g_assert_true (zs_text_is_blank ("\u3164\u115f"));                     /* Hangul fillers */
  g_assert_false (zs_text_is_blank ("寒亭区"));
  g_assert_false (zs_text_is_blank ("\u200b区\u200b"));
  g_assert_false (zs_text_is_blank ("\xff"));
}

static void
test_text_escape (void)
{
  g_autofree char *c1 = zs_text_escape_controls ("won\xc2\x9b[31m", FALSE);
  g_autofree char *c0 = zs_text_escape_controls ("a\x1b[2Jb\x7f", FALSE);
  g_autofree char *lines = zs_text_escape_controls ("一\n二\t三\r", TRUE);
  g_autofree char *one_line = zs_text_escape_controls ("一\n二", FALSE);
  g_autofree char *bidi = zs_text_escape_controls ("abc\u202edef", FALSE);
  g_autofree char *broken = zs_text_escape_controls ("ok\xff", FALSE);

  g_assert_cmpstr (c1, ==, "won<U+009B>[31m");
  g_assert_cmpstr (c0, ==, "a<U+001B>[2Jb<U+007F>");
  g_assert_cmpstr (lines, ==, "一\n二\t三<U+000D>");
  g_assert_cmpstr (one_line, ==, "一<U+000A>二");
  g_assert_cmpstr (bidi, ==, "abc<U+202E>def");
  g_assert_cmpstr (broken, ==, "ok<0xFF>");
}

/* ---- writing ------------------------------------------------------------------ */

static void
test_output_regular_file (void)
{
  g_autofree char *dir = test_dir ("regular");
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "旧的", -1, NULL));
  {
    g_autoptr(ZsOutputFile) out = zs_output_file_new (path, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (g_output_stream_write_all (zs_output_file_get_stream (out), "新的", strlen ("新的"),
                                              NULL, NULL, &error));
    /* Until it is complete, the old file is what is there. */
    text = read_text (path);
    g_assert_cmpstr (text, ==, "旧的");
    g_clear_pointer (&text, g_free);
    g_assert_cmpuint (count_named (dir, ".zhaoshang-"), ==, 1);
    g_assert_true (zs_output_file_commit (out, NULL, &error));
    g_assert_no_error (error);
  }
  text = read_text (path);
  g_assert_cmpstr (text, ==, "新的");
  g_assert_cmpuint (count_named (dir, ".zhaoshang-"), ==, 0);

  /* Given up: the old file stays, nothing else does. */
  {
    g_autoptr(ZsOutputFile) out = zs_output_file_new (path, NULL, &error);

    g_assert_true (g_output_stream_write_all (zs_output_file_get_stream (out), "半", strlen ("半"), NULL, NULL, NULL));
  }
  g_clear_pointer (&text, g_free);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "新的");
  g_assert_cmpuint (count_named (dir, ".zhaoshang-"), ==, 0);
}

static void
test_output_follows_links (void)
{
  g_autofree char *dir = test_dir ("links");
  g_autofree char *target = g_build_filename (dir, "real.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "link.txt", NULL);
  g_autofree char *link2 = g_build_filename (dir, "link-to-link.txt", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.txt", NULL);
  g_autofree char *created = g_build_filename (dir, "made-through-link.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "旧的", -1, NULL));
  g_assert_cmpint (symlink ("real.txt", link), ==, 0);
  g_assert_cmpint (symlink (link, link2), ==, 0);
  g_assert_cmpint (symlink ("made-through-link.txt", dangling), ==, 0);

  g_assert_true (zs_output_file_write_all (link2, "新的", strlen ("新的"), NULL, &error));
  g_assert_no_error (error);
  /* The links are links still; what they point to was written. */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (link2, G_FILE_TEST_IS_SYMLINK));
  text = read_text (target);
  g_assert_cmpstr (text, ==, "新的");

  g_assert_true (zs_output_file_write_all (dangling, "有了", strlen ("有了"), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&text, g_free);
  text = read_text (created);
  g_assert_cmpstr (text, ==, "有了");
}

typedef struct {
  char    *path;
  GString *read;
} FifoReader;

static gpointer
read_fifo (gpointer data)
{
  FifoReader *reader = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  /* Blocks until the writer opens it, reads until it closes it. */
  g_assert_true (g_file_get_contents (reader->path, &text, &length, &error));
  g_string_append_len (reader->read, text, length);
  return NULL;
}

static void
test_output_into_fifo (void)
{
  g_autofree char *dir = test_dir ("fifo");
  g_autofree char *path = g_build_filename (dir, "fifo", NULL);
  FifoReader reader = { path, g_string_new (NULL) };
  g_autoptr(GError) error = NULL;
  GThread *thread;
  GStatBuf st;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  thread = g_thread_new ("fifo-reader", read_fifo, &reader);
  g_assert_true (zs_output_file_write_all (path, "流", strlen ("流"), NULL, &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  /* Written into as a stream, and a FIFO still. */
  g_assert_cmpstr (reader.read->str, ==, "流");
  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (count_named (dir, ".zhaoshang-"), ==, 0);
  g_string_free (reader.read, TRUE);
}

static void
test_output_refuses_others (void)
{
  g_autofree char *dir = test_dir ("others");
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "socket", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.txt", NULL);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  int fd;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (zs_output_file_write_all (folder, "x", 1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
  strcpy (address.sun_path, socket_path);
  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_false (zs_output_file_write_all (socket_path, "x", 1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (socket_path, &st), ==, 0);
  g_assert_true (S_ISSOCK (st.st_mode));
  close (fd);

  g_assert_false (zs_output_file_write_all (missing, "x", 1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_named (dir, ".zhaoshang-"), ==, 0);
}

/* ---- scratch folders ------------------------------------------------------------------ */

static void
test_scratch_lifecycle (void)
{
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ZsScratch *scratch = zs_scratch_new ("validate", &error);

  g_assert_no_error (error);
  path = g_strdup (zs_scratch_get_path (scratch));
  g_assert_true (g_str_has_prefix (path, cache));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  /* In use: no cleaning takes it. */
  g_assert_cmpuint (zs_scratch_clean_stale (NULL), ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  zs_scratch_free (scratch);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
make_old (const char *path)
{
  struct utimbuf times = { 1000000000, 1000000000 };  /* 2001 */

  g_assert_cmpint (utime (path, &times), ==, 0);
}

/* A program that dies in the middle of an export, in a process of its own:
 * its scratch folder, and the half-written file beside the destination
 * that it names. */
static void
leave_dead_export (const char *partial)
{
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      ZsScratch *dead = zs_scratch_new ("export", NULL);

      if (dead == NULL || !zs_scratch_set_partial (dead, partial, NULL) ||
          !g_file_set_contents (partial, "<exchange", -1, NULL))
        _exit (1);
      /* Killed: nothing cleaned, and no exit handler (valgrind's leak
       * check included) runs, as for a program killed mid-export. */
      kill (getpid (), SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
}

static void
test_scratch_left_by_killed_program (void)
{
  g_autofree char *dir = test_dir ("killed");
  g_autofree char *cache = zs_scratch_get_cache_dir ();
  g_autofree char *partial = zs_scratch_partial_name (dir);
  g_autofree char *users_part = g_build_filename (dir, "report.xml.part", NULL);
  g_autofree char *lockless = g_build_filename (cache, "validate-AbC123", NULL);
  g_autofree char *not_ours = g_build_filename (cache, "keep-me", NULL);
  g_autoptr(ZsScratch) live = zs_scratch_new ("export", NULL);

  g_assert_true (g_file_set_contents (users_part, "the user’s own", -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (not_ours, 0700), ==, 0);

  leave_dead_export (partial);
  g_assert_cmpuint (count_named (cache, "export-"), ==, 2);
  g_assert_true (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* Not older than this process: another program may be at work on a file
   * of that name, so it stays, and so does the folder, for a later start. */
  g_assert_cmpuint (zs_scratch_clean_stale ("export"), ==, 0);
  g_assert_true (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_named (cache, "export-"), ==, 2);

  /* As the next start finds them: older than the program cleaning. */
  make_old (partial);
  g_assert_cmpint (g_mkdir_with_parents (lockless, 0700), ==, 0);
  make_old (lockless);
  g_assert_cmpuint (count_named (cache, "export-"), ==, 2);

  g_assert_cmpuint (zs_scratch_clean_stale (NULL), ==, 2);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (lockless, G_FILE_TEST_EXISTS));
  /* The live one, the user’s own .part and a folder of another name stay. */
  g_assert_cmpuint (count_named (cache, "export-"), ==, 1);
  g_assert_true (g_file_test (zs_scratch_get_path (live), G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (users_part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (not_ours, G_FILE_TEST_IS_DIR));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/files/text/blank", test_text_blank);
  g_test_add_func ("/files/text/escape", test_text_escape);
  g_test_add_func ("/files/output/regular-file", test_output_regular_file);
  g_test_add_func ("/files/output/follows-links", test_output_follows_links);
  g_test_add_func ("/files/output/into-fifo", test_output_into_fifo);
  g_test_add_func ("/files/output/refuses-others", test_output_refuses_others);
  g_test_add_func ("/files/scratch/lifecycle", test_scratch_lifecycle);
  g_test_add_func ("/files/scratch/left-by-killed-program", test_scratch_left_by_killed_program);

  return g_test_run ();
}
