/* zs-bulletin-issue.c — the bulletin's issue number (第N期), counted per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Kept in the store's settings ("bulletin-issue-2026" = the last number
 * issued), so every engine and every clerk of a shared database count on
 * from the same number.
 */
#include "config.h"

#include <stdlib.h>

#include "zs-bulletin-issue.h"

static char *
issue_key (int year)
{
  return g_strdup_printf ("bulletin-issue-%04d", year);
}

static guint
last_issued (ZsStore *store,
             int      year)
{
  g_autofree char *key = issue_key (year);
  g_autofree char *value = zs_store_get_setting (store, key);
  guint64 number = 0;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT - 1, &number, NULL))
    return 0;
  return (guint) number;
}

guint
zs_bulletin_issue_next (ZsStore *store,
                        int      year)
{
  g_return_val_if_fail (ZS_IS_STORE (store), 1);
  return last_issued (store, year) + 1;
}

gboolean
zs_bulletin_issue_remember (ZsStore  *store,
                            int       year,
                            guint     number,
                            GError  **error)
{
  g_autofree char *key = issue_key (year);
  g_autofree char *value = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (number <= last_issued (store, year))
    return TRUE;
  value = g_strdup_printf ("%u", number);
  return zs_store_set_setting (store, key, value, error);
}
