/* zs-vcard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-vcard.h"

/* Separators the app writes between several numbers or addresses in one
 * field, and those clerks type. */
#define LIST_SEPARATOR "、"

/* ---- reading: lines --------------------------------------------------------- */

typedef struct {
  int      line;     /* of the first physical line */
  GString *text;
} LogicalLine;

static void
logical_line_free (gpointer data)
{
  LogicalLine *l = data;

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
static GPtrArray *
unfold (const char *data,
        gsize       length)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (logical_line_free);
  LogicalLine *current = NULL;
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
          current = g_new0 (LogicalLine, 1);
          current->line = number;
          current->text = g_string_new_len (p, n);
          g_ptr_array_add (lines, current);
        }
      p = next;
    }
  return lines;
}

/* ---- reading: one property ------------------------------------------------------ */

typedef struct {
  int        line;
  char      *name;     /* upper case, without a group */
  GPtrArray *params;   /* key (upper case), value, key, value … */
  char      *value;    /* decoded from quoted-printable, still escaped */
  gboolean   binary;   /* base64 data (a photo): not for us */
} Property;

static void
property_clear (Property *prop)
{
  g_free (prop->name);
  g_clear_pointer (&prop->params, g_ptr_array_unref);
  g_free (prop->value);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Property, property_clear)

/* The start of a line for a message: at most 40 characters, never cut
 * inside one (a Chinese character is three bytes). */
static char *
line_start (const char *text)
{
  return g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));
}

static gboolean
parse_error (GError **error,
             int      line,
             char    *reason)
{
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("Line %d: %s"), line, reason);
  g_free (reason);
  return FALSE;
}

static const char *
param (Property   *prop,
       const char *key)
{
  for (guint i = 0; i + 1 < prop->params->len; i += 2)
    if (strcmp (g_ptr_array_index (prop->params, i), key) == 0)
      return g_ptr_array_index (prop->params, i + 1);
  return NULL;
}

