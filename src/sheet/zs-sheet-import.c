/* zs-sheet-import.c — a bureau's ledger from a spreadsheet: the preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each row is read into a blank record first (only the cells it fills),
 * then matched to a stored record by its UUID or its table's match fields,
 * and laid over a copy of it: a blank cell leaves what the database holds.
 * The apply is in zs-sheet-import-apply.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-sheet-import-private.h"
#include "zs-sheet-refs.h"
#include "zs-sheet-values.h"
#include "zs-sheet-words.h"

#define MAX_REFUSALS 200
#define MAPPING_SETTING "sheet-mapping-"

GType (* const zs_sheet_creatable_types[ZS_SHEET_N_CREATABLE]) (void) = { zs_unit_get_type, zs_person_get_type,
                                                                                    zs_chain_get_type };

typedef struct {
  ZsStore       *store;
  ZsSheetImport *import;
  ZsSheetRefs   *refs;
  GHashTable    *existing;    /* "mask\x1ekey" → id */
  GHashTable    *indexed;     /* masks whose records are in @existing */
  GHashTable    *in_file;     /* the same key → the row number it came from */
  ZsRecordClass *klass;
} Planner;

/* A row as read, before it meets the stored record. */
typedef struct {
  ZsRecord  *record;
  gboolean  *set;       /* per field: the sheet gave it */
  GArray    *pending;   /* ZsSheetPendingRef */
  GPtrArray *contacts;  /* "联系人：张三" lines for a project's notes */
} ParsedRow;

static void
pending_clear (gpointer data)
{
  g_free (((ZsSheetPendingRef *) data)->key);
}

static GArray *
pending_new (void)
{
  GArray *pending = g_array_new (FALSE, TRUE, sizeof (ZsSheetPendingRef));

  g_array_set_clear_func (pending, pending_clear);
  return pending;
}

void
zs_sheet_planned_row_free (gpointer data)
{
  ZsSheetPlannedRow *row = data;

  g_object_unref (row->record);
  g_array_unref (row->pending);
  g_free (row);
}

static void
refuse (ZsSheetImport *self,
        char          *message)
{
  if (self->refusals->len < MAX_REFUSALS)
    g_ptr_array_add (self->refusals, message);
  else
    g_free (message);
}

static int
creatable_index (GType type)
{
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    if (zs_sheet_creatable_types[i] () == type)
      return (int) i;
  return -1;
}

static const ZsSheetPendingRef *
find_pending (GArray *pending,
              guint   field)
{
  for (guint i = 0; pending != NULL && i < pending->len; i++)
    if (g_array_index (pending, ZsSheetPendingRef, i).field == field)
      return &g_array_index (pending, ZsSheetPendingRef, i);
  return NULL;
}

/* The match fields of @record chosen by @mask, as one text compared
 * without spaces and full-width differences. */
static char *
match_key (Planner  *planner,
           ZsRecord *record,
           guint     mask,
           GArray   *pending)
{
  const ZsSheetTable *table = planner->import->table;
  const ZsField *fields = zs_record_class_get_fields (planner->klass, NULL);
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%u", mask);
  for (guint i = 0; i < ZS_SHEET_TABLE_MAX_MATCH && table->match[i] != NULL; i++)
    {
      int f = zs_record_class_find_field (planner->klass, table->match[i]);
      g_autofree char *text = NULL;
      g_autofree char *normal = NULL;

      if ((mask & (1u << i)) == 0 || f < 0)
        continue;
      if (fields[f].kind == ZS_FIELD_REF)
        {
          const ZsSheetPendingRef *wanted = find_pending (pending, (guint) f);

          text = g_strdup (wanted != NULL ? wanted->key
                                          : zs_sheet_refs_name (planner->refs, fields[f].get_type (),
                                                                zs_record_get_int (record, (guint) f)));
        }
      else if (fields[f].kind == ZS_FIELD_STRING)
        text = g_strdup (zs_record_get_string (record, (guint) f));
      else if (zs_record_field_is_set (record, (guint) f))
        text = zs_record_format_field (record, (guint) f);
      normal = zs_sheet_normalize (text);
      g_string_append_printf (key, "\x1f%s", normal);
    }
  return g_string_free (key, FALSE);
}

