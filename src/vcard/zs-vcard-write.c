/* zs-vcard-write.c — partners to cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-vcard-private.h"

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

  if (zs_vcard_is_han (name) && n >= 2 && n <= 4)
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

    if (space != NULL && !zs_vcard_is_han (name))
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
