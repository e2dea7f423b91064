/* zs-vcard-lines.c — a vCard file as lines and properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-vcard-private.h"

/* ---- reading: lines --------------------------------------------------------- */


void
zs_vcard_line_free (gpointer data)
{
  ZsVCardLine *l = data;

  g_string_free (l->text, TRUE);
  g_free (l);
}

/* A 2.1 value in quoted-printable that ends in "=" goes on on the next line. */
static gboolean
continues_quoted_printable (GString *text)
{
  const char *colon = strchr (text->str, ':');
  g_autofree char *head = NULL;

  if (colon == NULL || text->len == 0 || text->str[text->len - 1] != '=')
    return FALSE;
  head = g_ascii_strup (text->str, colon - text->str);
  return strstr (head, "QUOTED-PRINTABLE") != NULL;
}

/* Physical lines to logical ones: a line starting with a space or tab
 * continues the one before it (RFC 6350 3.2). */
GPtrArray *
zs_vcard_unfold (const char *data,
        gsize       length)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (zs_vcard_line_free);
  ZsVCardLine *current = NULL;
  const char *p = data;
  const char *end = data + length;
  int number = 0;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *next = eol != NULL ? eol + 1 : end;
      gsize n = (eol != NULL ? eol : end) - p;

      number++;
      if (n > 0 && p[n - 1] == '\r')
        n--;

      if (current != NULL && n > 0 && (p[0] == ' ' || p[0] == '\t'))
        g_string_append_len (current->text, p + 1, n - 1);
      else if (current != NULL && continues_quoted_printable (current->text))
        {
          g_string_truncate (current->text, current->text->len - 1);
          g_string_append_len (current->text, p, n);
        }
      else
        {
          current = g_new0 (ZsVCardLine, 1);
          current->line = number;
          current->text = g_string_new_len (p, n);
          g_ptr_array_add (lines, current);
        }
      p = next;
    }
  return lines;
}

/* ---- reading: one property ------------------------------------------------------ */


void
zs_vcard_property_clear (ZsVCardProperty *prop)
{
  g_free (prop->name);
  g_clear_pointer (&prop->params, g_ptr_array_unref);
  g_free (prop->value);
}


/* The start of a line for a message: at most 40 characters, never cut
 * inside one (a Chinese character is three bytes). */
char *
zs_vcard_line_start (const char *text)
{
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));
}

gboolean
zs_vcard_parse_error (GError **error,
             int      line,
             char    *reason)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("Line %d: %s"), line, reason);
  g_free (reason);
  return FALSE;
}

const char *
zs_vcard_param (ZsVCardProperty   *prop,
       const char *key)
{
  for (guint i = 0; i + 1 < prop->params->len; i += 2)
    if (strcmp (g_ptr_array_index (prop->params, i), key) == 0)
      return g_ptr_array_index (prop->params, i + 1);
  return NULL;
}

