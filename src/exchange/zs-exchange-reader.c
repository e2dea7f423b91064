/* zs-exchange-reader.c — the records of an exchange file, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Every file is treated as hostile until read. libxml2's streaming reader
 * sees the bytes through zs-exchange-input.c, which checks the start of the
 * file, counts and hashes what it reads and scans its structure ahead of
 * the parser. The parser never loads a DTD, never expands an entity and
 * never touches the network; a document type declaration refuses the file.
 * The structure can only be exchange / record / field, so nesting is cut
 * off at the fourth level, and a field's text at
 * ZS_EXCHANGE_MAX_TEXT_LENGTH bytes. With ZS_EXCHANGE_READ_VALIDATE, the
 * schema is checked as the file streams past. Our own checks run first,
 * so that a clerk reads "“Planned total investment” must not be negative"
 * rather than a schema facet; every message names the line, and says what
 * the input's scan knows better than libxml2: that a file was cut short, or
 * goes on after its end.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <stdlib.h>
#include <string.h>

#include "zs-date.h"
#include "zs-date-words.h"
#include "zs-error.h"
#include "zs-exchange-input.h"
#include "zs-record-private.h"
#include "zs-records.h"

/* Without a store to ask (--validate), the store's default limit. */
#define DEFAULT_ATTACHMENT_LIMIT ((gint64) 50 * 1024 * 1024)

struct _ZsExchangeReader
{
  char             *name;
  ZsExchangeInput  *input;
  ZsProgressFunc    progress;
  gpointer          progress_data;

  xmlTextReaderPtr  xml;
  char             *xml_error;    /* the first error libxml2 reported */
  int               xml_error_line;
  int               xml_error_code;
  int               xml_error_domain;

  GHashTable       *header;
  gboolean          saw_root;
  int               last_line;    /* the furthest line of a node we looked at */
  int               line;         /* of the node being looked at */
  gboolean          rebase;
  gboolean          catalogue;    /* only the catalogue's record types */
  int               shift_days;
  int               shift_years;   /* for years: today's year minus the reference's */
  char             *reference;     /* the file's reference-date, when rebasing */

  ZsRecord         *record;       /* being read */
  int               record_line;
  int               type_index;   /* of the last record, in zs_record_types() order */
  char            **refs;         /* per field of the record's type */
  guint             n_refs;
  int               field;        /* -1 outside a field */
  gboolean          in_piece;     /* in an attachment's <piece> */
  ZsExchangePieces *pieces;
  int               field_line;
  GString          *text;
};

static int
on_close (void *context)
{
  return 0;
}

/* ---- errors ------------------------------------------------------------------- */

static void
on_xml_error (void        *user_data,
              xmlErrorPtr  err)
{
  ZsExchangeReader *self = user_data;

  if (self->xml_error != NULL || err == NULL || err->level < XML_ERR_ERROR)
    return;
  self->xml_error = g_strstrip (g_strdup (err->message != NULL ? err->message : ""));
  self->xml_error_line = err->line;
  self->xml_error_code = err->code;
  self->xml_error_domain = err->domain;
}


static int
node_line (ZsExchangeReader *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->xml);
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  /* Elements keep at most 65535; past that, where the parser is. */
  if (line <= 0 || line >= 65535)
    line = xmlTextReaderGetParserLineNumber (self->xml);
  return (int) line;
}

/* A file that ends with an element open, or inside a tag, comment or
 * declaration, and an error found in that unfinished tail: the error is
 * the cut, whatever libxml2 or the schema call it (at its end libxml2
 * takes "<uni" for an element of its own). */
static gboolean
is_cut_short (ZsExchangeReader *self,
              int               line)
{
  const ZsExchangeScan *scan = zs_exchange_input_get_scan (self->input);

  return scan->eof && scan->cut_short && line >= scan->tail_line &&
         self->xml_error_code != XML_ERR_TAG_NAME_MISMATCH;
}

