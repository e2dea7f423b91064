/* zs-funds-rules.c — a project's funds in place is the sum of its entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The entries (资金到位记录) are the record; a project's funds_in_place is
 * their sum, kept in the same transaction as every change to them, so that
 * the board, ledger and map read one field as before. A total with no
 * entries behind it (a database before schema 8, an exchange file of an
 * older version) becomes one carried-over entry.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-format.h"
#include "zs-funds-rules.h"
#include "zs-records.h"
#include "zs-rules-private.h"

gboolean
zs_funds_rules_sum (ZsStore  *store,
                    gint64    project_id,
                    gint64   *sum,
                    GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
  GError *local_error = NULL;

  zs_query_add_int (query, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_QUERY_EQ, project_id);
  *sum = zs_store_sum (store, query, ZS_FUNDS_ENTRY_AMOUNT, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_total (ZsStore  *store,
           gint64    project_id,
           gint64    total,
           GError  **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, total);
  return zs_store_update_field (store, ZS_TYPE_PROJECT, project_id, ZS_PROJECT_FUNDS_IN_PLACE, &value,
                                ZS_STORE_ANY_VERSION, error);
}

static gboolean
refuse_total (ZsStore     *store,
              gint64       project_id,
              gint64       total,
              const char  *title,
              GError     **error)
{
  g_autoptr(ZsRecord) project = NULL;
  g_autofree char *amount = zs_format_amount (-total);

  if (title == NULL && project_id > 0)
    project = zs_store_load (store, ZS_TYPE_PROJECT, project_id, NULL);
  if (title == NULL)
    title = project != NULL ? zs_record_get_title (project) : "?";
  g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
               _("The funds in place of “%s” would be %s below zero. "
                 "A negative entry corrects funds recorded before; check its amount."),
               title, amount);
  return FALSE;
}

gboolean
zs_funds_check_project (ZsStore     *store,
                        gint64       project_id,
                        gint64       change,
                        const char  *title,
                        GError     **error)
{
  gint64 sum = 0;

  if (project_id > 0 && !zs_funds_rules_sum (store, project_id, &sum, error))
    return FALSE;
  /* Corrections may not take more back than arrived. */
  if (sum + change < 0)
    return refuse_total (store, project_id, sum + change, title, error);
  return TRUE;
}

/* Sets the project's funds in place to the sum of its entries, inside the
 * caller's transaction; refuses when corrections take it below zero. */
static gboolean
sync_project (ZsStore  *store,
              gint64    project_id,
              GError  **error)
{
  gint64 sum;

  if (project_id == 0)
    return TRUE;
  if (!zs_funds_rules_sum (store, project_id, &sum, error))
    return FALSE;
  if (sum < 0)
    return refuse_total (store, project_id, sum, NULL, error);

  return set_total (store, project_id, sum, error);
}

/* The project the stored entry belongs to, before an edit moves it. */
static gint64
stored_project (ZsStore       *store,
                ZsRecord      *entry,
                ZsRuleContext *context)
{
  g_autoptr(ZsRecord) stored = NULL;

  /* The store read the row for this save already. */
  if (context->stored != NULL)
    return zs_record_get_int (context->stored, ZS_FUNDS_ENTRY_PROJECT_ID);
  stored = zs_store_read_stored (store, ZS_TYPE_FUNDS_ENTRY, zs_record_get_id (entry), NULL);
  return stored != NULL ? zs_record_get_int (stored, ZS_FUNDS_ENTRY_PROJECT_ID) : 0;
}

static gboolean
entry_before_save (ZsStore        *store,
                   ZsRecord       *entry,
                   ZsRuleContext  *context,
                   GError        **error)
{
  /* An import sets every total once at its end (zs_funds_reconcile()),
   * when its deferred indexes are back. */
  if ((context->flags & ZS_SAVE_IMPORT) != 0)
    return TRUE;

  context->touched[0] = zs_record_get_int (entry, ZS_FUNDS_ENTRY_PROJECT_ID);
  context->touched[1] = context->insert ? 0 : stored_project (store, entry, context);
  return TRUE;
}

static gboolean
entry_after_save (ZsStore        *store,
                  ZsRecord       *entry,
                  ZsRuleContext  *context,
                  GError        **error)
{
  return sync_project (store, context->touched[0], error) &&
         (context->touched[1] == context->touched[0] ||
          sync_project (store, context->touched[1], error));
}

static gboolean
entry_before_delete (ZsStore        *store,
                     ZsRecord       *entry,
                     ZsRuleContext  *context,
                     GError        **error)
{
  context->touched[0] = stored_project (store, entry, context);
  return TRUE;
}

static gboolean
entry_after_delete (ZsStore        *store,
                    ZsRecord       *entry,
                    ZsRuleContext  *context,
                    GError        **error)
{
  return sync_project (store, context->touched[0], error);
}

