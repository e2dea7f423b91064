/* zs-pinyin-icu.c — one character's pinyin, asked of ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <unicode/ustring.h>

#include "zs-pinyin-icu.h"

UTransliterator *
zs_pinyin_icu_open (void)
{
  static const char id[] = "Han-Latin; Latin-ASCII";
  UChar uid[32];
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *transliterator;

  u_uastrcpy (uid, id);
  transliterator = utrans_openU (uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    {
      g_warning ("No pinyin for search: ICU could not make the transliterator “%s” (%s)", id, u_errorName (status));
      return NULL;
    }
  return transliterator;
}

char *
zs_pinyin_icu_reading (UTransliterator *transliterator,
                       gunichar         c)
{
  GString *syllable = g_string_new (NULL);
  UChar buffer[32];
  int32_t length = 0, limit;
  UErrorCode status = U_ZERO_ERROR;
  char out[64];

  if (transliterator == NULL)
    return g_string_free (syllable, FALSE);
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
  return g_string_free (syllable, FALSE);
}
