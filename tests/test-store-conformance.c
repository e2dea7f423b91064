/* test-store-conformance.c — what the store does, whatever engine keeps it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The store's conformance suite: written against ZsStore alone, it runs
 * once per backend (tests/meson.build: store-sqlite, …), each run on fresh
 * locations of its backend from zs_test_store_location(), chosen by
 * ZS_TEST_STORE_BACKEND. A new backend is done when it passes this suite.
 * What only one engine does is in its own test (test-sqlite-backend.c).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "test-store-conformance.h"
#include "zs-database.h"

/* ---- helpers ------------------------------------------------------------- */

gint64
first_chain_id (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CHAIN);
  g_autoptr(GArray) ids = zs_store_query (store, query, NULL);

  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >, 0);
  return g_array_index (ids, gint64, 0);
}

static GArray *
search (ZsStore    *store,
        const char *text)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GError) error = NULL;
  GArray *ids;

  zs_query_set_search (query, text);
  ids = zs_store_query (store, query, &error);
  g_assert_no_error (error);
  return ids;
}

void
count_change (guint  *changes,
              GType   type,
              gint64  id)
{
  (*changes)++;
}

gint64
count_projects (ZsStore *store)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

  return zs_store_count (store, query, NULL);
}

/* ---- opening --------------------------------------------------------------- */

static void
test_open_new_location (void)
{
  g_autofree char *location = zs_test_store_location ("new");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  g_autoptr(ZsQuery) units = zs_query_new (ZS_TYPE_UNIT);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  /* Nothing there yet: the database is made, with every table. */
  store = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_was_created (store));
  g_assert_cmpint (zs_store_get_opened_version (store), ==, 0);
  g_assert_cmpstr (zs_store_get_path (store), ==, location);
  g_assert_nonnull (zs_store_get_backup_dir (store));
  g_assert_cmpint (zs_store_count (store, units, &error), ==, 0);
  g_assert_no_error (error);
  for (guint t = 0; t < n_types; t++)
    {
      g_assert_cmpint (zs_store_count_all (store, types[t], &error), ==, 0);
      g_assert_no_error (error);
    }
  g_clear_object (&store);

  /* Opening again migrates nothing. */
  store = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_false (zs_store_was_created (store));
  g_assert_cmpint (zs_store_get_opened_version (store), ==, ZS_STORE_SCHEMA_VERSION);
}

/* A location whose scheme names no engine of this build is refused with a
 * message that names it, and nothing is made. */
static void
test_open_unknown_scheme (void)
{
  g_autofree char *location = zs_test_store_location ("unknown");
  g_autofree char *rest = NULL;
  g_autofree char *unknown = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsStore) store = NULL;
  const char *colon = strstr (location, "://");

  /* The same place under a scheme no one registered. */
  rest = g_strdup (colon != NULL ? colon + 3 : location);
  unknown = g_strconcat ("nosuchengine://", rest, NULL);

  store = zs_store_open (unknown, &error);
  g_assert_null (store);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, unknown));
  g_assert_nonnull (strstr (error->message, "not a kind of database"));
  g_clear_error (&error);

  store = zs_store_open_secondary (unknown, &error);
  g_assert_null (store);
  g_assert_error (error, ZS_ERROR, ZS_ERROR_FAILED);
  g_clear_error (&error);

  /* Nothing was made there, nor the folder above it. */
  if (g_path_is_absolute (rest))
    {
      g_autofree char *dir = g_path_get_dirname (rest);

      g_assert_false (g_file_test (rest, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
    }

  /* The location itself still opens (and is made now). */
  g_clear_object (&store);
  store = zs_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_true (zs_store_was_created (store));
}

/* A worker's second connection sees what the first committed, and the
 * first sees the worker's after zs_store_refresh(). */
static void
test_open_secondary (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("secondary");
  g_autoptr(ZsStore) worker = NULL;
  g_autoptr(ZsProject) project = zs_test_new_project (store, "科医联创精准医学转化研究中心", "科医联创", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) seen = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = zs_record_get_id (ZS_RECORD (project));
  guint changes = 0;

  worker = zs_store_open_secondary (zs_store_get_path (store), &error);
  g_assert_no_error (error);
  seen = zs_store_load (worker, ZS_TYPE_PROJECT, id, &error);
  g_assert_no_error (error);
  g_assert_true (seen != ZS_RECORD (project));
  g_assert_cmpstr (zs_record_get_string (seen, ZS_PROJECT_NAME), ==, "科医联创精准医学转化研究中心");

  zs_record_set_string (seen, ZS_PROJECT_NAME, "科医联创二期");
  g_assert_true (zs_store_save (worker, seen, &error));
  g_assert_no_error (error);

  g_signal_connect_swapped (store, "changed", G_CALLBACK (count_change), &changes);
  zs_store_refresh (store);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (project), ZS_PROJECT_NAME), ==, "科医联创二期");
}