static gboolean
index_existing (Planner  *planner,
                guint     mask,
                GError  **error)
{
  ZsStoreCursor *cursor;
  g_autoptr(GError) local = NULL;
  ZsRecord *record;

  if (g_hash_table_contains (planner->indexed, GUINT_TO_POINTER (mask)))
    return TRUE;
  g_hash_table_add (planner->indexed, GUINT_TO_POINTER (mask));
  cursor = zs_store_cursor_new (planner->store, planner->import->type, FALSE, error);
  if (cursor == NULL)
    return FALSE;
  while ((record = zs_store_cursor_next (cursor, &local)) != NULL)
    {
      char *key = match_key (planner, record, mask, NULL);

      if (!g_hash_table_contains (planner->existing, key))
        g_hash_table_insert (planner->existing, key, g_memdup2 (&(gint64) { zs_record_get_id (record) }, sizeof (gint64)));
      else
        g_free (key);
    }
  zs_store_cursor_free (cursor);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

static char *
enum_section (const ZsSheetTable *table,
              const ZsField      *field)
{
  return zs_sheet_table_enum_section (table, field->name);
}

/* Sets field @index of the parsed row from @cell; FALSE with @reason when
 * the cell holds no such value. */
static gboolean
set_field (Planner              *planner,
           ParsedRow            *parsed,
           const ZsField        *field,
           guint                 index,
           const ZsSheetColumn  *column,
           const ZsSheetCell    *cell,
           char                **reason)
{
  ZsRecord *record = parsed->record;
  g_autofree char *text = zs_sheet_cell_text (cell);

  switch (field->kind)
    {
    case ZS_FIELD_STRING:
      zs_record_set_string (record, index, text);
      return TRUE;
    case ZS_FIELD_INT:
      {
        gint64 value;

        if (field->flags & ZS_FIELD_MONEY ? !zs_sheet_parse_amount (cell, column->factor, &value, reason)
                                          : !zs_sheet_parse_int (cell, &value, reason))
          return FALSE;
        /* Foreign capital is kept in 万美元: the factors of the words file
         * are to 万元, so take 万美元's back out. */
        if (field->flags & ZS_FIELD_DOLLARS)
          value = (gint64) round ((double) value / zs_sheet_words_money_factor ("万美元"));
        zs_record_set_int (record, index, value);
        return TRUE;
      }
    case ZS_FIELD_DOUBLE:
      {
        double value;

        if (!zs_sheet_parse_double (cell, &value, reason))
          return FALSE;
        zs_record_set_double (record, index, value);
        return TRUE;
      }
    case ZS_FIELD_BOOLEAN:
      {
        gboolean value;

        if (!zs_sheet_parse_boolean (cell, &value, reason))
          return FALSE;
        zs_record_set_boolean (record, index, value);
        return TRUE;
      }
    case ZS_FIELD_DATE:
      {
        g_autofree char *iso = NULL;

        if (!zs_sheet_parse_date (cell, &iso, reason))
          return FALSE;
        zs_record_set_string (record, index, iso);
        return TRUE;
      }
    case ZS_FIELD_ENUM:
      {
        g_autofree char *section = enum_section (planner->import->table, field);
        int value;

        if (!zs_sheet_parse_enum (cell, field->get_type (), section, &value, reason))
          return FALSE;
        zs_record_set_enum (record, index, value);
        return TRUE;
      }
    case ZS_FIELD_REF:
      {
        GType type = field->get_type ();
        int which = creatable_index (type);
        gint64 id = zs_sheet_refs_find (planner->refs, type, text);
        g_autofree char *key = zs_sheet_normalize (text);

        if (id != 0)
          {
            zs_record_set_int (record, index, id);
            return TRUE;
          }
        if (which < 0)
          {
            g_autofree char *shown = zs_text_escape_controls (text, TRUE);
            ZsRecordClass *klass = g_type_class_ref (type);
            const char *what = g_dgettext (GETTEXT_PACKAGE, klass->label);

            g_type_class_unref (klass);
            /* TRANSLATORS: there is no chain “新材料”; a chain, segment, partner or enterprise the database lacks */
            *reason = g_strdup_printf (_("there is no %s “%s”; add it first or correct the name"), what, shown);
            return FALSE;
          }
        {
          ZsSheetPendingRef pending = { index, type, g_strdup (key) };
          ZsSheetImport *self = planner->import;

          g_array_append_val (parsed->pending, pending);
          if (!g_hash_table_contains (self->new_names[which], key))
            {
              g_hash_table_insert (self->new_names[which], g_strdup (key), g_strdup (text));
              g_ptr_array_add (self->new_order[which], g_strdup (key));
            }
          /* Refers to nothing until the import makes it; set for the checks. */
          zs_record_set_int (record, index, -1);
        }
        return TRUE;
      }
    default:
      return FALSE;
    }
}

/* Gives the field @key of the parsed row from @cell. */
static gboolean
apply_key (Planner              *planner,
           ParsedRow            *parsed,
           const char           *key,
           const ZsSheetColumn  *column,
           const ZsSheetCell    *cell,
           char                **reason)
{
  const ZsField *fields = zs_record_class_get_fields (planner->klass, NULL);
  gboolean contact_name = strcmp (key, "contact-name") == 0;
  int field;

  if (strcmp (key, "ignore") == 0 || strcmp (key, "uuid") == 0)
    return TRUE;
  /* Not a project's field: kept in its notes. */
  if ((contact_name || strcmp (key, "contact-phone") == 0) && planner->import->type == ZS_TYPE_PROJECT)
    {
      g_autofree char *text = zs_sheet_cell_text (cell);

      if (text != NULL)
        g_ptr_array_add (parsed->contacts, g_strdup_printf ("%s：%s", contact_name ? "联系人" : "联系方式", text));
      return TRUE;
    }
  field = zs_record_class_find_field (planner->klass, key);
  if (field < 0)
    return TRUE;
  if (!set_field (planner, parsed, &fields[field], (guint) field, column, cell, reason))
    return FALSE;
  parsed->set[field] = TRUE;
  return TRUE;
}

/* "城关镇-张三-0531-8888 6666" for "unit-id+person-id+contact-phone": a
 * part for each key, the last one taking the rest (a phone has dashes). */
static gboolean
is_split_mark (gunichar c)
{
  return c == '-' || c == '/' || c == 0xFF0D /* － */ || c == 0x2014 /* — */ || c == 0x2013 /* – */ ||
         c == 0xFF0F /* ／ */ || c == 0x3001 /* 、 */;
}

static GStrv
split_cell (const char *text,
            guint       n_keys)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) piece = g_string_new (NULL);
  guint taken = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (taken + 1 < n_keys && is_split_mark (c))
        {
          g_autofree char *part = g_strstrip (g_strdup (piece->str));

          if (*part != '\0')
            {
              g_strv_builder_add (builder, part);
              taken++;
            }
          g_string_truncate (piece, 0);
          continue;
        }
      g_string_append_unichar (piece, c);
    }
  g_strstrip (piece->str);
  if (piece->str[0] != '\0')
    g_strv_builder_add (builder, piece->str);
  return g_strv_builder_end (builder);
}

