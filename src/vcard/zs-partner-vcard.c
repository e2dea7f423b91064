/* zs-partner-vcard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-partner-vcard.h"

typedef struct {
  ZsPartner      *card;
  ZsPartner      *target;   /* stored partner, or the earlier card's partner */
  ZsVCardOutcome  outcome;
  int             line;
} Entry;

struct _ZsVCardImport
{
  ZsStore *store;
  GArray  *entries;   /* Entry */
  guint    counts[ZS_VCARD_N_OUTCOMES];
};

/* The text fields a card can fill. */
static const guint card_fields[] = {
  ZS_PARTNER_ORGANISATION, ZS_PARTNER_TITLE, ZS_PARTNER_CITY, ZS_PARTNER_NATIVE_PLACE,
  ZS_PARTNER_PHONE, ZS_PARTNER_EMAIL, ZS_PARTNER_WECHAT, ZS_PARTNER_APPOINTED_DATE, ZS_PARTNER_NOTES,
};

/* Above this many new partners, the search index is built once at the end. */
#define BULK_THRESHOLD 1000

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->card);
  g_clear_object (&entry->target);
}

void
zs_vcard_import_free (ZsVCardImport *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_clear_object (&self->store);
  g_free (self);
}

/* Phone numbers compare by their last eleven digits: "+86 139 0101 6218"
 * is "13901016218". */
static GPtrArray *
phone_keys (ZsPartner *partner)
{
  g_auto(GStrv) numbers = zs_vcard_split_list (zs_record_get_string (ZS_RECORD (partner), ZS_PARTNER_PHONE));
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      GString *digits = g_string_new (NULL);

      for (const char *p = numbers[i]; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      if (digits->len > 11)
        g_string_erase (digits, 0, digits->len - 11);
      if (digits->len >= 7)
        g_ptr_array_add (keys, g_string_free (digits, FALSE));
      else
        g_string_free (digits, TRUE);
    }
  return keys;
}

static gboolean
lists_meet (GPtrArray *a,
            GPtrArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_ascii_strcasecmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0)
        return TRUE;
  return FALSE;
}

static GPtrArray *
email_keys (ZsPartner *partner)
{
  g_auto(GStrv) emails = zs_vcard_split_list (zs_record_get_string (ZS_RECORD (partner), ZS_PARTNER_EMAIL));
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; emails[i] != NULL; i++)
    g_ptr_array_add (keys, g_strdup (emails[i]));
  return keys;
}

/* Same name, and a phone, an email or the organisation agree. */
static gboolean
same_person (ZsPartner *a,
             ZsPartner *b)
{
  ZsRecord *ra = ZS_RECORD (a);
  ZsRecord *rb = ZS_RECORD (b);
  const char *org_a = zs_record_get_string (ra, ZS_PARTNER_ORGANISATION);
  const char *org_b = zs_record_get_string (rb, ZS_PARTNER_ORGANISATION);
  g_autoptr(GPtrArray) phones_a = NULL;
  g_autoptr(GPtrArray) phones_b = NULL;
  g_autoptr(GPtrArray) emails_a = NULL;
  g_autoptr(GPtrArray) emails_b = NULL;

  if (g_strcmp0 (zs_record_get_string (ra, ZS_PARTNER_NAME), zs_record_get_string (rb, ZS_PARTNER_NAME)) != 0)
    return FALSE;
  if (org_a != NULL && g_strcmp0 (org_a, org_b) == 0)
    return TRUE;
  phones_a = phone_keys (a);
  phones_b = phone_keys (b);
  if (lists_meet (phones_a, phones_b))
    return TRUE;
  emails_a = email_keys (a);
  emails_b = email_keys (b);
  return lists_meet (emails_a, emails_b);
}

/* Fills @target's empty fields from @card; TRUE if any was empty. With
 * @apply FALSE only says whether it would. */
static gboolean
fill_in (ZsPartner *target,
         ZsPartner *card,
         gboolean   apply)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (card_fields); i++)
    {
      const char *value = zs_record_get_string (ZS_RECORD (card), card_fields[i]);

      if (value == NULL || zs_record_get_string (ZS_RECORD (target), card_fields[i]) != NULL)
        continue;
      changed = TRUE;
      if (apply)
        zs_record_set_string (ZS_RECORD (target), card_fields[i], value);
    }
  return changed;
}

static ZsPartner *
find_stored (ZsStore    *store,
             ZsPartner  *card,
             GError    **error)
{
  const char *uuid = zs_record_get_uuid (ZS_RECORD (card));
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;

  if (uuid != NULL && (id = zs_store_find_by_uuid (store, ZS_TYPE_PARTNER, uuid)) != 0)
    return zs_store_load (store, ZS_TYPE_PARTNER, id, error);

  query = zs_query_new (ZS_TYPE_PARTNER);
  zs_query_add_string (query, ZS_PARTNER_NAME, ZS_QUERY_EQ, zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME));
  zs_query_set_limit (query, 100);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsPartner) candidate = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, i), NULL);

      if (candidate != NULL && same_person (candidate, card))
        return g_steal_pointer (&candidate);
    }
  return NULL;
}

/* An earlier new card of the same file for the same partner. */
static ZsPartner *
find_earlier (ZsVCardImport *self,
              ZsPartner     *card)
{
  const char *uuid = zs_record_get_uuid (ZS_RECORD (card));

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      const char *other = zs_record_get_uuid (ZS_RECORD (entry->card));

      if (entry->outcome != ZS_VCARD_ADD)
        continue;
      if ((uuid != NULL && g_strcmp0 (uuid, other) == 0) || same_person (entry->card, card))
        return entry->card;
    }
  return NULL;
}