/* ---- round trips ---------------------------------------------------------- */

static void
test_roundtrip_every_entity (void)
{
  g_autofree char *path = zs_test_store_location ("roundtrip");
  g_autoptr(ZsStore) store = zs_store_open (path, NULL);
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  g_assert_nonnull (store);
  g_assert_cmpuint (n_types, ==, 23);

  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(GError) error = NULL;
      ZsRecord *record = g_object_new (types[t], NULL);

      zs_test_fill_record (store, record, t * 100);
      zs_store_save (store, record, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zs_record_get_id (record), >, 0);
      g_assert_true (g_uuid_string_is_valid (zs_record_get_uuid (record)));
      g_ptr_array_add (saved, record);
    }

  /* A second connection has no live objects: every value comes from disk. */
  {
    g_autoptr(ZsStore) reader = zs_store_open (path, NULL);

    for (guint i = 0; i < saved->len; i++)
      {
        ZsRecord *original = g_ptr_array_index (saved, i);
        g_autoptr(GError) error = NULL;
        g_autoptr(ZsRecord) loaded = zs_store_load (reader, G_OBJECT_TYPE (original),
                                                    zs_record_get_id (original), &error);

        g_assert_no_error (error);
        g_assert_true (loaded != original);
        zs_test_assert_same_fields (original, loaded);
        g_assert_cmpstr (zs_record_get_created (loaded), ==, zs_record_get_created (original));
        g_assert_cmpstr (zs_record_get_updated (loaded), ==, zs_record_get_updated (original));
      }
  }
}

static void
test_roundtrip_project (void)
{
  g_autofree char *path = zs_test_store_location ("project");
  g_autoptr(ZsStore) store = zs_database_open (path, NULL);
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;
  gint64 chain = first_chain_id (store);

  zs_record_set_string (r, ZS_PROJECT_NAME, "山东万盛年产55万吨功能性新材料一体化生产项目");
  zs_record_set_string (r, ZS_PROJECT_INVESTOR, "山东万盛新材料有限公司");
  zs_record_set_enum (r, ZS_PROJECT_ORIGIN_KIND, ZS_ORIGIN_OUT_OF_PROVINCE);
  zs_record_set_string (r, ZS_PROJECT_ORIGIN_PROVINCE, "浙江省");
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, chain);
  zs_record_set_enum (r, ZS_PROJECT_STAGE, ZS_STAGE_STARTED);
  zs_record_set_enum (r, ZS_PROJECT_GRADE, ZS_GRADE_GREEN);
  zs_record_set_boolean (r, ZS_PROJECT_KEY_PROJECT, TRUE);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, 500000);
  zs_record_set_double (r, ZS_PROJECT_LAND, 600.5);
  zs_record_set_string (r, ZS_PROJECT_SIGNING_DATE, "2023-05-10");
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2023-08-01");
  zs_store_save (store, r, &error);
  g_assert_no_error (error);

  {
    g_autoptr(ZsStore) reader = zs_store_open (path, NULL);
    g_autoptr(ZsRecord) loaded = zs_store_load (reader, ZS_TYPE_PROJECT, zs_record_get_id (r), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (zs_record_get_string (loaded, ZS_PROJECT_NAME), ==, "山东万盛年产55万吨功能性新材料一体化生产项目");
    g_assert_cmpint (zs_record_get_int (loaded, ZS_PROJECT_PLANNED_INVESTMENT), ==, 500000);
    g_assert_cmpint (zs_record_get_int (loaded, ZS_PROJECT_CHAIN_ID), ==, chain);
    g_assert_cmpint (zs_record_get_enum (loaded, ZS_PROJECT_STAGE), ==, ZS_STAGE_STARTED);
    g_assert_true (zs_record_get_boolean (loaded, ZS_PROJECT_KEY_PROJECT));
    g_assert_cmpfloat (zs_record_get_double (loaded, ZS_PROJECT_LAND), ==, 600.5);
    /* A project entered at 开工 is in that stage since its start date. */
    g_assert_cmpstr (zs_record_get_string (loaded, ZS_PROJECT_STAGE_SINCE), ==, "2023-08-01");
    g_assert_null (zs_record_get_string (loaded, ZS_PROJECT_NOTES));
  }
}