static void
refuse_cell (ZsSheetImport       *self,
             const ZsSheetLayout *layout,
             guint                column,
             guint                row_number,
             const char          *reason)
{
  g_autofree char *address = zs_sheet_cell_address (layout->sheet->name, column, row_number);

  /* TRANSLATORS: a cell's address and what is wrong with it: 项目台账!F12: “三亿五” is not an amount */
  refuse (self, g_strdup_printf (_("%s: %s"), address, reason));
}

/* Reads @row into @parsed; FALSE when a cell is refused. */
static gboolean
parse_row (Planner             *planner,
           const ZsSheetLayout *layout,
           const ZsSheetRow    *row,
           ParsedRow           *parsed)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < layout->columns->len; i++)
    {
      const ZsSheetColumn *column = g_ptr_array_index (layout->columns, i);
      const ZsSheetCell *cell = zs_sheet_row_get (row, column->column);
      g_autofree char *text = zs_sheet_cell_text (cell);
      g_autofree char *reason = NULL;

      /* A blank cell leaves what the database holds. */
      if (text == NULL)
        continue;
      if (strchr (column->key, '+') != NULL)
        {
          g_auto(GStrv) keys = g_strsplit (column->key, "+", -1);
          g_auto(GStrv) parts = split_cell (text, g_strv_length (keys));

          for (guint k = 0; ok && keys[k] != NULL && parts[k] != NULL; k++)
            {
              ZsSheetCell part = { ZS_SHEET_CELL_TEXT, parts[k], 0 };

              if (!apply_key (planner, parsed, keys[k], column, &part, &reason))
                {
                  refuse_cell (planner->import, layout, column->column, row->number, reason);
                  ok = FALSE;
                }
            }
          continue;
        }
      if (!apply_key (planner, parsed, column->key, column, cell, &reason))
        {
          refuse_cell (planner->import, layout, column->column, row->number, reason);
          ok = FALSE;
        }
    }
  return ok;
}