static gboolean
fail (ZsExchangeReader  *self,
      int                line,
      GError           **error,
      const char        *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (ZsExchangeReader  *self,
      int                line,
      GError           **error,
      const char        *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (is_cut_short (self, line))
    {
      zs_exchange_set_line_error (error, self->name, zs_exchange_input_get_scan (self->input)->end_line,
                                  _("the file ends in the middle of an element: it was cut short, perhaps by a copy "
                                    "or an export that did not finish"));
      return FALSE;
    }

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  zs_exchange_set_line_error (error, self->name, line, reason);
  return FALSE;
}

static gboolean
fail_from_input (ZsExchangeReader  *self,
                 GError           **error)
{
  g_autoptr(GError) io_error = zs_exchange_input_take_error (self->input);

  if (io_error->domain == ZS_ERROR || g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&io_error));
  else
    g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: %s"), self->name, io_error->message);
  return FALSE;
}

/* What libxml2 said, in words a clerk can act on where we know better. */
static gboolean
fail_from_xml (ZsExchangeReader  *self,
               GError           **error)
{
  const ZsExchangeScan *scan = zs_exchange_input_get_scan (self->input);
  const char *detail = self->xml_error != NULL ? self->xml_error : "";
  int line = self->xml_error != NULL ? self->xml_error_line : node_line (self);

  if (zs_exchange_input_get_error (self->input) != NULL)
    return fail_from_input (self, error);

  if (self->xml_error_domain == XML_FROM_SCHEMASV)
    return fail (self, line, error, _("the file does not follow the exchange schema: %s"), detail);

  if (zs_exchange_input_get_consumed (self->input) == 0)
    return fail (self, 1, error, _("the file is empty"));

  /* libxml2 calls all of these "extra content at the end of the document",
   * and our own reader, which stops at the end of the root, never saw them. */
  if (scan->after_root_line > 0 && line >= scan->root_end_line)
    return fail (self, scan->after_root_line, error,
                 _("there is more after the end of the document (the </exchange> on line %d): an exchange file "
                   "is one <exchange> element, with nothing after it but comments"),
                 scan->root_end_line);

  switch (self->xml_error_code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return fail (self, line, error, _("this is not an XML file: it does not start with an element (%s)"), detail);
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return fail (self, line, error, _("the file contains bytes that are not UTF-8 text or not allowed in XML (%s)"), detail);
    case XML_ERR_UNDECLARED_ENTITY:
      return fail (self, line, error, _("entities are not allowed in exchange files (%s)"), detail);
    default:
      return fail (self, line, error, _("the file is not well-formed XML: %s"), detail);
    }
}

/* ---- records ------------------------------------------------------------------ */

