/* zs-sheet-import.c — a bureau's ledger from a spreadsheet into the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "zs-sheet-import.h"
#include "zs-sheet-layout.h"
#include "zs-sheet-values.h"
#include "zs-sheet-words.h"

#define MAX_REFUSALS 200

/* A reference to a unit or person the database does not have yet: made
 * by the import, and listed by the preview. */
typedef struct {
  guint  field;
  GType  type;
  char  *key;         /* normalized name */
} PendingRef;

typedef struct {
  gint64     id;      /* 0: a new record */
  gint64     funds;   /* funds in place the sheet gives, or -1 */
  ZsRecord  *record;  /* the fields as they will be saved */
  GArray    *pending; /* PendingRef */
} PlannedRow;

struct _ZsSheetImport {
  char       *file_name;
  GType       type;
  GPtrArray  *notes;
  GPtrArray  *refusals;
  GPtrArray  *rows;           /* PlannedRow *: added and updated */
  guint       n_added, n_updated, n_unchanged, n_refused;
  GHashTable *new_names[2];   /* unit, person: normalized → as written */
  GPtrArray  *new_order[2];   /* (type index, normalized) in file order */
};

typedef struct {
  ZsStore       *store;
  ZsSheetImport *import;
  GHashTable    *existing;    /* normalized name \x1f investor → id */
  GHashTable    *in_file;     /* the same key → the row number it came from */
  GHashTable    *refs[3];     /* unit, person, chain: normalized name → id */
} Planner;

static const char * const tables[] = { "projects", NULL };
static GType (* const ref_types[]) (void) = { zs_unit_get_type, zs_person_get_type, zs_chain_get_type };
/* Units and people named in a sheet are made when missing; a chain belongs
 * to the catalogue and must exist. */
#define N_CREATABLE 2

static void
pending_clear (gpointer data)
{
  g_free (((PendingRef *) data)->key);
}

static void
planned_row_free (gpointer data)
{
  PlannedRow *row = data;

  g_object_unref (row->record);
  g_array_unref (row->pending);
  g_free (row);
}

static char *
record_key (const char *name,
            const char *investor)
{
  g_autofree char *a = zs_sheet_normalize (name);
  g_autofree char *b = zs_sheet_normalize (investor);

  return g_strconcat (a, "\x1f", b, NULL);
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

static gboolean
index_table (ZsStore     *store,
             GType        type,
             GHashTable  *map,
             gboolean     by_investor,
             GError     **error)
{
  ZsStoreCursor *cursor = zs_store_cursor_new (store, type, FALSE, error);
  ZsRecord *record;
  g_autoptr(GError) local = NULL;

  if (cursor == NULL)
    return FALSE;
  while ((record = zs_store_cursor_next (cursor, &local)) != NULL)
    {
      char *key = by_investor ? record_key (zs_record_get_string (record, ZS_PROJECT_NAME),
                                            zs_record_get_string (record, ZS_PROJECT_INVESTOR))
                              : zs_sheet_normalize (zs_record_get_title (record));

      g_hash_table_insert (map, key, g_memdup2 (&(gint64) { zs_record_get_id (record) }, sizeof (gint64)));
    }
  zs_store_cursor_free (cursor);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

static int
ref_index (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (ref_types); i++)
    if (ref_types[i] () == type)
      return (int) i;
  return -1;
}

/* Sets @field of @record from @cell; FALSE with @reason when the cell
 * holds no such value. */
static gboolean
set_field (Planner              *planner,
           PlannedRow           *planned,
           const ZsField        *field,
           guint                 index,
           const ZsSheetColumn  *column,
           const ZsSheetCell    *cell,
           char                **reason)
{
  ZsRecord *record = planned->record;
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
        const char *section = strcmp (field->name, "stage") == 0 ? "stage" : "grade";
        int value;

        if (!zs_sheet_parse_enum (cell, field->get_type (), section, &value, reason))
          return FALSE;
        zs_record_set_enum (record, index, value);
        return TRUE;
      }
    case ZS_FIELD_REF:
      {
        GType type = field->get_type ();
        int which = ref_index (type);
        g_autofree char *key = zs_sheet_normalize (text);
        gint64 *id;

        if (which < 0)
          {
            *reason = g_strdup_printf (_("this column cannot be imported from a spreadsheet"));
            return FALSE;
          }
        id = g_hash_table_lookup (planner->refs[which], key);
        if (id != NULL)
          {
            zs_record_set_int (record, index, *id);
            return TRUE;
          }
        if (which >= N_CREATABLE)
          {
            g_autofree char *shown = zs_text_escape_controls (text, TRUE);

            /* TRANSLATORS: a chain the database does not have */
            *reason = g_strdup_printf (_("there is no chain “%s”; add it to the catalogue first or correct the name"),
                                       shown);
            return FALSE;
          }
        {
          PendingRef pending = { index, type, g_strdup (key) };

          g_array_append_val (planned->pending, pending);
          if (!g_hash_table_contains (planner->import->new_names[which], key))
            {
              g_hash_table_insert (planner->import->new_names[which], g_strdup (key), g_strdup (text));
              g_ptr_array_add (planner->import->new_order[which], g_strdup (key));
            }
          /* The record refers to nothing until the import makes it. */
          zs_record_set_int (record, index, 0);
        }
        return TRUE;
      }
    default:
      return FALSE;
    }
}

