/* test-exchange-out.c — the exchange writer's bytes against xmlTextWriter's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * zs-exchange-out.c escapes text itself, for speed, and promises the bytes
 * libxml2's xmlTextWriter wrote before it (set up as the export set it up:
 * UTF-8, indented by two spaces). Each value here, full of what needs
 * escaping or might be escaped, is written by both into a small document,
 * in an attribute and as an element's text, and the two documents must be
 * the same bytes. (The one test allowed libxml2: build-aux/check-modules.py.)
 */
#include "config.h"

#include <libxml/xmlwriter.h>
#include <locale.h>
#include <string.h>

#include "zs-exchange-out.h"

#define X(s) ((const xmlChar *) (s))

/* What a parser would not give back as written, or libxml2 might escape:
 * markup, quotes, white space, a C1 control (U+0085, NEL), characters from
 * CJK and outside the Basic Multilingual Plane (U+20BB7 𠮷, U+1F600 😀). */
static const char * const values[] = {
  "plain",
  "",
  "<tag>",
  "a & b; &amp; &#38;",
  "\"quoted\" and 'single'",
  "line\r\nbreak\rand\nnewline",
  "tab\there",
  "greater > than >> and ]]>",
  "C1 control \xc2\x85 NEL, \xc2\x80 and \xc2\x9f",
  "𠮷野家 😀 潍坊 \xf0\x9f\x87\xa8\xf0\x9f\x87\xb3",
  "all at once: <&\"\r\t> \xc2\x85 𠮷\n",
  "  leading and trailing spaces  ",
};

/* The document both write: the root with @value as an attribute, a record
 * with it as an attribute, and a field with it as text. */
static char *
with_text_writer (const char *value)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr w = xmlNewTextWriterMemory (buffer, 0);
  char *bytes;

  g_assert_nonnull (w);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));
  g_assert_cmpint (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL), >=, 0);
  g_assert_cmpint (xmlTextWriterStartElement (w, X ("exchange")), >=, 0);
  g_assert_cmpint (xmlTextWriterWriteAttribute (w, X ("office"), X (value)), >=, 0);
  g_assert_cmpint (xmlTextWriterStartElement (w, X ("project")), >=, 0);
  g_assert_cmpint (xmlTextWriterWriteAttribute (w, X ("uuid"), X (value)), >=, 0);
  g_assert_cmpint (xmlTextWriterWriteElement (w, X ("name"), X (value)), >=, 0);
  g_assert_cmpint (xmlTextWriterWriteElement (w, X ("notes"), X ("after")), >=, 0);
  g_assert_cmpint (xmlTextWriterEndElement (w), >=, 0);
  g_assert_cmpint (xmlTextWriterEndDocument (w), >=, 0);
  xmlFreeTextWriter (w);

  bytes = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static char *
with_exchange_out (const char *value)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ZsExchangeOut) out = zs_exchange_out_new (stream, NULL);

    zs_exchange_out_declaration (out);
    zs_exchange_out_start (out, 0, "exchange");
    zs_exchange_out_attribute (out, "office", value);
    zs_exchange_out_start (out, 1, "project");
    zs_exchange_out_attribute (out, "uuid", value);
    zs_exchange_out_element (out, "name", value);
    zs_exchange_out_element (out, "notes", "after");
    zs_exchange_out_end (out, 1, "project");
    zs_exchange_out_end (out, 0, "exchange");
    g_assert_true (zs_exchange_out_finish (out, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
}

static void
test_same_bytes (gconstpointer data)
{
  const char *value = data;
  g_autofree char *expected = with_text_writer (value);
  g_autofree char *written = with_exchange_out (value);

  g_assert_true (g_utf8_validate (value, -1, NULL));
  g_assert_cmpstr (written, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  xmlInitParser ();

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *name = g_strdup_printf ("/exchange-out/same-bytes-as-xmltextwriter/%u", i);

      g_test_add_data_func (name, values[i], test_same_bytes);
    }
  return g_test_run ();
}