static char *
get_attribute (ZsExchangeReader *self,
               const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (self->xml, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* "YYYY-MM-DDTHH:MM:SSZ", the only time stamp form of the format. */
static gboolean
timestamp_is_valid (const char *text)
{
  g_autofree char *day = NULL;

  if (text == NULL || strlen (text) != 20 || text[10] != 'T' || text[19] != 'Z' ||
      text[13] != ':' || text[16] != ':')
    return FALSE;
  for (guint i = 11; i < 19; i++)
    if (i != 13 && i != 16 && !g_ascii_isdigit (text[i]))
      return FALSE;
  day = g_strndup (text, 10);
  return zs_date_is_valid (day) && strncmp (text + 11, "24", 2) < 0 &&
         strncmp (text + 14, "60", 2) < 0 && strncmp (text + 17, "61", 2) < 0;
}

static char *
shift_date (ZsExchangeReader *self,
            const char       *iso)
{
  g_autofree char *day = NULL;
  g_autofree char *moved = NULL;

  if (!self->rebase || self->shift_days == 0 || iso == NULL)
    return g_strdup (iso);

  day = g_strndup (iso, 10);
  moved = zs_date_add_days (day, self->shift_days);
  if (moved == NULL)
    return g_strdup (iso);
  return g_strconcat (moved, iso + 10, NULL);
}

static gboolean
read_root (ZsExchangeReader  *self,
           GError           **error)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->xml);
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);
  const char *encoding = (const char *) xmlTextReaderConstEncoding (self->xml);
  const char *version;
  const char *reference;
  int line = node_line (self);

  /* A declaration longer than the input's first look: libxml2 has read it
   * by now, and would convert everything after the root's start. */
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0 && g_ascii_strcasecmp (encoding, "UTF8") != 0)
    return fail (self, 1, error, _("the file declares the encoding “%s”; exchange files must be UTF-8"), encoding);

  if (g_strcmp0 (name, "exchange") != 0 || g_strcmp0 (ns, ZS_EXCHANGE_NAMESPACE) != 0)
    return fail (self, line, error,
                 _("this is not a Zhaoshang exchange file: the document must be <exchange> in the namespace %s, not <%s> in “%s”"),
                 ZS_EXCHANGE_NAMESPACE, name ? name : "", ns ? ns : "");

  while (xmlTextReaderMoveToNextAttribute (self->xml) == 1)
    {
      const char *attr_ns = (const char *) xmlTextReaderConstNamespaceUri (self->xml);

      if (attr_ns != NULL)
        continue;  /* xmlns declarations */
      g_hash_table_replace (self->header,
                            g_strdup ((const char *) xmlTextReaderConstLocalName (self->xml)),
                            g_strdup ((const char *) xmlTextReaderConstValue (self->xml)));
    }
  xmlTextReaderMoveToElement (self->xml);

  version = g_hash_table_lookup (self->header, "format-version");
  if (g_strcmp0 (version, ZS_EXCHANGE_FORMAT_VERSION) != 0 && g_strcmp0 (version, ZS_EXCHANGE_FORMAT_VERSION_1) != 0)
    return fail (self, line, error,
                 _("format version “%s” is not supported: this version of Zhaoshang reads versions %s and %s. "
                   "Ask the sender for a file in version %s, or update Zhaoshang."),
                 version ? version : "", ZS_EXCHANGE_FORMAT_VERSION_1, ZS_EXCHANGE_FORMAT_VERSION,
                 ZS_EXCHANGE_FORMAT_VERSION);

  reference = g_hash_table_lookup (self->header, "reference-date");
  if (reference != NULL && !zs_date_is_valid (reference))
    return fail (self, line, error, _("reference-date “%s” is not a date (use YYYY-MM-DD)"), reference);
  if (self->rebase && reference != NULL)
    {
      g_autofree char *today = zs_date_today ();

      self->shift_days = zs_date_days_between (reference, today);
      g_free (self->reference);
      self->reference = g_strdup (reference);
      self->shift_years = atoi (today) - atoi (reference);
    }

  self->saw_root = TRUE;
  return TRUE;
}

static void
clear_record (ZsExchangeReader *self)
{
  g_clear_object (&self->record);
  for (guint i = 0; i < self->n_refs; i++)
    g_clear_pointer (&self->refs[i], g_free);
  self->field = -1;
  self->in_piece = FALSE;
  if (self->pieces != NULL)
    zs_exchange_pieces_reset (self->pieces);
}

/* "unit, person, target, …" */
static const char *
type_order (void)
{
  static char *order;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint n;
      const GType *types = zs_record_types (&n);
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s%s", i ? ", " : "", ZS_RECORD_CLASS (g_type_class_peek (types[i]))->element);
      order = g_string_free (s, FALSE);
      g_once_init_leave (&initialized, 1);
    }
  return order;
}

