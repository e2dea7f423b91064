/* zs-exchange-schema.c — the format's names and its XML Schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The schema is made from the same field tables the store and the reader
 * use, so it cannot describe a field the program does not have. It is
 * generated into data/exchange.xsd (build-aux/make-xsd.sh) and compiled
 * into the program; a test fails when the two drift apart. Labels go in as
 * documentation in English and, when the current language has them, in
 * the translation, so the receiving departments read both.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "zs-enums.h"
#include "zs-exchange-private.h"
#include "zs-limits.h"
#include "zs-parse.h"
#include "zs-records.h"

#define XS "http://www.w3.org/2001/XMLSchema"

static const xmlChar *
X (const char *s)
{
  return (const xmlChar *) s;
}

const char *
zs_exchange_field_element (const ZsField *field)
{
  static GHashTable *names;
  static gsize initialized = 0;

  /* The field tables are static: their addresses are stable keys. */
  if (g_once_init_enter (&initialized))
    {
      guint n_types;
      const GType *types = zs_record_types (&n_types);

      names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      for (guint t = 0; t < n_types; t++)
        {
          ZsRecordClass *klass = g_type_class_peek (types[t]);

          for (guint i = 0; i < klass->n_fields; i++)
            {
              const ZsField *f = &klass->fields[i];
              char *name = f->kind == ZS_FIELD_REF
                             ? g_strndup (f->name, strlen (f->name) - strlen ("-id"))
                             : g_strdup (f->name);

              g_hash_table_insert (names, (gpointer) f, name);
            }
        }
      g_once_init_leave (&initialized, 1);
    }

  return g_hash_table_lookup (names, field);
}

/* "ZsLeadStatus" → "lead-status" */
static char *
enum_type_name (GType type)
{
  const char *name = g_type_name (type) + strlen ("Zs");
  GString *s = g_string_new (NULL);

  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isupper (*p) && p != name)
        g_string_append_c (s, '-');
      g_string_append_c (s, g_ascii_tolower (*p));
    }
  return g_string_free (s, FALSE);
}

