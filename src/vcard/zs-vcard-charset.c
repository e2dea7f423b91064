/* zs-vcard-charset.c — the encoding of a vCard file and of its values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Phones and mail programs write vCards in many encodings: UTF-8 mostly,
 * UTF-16 (Windows), a whole file in GB18030 (older Chinese phones), and
 * values with a CHARSET parameter (2.1: GB2312, BIG5, SHIFT_JIS,
 * Windows-1252, us-ascii), often quoted-printable. The structure of a line
 * (names, parameters, ";", ":") is ASCII in all of them, so lines are cut
 * on the bytes and each value is decoded on its own, by GLib's conversion
 * (iconv). A value is never refused: what cannot be read in the encoding
 * it claims is read as UTF-8 when it is that, else in the file's encoding,
 * else as Windows-1252.
 */
#include "config.h"

#include <string.h>

#include "zs-vcard-private.h"

/* How many bytes of text the file's encoding is guessed from. */
#define SAMPLE_BYTES (256 * 1024)

/* Names programs write, and the converter that reads them best: the
 * superset Windows and phones really use. */
static const struct {
  const char *declared;
  const char *iconv;
} charset_aliases[] = {
  { "US-ASCII", "WINDOWS-1252" },
  { "ASCII", "WINDOWS-1252" },
  { "ISO-8859-1", "WINDOWS-1252" },
  { "ISO8859-1", "WINDOWS-1252" },
  { "ISO_8859-1", "WINDOWS-1252" },
  { "LATIN1", "WINDOWS-1252" },
  { "CP1252", "WINDOWS-1252" },
  { "GB2312", "GB18030" },
  { "GBK", "GB18030" },
  { "CP936", "GB18030" },
  { "EUC-CN", "GB18030" },
  { "X-GBK", "GB18030" },
  { "BIG5", "BIG5-HKSCS" },
  { "BIG-5", "BIG5-HKSCS" },
  { "CP950", "BIG5-HKSCS" },
  { "SHIFT_JIS", "CP932" },
  { "SHIFT-JIS", "CP932" },
  { "SJIS", "CP932" },
  { "MS_KANJI", "CP932" },
  { "WINDOWS-31J", "CP932" },
};

static gboolean
is_ascii (const char *bytes,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) bytes[i] >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "UTF-8") == 0 || g_ascii_strcasecmp (charset, "UTF8") == 0;
}

static const char *
iconv_name (const char *declared)
{
  for (guint i = 0; i < G_N_ELEMENTS (charset_aliases); i++)
    if (g_ascii_strcasecmp (declared, charset_aliases[i].declared) == 0)
      return charset_aliases[i].iconv;
  return declared;
}

static char *
convert (const char *bytes,
         gsize       length,
         const char *from)
{
  gsize written = 0;
  char *out = g_convert (bytes, length, "UTF-8", from, NULL, &written, NULL);

  /* A NUL in the value would end it early; valid UTF-8 all the same. */
  if (out != NULL && !g_utf8_validate_len (out, written, NULL))
    g_clear_pointer (&out, g_free);
  return out;
}

/* Never fails: every byte is a character in ISO-8859-1. */
static char *
convert_latin (const char *bytes,
               gsize       length)
{
  char *out = convert (bytes, length, "WINDOWS-1252");

  return out != NULL ? out : convert (bytes, length, "ISO-8859-1");
}

/* ---- the file's encoding ------------------------------------------------------ */

/* How much of the text beyond ASCII in @sample reads as common text in
 * an encoding, counted in bytes: pairs of bytes that are common characters
 * in a double-byte encoding (GB2312's characters and punctuation for
 * GB18030, Big5's common characters, Shift_JIS's), or single accented
 * letters among ASCII for Windows-1252. The encoding that reads the most
 * is the file's; other bytes do not count for it. */
typedef enum {
  GUESS_GB,
  GUESS_BIG5,
  GUESS_SJIS,
  GUESS_LATIN,
  N_GUESSES
} Guess;

static const char * const guess_names[N_GUESSES] = { "GB18030", "BIG5-HKSCS", "CP932", "WINDOWS-1252" };

static gboolean
is_common_pair (Guess  guess,
                guchar lead,
                guchar trail)
{
  switch (guess)
    {
    case GUESS_GB:
      /* Punctuation and full-width forms, then the Han characters. */
      return ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7)) && trail >= 0xa1 && trail <= 0xfe;
    case GUESS_BIG5:
      return lead >= 0xa1 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe));
    case GUESS_SJIS:
      return ((lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xef)) &&
             trail >= 0x40 && trail <= 0xfc && trail != 0x7f;
    case GUESS_LATIN:
    case N_GUESSES:
    default:
      return FALSE;
    }
}

static gsize
coverage (const char *sample,
          gsize       length,
          Guess       guess)
{
  const guchar *b = (const guchar *) sample;
  gsize covered = 0;

  for (gsize i = 0; i < length; )
    {
      if (b[i] < 0x80)
        i++;
      else if (guess == GUESS_LATIN)
        {
          /* A letter with an accent, alone between ASCII characters. */
          covered += b[i] >= 0xc0 && (i == 0 || b[i - 1] < 0x80) && (i + 1 == length || b[i + 1] < 0x80);
          i++;
        }
      else if (i + 1 < length && is_common_pair (guess, b[i], b[i + 1]))
        {
          covered += 2;
          i += 2;
        }
      else
        i++;
    }
  return covered;
}

/* Chinese from a phone that did not say so: most of it GB2312. */
static gboolean
looks_gb (const char *sample,
          gsize       length)
{
  gsize high = 0;

  for (gsize i = 0; i < length; i++)
    high += (guchar) sample[i] >= 0x80;
  return high > 0 && coverage (sample, length, GUESS_GB) * 10 >= high * 9;
}

