/* zs-vcard-phone.c — phone numbers as a card has them and as the app keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A partner keeps all numbers in one text field, "、" between them, as a
 * clerk reads and types them. So that a number survives a trip through the
 * app unchanged:
 *  - an extension is written as Chinese offices write it, "0536-8231016转8012"
 *    (from tel:…;ext=102, or a dialling pause "…,102"), never with a
 *    separator that would make it a second number;
 *  - a type the digits do not tell is kept after the number in brackets,
 *    "0536-8231016（传真）": a Chinese mobile number is a mobile, any other
 *    number a work number, unless the card said otherwise;
 *  - numbers compare by their digits without country code and trunk 0.
 */
#include "config.h"

#include <string.h>

#include "zs-vcard-private.h"

#define EXTENSION "转"

/* The labels are data in the partner's phone field, not messages: a
 * clerk types them too. The English ones are read as well. */
static const struct {
  ZsVCardTel  type;
  const char *label;
  const char *english;
  const char *english2;
} tel_labels[] = {
  { ZS_VCARD_TEL_CELL, "手机", "cell", "mobile" },
  { ZS_VCARD_TEL_WORK, "办公", "work", "office" },
  { ZS_VCARD_TEL_HOME, "住宅", "home", "home" },
  { ZS_VCARD_TEL_FAX, "传真", "fax", "fax" },
  { ZS_VCARD_TEL_PAGER, "寻呼", "pager", "pager" },
};

ZsVCardTel
zs_vcard_tel_type (ZsVCardProperty *prop)
{
  if (zs_vcard_has_type (prop, "FAX"))
    return ZS_VCARD_TEL_FAX;
  if (zs_vcard_has_type (prop, "PAGER"))
    return ZS_VCARD_TEL_PAGER;
  if (zs_vcard_has_type (prop, "CELL") || zs_vcard_has_type (prop, "MOBILE") || zs_vcard_has_type (prop, "IPHONE"))
    return ZS_VCARD_TEL_CELL;
  if (zs_vcard_has_type (prop, "HOME"))
    return ZS_VCARD_TEL_HOME;
  if (zs_vcard_has_type (prop, "WORK"))
    return ZS_VCARD_TEL_WORK;
  return ZS_VCARD_TEL_NONE;
}

/* The digits of @number that say which line it is: without a country
 * code 86 (+86, 0086) and the trunk 0 of a Chinese area code. */
static GString *
national_digits (const char *number,
                 gboolean   *foreign)
{
  GString *digits = g_string_new (NULL);
  const char *p = number;
  gboolean plus, international;

  while (g_ascii_isspace (*p))
    p++;
  plus = *p == '+';
  international = plus || g_str_has_prefix (p, "00");
  for (; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);

  *foreign = FALSE;
  if (international)
    {
      if (g_str_has_prefix (digits->str, "0086"))
        g_string_erase (digits, 0, 4);
      else if (plus && g_str_has_prefix (digits->str, "86"))
        g_string_erase (digits, 0, 2);
      else
        *foreign = TRUE;
    }
  if (!*foreign)
    while (digits->len > 0 && digits->str[0] == '0')
      g_string_erase (digits, 0, 1);
  return digits;
}

ZsVCardTel
zs_vcard_phone_guess (const char *number)
{
  gboolean foreign;
  g_autoptr(GString) digits = national_digits (number, &foreign);

  /* 11 digits from 13 to 19: a Chinese mobile. A North American number
   * has 11 digits from 1 too, but comes with +1. */
  if (!foreign && digits->len == 11 && digits->str[0] == '1' && digits->str[1] >= '3')
    return ZS_VCARD_TEL_CELL;
  return ZS_VCARD_TEL_WORK;
}

static const char *
tel_label (ZsVCardTel type)
{
  for (guint i = 0; i < G_N_ELEMENTS (tel_labels); i++)
    if (tel_labels[i].type == type)
      return tel_labels[i].label;
  return NULL;
}

/* Only what can be dialled after the number: digits, * and #. */
static char *
extension_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '*' || *p == '#')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

