/* zs-vcard-names.c — the structured name N, to and from a partner's name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A partner has one name, as a clerk writes it; a card has FN (the same)
 * and N, family;given;additional;prefix;suffix, which phones sort and show
 * by. A Chinese name is family then given with no space (张三 is 张;三,
 * 欧阳文博 欧阳;文博, 汤霞 朋友 汤;霞 朋友; a longer one, 中国移动, is all
 * family name, as phones write it); other names are given first,
 * with titles before and after that are not names (Mr. John Doe Sr. is
 * Doe;John;;Mr.;Sr., as Evolution writes it).
 */
#include "config.h"

#include <string.h>

#include "zs-vcard-private.h"

/* Family names of two characters. */
static const char * const compound_surnames[] = {
  "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙",
  "长孙", "宇文", "司徒", "司空", "夏侯", "端木", "轩辕", "呼延", "南宫", "西门",
  "独孤", "万俟", "闻人", "澹台", "公羊", "赫连", "钟离", "百里", "东郭", "太史",
};

/* Words before and after a name that are not part of it, in lower case
 * without dots. */
static const char * const name_prefixes[] = {
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "herr", "frau", "mme", "mlle",
};
static const char * const name_suffixes[] = {
  "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "msc", "bsc", "dds", "cpa", "ing",
};

void
zs_vcard_name_clear (ZsVCardName *name)
{
  g_clear_pointer (&name->family, g_free);
  g_clear_pointer (&name->given, g_free);
  g_clear_pointer (&name->additional, g_free);
  g_clear_pointer (&name->prefix, g_free);
  g_clear_pointer (&name->suffix, g_free);
}

gboolean
zs_vcard_is_han (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) != G_UNICODE_SCRIPT_HAN)
      return FALSE;
  return *text != '\0';
}

static gboolean
starts_han (const char *text)
{
  return *text != '\0' && g_unichar_get_script (g_utf8_get_char (text)) == G_UNICODE_SCRIPT_HAN;
}