/* A restored entry counts in its project's total again. */
static gboolean
entry_after_restore (ZsStore        *store,
                     ZsRecord       *entry,
                     ZsRuleContext  *context,
                     GError        **error)
{
  context->touched[0] = zs_record_get_int (entry, ZS_FUNDS_ENTRY_PROJECT_ID);
  return sync_project (store, context->touched[0], error);
}

/* An editor showing the project must not save its old total back. */
static void
entry_after_commit (ZsStore       *store,
                    ZsRecord      *entry,
                    ZsRuleContext *context)
{
  for (guint i = 0; i < G_N_ELEMENTS (context->touched); i++)
    if (context->touched[i] != 0)
      zs_store_reread_live (store, ZS_TYPE_PROJECT, context->touched[i]);
}

const ZsRecordRules zs_funds_entry_rules = {
  .before_save = entry_before_save,
  .after_save = entry_after_save,
  .before_delete = entry_before_delete,
  .after_delete = entry_after_delete,
  .after_restore = entry_after_restore,
  .after_commit = entry_after_commit,
};

typedef struct {
  gint64  project_id;
  gint64  amount;
  char   *date;
} CarriedOver;

static void
carried_over_clear (gpointer data)
{
  g_free (((CarriedOver *) data)->date);
}

static gboolean
insert_carried_over (ZsStore      *store,
                     CarriedOver  *carried,
                     GError      **error)
{
  g_autoptr(ZsRecord) entry = g_object_new (ZS_TYPE_FUNDS_ENTRY, NULL);

  zs_record_set_int (entry, ZS_FUNDS_ENTRY_PROJECT_ID, carried->project_id);
  zs_record_set_string (entry, ZS_FUNDS_ENTRY_DATE, carried->date);
  zs_record_set_int (entry, ZS_FUNDS_ENTRY_AMOUNT, carried->amount);
  zs_record_set_string (entry, ZS_FUNDS_ENTRY_NOTE,
                        _("Carried over: the total recorded before funds were kept by date"));
  /* As an import: the total is already the project's, nothing to sync. */
  return zs_store_save_full (store, entry, ZS_SAVE_IMPORT, error);
}

/* Dated when the funds most likely came: at signing, else when known. */
static char *
carried_over_date (ZsRecord   *project,
                   const char *today)
{
  static const guint fields[] = {
    ZS_PROJECT_SIGNING_DATE, ZS_PROJECT_REGISTRATION_DATE, ZS_PROJECT_FIRST_CONTACT_DATE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *date = zs_record_get_string (project, fields[i]);

      if (date != NULL)
        return g_strdup (zs_date_is_valid (date) ? date : today);
    }
  return g_strdup (today);
}

gboolean
zs_funds_reconcile (ZsStore  *store,
                    GError  **error)
{
  static const guint group[] = { ZS_FUNDS_ENTRY_PROJECT_ID };
  static const guint amount[] = { ZS_FUNDS_ENTRY_AMOUNT };
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsQuery) entries = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
  g_autoptr(GArray) sums = NULL;
  g_autoptr(GHashTable) sum_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) carried = g_array_new (FALSE, TRUE, sizeof (CarriedOver));
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);
  g_autoptr(ZsStoreCursor) cursor = NULL;
  ZsRecord *project;
  GError *local_error = NULL;

  g_array_set_clear_func (carried, carried_over_clear);

  sums = zs_store_aggregate_grouped (store, entries, group, 1, amount, 1, error);
  if (sums == NULL)
    return FALSE;
  for (guint i = 0; i < sums->len; i++)
    {
      ZsAggregateRow *row = &g_array_index (sums, ZsAggregateRow, i);

      g_hash_table_insert (sum_of, &row->keys[0], &row->sums[0]);
    }

  /* One pass over the projects, in constant memory; the writes wait until
   * it is over. */
  cursor = zs_store_cursor_new (store, ZS_TYPE_PROJECT, FALSE, error);
  if (cursor == NULL)
    return FALSE;
  while ((project = zs_store_cursor_next (cursor, &local_error)) != NULL)
    {
      gint64 id = zs_record_get_id (project);
      gint64 total = zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE);
      gint64 *sum = g_hash_table_lookup (sum_of, &id);

      /* Where there are entries, they are the record. */
      if (sum != NULL && *sum != total)
        {
          gint64 pair[2] = { id, *sum };

          g_array_append_vals (totals, pair, 1);
        }
      else if (sum == NULL && total != 0)
        {
          CarriedOver one = { id, total, carried_over_date (project, today) };

          g_array_append_val (carried, one);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_clear_pointer (&cursor, zs_store_cursor_free);

  for (guint i = 0; i < carried->len; i++)
    if (!insert_carried_over (store, &g_array_index (carried, CarriedOver, i), error))
      return FALSE;
  for (guint i = 0; i < totals->len; i++)
    {
      const gint64 *pair = (const gint64 *) (totals->data + i * 2 * sizeof (gint64));

      if (pair[1] < 0)
        return refuse_total (store, pair[0], pair[1], NULL, error);
      if (!set_total (store, pair[0], pair[1], error))
        return FALSE;
    }
  return TRUE;
}
