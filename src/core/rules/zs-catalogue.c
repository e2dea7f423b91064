/* zs-catalogue.c — editing the industry catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The catalogue's order is the city's order (the policy lists its chains
 * in a fixed sequence), so positions are kept as 1, 2, 3… and a move
 * renumbers the siblings rather than swapping two numbers that may be
 * equal after an import.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-catalogue.h"
#include "zs-error.h"

typedef struct {
  GType type;
  int   parent_field;    /* -1: no parent */
  guint position_field;
} Ordering;

static const Ordering *
ordering_of (GType type)
{
  static Ordering orderings[3];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      orderings[0] = (Ordering) { ZS_TYPE_CHAIN_GROUP, -1, ZS_CHAIN_GROUP_POSITION };
      orderings[1] = (Ordering) { ZS_TYPE_CHAIN, ZS_CHAIN_GROUP_ID, ZS_CHAIN_POSITION };
      orderings[2] = (Ordering) { ZS_TYPE_SEGMENT, ZS_SEGMENT_CHAIN_ID, ZS_SEGMENT_POSITION };
      g_once_init_leave (&initialized, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (orderings); i++)
    if (orderings[i].type == type)
      return &orderings[i];
  return NULL;
}

ZsQuery *
zs_catalogue_query (GType  type,
                    gint64 parent_id)
{
  const Ordering *ordering = ordering_of (type);
  ZsQuery *query;

  g_return_val_if_fail (ordering != NULL, NULL);

  query = zs_query_new (type);
  if (ordering->parent_field >= 0)
    zs_query_add_int (query, (guint) ordering->parent_field, ZS_QUERY_EQ, parent_id);
  zs_query_set_order (query, (int) ordering->position_field, FALSE);
  return query;
}

gint64
zs_catalogue_count_chains (ZsStore *store,
                           gint64   group_id,
                           gint64  *n_unverified)
{
  g_autoptr(ZsQuery) query = zs_catalogue_query (ZS_TYPE_CHAIN, group_id);

  if (n_unverified != NULL)
    {
      g_autoptr(ZsQuery) unverified = zs_query_copy (query);

      zs_query_add_int (unverified, ZS_CHAIN_VERIFIED, ZS_QUERY_EQ, FALSE);
      *n_unverified = zs_store_count (store, unverified, NULL);
    }
  return zs_store_count (store, query, NULL);
}

/* The last position among the siblings, for a new record to go after. */
static gint64
last_position (ZsStore *store,
               GType    type,
               gint64   parent_id)
{
  const Ordering *ordering = ordering_of (type);
  g_autoptr(ZsQuery) query = zs_catalogue_query (type, parent_id);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) last = NULL;

  zs_query_set_order (query, (int) ordering->position_field, TRUE);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids == NULL || ids->len == 0)
    return 0;
  last = zs_store_load (store, type, g_array_index (ids, gint64, 0), NULL);
  return last != NULL ? zs_record_get_int (last, ordering->position_field) : 0;
}

gboolean
zs_catalogue_move (ZsStore   *store,
                   ZsRecord  *record,
                   int        delta,
                   GError   **error)
{
  const Ordering *ordering;
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 parent_id = 0;
  gint64 id;
  guint from = G_MAXUINT;
  guint to;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  ordering = ordering_of (G_OBJECT_TYPE (record));
  g_return_val_if_fail (ordering != NULL, FALSE);

  if (ordering->parent_field >= 0)
    parent_id = zs_record_get_int (record, (guint) ordering->parent_field);
  query = zs_catalogue_query (G_OBJECT_TYPE (record), parent_id);
  ids = zs_store_query (store, query, error);
  if (ids == NULL)
    return FALSE;

  id = zs_record_get_id (record);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      from = i;
  if (from == G_MAXUINT)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_NOT_FOUND,
                   _("“%s” is no longer in the catalogue."), zs_record_get_title (record));
      return FALSE;
    }

  to = (guint) CLAMP ((gint64) from + delta, 0, (gint64) ids->len - 1);
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, to, id);

  if (!zs_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) sibling = zs_store_load (store, G_OBJECT_TYPE (record), g_array_index (ids, gint64, i), error);

      if (sibling == NULL)
        goto fail;
      /* Only what changed is written, and gets a new `updated`. */
      if (zs_record_get_int (sibling, ordering->position_field) == (gint64) i + 1)
        continue;
      zs_record_set_int (sibling, ordering->position_field, (gint64) i + 1);
      if (!zs_store_save (store, sibling, error))
        goto fail;
    }
  return zs_store_commit (store, error);

fail:
  zs_store_rollback (store);
  return FALSE;
}

