/* zs-store-funds.c — a project's funds in place as the sum of its entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The entries (资金到位记录) are the record; projects.funds_in_place is
 * their sum, kept in the same transaction as every change to them, so
 * that the board, ledger and map read one field as before. A total with
 * no entries behind it (a database before schema 8, an exchange file of an
 * older version) becomes one carried-over entry.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-format.h"
#include "zs-records.h"
#include "zs-store-private.h"

gboolean
zs_store_funds_sum (ZsStore  *self,
                    gint64    project_id,
                    gint64   *sum,
                    GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
  guint field = ZS_FUNDS_ENTRY_AMOUNT;

  zs_query_add_int (query, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_QUERY_EQ, project_id);
  *sum = 0;
  return self->ops->aggregate (self->backend, query, &field, 1, NULL, sum, error);
}

gint64
zs_store_funds_entry_project (ZsStore *self,
                              gint64   entry_id)
{
  g_autoptr(ZsRecord) stored = zs_store_read_stored (self, ZS_TYPE_FUNDS_ENTRY, entry_id, NULL);

  return stored != NULL ? zs_record_get_int (stored, ZS_FUNDS_ENTRY_PROJECT_ID) : 0;
}

gboolean
zs_store_funds_sync (ZsStore  *self,
                     gint64    project_id,
                     GError  **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 sum;

  if (project_id == 0)
    return TRUE;
  if (!zs_store_funds_sum (self, project_id, &sum, error))
    return FALSE;

  /* Corrections may not take more back than arrived. */
  if (sum < 0)
    {
      g_autoptr(ZsRecord) project = zs_store_load (self, ZS_TYPE_PROJECT, project_id, NULL);
      g_autofree char *amount = zs_format_amount (-sum);

      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID,
                   _("The funds in place of “%s” would be %s below zero. "
                     "A negative entry corrects funds recorded before; check its amount."),
                   project != NULL ? zs_record_get_title (project) : "?", amount);
      return FALSE;
    }

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, sum);
  return zs_store_update_field (self, ZS_TYPE_PROJECT, project_id, ZS_PROJECT_FUNDS_IN_PLACE, &value, error);
}

void
zs_store_funds_refresh_live (ZsStore *self,
                             gint64   project_id)
{
  ZsRecord *project = zs_store_live_lookup (self, ZS_TYPE_PROJECT, project_id);

  /* An editor showing the project must not save its old total back. */
  if (project != NULL)
    zs_store_reload (self, project, NULL);
}

gboolean
zs_store_funds_reconcile (ZsStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->txn_depth > 0, FALSE);

  return self->ops->funds_reconcile (self->backend,
                                     _("Carried over: the total recorded before funds were kept by date"),
                                     error);
}

GArray *
zs_store_funds_grouped (ZsStore     *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  g_return_val_if_fail (ZS_IS_STORE (self), NULL);
  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  return self->ops->funds_grouped (self->backend, first, last, error);
}