static const char *
guess_encoding (const char *sample,
                gsize       length)
{
  gsize scores[N_GUESSES];
  gboolean tried[N_GUESSES] = { FALSE };

  for (guint g = 0; g < N_GUESSES; g++)
    scores[g] = coverage (sample, length, g);
  /* The best first, GB18030 before the others when they read as much. */
  for (guint round = 0; round < N_GUESSES; round++)
    {
      int best = -1;
      g_autofree char *converted = NULL;

      for (guint g = 0; g < N_GUESSES; g++)
        if (!tried[g] && (best < 0 || scores[g] > scores[best]))
          best = g;
      tried[best] = TRUE;
      if (best == GUESS_LATIN)
        break;
      converted = convert (sample, length, guess_names[best]);
      if (converted != NULL)
        return guess_names[best];
    }
  return guess_names[GUESS_LATIN];
}

/* Looks at the file line by line, after unfolding (a fold may cut a
 * character in two): whether most lines with more than ASCII are UTF-8,
 * and a sample of those that are not, without a CHARSET of their own, to
 * guess their encoding from. */
static void
survey (ZsVCardText *text)
{
  ZsVCardUnfolder u;
  g_autoptr(GString) sample = g_string_new (NULL);
  gsize n_utf8 = 0, n_other = 0;

  zs_vcard_unfolder_init (&u, text->data, text->length);
  while (zs_vcard_unfolder_next (&u))
    {
      const char *colon;
      g_autofree char *head = NULL;

      if (is_ascii (u.text->str, u.text->len))
        continue;
      if (g_utf8_validate_len (u.text->str, u.text->len, NULL))
        {
          n_utf8++;
          continue;
        }
      n_other++;
      colon = memchr (u.text->str, ':', u.text->len);
      head = g_ascii_strup (u.text->str, colon != NULL ? colon - u.text->str : (gssize) u.text->len);
      if (strstr (head, "CHARSET=") == NULL && sample->len < SAMPLE_BYTES)
        {
          if (sample->len > 0)
            g_string_append_c (sample, '\n');
          g_string_append_len (sample, u.text->str, u.text->len);
        }
    }
  zs_vcard_unfolder_clear (&u);

  /* A few lines a phone wrote in its own encoding do not make a UTF-8
   * file GB18030; a file in GB18030 has few lines that read as UTF-8. */
  text->is_utf8 = n_utf8 > n_other;
  if (sample->len > 0)
    text->encoding = guess_encoding (sample->str, sample->len);
}

void
zs_vcard_text_init (ZsVCardText *text,
                    const char  *data,
                    gsize        length)
{
  const char *utf16 = NULL;

  memset (text, 0, sizeof *text);

  /* UTF-16 with a byte order mark, or without one: "B\0E\0" or "\0B\0E". */
  if (length >= 2 && (guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
    utf16 = "UTF-16LE", data += 2, length -= 2;
  else if (length >= 2 && (guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)
    utf16 = "UTF-16BE", data += 2, length -= 2;
  else if (length >= 4 && data[0] != '\0' && data[1] == '\0' && data[3] == '\0')
    utf16 = "UTF-16LE";
  else if (length >= 4 && data[0] == '\0' && data[1] != '\0' && data[2] == '\0')
    utf16 = "UTF-16BE";
  if (utf16 != NULL)
    {
      gsize written = 0;

      text->converted = g_convert (data, length - length % 2, "UTF-8", utf16, NULL, &written, NULL);
      if (text->converted != NULL)
        {
          data = text->converted;
          length = written;
        }
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  text->data = data;
  text->length = length;
  text->is_utf8 = g_utf8_validate_len (data, length, NULL);
  if (!text->is_utf8)
    survey (text);
}

void
zs_vcard_text_clear (ZsVCardText *text)
{
  g_clear_pointer (&text->converted, g_free);
}

char *
zs_vcard_text_decode (ZsVCardText *text,
                      const char  *charset,
                      const char  *bytes,
                      gsize        length,
                      gboolean     from_qp)
{
  const char *nul = memchr (bytes, '\0', length);
  gboolean utf8;
  char *out;

  /* A NUL (quoted-printable "=00") would end the text early anyway. */
  if (nul != NULL)
    length = nul - bytes;
  utf8 = g_utf8_validate_len (bytes, length, NULL);
  if (is_ascii (bytes, length))
    return g_strndup (bytes, length);

  if (charset != NULL && !is_utf8_name (charset))
    {
      /* Written as text in a file that is UTF-8 throughout: the file was
       * saved again as UTF-8 and the parameter stayed. */
      if (utf8 && !from_qp && text->is_utf8)
        return g_strndup (bytes, length);
      if ((out = convert (bytes, length, iconv_name (charset))) != NULL)
        return out;
      if (utf8)
        return g_strndup (bytes, length);
    }
  else if (utf8 && (text->is_utf8 || from_qp || charset != NULL))
    return g_strndup (bytes, length);

  /* In a file mostly not in UTF-8, a value without a CHARSET is in the
   * file's encoding, even when its bytes happen to be valid UTF-8. */
  if (text->encoding != NULL && (out = convert (bytes, length, text->encoding)) != NULL)
    return out;
  if (utf8)
    return g_strndup (bytes, length);
  /* Quoted-printable without a CHARSET in a UTF-8 file: a phone wrote its
   * own encoding; Chinese phones GB18030. */
  if (looks_gb (bytes, length) && (out = convert (bytes, length, "GB18030")) != NULL)
    return out;
  return convert_latin (bytes, length);
}