/* TYPE=cell,voice or TYPE=CELL;TYPE=VOICE or a bare 2.1 CELL. */
static gboolean
has_type (Property   *prop,
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

static gboolean
parse_property (LogicalLine  *line,
                Property     *prop,
                GError      **error)
{
  const char *p = line->text->str;
  const char *start = p;
  g_autofree char *shown = line_start (start);
  const char *encoding;
  const char *charset;
  g_autofree char *raw_name = NULL;
  const char *dot;

  prop->line = line->line;
  prop->params = g_ptr_array_new_with_free_func (g_free);

  while (*p != '\0' && *p != ';' && *p != ':')
    p++;
  if (*p == '\0')
    return parse_error (error, line->line,
                        g_strdup_printf (_("“%s” has no colon between the property and its value."), shown));

  raw_name = g_strndup (start, p - start);
  /* "item1.TEL": the group only ties properties together for display. */
  dot = strrchr (raw_name, '.');
  prop->name = g_ascii_strup (dot != NULL ? dot + 1 : raw_name, -1);
  for (const char *c = prop->name; *c != '\0'; c++)
    if (!is_name_char (*c))
      {
        g_autofree char *shown_name = line_start (raw_name);

        return parse_error (error, line->line, g_strdup_printf (_("“%s” is not a property name."), shown_name));
      }
  if (*prop->name == '\0')
    return parse_error (error, line->line, g_strdup (_("The line has no property name.")));

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
                      return parse_error (error, line->line,
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
    return parse_error (error, line->line,
                        g_strdup_printf (_("“%s” has no colon between the property and its value."), shown));
  p++;

  charset = param (prop, "CHARSET");
  if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") != 0 && g_ascii_strcasecmp (charset, "UTF8") != 0)
    return parse_error (error, line->line,
                        g_strdup_printf (_("The text is in the character set “%s”. Save the file as UTF-8 and import it again."),
                                         charset));

  /* 2.1 also writes the encoding bare: NOTE;QUOTED-PRINTABLE:… */
  encoding = param (prop, "ENCODING");
  if (encoding == NULL && has_type (prop, "QUOTED-PRINTABLE"))
    encoding = "QUOTED-PRINTABLE";
  if (encoding == NULL && has_type (prop, "BASE64"))
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
    return parse_error (error, line->line,
                        g_strdup (_("The text is not UTF-8. Save the file as UTF-8 and import it again.")));
  return TRUE;
}

/* ---- reading: values ----------------------------------------------------------- */

static char *
unescape (const char *text,
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
static GStrv
split_value (const char *text,
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
          g_autofree char *part = unescape (start, p - start);

          g_strv_builder_add (parts, g_strstrip (part));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return g_strv_builder_end (parts);
}

static char *
text_value (Property *prop)
{
  char *text = unescape (prop->value, strlen (prop->value));

  return g_strstrip (text);
}

static const char *
part (GStrv  parts,
      guint  index)
{
  return index < g_strv_length (parts) ? parts[index] : "";
}

/* ---- reading: cards ---------------------------------------------------------------- */

typedef struct {
  int        line;
  char      *version;
  char      *fn;
  char      *n_name;
  char      *org;
  char      *title;
  char      *role;
  char      *city;
  gboolean   city_is_work;
  char      *notes;
  char      *wechat;
  char      *uid;
  char      *kind;
  char      *native_place;
  char      *appointed;
  GPtrArray *categories;
  GPtrArray *mobiles;
  GPtrArray *phones;       /* the other numbers */
  GPtrArray *emails;
} Card;

static Card *
card_new (int line)
{
  Card *card = g_new0 (Card, 1);

  card->line = line;
  card->categories = g_ptr_array_new_with_free_func (g_free);
  card->mobiles = g_ptr_array_new_with_free_func (g_free);
  card->phones = g_ptr_array_new_with_free_func (g_free);
  card->emails = g_ptr_array_new_with_free_func (g_free);
  return card;
}

static void
card_free (Card *card)
{
  g_free (card->version);
  g_free (card->fn);
  g_free (card->n_name);
  g_free (card->org);
  g_free (card->title);
  g_free (card->role);
  g_free (card->city);
  g_free (card->notes);
  g_free (card->wechat);
  g_free (card->uid);
  g_free (card->kind);
  g_free (card->native_place);
  g_free (card->appointed);
  g_ptr_array_unref (card->categories);
  g_ptr_array_unref (card->mobiles);
  g_ptr_array_unref (card->phones);
  g_ptr_array_unref (card->emails);
  g_free (card);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Card, card_free)

static gboolean
is_han (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return *text != '\0';
}

/* N is family;given;additional;prefix;suffix. A Chinese name is family
 * then given with no space (张;三 → 张三); others given, then family. */
static char *
name_from_n (const char *value)
{
  g_auto(GStrv) parts = split_value (value, ';');
  const char *family = part (parts, 0);
  const char *given = part (parts, 1);

  if (*family == '\0' || *given == '\0')
    return g_strconcat (family, given, NULL);
  if (is_han (family) && is_han (given))
    return g_strconcat (family, given, NULL);
  return g_strconcat (given, " ", family, NULL);
}

static void
set_once (char       **field,
          const char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = g_strdup (value);
}

static void
add_unique (GPtrArray  *list,
            const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), value) == 0)
      return;
  g_ptr_array_add (list, g_strdup (value));
}

