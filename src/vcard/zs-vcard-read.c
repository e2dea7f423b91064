/* zs-vcard-read.c — the cards of a vCard file, as partners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Liberal in what it reads: one card that cannot be a partner does not
 * keep the others out. A card is skipped, with its line and the reason,
 * when it has nothing to name it by (no FN, N, NICKNAME or ORG: a phone's
 * card holding only a number), is a contact group, has no END:VCARD, or
 * says a version that is not 2.1, 3.0 or 4.0; a line that is not a
 * property is ignored and listed the same way. Time and memory are linear
 * in the size of the file, whatever one card holds.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-vcard-private.h"

/* How often (in logical lines) the reader reports progress and looks
 * whether it is cancelled. */
#define CHECK_EVERY 2048

/* The namespace of the UUIDs made from other programs' UIDs. */
#define UID_NAMESPACE "6f1d7c2e-8a35-4b8e-9a0e-7a1c3d5e9b42"

typedef struct {
  int         line;
  char       *version;
  gboolean    group;
  char       *fn;
  char       *n_name;
  char       *nickname;
  char       *org;
  char       *title;
  char       *role;
  char       *city;
  gboolean    city_is_work;
  char       *notes;
  char       *wechat;
  char       *uid;
  char       *kind;
  char       *native_place;
  char       *appointed;
  GPtrArray  *categories;
  GPtrArray  *mobiles;
  GPtrArray  *phones;       /* the other numbers */
  GPtrArray  *emails;
  GHashTable *seen;         /* what the lists above hold, to add each once */
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
  card->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return card;
}

static void
card_free (Card *card)
{
  g_free (card->version);
  g_free (card->fn);
  g_free (card->n_name);
  g_free (card->nickname);
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
  g_hash_table_unref (card->seen);
  g_free (card);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Card, card_free)

void
zs_vcard_skipped_free (ZsVCardSkipped *skipped)
{
  if (skipped == NULL)
    return;
  g_free (skipped->reason);
  g_free (skipped);
}

char *
zs_vcard_uuid_for_uid (const char *uid)
{
  const char *bare = g_ascii_strncasecmp (uid, "urn:uuid:", 9) == 0 ? uid + 9 : uid;
  g_autoptr(GChecksum) sha1 = NULL;
  guint8 namespace[16];
  guint8 digest[20];
  gsize digest_length = sizeof digest;

  if (g_uuid_string_is_valid (bare))
    return g_ascii_strdown (bare, -1);

  /* RFC 4122 4.3: SHA-1 of the namespace and the name, version 5. */
  for (guint i = 0, j = 0; i < 16; j++)
    if (UID_NAMESPACE[j] != '-')
      {
        namespace[i++] = g_ascii_xdigit_value (UID_NAMESPACE[j]) * 16 + g_ascii_xdigit_value (UID_NAMESPACE[j + 1]);
        j++;
      }
  sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (sha1, namespace, sizeof namespace);
  g_checksum_update (sha1, (const guchar *) uid, strlen (uid));
  g_checksum_get_digest (sha1, digest, &digest_length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]);
}

/* ---- properties into a card --------------------------------------------------------- */

static void
set_once (char       **field,
          const char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = g_strdup (value);
}

/* Adds @value to @list unless the card has it already: a hash, so that a
 * card of 160,000 numbers takes as long per number as a card of two. */
static void
add_unique (Card       *card,
            GPtrArray  *list,
            const char *kind,
            const char *value)
{
  char *key;

  if (value == NULL || *value == '\0')
    return;
  key = g_strconcat (kind, value, NULL);
  if (!g_hash_table_add (card->seen, key))
    return;
  g_ptr_array_add (list, g_strdup (value));
}

static gboolean
is_wechat_service (const char *service)
{
  return service != NULL && (g_ascii_strcasecmp (service, "WeChat") == 0 || g_ascii_strcasecmp (service, "Weixin") == 0 ||
                             strcmp (service, "微信") == 0);
}

/* An IM address without its URI scheme: "x-apple:wxid_1" → "wxid_1". */
static const char *
without_scheme (const char *value)
{
  const char *p = value;

  if (!g_ascii_isalpha (*p))
    return value;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  return *p == ':' && p[1] != '\0' ? p + 1 : value;
}

static void
take_impp (Card            *card,
           ZsVCardProperty *prop,
           const char      *text)
{
  /* weixin:id, wechat:id (the app's own 4.0 cards, KDE's form);
   * IMPP;TYPE=WECHAT:id (Nextcloud); IMPP;X-SERVICE-TYPE=WeChat:x-apple:id
   * (iPhone, iCloud, Google). */
  if (g_ascii_strncasecmp (text, "weixin:", 7) == 0 || g_ascii_strncasecmp (text, "wechat:", 7) == 0 ||
      zs_vcard_has_type (prop, "WECHAT") || zs_vcard_has_type (prop, "WEIXIN") ||
      is_wechat_service (zs_vcard_param (prop, "X-SERVICE-TYPE")))
    set_once (&card->wechat, without_scheme (text));
}

