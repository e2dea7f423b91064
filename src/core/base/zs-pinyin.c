/* zs-pinyin.c — the pinyin of Chinese text, through ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The readings of the CJK Unified Ideographs and Extension A were asked of
 * ICU at build time (zs-make-pinyin-table): making ICU's transliterator
 * takes a few tenths of a second, which the first search typed and every
 * import waited for. A rarer character (Extension B on, compatibility
 * ideographs) is asked of a transliterator made on first use, under a
 * lock (it is not safe between threads), and its reading kept.
 */
#include "config.h"

#include <string.h>

#include "zs-pinyin.h"
#include "zs-pinyin-icu.h"
#include "zs-pinyin-table-range.h"
#include "zs-pinyin-table.h"

static GMutex lock;
static UTransliterator *transliterator;   /* NULL when ICU could not make one */
static gboolean tried;
static GHashTable *readings;              /* gunichar → syllable, beyond the table */

/* The syllable of a Han character beyond the table, "" when ICU has none;
 * under @lock. */
static const char *
rare_reading_of (gunichar c)
{
  char *reading;

  if (!tried)
    {
      tried = TRUE;
      readings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
      transliterator = zs_pinyin_icu_open ();
    }
  reading = g_hash_table_lookup (readings, GUINT_TO_POINTER (c));
  if (reading == NULL)
    {
      reading = zs_pinyin_icu_reading (transliterator, c);
      g_hash_table_insert (readings, GUINT_TO_POINTER (c), reading);
    }
  return reading;
}

/* The syllable of one Han character, "" when it has none; @locked says
 * whether this thread holds @lock already (taken for the first rare one). */
static const char *
reading_of (gunichar  c,
            gboolean *locked)
{
  if (c >= ZS_PINYIN_TABLE_FIRST && c <= ZS_PINYIN_TABLE_LAST)
    return zs_pinyin_table_text + zs_pinyin_table[c - ZS_PINYIN_TABLE_FIRST];
  if (!*locked)
    {
      g_mutex_lock (&lock);
      *locked = TRUE;
    }
  return rare_reading_of (c);
}

gboolean
zs_pinyin_is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN && g_unichar_isalpha (c);
}

GPtrArray *
zs_pinyin_syllables (const char *text)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_free);
  GString *run = g_string_new (NULL);
  gboolean locked = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    text = "";

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && c < 128 && g_ascii_isalnum ((char) c))
        {
          g_string_append_c (run, g_ascii_tolower ((char) c));
          continue;
        }
      if (run->len > 0)
        {
          g_ptr_array_add (units, g_strdup (run->str));
          g_string_truncate (run, 0);
        }
      if (c == 0)
        break;
      if (zs_pinyin_is_han (c))
        {
          const char *syllable = reading_of (c, &locked);

          if (*syllable != '\0')
            g_ptr_array_add (units, g_strdup (syllable));
        }
    }
  if (locked)
    g_mutex_unlock (&lock);
  g_string_free (run, TRUE);
  return units;
}

char *
zs_pinyin_keys (const char *text,
                guint       max_syllables)
{
  g_autoptr(GPtrArray) units = zs_pinyin_syllables (text);
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < units->len; i++)
    {
      guint end = MIN (units->len, i + max_syllables);

      g_string_append (keys, keys->len ? " " : "");
      for (guint j = i; j < end; j++)
        g_string_append (keys, g_ptr_array_index (units, j));
      /* Initials only where they differ from the full form (two or more
       * syllables, or one longer than a letter). */
      if (end - i > 1 || strlen (g_ptr_array_index (units, i)) > 1)
        {
          g_string_append_c (keys, ' ');
          for (guint j = i; j < end; j++)
            g_string_append_c (keys, ((const char *) g_ptr_array_index (units, j))[0]);
        }
    }
  return g_string_free (keys, FALSE);
}