static void
take_property (Card     *card,
               Property *prop)
{
  g_autofree char *text = NULL;

  if (prop->binary)
    return;
  text = text_value (prop);

  if (strcmp (prop->name, "FN") == 0)
    set_once (&card->fn, text);
  else if (strcmp (prop->name, "N") == 0)
    {
      g_autofree char *name = name_from_n (prop->value);

      set_once (&card->n_name, name);
    }
  else if (strcmp (prop->name, "ORG") == 0)
    {
      g_auto(GStrv) parts = split_value (prop->value, ';');

      set_once (&card->org, part (parts, 0));
    }
  else if (strcmp (prop->name, "TITLE") == 0)
    set_once (&card->title, text);
  else if (strcmp (prop->name, "ROLE") == 0)
    set_once (&card->role, text);
  else if (strcmp (prop->name, "TEL") == 0)
    {
      /* vCard 4.0 may write a tel: URI. */
      const char *number = g_str_has_prefix (text, "tel:") ? text + 4 : text;

      /* Mobiles first: the number a clerk calls. */
      add_unique (has_type (prop, "cell") ? card->mobiles : card->phones, number);
    }
  else if (strcmp (prop->name, "EMAIL") == 0)
    add_unique (card->emails, text);
  else if (strcmp (prop->name, "ADR") == 0)
    {
      g_auto(GStrv) parts = split_value (prop->value, ';');
      const char *city = *part (parts, 3) != '\0' ? part (parts, 3) : part (parts, 4);
      gboolean work = has_type (prop, "work");

      /* A work address says more about a partner than a home one. */
      if (*city != '\0' && (card->city == NULL || (work && !card->city_is_work)))
        {
          g_free (card->city);
          card->city = g_strdup (city);
          card->city_is_work = work;
        }
    }
  else if (strcmp (prop->name, "NOTE") == 0)
    set_once (&card->notes, text);
  else if (strcmp (prop->name, "X-WECHAT") == 0 || strcmp (prop->name, "X-WEIXIN") == 0)
    set_once (&card->wechat, text);
  else if (strcmp (prop->name, "IMPP") == 0)
    {
      if (g_str_has_prefix (text, "weixin:") || g_str_has_prefix (text, "wechat:"))
        set_once (&card->wechat, strchr (text, ':') + 1);
    }
  else if (strcmp (prop->name, "UID") == 0)
    {
      const char *uuid = g_str_has_prefix (text, "urn:uuid:") ? text + 9 : text;

      if (g_uuid_string_is_valid (uuid))
        set_once (&card->uid, uuid);
    }
  else if (strcmp (prop->name, "CATEGORIES") == 0)
    {
      g_auto(GStrv) parts = split_value (prop->value, ',');

      for (guint i = 0; parts[i] != NULL; i++)
        add_unique (card->categories, parts[i]);
    }
  else if (strcmp (prop->name, "X-ZHAOSHANG-KIND") == 0)
    set_once (&card->kind, text);
  else if (strcmp (prop->name, "X-ZHAOSHANG-NATIVE-PLACE") == 0)
    set_once (&card->native_place, text);
  else if (strcmp (prop->name, "X-ZHAOSHANG-APPOINTED") == 0)
    {
      if (zs_date_is_valid (text))
        set_once (&card->appointed, text);
    }
}

static ZsPartnerKind
card_kind (Card          *card,
           ZsPartnerKind  default_kind)
{
  int kind;
  guint n = zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND);

  if (zs_enum_from_nick (ZS_TYPE_PARTNER_KIND, card->kind, &kind))
    return kind;
  /* A phone's group named like a kind: "首席代表", "Chief representative". */
  for (guint c = 0; c < card->categories->len; c++)
    for (guint k = 0; k < n; k++)
      if (g_utf8_collate (g_ptr_array_index (card->categories, c), zs_enum_get_label (ZS_TYPE_PARTNER_KIND, k)) == 0 ||
          g_ascii_strcasecmp (g_ptr_array_index (card->categories, c), zs_enum_get_msgid (ZS_TYPE_PARTNER_KIND, k)) == 0)
        return k;
  return default_kind;
}

static char *
join_list (GPtrArray *list)
{
  if (list->len == 0)
    return NULL;
  g_ptr_array_add (list, NULL);
  return g_strjoinv (LIST_SEPARATOR, (char **) list->pdata);
}

