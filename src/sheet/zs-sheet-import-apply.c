/* zs-sheet-import-apply.c — a bureau's ledger from a spreadsheet: what the
 * preview found, told and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-sheet-import-private.h"
#include "zs-sheet-words.h"

#define MAX_REFUSALS 200
#define MAPPING_SETTING "sheet-mapping-"

void
zs_sheet_import_free (ZsSheetImport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->refusals);
  g_ptr_array_unref (self->rows);
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    {
      g_clear_pointer (&self->new_names[i], g_hash_table_unref);
      g_clear_pointer (&self->new_order[i], g_ptr_array_unref);
    }
  g_clear_pointer (&self->first, zs_sheet_layout_free);
  g_clear_pointer (&self->book, zs_sheet_book_free);
  g_free (self->shape);
  g_free (self->file_name);
  g_free (self);
}

gboolean
zs_sheet_import_can_apply (ZsSheetImport *self)
{
  return self->n_refused == 0;
}

guint zs_sheet_import_get_n_added (ZsSheetImport *self) { return self->n_added; }
guint zs_sheet_import_get_n_updated (ZsSheetImport *self) { return self->n_updated; }
guint zs_sheet_import_get_n_unchanged (ZsSheetImport *self) { return self->n_unchanged; }
guint zs_sheet_import_get_n_refused (ZsSheetImport *self) { return self->n_refused; }

const char * const *
zs_sheet_import_get_refusals (ZsSheetImport *self)
{
  return (const char * const *) self->refusals->pdata;
}

const char * const *
zs_sheet_import_get_notes (ZsSheetImport *self)
{
  return (const char * const *) self->notes->pdata;
}

const char *
zs_sheet_import_get_table (ZsSheetImport *self)
{
  return self->table->name;
}

const char *
zs_sheet_import_get_shape (ZsSheetImport *self)
{
  return self->shape;
}

const char *
zs_sheet_import_get_sheet_name (ZsSheetImport *self)
{
  return self->first->sheet->name;
}

guint
zs_sheet_import_get_n_headers (ZsSheetImport *self)
{
  return self->first->headers->len;
}

static ZsSheetColumn *
header_at (ZsSheetImport *self,
           guint          i)
{
  g_return_val_if_fail (i < self->first->headers->len, NULL);
  return g_ptr_array_index (self->first->headers, i);
}

const char *
zs_sheet_import_get_header (ZsSheetImport *self,
                            guint          i)
{
  return header_at (self, i)->header;
}

char *
zs_sheet_import_get_header_address (ZsSheetImport *self,
                                    guint          i)
{
  const ZsSheetRow *row = g_ptr_array_index (self->first->sheet->rows, self->first->header_first);
  const ZsSheetRow *last = g_ptr_array_index (self->first->sheet->rows, self->first->header_last);
  g_autofree char *letters = zs_sheet_column_name (header_at (self, i)->column);

  /* A header of two rows: the column's name is in one of them. */
  if (last != row)
    return g_strdup_printf ("%s%u:%s%u", letters, row->number, letters, last->number);
  return g_strdup_printf ("%s%u", letters, row->number);
}

const char *
zs_sheet_import_get_header_key (ZsSheetImport *self,
                                guint          i)
{
  return header_at (self, i)->key;
}

gboolean
zs_sheet_import_is_remembered (ZsSheetImport *self)
{
  return self->remembered;
}

gboolean
zs_sheet_import_remember (ZsSheetImport  *self,
                          ZsStore        *store,
                          GError        **error)
{
  g_autofree char *setting = g_strconcat (MAPPING_SETTING, self->shape, NULL);
  g_autoptr(GString) value = g_string_new (NULL);

  for (guint i = 0; i < self->first->headers->len; i++)
    {
      const char *key = header_at (self, i)->key;

      g_string_append_printf (value, "%s%s", i > 0 ? ";" : "", key != NULL ? key : "");
    }
  return zs_store_set_setting (store, setting, value->str, error);
}

const char * const *
zs_sheet_import_field_keys (const char *table)
{
  return zs_sheet_words_keys (table);
}

const char *
zs_sheet_import_field_label (const char *table,
                             const char *key)
{
  const char *name = zs_sheet_words_first_name (table, key);

  return name != NULL ? name : key;
}