static void
test_live_objects_are_shared (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("live");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "科医联创精准医学转化研究中心", "科医联创", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) again = zs_store_load (store, ZS_TYPE_PROJECT, zs_record_get_id (ZS_RECORD (project)), NULL);

  /* Every screen that shows the project shows the same object. */
  g_assert_true (again == ZS_RECORD (project));
}

/* ---- validation ------------------------------------------------------------ */

static void
test_validation (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("validate");
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);

  /* Name required. */
  zs_record_set_string (r, ZS_PROJECT_NAME, "   ");
  g_assert_false (zs_store_save (store, r, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  /* Amounts not negative. */
  zs_record_set_string (r, ZS_PROJECT_NAME, "亿程机械");
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, -5);
  g_assert_false (zs_store_save (store, r, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  zs_record_set_int (r, ZS_PROJECT_PLANNED_INVESTMENT, 5000);

  /* Start not before signing. */
  zs_record_set_string (r, ZS_PROJECT_SIGNING_DATE, "2024-05-01");
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-04-01");
  g_assert_false (zs_store_save (store, r, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2024-04-01"));
  g_clear_error (&error);

  /* A date that is not a date. */
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-02-30");
  g_assert_false (zs_store_save (store, r, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was written by the refused saves. */
  g_assert_cmpint (zs_store_count (store, all, NULL), ==, 0);
  g_assert_cmpint (zs_record_get_id (r), ==, 0);

  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-06-01");
  g_assert_true (zs_store_save (store, r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_count (store, all, NULL), ==, 1);
}

/* ---- stages ---------------------------------------------------------------- */

static GPtrArray *
stage_events (ZsStore *store,
              gint64   project_id)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) ids = NULL;
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  zs_query_add_int (query, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, project_id);
  ids = zs_store_query (store, query, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (events, zs_store_load (store, ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, i), NULL));
  return events;
}

static void
test_stage_change_writes_event (void)
{
  g_autofree char *path = zs_test_store_location ("stage");
  g_autoptr(ZsStore) store = zs_database_open (path, NULL);
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  gint64 id;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  ZsRecord *event;

  /* In talks since its first contact. */
  zs_record_set_string (r, ZS_PROJECT_NAME, "青岛海之晨工业AI视觉质检项目");
  zs_record_set_enum (r, ZS_PROJECT_STAGE, ZS_STAGE_NEGOTIATING);
  zs_record_set_string (r, ZS_PROJECT_FIRST_CONTACT_DATE, "2024-07-15");
  g_assert_true (zs_store_save (store, r, NULL));
  id = zs_record_get_id (r);
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_STAGE_SINCE), ==, "2024-07-15");

  /* Creating the project recorded its entry into 在谈. */
  events = stage_events (store, id);
  g_assert_cmpuint (events->len, ==, 1);
  g_clear_pointer (&events, g_ptr_array_unref);

  g_assert_true (zs_project_change_stage (store, project, ZS_STAGE_SIGNED, "2024-08-27", "青岛现场签约", &error));
  g_assert_no_error (error);

  events = stage_events (store, id);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 1);
  g_assert_cmpint (zs_record_get_enum (event, ZS_STAGE_EVENT_FROM_STAGE), ==, ZS_STAGE_NEGOTIATING);
  g_assert_cmpint (zs_record_get_enum (event, ZS_STAGE_EVENT_TO_STAGE), ==, ZS_STAGE_SIGNED);
  g_assert_cmpstr (zs_record_get_string (event, ZS_STAGE_EVENT_DATE), ==, "2024-08-27");
  g_assert_cmpstr (zs_record_get_string (event, ZS_STAGE_EVENT_NOTE), ==, "青岛现场签约");
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_SIGNING_DATE), ==, "2024-08-27");
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_STAGE_SINCE), ==, "2024-08-27");

  /* Starting construction before the signing is refused, and changes nothing. */
  g_assert_false (zs_project_change_stage (store, project, ZS_STAGE_STARTED, "2024-08-01", NULL, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (zs_record_get_enum (r, ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);
  g_assert_null (zs_record_get_string (r, ZS_PROJECT_START_DATE));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = stage_events (store, id);
  g_assert_cmpuint (events->len, ==, 2);

  /* What is stored agrees: another connection has no live objects. */
  {
    g_autoptr(ZsStore) reader = zs_store_open (path, NULL);
    g_autoptr(ZsRecord) stored = zs_store_load (reader, ZS_TYPE_PROJECT, id, NULL);
    g_autoptr(ZsQuery) all_events = zs_query_new (ZS_TYPE_STAGE_EVENT);

    g_assert_cmpint (zs_record_get_enum (stored, ZS_PROJECT_STAGE), ==, ZS_STAGE_SIGNED);
    g_assert_cmpint (zs_store_count (reader, all_events, NULL), ==, 2);
  }
}

/* ---- search ---------------------------------------------------------------- */

static gboolean
array_has (GArray *ids,
           gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* zs_store_search_ids() names what a query with the search names, and
 * first the ones the query ranks first; an engine may decline (NULL). */
static gboolean
check_search_ids (ZsStore    *store,
                  const char *text,
                  guint       n_first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) ids = zs_store_search_ids (store, ZS_TYPE_PROJECT, text, &first, &error);
  g_autoptr(GArray) expected = search (store, text);
  guint n = 0;

  g_assert_no_error (error);
  if (ids == NULL)
    return FALSE;
  g_assert_cmpuint (ids->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      gint64 id = g_array_index (expected, gint64, i);

      g_assert_true (array_has (ids, id));
      if (array_has (first, id))
        {
          /* The query ranks them first too. */
          g_assert_cmpuint (i, ==, n);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, n_first);
  return TRUE;
}

static void
test_search_ids_from_the_index (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("search-ids");
  g_autoptr(ZsProject) a = zs_test_new_project (store, "山东寿光蔬菜物流园", "潍坊经开投资集团", ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "潍坊经开区化工新材料", "中化集团", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) c = zs_test_new_project (store, "高密12号楼", "潍坊某公司", ZS_STAGE_LEAD);
  gboolean sqlite = !g_str_has_prefix (zs_store_get_path (store), "postgres");
  g_autoptr(GArray) first = NULL;
  g_autoptr(GError) error = NULL;

  /* SQLite answers from its FTS5 index; others may decline. */
  g_assert_true (check_search_ids (store, "潍坊", 1) || !sqlite);
  g_assert_true (check_search_ids (store, "weifang", 1) || !sqlite);
  g_assert_true (check_search_ids (store, "WFJK", 1) || !sqlite);
  g_assert_true (check_search_ids (store, "化工", 0) || !sqlite);
  g_assert_true (check_search_ids (store, "集团 潍坊", 0) || !sqlite);
  g_assert_true (check_search_ids (store, "2号", 0) || !sqlite);
  g_assert_true (check_search_ids (store, "beijing", 0) || !sqlite);
  /* What has no word is matched by reading the rows: the index declines. */
  g_assert_null (zs_store_search_ids (store, ZS_TYPE_PROJECT, "%", &first, &error));
  g_assert_no_error (error);
}

static void
test_search_chinese_substrings (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("search");
  g_autoptr(ZsProject) a = zs_test_new_project (store, "中南高科·鸢都汇智产业园三期", "中南高科", ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "亿程机械", "亿程机械有限公司", ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) c = zs_test_new_project (store, "科医联创精准医学转化研究中心", "科医联创", ZS_STAGE_SIGNED);
  g_autoptr(GArray) found = NULL;

  /* Two characters: below the trigram index, answered by LIKE. */
  found = search (store, "机械");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (b)));
  g_clear_pointer (&found, g_array_unref);

  /* Four characters from the middle of a name. */
  found = search (store, "精准医学");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (c)));
  g_clear_pointer (&found, g_array_unref);

  /* One character, and an investor's name. */
  found = search (store, "园");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "中南高科");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);

  /* Two terms, separated by an ideographic space, must both match. */
  found = search (store, "鸢都\xe3\x80\x80产业园");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (a)));
  g_clear_pointer (&found, g_array_unref);

  found = search (store, "宠物产业");
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_array_unref);

  /* Renaming updates the index; quotes and LIKE wildcards are plain text. */
  zs_record_set_string (ZS_RECORD (b), ZS_PROJECT_NAME, "亿程机械 \"二期\" 100%");
  g_assert_true (zs_store_save (store, ZS_RECORD (b), NULL));
  found = search (store, "\"二期\"");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "0%");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "%");
  g_assert_cmpuint (found->len, ==, 1);
}