static ZsPartner *
card_to_partner (Card          *card,
                 ZsPartnerKind  default_kind)
{
  ZsPartner *partner = zs_partner_new ();
  ZsRecord *r = ZS_RECORD (partner);
  g_autofree char *phones = NULL;
  g_autofree char *emails = join_list (card->emails);

  for (guint i = 0; i < card->phones->len; i++)
    add_unique (card->mobiles, g_ptr_array_index (card->phones, i));
  phones = join_list (card->mobiles);

  zs_record_set_string (r, ZS_PARTNER_NAME, card->fn != NULL ? card->fn : card->n_name);
  zs_record_set_enum (r, ZS_PARTNER_KIND, card_kind (card, default_kind));
  zs_record_set_string (r, ZS_PARTNER_ORGANISATION, card->org);
  zs_record_set_string (r, ZS_PARTNER_TITLE, card->title != NULL ? card->title : card->role);
  zs_record_set_string (r, ZS_PARTNER_CITY, card->city);
  zs_record_set_string (r, ZS_PARTNER_NATIVE_PLACE, card->native_place);
  zs_record_set_string (r, ZS_PARTNER_PHONE, phones);
  zs_record_set_string (r, ZS_PARTNER_EMAIL, emails);
  zs_record_set_string (r, ZS_PARTNER_WECHAT, card->wechat);
  zs_record_set_string (r, ZS_PARTNER_APPOINTED_DATE, card->appointed);
  zs_record_set_string (r, ZS_PARTNER_NOTES, card->notes);
  if (card->uid != NULL)
    {
      g_autofree char *uuid = g_ascii_strdown (card->uid, -1);

      zs_record_set_uuid (r, uuid);
    }
  return partner;
}

static gboolean
finish_card (Card      *card,
             int        end_line,
             GError   **error)
{
  if (card->version == NULL)
    return parse_error (error, card->line,
                        g_strdup (_("The card has no VERSION line (2.1, 3.0 or 4.0).")));
  if (card->fn == NULL && card->n_name == NULL)
    return parse_error (error, card->line,
                        g_strdup_printf (_("The card ending on line %d has no name (FN or N)."), end_line));
  return TRUE;
}

GPtrArray *
zs_vcard_read (const char     *data,
               gsize           length,
               ZsPartnerKind   default_kind,
               GArray        **lines,
               GError        **error)
{
  g_autoptr(GPtrArray) logical = NULL;
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(Card) card = NULL;
  const char *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > ZS_VCARD_MAX_BYTES)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("The file is larger than %d MB; split it into smaller files."),
                   ZS_VCARD_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, &invalid))
    {
      int line = 1;

      for (const char *p = data; p < invalid; p++)
        line += *p == '\n';
      parse_error (error, line, g_strdup (_("The text is not UTF-8. Save the file as UTF-8 and import it again.")));
      return NULL;
    }

  logical = unfold (data, length);
  for (guint i = 0; i < logical->len; i++)
    {
      LogicalLine *line = g_ptr_array_index (logical, i);
      g_auto(Property) prop = { 0 };

      g_strchomp (line->text->str);
      line->text->len = strlen (line->text->str);
      if (line->text->len == 0)
        continue;

      if (!parse_property (line, &prop, error))
        return NULL;

      if (strcmp (prop.name, "BEGIN") == 0)
        {
          g_autofree char *what = text_value (&prop);

          if (g_ascii_strcasecmp (what, "VCARD") != 0)
            {
              parse_error (error, line->line,
                           g_strdup_printf (_("“BEGIN:%s” is not a contact card; this is not a vCard file."), what));
              return NULL;
            }
          if (card != NULL)
            {
              parse_error (error, line->line,
                           g_strdup_printf (_("A new card begins before the card of line %d has ended (END:VCARD is missing)."),
                                            card->line));
              return NULL;
            }
          if (partners->len >= ZS_VCARD_MAX_CARDS)
            {
              parse_error (error, line->line,
                           g_strdup_printf (_("The file holds more than %d cards; split it into smaller files."),
                                            ZS_VCARD_MAX_CARDS));
              return NULL;
            }
          card = card_new (line->line);
          continue;
        }

      if (card == NULL)
        {
          g_autofree char *shown = line_start (line->text->str);

          parse_error (error, line->line,
                       strcmp (prop.name, "END") == 0
                       ? g_strdup (_("END:VCARD without a BEGIN:VCARD before it."))
                       : g_strdup_printf (_("“%s” is outside a card (BEGIN:VCARD … END:VCARD)."), shown));
          return NULL;
        }

      if (strcmp (prop.name, "END") == 0)
        {
          if (!finish_card (card, line->line, error))
            return NULL;
          g_ptr_array_add (partners, card_to_partner (card, default_kind));
          g_array_append_val (starts, card->line);
          g_clear_pointer (&card, card_free);
          continue;
        }

      if (strcmp (prop.name, "VERSION") == 0)
        {
          g_autofree char *version = text_value (&prop);

          if (strcmp (version, "2.1") != 0 && strcmp (version, "3.0") != 0 && strcmp (version, "4.0") != 0)
            {
              parse_error (error, line->line,
                           g_strdup_printf (_("vCard version “%s” is not supported (2.1, 3.0 and 4.0 are)."), version));
              return NULL;
            }
          set_once (&card->version, version);
          continue;
        }

      take_property (card, &prop);
    }

  if (card != NULL)
    {
      parse_error (error, card->line, g_strdup (_("The card that begins here has no END:VCARD.")));
      return NULL;
    }
  if (partners->len == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("The file holds no contact cards (BEGIN:VCARD … END:VCARD)."));
      return NULL;
    }

  if (lines != NULL)
    *lines = g_steal_pointer (&starts);
  return g_steal_pointer (&partners);
}