/* TYPE=cell,voice or TYPE=CELL;TYPE=VOICE or a bare 2.1 CELL. */
gboolean
zs_vcard_has_type (ZsVCardProperty   *prop,
          const char *type)
{
  for (guint i = 0; i + 1 < prop->params->len; i += 2)
    {
      g_auto(GStrv) values = NULL;

      if (strcmp (g_ptr_array_index (prop->params, i), "TYPE") != 0)
        continue;
      values = g_strsplit (g_ptr_array_index (prop->params, i + 1), ",", -1);
      for (guint v = 0; values[v] != NULL; v++)
        if (g_ascii_strcasecmp (g_strstrip (values[v]), type) == 0)
          return TRUE;
    }
  return FALSE;
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

static char *
decode_quoted_printable (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '=' && hex_value (p[1]) >= 0 && hex_value (p[2]) >= 0)
        {
          g_string_append_c (out, (char) (hex_value (p[1]) * 16 + hex_value (p[2])));
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

gboolean
zs_vcard_parse_property (ZsVCardLine  *line,
                ZsVCardProperty     *prop,
                GError      **error)
{
  const char *p = line->text->str;
  const char *start = p;
  g_autofree char *shown = zs_vcard_line_start (start);
  const char *encoding;
  const char *charset;
  g_autofree char *raw_name = NULL;
  const char *dot;

  prop->line = line->line;
  prop->params = g_ptr_array_new_with_free_func (g_free);

  while (*p != '\0' && *p != ';' && *p != ':')
    p++;
  if (*p == '\0')
    return zs_vcard_parse_error (error, line->line,
                        g_strdup_printf (_("“%s” has no colon between the property and its value."), shown));

  raw_name = g_strndup (start, p - start);
  /* "item1.TEL": the group only ties properties together for display. */
  dot = strrchr (raw_name, '.');
  prop->name = g_ascii_strup (dot != NULL ? dot + 1 : raw_name, -1);
  for (const char *c = prop->name; *c != '\0'; c++)
    if (!is_name_char (*c))
      {
        g_autofree char *shown_name = zs_vcard_line_start (raw_name);

        return zs_vcard_parse_error (error, line->line, g_strdup_printf (_("“%s” is not a property name."), shown_name));
      }
  if (*prop->name == '\0')
    return zs_vcard_parse_error (error, line->line, g_strdup (_("The line has no property name.")));

  while (*p == ';')
    {
      const char *key_start = ++p;
      g_autofree char *key = NULL;
      GString *value = g_string_new (NULL);

      while (*p != '\0' && *p != '=' && *p != ';' && *p != ':')
        p++;
      key = g_ascii_strup (key_start, p - key_start);
      if (*p == '=')
        {
          p++;
          /* A value may be quoted, or a list: TYPE="cell,voice", TYPE=cell,voice. */
          while (*p != '\0' && *p != ';' && *p != ':')
            {
              if (*p == '"')
                {
                  const char *close = strchr (p + 1, '"');

                  if (close == NULL)
                    {
                      g_string_free (value, TRUE);
                      return zs_vcard_parse_error (error, line->line,
                                          g_strdup_printf (_("The parameter “%s” has no closing quote."), key));
                    }
                  g_string_append_len (value, p + 1, close - p - 1);
                  p = close + 1;
                }
              else
                g_string_append_c (value, *p++);
            }
          g_ptr_array_add (prop->params, g_steal_pointer (&key));
        }
      else
        {
          /* vCard 2.1 writes bare types: TEL;CELL;VOICE. */
          g_string_append (value, key);
          g_ptr_array_add (prop->params, g_strdup ("TYPE"));
        }
      g_ptr_array_add (prop->params, g_string_free (value, FALSE));
    }

  if (*p != ':')
    return zs_vcard_parse_error (error, line->line,
                        g_strdup_printf (_("“%s” has no colon between the property and its value."), shown));
  p++;

  charset = zs_vcard_param (prop, "CHARSET");
  if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") != 0 && g_ascii_strcasecmp (charset, "UTF8") != 0)
    return zs_vcard_parse_error (error, line->line,
                        g_strdup_printf (_("The text is in the character set “%s”. Save the file as UTF-8 and import it again."),
                                         charset));

  /* 2.1 also writes the encoding bare: NOTE;QUOTED-PRINTABLE:… */
  encoding = zs_vcard_param (prop, "ENCODING");
  if (encoding == NULL && zs_vcard_has_type (prop, "QUOTED-PRINTABLE"))
    encoding = "QUOTED-PRINTABLE";
  if (encoding == NULL && zs_vcard_has_type (prop, "BASE64"))
    encoding = "BASE64";
  if (encoding != NULL && (g_ascii_strcasecmp (encoding, "B") == 0 || g_ascii_strcasecmp (encoding, "BASE64") == 0))
    {
      prop->binary = TRUE;
      prop->value = g_strdup ("");
      return TRUE;
    }
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "QUOTED-PRINTABLE") == 0)
    prop->value = decode_quoted_printable (p);
  else
    prop->value = g_strdup (p);

  if (!g_utf8_validate (prop->value, -1, NULL))
    return zs_vcard_parse_error (error, line->line,
                        g_strdup (_("The text is not UTF-8. Save the file as UTF-8 and import it again.")));
  return TRUE;
}

/* ---- reading: values ----------------------------------------------------------- */

char *
zs_vcard_unescape (const char *text,
          gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length)
        {
          char c = text[++i];

          g_string_append_c (out, c == 'n' || c == 'N' ? '\n' : c);
        }
      else
        g_string_append_c (out, text[i]);
    }
  return g_string_free (out, FALSE);
}

/* Splits at @separator where it is not escaped, unescaping each part. */
GStrv
zs_vcard_split_value (const char *text,
             char        separator)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  const char *start = text;

  for (const char *p = text; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == separator || *p == '\0')
        {
          g_autofree char *part = zs_vcard_unescape (start, p - start);

          g_strv_builder_add (parts, g_strstrip (part));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return g_strv_builder_end (parts);
}

char *
zs_vcard_text_value (ZsVCardProperty *prop)
{
  char *text = zs_vcard_unescape (prop->value, strlen (prop->value));

  return g_strstrip (text);
}

const char *
zs_vcard_part (GStrv  parts,
      guint  index)
{
  return index < g_strv_length (parts) ? parts[index] : "";
}