/* One and two characters are looked up as fast as longer ones (every
 * backend indexes them), pinyin finds names, and a name that starts with
 * the query comes first. */
static void
test_search_short_and_pinyin (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("search-pinyin");
  g_autoptr(ZsProject) a = zs_test_new_project (store, "山东寿光蔬菜物流园", "潍坊经开投资集团", ZS_STAGE_SIGNED);
  g_autoptr(ZsProject) b = zs_test_new_project (store, "潍坊经开区化工新材料", "中化集团", ZS_STAGE_LEAD);
  g_autoptr(ZsProject) c = zs_test_new_project (store, "高密12号楼", "某公司", ZS_STAGE_LEAD);
  g_autoptr(ZsPartner) partner = g_object_new (ZS_TYPE_PARTNER, NULL);
  g_autoptr(ZsCarrier) carrier = g_object_new (ZS_TYPE_CARRIER, NULL);
  g_autoptr(GArray) found = NULL;

  /* One character, two characters, from the middle of a name. */
  found = search (store, "菜");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (a)));
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "化工");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (b)));
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "2号");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (c)));
  g_clear_pointer (&found, g_array_unref);

  /* 潍坊 is in both (a's investor, b's name): b, whose name starts with
   * it, comes first, whatever the query's order. */
  {
    g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);

    zs_query_set_search (query, "潍坊");
    zs_query_set_order (query, -1, FALSE);
    found = zs_store_query (store, query, NULL);
    g_assert_cmpuint (found->len, ==, 2);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (b)));
    g_clear_pointer (&found, g_array_unref);

    /* The same by full pinyin and by initials, in either case. */
    zs_query_set_search (query, "weifang");
    found = zs_store_query (store, query, NULL);
    g_assert_cmpuint (found->len, ==, 2);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (b)));
    g_clear_pointer (&found, g_array_unref);
    zs_query_set_search (query, "WFJK");
    found = zs_store_query (store, query, NULL);
    g_assert_cmpuint (found->len, ==, 2);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (b)));
    g_clear_pointer (&found, g_array_unref);
  }

  /* From a syllable in the middle; and nothing for what is not there. */
  found = search (store, "shouguang");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, gint64, 0), ==, zs_record_get_id (ZS_RECORD (a)));
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "sgsc");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "beijing");
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_array_unref);

  /* A rename is searched by its new pinyin. */
  zs_record_set_string (ZS_RECORD (c), ZS_PROJECT_NAME, "青州花卉");
  g_assert_true (zs_store_save (store, ZS_RECORD (c), NULL));
  found = search (store, "qzhh");
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_array_unref);
  found = search (store, "gaomi");
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_array_unref);

  /* Partners and carriers too. */
  zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, "王伟");
  g_assert_true (zs_store_save (store, ZS_RECORD (partner), NULL));
  zs_record_set_string (ZS_RECORD (carrier), ZS_CARRIER_NAME, "寿光高新区孵化器");
  g_assert_true (zs_store_save (store, ZS_RECORD (carrier), NULL));
  {
    g_autoptr(ZsQuery) partners = zs_query_new (ZS_TYPE_PARTNER);
    g_autoptr(ZsQuery) carriers = zs_query_new (ZS_TYPE_CARRIER);

    zs_query_set_search (partners, "ww");
    found = zs_store_query (store, partners, NULL);
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_array_unref);
    zs_query_set_search (carriers, "fhq");
    found = zs_store_query (store, carriers, NULL);
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_array_unref);
    zs_query_set_search (carriers, "高新");
    found = zs_store_query (store, carriers, NULL);
    g_assert_cmpuint (found->len, ==, 1);
    g_clear_pointer (&found, g_array_unref);
  }
}

