/* zs-exchange-pieces.c — an attachment's bytes in an exchange file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An attachment is written with its fields, then its bytes as <piece>
 * elements of base64. The reader hands each piece here: it must be
 * base64 and nothing else, and the pieces together must stay within the
 * receiving bureau's limit and come to the size the record gives. When
 * the file is applied the bytes go to a scratch file named on the record
 * (ZS_EXCHANGE_BYTES_KEY), which the import streams into the store: the
 * read-ahead of a few hundred records never holds a file in memory.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "zs-exchange-private.h"
#include "zs-records.h"
#include "zs-scratch.h"

struct _ZsExchangePieces
{
  gint64         limit;
  gboolean       keep;
  ZsScratch     *scratch;
  gboolean       any;        /* the current attachment has had a piece */
  gint64         total;
  GOutputStream *out;
  char          *path;
};

ZsExchangePieces *
zs_exchange_pieces_new (gint64   limit,
                        gboolean keep)
{
  ZsExchangePieces *self = g_new0 (ZsExchangePieces, 1);

  self->limit = limit;
  self->keep = keep;
  return self;
}

static void
drop_current (ZsExchangePieces *self)
{
  if (self->out != NULL)
    g_output_stream_close (self->out, NULL, NULL);
  g_clear_object (&self->out);
  if (self->path != NULL)
    g_unlink (self->path);
  g_clear_pointer (&self->path, g_free);
  self->any = FALSE;
  self->total = 0;
}

void
zs_exchange_pieces_reset (ZsExchangePieces *self)
{
  drop_current (self);
}

void
zs_exchange_pieces_free (ZsExchangePieces *self)
{
  if (self == NULL)
    return;
  drop_current (self);
  g_clear_pointer (&self->scratch, zs_scratch_free);
  g_free (self);
}

/* Base64 as RFC 4648 and xs:base64Binary have it, white space aside:
 * g_base64_decode() skips what is not base64, which would let a broken
 * file through as other bytes. */
static gboolean
is_base64 (const char *text,
           gsize       len)
{
  gsize pad = 0;

  if (len % 4 != 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == '=')
        {
          if (i + 2 < len)
            return FALSE;
          pad++;
          continue;
        }
      if (pad > 0 || !(g_ascii_isalnum (c) || c == '+' || c == '/'))
        return FALSE;
    }
  return TRUE;
}

static const char *
name_of (ZsRecord *attachment)
{
  const char *name = zs_record_get_string (attachment, ZS_ATTACHMENT_NAME);

  return name != NULL ? name : "";
}

char *
zs_exchange_pieces_add (ZsExchangePieces *self,
                        ZsRecord         *attachment,
                        GString          *text)
{
  g_autoptr(GString) clean = g_string_sized_new (text->len);
  g_autofree guchar *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;

  self->any = TRUE;
  for (gsize i = 0; i < text->len; i++)
    if (!g_ascii_isspace (text->str[i]))
      g_string_append_c (clean, text->str[i]);
  if (!is_base64 (clean->str, clean->len))
    return g_strdup_printf (_("a <piece> of the attachment “%s” is not base64 (the letters A–Z and a–z, digits, "
                              "+ and /, in groups of four, padded with =)"), name_of (attachment));
  if (clean->len > 0)
    bytes = g_base64_decode (clean->str, &n);
  self->total += (gint64) n;
  if (self->total > self->limit)
    return g_strdup_printf (_("“%s” is larger than the %d MB an attachment may have (Preferences → Attachments)."),
                            name_of (attachment), (int) (self->limit / 1024 / 1024));
  if (!self->keep || n == 0)
    return NULL;

  if (self->out == NULL)
    {
      g_autoptr(GFile) file = NULL;

      if (self->scratch == NULL && (self->scratch = zs_scratch_new ("import", &error)) == NULL)
        return g_strdup (error->message);
      self->path = g_build_filename (zs_scratch_get_path (self->scratch), zs_record_get_uuid (attachment), NULL);
      file = g_file_new_for_path (self->path);
      self->out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error));
      if (self->out == NULL)
        return g_strdup (error->message);
    }
  if (!g_output_stream_write_all (self->out, bytes, n, NULL, NULL, &error))
    return g_strdup (error->message);
  return NULL;
}

static void
unlink_and_free (gpointer path)
{
  g_unlink (path);
  g_free (path);
}

char *
zs_exchange_pieces_finish (ZsExchangePieces  *self,
                           ZsRecord          *attachment,
                           char             **refs)
{
  ZsRecord *r = attachment;
  guint owners = 0;
  gint64 size = zs_record_get_int (r, ZS_ATTACHMENT_SIZE);
  g_autoptr(GError) error = NULL;
  char *reason = NULL;

  for (guint i = 0; i <= ZS_ATTACHMENT_LAST_OWNER; i++)
    owners += refs[i] != NULL;
  if (owners != 1)
    reason = g_strdup_printf (_("the attachment “%s” must belong to one record: give exactly one of <project>, <lead>, "
                                "<enterprise>, <partner>, <carrier>, <activity> or <supervision-reply>"), name_of (r));
  else if (!self->any && size > 0)
    reason = g_strdup_printf (_("the attachment “%s” has no <piece> elements: its bytes are missing (export with "
                                "attachments, or leave the attachment out)"), name_of (r));
  else if (size != self->total)
    {
      g_autofree char *said = g_strdup_printf ("%" G_GINT64_FORMAT, size);
      g_autofree char *held = g_strdup_printf ("%" G_GINT64_FORMAT, self->total);

      reason = g_strdup_printf (_("the attachment “%s” is %s bytes by its <size>, but its pieces hold %s bytes"),
                                name_of (r), said, held);
    }
  else if (self->out != NULL && !g_output_stream_close (self->out, NULL, &error))
    reason = g_strdup (error->message);
  else if (self->path != NULL)
    g_object_set_data_full (G_OBJECT (r), ZS_EXCHANGE_BYTES_KEY, g_steal_pointer (&self->path), unlink_and_free);
  drop_current (self);
  return reason;
}
