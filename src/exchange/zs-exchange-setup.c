/* zs-exchange-setup.c — libxml2 made safe for hostile files, and the schemas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * No external entity is ever loaded; the exchange and catalogue schemas
 * are compiled once, from the resources, and shared by every reader.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "zs-error.h"
#include "zs-exchange-private.h"

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  context)
{
  /* Nothing in an exchange file may make the program read another file. */
  return NULL;
}

void
zs_exchange_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

static void
on_schema_parse_error (void        *user_data,
                       xmlErrorPtr  err)
{
  g_critical ("data/exchange.xsd does not compile: line %d: %s", err->line, err->message);
}

static xmlSchemaPtr
compile_schema (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlSchemaParserCtxtPtr context = xmlSchemaNewMemParserCtxt (data, (int) size);
  xmlSchemaPtr schema;

  xmlSchemaSetParserStructuredErrors (context, on_schema_parse_error, NULL);
  schema = xmlSchemaParse (context);
  xmlSchemaFreeParserCtxt (context);
  return schema;
}

xmlSchemaPtr
zs_exchange_get_compiled_schema (gboolean catalogue)
{
  static xmlSchemaPtr schemas[2];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) exchange = zs_exchange_get_schema ();
      g_autoptr(GBytes) catalogue_bytes = zs_exchange_get_catalogue_schema ();

      schemas[0] = compile_schema (exchange);
      schemas[1] = compile_schema (catalogue_bytes);
      g_once_init_leave (&initialized, 1);
    }
  return schemas[catalogue ? 1 : 0];
}

GBytes *
zs_exchange_get_schema (void)
{
  return g_resources_lookup_data (RESOURCE_BASE "/core/exchange.xsd", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

GBytes *
zs_exchange_get_catalogue_schema (void)
{
  return g_resources_lookup_data (RESOURCE_BASE "/core/catalogue.xsd", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/* Reasons quote values from the file: at most this many bytes of them. */
#define MAX_REASON_LENGTH 2000

void
zs_exchange_set_line_error (GError     **error,
                            const char  *source,
                            int          line,
                            const char  *reason)
{
  g_autofree char *shown = NULL;

  /* A value may be 256 KiB of anything: shortened, and its control
   * characters written out rather than sent to the terminal. */
  if (strlen (reason) > MAX_REASON_LENGTH)
    {
      g_autofree char *cut = g_utf8_make_valid (reason, MAX_REASON_LENGTH);
      g_autofree char *escaped = zs_text_escape_controls (cut, FALSE);

      shown = g_strconcat (escaped, "…", NULL);
    }
  else
    shown = zs_text_escape_controls (reason, FALSE);
  g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE, _("%s, line %d: %s"), source, line, shown);
}
