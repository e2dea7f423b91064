/* zs-partner-vcard.c — what importing a vCard file does, and doing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The plan compares each card with the stored partners of its name and
 * with the earlier cards of the file; the merge rules are in the header.
 * Every comparison goes through hash tables of keys (a number's digits,
 * an address, an organisation, a WeChat id), so a card of 160,000 numbers
 * or a file of 200,000 cards is planned in linear time.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-error.h"
#include "zs-output-file.h"
#include "zs-partner-vcard.h"

typedef struct {
  ZsPartner      *card;
  ZsPartner      *target;     /* stored partner, or the earlier card's partner */
  gint64          target_id;  /* of the stored partner */
  ZsVCardOutcome  outcome;
  int             line;
} Entry;

struct _ZsVCardImport
{
  ZsStore   *store;
  GArray    *entries;    /* Entry */
  GPtrArray *skipped;    /* ZsVCardSkipped */
  guint      n_skipped;  /* cards */
  guint      counts[ZS_VCARD_N_OUTCOMES];
  char      *source;     /* the file's name, for the history */
};

/* The earlier new cards of the file, by what identifies them. */
typedef struct {
  GHashTable *by_key;    /* "name\x1fkey" → entry index + 1 */
  GHashTable *by_uuid;   /* uuid → entry index + 1 */
  GHashTable *by_name;   /* name → GArray of entry indexes */
} Earlier;

/* The text fields a card can fill. */
static const guint card_fields[] = {
  ZS_PARTNER_ORGANISATION, ZS_PARTNER_TITLE, ZS_PARTNER_CITY, ZS_PARTNER_NATIVE_PLACE,
  ZS_PARTNER_PHONE, ZS_PARTNER_EMAIL, ZS_PARTNER_WECHAT, ZS_PARTNER_APPOINTED_DATE, ZS_PARTNER_NOTES,
};

/* The fields that say who a partner is, beside the name. */
static const guint id_fields[] = {
  ZS_PARTNER_PHONE, ZS_PARTNER_EMAIL, ZS_PARTNER_WECHAT, ZS_PARTNER_ORGANISATION,
};

/* Above this many new partners, the search index is built once at the end. */
#define BULK_THRESHOLD 1000
/* Earlier cards of one name a card without identifying details is
 * compared with, at most: a bound for files of one name many times. */
#define MAX_NAMESAKES 64
/* How many stored partners of one name are looked at. */
#define MAX_STORED_NAMESAKES 100
/* How often the plan and the import report progress. */
#define CHECK_EVERY 256

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->card);
  g_clear_object (&entry->target);
}

void
zs_vcard_import_set_source (ZsVCardImport *self,
                            const char    *source)
{
  g_free (self->source);
  self->source = g_strdup (source);
}

void
zs_vcard_import_free (ZsVCardImport *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_free (self->source);
  g_free (self);
}

/* ---- what identifies a partner -------------------------------------------------- */

/* Appends the keys of @field of @r to @keys: "P:" and a number's digits,
 * "E:" and an address in lower case, "W:" WeChat, "O:" the organisation. */
static void
add_field_keys (GPtrArray *keys,
                ZsRecord  *r,
                guint      field)
{
  const char *value = zs_record_get_string (r, field);

  if (value == NULL)
    return;
  if (field == ZS_PARTNER_PHONE || field == ZS_PARTNER_EMAIL)
    {
      g_auto(GStrv) items = zs_vcard_split_list (value);

      for (guint i = 0; items[i] != NULL; i++)
        {
          g_autofree char *key = field == ZS_PARTNER_PHONE ? zs_vcard_phone_key (items[i])
                                                           : g_utf8_strdown (items[i], -1);

          if (key != NULL)
            g_ptr_array_add (keys, g_strconcat (field == ZS_PARTNER_PHONE ? "P:" : "E:", key, NULL));
        }
    }
  else
    g_ptr_array_add (keys, g_strconcat (field == ZS_PARTNER_WECHAT ? "W:" : "O:", value, NULL));
}