/* ---- writing -------------------------------------------------------------------- */

GStrv
zs_vcard_split_list (const char *text)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  g_autofree char *copy = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (items);

  /* One ASCII separator for all the ones people use. */
  {
    g_autoptr(GString) s = g_string_new (text);

    g_string_replace (s, LIST_SEPARATOR, ";", 0);
    g_string_replace (s, "，", ";", 0);
    g_string_replace (s, "；", ";", 0);
    g_string_replace (s, ",", ";", 0);
    g_string_replace (s, "/", ";", 0);
    copy = g_string_free (g_steal_pointer (&s), FALSE);
  }
  parts = g_strsplit (copy, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (items, parts[i]);
  return g_strv_builder_end (items);
}

/* Family names of two characters. */
static const char * const compound_surnames[] = {
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙",
  "长孙", "宇文", "司徒", "司空", "夏侯", "端木", "轩辕", "呼延", "南宫", "西门",
  "独孤", "万俟", "闻人", "澹台", "公羊", "赫连", "钟离", "百里", "东郭", "太史",
};

static void
split_name (const char  *name,
            char       **family,
            char       **given)
{
  glong n = g_utf8_strlen (name, -1);

  if (is_han (name) && n >= 2 && n <= 4)
    {
      glong family_chars = 1;

      for (guint i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
        if (n >= 3 && g_str_has_prefix (name, compound_surnames[i]))
          family_chars = 2;
      *family = g_utf8_substring (name, 0, family_chars);
      *given = g_utf8_substring (name, family_chars, n);
      return;
    }

  {
    const char *space = strrchr (name, ' ');

    if (space != NULL && !is_han (name))
      {
        *family = g_strdup (space + 1);
        *given = g_strndup (name, space - name);
        return;
      }
  }
  *family = g_strdup (name);
  *given = g_strdup ("");
}

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ',': g_string_append (out, "\\,"); break;
        case ';': g_string_append (out, "\\;"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        default: g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Lines longer than 75 bytes are folded without cutting a character. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize length = strlen (line);
  gsize pos = 0;
  gboolean first = TRUE;

  do
    {
      gsize take = MIN (length - pos, first ? 75 : 74);

      while (pos + take < length && take > 0 && ((guchar) line[pos + take] & 0xc0) == 0x80)
        take--;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + pos, take);
      g_string_append (out, "\r\n");
      pos += take;
      first = FALSE;
    }
  while (pos < length);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *escaped_value)
{
  g_autofree char *line = g_strconcat (name, ":", escaped_value, NULL);

  append_line (out, line);
}

static void
append_text (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped = escape (value);
  append_property (out, name, escaped);
}

static gboolean
is_mobile (const char *number)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = number; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  /* 11 digits from 1, after an optional 86 country code. */
  if (g_str_has_prefix (digits->str, "86") && digits->len == 13)
    g_string_erase (digits, 0, 2);
  return digits->len == 11 && digits->str[0] == '1';
}

static gboolean
is_organisation (ZsPartnerKind kind)
{
  return kind == ZS_PARTNER_LIAISON_OFFICE || kind == ZS_PARTNER_CHAMBER;
}

