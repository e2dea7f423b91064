/* zs-import-report.c — what an exchange file would do to the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The preview fills a report; the dialog shows it and lets the clerk decide
 * each conflict; applying the file reads those decisions back from it.
 * Counts are kept per record type, conflicts as objects a list can show,
 * and refusals as the first messages only (a broken file may have many).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-exchange-private.h"
#include "zs-import-report-private.h"
#include "zs-records.h"

#define N_TYPES 23

struct _ZsImportReport
{
  GObject      parent_instance;

  char        *source_name;
  GHashTable  *header;       /* attribute → value */
  guint        counts[N_TYPES][ZS_IMPORT_N_OUTCOMES];
  GListStore  *conflicts;
  GHashTable  *conflict_index; /* "table uuid" → ZsImportConflict, made on first lookup */
  GPtrArray   *refusals;     /* char *, NULL-terminated */
  char        *checksum;
  ZsScratch   *spool;
};

G_DEFINE_FINAL_TYPE (ZsImportReport, zs_import_report, G_TYPE_OBJECT)

static const char * const outcome_labels[] = {
  [ZS_IMPORT_OUTCOME_ADDED] = N_("Added"),
  [ZS_IMPORT_OUTCOME_UPDATED] = N_("Updated"),
  [ZS_IMPORT_OUTCOME_UNCHANGED] = N_("Unchanged"),
  [ZS_IMPORT_OUTCOME_CONFLICT] = N_("Conflicts"),
  [ZS_IMPORT_OUTCOME_REFUSED] = N_("Refused"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (outcome_labels) == ZS_IMPORT_N_OUTCOMES);

const char *
zs_import_outcome_get_label (ZsImportOutcome outcome)
{
  g_return_val_if_fail (outcome < ZS_IMPORT_N_OUTCOMES, "");
  return g_dgettext (GETTEXT_PACKAGE, outcome_labels[outcome]);
}

static int
type_index (GType type)
{
  int t = zs_record_type_position (type);

  g_return_val_if_fail (t >= 0 && t < N_TYPES, -1);
  return t;
}

static char *
conflict_key (GType       type,
              const char *uuid)
{
  return g_strdup_printf ("%s %s", g_type_name (type), uuid);
}

static void
zs_import_report_finalize (GObject *object)
{
  ZsImportReport *self = ZS_IMPORT_REPORT (object);

  g_free (self->source_name);
  g_hash_table_unref (self->header);
  g_clear_object (&self->conflicts);
  g_clear_pointer (&self->conflict_index, g_hash_table_unref);
  g_ptr_array_unref (self->refusals);
  g_free (self->checksum);
  g_clear_pointer (&self->spool, zs_scratch_free);

  G_OBJECT_CLASS (zs_import_report_parent_class)->finalize (object);
}

static void
zs_import_report_class_init (ZsImportReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zs_import_report_finalize;
}

static void
zs_import_report_init (ZsImportReport *self)
{
  self->header = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->conflicts = g_list_store_new (ZS_TYPE_IMPORT_CONFLICT);
  self->refusals = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->refusals, NULL);
}

ZsImportReport *
zs_import_report_new (const char *source_name)
{
  ZsImportReport *self = g_object_new (ZS_TYPE_IMPORT_REPORT, NULL);

  self->source_name = g_strdup (source_name);
  return self;
}

const char *
zs_import_report_get_source_name (ZsImportReport *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);
  return self->source_name;
}

const char *
zs_import_report_get_header (ZsImportReport *self,
                             const char     *attribute)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);
  return g_hash_table_lookup (self->header, attribute);
}

void
zs_import_report_set_header (ZsImportReport *self,
                             const char     *attribute,
                             const char     *value)
{
  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));
  g_hash_table_replace (self->header, g_strdup (attribute), g_strdup (value));
}

guint
zs_import_report_get_count (ZsImportReport  *self,
                            ZsImportOutcome  outcome)
{
  guint total = 0;

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (outcome < ZS_IMPORT_N_OUTCOMES, 0);

  for (guint t = 0; t < N_TYPES; t++)
    total += self->counts[t][outcome];
  return total;
}

guint
zs_import_report_get_n_records (ZsImportReport *self)
{
  guint total = 0;

  for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
    total += zs_import_report_get_count (self, o);
  return total;
}

guint
zs_import_report_get_type_count (ZsImportReport  *self,
                                 GType            record_type,
                                 ZsImportOutcome  outcome)
{
  int t = type_index (record_type);

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), 0);
  g_return_val_if_fail (outcome < ZS_IMPORT_N_OUTCOMES && t >= 0, 0);
  return self->counts[t][outcome];
}

void
zs_import_report_add (ZsImportReport  *self,
                      GType            record_type,
                      ZsImportOutcome  outcome)
{
  int t = type_index (record_type);

  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));
  g_return_if_fail (outcome < ZS_IMPORT_N_OUTCOMES && t >= 0);
  self->counts[t][outcome]++;
}

GListModel *
zs_import_report_get_conflicts (ZsImportReport *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);
  return G_LIST_MODEL (self->conflicts);
}

void
zs_import_report_add_conflict (ZsImportReport   *self,
                               ZsImportConflict *conflict)
{
  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  g_list_store_append (self->conflicts, conflict);
  g_clear_pointer (&self->conflict_index, g_hash_table_unref);
}

ZsImportConflict *
zs_import_report_find_conflict (ZsImportReport *self,
                                GType           record_type,
                                const char     *uuid)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);

  if (self->conflict_index == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));

      self->conflict_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      for (guint i = 0; i < n; i++)
        {
          ZsImportConflict *c = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

          g_hash_table_insert (self->conflict_index,
                               conflict_key (zs_import_conflict_get_record_type (c), zs_import_conflict_get_uuid (c)),
                               c);
        }
    }

  key = conflict_key (record_type, uuid);
  return g_hash_table_lookup (self->conflict_index, key);
}

