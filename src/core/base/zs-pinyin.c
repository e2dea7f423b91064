/* zs-pinyin.c — the pinyin of Chinese text, through ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A transliterator is slow to make and not safe between threads: one is
 * made on first use and used under a lock, and each character's reading is
 * kept, so an import of 100,000 names asks ICU a few thousand times.
 */
#include "config.h"

#include <string.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

#include "zs-pinyin.h"

static GMutex lock;
static UTransliterator *transliterator;   /* NULL when ICU could not make one */
static gboolean tried;
static GHashTable *readings;              /* gunichar → syllable */

/* The syllable of one Han character, "" when ICU has none; under @lock. */
static const char *
reading_of (gunichar c)
{
  const char *known = g_hash_table_lookup (readings, GUINT_TO_POINTER (c));
  UChar buffer[32];
  int32_t length = 0, limit;
  UErrorCode status = U_ZERO_ERROR;
  char out[64];
  GString *syllable;

  if (known != NULL)
    return known;

  syllable = g_string_new (NULL);
  if (transliterator != NULL)
    {
      U16_APPEND_UNSAFE (buffer, length, c);
      limit = length;
      utrans_transUChars (transliterator, buffer, &length, G_N_ELEMENTS (buffer), 0, &limit, &status);
      if (U_SUCCESS (status))
        {
          u_austrncpy (out, buffer, MIN (length, (int32_t) sizeof out - 1));
          out[MIN (length, (int32_t) sizeof out - 1)] = '\0';
          for (const char *p = out; *p; p++)
            if (g_ascii_isalpha (*p))
              g_string_append_c (syllable, g_ascii_tolower (*p));
        }
    }
  g_hash_table_insert (readings, GUINT_TO_POINTER (c), syllable->str);
  return g_string_free (syllable, FALSE);
}

static void
ensure_transliterator (void)
{
  static const char id[] = "Han-Latin; Latin-ASCII";
  UChar uid[32];
  UErrorCode status = U_ZERO_ERROR;

  if (tried)
    return;
  tried = TRUE;
  readings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  u_uastrcpy (uid, id);
  transliterator = utrans_openU (uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    {
      g_warning ("No pinyin for search: ICU could not make the transliterator “%s” (%s)", id, u_errorName (status));
      transliterator = NULL;
    }
}

static gpointer
warm_up (gpointer data)
{
  g_ptr_array_unref (zs_pinyin_syllables ("拼音"));
  return NULL;
}

void
zs_pinyin_warm_up (void)
{
  static gsize started = 0;

  if (g_once_init_enter (&started))
    {
      g_thread_unref (g_thread_new ("zs-pinyin", warm_up, NULL));
      g_once_init_leave (&started, 1);
    }
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

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    text = "";

  g_mutex_lock (&lock);
  ensure_transliterator ();
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
          const char *syllable = reading_of (c);

          if (*syllable != '\0')
            g_ptr_array_add (units, g_strdup (syllable));
        }
    }
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