/* ---- queries and deletion ------------------------------------------------ */

static void
test_query_filters_and_sums (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("query");
  const struct { const char *name; ZsStage stage; gint64 amount; } rows[] = {
    { "甲", ZS_STAGE_SIGNED, 30000 },
    { "乙", ZS_STAGE_SIGNED, 12000 },
    { "丙", ZS_STAGE_STARTED, 50000 },
    { "丁", ZS_STAGE_LEAD, 1000 },
  };
  g_autoptr(ZsQuery) signed_q = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(ZsQuery) ordered = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  gint64 stages[] = { ZS_STAGE_LEAD, ZS_STAGE_STARTED };
  g_autoptr(ZsQuery) set_q = zs_query_new (ZS_TYPE_PROJECT);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(ZsProject) p = zs_project_new ();

      zs_record_set_string (ZS_RECORD (p), ZS_PROJECT_NAME, rows[i].name);
      zs_record_set_enum (ZS_RECORD (p), ZS_PROJECT_STAGE, rows[i].stage);
      zs_record_set_int (ZS_RECORD (p), ZS_PROJECT_PLANNED_INVESTMENT, rows[i].amount);
      g_assert_true (zs_store_save (store, ZS_RECORD (p), NULL));
    }

  zs_query_add_int (signed_q, ZS_PROJECT_STAGE, ZS_QUERY_EQ, ZS_STAGE_SIGNED);
  g_assert_cmpint (zs_store_count (store, signed_q, NULL), ==, 2);
  g_assert_cmpint (zs_store_sum (store, signed_q, ZS_PROJECT_PLANNED_INVESTMENT, NULL), ==, 42000);

  zs_query_set_order (ordered, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  ids = zs_store_query (store, ordered, NULL);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, 4);

  zs_query_add_int_set (set_q, ZS_PROJECT_STAGE, stages, G_N_ELEMENTS (stages));
  g_assert_cmpint (zs_store_sum (store, set_q, ZS_PROJECT_PLANNED_INVESTMENT, NULL), ==, 51000);
}

