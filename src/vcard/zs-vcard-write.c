/* zs-vcard-write.c — partners as cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Writes 3.0 or 4.0 in UTF-8, folded at 75 bytes between characters, so
 * that what the reader takes from a card comes back the same: N from the
 * name as zs-vcard-names.c splits it, each phone number with its type and
 * extension (zs-vcard-phone.c), WeChat both as X-WECHAT and as the IMPP
 * phones show.
 */
#include "config.h"

#include <string.h>

#include "zs-vcard-private.h"

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
        case '\r':
          /* CR LF or a lone CR: one line break. */
          g_string_append (out, "\\n");
          if (p[1] == '\n')
            p++;
          break;
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

/* A chamber, an office, or a company card (named by its organisation):
 * phones show it as a company, not as a person. */
static gboolean
is_organisation (ZsRecord *r)
{
  ZsPartnerKind kind = zs_record_get_enum (r, ZS_PARTNER_KIND);
  const char *name = zs_record_get_string (r, ZS_PARTNER_NAME);

  return kind == ZS_PARTNER_LIAISON_OFFICE || kind == ZS_PARTNER_CHAMBER ||
         (name != NULL && g_strcmp0 (name, zs_record_get_string (r, ZS_PARTNER_ORGANISATION)) == 0);
}

static void
append_name (GString    *out,
             const char *name)
{
  g_auto(ZsVCardName) parts = { 0 };
  const char *fields[5];
  GString *value = g_string_new (NULL);

  zs_vcard_name_split (name, &parts);
  fields[0] = parts.family;
  fields[1] = parts.given;
  fields[2] = parts.additional;
  fields[3] = parts.prefix;
  fields[4] = parts.suffix;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *escaped = escape (fields[i]);

      if (i > 0)
        g_string_append_c (value, ';');
      g_string_append (value, escaped);
    }
  append_property (out, "N", value->str);
  g_string_free (value, TRUE);
}

static const char *
tel_type_name (ZsVCardTel type,
               gboolean   v4)
{
  switch (type)
    {
    case ZS_VCARD_TEL_CELL: return v4 ? "cell" : "CELL,VOICE";
    case ZS_VCARD_TEL_HOME: return v4 ? "home" : "HOME,VOICE";
    case ZS_VCARD_TEL_FAX: return v4 ? "fax" : "FAX";
    case ZS_VCARD_TEL_PAGER: return v4 ? "pager" : "PAGER";
    case ZS_VCARD_TEL_WORK:
    case ZS_VCARD_TEL_NONE:
    default: return v4 ? "work" : "WORK,VOICE";
    }
}

/* Only what a tel: URI may hold without escaping. */
static gboolean
is_uri_number (const char *number)
{
  for (const char *p = number; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '+' && *p != '-' && *p != '.')
      return FALSE;
  return *number != '\0';
}

static void
append_phone (GString    *out,
              const char *stored,
              gboolean    v4)
{
  g_autofree char *number = NULL;
  g_autofree char *extension = NULL;
  g_autofree char *property = NULL;
  g_autoptr(GString) value = g_string_new (NULL);
  ZsVCardTel type;

  zs_vcard_phone_parse (stored, &number, &extension, &type);
  if (type == ZS_VCARD_TEL_NONE)
    type = zs_vcard_phone_guess (number);

  if (v4 && extension != NULL && is_uri_number (number) && is_uri_number (extension))
    {
      /* RFC 6350 6.4.1: tel:+1-418-656-9254;ext=102 */
      property = g_strdup_printf ("TEL;VALUE=uri;TYPE=%s", tel_type_name (type, v4));
      g_string_printf (value, "tel:%s;ext=%s", number, extension);
    }
  else
    {
      g_autofree char *escaped = escape (number);

      property = v4 ? g_strdup_printf ("TEL;VALUE=text;TYPE=%s", tel_type_name (type, v4))
                    : g_strdup_printf ("TEL;TYPE=%s", tel_type_name (type, v4));
      g_string_append (value, escaped);
      /* A dialling pause: phones call the extension after the number. */
      if (extension != NULL && *extension != '\0')
        {
          g_autofree char *escaped_extension = escape (extension);

          g_string_append_printf (value, ",%s", escaped_extension);
        }
    }
  append_property (out, property, value->str);
}

void
zs_vcard_write (GString        *out,
                ZsPartner      *partner,
                ZsVCardVersion  version)
{
  ZsRecord *r = ZS_RECORD (partner);
  gboolean v4 = version == ZS_VCARD_VERSION_4_0;
  const char *name = zs_record_get_string (r, ZS_PARTNER_NAME);
  const char *wechat = zs_record_get_string (r, ZS_PARTNER_WECHAT);
  ZsPartnerKind kind = zs_record_get_enum (r, ZS_PARTNER_KIND);
  gboolean organisation = is_organisation (r);
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
  if (v4 && organisation)
    append_line (out, "KIND:org");
  append_text (out, "FN", name);

  /* Organisations have no family or given name. */
  if (organisation || name == NULL)
    append_line (out, "N:;;;;");
  else
    append_name (out, name);
  if (!v4 && organisation)
    append_line (out, "X-ABSHOWAS:COMPANY");

  append_text (out, "ORG", zs_record_get_string (r, ZS_PARTNER_ORGANISATION));
  append_text (out, "TITLE", zs_record_get_string (r, ZS_PARTNER_TITLE));
  for (guint i = 0; phones[i] != NULL; i++)
    append_phone (out, phones[i], v4);
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
  append_text (out, "X-WECHAT", wechat);
  /* As iPhones and Google write WeChat, so that they show it. */
  if (wechat != NULL)
    {
      g_autofree char *escaped = escape (wechat);
      g_autofree char *value = g_strconcat ("x-apple:", escaped, NULL);

      append_property (out, "IMPP;X-SERVICE-TYPE=WeChat", value);
    }
  append_text (out, "X-ZHAOSHANG-KIND", zs_enum_to_nick (ZS_TYPE_PARTNER_KIND, kind));
  append_text (out, "X-ZHAOSHANG-NATIVE-PLACE", zs_record_get_string (r, ZS_PARTNER_NATIVE_PLACE));
  append_text (out, "X-ZHAOSHANG-APPOINTED", zs_record_get_string (r, ZS_PARTNER_APPOINTED_DATE));
  append_line (out, "END:VCARD");
}
