/* zs-sheet-words.c — the words of bureaus' sheets, from data/sheet-columns.ini
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The file is read once, into tables keyed by the normalized word, so that
 * a synonym is added in data, not in code.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "zs-sheet-words.h"

#define WORDS_RESOURCE "/io/github/zhaoshang/Zhaoshang/sheet/sheet-columns.ini"

typedef struct {
  GHashTable *sections;   /* section → (normalized word → key) */
  GHashTable *money;      /* normalized unit → double * */
  GPtrArray  *tables;     /* the sections that are tables */
  GHashTable *first;      /* "table\x1fkey" → the first name, as written */
  GHashTable *keys;       /* table → GPtrArray of its keys in file order, NULL-terminated */
} Words;

static const char * const other_sections[] = { "ignore", "totals", "money", "stage", "grade", "boolean" };

static Words *
words_load (void)
{
  Words *words = g_new0 (Words, 1);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GBytes) bytes = g_resources_lookup_data (WORDS_RESOURCE, 0, NULL);
  g_auto(GStrv) groups = NULL;

  words->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  words->money = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  words->tables = g_ptr_array_new_with_free_func (g_free);
  words->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  words->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  if (bytes == NULL ||
      !g_key_file_load_from_data (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), 0, NULL))
    g_error ("%s is missing or broken", WORDS_RESOURCE);

  groups = g_key_file_get_groups (file, NULL);
  for (guint g = 0; groups[g] != NULL; g++)
    {
      GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_auto(GStrv) keys = g_key_file_get_keys (file, groups[g], NULL, NULL);
      gboolean is_money = strcmp (groups[g], "money") == 0;
      GPtrArray *order = g_ptr_array_new_with_free_func (g_free);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        g_ptr_array_add (order, g_strdup (keys[k]));
      g_ptr_array_add (order, NULL);
      g_hash_table_replace (words->keys, g_strdup (groups[g]), order);

      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        {
          g_autofree char *value = g_key_file_get_string (file, groups[g], keys[k], NULL);
          g_auto(GStrv) names = value != NULL ? g_strsplit (value, ";", -1) : NULL;

          if (is_money)
            {
              double *factor = g_new (double, 1);

              *factor = g_ascii_strtod (value, NULL);
              g_hash_table_replace (words->money, zs_sheet_normalize (keys[k]), factor);
              continue;
            }
          if (names != NULL && names[0] != NULL)
            g_hash_table_replace (words->first, g_strconcat (groups[g], "\x1f", keys[k], NULL), g_strdup (names[0]));
          for (guint n = 0; names != NULL && names[n] != NULL; n++)
            {
              char *word = zs_sheet_normalize (names[n]);

              if (*word == '\0' || g_hash_table_contains (map, word))
                g_free (word);
              else
                g_hash_table_insert (map, word, g_strdup (keys[k]));
            }
        }
      /* [partners.kind] names a table's list values, not a table. */
      if (!g_strv_contains (other_sections, groups[g]) && strchr (groups[g], '.') == NULL)
        g_ptr_array_add (words->tables, g_strdup (groups[g]));
      g_hash_table_replace (words->sections, g_strdup (groups[g]), map);
    }
  g_ptr_array_add (words->tables, NULL);
  return words;
}

static Words *
words_get (void)
{
  static gsize once = 0;
  static Words *words;

  if (g_once_init_enter (&once))
    {
      words = words_load ();
      g_once_init_leave (&once, 1);
    }
  return words;
}

char *
zs_sheet_normalize (const char *text)
{
  g_autofree char *nfkc = NULL;
  g_autoptr(GString) out = NULL;

  if (text == NULL)
    return g_strdup ("");
  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (nfkc));
  for (const char *p = nfkc; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x200B && c != 0xFEFF)
        g_string_append_unichar (out, c);
    }
  return g_utf8_casefold (out->str, (gssize) out->len);
}

char *
zs_sheet_split_header (const char  *text,
                       char       **unit)
{
  g_autofree char *name = zs_sheet_normalize (text);
  static const char * const closers[] = { ")", "]", "】" };
  static const char * const openers[] = { "(", "[", "【" };

  *unit = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (closers); i++)
    {
      char *open;

      if (!g_str_has_suffix (name, closers[i]) || (open = g_strrstr (name, openers[i])) == NULL)
        continue;
      *unit = g_strndup (open + strlen (openers[i]), strlen (open) - strlen (openers[i]) - strlen (closers[i]));
      *open = '\0';
      /* "（单位：万元）" */
      if (g_str_has_prefix (*unit, "单位:"))
        memmove (*unit, *unit + strlen ("单位:"), strlen (*unit) - strlen ("单位:") + 1);
      break;
    }
  return g_steal_pointer (&name);
}

static const char *
lookup (const char *section,
        const char *word)
{
  GHashTable *map = g_hash_table_lookup (words_get ()->sections, section);

  return map != NULL && word != NULL ? g_hash_table_lookup (map, word) : NULL;
}

const char *
zs_sheet_words_column (const char *table,
                       const char *name)
{
  if (lookup ("ignore", name) != NULL)
    return "ignore";
  return lookup (table, name);
}

const char * const *
zs_sheet_words_tables (void)
{
  return (const char * const *) words_get ()->tables->pdata;
}

gboolean
zs_sheet_words_is_total (const char *text)
{
  GHashTable *totals = g_hash_table_lookup (words_get ()->sections, "totals");
  GHashTableIter iter;
  gpointer word;

  if (text == NULL || totals == NULL)
    return FALSE;
  if (g_hash_table_contains (totals, text))
    return TRUE;
  /* "合计:2家", "合计(万元)" */
  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_str_has_prefix (text, word) && strchr (":(（：", text[strlen (word)]) != NULL && text[strlen (word)] != '\0')
      return TRUE;
  return FALSE;
}

double
zs_sheet_words_money_factor (const char *unit)
{
  double *factor = unit != NULL ? g_hash_table_lookup (words_get ()->money, unit) : NULL;

  return factor != NULL ? *factor : 0;
}

const char *
zs_sheet_words_lookup (const char *section,
                       const char *text)
{
  return lookup (section, text);
}

const char *
zs_sheet_words_first_name (const char *table,
                           const char *key)
{
  g_autofree char *both = g_strconcat (table, "\x1f", key, NULL);

  return g_hash_table_lookup (words_get ()->first, both);
}

const char * const *
zs_sheet_words_keys (const char *section)
{
  GPtrArray *keys = g_hash_table_lookup (words_get ()->keys, section);
  static const char * const none[] = { NULL };

  return keys != NULL ? (const char * const *) keys->pdata : none;
}