static void
test_delete_rules (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("delete");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "京业汇宠物产业园", "京业汇", ZS_STAGE_SIGNED);
  g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, first_chain_id (store), NULL);
  g_autoptr(ZsQuery) events = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GError) error = NULL;

  zs_record_set_int (ZS_RECORD (project), ZS_PROJECT_CHAIN_ID, zs_record_get_id (chain));
  g_assert_true (zs_store_save (store, ZS_RECORD (project), NULL));

  /* A chain that a project uses stays, and the message says why. */
  g_assert_false (zs_store_delete (store, chain, &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, zs_record_get_title (chain)));
  g_assert_nonnull (strstr (error->message, "project 1"));
  g_clear_error (&error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_CHAIN, zs_record_get_uuid (chain)), !=, 0);

  /* Deleting the project takes its stage history with it; then the chain may go. */
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, 1);
  g_assert_true (zs_store_delete (store, ZS_RECORD (project), &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_count (store, events, NULL), ==, 0);
  g_assert_true (zs_store_delete (store, chain, &error));
  g_assert_no_error (error);

  /* Saving a deleted record brings it back with the same identity (undo). */
  g_assert_true (zs_store_save (store, chain, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_CHAIN, zs_record_get_uuid (chain)), ==, zs_record_get_id (chain));
}

/* ---- seeding, settings, backups ---------------------------------------------- */

static void
test_seed_catalogue (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("seed");
  g_autofree char *tsv_path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogue", "weifang-chains.tsv", NULL);
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(ZsQuery) groups_q = zs_query_new (ZS_TYPE_CHAIN_GROUP);
  g_autoptr(GArray) groups = NULL;
  guint line = 1;

  zs_query_set_order (groups_q, ZS_CHAIN_GROUP_POSITION, FALSE);
  groups = zs_store_query (store, groups_q, NULL);
  g_assert_cmpuint (groups->len, ==, 2);

  g_assert_true (g_file_get_contents (tsv_path, &tsv, NULL, NULL));
  lines = g_strsplit (tsv, "\n", -1);

  for (guint g = 0; g < groups->len; g++)
    {
      g_autoptr(ZsRecord) group = zs_store_load (store, ZS_TYPE_CHAIN_GROUP, g_array_index (groups, gint64, g), NULL);
      g_autoptr(ZsQuery) chains_q = zs_query_new (ZS_TYPE_CHAIN);
      g_autoptr(GArray) chains = NULL;
      const char *kind = g == 0 ? "chain" : "track";

      g_assert_cmpint (zs_record_get_int (group, ZS_CHAIN_GROUP_POLICY_SIZE), ==, g == 0 ? 15 : 19);
      g_assert_cmpint (zs_record_get_enum (group, ZS_CHAIN_GROUP_KIND), ==, g == 0 ? ZS_GROUP_KIND_CHAIN : ZS_GROUP_KIND_TRACK);

      zs_query_add_int (chains_q, ZS_CHAIN_GROUP_ID, ZS_QUERY_EQ, zs_record_get_id (group));
      zs_query_set_order (chains_q, ZS_CHAIN_POSITION, FALSE);
      chains = zs_store_query (store, chains_q, NULL);

      /* Each entry of the catalogue file, in order, with its flag and source. */
      for (guint c = 0; c < chains->len; c++, line++)
        {
          g_auto(GStrv) cells = g_strsplit (lines[line], "\t", -1);
          g_autoptr(ZsRecord) chain = zs_store_load (store, ZS_TYPE_CHAIN, g_array_index (chains, gint64, c), NULL);

          g_assert_cmpstr (cells[0], ==, kind);
          g_assert_cmpstr (zs_record_get_string (chain, ZS_CHAIN_NAME), ==, cells[2]);
          g_assert_cmpint (zs_record_get_boolean (chain, ZS_CHAIN_VERIFIED), ==, g_str_equal (cells[3], "1"));
          g_assert_cmpstr (zs_record_get_string (chain, ZS_CHAIN_SOURCE), ==, cells[4]);
        }
    }
  /* Every line of the file was seen. */
  g_assert_cmpstr (lines[line], ==, "");
  g_assert_cmpint (line, ==, 28);

  /* Default units and settings. */
  {
    g_autoptr(ZsQuery) units = zs_query_new (ZS_TYPE_UNIT);

    g_autoptr(GArray) unit_ids = NULL;
    g_autoptr(ZsRecord) bureau = NULL;

    /* Units are the city's data: Chinese whatever the interface language. */
    zs_query_set_order (units, ZS_UNIT_POSITION, FALSE);
    unit_ids = zs_store_query (store, units, NULL);
    g_assert_cmpuint (unit_ids->len, ==, 5);
    bureau = zs_store_load (store, ZS_TYPE_UNIT, g_array_index (unit_ids, gint64, 0), NULL);
    g_assert_cmpstr (zs_record_get_string (bureau, ZS_UNIT_NAME), ==, "投资促进局");
    g_assert_cmpint (zs_settings_get_int (store, ZS_SETTING_GRADE_YELLOW_DAYS), ==, 60);
    g_assert_cmpint (zs_settings_get_int (store, ZS_SETTING_GRADE_RED_DAYS), ==, 90);
    g_assert_cmpint (zs_settings_get_int (store, ZS_SETTING_LEAD_FEEDBACK_DAYS), ==, 7);
  }
}