static GPtrArray *
id_keys (ZsPartner *partner)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (id_fields); i++)
    add_field_keys (keys, ZS_RECORD (partner), id_fields[i]);
  return keys;
}

/* A card's keys, as a set to look a partner's up in. */
static GHashTable *
key_set (GPtrArray *keys)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < keys->len; i++)
    g_hash_table_add (set, g_ptr_array_index (keys, i));
  return set;
}

/* For a card without identifying details: nothing it says differs from
 * what @partner has. */
static gboolean
agrees (ZsPartner *partner,
        ZsPartner *card)
{
  for (guint i = 0; i < G_N_ELEMENTS (card_fields); i++)
    {
      const char *ours = zs_record_get_string (ZS_RECORD (partner), card_fields[i]);
      const char *theirs = zs_record_get_string (ZS_RECORD (card), card_fields[i]);

      if (ours != NULL && theirs != NULL && strcmp (ours, theirs) != 0)
        return FALSE;
    }
  return TRUE;
}

/* @card (with the set of its keys, NULL when it has none) is @partner. */
static gboolean
same_person (ZsPartner  *partner,
             ZsPartner  *card,
             GHashTable *card_keys)
{
  g_autoptr(GPtrArray) keys = NULL;

  if (g_strcmp0 (zs_record_get_string (ZS_RECORD (partner), ZS_PARTNER_NAME),
                 zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME)) != 0)
    return FALSE;
  if (card_keys == NULL)
    return agrees (partner, card);
  keys = id_keys (partner);
  for (guint i = 0; i < keys->len; i++)
    if (g_hash_table_contains (card_keys, g_ptr_array_index (keys, i)))
      return TRUE;
  return FALSE;
}

/* Fills @target's empty fields from @card; the fields it filled (or would,
 * with @apply FALSE) as bits. */
static guint
fill_in (ZsPartner *target,
         ZsPartner *card,
         gboolean   apply)
{
  guint filled = 0;

  for (guint i = 0; i < G_N_ELEMENTS (card_fields); i++)
    {
      const char *value = zs_record_get_string (ZS_RECORD (card), card_fields[i]);

      if (value == NULL || zs_record_get_string (ZS_RECORD (target), card_fields[i]) != NULL)
        continue;
      filled |= 1u << card_fields[i];
      if (apply)
        zs_record_set_string (ZS_RECORD (target), card_fields[i], value);
    }
  return filled;
}

/* ---- the stored partners, and the earlier cards --------------------------------- */

/* The stored partner @card is: by UID, else among those of its name, the
 * first it adds nothing to, else the first it fills. */
static ZsPartner *
find_stored (ZsStore     *store,
             ZsPartner   *card,
             GHashTable  *card_keys,
             GError     **error)
{
  const char *uuid = zs_record_get_uuid (ZS_RECORD (card));
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsPartner) first = NULL;
  gint64 id;

  if (uuid != NULL && (id = zs_store_find_by_uuid (store, ZS_TYPE_PARTNER, uuid)) != 0)
    return zs_store_load (store, ZS_TYPE_PARTNER, id, error);

  query = zs_query_new (ZS_TYPE_PARTNER);
  zs_query_add_string (query, ZS_PARTNER_NAME, ZS_QUERY_EQ, zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME));
  zs_query_set_limit (query, MAX_STORED_NAMESAKES);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsPartner) candidate = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, i), NULL);

      if (candidate == NULL || !same_person (candidate, card, card_keys))
        continue;
      if (fill_in (candidate, card, FALSE) == 0)
        return g_steal_pointer (&candidate);
      if (first == NULL)
        first = g_steal_pointer (&candidate);
    }
  return g_steal_pointer (&first);
}

static void
earlier_init (Earlier *earlier)
{
  earlier->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  earlier->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  earlier->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
}