char *
zs_sheet_import_format (ZsSheetImport *self)
{
  GString *out = g_string_new (NULL);
  static const char * const new_labels[ZS_SHEET_N_CREATABLE] = { N_("New units: "), N_("New people: "),
                                                                         N_("New chains: ") };

  /* TRANSLATORS: file: table (projects, partners …): added, updated, unchanged, refused */
  g_string_append_printf (out, _("%s: %s: %u new, %u updated, %u unchanged, %u refused\n"), self->file_name,
                          g_dgettext (GETTEXT_PACKAGE, self->table->noun),
                          self->n_added, self->n_updated, self->n_unchanged, self->n_refused);
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    {
      if (self->new_order[i]->len == 0)
        continue;
      g_string_append (out, _(new_labels[i]));
      for (guint k = 0; k < self->new_order[i]->len; k++)
        g_string_append_printf (out, "%s%s", k > 0 ? "、" : "",
                                (const char *) g_hash_table_lookup (self->new_names[i],
                                                                    g_ptr_array_index (self->new_order[i], k)));
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; self->notes->pdata[i] != NULL; i++)
    g_string_append_printf (out, "  %s\n", (const char *) self->notes->pdata[i]);
  for (guint i = 0; self->refusals->pdata[i] != NULL; i++)
    g_string_append_printf (out, _("  Refused: %s\n"), (const char *) self->refusals->pdata[i]);
  if (self->n_refused > MAX_REFUSALS)
    g_string_append_printf (out, _("  … and more; the first %u refusals are shown\n"), MAX_REFUSALS);
  return g_string_free (out, FALSE);
}

GStrv
zs_sheet_import_dup_new_names (ZsSheetImport *self,
                               GType          type)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    if (zs_sheet_creatable_types[i] () == type)
      for (guint k = 0; k < self->new_order[i]->len; k++)
        g_strv_builder_add (builder, g_hash_table_lookup (self->new_names[i], g_ptr_array_index (self->new_order[i], k)));
  return g_strv_builder_end (builder);
}

/* A project's funds in place is the sum of its dated entries (the rules
 * keep it so on every save): the sheet's figure becomes an entry of the
 * difference, dated today. */
static gboolean
enter_funds (ZsStore     *store,
             ZsRecord    *project,
             gint64       wanted,
             GError     **error)
{
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(ZsRecord) entry = NULL;
  g_autofree char *today = NULL;
  gint64 have;

  if (wanted < 0)
    return TRUE;
  stored = zs_store_read_stored (store, ZS_TYPE_PROJECT, zs_record_get_id (project), error);
  if (stored == NULL)
    return FALSE;
  have = zs_record_get_int (stored, ZS_PROJECT_FUNDS_IN_PLACE);
  if (have == wanted)
    return TRUE;
  today = zs_date_today ();
  entry = g_object_new (ZS_TYPE_FUNDS_ENTRY, NULL);
  zs_record_set_int (entry, ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (project));
  zs_record_set_string (entry, ZS_FUNDS_ENTRY_DATE, today);
  zs_record_set_int (entry, ZS_FUNDS_ENTRY_AMOUNT, wanted - have);
  zs_record_set_string (entry, ZS_FUNDS_ENTRY_NOTE, _("Funds in place as the imported spreadsheet gives them"));
  return zs_store_save (store, entry, error);
}

/* Makes the units and people the sheet names and the database lacks. */
/* The group a chain a sheet names is added to: the bureau's last group
 * (新领域新赛道 in the catalogue), or 其他产业链 when there is none. The
 * chain is left unverified, for the bureau to check and move. */
static gint64
group_for_new_chains (ZsStore  *store,
                      GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CHAIN_GROUP);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) group = NULL;

  zs_query_set_order (query, ZS_CHAIN_GROUP_POSITION, TRUE);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return 0;
  if (ids->len > 0)
    return g_array_index (ids, gint64, 0);
  group = g_object_new (ZS_TYPE_CHAIN_GROUP, NULL);
  zs_record_set_string (group, ZS_CHAIN_GROUP_NAME, "其他产业链");
  if (!zs_store_save (store, group, error))
    return 0;
  return zs_record_get_id (group);
}

