/* zs-vcard-lines.c — a vCard file as logical lines, a line as a property
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Works on the file's bytes: lines are joined before anything is decoded,
 * so a fold that cuts a character in two (sabre/vobject, as ownCloud and
 * Nextcloud write) joins it again, and a value is decoded only when a card
 * uses it. Each step is linear in the length of the line.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-vcard-private.h"

/* ---- physical lines to logical ones --------------------------------------------- */

void
zs_vcard_unfolder_init (ZsVCardUnfolder *u,
                        const char      *data,
                        gsize            length)
{
  memset (u, 0, sizeof *u);
  u->start = data;
  u->p = data;
  u->end = data + length;
  u->text = g_string_new (NULL);
}

void
zs_vcard_unfolder_clear (ZsVCardUnfolder *u)
{
  if (u->text != NULL)
    g_string_free (u->text, TRUE);
  u->text = NULL;
}

double
zs_vcard_unfolder_fraction (ZsVCardUnfolder *u)
{
  return u->end > u->start ? (double) (u->p - u->start) / (double) (u->end - u->start) : 1.0;
}

static gboolean
read_physical (ZsVCardUnfolder  *u,
               const char      **line,
               gsize            *length,
               int              *number)
{
  const char *eol;
  gsize n;

  if (u->p >= u->end)
    return FALSE;
  eol = memchr (u->p, '\n', u->end - u->p);
  n = (eol != NULL ? eol : u->end) - u->p;
  if (n > 0 && u->p[n - 1] == '\r')
    n--;
  *line = u->p;
  *length = n;
  *number = ++u->number;
  u->p = eol != NULL ? eol + 1 : u->end;
  return TRUE;
}

/* Whether the line being joined has a quoted-printable value: known once
 * its colon has been read. */
static gboolean
is_quoted_printable (ZsVCardUnfolder *u)
{
  const char *colon;
  g_autofree char *head = NULL;

  if (u->qp >= 0)
    return u->qp;
  colon = memchr (u->text->str, ':', u->text->len);
  if (colon == NULL)
    return FALSE;
  head = g_ascii_strup (u->text->str, colon - u->text->str);
  u->qp = strstr (head, "QUOTED-PRINTABLE") != NULL;
  return u->qp;
}

gboolean
zs_vcard_unfolder_next (ZsVCardUnfolder *u)
{
  const char *line;
  gsize n;
  int number;

  if (u->next != NULL)
    {
      line = u->next;
      n = u->next_length;
      number = u->next_number;
      u->next = NULL;
    }
  else if (!read_physical (u, &line, &n, &number))
    return FALSE;

  g_string_truncate (u->text, 0);
  g_string_append_len (u->text, line, n);
  u->line = number;
  u->qp = -1;

  while (read_physical (u, &line, &n, &number))
    {
      /* A 2.1 quoted-printable value that ends in "=" goes on on the next
       * line, whatever that line begins with. */
      if (u->text->len > 0 && u->text->str[u->text->len - 1] == '=' && is_quoted_printable (u))
        {
          g_string_truncate (u->text, u->text->len - 1);
          g_string_append_len (u->text, line, n);
        }
      /* A line starting with a space or tab continues the one before it
       * (RFC 6350 3.2); the space is not part of the value. */
      else if (n > 0 && (line[0] == ' ' || line[0] == '\t'))
        g_string_append_len (u->text, line + 1, n - 1);
      else
        {
          u->next = line;
          u->next_length = n;
          u->next_number = number;
          break;
        }
    }
  return TRUE;
}

/* ---- a logical line to a property ------------------------------------------------ */

void
zs_vcard_property_clear (ZsVCardProperty *prop)
{
  g_clear_pointer (&prop->name, g_free);
  g_clear_pointer (&prop->params, g_ptr_array_unref);
  g_clear_pointer (&prop->value, g_free);
}

char *
zs_vcard_line_start (const char *text)
{
  /* Never cut inside a character (a Chinese one is three bytes). */
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);
      char *start = g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, 160), 40));

      g_free (valid);
      return start;
    }
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 160), 40));
}

const char *
zs_vcard_param (ZsVCardProperty *prop,
                const char      *key)
{
  for (guint i = 0; i + 1 < prop->params->len; i += 2)
    if (strcmp (g_ptr_array_index (prop->params, i), key) == 0)
      return g_ptr_array_index (prop->params, i + 1);
  return NULL;
}

gboolean
zs_vcard_has_type (ZsVCardProperty *prop,
                   const char      *type)
{
  gsize n = strlen (type);

  for (guint i = 0; i + 1 < prop->params->len; i += 2)
    {
      const char *values = g_ptr_array_index (prop->params, i + 1);

      if (strcmp (g_ptr_array_index (prop->params, i), "TYPE") != 0)
        continue;
      /* "cell,voice", each value possibly with spaces around it. */
      for (const char *v = values; *v != '\0'; )
        {
          const char *comma = strchr (v, ',');
          const char *stop = comma != NULL ? comma : v + strlen (v);

          while (v < stop && g_ascii_isspace (*v))
            v++;
          while (stop > v && g_ascii_isspace (stop[-1]))
            stop--;
          if ((gsize) (stop - v) == n && g_ascii_strncasecmp (v, type, n) == 0)
            return TRUE;
          if (comma == NULL)
            break;
          v = comma + 1;
        }
    }
  return FALSE;
}