static void
earlier_clear (Earlier *earlier)
{
  g_clear_pointer (&earlier->by_key, g_hash_table_unref);
  g_clear_pointer (&earlier->by_uuid, g_hash_table_unref);
  g_clear_pointer (&earlier->by_name, g_hash_table_unref);
}

static void
earlier_add_keys (Earlier   *earlier,
                  const char *name,
                  GPtrArray  *keys,
                  guint       index)
{
  for (guint i = 0; i < keys->len; i++)
    {
      char *key = g_strconcat (name, "\x1f", (const char *) g_ptr_array_index (keys, i), NULL);

      if (g_hash_table_contains (earlier->by_key, key))
        g_free (key);
      else
        g_hash_table_insert (earlier->by_key, key, GUINT_TO_POINTER (index + 1));
    }
}

static void
earlier_add (Earlier   *earlier,
             ZsPartner *card,
             GPtrArray *keys,
             guint      index)
{
  const char *name = zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME);
  const char *uuid = zs_record_get_uuid (ZS_RECORD (card));
  GArray *namesakes = g_hash_table_lookup (earlier->by_name, name);

  if (uuid != NULL && !g_hash_table_contains (earlier->by_uuid, uuid))
    g_hash_table_insert (earlier->by_uuid, g_strdup (uuid), GUINT_TO_POINTER (index + 1));
  if (namesakes == NULL)
    {
      namesakes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (earlier->by_name, g_strdup (name), namesakes);
    }
  if (namesakes->len < MAX_NAMESAKES)
    g_array_append_val (namesakes, index);
  earlier_add_keys (earlier, name, keys, index);
}

/* The index of the earlier new card @card is the same partner as, or -1. */
static int
earlier_find (ZsVCardImport *self,
              Earlier       *earlier,
              ZsPartner     *card,
              GPtrArray     *keys)
{
  const char *name = zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_NAME);
  const char *uuid = zs_record_get_uuid (ZS_RECORD (card));
  gpointer found;

  if (uuid != NULL && (found = g_hash_table_lookup (earlier->by_uuid, uuid)) != NULL)
    return GPOINTER_TO_INT (found) - 1;
  if (keys->len > 0)
    {
      for (guint i = 0; i < keys->len; i++)
        {
          g_autofree char *key = g_strconcat (name, "\x1f", (const char *) g_ptr_array_index (keys, i), NULL);

          if ((found = g_hash_table_lookup (earlier->by_key, key)) != NULL)
            return GPOINTER_TO_INT (found) - 1;
        }
      return -1;
    }
  {
    GArray *namesakes = g_hash_table_lookup (earlier->by_name, name);

    for (guint i = 0; namesakes != NULL && i < namesakes->len; i++)
      {
        guint index = g_array_index (namesakes, guint, i);

        if (agrees (g_array_index (self->entries, Entry, index).card, card))
          return index;
      }
  }
  return -1;
}

/* ---- the plan -------------------------------------------------------------------- */

typedef struct {
  ZsVCardProgress progress;
  gpointer        data;
} Progress;

/* Reading is about a third of the work of a plan. */
static void
on_read_progress (double   fraction,
                  gpointer user_data)
{
  Progress *p = user_data;

  if (p->progress != NULL)
    p->progress (fraction * 0.3, p->data);
}