static gboolean
is_word_in (const char         *word,
            const char * const *list,
            guint               n)
{
  g_autoptr(GString) bare = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p++)
    if (*p != '.' && *p != ',')
      g_string_append_c (bare, g_ascii_tolower (*p));
  for (guint i = 0; i < n; i++)
    if (strcmp (bare->str, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
append_word (GString    *out,
             const char *word)
{
  if (word == NULL || *word == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, word);
}

char *
zs_vcard_name_from_n (const char *value)
{
  g_auto(GStrv) parts = zs_vcard_split_value (value, ';');
  const char *family = zs_vcard_part (parts, 0);
  const char *given = zs_vcard_part (parts, 1);
  GString *out = g_string_new (NULL);

  /* The parts of N may be lists ("Q.,R."): words of one name. */
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (g_strdelimit (parts[i], ",", ' '));

  if (starts_han (family) || starts_han (given))
    {
      g_string_append (out, family);
      g_string_append (out, given);
      g_string_append (out, zs_vcard_part (parts, 2));
      return g_strstrip (g_string_free (out, FALSE));
    }
  append_word (out, zs_vcard_part (parts, 3));
  append_word (out, given);
  append_word (out, zs_vcard_part (parts, 2));
  append_word (out, family);
  append_word (out, zs_vcard_part (parts, 4));
  return g_strstrip (g_string_free (out, FALSE));
}

static void
split_han (const char  *name,
           ZsVCardName *parts)
{
  const char *space = name;
  g_autofree char *word = NULL;
  gboolean compound = FALSE;
  glong n;

  while (*space != '\0' && *space != ' ' && !g_str_has_prefix (space, "　"))
    space = g_utf8_next_char (space);
  word = g_strndup (name, space - name);
  n = g_utf8_strlen (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
    if (n >= 3 && g_str_has_prefix (word, compound_surnames[i]))
      compound = TRUE;
  /* A person's name has two or three characters, four with a family name
   * of two; 中国移动 or 北京潍坊企业商会 is no person's. */
  if (zs_vcard_is_han (word) && (n <= 3 || (n == 4 && compound)) && (n >= 2 || *space != '\0'))
    {
      const char *rest;
      glong family_chars = compound ? 2 : 1;

      rest = g_utf8_offset_to_pointer (name, family_chars);
      parts->family = g_strndup (name, rest - name);
      parts->given = g_strstrip (g_strdup (rest));
      return;
    }
  /* Longer: the name of an organisation, or one not to be cut. */
  parts->family = g_strdup (name);
  parts->given = g_strdup ("");
}

static void
split_other (const char  *name,
             ZsVCardName *parts)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GString) prefix = g_string_new (NULL);
  g_autoptr(GString) suffix = g_string_new (NULL);
  g_autoptr(GString) additional = g_string_new (NULL);
  g_autofree char *main_part = NULL;
  const char *comma = strrchr (name, ',');
  guint first = 0, last;

  /* "John Q. Public, Esq.": what follows the comma is a suffix when it is
   * made of suffixes; "Doe, John" is family, given. */
  if (comma != NULL)
    {
      g_auto(GStrv) after = g_strsplit_set (comma + 1, " ", -1);
      gboolean all_suffixes = TRUE;
      guint n_words = 0;

      for (guint i = 0; after[i] != NULL; i++)
        if (*after[i] != '\0')
          {
            n_words++;
            all_suffixes &= is_word_in (after[i], name_suffixes, G_N_ELEMENTS (name_suffixes));
          }
      if (n_words > 0 && all_suffixes)
        {
          g_autofree char *after_comma = g_strstrip (g_strdup (comma + 1));

          append_word (suffix, after_comma);
        }
      else if (n_words > 0 && strchr (name, ' ') != NULL && strchr (name, ' ') > comma)
        {
          parts->family = g_strstrip (g_strndup (name, comma - name));
          parts->given = g_strstrip (g_strdup (comma + 1));
          parts->additional = g_strdup ("");
          parts->prefix = g_strdup ("");
          parts->suffix = g_strdup ("");
          return;
        }
      else
        comma = NULL;
    }
  main_part = comma != NULL ? g_strndup (name, comma - name) : g_strdup (name);
  words = g_strsplit_set (main_part, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);

  last = kept->len;
  while (first + 1 < last && is_word_in (g_ptr_array_index (kept, first), name_prefixes, G_N_ELEMENTS (name_prefixes)))
    append_word (prefix, g_ptr_array_index (kept, first++));
  while (last > first + 1 && is_word_in (g_ptr_array_index (kept, last - 1), name_suffixes, G_N_ELEMENTS (name_suffixes)))
    last--;
  if (last < kept->len)
    {
      g_autoptr(GString) trailing = g_string_new (NULL);

      /* Suffixes at the end come before one after a comma. */
      for (guint i = last; i < kept->len; i++)
        append_word (trailing, g_ptr_array_index (kept, i));
      append_word (trailing, suffix->str);
      g_string_assign (suffix, trailing->str);
    }

  if (last - first == 1)
    {
      parts->family = g_strdup (g_ptr_array_index (kept, first));
      parts->given = g_strdup ("");
    }
  else if (last > first)
    {
      parts->family = g_strdup (g_ptr_array_index (kept, last - 1));
      parts->given = g_strdup (g_ptr_array_index (kept, first));
      for (guint i = first + 1; i + 1 < last; i++)
        append_word (additional, g_ptr_array_index (kept, i));
    }
  else
    {
      parts->family = g_strdup ("");
      parts->given = g_strdup ("");
    }
  parts->additional = g_strdup (additional->str);
  parts->prefix = g_strdup (prefix->str);
  parts->suffix = g_strdup (suffix->str);
}

void
zs_vcard_name_split (const char  *name,
                     ZsVCardName *parts)
{
  memset (parts, 0, sizeof *parts);
  if (name == NULL || *name == '\0')
    {
      parts->family = g_strdup ("");
      parts->given = g_strdup ("");
    }
  else if (starts_han (name))
    split_han (name, parts);
  else
    split_other (name, parts);
  if (parts->additional == NULL)
    parts->additional = g_strdup ("");
  if (parts->prefix == NULL)
    parts->prefix = g_strdup ("");
  if (parts->suffix == NULL)
    parts->suffix = g_strdup ("");
}