gboolean
zs_catalogue_rename_chain (ZsStore     *store,
                           ZsChain     *chain,
                           const char  *name,
                           const char  *today,
                           GError     **error)
{
  ZsRecord *r = ZS_RECORD (chain);
  g_autofree char *clean = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *old_source = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_CHAIN (chain), FALSE);

  if (zs_text_is_blank (name))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_INVALID, _("Enter the new name of the chain."));
      return FALSE;
    }
  clean = g_strstrip (g_strdup (name));
  old_name = g_strdup (zs_record_get_string (r, ZS_CHAIN_NAME));
  if (g_strcmp0 (clean, old_name) == 0)
    return zs_catalogue_confirm_chain (store, chain, error);

  old_source = g_strdup (zs_record_get_string (r, ZS_CHAIN_SOURCE));
  if (old_source != NULL && *old_source != '\0')
    /* TRANSLATORS: a chain's source after a rename: date, old name, old source */
    source = g_strdup_printf (_("Renamed by the user on %s (before: “%s”; its source: %s)"), today, old_name, old_source);
  else
    source = g_strdup_printf (_("Renamed by the user on %s (before: “%s”)"), today, old_name);

  g_object_freeze_notify (G_OBJECT (chain));
  zs_record_set_string (r, ZS_CHAIN_NAME, clean);
  zs_record_set_boolean (r, ZS_CHAIN_VERIFIED, TRUE);
  zs_record_set_string (r, ZS_CHAIN_SOURCE, source);
  g_object_thaw_notify (G_OBJECT (chain));

  if (!zs_store_save (store, r, error))
    {
      zs_store_reload (store, r, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_catalogue_confirm_chain (ZsStore  *store,
                            ZsChain  *chain,
                            GError  **error)
{
  ZsRecord *r = ZS_RECORD (chain);

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_CHAIN (chain), FALSE);

  if (zs_record_get_boolean (r, ZS_CHAIN_VERIFIED))
    return TRUE;
  zs_record_set_boolean (r, ZS_CHAIN_VERIFIED, TRUE);
  if (!zs_store_save (store, r, error))
    {
      zs_store_reload (store, r, NULL);
      return FALSE;
    }
  return TRUE;
}

ZsChain *
zs_catalogue_new_chain (ZsStore    *store,
                        gint64      group_id,
                        const char *today)
{
  ZsChain *chain = zs_chain_new ();
  ZsRecord *r = ZS_RECORD (chain);
  g_autofree char *source = g_strdup_printf (_("Added by the user on %s"), today);

  zs_record_set_int (r, ZS_CHAIN_GROUP_ID, group_id);
  zs_record_set_int (r, ZS_CHAIN_POSITION, last_position (store, ZS_TYPE_CHAIN, group_id) + 1);
  zs_record_set_boolean (r, ZS_CHAIN_VERIFIED, TRUE);
  zs_record_set_string (r, ZS_CHAIN_SOURCE, source);
  return chain;
}

ZsSegment *
zs_catalogue_new_segment (ZsStore *store,
                          gint64   chain_id)
{
  ZsSegment *segment = zs_segment_new ();
  ZsRecord *r = ZS_RECORD (segment);

  zs_record_set_int (r, ZS_SEGMENT_CHAIN_ID, chain_id);
  zs_record_set_int (r, ZS_SEGMENT_POSITION, last_position (store, ZS_TYPE_SEGMENT, chain_id) + 1);
  return segment;
}

ZsEnterprise *
zs_catalogue_new_enterprise (gint64           chain_id,
                             gint64           segment_id,
                             ZsEnterpriseRole role)
{
  ZsEnterprise *enterprise = zs_enterprise_new ();
  ZsRecord *r = ZS_RECORD (enterprise);

  zs_record_set_int (r, ZS_ENTERPRISE_CHAIN_ID, chain_id);
  zs_record_set_int (r, ZS_ENTERPRISE_SEGMENT_ID, segment_id);
  zs_record_set_enum (r, ZS_ENTERPRISE_ROLE, role);
  return enterprise;
}

gboolean
zs_catalogue_can_delete_chain (ZsStore  *store,
                               ZsChain  *chain,
                               GError  **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) first = NULL;
  g_autoptr(ZsRecord) project = NULL;
  g_autofree char *count = NULL;
  gint64 n;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_CHAIN (chain), FALSE);

  zs_query_add_int (query, ZS_PROJECT_CHAIN_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (chain)));
  n = zs_store_count (store, query, error);
  if (n <= 0)
    return n == 0;

  zs_query_set_limit (query, 1);
  first = zs_store_query (store, query, NULL);
  if (first != NULL && first->len > 0)
    project = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (first, gint64, 0), NULL);

  count = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
               g_dngettext (GETTEXT_PACKAGE,
                            "“%s” cannot be deleted: %s project belongs to it (“%s”). "
                            "Move it to another chain first.",
                            "“%s” cannot be deleted: %s projects belong to it (“%s” and others). "
                            "Move them to other chains first.",
                            (gulong) n),
               zs_record_get_title (ZS_RECORD (chain)), count,
               project != NULL ? zs_record_get_title (project) : "");
  return FALSE;
}

/* Web addresses end at white space, at the first character outside ASCII
 * (Chinese punctuation follows them without a space) or at a bracket. */
static gboolean
ends_address (gunichar c)
{
  return c == 0 || g_unichar_isspace (c) || c >= 0x80 || c == ')' || c == '>' || c == '"' || c == '\'';
}

char *
zs_catalogue_find_link (const char *text)
{
  static const char * const schemes[] = { "https://", "http://", "file://" };
  const char *best = NULL;

  if (text == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      const char *found = strstr (text, schemes[i]);

      if (found != NULL && (best == NULL || found < best))
        best = found;
    }
  if (best != NULL)
    {
      const char *end = best;
      g_autofree char *address = NULL;

      while (!ends_address (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      /* A sentence's full stop is not part of the address. */
      while (end > best && (end[-1] == '.' || end[-1] == ',' || end[-1] == ';'))
        end--;
      address = g_strndup (best, end - best);
      return g_uri_is_valid (address, G_URI_FLAGS_PARSE_RELAXED, NULL) ? g_steal_pointer (&address) : NULL;
    }

  /* A file path, alone in the field: paths may hold spaces and Chinese. */
  {
    g_autofree char *path = g_strstrip (g_strdup (text));

    if (g_path_is_absolute (path) && strchr (path, '\n') == NULL && strchr (path + 1, G_DIR_SEPARATOR) != NULL)
      return g_filename_to_uri (path, NULL, NULL);
  }
  return NULL;
}