/* Plans @card (index @i of the file); FALSE on a database error. */
static gboolean
plan_card (ZsVCardImport  *self,
           Earlier        *earlier,
           ZsPartner      *card,
           int             line,
           GError        **error)
{
  g_autoptr(GPtrArray) keys = id_keys (card);
  g_autoptr(GHashTable) set = key_set (keys);
  Entry entry = { g_object_ref (card), NULL, 0, ZS_VCARD_ADD, line };
  GError *local_error = NULL;
  int index;

  entry.target = find_stored (self->store, card, keys->len > 0 ? set : NULL, &local_error);
  if (local_error != NULL)
    {
      clear_entry (&entry);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (entry.target != NULL)
    {
      entry.target_id = zs_record_get_id (ZS_RECORD (entry.target));
      entry.outcome = fill_in (entry.target, card, FALSE) != 0 ? ZS_VCARD_FILL : ZS_VCARD_UNCHANGED;
    }
  else if ((index = earlier_find (self, earlier, card, keys)) >= 0)
    {
      Entry *first = &g_array_index (self->entries, Entry, index);
      guint filled = fill_in (first->card, card, TRUE);
      const char *name = zs_record_get_string (ZS_RECORD (first->card), ZS_PARTNER_NAME);
      g_autoptr(GPtrArray) new_keys = g_ptr_array_new_with_free_func (g_free);

      /* The earlier card takes in what this one adds, and is found by it too. */
      for (guint i = 0; i < G_N_ELEMENTS (id_fields); i++)
        if (filled & (1u << id_fields[i]))
          add_field_keys (new_keys, ZS_RECORD (first->card), id_fields[i]);
      earlier_add_keys (earlier, name, new_keys, index);
      entry.target = g_object_ref (first->card);
      entry.outcome = ZS_VCARD_SAME_CARD;
    }
  else
    earlier_add (earlier, card, keys, self->entries->len);

  self->counts[entry.outcome]++;
  g_array_append_val (self->entries, entry);
  return TRUE;
}

ZsVCardImport *
zs_vcard_import_new_full (ZsStore         *store,
                          const char      *data,
                          gsize            length,
                          ZsPartnerKind    default_kind,
                          GCancellable    *cancellable,
                          ZsVCardProgress  progress,
                          gpointer         progress_data,
                          GError         **error)
{
  g_autoptr(ZsVCardImport) self = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  Progress read_progress = { progress, progress_data };
  Earlier earlier;
  gboolean ok = TRUE;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  cards = zs_vcard_read_full (data, length, default_kind, &lines, &skipped, cancellable,
                              on_read_progress, &read_progress, error);
  if (cards == NULL)
    return NULL;

  self = g_new0 (ZsVCardImport, 1);
  self->store = g_object_ref (store);
  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), cards->len);
  g_array_set_clear_func (self->entries, clear_entry);
  self->skipped = g_steal_pointer (&skipped);
  for (guint i = 0; i < self->skipped->len; i++)
    self->n_skipped += ((ZsVCardSkipped *) g_ptr_array_index (self->skipped, i))->whole_card;

  earlier_init (&earlier);
  for (guint i = 0; i < cards->len && ok; i++)
    {
      if (i % CHECK_EVERY == 0 && i > 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            ok = FALSE;
          else if (progress != NULL)
            progress (0.3 + 0.7 * i / cards->len, progress_data);
        }
      if (ok)
        ok = plan_card (self, &earlier, g_ptr_array_index (cards, i), g_array_index (lines, int, i), error);
    }
  earlier_clear (&earlier);
  if (!ok)
    return NULL;
  if (progress != NULL)
    progress (1.0, progress_data);
  return g_steal_pointer (&self);
}

