/* zs-text.c — text from outside, judged and shown safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-text.h"

static gboolean
is_invisible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:       /* U+200B…U+200F, U+2060…U+2064, U+FEFF, U+00AD … */
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      break;
    }
  /* Letters by category that print as nothing: the Hangul fillers and the
   * blank Braille pattern. */
  return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 ||
         g_unichar_isspace (c);
}

gboolean
zs_text_is_blank (const char *text)
{
  const char *p;

  if (text == NULL)
    return TRUE;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      /* Bytes that are not UTF-8 are something, whatever they mean. */
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!is_invisible (c))
        return FALSE;
    }
  return TRUE;
}

static gboolean
acts_on_terminal (gunichar c,
                  gboolean keep_lines)
{
  if (keep_lines && (c == '\n' || c == '\t'))
    return FALSE;
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
zs_text_escape_controls (const char *text,
                         gboolean    keep_lines)
{
  GString *s;
  const char *p;

  if (text == NULL)
    return NULL;

  s = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (s, "<0x%02X>", (guchar) *p);
          p++;
          continue;
        }
      if (acts_on_terminal (c, keep_lines))
        g_string_append_printf (s, "<U+%04X>", c);
      else
        g_string_append_len (s, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (s, FALSE);
}