static void
add_contacts (ZsRecord  *record,
              GPtrArray *contacts)
{
  for (guint i = 0; i < contacts->len; i++)
    {
      const char *line = g_ptr_array_index (contacts, i);
      const char *notes = zs_record_get_string (record, ZS_PROJECT_NOTES);

      if (notes != NULL && strstr (notes, line) != NULL)
        continue;
      if (notes == NULL || *notes == '\0')
        zs_record_set_string (record, ZS_PROJECT_NOTES, line);
      else
        {
          g_autofree char *joined = g_strconcat (notes, "\n", line, NULL);

          zs_record_set_string (record, ZS_PROJECT_NOTES, joined);
        }
    }
}

static void
plan_row (Planner             *planner,
          const ZsSheetLayout *layout,
          guint                mask,
          const ZsSheetRow    *row)
{
  ZsSheetImport *self = planner->import;
  guint n_fields;
  const ZsSheetColumn *uuid_column = zs_sheet_layout_get_column (layout, "uuid");
  const ZsSheetColumn *name_column = zs_sheet_layout_get_column (layout, self->table->match[0]);
  int name_field = zs_record_class_find_field (planner->klass, self->table->match[0]);
  g_autofree char *uuid = uuid_column != NULL ? zs_sheet_cell_text (zs_sheet_row_get (row, uuid_column->column)) : NULL;
  g_autofree gboolean *set = NULL;
  g_autoptr(ZsRecord) blank = g_object_new (self->type, NULL);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_free);
  ParsedRow parsed = { blank, NULL, pending_new (), contacts };
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *key = NULL;
  ZsSheetPlannedRow *planned;
  gboolean refused;
  gint64 id = 0;
  guint *earlier;

  zs_record_class_get_fields (planner->klass, &n_fields);
  set = parsed.set = g_new0 (gboolean, n_fields);
  refused = !parse_row (planner, layout, row, &parsed);
  if (!refused && !set[name_field])
    {
      g_autofree char *address = zs_sheet_cell_address (layout->sheet->name, name_column->column, row->number);

      /* TRANSLATORS: 项目台账!B7: “项目名称” is empty */
      refuse (self, g_strdup_printf (_("%s: “%s” is empty"), address, name_column->header));
      refused = TRUE;
    }
  if (refused)
    {
      self->n_refused++;
      g_array_unref (parsed.pending);
      return;
    }

  key = match_key (planner, blank, mask, parsed.pending);
  earlier = g_hash_table_lookup (planner->in_file, key);
  if (earlier != NULL)
    {
      /* TRANSLATORS: 项目台账 row 9: the same record as row 5 (the match columns) */
      refuse (self, g_strdup_printf (_("%s row %u: the same record as row %u (same %s)"), layout->sheet->name,
                                     row->number, *earlier, name_column->header));
      self->n_refused++;
      g_array_unref (parsed.pending);
      return;
    }
  g_hash_table_insert (planner->in_file, g_strdup (key), g_memdup2 (&row->number, sizeof (guint)));

  if (uuid != NULL)
    id = zs_store_find_by_uuid (planner->store, self->type, uuid);
  if (id == 0)
    {
      gint64 *found = g_hash_table_lookup (planner->existing, key);

      id = found != NULL ? *found : 0;
    }
  if (id != 0)
    stored = zs_store_read_stored (planner->store, self->type, id, NULL);

  planned = g_new0 (ZsSheetPlannedRow, 1);
  planned->id = stored != NULL ? id : 0;
  planned->funds = -1;
  planned->record = g_object_new (self->type, NULL);
  planned->pending = parsed.pending;
  if (stored != NULL)
    zs_record_copy_fields (planned->record, stored);
  for (guint f = 0; f < n_fields; f++)
    if (set[f])
      zs_record_set_value (planned->record, f, zs_record_get_value (blank, f));
  if (self->type == ZS_TYPE_PROJECT)
    {
      add_contacts (planned->record, contacts);
      if (set[ZS_PROJECT_FUNDS_IN_PLACE])
        planned->funds = zs_record_get_int (planned->record, ZS_PROJECT_FUNDS_IN_PLACE);
    }
  if (!zs_record_validate (planned->record, &local))
    {
      refuse (self, g_strdup_printf (_("%s row %u: %s"), layout->sheet->name, row->number, local->message));
      self->n_refused++;
      zs_sheet_planned_row_free (planned);
    }
  else if (stored != NULL && planned->pending->len == 0 && zs_record_equal_fields (planned->record, stored))
    {
      self->n_unchanged++;
      zs_sheet_planned_row_free (planned);
    }
  else
    {
      if (stored != NULL)
        self->n_updated++;
      else
        self->n_added++;
      g_ptr_array_add (self->rows, planned);
    }
}