static gboolean
start_record (ZsExchangeReader  *self,
              GError           **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);
  GType type = zs_record_type_from_element (name);
  g_autofree char *uuid = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *created = NULL;
  g_autofree char *shifted_updated = NULL;
  g_autofree char *shifted_created = NULL;
  guint n_fields;
  int line = self->line;
  int index;

  if (type == G_TYPE_INVALID)
    return fail (self, line, error, _("<%s> is not a kind of record this format knows"), name);
  if (self->catalogue && !zs_exchange_is_catalogue_type (type))
    return fail (self, line, error,
                 _("<%s> has no place in a catalogue file, which holds only chain groups, chains, segments "
                   "and enterprises (with the people and units they refer to). Import it as an exchange file instead."),
                 name);

  /* References point back up the file: every record comes after the
   * types it may refer to. */
  index = zs_record_type_position (type);
  if (index < self->type_index)
    {
      guint n;
      const GType *types = zs_record_types (&n);

      return fail (self, line, error, _("<%s> must come before the <%s> records: records go in the order %s"),
                   name, ZS_RECORD_CLASS (g_type_class_peek (types[self->type_index]))->element, type_order ());
    }
  self->type_index = index;

  uuid = get_attribute (self, "uuid");
  if (uuid == NULL || !g_uuid_string_is_valid (uuid))
    return fail (self, line, error, _("<%s> needs a uuid attribute with a UUID such as 6f1d3c52-5d0e-5b7a-9c61-0a1e5c2b7d01, not “%s”"),
                 name, uuid ? uuid : "");
  updated = get_attribute (self, "updated");
  if (!timestamp_is_valid (updated))
    return fail (self, line, error, _("<%s> needs an updated attribute with a UTC time such as 2024-10-15T08:00:00Z, not “%s”"),
                 name, updated ? updated : "");
  created = get_attribute (self, "created");
  if (created != NULL && !timestamp_is_valid (created))
    return fail (self, line, error, _("the created attribute of <%s> must be a UTC time such as 2024-10-15T08:00:00Z, not “%s”"),
                 name, created);

  clear_record (self);
  self->record = g_object_new (type, NULL);
  self->record_line = line;

  shifted_updated = shift_date (self, updated);
  shifted_created = shift_date (self, created != NULL ? created : updated);
  /* UUIDs are compared as text: one spelling for all. Nobody watches the
   * new record yet, so it is filled without notifications. */
  {
    g_autofree char *lower = g_ascii_strdown (uuid, -1);

    zs_record_fill_identity (self->record, 0, lower, shifted_created, shifted_updated);
  }

  zs_record_class_get_fields (ZS_RECORD_GET_CLASS (self->record), &n_fields);
  if (n_fields > self->n_refs)
    {
      self->refs = g_renew (char *, self->refs, n_fields);
      memset (self->refs + self->n_refs, 0, (n_fields - self->n_refs) * sizeof (char *));
      self->n_refs = n_fields;
    }
  return TRUE;
}

static int
find_field (ZsRecordClass *klass,
            const char    *element)
{
  gsize element_len = strlen (element);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];

      /* A reference "chain-id" is written as <chain>UUID</chain>. */
      if (f->kind == ZS_FIELD_REF)
        {
          if (element_len == strlen (f->name) - strlen ("-id") && strncmp (f->name, element, element_len) == 0)
            return (int) i;
        }
      else if (strcmp (f->name, element) == 0)
        return (int) i;
    }
  return -1;
}