void
zs_vcard_write (GString        *out,
                ZsPartner      *partner,
                ZsVCardVersion  version)
{
  ZsRecord *r = ZS_RECORD (partner);
  gboolean v4 = version == ZS_VCARD_VERSION_4_0;
  const char *name = zs_record_get_string (r, ZS_PARTNER_NAME);
  ZsPartnerKind kind = zs_record_get_enum (r, ZS_PARTNER_KIND);
  g_auto(GStrv) phones = zs_vcard_split_list (zs_record_get_string (r, ZS_PARTNER_PHONE));
  g_auto(GStrv) emails = zs_vcard_split_list (zs_record_get_string (r, ZS_PARTNER_EMAIL));

  g_return_if_fail (ZS_IS_PARTNER (partner));

  append_line (out, "BEGIN:VCARD");
  append_line (out, v4 ? "VERSION:4.0" : "VERSION:3.0");
  if (zs_record_get_uuid (r) != NULL)
    {
      g_autofree char *uid = g_strconcat ("urn:uuid:", zs_record_get_uuid (r), NULL);

      append_property (out, "UID", uid);
    }
  if (v4 && is_organisation (kind))
    append_line (out, "KIND:org");
  append_text (out, "FN", name);

  /* Chambers and offices are organisations, with no family or given name. */
  if (is_organisation (kind) || name == NULL)
    append_line (out, "N:;;;;");
  else
    {
      g_autofree char *family = NULL;
      g_autofree char *given = NULL;
      g_autofree char *family_escaped = NULL;
      g_autofree char *given_escaped = NULL;
      g_autofree char *value = NULL;

      split_name (name, &family, &given);
      family_escaped = escape (family);
      given_escaped = escape (given);
      value = g_strdup_printf ("%s;%s;;;", family_escaped, given_escaped);
      append_property (out, "N", value);
    }
  if (!v4 && is_organisation (kind))
    append_line (out, "X-ABSHOWAS:COMPANY");

  append_text (out, "ORG", zs_record_get_string (r, ZS_PARTNER_ORGANISATION));
  append_text (out, "TITLE", zs_record_get_string (r, ZS_PARTNER_TITLE));
  for (guint i = 0; phones[i] != NULL; i++)
    {
      const char *type = is_mobile (phones[i]) ? (v4 ? "cell" : "CELL") : (v4 ? "work" : "WORK");
      g_autofree char *escaped = escape (phones[i]);
      g_autofree char *property = v4 ? g_strdup_printf ("TEL;VALUE=text;TYPE=%s", type)
                                     : g_strdup_printf ("TEL;TYPE=%s,VOICE", type);

      append_property (out, property, escaped);
    }
  for (guint i = 0; emails[i] != NULL; i++)
    {
      g_autofree char *escaped = escape (emails[i]);

      append_property (out, v4 ? "EMAIL;TYPE=work" : "EMAIL;TYPE=INTERNET", escaped);
    }
  if (zs_record_get_string (r, ZS_PARTNER_CITY) != NULL)
    {
      g_autofree char *city = escape (zs_record_get_string (r, ZS_PARTNER_CITY));
      g_autofree char *value = g_strdup_printf (";;;%s;;;", city);

      append_property (out, v4 ? "ADR;TYPE=work" : "ADR;TYPE=WORK", value);
    }
  append_text (out, "NOTE", zs_record_get_string (r, ZS_PARTNER_NOTES));
  append_text (out, "CATEGORIES", zs_enum_get_label (ZS_TYPE_PARTNER_KIND, kind));
  append_text (out, "X-WECHAT", zs_record_get_string (r, ZS_PARTNER_WECHAT));
  append_text (out, "X-ZHAOSHANG-KIND", zs_enum_to_nick (ZS_TYPE_PARTNER_KIND, kind));
  append_text (out, "X-ZHAOSHANG-NATIVE-PLACE", zs_record_get_string (r, ZS_PARTNER_NATIVE_PLACE));
  append_text (out, "X-ZHAOSHANG-APPOINTED", zs_record_get_string (r, ZS_PARTNER_APPOINTED_DATE));
  append_line (out, "END:VCARD");
}
