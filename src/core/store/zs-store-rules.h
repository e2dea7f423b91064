/* zs-store-rules.h — the domain's rules that every save runs, on any engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The store keeps rows; it knows no business rule. What must hold whenever a
 * record of some type is saved or deleted (a new project enters its stage
 * with an event, a project's funds in place is the sum of its dated
 * entries) is registered here by src/core/rules, and the store runs it
 * inside the transaction of the save, whatever engine is behind it.
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

/* What one save, delete or restore of a record tells its rules, and what
 * the rules keep between their calls for it. */
typedef struct {
  ZsSaveFlags flags;
  gboolean    insert;     /* the record had no stored row */
  gint64      touched[2]; /* rows of other types the rule changes (the funds
                           * entry's project, before and after), for
                           * after_commit */
  /* The row as it was before this save, read once by the store for the
   * history and the rules; NULL for a new record and for an import. */
  ZsRecord   *stored;
} ZsRuleContext;

typedef struct {
  /* Before the row is written, inside the transaction: may fill fields of
   * @record or refuse the save. */
  gboolean (*before_save)   (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context,
                             GError        **error);
  /* After the row is written, in the same transaction: may write other
   * records; refusing rolls the save back. */
  gboolean (*after_save)    (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context,
                             GError        **error);
  /* Before and after the row is deleted, inside the transaction. */
  gboolean (*before_delete) (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context,
                             GError        **error);
  gboolean (*after_delete)  (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context,
                             GError        **error);
  /* After zs_store_restore() wrote back every record of an undone delete,
   * inside its transaction (the records keep their times and history, so
   * the save rules did not run). */
  gboolean (*after_restore) (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context,
                             GError        **error);
  /* After the commit of a save, delete or restore that had its own
   * transaction: live objects the rule changed behind the store's back
   * show their stored values. */
  void     (*after_commit)  (ZsStore        *store,
                             ZsRecord       *record,
                             ZsRuleContext  *context);
} ZsRecordRules;

/* The rules for records of exactly @type; @rules must outlive the program
 * (a static table). A second call for the same type replaces the first. */
void                 zs_store_set_rules        (GType                type,
                                                const ZsRecordRules *rules);
const ZsRecordRules *zs_store_get_rules        (GType                type);

/* A change of the stored data that a schema upgrade alone cannot make
 * (it needs the clerk's language or the domain's rules): run inside the
 * upgrade's transaction when a database older than @version is opened. */
typedef gboolean (*ZsUpgradeFunc) (ZsStore  *store,
                                   GError  **error);

void                 zs_store_add_upgrade      (int                  version,
                                                ZsUpgradeFunc        func);
/* For the engines: runs the upgrades for a database that was at
 * @from_version, in the order of their versions. */
gboolean             zs_store_run_upgrades     (ZsStore             *store,
                                                int                  from_version,
                                                GError             **error);

G_END_DECLS
