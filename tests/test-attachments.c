/* test-attachments.c — files kept inside the database with their records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A file of several pieces goes in and comes out byte for byte, with who
 * added it; the size limit refuses a larger one and keeps nothing of it;
 * the trash keeps the bytes until the attachment is removed for good; the
 * worker-thread version gives the window's store the live record.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

typedef struct {
  ZsStore   *store;
  ZsProject *project;
  char      *source;   /* a file of 3 pieces and a bit */
} Fixture;

/* @size bytes that differ from piece to piece, at @path. */
static void
write_file (const char *path,
            gsize       size)
{
  g_autofree guchar *data = g_malloc (size);
  g_autoptr(GError) error = NULL;
  guint32 x = 2463534242u;

  for (gsize i = 0; i < size; i++)
    {
      x ^= x << 13, x ^= x >> 17, x ^= x << 5;
      data[i] = (guchar) x;
    }
  /* A PDF's magic, so the kind is sniffed as a desktop would. */
  if (size > 9)
    memcpy (data, "%PDF-1.7\n", 9);
  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = zs_test_open_seeded ("attachments");
  zs_store_set_actor (f->store, "李晓梅");
  f->project = zs_test_new_project (f->store, "新能源汽车电驱项目", "某电驱科技", ZS_STAGE_NEGOTIATING);
  f->source = zs_test_scratch_path ("签约仪式合同.pdf");
  write_file (f->source, 3 * ZS_ATTACHMENT_CHUNK_SIZE + 1234);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_clear_object (&f->store);
  g_free (f->source);
}

static ZsAttachment *
attach (Fixture    *f,
        const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ZsAttachment *attachment = zs_store_attach_file (f->store, ZS_RECORD (f->project), file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (attachment);
  return attachment;
}

/* The attachment's bytes as a save would write them, hashed. */
static char *
hash_of (ZsStore      *store,
         ZsAttachment *attachment)
{
  g_autofree char *copy = zs_test_scratch_path ("copy.bin");
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_store_attachment_save_as (store, attachment, file, NULL, &error));
  g_assert_no_error (error);
  return zs_test_hash_file (copy);
}

static guint
count_of (Fixture *f)
{
  g_autoptr(ZsQuery) query = zs_attachments_query (ZS_RECORD (f->project));

  return (guint) zs_store_count (f->store, query, NULL);
}

static void
test_in_and_out (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ZsAttachment) attachment = attach (f, f->source);
  g_autofree char *original = zs_test_hash_file (f->source);
  g_autofree char *copy = hash_of (f->store, attachment);
  ZsRecord *r = ZS_RECORD (attachment);
  g_autoptr(GError) error = NULL;

  g_autofree char *name = g_path_get_basename (f->source);

  g_assert_true (g_str_has_suffix (name, "签约仪式合同.pdf"));
  g_assert_cmpstr (zs_record_get_string (r, ZS_ATTACHMENT_NAME), ==, name);
  g_assert_cmpint (zs_record_get_int (r, ZS_ATTACHMENT_SIZE), ==, 3 * ZS_ATTACHMENT_CHUNK_SIZE + 1234);
  /* The isolated test has no MIME database: the kind is GIO's fallback. */
  g_assert_nonnull (zs_record_get_string (r, ZS_ATTACHMENT_CONTENT_TYPE));
  g_assert_cmpstr (zs_record_get_string (r, ZS_ATTACHMENT_ADDED_BY), ==, "李晓梅");
  g_assert_cmpint (zs_record_get_int (r, ZS_ATTACHMENT_PROJECT_ID), ==, zs_record_get_id (ZS_RECORD (f->project)));
  g_assert_cmpstr (copy, ==, original);
  g_assert_cmpuint (count_of (f), ==, 1);
  g_assert_cmpint (zs_store_attachments_total (f->store, &error), ==, 3 * ZS_ATTACHMENT_CHUNK_SIZE + 1234);
  g_assert_no_error (error);
}

