/* zs-sheet-table.c — which tables a spreadsheet carries, and their columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-core.h"
#include "zs-sheet-table.h"

static const ZsSheetTableColumn project_columns[] = {
  { "name", 32 }, { "investor", 28 }, { "chain-id", 16 }, { "unit-id", 16 }, { "person-id", 10 },
  { "stage", 9 }, { "grade", 7 }, { "key-project", 9 }, { "planned-investment", 13 },
  { "contract-amount", 13 }, { "funds-in-place", 13 }, { "contracted-foreign-capital", 13 },
  { "foreign-capital-used", 13 }, { "signing-date", 12 }, { "start-date", 12 },
  { "production-date", 12 }, { "notes", 30 },
};

static const ZsSheetTableColumn partner_columns[] = {
  { "name", 12 }, { "kind", 12 }, { "organisation", 26 }, { "title", 14 }, { "city", 10 },
  { "native-place", 10 }, { "phone", 14 }, { "email", 20 }, { "wechat", 14 }, { "appointed-date", 12 },
  { "person-id", 10 }, { "notes", 30 },
};

static const ZsSheetTableColumn enterprise_columns[] = {
  { "name", 30 }, { "chain-id", 16 }, { "segment-id", 14 }, { "role", 10 }, { "location", 16 },
  { "contact-status", 10 }, { "last-contact-date", 12 }, { "person-id", 10 }, { "next-step", 24 },
  { "notes", 30 },
};

static const ZsSheetTableColumn carrier_columns[] = {
  { "name", 24 }, { "kind", 10 }, { "location", 20 }, { "unit-id", 14 }, { "total-area", 12, TRUE },
  { "available-area", 12, TRUE }, { "floors", 8 }, { "height", 10 }, { "floor-load", 10 }, { "price", 14 },
  { "person-id", 10 }, { "last-update", 12 }, { "notes", 30 },
};

static const ZsSheetTableColumn lead_columns[] = {
  { "name", 26 }, { "company", 24 }, { "partner-id", 12 }, { "received-date", 12 }, { "chain-id", 14 },
  { "estimated-investment", 13 }, { "description", 30 }, { "status", 10 }, { "unit-id", 14 },
  { "person-id", 10 }, { "enterprise-id", 22 }, { "respond-due", 12 }, { "assess-due", 12 },
  { "feedback-due", 12 }, { "responded-date", 12 }, { "assessed-date", 12 }, { "fed-back-date", 12 },
  { "drop-reason", 20 },
};

static const ZsSheetTableColumn activity_columns[] = {
  { "name", 26 }, { "kind", 10 }, { "start-date", 12 }, { "end-date", 12 }, { "cities", 16 },
  { "leading-official", 12 }, { "participants", 24 }, { "unit-id", 14 }, { "enterprises-visited", 10, TRUE },
  { "summary", 30 },
};

static const ZsSheetTableColumn unit_columns[] = {
  { "name", 22 }, { "kind", 10 }, { "position", 8 }, { "retired", 10 },
};

static const ZsSheetTableColumn person_columns[] = {
  { "name", 12 }, { "unit-id", 18 }, { "title", 16 }, { "phone", 16 }, { "active", 8 },
};

static const ZsSheetTableColumn target_columns[] = {
  { "unit-id", 18 }, { "year", 8 }, { "leads", 10, TRUE }, { "signed-count", 10, TRUE },
  { "signed-investment", 14 }, { "registered-count", 10, TRUE }, { "started-count", 10, TRUE },
  { "production-count", 10, TRUE }, { "funds-in-place", 14 },
};

#define COLUMNS(a) a, G_N_ELEMENTS (a)

static const ZsSheetTable tables[] = {
  { "projects", zs_project_get_type, "项目台账", N_("projects"), { "name", "investor" }, COLUMNS (project_columns) },
  { "partners", zs_partner_get_type, "招商伙伴名录", N_("partners"), { "name", "organisation" }, COLUMNS (partner_columns) },
  { "enterprises", zs_enterprise_get_type, "目标企业台账", N_("target enterprises"), { "name" },
    COLUMNS (enterprise_columns) },
  { "carriers", zs_carrier_get_type, "载体台账", N_("carriers"), { "name" }, COLUMNS (carrier_columns) },
  { "leads", zs_lead_get_type, "线索台账", N_("leads"), { "name", "company" }, COLUMNS (lead_columns) },
  { "activities", zs_activity_get_type, "招商活动台账", N_("activities"), { "name", "start-date" },
    COLUMNS (activity_columns) },
  { "units", zs_unit_get_type, "单位名录", N_("units"), { "name" }, COLUMNS (unit_columns) },
  { "people", zs_person_get_type, "人员名录", N_("people"), { "name" }, COLUMNS (person_columns) },
  { "targets", zs_target_get_type, "年度目标", N_("targets"), { "unit-id", "year" }, COLUMNS (target_columns) },
};

static const char * const names[] = {
  "projects", "partners", "enterprises", "carriers", "leads", "activities", "units", "people", "targets", NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (tables) + 1);

const char * const *
zs_sheet_table_names (void)
{
  return names;
}

const ZsSheetTable *
zs_sheet_table_get (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (tables); i++)
    if (strcmp (tables[i].name, name) == 0)
      return &tables[i];
  return NULL;
}

const ZsSheetTable *
zs_sheet_table_for_type (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == type)
      return &tables[i];
  return NULL;
}

char *
zs_sheet_table_enum_section (const ZsSheetTable *table,
                             const char         *field)
{
  /* The project's words came first and have the short names. */
  if (strcmp (table->name, "projects") == 0)
    return g_strdup (field);
  return g_strconcat (table->name, ".", field, NULL);
}
