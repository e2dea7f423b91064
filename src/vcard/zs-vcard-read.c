/* zs-vcard-read.c — cards to partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-vcard-private.h"

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

gboolean
zs_vcard_is_han (const char *text)
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
  g_auto(GStrv) parts = zs_vcard_split_value (value, ';');
  const char *family = zs_vcard_part (parts, 0);
  const char *given = zs_vcard_part (parts, 1);

  if (*family == '\0' || *given == '\0')
    return g_strconcat (family, given, NULL);
  if (zs_vcard_is_han (family) && zs_vcard_is_han (given))
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
               ZsVCardProperty *prop)
{
  g_autofree char *text = NULL;

  if (prop->binary)
    return;
  text = zs_vcard_text_value (prop);

  if (strcmp (prop->name, "FN") == 0)
    set_once (&card->fn, text);
  else if (strcmp (prop->name, "N") == 0)
    {
      g_autofree char *name = name_from_n (prop->value);

      set_once (&card->n_name, name);
    }
  else if (strcmp (prop->name, "ORG") == 0)
    {
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ';');

      set_once (&card->org, zs_vcard_part (parts, 0));
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
      add_unique (zs_vcard_has_type (prop, "cell") ? card->mobiles : card->phones, number);
    }
  else if (strcmp (prop->name, "EMAIL") == 0)
    add_unique (card->emails, text);
  else if (strcmp (prop->name, "ADR") == 0)
    {
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ';');
      const char *city = *zs_vcard_part (parts, 3) != '\0' ? zs_vcard_part (parts, 3) : zs_vcard_part (parts, 4);
      gboolean work = zs_vcard_has_type (prop, "work");

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
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ',');

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
    return zs_vcard_parse_error (error, card->line,
                        g_strdup (_("The card has no VERSION line (2.1, 3.0 or 4.0).")));
  if (card->fn == NULL && card->n_name == NULL)
    return zs_vcard_parse_error (error, card->line,
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
      zs_vcard_parse_error (error, line, g_strdup (_("The text is not UTF-8. Save the file as UTF-8 and import it again.")));
      return NULL;
    }

  logical = zs_vcard_unfold (data, length);
  for (guint i = 0; i < logical->len; i++)
    {
      ZsVCardLine *line = g_ptr_array_index (logical, i);
      g_auto(ZsVCardProperty) prop = { 0 };

      g_strchomp (line->text->str);
      line->text->len = strlen (line->text->str);
      if (line->text->len == 0)
        continue;

      if (!zs_vcard_parse_property (line, &prop, error))
        return NULL;

      if (strcmp (prop.name, "BEGIN") == 0)
        {
          g_autofree char *what = zs_vcard_text_value (&prop);

          if (g_ascii_strcasecmp (what, "VCARD") != 0)
            {
              zs_vcard_parse_error (error, line->line,
                           g_strdup_printf (_("“BEGIN:%s” is not a contact card; this is not a vCard file."), what));
              return NULL;
            }
          if (card != NULL)
            {
              zs_vcard_parse_error (error, line->line,
                           g_strdup_printf (_("A new card begins before the card of line %d has ended (END:VCARD is missing)."),
                                            card->line));
              return NULL;
            }
          if (partners->len >= ZS_VCARD_MAX_CARDS)
            {
              zs_vcard_parse_error (error, line->line,
                           g_strdup_printf (_("The file holds more than %d cards; split it into smaller files."),
                                            ZS_VCARD_MAX_CARDS));
              return NULL;
            }
          card = card_new (line->line);
          continue;
        }

      if (card == NULL)
        {
          g_autofree char *shown = zs_vcard_line_start (line->text->str);

          zs_vcard_parse_error (error, line->line,
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
          g_autofree char *version = zs_vcard_text_value (&prop);

          if (strcmp (version, "2.1") != 0 && strcmp (version, "3.0") != 0 && strcmp (version, "4.0") != 0)
            {
              zs_vcard_parse_error (error, line->line,
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
      zs_vcard_parse_error (error, card->line, g_strdup (_("The card that begins here has no END:VCARD.")));
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