ZsVCardImport *
zs_vcard_import_new (ZsStore        *store,
                     const char     *data,
                     gsize           length,
                     ZsPartnerKind   default_kind,
                     GError        **error)
{
  return zs_vcard_import_new_full (store, data, length, default_kind, NULL, NULL, NULL, error);
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

guint
zs_vcard_import_get_n_skipped (ZsVCardImport *self)
{
  return self->n_skipped;
}

GPtrArray *
zs_vcard_import_get_skipped (ZsVCardImport *self)
{
  return self->skipped;
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

/* At most this many skipped cards and lines are listed in the summary. */
#define MAX_LISTED 100

char *
zs_vcard_import_format (ZsVCardImport *self,
                        const char    *source)
{
  GString *out = g_string_new (NULL);
  guint n = self->entries->len + self->n_skipped;
  guint listed = MIN (self->skipped->len, MAX_LISTED);

  /* TRANSLATORS: the file and how many cards it holds */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %u card", "%s: %u cards", n), source, n);
  g_string_append (out, "\n  ");
  /* TRANSLATORS: what importing a vCard file does with its cards */
  g_string_append_printf (out, _("New partners %u, filled in %u, nothing new %u, skipped %u"),
                          self->counts[ZS_VCARD_ADD], self->counts[ZS_VCARD_FILL],
                          self->counts[ZS_VCARD_UNCHANGED] + self->counts[ZS_VCARD_SAME_CARD], self->n_skipped);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < listed; i++)
    {
      ZsVCardSkipped *skipped = g_ptr_array_index (self->skipped, i);

      g_string_append_printf (out, skipped->whole_card ? _("  Skipped, line %d: %s\n") : _("  Ignored, line %d: %s\n"),
                              skipped->line, skipped->reason);
    }
  if (self->skipped->len > listed)
    g_string_append_printf (out, _("  … and %u more skipped cards and ignored lines\n"), self->skipped->len - listed);
  return g_string_free (out, FALSE);
}

/* ---- the import ------------------------------------------------------------------ */

/* Names the card in a message: "第 12 行的名片“张三”". */
static void
prefix_card (GError **error,
             Entry   *entry)
{
  g_prefix_error (error, _("The card on line %d (“%s”): "), entry->line,
                  zs_record_get_title (ZS_RECORD (entry->card)));
}

void
zs_vcard_import_detach (ZsVCardImport *self)
{
  g_clear_object (&self->store);
}

static gboolean
apply_entry (ZsVCardImport  *self,
             ZsStore        *store,
             Entry          *entry,
             GError        **error)
{
  g_autoptr(ZsPartner) target = NULL;

  switch (entry->outcome)
    {
    case ZS_VCARD_ADD:
      return zs_store_save (store, ZS_RECORD (entry->card), error);
    case ZS_VCARD_FILL:
      /* On the plan's connection, the live partner; on another, its own. */
      target = store == self->store ? g_object_ref (entry->target)
                                    : zs_store_load (store, ZS_TYPE_PARTNER, entry->target_id, error);
      if (target == NULL)
        return FALSE;
      fill_in (target, entry->card, TRUE);
      return zs_store_save (store, ZS_RECORD (target), error);
    case ZS_VCARD_UNCHANGED:
    case ZS_VCARD_SAME_CARD:
    case ZS_VCARD_N_OUTCOMES:
    default:
      return TRUE;
    }
}

gboolean
zs_vcard_import_apply_full (ZsVCardImport   *self,
                            ZsStore         *store,
                            GCancellable    *cancellable,
                            ZsVCardProgress  progress,
                            gpointer         progress_data,
                            GError         **error)
{
  gboolean bulk = self->counts[ZS_VCARD_ADD] > BULK_THRESHOLD;

  if (store == NULL)
    store = self->store;
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (!zs_store_begin (store, error))
    return FALSE;
  /* The history has one entry for the file, not one per card. */
  zs_store_history_pause (store);
  if (bulk && !zs_store_bulk_begin (store, error))
    goto fail;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (i % CHECK_EVERY == 0 && i > 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress != NULL)
            progress ((double) i / self->entries->len, progress_data);
        }
      if (!apply_entry (self, store, entry, error))
        {
          prefix_card (error, entry);
          goto fail;
        }
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      (bulk && !zs_store_bulk_end (store, error)))
    goto fail;
  zs_store_history_resume (store);
  if (!zs_store_log_import (store, self->source != NULL ? self->source : "vCard",
                            self->counts[ZS_VCARD_ADD], self->counts[ZS_VCARD_FILL],
                            self->counts[ZS_VCARD_UNCHANGED] + self->counts[ZS_VCARD_SAME_CARD], error) ||
      !zs_store_commit (store, error))
    goto fail_resumed;
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;

fail:
  zs_store_history_resume (store);
fail_resumed:
  /* Puts back the stored partners that were filled in. */
  zs_store_rollback (store);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->outcome == ZS_VCARD_ADD)
        zs_record_set_id (ZS_RECORD (entry->card), 0);
    }
  return FALSE;
}