static void
test_backups_rotate (void)
{
  g_autofree char *path = zs_test_store_location ("backup");
  g_autoptr(ZsStore) store = zs_store_open (path, NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_auto = 0;

  first = zs_store_auto_backup (store, 3, &error);
  g_assert_no_error (error);
  /* A server is backed up by pg_dump on the server: no PC copies it. */
  if (strcmp (zs_test_store_backend (), "postgresql") == 0)
    {
      g_assert_null (first);
      dir = g_dir_open (zs_store_get_backup_dir (store), 0, NULL);
      g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
      return;
    }
  g_assert_nonnull (first);
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));

  /* At most once a day. */
  second = zs_store_auto_backup (store, 3, &error);
  g_assert_no_error (error);
  g_assert_null (second);

  /* Older copies beyond the kept number are removed, oldest first. */
  if (strrchr (base, '.') != NULL && strrchr (base, '.') != base)
    *strrchr (base, '.') = '\0';
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *old = g_strdup_printf ("%s/%s-auto-2020010%u-120000.db", zs_store_get_backup_dir (store), base, i);

      g_assert_true (g_file_set_contents (old, "old", -1, NULL));
    }
  g_assert_true (zs_store_set_setting (store, "backup-last-date", "2020-01-01", NULL));
  g_free (second);
  second = zs_store_auto_backup (store, 3, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);

  dir = g_dir_open (zs_store_get_backup_dir (store), 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_assert_null (strstr (name, "-auto-20200101"));
      g_assert_null (strstr (name, "-auto-20200102"));
      g_assert_null (strstr (name, "-auto-20200103"));
      n_auto++;
    }
  /* 20200104, 20200105 and today's. */
  g_assert_cmpuint (n_auto, ==, 3);
}

static gint64
count_type (ZsStore *store,
            GType    type)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  return zs_store_count (store, query, NULL);
}

/* A first start that made the schema and stopped before the units and the
 * catalogue were in: the next start completes it, once. */
static void
test_seed_completed_at_next_start (void)
{
  g_autofree char *path = zs_test_store_location ("half-made");
  g_autoptr(GError) error = NULL;
  gint64 units, chains;

  {
    /* The schema alone, as a crash after creating it leaves the file. */
    g_autoptr(ZsStore) store = zs_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (zs_store_was_created (store));
    g_assert_cmpint (count_type (store, ZS_TYPE_UNIT), ==, 0);
  }
  {
    g_autoptr(ZsStore) store = zs_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (store);
    g_assert_false (zs_store_was_created (store));
    units = count_type (store, ZS_TYPE_UNIT);
    chains = count_type (store, ZS_TYPE_CHAIN);
    g_assert_cmpint (units, ==, 5);
    g_assert_cmpint (chains, >, 0);
  }
  {
    /* Opened again: nothing is added twice. */
    g_autoptr(ZsStore) store = zs_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (count_type (store, ZS_TYPE_UNIT), ==, units);
    g_assert_cmpint (count_type (store, ZS_TYPE_CHAIN), ==, chains);
    /* The demo needs the units and the catalogue. */
    zs_database_load_demo (store, &error);
    g_assert_no_error (error);
  }
}

