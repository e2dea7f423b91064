/* zs-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "zs-test-util.h"
#include "zs-exchange.h"
#include "zs-database.h"

char *
zs_test_db_path (const char *name)
{
  static guint counter;
  g_autofree char *file = g_strdup_printf ("%s-%u.db", name, ++counter);

  /* G_TEST_OPTION_ISOLATE_DIRS points the user data folder at a temporary one. */
  return g_build_filename (g_get_user_data_dir (), "tests", file, NULL);
}

char *
zs_test_scratch_path (const char *name)
{
  static guint counter;
  g_autofree char *file = g_strdup_printf ("%u-%s", ++counter, name);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "scratch", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, file, NULL);
}

guint
zs_test_time_limit_ms (guint ms)
{
  const char *multiplier = g_getenv ("ZS_TIMEOUT_MULTIPLIER");
  guint64 factor = multiplier != NULL ? g_ascii_strtoull (multiplier, NULL, 10) : 1;

  return ms * CLAMP (factor, 1, 100);
}

/* ---- a location per store backend ---------------------------------------- */

static char *
sqlite_location (const char *name)
{
  return zs_test_db_path (name);
}

/* The backends the store tests can run against, each with what makes a
 * fresh location for it. A new backend adds a line here and one in
 * tests/meson.build (store_backends). */
static const struct {
  const char *backend;
  char     *(*make_location) (const char *name);
} location_makers[] = {
  { "sqlite", sqlite_location },
  { "postgresql", zs_test_pg_location },
};

gboolean
zs_test_store_backend_available (char **why)
{
  if (strcmp (zs_test_store_backend (), "postgresql") != 0 || zs_test_pg_available (why))
    return TRUE;
  /* build-aux/test.sh (and so CI) starts a server: there it must run. */
  if (g_getenv ("ZS_TEST_PG_REQUIRED") != NULL)
    g_error ("%s", *why);
  return FALSE;
}

const char *
zs_test_store_backend (void)
{
  const char *backend = g_getenv ("ZS_TEST_STORE_BACKEND");

  return backend != NULL && *backend != '\0' ? backend : "sqlite";
}

char *
zs_test_store_location (const char *name)
{
  const char *backend = zs_test_store_backend ();

  for (guint i = 0; i < G_N_ELEMENTS (location_makers); i++)
    if (strcmp (location_makers[i].backend, backend) == 0)
      return location_makers[i].make_location (name);

  g_error ("The tests know no store backend “%s” (ZS_TEST_STORE_BACKEND); see tests/zs-test-util.c", backend);
}

ZsStore *
zs_test_open_seeded (const char *name)
{
  g_autofree char *path = zs_test_store_location (name);
  g_autoptr(GError) error = NULL;
  ZsStore *store = zs_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

ZsStore *
zs_test_open_demo (const char *name)
{
  ZsStore *store = zs_test_open_seeded (name);
  g_autoptr(GError) error = NULL;

  zs_database_load_demo (store, &error);
  g_assert_no_error (error);
  return store;
}

gint64
zs_test_nth_id (ZsStore *store,
                GType    type,
                guint    n)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;

  if (type == ZS_TYPE_UNIT)
    zs_query_set_order (query, ZS_UNIT_POSITION, FALSE);
  ids = zs_store_query (store, query, NULL);
  g_assert_cmpuint (ids->len, >, n);
  return g_array_index (ids, gint64, n);
}

gint64
zs_test_count (ZsStore *store,
               ZsQuery *query)
{
  g_autoptr(GError) error = NULL;
  gint64 n = zs_store_count (store, query, &error);

  g_assert_no_error (error);
  return n;
}

gint64
zs_test_count_found (ZsStore    *store,
                     const char *text)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  zs_query_set_search (query, text);
  return zs_test_count (store, query);
}

GPtrArray *
zs_test_load_all (ZsStore *store,
                  GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (records, zs_store_load (store, type, g_array_index (ids, gint64, i), NULL));
  return records;
}

gpointer
zs_test_load_named (ZsStore    *store,
                    GType       type,
                    guint       field,
                    const char *name)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;

  zs_query_add_string (query, field, ZS_QUERY_EQ, name);
  ids = zs_store_query (store, query, NULL);
  g_assert_nonnull (ids);
  if (ids->len != 1)
    g_error ("expected one %s named “%s”, found %u", g_type_name (type), name, ids->len);
  return zs_store_load (store, type, g_array_index (ids, gint64, 0), NULL);
}