static gboolean
apply_field (ZsExchangeReader  *self,
             GError           **error)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (self->record);
  const ZsField *f = &klass->fields[self->field];
  guint field = (guint) self->field;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  self->field = -1;

  /* Free text is kept as written, inner and outer white space included;
   * beside dates moved to today (the demo), "约定10月下旬" moves too. */
  if (f->kind == ZS_FIELD_STRING && self->rebase && self->shift_days != 0 && self->reference != NULL)
    {
      g_autofree char *moved = zs_date_words_shift (self->text->str, self->reference, self->shift_days);

      zs_record_set_string (self->record, field, moved);
      return TRUE;
    }
  if (f->kind == ZS_FIELD_STRING)
    {
      zs_record_set_string (self->record, field, self->text->str);
      return TRUE;
    }

  text = g_strstrip (g_strdup (self->text->str));

  if (f->kind == ZS_FIELD_REF)
    {
      g_clear_pointer (&self->refs[field], g_free);
      if (*text == '\0')
        return TRUE;
      if (!g_uuid_string_is_valid (text))
        return fail (self, self->field_line, error, _("“%s” must be the UUID of a %s, not “%s”"),
                     g_dgettext (GETTEXT_PACKAGE, f->label),
                     g_dgettext (GETTEXT_PACKAGE, ZS_RECORD_CLASS (g_type_class_peek (f->get_type ()))->label), text);
      self->refs[field] = g_ascii_strdown (text, -1);
      return TRUE;
    }

  if (f->kind == ZS_FIELD_DATE)
    {
      g_autofree char *shifted = NULL;

      if (*text != '\0' && !zs_date_is_valid (text))
        return fail (self, self->field_line, error,
                     _("“%s” is not a valid date: “%s” (use YYYY-MM-DD)"),
                     g_dgettext (GETTEXT_PACKAGE, f->label), text);
      shifted = shift_date (self, *text ? text : NULL);
      zs_record_set_string (self->record, field, shifted);
      return TRUE;
    }

  if (!zs_record_parse_field (self->record, field, text, &local_error))
    return fail (self, self->field_line, error, "%s", local_error->message);
  /* The demo's 2024 targets go with its 2024 projects to this year. */
  if ((f->flags & ZS_FIELD_YEAR) != 0 && self->rebase && zs_record_get_int (self->record, field) > 0)
    zs_record_set_int (self->record, field, zs_record_get_int (self->record, field) + self->shift_years);
  if (!zs_record_validate_field (self->record, field, &local_error))
    return fail (self, self->field_line, error, "%s", local_error->message);
  return TRUE;
}

static gboolean
apply_piece (ZsExchangeReader  *self,
             GError           **error)
{
  g_autofree char *reason = zs_exchange_pieces_add (self->pieces, self->record, self->text);

  self->in_piece = FALSE;
  if (reason != NULL)
    return fail (self, self->field_line, error, "%s", reason);
  return TRUE;
}

/* An attachment's end: its owner, and its pieces against its size. */
static gboolean
finish_record (ZsExchangeReader  *self,
               GError           **error)
{
  g_autofree char *reason = NULL;

  if (!ZS_IS_ATTACHMENT (self->record))
    return TRUE;
  reason = zs_exchange_pieces_finish (self->pieces, self->record, self->refs);
  if (reason != NULL)
    return fail (self, self->record_line, error, "%s", reason);
  return TRUE;
}

static gboolean
on_element (ZsExchangeReader  *self,
            int                depth,
            gboolean          *record_done,
            GError           **error)
{
  const char *name = (const char *) xmlTextReaderConstLocalName (self->xml);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->xml);
  gboolean empty = xmlTextReaderIsEmptyElement (self->xml);

  if (depth == 0)
    return read_root (self, error);

  if (depth >= ZS_EXCHANGE_MAX_DEPTH)
    return fail (self, node_line (self), error,
                 _("<%s> is nested too deeply: a field holds text, not elements"), name);

  if (g_strcmp0 (ns, ZS_EXCHANGE_NAMESPACE) != 0)
    return fail (self, node_line (self), error, _("<%s> is not in the exchange namespace %s"),
                 name, ZS_EXCHANGE_NAMESPACE);

  if (depth == 1)
    {
      if (!start_record (self, error))
        return FALSE;
      *record_done = empty;
      return TRUE;
    }

  if (ZS_IS_ATTACHMENT (self->record) && strcmp (name, "piece") == 0)
    {
      self->in_piece = TRUE;
      self->field_line = self->line;
      g_string_truncate (self->text, 0);
      return empty ? apply_piece (self, error) : TRUE;
    }
  self->field = find_field (ZS_RECORD_GET_CLASS (self->record), name);
  if (self->field < 0)
    return fail (self, node_line (self), error, _("<%s> has no field <%s>"),
                 ZS_RECORD_GET_CLASS (self->record)->element, name);
  self->field_line = self->line;
  g_string_truncate (self->text, 0);
  return empty ? apply_field (self, error) : TRUE;
}