void
zs_import_report_refuse (ZsImportReport *self,
                         GType           record_type,
                         const char     *message)
{
  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  zs_import_report_add (self, record_type, ZS_IMPORT_OUTCOME_REFUSED);
  if (self->refusals->len - 1 < ZS_IMPORT_REPORT_MAX_REFUSALS)
    {
      /* Keep the terminating NULL last. Names and values from the file
       * show their control characters, never act on a terminal. */
      self->refusals->pdata[self->refusals->len - 1] = zs_text_escape_controls (message, FALSE);
      g_ptr_array_add (self->refusals, NULL);
    }
}

const char * const *
zs_import_report_get_refusals (ZsImportReport *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);
  return (const char * const *) self->refusals->pdata;
}

void
zs_import_report_refuse_instead (ZsImportReport  *self,
                                 GType            record_type,
                                 ZsImportOutcome  counted_as,
                                 const char      *message)
{
  int t;

  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  t = type_index (record_type);
  if (t >= 0 && self->counts[t][counted_as] > 0)
    self->counts[t][counted_as]--;
  zs_import_report_refuse (self, record_type, message);
}

gboolean
zs_import_report_can_apply (ZsImportReport *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), FALSE);
  return zs_import_report_get_count (self, ZS_IMPORT_OUTCOME_REFUSED) == 0;
}

void
zs_import_report_set_all_take_theirs (ZsImportReport *self,
                                      gboolean        take_theirs)
{
  guint n;

  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsImportConflict) c = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

      zs_import_conflict_set_take_theirs (c, take_theirs);
    }
}

const char *
zs_import_report_get_checksum (ZsImportReport *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);
  return self->checksum;
}

void
zs_import_report_set_checksum (ZsImportReport *self,
                               const char     *checksum)
{
  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  g_free (self->checksum);
  self->checksum = g_strdup (checksum);
}

static void
append_counts (GString        *out,
               ZsImportReport *self,
               int             type)
{
  for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
    {
      guint n = type < 0 ? zs_import_report_get_count (self, o) : self->counts[type][o];

      /* TRANSLATORS: one count of an import summary, e.g. "Added 12" */
      g_string_append_printf (out, o == 0 ? _("%s %u") : _(", %s %u"),
                              zs_import_outcome_get_label (o), n);
    }
}

char *
zs_import_report_format_counts (ZsImportReport *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);

  append_counts (out, self, -1);
  return g_string_free (out, FALSE);
}

char *
zs_import_report_format (ZsImportReport *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *conflicts;
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  const char *office;
  const char *exported;

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);

  office = zs_import_report_get_header (self, "office");
  exported = zs_import_report_get_header (self, "exported");
  g_string_append_printf (out, _("%s: %u records from “%s”, exported %s"),
                          self->source_name, zs_import_report_get_n_records (self),
                          office != NULL && *office ? office : _("an unnamed office"),
                          exported != NULL ? exported : _("at an unknown time"));
  g_string_append (out, "\n  ");
  append_counts (out, self, -1);
  g_string_append_c (out, '\n');

  for (guint t = 0; t < n_types; t++)
    {
      guint n = 0;

      for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
        n += self->counts[t][o];
      if (n == 0)
        continue;
      /* TRANSLATORS: a record type and its counts, e.g. "  project: Added 3, …" */
      g_string_append_printf (out, _("  %s: "),
                              g_dgettext (GETTEXT_PACKAGE, ZS_RECORD_CLASS (g_type_class_peek (types[t]))->label));
      append_counts (out, self, (int) t);
      g_string_append_c (out, '\n');
    }

  conflicts = G_LIST_MODEL (self->conflicts);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ZsImportConflict) c = g_list_model_get_item (conflicts, i);

      g_string_append_printf (out,
                              zs_import_conflict_get_take_theirs (c)
                                ? _("  Conflict, line %d: %s “%s” changed here (%s) and in the file (%s); the file’s version is taken\n")
                                : _("  Conflict, line %d: %s “%s” changed here (%s) and in the file (%s); this database’s version is kept\n"),
                              zs_import_conflict_get_line (c), zs_import_conflict_get_type_label (c),
                              zs_import_conflict_get_title (c), zs_import_conflict_get_local_updated (c),
                              zs_import_conflict_get_file_updated (c));
    }

  for (guint i = 0; i + 1 < self->refusals->len; i++)
    g_string_append_printf (out, _("  Refused, %s\n"), (const char *) g_ptr_array_index (self->refusals, i));
  if (zs_import_report_get_count (self, ZS_IMPORT_OUTCOME_REFUSED) > self->refusals->len - 1)
    g_string_append_printf (out, _("  … and %u more refused records\n"),
                            zs_import_report_get_count (self, ZS_IMPORT_OUTCOME_REFUSED) - (self->refusals->len - 1));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
zs_import_report_set_spool (ZsImportReport *self,
                            ZsScratch      *spool)
{
  g_return_if_fail (ZS_IS_IMPORT_REPORT (self));

  g_clear_pointer (&self->spool, zs_scratch_free);
  self->spool = spool;
}

GFile *
zs_import_report_get_spool (ZsImportReport *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (ZS_IS_IMPORT_REPORT (self), NULL);

  if (self->spool == NULL)
    return NULL;
  path = g_build_filename (zs_scratch_get_path (self->spool), ZS_EXCHANGE_SPOOL_NAME, NULL);
  return g_file_new_for_path (path);
}
