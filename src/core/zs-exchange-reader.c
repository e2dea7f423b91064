/* zs-exchange-reader.c — reading exchange files into the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-exchange.h"
#include "zs-records.h"

typedef struct {
  ZsStore          *store;
  xmlTextReaderPtr  reader;
  const char       *source;
  ZsImportSummary  *summary;
  int               shift_days;
  gboolean          rebase;

  ZsRecord         *record;      /* the record being read */
  int               record_line;
  int               field;       /* -1 outside a field element */
  GString          *text;
  char             *parse_error; /* first message from libxml2 */
  int               parse_error_line;
} Reader;

static void
on_xml_error (void       *user_data,
              xmlErrorPtr err)
{
  Reader *r = user_data;

  if (r->parse_error == NULL && err != NULL && err->message != NULL)
    {
      r->parse_error = g_strstrip (g_strdup (err->message));
      r->parse_error_line = err->line;
    }
}

static int
current_line (Reader *r)
{
  return xmlTextReaderGetParserLineNumber (r->reader);
}

static gboolean
fail (Reader      *r,
      int          line,
      GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Reader      *r,
      int          line,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s, line %d: %s"), r->source, line, message);
  return FALSE;
}

static char *
shift_date (Reader     *r,
            const char *iso)
{
  if (!r->rebase || r->shift_days == 0 || iso == NULL)
    return g_strdup (iso);

  if (strlen (iso) > 10 && iso[10] == 'T')
    {
      g_autofree char *day = g_strndup (iso, 10);
      g_autofree char *moved = zs_date_add_days (day, r->shift_days);

      return moved != NULL ? g_strconcat (moved, iso + 10, NULL) : g_strdup (iso);
    }
  else
    {
      char *moved = zs_date_add_days (iso, r->shift_days);

      return moved != NULL ? moved : g_strdup (iso);
    }
}

static char *
get_attribute (Reader     *r,
               const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (r->reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static int
find_field (ZsRecordClass *klass,
            const char    *element)
{
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];

      /* A reference "chain-id" is written as <chain>UUID</chain>. */
      if (f->kind == ZS_FIELD_REF)
        {
          gsize len = strlen (f->name) - strlen ("-id");

          if (strlen (element) == len && strncmp (f->name, element, len) == 0)
            return (int) i;
        }
      else if (strcmp (f->name, element) == 0)
        return (int) i;
    }
  return -1;
}

static gboolean
read_root (Reader  *r,
           GError **error)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (r->reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (r->reader);
  g_autofree char *version = NULL;
  g_autofree char *reference = NULL;

  if (g_strcmp0 (name, "exchange") != 0 || g_strcmp0 (ns, ZS_EXCHANGE_NAMESPACE) != 0)
    return fail (r, current_line (r), error,
                 _("this is not a Zhaoshang exchange file (expected <exchange> in namespace %s)"),
                 ZS_EXCHANGE_NAMESPACE);

  version = get_attribute (r, "format-version");
  if (g_strcmp0 (version, ZS_EXCHANGE_FORMAT_VERSION) != 0)
    return fail (r, current_line (r), error,
                 _("format version “%s” is not supported (this version reads %s)"),
                 version ? version : "", ZS_EXCHANGE_FORMAT_VERSION);

  reference = get_attribute (r, "reference-date");
  if (r->rebase && reference != NULL)
    {
      g_autofree char *today = zs_date_today ();

      if (!zs_date_is_valid (reference))
        return fail (r, current_line (r), error, _("reference-date “%s” is not a date"), reference);
      r->shift_days = zs_date_days_between (reference, today);
    }
  return TRUE;
}