const char * const *
zs_sheet_import_tables (void)
{
  return zs_sheet_table_names ();
}

static GStrv
remembered_keys (ZsStore    *store,
                 const char *shape)
{
  g_autofree char *setting = g_strconcat (MAPPING_SETTING, shape, NULL);
  g_autofree char *value = zs_store_get_setting (store, setting);

  return value != NULL ? g_strsplit (value, ";", -1) : NULL;
}

/* Applies the clerk's mapping, or the one remembered for the shape. */
static void
map_layout (ZsSheetImport               *self,
            ZsStore                     *store,
            ZsSheetLayout               *layout,
            const ZsSheetImportOptions  *options,
            gboolean                    *remembered)
{
  g_autofree char *shape = zs_sheet_layout_shape (layout);
  g_auto(GStrv) kept = NULL;
  const char * const *keys = NULL;
  g_autoptr(GPtrArray) saved = NULL;

  *remembered = FALSE;
  if (options->shape != NULL && options->keys != NULL && strcmp (options->shape, shape) == 0)
    keys = options->keys;
  else if ((kept = remembered_keys (store, shape)) != NULL)
    {
      keys = (const char * const *) kept;
      *remembered = TRUE;
    }
  if (keys == NULL)
    return;
  /* What was there, should the mapping not name the record. */
  saved = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < layout->headers->len; i++)
    g_ptr_array_add (saved, g_strdup (((ZsSheetColumn *) g_ptr_array_index (layout->headers, i))->key));
  if (!zs_sheet_layout_remap (layout, keys))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) back = NULL;

      for (guint i = 0; i < saved->len; i++)
        g_strv_builder_add (builder, g_ptr_array_index (saved, i) != NULL ? g_ptr_array_index (saved, i) : "");
      back = g_strv_builder_end (builder);
      zs_sheet_layout_remap (layout, (const char * const *) back);
      *remembered = FALSE;
      g_ptr_array_add (self->notes, g_strdup_printf (_("%s: the mapping chosen names no column for the record; "
                                                       "the columns are mapped by their names instead"),
                                                     layout->sheet->name));
    }
}

