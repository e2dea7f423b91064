/* zs-search.c — search documents and terms, for every engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>

#include "zs-pinyin.h"
#include "zs-records.h"
#include "zs-search.h"

/* Pinyin keys run at most this many syllables from where they start. */
#define MAX_KEY_SYLLABLES 8

typedef struct {
  GType (*get_type) (void);
  guint  n_pinyin;     /* the first fields are names: they get pinyin */
  guint  n_fields;
  guint  fields[6];
} SearchSpec;

static const SearchSpec specs[] = {
  { zs_project_get_type, 2, 3, { ZS_PROJECT_NAME, ZS_PROJECT_INVESTOR, ZS_PROJECT_NOTES } },
  { zs_partner_get_type, 2, 4, { ZS_PARTNER_NAME, ZS_PARTNER_ORGANISATION, ZS_PARTNER_CITY, ZS_PARTNER_NATIVE_PLACE } },
  { zs_enterprise_get_type, 1, 4, { ZS_ENTERPRISE_NAME, ZS_ENTERPRISE_LOCATION, ZS_ENTERPRISE_NEXT_STEP, ZS_ENTERPRISE_NOTES } },
  { zs_lead_get_type, 2, 3, { ZS_LEAD_NAME, ZS_LEAD_COMPANY, ZS_LEAD_DESCRIPTION } },
  { zs_carrier_get_type, 1, 3, { ZS_CARRIER_NAME, ZS_CARRIER_LOCATION, ZS_CARRIER_NOTES } },
};

static const SearchSpec *
find_spec (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    if (specs[i].get_type () == type)
      return &specs[i];
  return NULL;
}

gboolean
zs_search_has_document (GType type)
{
  return find_spec (type) != NULL;
}

const guint *
zs_search_fields (GType  type,
                  guint *n)
{
  const SearchSpec *spec = find_spec (type);

  *n = spec != NULL ? spec->n_fields : 0;
  return spec != NULL ? spec->fields : NULL;
}

gboolean
zs_search_field_is_searched (GType type,
                             guint field)
{
  const SearchSpec *spec = find_spec (type);

  for (guint i = 0; spec != NULL && i < spec->n_fields; i++)
    if (spec->fields[i] == field)
      return TRUE;
  return FALSE;
}

char *
zs_search_words (const char *text)
{
  GString *words = g_string_new (NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_string_free (words, FALSE);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xE000)
        g_string_append_c (words, ' ');
      else if (zs_pinyin_is_han (c) || g_unichar_isdigit (c))
        {
          g_string_append_c (words, ' ');
          g_string_append_unichar (words, c);
          g_string_append_c (words, ' ');
        }
      else
        g_string_append_unichar (words, c);
    }
  return g_string_free (words, FALSE);
}

/* A document made ahead (zs_search_prepare_document()), with the texts of
 * the fields it was made from. */
typedef struct {
  char   *document;
  char  **made_from;  /* NULL where a field was not set */
  guint   n_fields;
} Prepared;

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_free (prepared->document);
  for (guint i = 0; i < prepared->n_fields; i++)
    g_free (prepared->made_from[i]);
  g_free (prepared->made_from);
  g_free (prepared);
}

static GQuark
prepared_quark (void)
{
  return g_quark_from_static_string ("zs-search-prepared");
}

static char *
make_document (ZsRecord         *record,
               const SearchSpec *spec)
{
  GString *doc = g_string_new (NULL);

  {
    /* The title's whole pinyin and initials first, for ranking. */
    g_autoptr(GPtrArray) units = zs_pinyin_syllables (zs_record_get_string (record, spec->fields[0]));
    GString *initials = g_string_new (NULL);

    for (guint i = 0; i < units->len; i++)
      {
        g_string_append (doc, g_ptr_array_index (units, i));
        g_string_append_c (initials, ((const char *) g_ptr_array_index (units, i))[0]);
      }
    g_string_append_printf (doc, " %s " ZS_SEARCH_FIELD_BREAK, initials->str);
    g_string_free (initials, TRUE);
  }
  for (guint i = 0; i < spec->n_pinyin; i++)
    {
      g_autofree char *keys = zs_pinyin_keys (zs_record_get_string (record, spec->fields[i]), MAX_KEY_SYLLABLES);

      g_string_append_printf (doc, " %s " ZS_SEARCH_FIELD_BREAK, keys);
    }
  for (guint i = 0; i < spec->n_fields; i++)
    {
      g_autofree char *words = zs_search_words (zs_record_get_string (record, spec->fields[i]));

      g_string_append_printf (doc, " %s " ZS_SEARCH_FIELD_BREAK, words);
    }
  return g_string_free (doc, FALSE);
}

/* TRUE when @record's searched fields read as they did when @prepared was
 * made: only then is its document @record's. */
static gboolean
still_made_from (ZsRecord         *record,
                 const SearchSpec *spec,
                 const Prepared   *prepared)
{
  for (guint i = 0; i < spec->n_fields; i++)
    if (g_strcmp0 (zs_record_get_string (record, spec->fields[i]), prepared->made_from[i]) != 0)
      return FALSE;
  return TRUE;
}

char *
zs_search_document (ZsRecord *record)
{
  const SearchSpec *spec = find_spec (G_OBJECT_TYPE (record));
  Prepared *prepared;
  char *document;

  if (spec == NULL)
    return NULL;

  prepared = g_object_steal_qdata (G_OBJECT (record), prepared_quark ());
  if (prepared == NULL)
    return make_document (record, spec);
  document = still_made_from (record, spec, prepared)
    ? g_steal_pointer (&prepared->document) : make_document (record, spec);
  prepared_free (prepared);
  return document;
}

void
zs_search_prepare_document (ZsRecord *record)
{
  const SearchSpec *spec = find_spec (G_OBJECT_TYPE (record));
  Prepared *prepared;

  if (spec == NULL)
    return;
  prepared = g_new0 (Prepared, 1);
  prepared->document = make_document (record, spec);
  prepared->n_fields = spec->n_fields;
  prepared->made_from = g_new0 (char *, spec->n_fields);
  for (guint i = 0; i < spec->n_fields; i++)
    prepared->made_from[i] = g_strdup (zs_record_get_string (record, spec->fields[i]));
  g_object_set_qdata_full (G_OBJECT (record), prepared_quark (), prepared, prepared_free);
}

GStrv
zs_search_terms (const char *search)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  g_autofree char *normalized = NULL;

  if (search == NULL)
    return g_strv_builder_end (builder);
  {
    /* The ideographic space is what Chinese input methods type. */
    g_auto(GStrv) pieces = g_strsplit (search, "\xe3\x80\x80", -1);

    normalized = g_strjoinv (" ", pieces);
  }
  parts = g_strsplit_set (normalized, " \t\r\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pieces = g_strsplit (parts[i], ZS_SEARCH_FIELD_BREAK, -1);
      g_autofree char *term = g_strjoinv ("", pieces);

      if (*term != '\0')
        g_strv_builder_add (builder, term);
    }
  return g_strv_builder_end (builder);
}

gboolean
zs_search_term_is_prefix (const char *term)
{
  gunichar last = 0;

  for (const char *p = term; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        last = c;
    }
  return last != 0 && !zs_pinyin_is_han (last) && !g_unichar_isdigit (last);
}

gboolean
zs_search_term_has_words (const char *term)
{
  for (const char *p = term; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}
