/* zs-investor-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-enterprise.h"
#include "zs-enums.h"
#include "zs-lead.h"
#include "zs-project.h"
#include "zs-investor-check.h"

/* Legal forms, longest first; matched at the end of the folded name and
 * stripped as often as they follow each other ("集团有限公司"). */
static const char * const legal_forms[] = {
  "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "分公司", "公司", "集团",
  "corporation", "company", "limited", "gmbh", "corp", "coltd", "ltd", "inc", "co",
};

/* Beyond this many candidates per table, a name is too common to matter. */
#define MAX_CANDIDATES 200

static gboolean
strip_suffix (GString *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (legal_forms); i++)
    {
      gsize n = strlen (legal_forms[i]);

      if (!g_str_has_suffix (key->str, legal_forms[i]))
        continue;
      /* A name that is only a legal form stays as it is. */
      if (key->len == n)
        return FALSE;
      g_string_truncate (key, key->len - n);
      return TRUE;
    }
  return FALSE;
}

char *
zs_investor_key (const char *name)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("");

  /* NFKC turns full-width letters, digits and brackets into plain ones. */
  normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (normal != NULL ? normal : name, -1);

  key = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }
  while (strip_suffix (key))
    ;
  return g_string_free (key, FALSE);
}

static void
collect (ZsStore    *store,
         GType       type,
         guint       field,
         const char *key,
         ZsRecord   *self,
         GArray     *excluded,
         GPtrArray  *found,
         GError    **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;
  if (error != NULL && *error != NULL)
    return;

  /* The key's characters in order with anything between them: finds
   * "潍坊智云·工业互联网有限公司" for "潍坊智云工业互联网" in one pass. */
  zs_query_add_string (query, field, ZS_QUERY_HAS_IN_ORDER, key);
  zs_query_set_order (query, -1, TRUE);
  zs_query_set_limit (query, MAX_CANDIDATES);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(ZsRecord) record = NULL;
      g_autofree char *other = NULL;
      gboolean skip = FALSE;

      if (self != NULL && G_OBJECT_TYPE (self) == type && zs_record_get_id (self) == id)
        continue;
      for (guint j = 0; j + 1 < excluded->len; j += 2)
        skip |= (GType) g_array_index (excluded, gint64, j) == type && g_array_index (excluded, gint64, j + 1) == id;
      if (skip)
        continue;

      record = zs_store_load (store, type, id, NULL);
      if (record == NULL)
        continue;
      other = zs_investor_key (zs_record_get_string (record, field));
      if (strcmp (other, key) == 0)
        g_ptr_array_add (found, g_steal_pointer (&record));
    }
}

static void
exclude (GArray *excluded,
         GType   type,
         gint64  id)
{
  gint64 pair[] = { (gint64) type, id };

  if (id != 0)
    g_array_append_vals (excluded, pair, 2);
}

GPtrArray *
zs_investor_find_same (ZsStore     *store,
                       const char  *name,
                       ZsRecord    *self,
                       GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) excluded = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = zs_investor_key (name);
  GError *local_error = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  /* One letter or character names nothing in particular. */
  if (g_utf8_strlen (key, -1) < 2)
    return g_steal_pointer (&found);

  /* A project's own lead and target enterprise are the same investment
   * on purpose; so are a lead's enterprise and the project made from it. */
  if (self != NULL && ZS_IS_PROJECT (self))
    {
      exclude (excluded, ZS_TYPE_LEAD, zs_record_get_int (self, ZS_PROJECT_LEAD_ID));
      exclude (excluded, ZS_TYPE_ENTERPRISE, zs_record_get_int (self, ZS_PROJECT_ENTERPRISE_ID));
    }
  else if (self != NULL && ZS_IS_LEAD (self))
    {
      exclude (excluded, ZS_TYPE_ENTERPRISE, zs_record_get_int (self, ZS_LEAD_ENTERPRISE_ID));
      if (zs_record_get_id (self) != 0)
        {
          g_autoptr(ZsQuery) made = zs_query_new (ZS_TYPE_PROJECT);
          g_autoptr(GArray) ids = NULL;

          zs_query_add_int (made, ZS_PROJECT_LEAD_ID, ZS_QUERY_EQ, zs_record_get_id (self));
          ids = zs_store_query (store, made, error);
          if (ids == NULL)
            return NULL;
          for (guint i = 0; i < ids->len; i++)
            exclude (excluded, ZS_TYPE_PROJECT, g_array_index (ids, gint64, i));
        }
    }

  collect (store, ZS_TYPE_PROJECT, ZS_PROJECT_INVESTOR, key, self, excluded, found, &local_error);
  collect (store, ZS_TYPE_LEAD, ZS_LEAD_COMPANY, key, self, excluded, found, &local_error);
  collect (store, ZS_TYPE_ENTERPRISE, ZS_ENTERPRISE_NAME, key, self, excluded, found, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&found);
}

char *
zs_investor_describe_same (ZsStore   *store,
                           GPtrArray *records)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint shown;

  if (records == NULL || records->len == 0)
    return NULL;

  /* The first few are enough to go and look. */
  shown = MIN (records->len, 4);
  for (guint i = 0; i < shown; i++)
    {
      ZsRecord *r = g_ptr_array_index (records, i);
      g_autofree char *item = NULL;

      if (ZS_IS_PROJECT (r))
        item = g_strdup_printf (_("project “%s” (%s)"), zs_record_get_title (r),
                                zs_stage_get_label (zs_record_get_enum (r, ZS_PROJECT_STAGE)));
      else if (ZS_IS_LEAD (r))
        item = g_strdup_printf (_("lead “%s” (%s)"), zs_record_get_title (r),
                                zs_enum_get_label (ZS_TYPE_LEAD_STATUS, zs_record_get_enum (r, ZS_LEAD_STATUS)));
      else
        item = g_strdup_printf (_("target enterprise “%s”"), zs_record_get_title (r));
      if (i > 0)
        g_string_append (list, _(", "));
      g_string_append (list, item);
    }
  if (records->len > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                                            records->len - shown),
                                               records->len - shown);
      g_string_append (list, more);
    }

  return g_strdup_printf (_("The same investor is already in the database: %s. "
                            "Check that this is not the same investment counted twice."),
                          list->str);
}