char *
zs_test_source_path (const char *relative)
{
  return g_test_build_filename (G_TEST_DIST, relative, NULL);
}

static double peak_baseline_mb;

double
zs_test_status_mb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}

gboolean
zs_test_clear_peak (void)
{
  /* "5" resets VmHWM (Linux 4.0 and later). */
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  return fclose (f) == 0 && ok;
}

gboolean
zs_test_peak_reset (void)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer keeps freed memory: the peak says nothing here");
  return FALSE;
#endif
  if (!zs_test_clear_peak ())
    {
      g_test_skip ("needs Linux's /proc/self/clear_refs to reset the peak");
      return FALSE;
    }
  peak_baseline_mb = zs_test_status_mb ("VmRSS:");
  return TRUE;
}

long
zs_test_peak_growth_kb (void)
{
  return (long) ((zs_test_status_mb ("VmHWM:") - peak_baseline_mb) * 1024);
}

static gint64
make_filled (ZsStore *store,
             GType    type,
             guint    seed)
{
  g_autoptr(ZsRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;

  zs_test_fill_record (store, record, seed);
  zs_store_save (store, record, &error);
  g_assert_no_error (error);
  return zs_record_get_id (record);
}

void
zs_test_fill_record (ZsStore  *store,
                     ZsRecord *record,
                     guint     seed)
{
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const ZsField *f = &fields[i];

      switch (f->kind)
        {
        case ZS_FIELD_STRING:
          {
            g_autofree char *text = g_strdup_printf ("测试「%s」%u\n第二行 & <标记>", f->name, seed);

            zs_record_set_string (record, i, text);
          }
          break;
        case ZS_FIELD_INT:
          /* Amounts with two decimals of 万元 (1500.55), as clerks type them. */
          zs_record_set_int (record, i, (f->flags & ZS_FIELD_MONEY) != 0 ? 100055 + seed * 700 + i
                                                                        : 1000 + seed * 7 + i);
          break;
        case ZS_FIELD_DOUBLE:
          zs_record_set_double (record, i, 12.5 + seed + i);
          break;
        case ZS_FIELD_BOOLEAN:
          zs_record_set_boolean (record, i, TRUE);
          break;
        case ZS_FIELD_DATE:
          {
            /* Increasing with the field index keeps date orders valid. */
            g_autofree char *date = g_strdup_printf ("2024-%02u-%02u", 1 + i % 12, 1 + i);

            zs_record_set_string (record, i, date);
          }
          break;
        case ZS_FIELD_ENUM:
          zs_record_set_enum (record, i, (int) zs_enum_get_n_values (f->get_type ()) - 1);
          break;
        case ZS_FIELD_REF:
          zs_record_set_int (record, i, make_filled (store, f->get_type (), seed + i + 1));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

void
zs_test_assert_same_fields (ZsRecord *a,
                            ZsRecord *b)
{
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (a), &n_fields);

  g_assert_cmpstr (zs_record_get_uuid (a), ==, zs_record_get_uuid (b));
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *sa = NULL;
      g_autofree char *sb = NULL;

      g_value_init (&va, G_VALUE_TYPE (zs_record_get_value (a, i)));
      g_value_init (&vb, G_VALUE_TYPE (zs_record_get_value (b, i)));
      g_object_get_property (G_OBJECT (a), fields[i].name, &va);
      g_object_get_property (G_OBJECT (b), fields[i].name, &vb);
      sa = g_strdup_value_contents (&va);
      sb = g_strdup_value_contents (&vb);
      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s.%s: %s != %s", G_OBJECT_TYPE_NAME (a), fields[i].name, sa, sb);
    }
}

char *
zs_test_hash_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

gsize
zs_test_break_uuid_index (const char *path,
                          const char *uuid)
{
  g_autofree char *contents = NULL;
  gsize length, n = strlen (uuid);
  const char *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* An index cell's record: header size 3, the text's serial type
   * (2 × length + 13), the row id's (1 or 2 bytes wide, or none for 0 and 1:
   * serial types 8 and 9), then the UUID. A
   * table row has a longer header before its UUID. */
  for (p = contents + 3; p + n <= contents + length; p++)
    {
      p = memchr (p, uuid[0], contents + length - p);
      if (p == NULL || p + n > contents + length)
        break;
      if (memcmp (p, uuid, n) == 0 && p[-3] == 3 && (guchar) p[-2] == 2 * n + 13 &&
          (p[-1] == 1 || p[-1] == 2 || p[-1] == 8 || p[-1] == 9))
        {
          gsize offset = (gsize) (p - contents) + n - 1;

          contents[offset] = contents[offset] == '0' ? '1' : '0';
          g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
          return offset;
        }
    }
  g_error ("no index entry of %s in %s", uuid, path);
}