static ZsSheetImport *
import_new (const char         *path,
            const ZsSheetTable *table)
{
  ZsSheetImport *self = g_new0 (ZsSheetImport, 1);

  self->file_name = g_filename_display_basename (path);
  self->table = table;
  self->type = table->get_type ();
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->refusals = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new_with_free_func (zs_sheet_planned_row_free);
  for (guint i = 0; i < ZS_SHEET_N_CREATABLE; i++)
    {
      self->new_names[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->new_order[i] = g_ptr_array_new_with_free_func (g_free);
    }
  return self;
}

/* The table of the first sheet with one, when none is asked for. */
static const ZsSheetTable *
guess_table (ZsSheetBook *book)
{
  for (guint s = 0; s < book->sheets->len; s++)
    {
      g_autoptr(ZsSheetLayout) layout = zs_sheet_layout_find (g_ptr_array_index (book->sheets, s), NULL);

      if (layout != NULL)
        return zs_sheet_table_get (layout->table);
    }
  return zs_sheet_table_get ("projects");
}

static gboolean
plan_sheet (Planner                     *planner,
            ZsSheet                     *sheet,
            const ZsSheetImportOptions  *options,
            guint                       *done,
            guint                        total,
            GCancellable                *cancellable,
            GError                     **error)
{
  ZsSheetImport *self = planner->import;
  g_autoptr(ZsSheetLayout) layout = zs_sheet_layout_find (sheet, self->table->name);
  gboolean remembered;
  guint mask = 0;

  if (layout == NULL)
    {
      g_ptr_array_add (self->notes, g_strdup_printf (_("Sheet “%s” has no header this program knows, skipped"),
                                                     sheet->name));
      return TRUE;
    }
  /* A workbook of several tables: each sheet goes to the table its header names best. */
  {
    g_autoptr(ZsSheetLayout) best = zs_sheet_layout_find (sheet, NULL);

    if (best != NULL && best->score > layout->score)
      {
        const ZsSheetTable *other = zs_sheet_table_get (best->table);

        /* TRANSLATORS: Sheet “伙伴” holds partners, not people: skipped */
        g_ptr_array_add (self->notes, g_strdup_printf (_("Sheet “%s” holds %s, not %s: skipped"), sheet->name,
                                                       g_dgettext (GETTEXT_PACKAGE, other->noun),
                                                       g_dgettext (GETTEXT_PACKAGE, self->table->noun)));
        return TRUE;
      }
  }
  map_layout (self, planner->store, layout, options, &remembered);
  for (guint i = 0; i < layout->notes->len; i++)
    g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (layout->notes, i)));
  for (guint i = 0; i < ZS_SHEET_TABLE_MAX_MATCH && self->table->match[i] != NULL; i++)
    if (zs_sheet_layout_get_column (layout, self->table->match[i]) != NULL)
      mask |= 1u << i;
  if (!index_existing (planner, mask, error))
    return FALSE;

  for (guint r = layout->header_last + 1; r < sheet->rows->len; r++)
    {
      const ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
      g_autofree char *why = NULL;

      if (zs_sheet_layout_is_record (layout, row, &why))
        plan_row (planner, layout, mask, row);
      else if (why != NULL)
        g_ptr_array_add (self->notes, g_steal_pointer (&why));
      if ((++*done & 255) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (options->progress != NULL)
            options->progress ((double) *done / MAX (total, 1), options->progress_data);
        }
    }
  if (self->first == NULL)
    {
      self->shape = zs_sheet_layout_shape (layout);
      self->remembered = remembered;
      self->first = g_steal_pointer (&layout);
    }
  return TRUE;
}