static gboolean
start_record (Reader  *r,
              GError **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (r->reader);
  GType type = zs_record_type_from_element (name);
  g_autofree char *uuid = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *shifted = NULL;

  if (type == G_TYPE_INVALID)
    return fail (r, current_line (r), error, _("unknown element <%s>"), name);

  uuid = get_attribute (r, "uuid");
  if (uuid == NULL || !g_uuid_string_is_valid (uuid))
    return fail (r, current_line (r), error, _("<%s> needs a valid uuid attribute"), name);

  updated = get_attribute (r, "updated");
  shifted = shift_date (r, updated);

  r->record = g_object_new (type, NULL);
  r->record_line = current_line (r);
  zs_record_set_uuid (r->record, uuid);
  zs_record_set_updated (r->record, shifted);
  zs_record_set_created (r->record, shifted);
  return TRUE;
}

static gboolean
apply_field (Reader  *r,
             GError **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (r->record);
  const ZsField *f = &klass->fields[r->field];
  g_autofree char *text = g_strstrip (g_strdup (r->text->str));
  g_autoptr(GError) local_error = NULL;

  if (f->kind == ZS_FIELD_REF)
    {
      GType target = f->get_type ();
      gint64 id;

      if (*text == '\0')
        return TRUE;

      id = zs_store_find_by_uuid (r->store, target, text);
      if (id == 0)
        {
          ZsRecordClass *target_class = g_type_class_peek (target);

          return fail (r, current_line (r), error,
                       _("“%s” refers to the %s %s, which is neither in this file nor in the database"),
                       g_dgettext (GETTEXT_PACKAGE, f->label),
                       g_dgettext (GETTEXT_PACKAGE, target_class->label), text);
        }
      zs_record_set_int (r->record, (guint) r->field, id);
      return TRUE;
    }

  if (f->kind == ZS_FIELD_DATE)
    {
      g_autofree char *shifted = NULL;

      if (*text != '\0' && !zs_date_is_valid (text))
        return fail (r, current_line (r), error,
                     _("“%s” is not a valid date: “%s” (use YYYY-MM-DD)"),
                     g_dgettext (GETTEXT_PACKAGE, f->label), text);
      shifted = shift_date (r, *text ? text : NULL);
      zs_record_set_string (r->record, (guint) r->field, shifted);
      return TRUE;
    }

  /* Free text keeps its inner white space. */
  if (f->kind == ZS_FIELD_STRING)
    {
      zs_record_set_string (r->record, (guint) r->field, text);
      return TRUE;
    }

  if (!zs_record_parse_field (r->record, (guint) r->field, text, &local_error))
    return fail (r, current_line (r), error, "%s", local_error->message);
  return TRUE;
}

static gboolean
finish_record (Reader  *r,
               GError **error)
{
  g_autoptr(ZsRecord) record = g_steal_pointer (&r->record);
  g_autoptr(GError) local_error = NULL;
  GType type = G_OBJECT_TYPE (record);
  gint64 existing_id = zs_store_find_by_uuid (r->store, type, zs_record_get_uuid (record));
  gboolean saved;

  if (existing_id != 0)
    {
      g_autoptr(ZsRecord) existing = zs_store_load (r->store, type, existing_id, error);

      if (existing == NULL)
        return FALSE;
      if (zs_date_compare (zs_record_get_updated (record), zs_record_get_updated (existing)) <= 0)
        {
          r->summary->unchanged++;
          return TRUE;
        }
      zs_record_copy_fields (existing, record);
      zs_record_set_updated (existing, zs_record_get_updated (record));
      saved = zs_store_save_full (r->store, existing, ZS_SAVE_IMPORT, &local_error);
      if (saved)
        r->summary->updated++;
    }
  else
    {
      saved = zs_store_save_full (r->store, record, ZS_SAVE_IMPORT, &local_error);
      if (saved)
        r->summary->added++;
    }

  if (!saved)
    return fail (r, r->record_line, error, "<%s uuid=\"%s\">: %s",
                 ZS_RECORD_GET_CLASS (record)->element, zs_record_get_uuid (record),
                 local_error->message);
  return TRUE;
}