static void
take_tel (Card            *card,
          ZsVCardProperty *prop,
          const char      *text)
{
  ZsVCardTel type = zs_vcard_tel_type (prop);
  g_autofree char *number = zs_vcard_phone_from_card (text, type);

  if (number == NULL)
    return;
  /* Mobiles first: the number a clerk calls. */
  add_unique (card, type == ZS_VCARD_TEL_CELL ? card->mobiles : card->phones, "T:", number);
}

/* The names of the properties a card uses; anything else is ignored
 * without being decoded. */
static const char * const used_properties[] = {
  "FN", "N", "NICKNAME", "ORG", "TITLE", "ROLE", "TEL", "EMAIL", "ADR", "NOTE", "X-WECHAT", "X-WEIXIN", "IMPP",
  "UID", "CATEGORIES", "KIND", "X-ADDRESSBOOKSERVER-KIND", "X-ZHAOSHANG-KIND", "X-ZHAOSHANG-NATIVE-PLACE",
  "X-ZHAOSHANG-APPOINTED",
};

static void
take_property (Card            *card,
               ZsVCardProperty *prop,
               ZsVCardText     *source)
{
  g_autofree char *text = NULL;
  const char *name = prop->name;
  gboolean used = FALSE;

  if (prop->binary)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (used_properties) && !used; i++)
    used = strcmp (name, used_properties[i]) == 0;
  if (!used)
    return;
  zs_vcard_property_decode (prop, source);
  text = zs_vcard_text_value (prop);

  if (strcmp (name, "FN") == 0)
    set_once (&card->fn, text);
  else if (strcmp (name, "N") == 0)
    {
      g_autofree char *n_name = zs_vcard_name_from_n (prop->value);

      set_once (&card->n_name, n_name);
    }
  else if (strcmp (name, "NICKNAME") == 0)
    {
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ',');

      set_once (&card->nickname, zs_vcard_part (parts, 0));
    }
  else if (strcmp (name, "ORG") == 0)
    {
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ';');

      set_once (&card->org, zs_vcard_part (parts, 0));
    }
  else if (strcmp (name, "TITLE") == 0)
    set_once (&card->title, text);
  else if (strcmp (name, "ROLE") == 0)
    set_once (&card->role, text);
  else if (strcmp (name, "TEL") == 0)
    take_tel (card, prop, text);
  else if (strcmp (name, "EMAIL") == 0)
    add_unique (card, card->emails, "E:", text);
  else if (strcmp (name, "ADR") == 0)
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
  else if (strcmp (name, "NOTE") == 0)
    set_once (&card->notes, text);
  else if (strcmp (name, "X-WECHAT") == 0 || strcmp (name, "X-WEIXIN") == 0)
    set_once (&card->wechat, text);
  else if (strcmp (name, "IMPP") == 0)
    take_impp (card, prop, text);
  else if (strcmp (name, "UID") == 0)
    {
      if (*text != '\0' && card->uid == NULL)
        card->uid = zs_vcard_uuid_for_uid (text);
    }
  else if (strcmp (name, "CATEGORIES") == 0)
    {
      g_auto(GStrv) parts = zs_vcard_split_value (prop->value, ',');

      for (guint i = 0; parts[i] != NULL; i++)
        add_unique (card, card->categories, "C:", parts[i]);
    }
  else if (strcmp (name, "KIND") == 0 || strcmp (name, "X-ADDRESSBOOKSERVER-KIND") == 0)
    card->group |= g_ascii_strcasecmp (text, "group") == 0;
  else if (strcmp (name, "X-ZHAOSHANG-KIND") == 0)
    set_once (&card->kind, text);
  else if (strcmp (name, "X-ZHAOSHANG-NATIVE-PLACE") == 0)
    set_once (&card->native_place, text);
  else if (strcmp (name, "X-ZHAOSHANG-APPOINTED") == 0)
    {
      if (zs_date_is_valid (text))
        set_once (&card->appointed, text);
    }
}

/* ---- a card into a partner ------------------------------------------------------------ */