ZsSheetImport *
zs_sheet_import_preview_full (ZsStore                     *store,
                              const char                  *path,
                              const ZsSheetImportOptions  *options,
                              GCancellable                *cancellable,
                              GError                     **error)
{
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(ZsSheetImport) self = NULL;
  g_autoptr(ZsSheetRefs) refs = NULL;
  const ZsSheetTable *table = NULL;
  Planner planner = { store };
  guint done = 0, total = 0;
  gboolean ok;

  g_return_val_if_fail (options->table == NULL || zs_sheet_table_get (options->table) != NULL, NULL);

  book = zs_sheet_book_read (path, NULL, cancellable, error);
  if (book == NULL)
    return NULL;
  table = options->table != NULL ? zs_sheet_table_get (options->table) : guess_table (book);
  for (guint s = 0; s < book->sheets->len; s++)
    total += ((ZsSheet *) g_ptr_array_index (book->sheets, s))->rows->len;

  self = import_new (path, table);
  refs = zs_sheet_refs_new (store);
  planner.import = self;
  planner.refs = refs;
  planner.klass = g_type_class_ref (self->type);
  planner.existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  planner.indexed = g_hash_table_new (g_direct_hash, g_direct_equal);
  planner.in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  ok = zs_store_begin_read (store, error);
  if (ok)
    {
      const ZsField *fields;
      guint n_fields;

      fields = zs_record_class_get_fields (planner.klass, &n_fields);
      for (guint f = 0; ok && f < n_fields; f++)
        if (fields[f].kind == ZS_FIELD_REF)
          ok = zs_sheet_refs_load (refs, fields[f].get_type (), error);
      for (guint s = 0; ok && s < book->sheets->len; s++)
        ok = plan_sheet (&planner, g_ptr_array_index (book->sheets, s), options, &done, total, cancellable, error);
      if (!zs_store_commit (store, ok ? error : NULL))
        ok = FALSE;
    }
  g_hash_table_unref (planner.existing);
  g_hash_table_unref (planner.indexed);
  g_hash_table_unref (planner.in_file);
  g_type_class_unref (planner.klass);
  if (!ok)
    return NULL;
  if (self->first == NULL)
    {
      const char *first = zs_sheet_words_first_name (table->name, table->match[0]);

      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   /* TRANSLATORS: “x.xlsx” holds no table of partners: no sheet has a header row with “姓名” … */
                   _("“%s” holds no table of %s: no sheet has a header row with “%s” and another column "
                     "this program knows (see data/sheet-columns.ini)"),
                   self->file_name, g_dgettext (GETTEXT_PACKAGE, table->noun), first != NULL ? first : "");
      return NULL;
    }
  if (options->progress != NULL)
    options->progress (1, options->progress_data);
  self->book = g_steal_pointer (&book);
  g_ptr_array_add (self->notes, NULL);
  g_ptr_array_add (self->refusals, NULL);
  return g_steal_pointer (&self);
}

ZsSheetImport *
zs_sheet_import_preview (ZsStore       *store,
                         const char    *path,
                         const char    *table,
                         GCancellable  *cancellable,
                         GError       **error)
{
  ZsSheetImportOptions options = { .table = table };

  return zs_sheet_import_preview_full (store, path, &options, cancellable, error);
}