/* A copy torn by a crash or a full disk is never kept and never counted
 * among the kept copies: not under the temporary name it is written
 * under, nor an empty one or one with a journal left beside it under a
 * finished copy's name (as earlier versions left them). */
static void
test_backups_torn_not_kept (void)
{
  g_autofree char *path = zs_test_store_location ("torn");
  g_autoptr(ZsStore) store = zs_store_open (path, NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *backup_dir = zs_store_get_backup_dir (store);
  g_autofree char *good1 = NULL;
  g_autofree char *good2 = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *journaled = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *part = NULL;
  guint n_files = 0;
  char *dot = strrchr (base, '.');

  /* Named as the store names its copies: a file's name without its
   * extension, a server's location's last part. */
  if (dot != NULL && dot != base)
    *dot = '\0';
  good1 = g_strdup_printf ("%s/%s-auto-20200101-120000.db", backup_dir, base);
  good2 = g_strdup_printf ("%s/%s-auto-20200102-120000.db", backup_dir, base);
  empty = g_strdup_printf ("%s/%s-auto-20200105-120000.db", backup_dir, base);
  journaled = g_strdup_printf ("%s/%s-auto-20200106-120000.db", backup_dir, base);
  journal = g_strconcat (journaled, "-journal", NULL);
  part = g_strdup_printf ("%s/%s-auto-20200107-120000.db.part", backup_dir, base);

  g_assert_true (zs_store_backup_to (store, good1, NULL));
  g_assert_true (zs_store_backup_to (store, good2, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (zs_store_backup_to (store, journaled, NULL));
  g_assert_true (g_file_set_contents (journal, "torn", -1, NULL));
  g_assert_true (g_file_set_contents (part, "torn", -1, NULL));

  made = zs_store_auto_backup (store, 3, &error);
  g_assert_no_error (error);
  /* A server makes no daily copy (pg_dump on the server does), so it
   * leaves the folder's files, copied by hand, as they are. */
  if (strcmp (zs_test_store_backend (), "postgresql") == 0)
    {
      g_assert_null (made);
      g_assert_true (g_file_test (good1, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_test (part, G_FILE_TEST_EXISTS));
      return;
    }
  g_assert_nonnull (made);
  g_assert_true (g_str_has_suffix (made, ".db"));
  g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));

  /* The two good old copies and today's are the three kept. */
  g_assert_true (g_file_test (good1, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (good2, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (empty, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journaled, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  dir = g_dir_open (backup_dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_test_message ("kept: %s", name);
      g_assert_true (g_str_has_suffix (name, ".db"));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 3);
}

static void
skip_unavailable (gconstpointer why)
{
  g_test_skip (why);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_message ("store backend: %s", zs_test_store_backend ());
  /* A developer running one test by hand may have no server. */
  if (!zs_test_store_backend_available (&why))
    {
      g_test_add_data_func ("/store/backend-unavailable", why, skip_unavailable);
      return g_test_run ();
    }

  g_test_add_func ("/store/open/new-location", test_open_new_location);
  g_test_add_func ("/store/open/unknown-scheme", test_open_unknown_scheme);
  g_test_add_func ("/store/open/secondary", test_open_secondary);
  g_test_add_func ("/store/open/seed-completed-at-next-start", test_seed_completed_at_next_start);
  g_test_add_func ("/store/backup/torn-not-kept", test_backups_torn_not_kept);
  g_test_add_func ("/store/roundtrip/every-entity", test_roundtrip_every_entity);
  g_test_add_func ("/store/roundtrip/project", test_roundtrip_project);
  g_test_add_func ("/store/live-objects-are-shared", test_live_objects_are_shared);
  g_test_add_func ("/store/validation", test_validation);
  g_test_add_func ("/store/stage/change-writes-event", test_stage_change_writes_event);
  g_test_add_func ("/store/search/chinese-substrings", test_search_chinese_substrings);
  g_test_add_func ("/store/search/short-and-pinyin", test_search_short_and_pinyin);
  g_test_add_func ("/store/search/ids-from-the-index", test_search_ids_from_the_index);
  g_test_add_func ("/store/query/filters-and-sums", test_query_filters_and_sums);
  g_test_add_func ("/store/delete/rules", test_delete_rules);
  g_test_add_func ("/store/seed/catalogue", test_seed_catalogue);
  g_test_add_func ("/store/backup/rotate", test_backups_rotate);
  zs_conformance_add_ops_tests ();
  zs_conformance_add_sync_tests ();
  zs_conformance_add_trash_tests ();
  zs_conformance_add_history_tests ();
  zs_conformance_add_supervision_tests ();

  return g_test_run ();
}