static gboolean
make_new_refs (ZsSheetImport  *self,
               ZsStore        *store,
               GHashTable    **made,
               GError        **error)
{
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    {
      made[i] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      for (guint k = 0; k < self->new_order[i]->len; k++)
        {
          const char *key = g_ptr_array_index (self->new_order[i], k);
          g_autoptr(ZsRecord) record = g_object_new (zs_sheet_creatable_types[i] (), NULL);
          ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

          zs_record_set_string (record, (guint) klass->title_field, g_hash_table_lookup (self->new_names[i], key));
          if (ZS_IS_CHAIN (record))
            {
              gint64 group = group_for_new_chains (store, error);

              if (group == 0)
                return FALSE;
              zs_record_set_int (record, ZS_CHAIN_GROUP_ID, group);
            }
          if (!zs_store_save (store, record, error))
            return FALSE;
          g_hash_table_insert (made[i], (gpointer) key, g_memdup2 (&(gint64) { zs_record_get_id (record) }, sizeof (gint64)));
        }
    }
  return TRUE;
}

static int
creatable_index (GType type)
{
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    if (zs_sheet_creatable_types[i] () == type)
      return (int) i;
  return -1;
}

/* The rows an import writes before the search index is worth making
 * again at the end rather than row by row, as the exchange import does:
 * at least these many, and most of what the table will hold. */
#define BULK_ROWS 1000

static gboolean
worth_bulk (ZsSheetImport *self,
            ZsStore       *store)
{
  gint64 existing = zs_store_count_all (store, self->type, NULL);

  return self->rows->len >= BULK_ROWS && existing >= 0 && (gint64) self->rows->len * 2 >= existing;
}

static gboolean apply_rows (ZsSheetImport  *self,
                            ZsStore        *store,
                            gboolean        bulk,
                            GError        **error);

/* A large sheet makes the search index once at the end, as the
 * exchange import does. The rows' own indexes stay: the save rules read
 * by them. The connection keeps the window's hint: each row's save reads
 * what the rules need, which ZS_STORE_HINT_BULK's smaller cache made
 * slower (a 10,000-row sheet took 6.0 s of CPU under it, 4.1 s before). */
gboolean
zs_sheet_import_apply (ZsSheetImport  *self,
                       ZsStore        *store,
                       GError        **error)
{
  return apply_rows (self, store, zs_sheet_import_can_apply (self) && worth_bulk (self, store), error);
}

static gboolean
apply_rows (ZsSheetImport  *self,
            ZsStore        *store,
            gboolean        bulk,
            GError        **error)
{
  GHashTable *made[ZS_SHEET_N_CREATABLE] = { NULL };
  gboolean projects = self->type == ZS_TYPE_PROJECT;
  gboolean ok;

  if (!zs_sheet_import_can_apply (self))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("“%s” is refused: %u rows cannot be imported; nothing was changed"), self->file_name,
                   self->n_refused);
      return FALSE;
    }
  if (!zs_store_begin (store, error))
    return FALSE;
  ok = (!bulk || zs_store_bulk_begin (store, error)) && make_new_refs (self, store, made, error);
  for (guint i = 0; ok && i < self->rows->len; i++)
    {
      ZsSheetPlannedRow *planned = g_ptr_array_index (self->rows, i);
      g_autoptr(ZsRecord) live = NULL;

      for (guint p = 0; p < planned->pending->len; p++)
        {
          ZsSheetPendingRef *pending = &g_array_index (planned->pending, ZsSheetPendingRef, p);
          gint64 *id = g_hash_table_lookup (made[creatable_index (pending->type)], pending->key);

          zs_record_set_int (planned->record, pending->field, id != NULL ? *id : 0);
        }
      if (planned->id != 0)
        {
          live = zs_store_load (store, self->type, planned->id, error);
          if (live == NULL)
            {
              ok = FALSE;
              break;
            }
          zs_record_copy_fields (live, planned->record);
          ok = zs_store_save (store, live, error) && (!projects || enter_funds (store, live, planned->funds, error));
          if (!ok)
            zs_store_reload (store, live, NULL);
        }
      else
        ok = zs_store_save (store, planned->record, error) &&
             (!projects || enter_funds (store, planned->record, planned->funds, error));
    }
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    g_clear_pointer (&made[i], g_hash_table_unref);
  /* A rollback undoes the bulk path's changes too (zs_store_bulk_begin()). */
  if (ok && bulk)
    ok = zs_store_bulk_end (store, error);
  if (ok && zs_store_commit (store, error))
    return TRUE;
  zs_store_rollback (store);
  return FALSE;
}