char *
zs_vcard_phone_from_card (const char *value,
                          ZsVCardTel  type)
{
  g_autofree char *number = NULL;
  g_autofree char *extension = NULL;
  const char *v = value;
  GString *out;

  while (g_ascii_isspace (*v))
    v++;
  if (g_ascii_strncasecmp (v, "tel:", 4) == 0)
    {
      /* tel:+1-418-656-9254;ext=102;phone-context=… (RFC 3966) */
      g_auto(GStrv) parts = g_strsplit (v + 4, ";", -1);

      /* "tel:" alone splits into no part at all. */
      number = g_strdup (parts[0] != NULL ? parts[0] : "");
      for (guint i = 1; parts[0] != NULL && parts[i] != NULL; i++)
        if (g_ascii_strncasecmp (parts[i], "ext=", 4) == 0)
          {
            g_free (extension);
            extension = extension_digits (parts[i] + 4);
          }
    }
  else
    {
      /* Text: an extension after "转", or after a dialling pause (",", ";")
       * or "ext=" that would otherwise read as a second number. */
      const char *mark = strstr (v, EXTENSION);
      gsize skip = strlen (EXTENSION);

      if (mark == NULL)
        {
          mark = strpbrk (v, ",;");
          skip = 1;
        }
      if (mark != NULL)
        {
          number = g_strndup (v, mark - v);
          extension = extension_digits (mark + skip);
        }
      else
        number = g_strdup (v);
    }

  /* Nothing in the number may read as a separator of the field: "0711/123"
   * is one number. */
  g_strdelimit (number, ",;/", ' ');
  {
    g_autoptr(GString) s = g_string_new (number);

    g_string_replace (s, LIST_SEPARATOR, " ", 0);
    g_string_replace (s, "，", " ", 0);
    g_string_replace (s, "；", " ", 0);
    g_free (number);
    number = g_strstrip (g_string_free (g_steal_pointer (&s), FALSE));
  }
  if (*number == '\0')
    return NULL;

  out = g_string_new (number);
  if (extension != NULL && *extension != '\0')
    g_string_append_printf (out, EXTENSION "%s", extension);
  if (type != ZS_VCARD_TEL_NONE && type != zs_vcard_phone_guess (number))
    g_string_append_printf (out, "（%s）", tel_label (type));
  return g_string_free (out, FALSE);
}

static ZsVCardTel
type_of_label (const char *label,
               gsize       length)
{
  g_autofree char *text = g_strstrip (g_strndup (label, length));

  for (guint i = 0; i < G_N_ELEMENTS (tel_labels); i++)
    if (strcmp (text, tel_labels[i].label) == 0 || g_ascii_strcasecmp (text, tel_labels[i].english) == 0 ||
        g_ascii_strcasecmp (text, tel_labels[i].english2) == 0)
      return tel_labels[i].type;
  return ZS_VCARD_TEL_NONE;
}

void
zs_vcard_phone_parse (const char  *stored,
                      char       **number,
                      char       **extension,
                      ZsVCardTel  *type)
{
  g_autofree char *text = g_strstrip (g_strdup (stored));
  gsize length = strlen (text);
  const char *mark;

  *type = ZS_VCARD_TEL_NONE;
  /* "…（传真）" or "…(fax)" at the end. */
  if (g_str_has_suffix (text, "）") || g_str_has_suffix (text, ")"))
    {
      gboolean wide = g_str_has_suffix (text, "）");
      const char *open = g_strrstr (text, wide ? "（" : "(");
      gsize close_length = wide ? strlen ("）") : 1;
      gsize open_length = wide ? strlen ("（") : 1;

      if (open != NULL)
        {
          ZsVCardTel labelled = type_of_label (open + open_length, text + length - close_length - open - open_length);

          if (labelled != ZS_VCARD_TEL_NONE)
            {
              *type = labelled;
              text[open - text] = '\0';
              g_strstrip (text);
            }
        }
    }
  mark = strstr (text, EXTENSION);
  if (mark != NULL)
    {
      *number = g_strstrip (g_strndup (text, mark - text));
      *extension = g_strstrip (g_strdup (mark + strlen (EXTENSION)));
    }
  else
    {
      *number = g_steal_pointer (&text);
      *extension = NULL;
    }
}

char *
zs_vcard_phone_key (const char *number)
{
  g_autofree char *bare = NULL;
  g_autofree char *extension = NULL;
  ZsVCardTel type;
  gboolean foreign;
  GString *digits;

  if (number == NULL)
    return NULL;
  zs_vcard_phone_parse (number, &bare, &extension, &type);
  digits = national_digits (bare, &foreign);
  if (digits->len == 0)
    {
      g_string_free (digits, TRUE);
      return NULL;
    }
  if (digits->len > 11)
    g_string_erase (digits, 0, digits->len - 11);
  return g_string_free (digits, FALSE);
}

/* ---- the field's list ------------------------------------------------------------- */

/* The separators people put between numbers or addresses, as a byte
 * length at @p, or 0. */
static gsize
separator_at (const char *p)
{
  static const char * const wide[] = { LIST_SEPARATOR, "，", "；" };

  if (*p == ',' || *p == ';' || *p == '/')
    return 1;
  if ((guchar) *p >= 0x80)
    for (guint i = 0; i < G_N_ELEMENTS (wide); i++)
      if (strncmp (p, wide[i], strlen (wide[i])) == 0)
        return strlen (wide[i]);
  return 0;
}

GStrv
zs_vcard_split_list (const char *text)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
  const char *start = text;

  if (text == NULL)
    return g_strv_builder_end (items);

  /* One pass: a field of 100,000 numbers is split in linear time. */
  for (const char *p = text; ; )
    {
      gsize separator = *p != '\0' ? separator_at (p) : 1;

      if (separator > 0)
        {
          g_autofree char *item = g_strndup (start, p - start);

          if (*g_strstrip (item) != '\0')
            g_strv_builder_add (items, item);
          if (*p == '\0')
            break;
          p += separator;
          start = p;
        }
      else
        p++;
    }
  return g_strv_builder_end (items);
}
