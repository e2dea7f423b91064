/* zs-store-password.c — a server's password, known to this process only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-store-password.h"

#include <string.h>

static GMutex lock;
static GHashTable *passwords;   /* location → password; worker threads read it */

static void
clear_and_free (gpointer data)
{
  zs_store_free_password (data);
}

void
zs_store_set_password (const char *location,
                       const char *password)
{
  g_return_if_fail (location != NULL);

  g_mutex_lock (&lock);
  if (passwords == NULL)
    passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, clear_and_free);
  if (password != NULL)
    g_hash_table_replace (passwords, g_strdup (location), g_strdup (password));
  else
    g_hash_table_remove (passwords, location);
  g_mutex_unlock (&lock);
}

char *
zs_store_dup_password (const char *location)
{
  char *password = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  g_mutex_lock (&lock);
  if (passwords != NULL)
    password = g_strdup (g_hash_table_lookup (passwords, location));
  g_mutex_unlock (&lock);
  return password;
}

void
zs_store_free_password (char *password)
{
  if (password == NULL)
    return;
  /* Not left in freed memory for the next allocation to show. */
  memset (password, 0, strlen (password));
  g_free (password);
}