gboolean
zs_vcard_import_apply (ZsVCardImport  *self,
                       GError        **error)
{
  return zs_vcard_import_apply_full (self, NULL, NULL, NULL, NULL, error);
}

/* A file's cards go out in pieces of this size, so that its memory stays
 * the same from 100 partners to 100,000. */
#define CARDS_PIECE (64 * 1024)

typedef gboolean (*CardsSink) (GString  *cards,
                               gpointer  data,
                               GError  **error);

/* Each partner read once, in the query's order, in one read transaction
 * (one state of the database, and no lock taken per partner) through the
 * stream's small cache; @sink, when given, takes the cards as they pile
 * up. The connection goes on as it was. */
static gboolean
write_cards (ZsStore         *store,
             ZsQuery         *partners,
             ZsVCardVersion   version,
             GString         *out,
             CardsSink        sink,
             gpointer         sink_data,
             guint           *n_cards,
             GError         **error)
{
  ZsStoreHint hint = zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  g_autoptr(GArray) ids = NULL;
  gboolean ok;

  ok = zs_store_begin_read (store, error);
  if (ok)
    {
      ids = zs_store_query (store, partners, error);
      ok = ids != NULL;
      for (guint i = 0; ok && i < ids->len; i++)
        {
          g_autoptr(ZsPartner) partner = zs_store_load (store, ZS_TYPE_PARTNER, g_array_index (ids, gint64, i), error);

          ok = partner != NULL;
          if (ok)
            zs_vcard_write (out, partner, version);
          if (ok && sink != NULL && out->len >= CARDS_PIECE)
            {
              ok = sink (out, sink_data, error);
              g_string_truncate (out, 0);
            }
        }
      zs_store_commit (store, NULL);
    }
  zs_store_set_hint (store, hint);
  if (ok && sink != NULL && out->len > 0)
    ok = sink (out, sink_data, error);
  if (ok && n_cards != NULL)
    *n_cards = ids->len;
  return ok;
}

char *
zs_vcard_export (ZsStore         *store,
                 ZsQuery         *partners,
                 ZsVCardVersion   version,
                 guint           *n_cards,
                 GError         **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (zs_query_get_record_type (partners) == ZS_TYPE_PARTNER, NULL);

  if (!write_cards (store, partners, version, out, NULL, NULL, n_cards, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct {
  GOutputStream *stream;
  GCancellable  *cancellable;
  gboolean       failed;  /* in writing, not in reading */
} FileSink;

static gboolean
write_to_file (GString  *cards,
               gpointer  data,
               GError  **error)
{
  FileSink *file = data;

  file->failed = !g_output_stream_write_all (file->stream, cards->str, cards->len, NULL,
                                             file->cancellable, error);
  return !file->failed;
}

gboolean
zs_vcard_export_to_file (ZsStore         *store,
                         ZsQuery         *partners,
                         ZsVCardVersion   version,
                         const char      *path,
                         guint           *n_cards,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(GString) out = NULL;
  GError *local_error = NULL;
  FileSink file = { NULL, cancellable, FALSE };

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (zs_query_get_record_type (partners) == ZS_TYPE_PARTNER, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* What cannot be written is said before the partners are read. */
  output = zs_output_file_new (path, cancellable, &local_error);
  if (output == NULL)
    goto fail;
  file.stream = zs_output_file_get_stream (output);
  out = g_string_sized_new (CARDS_PIECE + 4096);
  if (!write_cards (store, partners, version, out, write_to_file, &file, n_cards, &local_error))
    {
      /* A partner that could not be read is the database's error. */
      if (!file.failed)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      goto fail;
    }
  if (!zs_output_file_commit (output, cancellable, &local_error))
    goto fail;
  return TRUE;

fail:
  g_propagate_prefixed_error (error, local_error, _("Cannot write “%s”: "), path);
  return FALSE;
}