static gboolean
on_element (Reader  *r,
            int      depth,
            GError **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (r->reader);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (r->reader);
  gboolean empty = xmlTextReaderIsEmptyElement (r->reader);

  if (depth == 0)
    return read_root (r, error);

  if (g_strcmp0 (ns, ZS_EXCHANGE_NAMESPACE) != 0)
    return fail (r, current_line (r), error, _("<%s> is not in the exchange namespace"), name);

  if (depth == 1)
    {
      if (!start_record (r, error))
        return FALSE;
      return empty ? finish_record (r, error) : TRUE;
    }

  if (depth == 2 && r->record != NULL)
    {
      r->field = find_field (ZS_RECORD_GET_CLASS (r->record), name);
      if (r->field < 0)
        return fail (r, current_line (r), error, _("<%s> has no field <%s>"),
                     ZS_RECORD_GET_CLASS (r->record)->element, name);
      g_string_truncate (r->text, 0);
      if (empty)
        {
          gboolean ok = apply_field (r, error);

          r->field = -1;
          return ok;
        }
      return TRUE;
    }

  return fail (r, current_line (r), error, _("<%s> is nested too deeply"), name);
}

static gboolean
on_end_element (Reader  *r,
                int      depth,
                GError **error)
{
  if (depth == 2 && r->field >= 0)
    {
      gboolean ok = apply_field (r, error);

      r->field = -1;
      return ok;
    }
  if (depth == 1 && r->record != NULL)
    return finish_record (r, error);
  return TRUE;
}

static gboolean
read_all (Reader  *r,
          GError **error)
{
  int rc;

  while ((rc = xmlTextReaderRead (r->reader)) == 1)
    {
      int type = xmlTextReaderNodeType (r->reader);
      int depth = xmlTextReaderDepth (r->reader);

      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          if (!on_element (r, depth, error))
            return FALSE;
          break;
        case XML_READER_TYPE_END_ELEMENT:
          if (!on_end_element (r, depth, error))
            return FALSE;
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          if (r->field >= 0)
            g_string_append (r->text, (const char *) xmlTextReaderConstValue (r->reader));
          else if (type != XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
            return fail (r, current_line (r), error, _("unexpected text outside a field"));
          break;
        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY_REFERENCE:
          return fail (r, current_line (r), error, _("document types and entities are not allowed"));
        default:
          break;
        }
    }

  if (rc != 0 || r->parse_error != NULL)
    {
      if (r->parse_error != NULL)
        return fail (r, r->parse_error_line, error, "%s", r->parse_error);
      return fail (r, current_line (r), error, _("the file is not well-formed XML"));
    }
  return TRUE;
}

gboolean
zs_exchange_import (ZsStore               *store,
                    GBytes                *bytes,
                    const char            *source_name,
                    const ZsImportOptions *options,
                    ZsImportSummary       *summary,
                    GError               **error)
{
  Reader r = { 0 };
  ZsImportSummary local_summary = { 0 };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  if (size > G_MAXINT)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s: the file is too large"), source_name);
      return FALSE;
    }

  r.store = store;
  r.source = source_name;
  r.summary = summary != NULL ? summary : &local_summary;
  r.rebase = options != NULL && options->rebase_dates;
  r.field = -1;
  r.text = g_string_new (NULL);

  /* No network, no entity substitution, no DTD loading: a file can only
   * describe records, never make the parser fetch or expand anything. */
  r.reader = xmlReaderForMemory (data, (int) size, source_name, "UTF-8", XML_PARSE_NONET);
  if (r.reader == NULL)
    {
      g_string_free (r.text, TRUE);
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s: cannot read the file"), source_name);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (r.reader, on_xml_error, &r);

  if (!zs_store_begin (store, error))
    ok = FALSE;
  else
    {
      ok = read_all (&r, error);
      if (ok)
        ok = zs_store_commit (store, error);
      else
        zs_store_rollback (store);
    }

  g_clear_object (&r.record);
  xmlFreeTextReader (r.reader);
  g_string_free (r.text, TRUE);
  g_free (r.parse_error);
  return ok;
}