typedef struct {
  char    *path;
  GString *into;
} FifoReader;

static gpointer
read_fifo (gpointer data)
{
  FifoReader *reader = data;
  g_autoptr(GIOChannel) channel = g_io_channel_new_file (reader->path, "r", NULL);
  g_autofree char *text = NULL;
  gsize length = 0;

  g_assert_nonnull (channel);
  g_io_channel_set_encoding (channel, NULL, NULL);
  g_assert_cmpint (g_io_channel_read_to_end (channel, &text, &length, NULL), ==, G_IO_STATUS_NORMAL);
  g_string_append_len (reader->into, text, (gssize) length);
  g_free (reader->path);
  g_free (reader);
  return NULL;
}

GThread *
zs_test_read_fifo (const char *path,
                   GString    *into)
{
  FifoReader *reader = g_new0 (FifoReader, 1);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  reader->path = g_strdup (path);
  reader->into = into;
  return g_thread_new ("fifo-reader", read_fifo, reader);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  GError **error = data;

  if (!zs_store_check_integrity_finish (ZS_STORE (source), result, error) && *error == NULL)
    g_error ("the check failed without saying why");
  error[1] = (GError *) 1;  /* done */
}

GError *
zs_test_check_integrity (ZsStore *store)
{
  GError *result[2] = { NULL, NULL };

  zs_store_check_integrity_async (store, NULL, on_checked, result);
  while (result[1] == NULL)
    g_main_context_iteration (NULL, TRUE);
  return result[0];
}

void
zs_test_wait_until_finalized (GWeakRef *ref)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GObject *object;

  while ((object = g_weak_ref_get (ref)) != NULL)
    {
      if (g_get_monotonic_time () > end)
        g_error ("a %s was not finalized in 10 s", G_OBJECT_TYPE_NAME (object));
      g_object_unref (object);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

ZsImportReport *
zs_test_preview_or_fail (ZsStore    *store,
                         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ZsImportReport *report = zs_exchange_preview (store, file, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

void
zs_test_export_or_fail (ZsStore               *store,
                        const char            *path,
                        const ZsExportOptions *options)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_exchange_export_full (store, path, options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
zs_test_apply_or_fail (ZsStore        *store,
                       const char     *path,
                       ZsImportReport *report)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_exchange_apply (store, file, report, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("cannot run %s (install poppler-utils): %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s %s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

guint
zs_test_pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

char *
zs_test_pdf_text (const char *path,
                  int         page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-layout", path, "-", NULL };
  const char *one[] = { "pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL };

  return run_tool (page > 0 ? one : all);
}

static char *
collapse_spaces (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);

  return g_strjoinv (" ", words);
}

void
zs_test_assert_in_text (const char *text,
                        const char *needle)
{
  g_autofree char *flat_text = collapse_spaces (text);
  g_autofree char *flat_needle = collapse_spaces (needle);

  if (strstr (flat_text, flat_needle) == NULL)
    g_error ("“%s” is not in the text:\n%s", needle, text);
}

ZsRecord *
zs_test_add_funds (ZsStore    *store,
                   ZsRecord   *project,
                   const char *date,
                   gint64      amount)
{
  ZsRecord *entry = ZS_RECORD (zs_funds_entry_new ());
  g_autoptr(GError) error = NULL;

  zs_record_set_int (entry, ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (project));
  zs_record_set_string (entry, ZS_FUNDS_ENTRY_DATE, date);
  zs_record_set_int (entry, ZS_FUNDS_ENTRY_AMOUNT, amount);
  zs_store_save (store, entry, &error);
  g_assert_no_error (error);
  return entry;
}

ZsProject *
zs_test_new_project (ZsStore    *store,
                     const char *name,
                     const char *investor,
                     ZsStage     stage)
{
  g_autoptr(GError) error = NULL;
  ZsProject *project = zs_project_new ();

  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_NAME, name);
  zs_record_set_string (ZS_RECORD (project), ZS_PROJECT_INVESTOR, investor);
  zs_record_set_enum (ZS_RECORD (project), ZS_PROJECT_STAGE, stage);
  zs_store_save (store, ZS_RECORD (project), &error);
  g_assert_no_error (error);
  return project;
}