/* "联系人：张三 联系方式：138…" in the notes, once. */
static void
add_contact (ZsRecord          *record,
             guint              notes_field,
             const char        *label,
             const ZsSheetCell *cell)
{
  g_autofree char *text = zs_sheet_cell_text (cell);
  g_autofree char *line = NULL;
  const char *notes = zs_record_get_string (record, notes_field);

  if (text == NULL)
    return;
  line = g_strdup_printf ("%s：%s", label, text);
  if (notes != NULL && strstr (notes, line) != NULL)
    return;
  if (notes == NULL || *notes == '\0')
    zs_record_set_string (record, notes_field, line);
  else
    {
      g_autofree char *joined = g_strconcat (notes, "\n", line, NULL);

      zs_record_set_string (record, notes_field, joined);
    }
}

static void
plan_row (Planner             *planner,
          const ZsSheetLayout *layout,
          const ZsSheetRow    *row)
{
  ZsSheetImport *self = planner->import;
  ZsRecordClass *klass = g_type_class_peek (self->type);
  const ZsSheetColumn *uuid_column = zs_sheet_layout_get_column (layout, "uuid");
  const ZsSheetColumn *name_column = zs_sheet_layout_get_column (layout, "name");
  const ZsSheetColumn *investor_column = zs_sheet_layout_get_column (layout, "investor");
  g_autofree char *uuid = uuid_column != NULL ? zs_sheet_cell_text (zs_sheet_row_get (row, uuid_column->column)) : NULL;
  g_autofree char *name = zs_sheet_cell_text (zs_sheet_row_get (row, name_column->column));
  g_autofree char *investor = investor_column != NULL
                              ? zs_sheet_cell_text (zs_sheet_row_get (row, investor_column->column)) : NULL;
  g_autofree char *key = record_key (name, investor);
  g_autoptr(ZsRecord) stored = NULL;
  g_autoptr(GError) local = NULL;
  PlannedRow *planned;
  gboolean refused = FALSE;
  gint64 id = 0;
  guint *earlier;
  const ZsField *fields = zs_record_class_get_fields (klass, NULL);

  if (name == NULL)
    {
      g_autofree char *address = zs_sheet_cell_address (layout->sheet->name, name_column->column, row->number);

      refuse (self, g_strdup_printf (_("%s: the name is empty"), address));
      self->n_refused++;
      return;
    }
  earlier = g_hash_table_lookup (planner->in_file, key);
  if (earlier != NULL)
    {
      refuse (self, g_strdup_printf (_("%s row %u: the same project (name and investor) as row %u"),
                                     layout->sheet->name, row->number, *earlier));
      self->n_refused++;
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
  if (stored == NULL)
    id = 0;

  planned = g_new0 (PlannedRow, 1);
  planned->id = id;
  planned->funds = -1;
  planned->record = g_object_new (self->type, NULL);
  planned->pending = g_array_new (FALSE, TRUE, sizeof (PendingRef));
  g_array_set_clear_func (planned->pending, pending_clear);
  if (stored != NULL)
    zs_record_copy_fields (planned->record, stored);

  for (guint i = 0; i < layout->columns->len; i++)
    {
      const ZsSheetColumn *column = g_ptr_array_index (layout->columns, i);
      const ZsSheetCell *cell = zs_sheet_row_get (row, column->column);
      g_autofree char *text = zs_sheet_cell_text (cell);
      g_autofree char *reason = NULL;
      int field;

      /* A blank cell leaves what the database holds. */
      if (text == NULL || strcmp (column->key, "ignore") == 0 || strcmp (column->key, "uuid") == 0)
        continue;
      if (strcmp (column->key, "contact-name") == 0 || strcmp (column->key, "contact-phone") == 0)
        {
          add_contact (planned->record, ZS_PROJECT_NOTES,
                       strcmp (column->key, "contact-name") == 0 ? "联系人" : "联系方式", cell);
          continue;
        }
      field = zs_record_class_find_field (klass, column->key);
      if (field < 0)
        continue;
      if (!set_field (planner, planned, &fields[field], (guint) field, column, cell, &reason))
        {
          g_autofree char *address = zs_sheet_cell_address (layout->sheet->name, column->column, row->number);

          /* TRANSLATORS: a cell's address and what is wrong with it: 项目台账!F12: “三亿五” is not an amount */
          refuse (self, g_strdup_printf (_("%s: %s"), address, reason));
          refused = TRUE;
        }
    }

  if (!refused && zs_sheet_layout_get_column (layout, "funds-in-place") != NULL &&
      zs_sheet_row_get (row, zs_sheet_layout_get_column (layout, "funds-in-place")->column) != NULL)
    planned->funds = zs_record_get_int (planned->record, ZS_PROJECT_FUNDS_IN_PLACE);
  if (!refused && !zs_record_validate (planned->record, &local))
    {
      refuse (self, g_strdup_printf (_("%s row %u: %s"), layout->sheet->name, row->number, local->message));
      refused = TRUE;
    }

  if (refused)
    {
      self->n_refused++;
      planned_row_free (planned);
    }
  else if (stored != NULL && planned->pending->len == 0 && zs_record_equal_fields (planned->record, stored))
    {
      self->n_unchanged++;
      planned_row_free (planned);
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
  return tables;
}

ZsSheetImport *
zs_sheet_import_preview (ZsStore       *store,
                         const char    *path,
                         const char    *table,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(ZsSheetBook) book = NULL;
  g_autoptr(ZsSheetImport) self = NULL;
  Planner planner = { store, NULL, NULL, NULL, { NULL } };
  guint n_tables = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (table == NULL || g_strv_contains (tables, table), NULL);

  book = zs_sheet_book_read (path, NULL, cancellable, error);
  if (book == NULL)
    return NULL;

  self = g_new0 (ZsSheetImport, 1);
  self->file_name = g_filename_display_basename (path);
  self->type = ZS_TYPE_PROJECT;
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->refusals = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new_with_free_func (planned_row_free);
  for (guint i = 0; i < N_CREATABLE; i++)
    {
      self->new_names[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->new_order[i] = g_ptr_array_new_with_free_func (g_free);
    }
  g_type_class_ref (self->type);

  planner.import = self;
  planner.existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  planner.in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (planner.refs); i++)
    planner.refs[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  ok = zs_store_begin_read (store, error);
  if (ok)
    {
      ok = index_table (store, self->type, planner.existing, TRUE, error);
      for (guint i = 0; ok && i < G_N_ELEMENTS (ref_types); i++)
        ok = index_table (store, ref_types[i] (), planner.refs[i], FALSE, error);

      for (guint s = 0; ok && s < book->sheets->len; s++)
        {
          ZsSheet *sheet = g_ptr_array_index (book->sheets, s);
          g_autoptr(ZsSheetLayout) layout = zs_sheet_layout_find (sheet, table != NULL ? table : "projects");

          if (layout == NULL)
            {
              g_ptr_array_add (self->notes, g_strdup_printf (_("Sheet “%s” has no header this program knows, skipped"),
                                                             sheet->name));
              continue;
            }
          n_tables++;
          for (guint i = 0; i < layout->notes->len; i++)
            g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (layout->notes, i)));
          for (guint r = layout->header_last + 1; r < sheet->rows->len; r++)
            {
              const ZsSheetRow *row = g_ptr_array_index (sheet->rows, r);
              g_autofree char *why = NULL;

              if (zs_sheet_layout_is_record (layout, row, &why))
                plan_row (&planner, layout, row);
              else if (why != NULL)
                g_ptr_array_add (self->notes, g_steal_pointer (&why));
            }
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            ok = FALSE;
        }
      if (!zs_store_commit (store, ok ? error : NULL))
        ok = FALSE;
    }

  g_hash_table_unref (planner.existing);
  g_hash_table_unref (planner.in_file);
  for (guint i = 0; i < G_N_ELEMENTS (planner.refs); i++)
    g_hash_table_unref (planner.refs[i]);
  if (!ok)
    return NULL;
  if (n_tables == 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("“%s” holds no table of projects: no sheet has a header row with “项目名称” and another column "
                     "this program knows (see data/sheet-columns.ini)"), self->file_name);
      return NULL;
    }
  g_ptr_array_add (self->notes, NULL);
  g_ptr_array_add (self->refusals, NULL);
  return g_steal_pointer (&self);
}