static ZsPartnerKind
card_kind (Card          *card,
           ZsPartnerKind  default_kind)
{
  int kind;
  guint n = zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND);
  g_autofree const char **labels = g_new0 (const char *, n);

  if (zs_enum_from_nick (ZS_TYPE_PARTNER_KIND, card->kind, &kind))
    return kind;
  for (guint k = 0; k < n; k++)
    labels[k] = zs_enum_get_label (ZS_TYPE_PARTNER_KIND, k);
  /* A phone's group named like a kind: "首席代表", "Chief representative". */
  for (guint c = 0; c < card->categories->len; c++)
    for (guint k = 0; k < n; k++)
      if (strcmp (g_ptr_array_index (card->categories, c), labels[k]) == 0 ||
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

/* The name a card goes by: FN, else N, else a nickname, else (a company
 * card from a phone or iCloud) its organisation. */
static const char *
card_name (Card *card)
{
  if (card->fn != NULL)
    return card->fn;
  if (card->n_name != NULL && *card->n_name != '\0')
    return card->n_name;
  if (card->nickname != NULL)
    return card->nickname;
  return card->org;
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
    g_ptr_array_add (card->mobiles, g_strdup (g_ptr_array_index (card->phones, i)));
  phones = join_list (card->mobiles);

  zs_record_set_string (r, ZS_PARTNER_NAME, card_name (card));
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
  zs_record_set_uuid (r, card->uid);
  return partner;
}

/* Why the card cannot be a partner, or NULL. */
static char *
card_problem (Card *card)
{
  if (card->version != NULL && !g_str_has_prefix (card->version, "2.") && !g_str_has_prefix (card->version, "3.") &&
      !g_str_has_prefix (card->version, "4."))
    return g_strdup_printf (_("vCard version “%s” is not supported (2.1, 3.0 and 4.0 are)."), card->version);
  if (card->group)
    return g_strdup (_("The card is a contact group, not a contact."));
  if (card_name (card) == NULL)
    return g_strdup (_("The card has no name (FN, N or NICKNAME) and no organisation (ORG) to name it by."));
  return NULL;
}

/* ---- the file -------------------------------------------------------------------------- */

typedef struct {
  GPtrArray *skipped;
  guint      n_lines_listed;
} Skips;

static void
skip_card (Skips *skips,
           int    line,
           char  *reason)
{
  ZsVCardSkipped *skipped = g_new0 (ZsVCardSkipped, 1);

  skipped->line = line;
  skipped->whole_card = TRUE;
  skipped->reason = reason;
  g_ptr_array_add (skips->skipped, skipped);
}

static void
skip_line (Skips *skips,
           int    line,
           char  *reason)
{
  ZsVCardSkipped *skipped;

  if (skips->n_lines_listed > ZS_VCARD_MAX_LISTED_LINES)
    {
      g_free (reason);
      return;
    }
  skipped = g_new0 (ZsVCardSkipped, 1);
  skipped->line = line;
  if (skips->n_lines_listed++ == ZS_VCARD_MAX_LISTED_LINES)
    {
      g_free (reason);
      skipped->reason = g_strdup (_("More lines could not be read; they were ignored too."));
    }
  else
    {
      skipped->reason = g_strdup_printf (_("%s The line was ignored."), reason);
      g_free (reason);
    }
  g_ptr_array_add (skips->skipped, skipped);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const ZsVCardSkipped *sa = *(ZsVCardSkipped * const *) a;
  const ZsVCardSkipped *sb = *(ZsVCardSkipped * const *) b;

  return (sa->line > sb->line) - (sa->line < sb->line);
}

static gboolean
value_is (ZsVCardProperty *prop,
          ZsVCardText     *text,
          const char      *expected)
{
  g_autofree char *value = NULL;

  zs_vcard_property_decode (prop, text);
  value = zs_vcard_text_value (prop);
  return g_ascii_strcasecmp (value, expected) == 0;
}

GPtrArray *
zs_vcard_read_full (const char       *data,
                    gsize             length,
                    ZsPartnerKind     default_kind,
                    GArray          **lines,
                    GPtrArray       **skipped,
                    GCancellable     *cancellable,
                    ZsVCardProgress   progress,
                    gpointer          progress_data,
                    GError          **error)
{
  g_autoptr(GPtrArray) partners = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(Card) card = NULL;
  g_autofree char *other_object = NULL;
  Skips skips = { g_ptr_array_new_with_free_func ((GDestroyNotify) zs_vcard_skipped_free), 0 };
  g_autoptr(GPtrArray) skipped_owner = skips.skipped;
  ZsVCardText text;
  ZsVCardUnfolder unfolder;
  gboolean in_binary = FALSE;
  gboolean after_agent = FALSE;
  guint nested = 0;
  guint n_cards = 0;
  guint count = 0;
  GPtrArray *result = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > ZS_VCARD_MAX_BYTES)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("The file is larger than %d MB; split it into smaller files."),
                   ZS_VCARD_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  zs_vcard_text_init (&text, data != NULL ? data : "", length);
  zs_vcard_unfolder_init (&unfolder, text.data, text.length);

  while (zs_vcard_unfolder_next (&unfolder))
    {
      GString *line = unfolder.text;
      g_auto(ZsVCardProperty) prop = { 0 };
      char *reason = NULL;

      if (++count % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto out;
          if (progress != NULL)
            progress (zs_vcard_unfolder_fraction (&unfolder), progress_data);
        }

      while (line->len > 0 && g_ascii_isspace (line->str[line->len - 1]))
        g_string_truncate (line, line->len - 1);
      if (line->len == 0)
        {
          /* A 2.1 photo's base64 lines end at an empty line. */
          in_binary = FALSE;
          continue;
        }

      if (!zs_vcard_property_parse (&prop, line, unfolder.line, &reason))
        {
          /* 2.1 writes a photo's base64 on lines of their own, unindented. */
          if (card != NULL && !in_binary && nested == 0)
            skip_line (&skips, unfolder.line, reason);
          else
            g_free (reason);
          continue;
        }
      in_binary = prop.binary;

      /* A 2.1 AGENT holds a whole card of its own: not ours to read. */
      if (nested > 0 || (card != NULL && after_agent && strcmp (prop.name, "BEGIN") == 0))
        {
          if (strcmp (prop.name, "BEGIN") == 0)
            nested++;
          else if (strcmp (prop.name, "END") == 0)
            nested--;
          after_agent = FALSE;
          continue;
        }
      after_agent = strcmp (prop.name, "AGENT") == 0 && prop.raw_length == 0;

      if (strcmp (prop.name, "BEGIN") == 0)
        {
          if (!value_is (&prop, &text, "VCARD"))
            {
              if (card == NULL && other_object == NULL)
                other_object = zs_vcard_text_value (&prop);
              continue;
            }
          if (card != NULL)
            skip_card (&skips, card->line,
                       g_strdup_printf (_("The card has no END:VCARD: a new card begins on line %d."), unfolder.line));
          g_clear_pointer (&card, card_free);
          if (++n_cards > ZS_VCARD_MAX_CARDS)
            {
              g_autofree char *too_many = g_strdup_printf (_("The file holds more than %d cards; split it into smaller files."),
                                                         ZS_VCARD_MAX_CARDS);

              g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("Line %d: %s"), unfolder.line, too_many);
              goto out;
            }
          card = card_new (unfolder.line);
          continue;
        }
      if (card == NULL)
        continue;

      if (strcmp (prop.name, "END") == 0)
        {
          char *problem;

          if (!value_is (&prop, &text, "VCARD"))
            continue;
          problem = card_problem (card);
          if (problem != NULL)
            skip_card (&skips, card->line, problem);
          else
            {
              g_ptr_array_add (partners, card_to_partner (card, default_kind));
              g_array_append_val (starts, card->line);
            }
          g_clear_pointer (&card, card_free);
          continue;
        }
      if (strcmp (prop.name, "VERSION") == 0)
        {
          zs_vcard_property_decode (&prop, &text);
          if (card->version == NULL)
            card->version = zs_vcard_text_value (&prop);
          continue;
        }
      take_property (card, &prop, &text);
    }

  if (card != NULL)
    skip_card (&skips, card->line, g_strdup (_("The card has no END:VCARD: the file ends inside it.")));
  if (partners->len == 0 && skips.skipped->len == 0)
    {
      if (other_object != NULL)
        g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                     _("“BEGIN:%s” is not a contact card; this is not a vCard file."), other_object);
      else
        g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                     _("The file holds no contact cards (BEGIN:VCARD … END:VCARD)."));
      goto out;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;
  if (progress != NULL)
    progress (1.0, progress_data);

  if (lines != NULL)
    *lines = g_steal_pointer (&starts);
  if (skipped != NULL)
    {
      /* In file order: a card is listed where it begins. */
      g_ptr_array_sort (skips.skipped, compare_lines);
      *skipped = g_steal_pointer (&skipped_owner);
    }
  result = g_steal_pointer (&partners);

out:
  zs_vcard_unfolder_clear (&unfolder);
  zs_vcard_text_clear (&text);
  return result;
}

GPtrArray *
zs_vcard_read (const char     *data,
               gsize           length,
               ZsPartnerKind   default_kind,
               GArray        **lines,
               GError        **error)
{
  return zs_vcard_read_full (data, length, default_kind, lines, NULL, NULL, NULL, NULL, error);
}

gboolean
zs_vcard_sniff (const char *data,
                gsize       length)
{
  ZsVCardText text;
  gboolean found;
  gsize i = 0;

  zs_vcard_text_init (&text, data, MIN (length, 4096));
  while (i < text.length && g_ascii_isspace (text.data[i]))
    i++;
  found = text.length - i >= 11 && g_ascii_strncasecmp (text.data + i, "BEGIN:VCARD", 11) == 0;
  zs_vcard_text_clear (&text);
  return found;
}