ZsVCardImport *
zs_vcard_import_new (ZsStore        *store,
                     const char     *data,
                     gsize           length,
                     ZsPartnerKind   default_kind,
                     GError        **error)
{
  g_autoptr(ZsVCardImport) self = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) names = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  cards = zs_vcard_read (data, length, default_kind, &lines, error);
  if (cards == NULL)
    return NULL;

  self = g_new0 (ZsVCardImport, 1);
  self->store = g_object_ref (store);
  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), cards->len);
  g_array_set_clear_func (self->entries, clear_entry);
  /* Only names seen twice in the file need the slow look for an earlier card. */
  names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < cards->len; i++)
    {
      ZsPartner *card = g_ptr_array_index (cards, i);
      const char *name = zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME);
      Entry entry = { g_object_ref (card), NULL, ZS_VCARD_ADD, g_array_index (lines, int, i) };
      GError *local_error = NULL;
      ZsPartner *earlier;

      entry.target = find_stored (store, card, &local_error);
      if (local_error != NULL)
        {
          clear_entry (&entry);
          g_propagate_error (error, local_error);
          return NULL;
        }

      if (entry.target != NULL)
        entry.outcome = fill_in (entry.target, card, FALSE) ? ZS_VCARD_FILL : ZS_VCARD_UNCHANGED;
      else if ((g_hash_table_contains (names, name) || zs_record_get_uuid (ZS_RECORD (card)) != NULL) &&
               (earlier = find_earlier (self, card)) != NULL)
        {
          /* The earlier card takes in what this one adds. */
          fill_in (earlier, card, TRUE);
          entry.target = g_object_ref (earlier);
          entry.outcome = ZS_VCARD_SAME_CARD;
        }
      g_hash_table_add (names, (gpointer) name);

      self->counts[entry.outcome]++;
      g_array_append_val (self->entries, entry);
    }
  return g_steal_pointer (&self);
}

guint
zs_vcard_import_get_n_cards (ZsVCardImport *self)
{
  return self->entries->len;
}

guint
zs_vcard_import_count (ZsVCardImport  *self,
                       ZsVCardOutcome  outcome)
{
  g_return_val_if_fail (outcome < ZS_VCARD_N_OUTCOMES, 0);
  return self->counts[outcome];
}

static Entry *
entry_at (ZsVCardImport *self,
          guint          index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);
  return &g_array_index (self->entries, Entry, index);
}

ZsPartner *
zs_vcard_import_get_card (ZsVCardImport *self,
                          guint          index)
{
  Entry *entry = entry_at (self, index);

  return entry != NULL ? entry->card : NULL;
}

ZsVCardOutcome
zs_vcard_import_get_outcome (ZsVCardImport *self,
                             guint          index)
{
  Entry *entry = entry_at (self, index);

  return entry != NULL ? entry->outcome : ZS_VCARD_UNCHANGED;
}

ZsPartner *
zs_vcard_import_get_target (ZsVCardImport *self,
                            guint          index)
{
  Entry *entry = entry_at (self, index);

  return entry != NULL ? entry->target : NULL;
}

int
zs_vcard_import_get_line (ZsVCardImport *self,
                          guint          index)
{
  Entry *entry = entry_at (self, index);

  return entry != NULL ? entry->line : 0;
}

/* Names the card in a message: "第 12 行的名片“张三”". */
static void
prefix_card (GError **error,
             Entry   *entry)
{
  g_prefix_error (error, _("The card on line %d (“%s”): "), entry->line,
                  zs_record_get_title (ZS_RECORD (entry->card)));
}

gboolean
zs_vcard_import_apply (ZsVCardImport  *self,
                       GError        **error)
{
  gboolean bulk = self->counts[ZS_VCARD_ADD] > BULK_THRESHOLD;

  if (!zs_store_begin (self->store, error))
    return FALSE;
  if (bulk && !zs_store_bulk_begin (self->store, error))
    goto fail;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      switch (entry->outcome)
        {
        case ZS_VCARD_ADD:
          if (!zs_store_save (self->store, ZS_RECORD (entry->card), error))
            {
              prefix_card (error, entry);
              goto fail;
            }
          break;
        case ZS_VCARD_FILL:
          fill_in (entry->target, entry->card, TRUE);
          if (!zs_store_save (self->store, ZS_RECORD (entry->target), error))
            {
              prefix_card (error, entry);
              goto fail;
            }
          break;
        case ZS_VCARD_UNCHANGED:
        case ZS_VCARD_SAME_CARD:
        case ZS_VCARD_N_OUTCOMES:
        default:
          break;
        }
    }

  if ((bulk && !zs_store_bulk_end (self->store, error)) ||
      !zs_store_commit (self->store, error))
    goto fail;
  return TRUE;

fail:
  /* Puts back the stored partners that were filled in. */
  zs_store_rollback (self->store);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->outcome == ZS_VCARD_ADD)
        zs_record_set_id (ZS_RECORD (entry->card), 0);
    }
  return FALSE;
}

char *
zs_vcard_export (ZsStore         *store,
                 ZsQuery         *partners,
                 ZsVCardVersion   version,
                 guint           *n_cards,
                 GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_query_get_record_type (partners) == ZS_TYPE_PARTNER, NULL);

  ids = zs_store_query (store, partners, error);
  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsPartner) partner = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, i), error);

      if (partner == NULL)
        return NULL;
      zs_vcard_write (out, partner, version);
    }

  if (n_cards != NULL)
    *n_cards = ids->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