static gboolean
has_param_value (ZsVCardProperty *prop,
                 const char      *key,
                 const char      *value)
{
  const char *v = zs_vcard_param (prop, key);

  return v != NULL && g_ascii_strcasecmp (v, value) == 0;
}

gboolean
zs_vcard_property_parse (ZsVCardProperty  *prop,
                         GString          *text,
                         int               line,
                         char            **reason)
{
  const char *start = text->str;
  const char *end = text->str + text->len;
  const char *p = start;
  const char *name_end;
  const char *dot;

  memset (prop, 0, sizeof *prop);
  prop->line = line;
  prop->params = g_ptr_array_new_with_free_func (g_free);

  while (p < end && *p != ';' && *p != ':')
    p++;
  name_end = p;
  /* "item1.TEL": the group only ties properties together for display. */
  for (dot = name_end; dot > start && dot[-1] != '.'; dot--)
    ;
  if (dot == name_end)
    {
      *reason = g_strdup (_("The line has no property name."));
      return FALSE;
    }
  /* Whatever the name, it is kept: names the app does not use (even
   * "X-messaging/twitter-All") are ignored, not refused. */
  prop->name = g_ascii_strup (dot, name_end - dot);

  while (p < end && *p == ';')
    {
      const char *key_start = ++p;
      g_autofree char *key = NULL;
      GString *value = g_string_new (NULL);

      while (p < end && *p != '=' && *p != ';' && *p != ':')
        p++;
      key = g_ascii_strup (key_start, p - key_start);
      if (p < end && *p == '=')
        {
          p++;
          /* A value may be quoted, or a list: TYPE="cell,voice", TYPE=cell,voice. */
          while (p < end && *p != ';' && *p != ':')
            {
              if (*p == '"')
                {
                  const char *close = memchr (p + 1, '"', end - p - 1);

                  if (close == NULL)
                    {
                      g_autofree char *shown = zs_vcard_line_start (key);

                      g_string_free (value, TRUE);
                      *reason = g_strdup_printf (_("The parameter “%s” has no closing quote."), shown);
                      return FALSE;
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

  if (p >= end || *p != ':')
    {
      g_autofree char *shown = zs_vcard_line_start (start);

      *reason = g_strdup_printf (_("“%s” has no colon between the property and its value."), shown);
      return FALSE;
    }
  prop->raw = p + 1;
  prop->raw_length = end - prop->raw;

  /* 2.1 also writes the encoding bare: NOTE;QUOTED-PRINTABLE:… */
  prop->qp = has_param_value (prop, "ENCODING", "QUOTED-PRINTABLE") || zs_vcard_has_type (prop, "QUOTED-PRINTABLE");
  prop->binary = has_param_value (prop, "ENCODING", "B") || has_param_value (prop, "ENCODING", "BASE64") ||
                 zs_vcard_has_type (prop, "BASE64");
  return TRUE;
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

static GString *
decode_quoted_printable (const char *text,
                         gsize       length)
{
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '=' && i + 2 < length && hex_value (text[i + 1]) >= 0 && hex_value (text[i + 2]) >= 0)
        {
          g_string_append_c (out, (char) (hex_value (text[i + 1]) * 16 + hex_value (text[i + 2])));
          i += 2;
        }
      else
        g_string_append_c (out, text[i]);
    }
  return out;
}

void
zs_vcard_property_decode (ZsVCardProperty *prop,
                          ZsVCardText     *text)
{
  const char *charset = zs_vcard_param (prop, "CHARSET");

  if (prop->value != NULL)
    return;
  if (prop->qp)
    {
      g_autoptr(GString) bytes = decode_quoted_printable (prop->raw, prop->raw_length);

      prop->value = zs_vcard_text_decode (text, charset, bytes->str, bytes->len, TRUE);
    }
  else
    prop->value = zs_vcard_text_decode (text, charset, prop->raw, prop->raw_length, FALSE);
}

/* ---- values ------------------------------------------------------------------------- */

/* Unescapes @length bytes of @text into @out: \n is a line break, \, \; \\
 * the character; a line break written as CR LF or CR (2.1 notes,
 * quoted-printable =0D=0A) is "\n" too, so that a note reads back the same. */
static void
append_unescaped (GString    *out,
                  const char *text,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\\' && i + 1 < length)
        {
          char c = text[++i];

          g_string_append_c (out, c == 'n' || c == 'N' ? '\n' : c);
        }
      else if (text[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else
        g_string_append_c (out, text[i]);
    }
}

char *
zs_vcard_text_value (ZsVCardProperty *prop)
{
  GString *out = g_string_sized_new (strlen (prop->value));

  append_unescaped (out, prop->value, strlen (prop->value));
  return g_strstrip (g_string_free (out, FALSE));
}

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
          GString *part = g_string_sized_new (p - start);

          append_unescaped (part, start, p - start);
          g_strv_builder_add (parts, g_strstrip (part->str));
          g_string_free (part, TRUE);
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return g_strv_builder_end (parts);
}

const char *
zs_vcard_part (GStrv parts,
               guint index)
{
  for (guint i = 0; i <= index; i++)
    if (parts[i] == NULL)
      return "";
  return parts[index];
}