static gboolean
on_text (ZsExchangeReader  *self,
         int                type,
         GError           **error)
{
  const char *value = (const char *) xmlTextReaderConstValue (self->xml);

  if (self->field < 0 && !self->in_piece)
    {
      /* libxml2 gives a CDATA section the line of its parent element; the
       * input's scan knows where the text is. */
      int line = zs_exchange_input_get_scan (self->input)->stray_text_line;

      for (const char *p = value; p != NULL && *p; p++)
        if (!g_ascii_isspace (*p))
          return fail (self, line > 0 ? line : node_line (self), error,
                       _("text outside a field: records hold fields, fields hold text"));
      return TRUE;
    }

  if (self->text->len + strlen (value) > ZS_EXCHANGE_MAX_TEXT_LENGTH)
    return fail (self, self->field_line, error, _("“%s” is longer than %d bytes, the most a field may have"),
                 self->in_piece ? "piece"
                                : g_dgettext (GETTEXT_PACKAGE, ZS_RECORD_GET_CLASS (self->record)->fields[self->field].label),
                 ZS_EXCHANGE_MAX_TEXT_LENGTH);
  g_string_append (self->text, value);
  return TRUE;
}

/* ---- public ------------------------------------------------------------------- */

ZsExchangeReader *
zs_exchange_reader_new (const ZsExchangeSource  *source,
                        const ZsImportOptions   *options,
                        ZsExchangeReadFlags      flags,
                        GCancellable            *cancellable,
                        ZsProgressFunc           progress,
                        gpointer                 progress_data,
                        GError                 **error)
{
  g_autoptr(ZsExchangeReader) self = g_new0 (ZsExchangeReader, 1);

  zs_exchange_init ();

  self->name = g_strdup (source->name);
  self->rebase = options != NULL && options->rebase_dates;
  self->catalogue = options != NULL && options->catalogue;
  self->progress = progress;
  self->progress_data = progress_data;
  self->header = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->text = g_string_new (NULL);
  self->field = -1;
  /* A pass that writes keeps the bytes. */
  self->pieces = zs_exchange_pieces_new (options != NULL && options->attachment_limit > 0
                                           ? options->attachment_limit : DEFAULT_ATTACHMENT_LIMIT,
                                         (flags & ZS_EXCHANGE_READ_KEEP_BYTES) != 0);

  self->input = zs_exchange_input_open (source, options, flags, cancellable, progress, progress_data, error);
  if (self->input == NULL)
    return NULL;

  /* No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD, no network,
   * no XML_PARSE_HUGE (libxml2 keeps its own limits as well as ours). */
  {
    xmlStructuredErrorFunc saved = xmlStructuredError;
    void *saved_context = xmlStructuredErrorContext;

    xmlSetStructuredErrorFunc (self, on_xml_error);
    self->xml = xmlReaderForIO (zs_exchange_input_read, on_close, self->input, self->name, "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    xmlSetStructuredErrorFunc (saved_context, saved);
  }
  if (self->xml == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s: cannot start reading the file"), self->name);
      return NULL;
    }
  if ((flags & ZS_EXCHANGE_READ_VALIDATE) && xmlTextReaderSetSchema (self->xml, zs_exchange_get_compiled_schema (self->catalogue)) != 0)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED, _("The exchange schema cannot be used; the program is damaged."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

static gboolean
read_next (ZsExchangeReader  *self,
           ZsRecord         **record,
           GError           **error)
{
  int rc;

  while ((rc = xmlTextReaderRead (self->xml)) == 1)
    {
      int type = xmlTextReaderNodeType (self->xml);
      int depth = xmlTextReaderDepth (self->xml);
      gboolean record_done = FALSE;
      gboolean ok = TRUE;

      self->line = node_line (self);

      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          ok = on_element (self, depth, &record_done, error);
          break;
        case XML_READER_TYPE_END_ELEMENT:
          if (depth == 2 && self->field >= 0)
            ok = apply_field (self, error);
          else if (depth == 2 && self->in_piece)
            ok = apply_piece (self, error);
          else if (depth == 1)
            record_done = TRUE;
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          ok = on_text (self, type, error);
          break;
        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY_REFERENCE:
        case XML_READER_TYPE_ENTITY:
          ok = fail (self, node_line (self), error,
                     _("document type declarations and entities are not allowed in exchange files"));
          break;
        default:
          /* Comments and processing instructions mean nothing here. */
          break;
        }

      if (!ok)
        return FALSE;
      if (zs_exchange_input_get_error (self->input) != NULL ||
          (self->xml_error != NULL && self->xml_error_domain != XML_FROM_SCHEMASV))
        return fail_from_xml (self, error);
      /* The validator sees each chunk as it is parsed, ahead of the node
       * we are on: what it found waits for the end of the record, so that
       * our own check of the same field, in words a clerk reads more
       * easily, speaks first. */
      self->last_line = MAX (self->last_line, self->line);
      if (self->xml_error != NULL &&
          ((record_done && self->xml_error_line <= self->last_line) ||
           (depth == 0 && type == XML_READER_TYPE_END_ELEMENT)))
        return fail_from_xml (self, error);
      if (record_done && !finish_record (self, error))
        return FALSE;
      if (record_done)
        {
          *record = g_steal_pointer (&self->record);
          return TRUE;
        }
    }

  if (rc != 0 || self->xml_error != NULL || zs_exchange_input_get_error (self->input) != NULL)
    return fail_from_xml (self, error);
  if (!self->saw_root)
    return fail (self, 1, error, _("the file is empty"));

  if (self->progress != NULL)
    self->progress (1.0, self->progress_data);
  return TRUE;
}

/* The reader's own error relay is broken in libxml2 2.9 (it hands the
 * wrong context to the handler), so errors are caught with the thread's
 * structured handler, set only while libxml2 works for us. */
gboolean
zs_exchange_reader_next (ZsExchangeReader  *self,
                         ZsRecord         **record,
                         GError           **error)
{
  xmlStructuredErrorFunc saved = xmlStructuredError;
  void *saved_context = xmlStructuredErrorContext;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (record != NULL && *record == NULL, FALSE);

  xmlSetStructuredErrorFunc (self, on_xml_error);
  ok = read_next (self, record, error);
  xmlSetStructuredErrorFunc (saved_context, saved);
  return ok;
}

const char *
zs_exchange_reader_get_ref (ZsExchangeReader *self,
                            guint             field)
{
  g_return_val_if_fail (field < self->n_refs, NULL);
  return self->refs[field];
}

char **
zs_exchange_reader_steal_refs (ZsExchangeReader *self,
                               guint            *n_refs)
{
  char **refs = g_new0 (char *, MAX (self->n_refs, 1));

  for (guint i = 0; i < self->n_refs; i++)
    refs[i] = g_steal_pointer (&self->refs[i]);
  *n_refs = self->n_refs;
  return refs;
}

int
zs_exchange_reader_get_line (ZsExchangeReader *self)
{
  return self->record_line;
}

const char *
zs_exchange_reader_get_name (ZsExchangeReader *self)
{
  return self->name;
}

const char *
zs_exchange_reader_get_header (ZsExchangeReader *self,
                               const char       *attribute)
{
  return g_hash_table_lookup (self->header, attribute);
}

const char *
zs_exchange_reader_get_checksum (ZsExchangeReader *self)
{
  return zs_exchange_input_get_checksum (self->input);
}

ZsScratch *
zs_exchange_reader_steal_spool (ZsExchangeReader *self)
{
  return zs_exchange_input_steal_spool (self->input);
}

void
zs_exchange_reader_free (ZsExchangeReader *self)
{
  if (self == NULL)
    return;

  if (self->xml != NULL)
    xmlFreeTextReader (self->xml);
  clear_record (self);
  zs_exchange_pieces_free (self->pieces);
  g_free (self->refs);
  g_clear_pointer (&self->input, zs_exchange_input_free);
  g_free (self->xml_error);
  g_free (self->reference);
  g_hash_table_unref (self->header);
  g_string_free (self->text, TRUE);
  g_free (self->name);
  g_free (self);
}