static void
test_size_limit (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *big = zs_test_scratch_path ("宣传片.mp4");
  g_autoptr(GFile) file = g_file_new_for_path (big);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsAttachment) refused = NULL;

  g_assert_true (zs_settings_set_int (f->store, ZS_SETTING_ATTACHMENT_MAX_MB, 1, &error));
  write_file (big, 1024 * 1024 + 1);
  refused = zs_store_attach_file (f->store, ZS_RECORD (f->project), file, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "宣传片.mp4"));
  g_assert_cmpuint (count_of (f), ==, 0);
  /* Not a piece of it stayed behind. */
  g_clear_error (&error);
  g_assert_cmpint (zs_store_attachments_forget_unused (f->store, &error), ==, 0);
  g_assert_no_error (error);
}

static void
test_trash_keeps_bytes (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZsAttachment) attachment = attach (f, f->source);
  g_autofree char *original = zs_test_hash_file (f->source);
  g_autofree char *uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (attachment)));
  g_autoptr(ZsAttachment) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(GOutputStream) left = NULL;
  gint64 entry;
  gint64 id;

  /* The attachment alone to the trash, then back: the same bytes. */
  entry = zs_store_trash (f->store, ZS_RECORD (attachment), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (f), ==, 0);
  g_assert_cmpint (zs_store_attachments_forget_unused (f->store, &error), ==, 0);
  g_assert_true (zs_store_trash_restore (f->store, entry, &error));
  g_assert_no_error (error);
  id = zs_store_find_by_uuid (f->store, ZS_TYPE_ATTACHMENT, uuid);
  g_assert_cmpint (id, >, 0);
  back = zs_store_load (f->store, ZS_TYPE_ATTACHMENT, id, &error);
  restored = hash_of (f->store, back);
  g_assert_cmpstr (restored, ==, original);

  /* With its project, then removed for good: the bytes go too. */
  entry = zs_store_trash (f->store, ZS_RECORD (f->project), &error);
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (f->store, ZS_TYPE_ATTACHMENT, uuid), ==, 0);
  g_assert_true (zs_store_trash_remove (f->store, entry, &error));
  g_assert_no_error (error);
  left = g_memory_output_stream_new_resizable ();
  g_assert_true (zs_store_attachment_write_to (f->store, back, left, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (left)), ==, 0);
}

static void
on_attached (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(GError) error = NULL;
  ZsAttachment **out = data;

  *out = zs_store_attach_file_finish (ZS_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_in_a_worker_thread (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->source);
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autofree char *original = zs_test_hash_file (f->source);
  g_autofree char *copy = NULL;

  zs_store_attach_file_async (f->store, ZS_RECORD (f->project), file, NULL, on_attached, &attachment);
  while (attachment == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (attachment), ZS_ATTACHMENT_ADDED_BY), ==, "李晓梅");
  g_assert_cmpuint (count_of (f), ==, 1);
  copy = hash_of (f->store, attachment);
  g_assert_cmpstr (copy, ==, original);
}

typedef struct {
  gboolean  done;
  GBytes   *bytes;
  GError   *error;
} Read;

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Read *read = data;

  read->bytes = zs_store_attachment_read_finish (ZS_STORE (source), result, &read->error);
  read->done = TRUE;
}

/* For thumbnails: the bytes whole in memory, refused above what is asked. */
static void
test_read_in_memory (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZsAttachment) attachment = attach (f, f->source);
  g_autofree char *contents = NULL;
  gsize length = 0;
  Read read = { FALSE, NULL, NULL };

  g_assert_true (g_file_get_contents (f->source, &contents, &length, NULL));
  zs_store_attachment_read_async (f->store, attachment, length, NULL, on_read, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (read.error);
  g_assert_cmpmem (g_bytes_get_data (read.bytes, NULL), g_bytes_get_size (read.bytes), contents, length);
  g_clear_pointer (&read.bytes, g_bytes_unref);

  read.done = FALSE;
  zs_store_attachment_read_async (f->store, attachment, length - 1, NULL, on_read, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (read.bytes);
  g_assert_error (read.error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&read.error);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/attachments/in-and-out", test_in_and_out);
  ADD ("/attachments/size-limit", test_size_limit);
  ADD ("/attachments/trash-keeps-bytes", test_trash_keeps_bytes);
  ADD ("/attachments/worker-thread", test_in_a_worker_thread);
  ADD ("/attachments/read-in-memory", test_read_in_memory);
#undef ADD

  return g_test_run ();
}
