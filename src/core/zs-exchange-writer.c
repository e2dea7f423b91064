/* zs-exchange-writer.c — writing the store as an exchange file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "zs-date.h"
#include "zs-error.h"
#include "zs-exchange.h"
#include "zs-records.h"

static const xmlChar *
X (const char *s)
{
  return (const xmlChar *) s;
}

static char *
ref_element_name (const ZsField *field)
{
  return g_strndup (field->name, strlen (field->name) - strlen ("-id"));
}

static gboolean
write_record (xmlTextWriterPtr  w,
              ZsStore          *store,
              ZsRecord         *record)
{
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (record);
  gboolean ok = TRUE;

  ok &= xmlTextWriterStartElement (w, X (klass->element)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("uuid"), X (zs_record_get_uuid (record))) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("updated"), X (zs_record_get_updated (record))) >= 0;

  for (guint i = 0; ok && i < klass->n_fields; i++)
    {
      const ZsField *f = &klass->fields[i];

      if (f->kind == ZS_FIELD_REF)
        {
          gint64 id = zs_record_get_int (record, i);
          g_autofree char *uuid = NULL;
          g_autofree char *element = NULL;

          if (id == 0)
            continue;
          uuid = zs_store_get_uuid (store, f->get_type (), id);
          element = ref_element_name (f);
          ok &= xmlTextWriterWriteElement (w, X (element), X (uuid)) >= 0;
        }
      else
        {
          g_autofree char *text = zs_record_format_field (record, i);

          if (text != NULL)
            ok &= xmlTextWriterWriteElement (w, X (f->name), X (text)) >= 0;
        }
    }

  ok &= xmlTextWriterEndElement (w) >= 0;
  return ok;
}

static gboolean
write_type (xmlTextWriterPtr   w,
            ZsStore           *store,
            GType              type,
            GError           **error)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = zs_store_query (store, query, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ZsRecord) record = zs_store_load (store, type, g_array_index (ids, gint64, i), error);

      if (record == NULL)
        return FALSE;
      if (!write_record (w, store, record))
        return FALSE;
    }
  return TRUE;
}

gboolean
zs_exchange_export (ZsStore     *store,
                    const char  *path,
                    const char  *office,
                    GError     **error)
{
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  g_autofree char *now = zs_timestamp_now ();
  xmlTextWriterPtr w;
  gboolean ok = TRUE;
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);

  w = xmlNewTextWriterFilename (partial, 0);
  if (w == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”"), path);
      return FALSE;
    }
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));

  ok &= xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) >= 0;
  ok &= xmlTextWriterStartElementNS (w, NULL, X ("exchange"), X (ZS_EXCHANGE_NAMESPACE)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("format-version"), X (ZS_EXCHANGE_FORMAT_VERSION)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("application-version"), X (PACKAGE_VERSION)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("office"), X (office ? office : "")) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("exported"), X (now)) >= 0;

  for (guint t = 0; ok && t < n_types; t++)
    if (!write_type (w, store, types[t], error))
      {
        xmlFreeTextWriter (w);
        g_unlink (partial);
        return FALSE;
      }

  ok &= xmlTextWriterEndDocument (w) >= 0;
  xmlFreeTextWriter (w);

  if (!ok)
    {
      g_unlink (partial);
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”: the disk may be full"), path);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (partial);
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