static void
write_documentation (xmlTextWriterPtr  w,
                     const char       *msgid)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);

  xmlTextWriterStartElementNS (w, X ("xs"), X ("annotation"), NULL);
  xmlTextWriterStartElementNS (w, X ("xs"), X ("documentation"), NULL);
  xmlTextWriterWriteAttribute (w, X ("xml:lang"), X ("en"));
  xmlTextWriterWriteString (w, X (msgid));
  xmlTextWriterEndElement (w);
  if (g_strcmp0 (translated, msgid) != 0)
    {
      xmlTextWriterStartElementNS (w, X ("xs"), X ("documentation"), NULL);
      xmlTextWriterWriteAttribute (w, X ("xml:lang"), X ("zh"));
      xmlTextWriterWriteString (w, X (translated));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

/* <xs:simpleType name="…"><xs:restriction base="…"> facets </xs:restriction></xs:simpleType> */
static void
start_simple_type (xmlTextWriterPtr  w,
                   const char       *name,
                   const char       *doc,
                   const char       *base)
{
  xmlTextWriterStartElementNS (w, X ("xs"), X ("simpleType"), NULL);
  xmlTextWriterWriteAttribute (w, X ("name"), X (name));
  if (doc != NULL)
    write_documentation (w, doc);
  xmlTextWriterStartElementNS (w, X ("xs"), X ("restriction"), NULL);
  xmlTextWriterWriteAttribute (w, X ("base"), X (base));
}

static void
write_facet (xmlTextWriterPtr  w,
             const char       *facet,
             const char       *value)
{
  xmlTextWriterStartElementNS (w, X ("xs"), X (facet), NULL);
  xmlTextWriterWriteAttribute (w, X ("value"), X (value));
  xmlTextWriterEndElement (w);
}

static void
write_simple_type (xmlTextWriterPtr  w,
                   const char       *name,
                   const char       *doc,
                   const char       *base,
                   const char       *facet,
                   const char       *value)
{
  start_simple_type (w, name, doc, base);
  if (facet != NULL)
    write_facet (w, facet, value);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

/* The range of xs:long, which the store keeps. */
#define LONG_MIN_TEXT "-9223372036854775808"
#define LONG_MAX_TEXT "9223372036854775807"

static void
write_whole_number_type (xmlTextWriterPtr  w,
                         const char       *name,
                         const char       *doc,
                         const char       *min,
                         const char       *max)
{
  start_simple_type (w, name, doc, "xs:integer");
  write_facet (w, "minInclusive", min);
  write_facet (w, "maxInclusive", max);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

/* Amounts are xs:decimal in 万元 with two fraction digits: "1500", as
 * version 1 wrote them, and "1500.55" read alike. */
static void
write_amount_type (xmlTextWriterPtr  w,
                   const char       *name,
                   const char       *doc,
                   const char       *min,
                   const char       *max)
{
  start_simple_type (w, name, doc, "xs:decimal");
  write_facet (w, "fractionDigits", "2");
  write_facet (w, "minInclusive", min);
  write_facet (w, "maxInclusive", max);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static void
write_basic_types (xmlTextWriterPtr w)
{
  g_autofree char *amount_max = NULL;
  g_autofree char *amount_min = NULL;
  g_autofree char *area_max = NULL;

  write_simple_type (w, "uuid", N_("A UUID: the identity of a record in every database"),
                     "xs:token", "pattern",
                     "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  write_simple_type (w, "timestamp", N_("A UTC time, YYYY-MM-DDTHH:MM:SSZ"),
                     "xs:dateTime", "pattern", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  write_simple_type (w, "date", N_("A day, YYYY-MM-DD"), "xs:date", "pattern", "\\d{4}-\\d{2}-\\d{2}");
  write_simple_type (w, "text", N_("Text"), "xs:string", NULL, NULL);
  write_simple_type (w, "required-text", N_("Text that must not be empty"), "xs:string", "minLength", "1");
  /* Whole numbers are xs:integer within the range of xs:long, not xs:long
   * itself: libxml2 2.9 does not collapse the white space around an
   * xs:long ("<position> 20 </position>"), as XML Schema says it must, but
   * does for xs:integer. Amounts and areas keep the limits of zs-limits.h,
   * which zs_record_validate() checks. */
  amount_max = zs_amount_to_text (ZS_AMOUNT_MAX);
  amount_min = zs_amount_to_text (-ZS_AMOUNT_MAX);
  area_max = g_strdup_printf ("%" G_GINT64_FORMAT, ZS_AREA_MAX);
  write_whole_number_type (w, "integer", N_("A whole number"), LONG_MIN_TEXT, LONG_MAX_TEXT);
  write_whole_number_type (w, "count", N_("A whole number, not negative"), "0", LONG_MAX_TEXT);
  write_amount_type (w, "amount",
                     N_("An amount in 10,000 yuan (万元) with at most two decimals (0.01 万元 is 100 yuan), "
                        "not negative, at most 1000000000 (10 万亿元); version 1 files hold whole numbers"),
                     "0", amount_max);
  write_amount_type (w, "signed-amount",
                     N_("An amount in 10,000 yuan (万元) with at most two decimals; negative to correct an earlier "
                        "entry; at most 1000000000 either way"), amount_min, amount_max);
  write_amount_type (w, "dollar-amount",
                     N_("An amount in 10,000 US dollars (万美元) with at most two decimals, not negative, "
                        "at most 1000000000"), "0", amount_max);
  write_whole_number_type (w, "area",
                           N_("An area in square metres, a whole number, not negative, "
                              "at most 1000000000"), "0", area_max);
  write_simple_type (w, "number", N_("A decimal number"), "xs:double", "pattern", "-?\\d+(\\.\\d+)?([eE][+\\-]?\\d+)?");
  write_simple_type (w, "non-negative-number", N_("A decimal number, not negative"),
                     "xs:double", "pattern", "\\d+(\\.\\d+)?([eE][+\\-]?\\d+)?");

  start_simple_type (w, "boolean", N_("true or false"), "xs:token");
  write_facet (w, "enumeration", "true");
  write_facet (w, "enumeration", "false");
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static void
write_enum_type (xmlTextWriterPtr  w,
                 GType             type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *name = enum_type_name (type);

  start_simple_type (w, name, NULL, "xs:token");
  for (guint i = 0; i < klass->n_values; i++)
    {
      xmlTextWriterStartElementNS (w, X ("xs"), X ("enumeration"), NULL);
      xmlTextWriterWriteAttribute (w, X ("value"), X (klass->values[i].value_nick));
      write_documentation (w, zs_enum_get_msgid (type, klass->values[i].value));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static char *
field_type (const ZsField *f)
{
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
      return g_strdup ((f->flags & ZS_FIELD_REQUIRED) ? "z:required-text" : "z:text");
    case ZS_FIELD_INT:
      if (f->flags & ZS_FIELD_DOLLARS)
        return g_strdup ("z:dollar-amount");
      if (f->flags & ZS_FIELD_MONEY)
        return g_strdup ((f->flags & ZS_FIELD_NON_NEGATIVE) ? "z:amount" : "z:signed-amount");
      if (f->flags & ZS_FIELD_AREA)
        return g_strdup ("z:area");
      return g_strdup ((f->flags & ZS_FIELD_NON_NEGATIVE) ? "z:count" : "z:integer");
    case ZS_FIELD_DOUBLE:
      return g_strdup ((f->flags & ZS_FIELD_NON_NEGATIVE) ? "z:non-negative-number" : "z:number");
    case ZS_FIELD_BOOLEAN:
      return g_strdup ("z:boolean");
    case ZS_FIELD_DATE:
      return g_strdup ("z:date");
    case ZS_FIELD_ENUM:
      {
        g_autofree char *name = enum_type_name (f->get_type ());

        return g_strconcat ("z:", name, NULL);
      }
    case ZS_FIELD_REF:
      return g_strdup ("z:uuid");
    default:
      g_assert_not_reached ();
    }
}

static void
write_attribute_decl (xmlTextWriterPtr  w,
                      const char       *name,
                      const char       *type,
                      gboolean          required,
                      const char       *doc)
{
  xmlTextWriterStartElementNS (w, X ("xs"), X ("attribute"), NULL);
  xmlTextWriterWriteAttribute (w, X ("name"), X (name));
  xmlTextWriterWriteAttribute (w, X ("type"), X (type));
  if (required)
    xmlTextWriterWriteAttribute (w, X ("use"), X ("required"));
  if (doc != NULL)
    write_documentation (w, doc);
  xmlTextWriterEndElement (w);
}

static void
write_record_type (xmlTextWriterPtr  w,
                   ZsRecordClass    *klass)
{
  gboolean has_pieces = G_TYPE_FROM_CLASS (klass) == ZS_TYPE_ATTACHMENT;

  xmlTextWriterStartElementNS (w, X ("xs"), X ("complexType"), NULL);
  xmlTextWriterWriteAttribute (w, X ("name"), X (klass->element));
  write_documentation (w, klass->label);

  /* Fields may come in any order; each at most once. An attachment's
   * come in this order, then its bytes, in pieces (xs:all cannot hold a
   * repeated element). */
  xmlTextWriterStartElementNS (w, X ("xs"), X (has_pieces ? "sequence" : "all"), NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];
      g_autofree char *type = field_type (f);

      xmlTextWriterStartElementNS (w, X ("xs"), X ("element"), NULL);
      xmlTextWriterWriteAttribute (w, X ("name"), X (zs_exchange_field_element (f)));
      xmlTextWriterWriteAttribute (w, X ("type"), X (type));
      if ((f->flags & ZS_FIELD_REQUIRED) == 0)
        xmlTextWriterWriteAttribute (w, X ("minOccurs"), X ("0"));
      write_documentation (w, f->label);
      xmlTextWriterEndElement (w);
    }
  if (has_pieces)
    {
      xmlTextWriterStartElementNS (w, X ("xs"), X ("element"), NULL);
      xmlTextWriterWriteAttribute (w, X ("name"), X ("piece"));
      xmlTextWriterWriteAttribute (w, X ("type"), X ("xs:base64Binary"));
      xmlTextWriterWriteAttribute (w, X ("minOccurs"), X ("0"));
      xmlTextWriterWriteAttribute (w, X ("maxOccurs"), X ("unbounded"));
      write_documentation (w, N_("The file's bytes, in base64, in order: present when the sender chose to export "
                                 "attachments; their total must be the size, within the receiver's limit"));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);

  write_attribute_decl (w, "uuid", "z:uuid", TRUE, NULL);
  write_attribute_decl (w, "updated", "z:timestamp", TRUE, N_("When the record was last changed"));
  write_attribute_decl (w, "created", "z:timestamp", FALSE, N_("When the record was made; the same as updated when left out"));
  xmlTextWriterEndElement (w);
}

gboolean
zs_exchange_is_catalogue_type (GType type)
{
  return type == ZS_TYPE_UNIT || type == ZS_TYPE_PERSON || type == ZS_TYPE_CHAIN_GROUP ||
         type == ZS_TYPE_CHAIN || type == ZS_TYPE_SEGMENT || type == ZS_TYPE_ENTERPRISE;
}

static gboolean
included (GType    type,
          gboolean catalogue)
{
  return !catalogue || zs_exchange_is_catalogue_type (type);
}

static void
write_root (xmlTextWriterPtr w,
            gboolean         catalogue)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  xmlTextWriterStartElementNS (w, X ("xs"), X ("element"), NULL);
  xmlTextWriterWriteAttribute (w, X ("name"), X ("exchange"));
  write_documentation (w, catalogue ? N_("A catalogue file: records of the types below, in this order")
                                    : N_("An exchange file: records of the types below, in this order"));
  xmlTextWriterStartElementNS (w, X ("xs"), X ("complexType"), NULL);

  /* A record only refers to records of types before its own. */
  xmlTextWriterStartElementNS (w, X ("xs"), X ("sequence"), NULL);
  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);
      g_autofree char *type = NULL;

      if (!included (types[t], catalogue))
        continue;
      type = g_strconcat ("z:", klass->element, NULL);

      xmlTextWriterStartElementNS (w, X ("xs"), X ("element"), NULL);
      xmlTextWriterWriteAttribute (w, X ("name"), X (klass->element));
      xmlTextWriterWriteAttribute (w, X ("type"), X (type));
      xmlTextWriterWriteAttribute (w, X ("minOccurs"), X ("0"));
      xmlTextWriterWriteAttribute (w, X ("maxOccurs"), X ("unbounded"));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);

  xmlTextWriterStartElementNS (w, X ("xs"), X ("attribute"), NULL);
  xmlTextWriterWriteAttribute (w, X ("name"), X ("format-version"));
  xmlTextWriterWriteAttribute (w, X ("use"), X ("required"));
  write_documentation (w, N_("The version of this format: 2 since amounts have decimals; files of version 1 "
                             "(whole 万元) are read as well"));
  xmlTextWriterStartElementNS (w, X ("xs"), X ("simpleType"), NULL);
  xmlTextWriterStartElementNS (w, X ("xs"), X ("restriction"), NULL);
  xmlTextWriterWriteAttribute (w, X ("base"), X ("xs:token"));
  write_facet (w, "enumeration", ZS_EXCHANGE_FORMAT_VERSION_1);
  write_facet (w, "enumeration", ZS_EXCHANGE_FORMAT_VERSION);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
  write_attribute_decl (w, "application-version", "xs:string", FALSE, N_("The version of the program that wrote the file"));
  write_attribute_decl (w, "office", "xs:string", FALSE, N_("The office that exported the file"));
  write_attribute_decl (w, "exported", "z:timestamp", FALSE, N_("When the file was exported"));
  write_attribute_decl (w, "filter", "xs:string", FALSE, N_("Which records the sender chose, in words"));
  write_attribute_decl (w, "reference-date", "z:date", FALSE,
                        N_("For demonstration data: the day its dates are relative to"));

  xmlTextWriterEndElement (w);
  xmlTextWriterEndElement (w);
}

static char *
generate_schema (gboolean catalogue)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w;
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  g_autoptr(GHashTable) enums = g_hash_table_new (NULL, NULL);
  char *text;

  zs_exchange_init ();
  buffer = xmlBufferCreate ();
  w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));

  xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL);
  xmlTextWriterWriteComment (w, X (" Generated by build-aux/make-xsd.sh from the record field tables in "
                                   "src/core: do not edit by hand. "));
  xmlTextWriterStartElementNS (w, X ("xs"), X ("schema"), X (XS));
  xmlTextWriterWriteAttribute (w, X ("xmlns:z"), X (ZS_EXCHANGE_NAMESPACE));
  xmlTextWriterWriteAttribute (w, X ("targetNamespace"), X (ZS_EXCHANGE_NAMESPACE));
  xmlTextWriterWriteAttribute (w, X ("elementFormDefault"), X ("qualified"));
  xmlTextWriterWriteAttribute (w, X ("version"), X (ZS_EXCHANGE_FORMAT_VERSION));
  if (catalogue)
    write_documentation (w, N_("Zhaoshang industry catalogue, exchange format version 2: the key industrial chains "
                               "and new tracks a city promotes, their segments and enterprises, as a city bureau "
                               "hands them to its districts. A catalogue file is an exchange file holding these "
                               "records only."));
  else
    write_documentation (w, N_("Zhaoshang exchange format, version 2: investment projects and what they refer to, "
                               "exchanged between investment-promotion bureaus and other departments. "
                               "Amounts are 10,000 yuan (万元) with at most two decimals (version 1: whole 万元), "
                               "foreign capital 10,000 US dollars (万美元), areas whole square metres, dates ISO 8601."));

  write_root (w, catalogue);
  write_basic_types (w);

  for (guint t = 0; t < n_types; t++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[t]);

      if (!included (types[t], catalogue))
        continue;
      for (guint i = 0; i < klass->n_fields; i++)
        if (klass->fields[i].kind == ZS_FIELD_ENUM &&
            g_hash_table_add (enums, GSIZE_TO_POINTER (klass->fields[i].get_type ())))
          write_enum_type (w, klass->fields[i].get_type ());
    }

  for (guint t = 0; t < n_types; t++)
    if (included (types[t], catalogue))
      write_record_type (w, g_type_class_peek (types[t]));

  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);

  text = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return text;
}

char *
zs_exchange_generate_schema (void)
{
  return generate_schema (FALSE);
}

char *
zs_exchange_generate_catalogue_schema (void)
{
  return generate_schema (TRUE);
}
