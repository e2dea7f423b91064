/* zs-make-pinyin-table.c — writes the reading of every common Han
 * character, asked of ICU once at build time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Making ICU's transliterator takes a few tenths of a second in every
 * process that spells a name (the first search typed, every import); the
 * CJK Unified Ideographs and their Extension A, 27,584 code points, are
 * nearly every character a name holds, so their readings are built in as
 * a table (zs-pinyin.c) and ICU is made only for a rarer character.
 *   zs-make-pinyin-table OUTPUT.h
 */
#include "config.h"

#include <string.h>
#include <unicode/uversion.h>

#include "zs-pinyin-icu.h"
#include "zs-pinyin-table-range.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GHashTable) offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree guint16 *table = g_new0 (guint16, ZS_PINYIN_TABLE_LAST - ZS_PINYIN_TABLE_FIRST + 1);
  UTransliterator *transliterator;
  char version[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTPUT.h\n", argv[0]);
      return 2;
    }
  transliterator = zs_pinyin_icu_open ();
  if (transliterator == NULL)
    return 1;

  /* Each distinct reading once, NUL-terminated; "" at offset 0. */
  g_hash_table_insert (offsets, g_strdup (""), GUINT_TO_POINTER (0));
  g_string_append_c (text, '\0');
  for (gunichar c = ZS_PINYIN_TABLE_FIRST; c <= ZS_PINYIN_TABLE_LAST; c++)
    {
      g_autofree char *reading = zs_pinyin_icu_reading (transliterator, c);
      gpointer offset;

      if (!g_hash_table_lookup_extended (offsets, reading, NULL, &offset))
        {
          offset = GUINT_TO_POINTER (text->len);
          g_string_append_len (text, reading, (gssize) strlen (reading) + 1);
          g_hash_table_insert (offsets, g_strdup (reading), offset);
        }
      table[c - ZS_PINYIN_TABLE_FIRST] = (guint16) GPOINTER_TO_UINT (offset);
    }
  utrans_close (transliterator);
  if (text->len > G_MAXUINT16)
    {
      g_printerr ("%u bytes of readings do not fit 16-bit offsets\n", (guint) text->len);
      return 1;
    }

  u_getVersion (info);
  u_versionToString (info, version);
  g_string_append_printf (out, "/* Written by zs-make-pinyin-table from ICU %s: the reading of each code\n"
                               " * point of ZS_PINYIN_TABLE_FIRST … LAST, an offset into the readings. */\n"
                               "static const char zs_pinyin_table_text[] =\n", version);
  /* Readings are ASCII letters: no escape follows a \0 ambiguously. */
  for (gsize i = 0; i < text->len; i += strlen (text->str + i) + 1)
    g_string_append_printf (out, "  \"%s\\0\"\n", text->str + i);
  g_string_append (out, ";\nstatic const guint16 zs_pinyin_table[] = {");
  for (gunichar c = ZS_PINYIN_TABLE_FIRST; c <= ZS_PINYIN_TABLE_LAST; c++)
    g_string_append_printf (out, "%s%u,", (c - ZS_PINYIN_TABLE_FIRST) % 16 == 0 ? "\n  " : " ",
                            table[c - ZS_PINYIN_TABLE_FIRST]);
  g_string_append (out, "\n};\n");
  if (!g_file_set_contents (argv[1], out->str, (gssize) out->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
