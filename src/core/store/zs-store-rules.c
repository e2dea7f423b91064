/* zs-store-rules.c — the registry of the rules every save runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-store-rules.h"

typedef struct {
  int           version;
  ZsUpgradeFunc func;
} Upgrade;

/* Filled once at start-up (src/core/rules registers itself before main()),
 * read only afterwards, so worker threads may read it without a lock. */
static GHashTable *rules_by_type;  /* GType → const ZsRecordRules * */
static GArray     *upgrades;       /* Upgrade, by version */

void
zs_store_set_rules (GType                type,
                    const ZsRecordRules *rules)
{
  if (rules_by_type == NULL)
    rules_by_type = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (rules_by_type, GSIZE_TO_POINTER (type), (gpointer) rules);
}

const ZsRecordRules *
zs_store_get_rules (GType type)
{
  if (rules_by_type == NULL)
    return NULL;
  return g_hash_table_lookup (rules_by_type, GSIZE_TO_POINTER (type));
}

static int
compare_upgrades (gconstpointer a,
                  gconstpointer b)
{
  return ((const Upgrade *) a)->version - ((const Upgrade *) b)->version;
}

void
zs_store_add_upgrade (int           version,
                      ZsUpgradeFunc func)
{
  Upgrade upgrade = { version, func };

  if (upgrades == NULL)
    upgrades = g_array_new (FALSE, FALSE, sizeof (Upgrade));
  g_array_append_val (upgrades, upgrade);
  g_array_sort (upgrades, compare_upgrades);
}

gboolean
zs_store_run_upgrades (ZsStore  *store,
                       int       from_version,
                       GError  **error)
{
  for (guint i = 0; upgrades != NULL && i < upgrades->len; i++)
    {
      const Upgrade *upgrade = &g_array_index (upgrades, Upgrade, i);

      if (from_version < upgrade->version && !upgrade->func (store, error))
        return FALSE;
    }
  return TRUE;
}
