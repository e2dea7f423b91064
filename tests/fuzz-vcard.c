/* fuzz-vcard.c — libFuzzer target for reading vCard files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Not a test: feeds arbitrary bytes through the whole import plan (the
 * encodings, unfolding, properties, cards, the merge rules against a
 * seeded database), imports what it plans, and writes the cards back out
 * and reads them again, which must give the same partners.
 * Build and run with the meson option "fuzzing":
 *   CC=clang meson setup _fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
 *     -Dc_args=-fsanitize=fuzzer-no-link
 *   ninja -C _fuzz tests/fuzz-vcard
 *   _fuzz/tests/fuzz-vcard -max_total_time=600 -max_len=65536 CORPUS tests/vcard
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "zs-core.h"
#include "zs-database.h"
#include "zs-partner-vcard.h"

static ZsScratch *folder;
static ZsStore *store;
static guint n_runs;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* libFuzzer ends with exit(): the folder goes then. A crash leaves it to
 * the next run of either target, which removes the folders nobody holds
 * locked. */
static void
remove_folder (void)
{
  g_clear_object (&store);
  g_clear_pointer (&folder, zs_scratch_free);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *db = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  zs_scratch_clean_stale_in (g_get_tmp_dir (), "zhaoshang-fuzz");
  folder = zs_scratch_new_in (g_get_tmp_dir (), "zhaoshang-fuzz", NULL);
  g_assert (folder != NULL);
  atexit (remove_folder);
  db = g_build_filename (zs_scratch_get_path (folder), "fuzz.db", NULL);
  store = zs_database_open (db, NULL);
  g_assert (store != NULL);
  return 0;
}

/* Written out and read back, every card is the same partner. */
static void
check_round_trip (ZsVCardImport *import)
{
  guint n = zs_vcard_import_get_n_cards (import);

  for (ZsVCardVersion version = ZS_VCARD_VERSION_3_0; version <= ZS_VCARD_VERSION_4_0; version++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) again = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < n; i++)
        zs_vcard_write (text, zs_vcard_import_get_card (import, i), version);
      g_assert (g_utf8_validate (text->str, text->len, NULL));
      again = zs_vcard_read (text->str, text->len, ZS_PARTNER_NOTABLE_NATIVE, NULL, &error);
      g_assert ((again == NULL) == (n == 0));
      for (guint i = 0; again != NULL && i < again->len; i++)
        {
          ZsRecord *a = ZS_RECORD (zs_vcard_import_get_card (import, i));
          ZsRecord *b = g_ptr_array_index (again, i);

          g_assert (again->len == n);
          g_assert (g_strcmp0 (zs_record_get_string (a, ZS_PARTNER_NAME), zs_record_get_string (b, ZS_PARTNER_NAME)) == 0);
          g_assert (g_strcmp0 (zs_record_get_string (a, ZS_PARTNER_ORGANISATION),
                               zs_record_get_string (b, ZS_PARTNER_ORGANISATION)) == 0);
          g_assert (g_strcmp0 (zs_record_get_string (a, ZS_PARTNER_WECHAT), zs_record_get_string (b, ZS_PARTNER_WECHAT)) == 0);
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(ZsVCardImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = zs_vcard_import_new (store, (const char *) data, size, ZS_PARTNER_NOTABLE_NATIVE, &error);
  g_assert ((import == NULL) != (error == NULL));
  if (import == NULL)
    return 0;

  for (guint i = 0; i < zs_vcard_import_get_n_cards (import); i++)
    {
      ZsRecord *card = ZS_RECORD (zs_vcard_import_get_card (import, i));

      for (guint field = 0; field < ZS_PARTNER_N_FIELDS; field++)
        if (G_VALUE_HOLDS_STRING (zs_record_get_value (card, field)) && zs_record_get_string (card, field) != NULL)
          g_assert (g_utf8_validate (zs_record_get_string (card, field), -1, NULL));
    }
  {
    g_autofree char *summary = zs_vcard_import_format (import, "fuzz.vcf");

    g_assert (g_utf8_validate (summary, -1, NULL));
  }
  check_round_trip (import);

  /* Now and then into the database, which then holds what later inputs
   * are compared with; emptied before it grows large. */
  if (++n_runs % 16 == 0 && !zs_vcard_import_apply (import, &error))
    g_assert (error != NULL);
  if (n_runs % 4096 == 0)
    {
      g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
      g_autoptr(GArray) ids = zs_store_query (store, all, NULL);

      for (guint i = 0; ids != NULL && i < ids->len; i++)
        {
          g_autoptr(ZsRecord) partner = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, i), NULL);

          if (partner != NULL)
            zs_store_delete (store, partner, NULL);
        }
    }
  return 0;
}