void
zs_sheet_import_free (ZsSheetImport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->refusals);
  g_ptr_array_unref (self->rows);
  for (guint i = 0; i < N_CREATABLE; i++)
    {
      g_clear_pointer (&self->new_names[i], g_hash_table_unref);
      g_clear_pointer (&self->new_order[i], g_ptr_array_unref);
    }
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

char *
zs_sheet_import_format (ZsSheetImport *self)
{
  GString *out = g_string_new (NULL);
  static const char * const new_labels[N_CREATABLE] = { N_("New units: "), N_("New people: ") };

  /* TRANSLATORS: file: projects added, updated, unchanged, refused */
  g_string_append_printf (out, _("%s: projects: %u new, %u updated, %u unchanged, %u refused\n"), self->file_name,
                          self->n_added, self->n_updated, self->n_unchanged, self->n_refused);
  for (guint i = 0; i < N_CREATABLE; i++)
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
static gboolean
make_new_refs (ZsSheetImport  *self,
               ZsStore        *store,
               GHashTable    **made,
               GError        **error)
{
  for (guint i = 0; i < N_CREATABLE; i++)
    {
      made[i] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      for (guint k = 0; k < self->new_order[i]->len; k++)
        {
          const char *key = g_ptr_array_index (self->new_order[i], k);
          g_autoptr(ZsRecord) record = g_object_new (ref_types[i] (), NULL);
          ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);

          zs_record_set_string (record, (guint) klass->title_field, g_hash_table_lookup (self->new_names[i], key));
          if (!zs_store_save (store, record, error))
            return FALSE;
          g_hash_table_insert (made[i], (gpointer) key, g_memdup2 (&(gint64) { zs_record_get_id (record) }, sizeof (gint64)));
        }
    }
  return TRUE;
}

gboolean
zs_sheet_import_apply (ZsSheetImport  *self,
                       ZsStore        *store,
                       GError        **error)
{
  GHashTable *made[N_CREATABLE] = { NULL };
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
  ok = make_new_refs (self, store, made, error);
  for (guint i = 0; ok && i < self->rows->len; i++)
    {
      PlannedRow *planned = g_ptr_array_index (self->rows, i);
      g_autoptr(ZsRecord) live = NULL;

      for (guint p = 0; p < planned->pending->len; p++)
        {
          PendingRef *pending = &g_array_index (planned->pending, PendingRef, p);
          gint64 *id = g_hash_table_lookup (made[ref_index (pending->type)], pending->key);

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
          ok = zs_store_save (store, live, error) && enter_funds (store, live, planned->funds, error);
          if (!ok)
            zs_store_reload (store, live, NULL);
        }
      else
        ok = zs_store_save (store, planned->record, error) &&
             enter_funds (store, planned->record, planned->funds, error);
    }
  for (guint i = 0; i < N_CREATABLE; i++)
    g_clear_pointer (&made[i], g_hash_table_unref);
  if (ok && zs_store_commit (store, error))
    return TRUE;
  zs_store_rollback (store);
  return FALSE;
}
