/* zs-exchange-input.c — the bytes of an exchange file, on their way to libxml2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * libxml2 sees the file through zs_exchange_input_read(), which counts the
 * bytes against the size limit, hashes them, watches for cancellation and,
 * for a FIFO, copies them to a spool file so that applying an import reads
 * the same bytes again. The first kilobyte is checked for a foreign
 * encoding and a document type declaration before libxml2 sees any of it.
 *
 * Line ends are made "\n" on the way (XML makes "\r\n" and a lone "\r" one
 * anyway), since libxml2 counts lines by "\n" alone. And a small scanner
 * follows the structure of the bytes ahead of the parser: it stops an
 * element at ZS_EXCHANGE_MAX_ATTRIBUTES attributes before libxml2 does its
 * quadratic work on them, and it knows what libxml2 does not say, whether
 * the file ended with an element still open (cut short) or went on after
 * the root element, and on which line text sits between records.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "zs-error.h"
#include "zs-exchange-input.h"

#define PREFETCH_SIZE 1024

typedef enum {
  SCAN_TEXT,
  SCAN_LT,          /* after "<" */
  SCAN_BANG,        /* after "<!": a comment, a CDATA section or a declaration */
  SCAN_COMMENT,
  SCAN_CDATA,
  SCAN_PI,          /* "<?" … "?>" */
  SCAN_DECL,        /* "<!DOCTYPE" … ">" */
  SCAN_START_NAME,
  SCAN_IN_TAG,
  SCAN_VALUE,       /* an attribute's value, in quotes */
  SCAN_END_TAG,
  SCAN_REF,         /* "&" … ";" */
} ScanState;

struct _ZsExchangeInput
{
  char           *name;
  GInputStream   *stream;
  goffset         total_size;     /* -1 when unknown */
  goffset         max_size;
  goffset         consumed;
  char            prefetch[PREFETCH_SIZE];
  gsize           prefetch_len;
  gsize           prefetch_pos;
  GChecksum      *checksum;
  char           *checksum_text;
  GCancellable   *cancellable;
  ZsProgressFunc  progress;
  gpointer        progress_data;
  int             last_permille;
  GError         *error;          /* why a read gave up */

  ZsScratch      *spool;          /* a FIFO's bytes, for the second pass */
  GOutputStream  *spool_stream;

  gboolean        last_was_cr;
  ZsExchangeScan  scan;
  ScanState       state;
  int             construct_line; /* where the tag, comment … being read began */
  char            quote;
  char            pending[16];    /* after "<!", or a reference */
  guint           n_pending;
  guint           run;            /* how much of an end marker ("-->", "]]>", "?>") was seen */
  guint           bracket_depth;  /* in a declaration */
  guint           n_attributes;
  gboolean        empty_tag;
  gboolean        saw_markup;     /* an XML declaration, a comment … */
  char            element[64];
  guint           element_len;
};

/* ---- the scanner --------------------------------------------------------------- */

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Text other than white space at @line. */
static void
note_text (ZsExchangeInput *self,
           int              line)
{
  ZsExchangeScan *scan = &self->scan;

  if (scan->root_closed)
    {
      if (scan->after_root_line == 0)
        scan->after_root_line = line;
    }
  else if (scan->root_seen && (scan->depth == 1 || scan->depth == 2) && scan->stray_text_line == 0)
    scan->stray_text_line = line;
}

static void
note_markup_after_root (ZsExchangeInput *self)
{
  if (self->scan.root_closed && self->scan.after_root_line == 0)
    self->scan.after_root_line = self->construct_line;
}

static void
end_markup (ZsExchangeInput *self)
{
  self->saw_markup = TRUE;
  self->state = SCAN_TEXT;
  self->scan.tail_line = self->scan.line;
}

/* "&#32;" and the like stand for white space; every other reference for text. */
static gboolean
reference_is_space (const char *ref)
{
  gint64 value;
  char *end = NULL;

  if (ref[0] != '#')
    return FALSE;
  if (ref[1] == 'x' || ref[1] == 'X')
    value = g_ascii_strtoll (ref + 2, &end, 16);
  else
    value = g_ascii_strtoll (ref + 1, &end, 10);
  return end != NULL && *end == '\0' && end != ref + 1 &&
         (value == 0x20 || value == 0x9 || value == 0xA || value == 0xD);
}

static gboolean
too_many_attributes (ZsExchangeInput  *self,
                     GError          **error)
{
  g_autofree char *reason = NULL;

  self->element[self->element_len] = '\0';
  reason = g_strdup_printf (_("<%s> has more than %d attributes: an exchange file’s elements have a few "
                              "(a record has uuid, updated and created)"),
                            self->element, ZS_EXCHANGE_MAX_ATTRIBUTES);
  zs_exchange_set_line_error (error, self->name, self->construct_line, reason);
  return FALSE;
}

static gboolean
scan_start_tag (ZsExchangeInput  *self,
                char              c,
                GError          **error)
{
  ZsExchangeScan *scan = &self->scan;

  if (c == '"' || c == '\'')
    {
      self->quote = c;
      self->state = SCAN_VALUE;
    }
  else if (c == '=')
    {
      /* Counted as they stream: libxml2 compares every attribute with
       * every other once the tag is complete. */
      if (++self->n_attributes > ZS_EXCHANGE_MAX_ATTRIBUTES)
        return too_many_attributes (self, error);
    }
  else if (c == '/')
    self->empty_tag = TRUE;
  else if (c == '>')
    {
      scan->root_seen = TRUE;
      if (!self->empty_tag)
        scan->depth++;
      else if (scan->depth == 0 && !scan->root_closed)
        {
          scan->root_closed = TRUE;
          scan->root_end_line = scan->line;
        }
      end_markup (self);
    }
  else if (!is_space (c))
    self->empty_tag = FALSE;
  return TRUE;
}

static gboolean
scan_byte (ZsExchangeInput  *self,
           char              c,
           GError          **error)
{
  ZsExchangeScan *scan = &self->scan;

  switch (self->state)
    {
    case SCAN_TEXT:
      if (c == '<')
        {
          self->state = SCAN_LT;
          self->construct_line = scan->line;
        }
      else if (c == '&')
        {
          self->state = SCAN_REF;
          self->n_pending = 0;
          self->construct_line = scan->line;
        }
      else if (!is_space (c))
        note_text (self, scan->line);
      break;

    case SCAN_LT:
      if (c == '!')
        {
          self->state = SCAN_BANG;
          self->n_pending = 0;
        }
      else if (c == '?')
        {
          self->state = SCAN_PI;
          self->run = 0;
        }
      else if (c == '/')
        {
          self->state = SCAN_END_TAG;
          note_markup_after_root (self);
        }
      else
        {
          self->state = SCAN_START_NAME;
          scan->root_started = TRUE;
          self->n_attributes = 0;
          self->empty_tag = FALSE;
          self->element_len = 0;
          note_markup_after_root (self);
          return scan_byte (self, c, error);
        }
      break;

    case SCAN_BANG:
      self->pending[self->n_pending++] = c;
      if (self->n_pending == 2 && memcmp (self->pending, "--", 2) == 0)
        {
          self->state = SCAN_COMMENT;
          self->run = 0;
        }
      else if (self->n_pending == 7 && memcmp (self->pending, "[CDATA[", 7) == 0)
        {
          self->state = SCAN_CDATA;
          self->run = 0;
        }
      else if (strncmp (self->pending, "--", MIN (self->n_pending, 2)) != 0 &&
               strncmp (self->pending, "[CDATA[", MIN (self->n_pending, 7)) != 0)
        {
          self->state = SCAN_DECL;
          self->quote = 0;
          self->bracket_depth = 0;
          note_markup_after_root (self);
          if (c == '>')
            end_markup (self);
        }
      break;

    case SCAN_COMMENT:
      if (c == '-')
        self->run = MIN (self->run + 1, 2);
      else if (c == '>' && self->run == 2)
        end_markup (self);
      else
        self->run = 0;
      break;

    case SCAN_CDATA:
      if (c == ']')
        {
          /* A "]" beyond the two of "]]>" is text. */
          if (self->run == 2)
            note_text (self, scan->line);
          self->run = MIN (self->run + 1, 2);
        }
      else if (c == '>' && self->run == 2)
        end_markup (self);
      else
        {
          if (self->run > 0 || !is_space (c))
            note_text (self, scan->line);
          self->run = 0;
        }
      break;

    case SCAN_PI:
      if (c == '?')
        self->run = 1;
      else if (c == '>' && self->run == 1)
        end_markup (self);
      else
        self->run = 0;
      break;

    case SCAN_DECL:
      if (self->quote != 0)
        {
          if (c == self->quote)
            self->quote = 0;
        }
      else if (c == '"' || c == '\'')
        self->quote = c;
      else if (c == '[')
        self->bracket_depth++;
      else if (c == ']' && self->bracket_depth > 0)
        self->bracket_depth--;
      else if (c == '>' && self->bracket_depth == 0)
        end_markup (self);
      break;

    case SCAN_START_NAME:
      if (!is_space (c) && c != '/' && c != '>' && c != '=')
        {
          if (self->element_len < sizeof self->element - 1)
            self->element[self->element_len++] = c;
          break;
        }
      self->state = SCAN_IN_TAG;
      return scan_start_tag (self, c, error);

    case SCAN_IN_TAG:
      return scan_start_tag (self, c, error);

    case SCAN_VALUE:
      if (c == self->quote)
        self->state = SCAN_IN_TAG;
      break;

    case SCAN_END_TAG:
      if (c == '>')
        {
          if (scan->depth > 0 && --scan->depth == 0 && scan->root_seen && !scan->root_closed)
            {
              scan->root_closed = TRUE;
              scan->root_end_line = scan->line;
            }
          end_markup (self);
        }
      break;

    case SCAN_REF:
      if (c == ';')
        {
          self->pending[self->n_pending] = '\0';
          if (!reference_is_space (self->pending))
            note_text (self, self->construct_line);
          self->state = SCAN_TEXT;
        }
      else if (self->n_pending < sizeof self->pending - 1)
        self->pending[self->n_pending++] = c;
      else
        {
          note_text (self, self->construct_line);
          self->state = SCAN_TEXT;
        }
      break;

    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
scan_bytes (ZsExchangeInput  *self,
            const char       *bytes,
            gsize             len,
            GError          **error)
{
  ZsExchangeScan *scan = &self->scan;

  for (gsize i = 0; i < len; i++)
    {
      char c = bytes[i];

      /* Most of a file is the text of fields and the values of attributes:
       * only their line ends and their end matter. */
      if (!((self->state == SCAN_TEXT && scan->depth >= 3 && c != '<' && c != '&') ||
            (self->state == SCAN_VALUE && c != self->quote)) &&
          !scan_byte (self, c, error))
        return FALSE;
      if (c == '\n')
        scan->line++;
    }
  if (len > 0)
    self->scan.end_line = bytes[len - 1] == '\n' ? self->scan.line - 1 : self->scan.line;
  return TRUE;
}

static void
finish_scan (ZsExchangeInput *self)
{
  ZsExchangeScan *scan = &self->scan;

  if (scan->eof)
    return;
  scan->eof = TRUE;
  scan->complete = scan->root_closed && self->state == SCAN_TEXT;
  scan->cut_short = !scan->complete && (scan->root_started || self->saw_markup || self->state != SCAN_TEXT);
  if (self->state != SCAN_TEXT)
    scan->tail_line = self->construct_line;
}

/* "\r\n" and a lone "\r" become "\n", in place; returns the new length. */
static gsize
normalize_line_ends (ZsExchangeInput *self,
                     char            *buffer,
                     gsize            len)
{
  gsize out = 0;

  /* Nearly every file has none. */
  if (!self->last_was_cr && memchr (buffer, '\r', len) == NULL)
    return len;

  for (gsize i = 0; i < len; i++)
    {
      char c = buffer[i];

      if (c == '\n' && self->last_was_cr)
        {
          self->last_was_cr = FALSE;
          continue;
        }
      self->last_was_cr = c == '\r';
      buffer[out++] = c == '\r' ? '\n' : c;
    }
  return out;
}

/* ---- bytes in ------------------------------------------------------------------ */

static void
report_progress (ZsExchangeInput *self)
{
  int permille;

  if (self->progress == NULL || self->total_size <= 0)
    return;
  permille = (int) MIN (1000, self->consumed * 1000 / self->total_size);
  if (permille != self->last_permille)
    {
      self->last_permille = permille;
      self->progress (permille / 1000.0, self->progress_data);
    }
}

/* Counts, hashes and spools bytes fresh from the stream. */
static gboolean
take_in (ZsExchangeInput  *self,
         const char       *bytes,
         gsize             len,
         GError          **error)
{
  self->consumed += len;
  if (self->consumed > self->max_size)
    {
      g_autofree char *limit = g_format_size (self->max_size);

      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("%s: the file is larger than %s, the most an exchange file may have"),
                   self->name, limit);
      return FALSE;
    }
  if (self->checksum != NULL)
    g_checksum_update (self->checksum, (const guchar *) bytes, len);
  if (self->spool_stream != NULL &&
      !g_output_stream_write_all (self->spool_stream, bytes, len, NULL, self->cancellable, error))
    return FALSE;
  return TRUE;
}

/* The end of the file: the spool is complete, the checksum known. */
static gboolean
reach_end (ZsExchangeInput  *self,
           GError          **error)
{
  if (self->spool_stream != NULL &&
      !g_output_stream_close (self->spool_stream, self->cancellable, error))
    return FALSE;
  if (self->checksum != NULL && self->checksum_text == NULL)
    self->checksum_text = g_strdup (g_checksum_get_string (self->checksum));
  finish_scan (self);
  return TRUE;
}

static gssize
fetch (ZsExchangeInput *self,
       char            *buffer,
       gsize            len)
{
  gssize n;

  if (self->prefetch_pos < self->prefetch_len)
    {
      /* Counted, hashed and spooled when it was fetched. */
      n = MIN (len, self->prefetch_len - self->prefetch_pos);
      memcpy (buffer, self->prefetch + self->prefetch_pos, n);
      self->prefetch_pos += n;
      return n;
    }

  n = g_input_stream_read (self->stream, buffer, len, self->cancellable, &self->error);
  if (n < 0)
    return -1;
  if (n == 0)
    return reach_end (self, &self->error) ? 0 : -1;
  return take_in (self, buffer, n, &self->error) ? n : -1;
}

int
zs_exchange_input_read (void *context,
                        char *buffer,
                        int   len)
{
  ZsExchangeInput *self = context;

  for (;;)
    {
      gssize n;

      if (self->error != NULL || g_cancellable_set_error_if_cancelled (self->cancellable, &self->error))
        return -1;

      n = fetch (self, buffer, len);
      if (n <= 0)
        return (int) n;
      /* A "\n" after a "\r" at the end of the last buffer may be all. */
      n = (gssize) normalize_line_ends (self, buffer, n);
      if (n == 0)
        continue;
      if (!scan_bytes (self, buffer, n, &self->error))
        return -1;
      report_progress (self);
      return (int) n;
    }
}

/* ---- the first kilobyte ---------------------------------------------------------- */

/* UTF-8 only: a byte-order mark of UTF-16 or UTF-32, or a declaration of
 * another encoding, refuses the file before libxml2 would convert it; zero
 * bytes at the start are no text at all. A declaration longer than the
 * first kilobyte is looked at again once libxml2 has read it. */
static char *
check_encoding (const char *head,
                gsize       len)
{
  g_autofree char *declaration = NULL;
  const guchar *u = (const guchar *) head;
  const char *end;
  const char *p;

  /* Byte-order marks, and "<?" or "<" in a wider encoding without one. */
  if ((len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE))) ||
      (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) ||
      (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] == '<') ||
      (len >= 4 && u[0] == '<' && u[1] == 0 && u[2] == 0 && u[3] == 0) ||
      (len >= 2 && ((u[0] == 0 && u[1] == '<') || (u[0] == '<' && u[1] == 0))))
    return g_strdup (_("the file is in UTF-16 or UTF-32; exchange files must be UTF-8"));
  if (len >= 1 && u[0] == 0)
    return g_strdup (_("the file starts with zero bytes, not with text: it is not an exchange file "
                       "(it may be damaged, or not the file meant)"));

  if (len >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    {
      head += 3;
      len -= 3;
    }
  if (len < 5 || strncmp (head, "<?xml", 5) != 0)
    return NULL;

  end = g_strstr_len (head, len, "?>");
  if (end == NULL)
    return NULL;
  declaration = g_strndup (head, end - head);
  p = strstr (declaration, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '=')
    p++;
  if (*p == '"' || *p == '\'')
    {
      char quote = *p++;
      const char *close = strchr (p, quote);
      g_autofree char *name = close != NULL ? g_strndup (p, close - p) : NULL;

      if (name != NULL && g_ascii_strcasecmp (name, "UTF-8") != 0 && g_ascii_strcasecmp (name, "UTF8") != 0)
        {
          g_autofree char *shown = zs_text_escape_controls (name, FALSE);

          return g_strdup_printf (_("the file declares the encoding “%s”; exchange files must be UTF-8"), shown);
        }
    }
  return NULL;
}

/* The line of a <!DOCTYPE in the prolog at the start of the file, or 0. */
static int
find_doctype (const char *head,
              gsize       len)
{
  int line = 1;

  for (gsize i = 0; i < len; i++)
    {
      if (head[i] == '\n' || (head[i] == '\r' && (i + 1 == len || head[i + 1] != '\n')))
        line++;
      else if (head[i] == '<' && i + 1 < len && g_ascii_isalpha (head[i + 1]))
        return 0;  /* the root element: the prolog is over */
      else if (head[i] == '<' && len - i >= 9 && strncmp (head + i, "<!DOCTYPE", 9) == 0)
        return line;
    }
  return 0;
}

/* ---- opening --------------------------------------------------------------------- */

/* A FIFO (a pipe: "--import <(…)") is read once; anything else that is
 * not a file is refused before it is opened. */
static gboolean
check_file_type (ZsExchangeInput  *self,
                 GFileInfo        *info,
                 gboolean         *is_pipe,
                 GError          **error)
{
  guint32 mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);

  *is_pipe = FALSE;
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: it is a folder, not an exchange file"),
                   self->name);
      return FALSE;
    case G_FILE_TYPE_SPECIAL:
      if (S_ISFIFO (mode))
        {
          *is_pipe = TRUE;
          return TRUE;
        }
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                   _("Cannot read “%s”: it is a device or a socket, not an exchange file"), self->name);
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
open_file (ZsExchangeInput  *self,
           GFile            *file,
           gboolean          spool,
           GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) file_stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean is_pipe;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, self->cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: %s"), self->name, local_error->message);
      return FALSE;
    }
  if (!check_file_type (self, info, &is_pipe, error))
    return FALSE;
  self->total_size = is_pipe ? -1 : g_file_info_get_size (info);

  file_stream = g_file_read (file, self->cancellable, &local_error);
  if (file_stream == NULL)
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot read “%s”: %s"), self->name, local_error->message);
      return FALSE;
    }
  /* libxml2 asks for 4 KB at a time: one system call per 256 KB. */
  self->stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 256 * 1024);

  /* A pipe cannot be read twice: what the first pass reads is kept. */
  if (is_pipe && spool)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) copy = NULL;

      self->spool = zs_scratch_new ("spool", &local_error);
      if (self->spool != NULL)
        {
          path = g_build_filename (zs_scratch_get_path (self->spool), ZS_EXCHANGE_SPOOL_NAME, NULL);
          copy = g_file_new_for_path (path);
          self->spool_stream = G_OUTPUT_STREAM (g_file_create (copy, G_FILE_CREATE_PRIVATE, self->cancellable,
                                                               &local_error));
        }
      if (self->spool_stream == NULL)
        {
          g_set_error (error, ZS_ERROR, ZS_ERROR_IO,
                       _("Cannot read “%s”: it is a pipe, and there is no room to keep what it brings: %s"),
                       self->name, local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

ZsExchangeInput *
zs_exchange_input_open (const ZsExchangeSource  *source,
                        const ZsImportOptions   *options,
                        ZsExchangeReadFlags      flags,
                        GCancellable            *cancellable,
                        ZsProgressFunc           progress,
                        gpointer                 progress_data,
                        GError                 **error)
{
  g_autoptr(ZsExchangeInput) self = g_new0 (ZsExchangeInput, 1);
  g_autofree char *bad_encoding = NULL;
  int doctype_line;
  gssize n = 0;

  self->name = g_strdup (source->name);
  self->max_size = options != NULL && options->max_file_size > 0 ? options->max_file_size : ZS_EXCHANGE_MAX_FILE_SIZE;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->progress = progress;
  self->progress_data = progress_data;
  self->last_permille = -1;
  /* A second pass compares it; a single pass has no use for it (hashing
   * 270 MB costs about a second). */
  if (flags & ZS_EXCHANGE_READ_CHECKSUM)
    self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->scan.line = 1;
  self->scan.end_line = 1;
  self->scan.tail_line = 1;
  self->construct_line = 1;

  if (source->bytes != NULL)
    {
      self->total_size = (goffset) g_bytes_get_size (source->bytes);
      self->stream = g_memory_input_stream_new_from_bytes (source->bytes);
    }
  else if (!open_file (self, source->file, (flags & ZS_EXCHANGE_READ_SPOOL) != 0, error))
    return NULL;

  if (self->total_size > self->max_size)
    {
      g_autofree char *size = g_format_size (self->total_size);
      g_autofree char *limit = g_format_size (self->max_size);

      g_set_error (error, ZS_ERROR, ZS_ERROR_PARSE,
                   _("%s: the file has %s, more than the %s an exchange file may have"),
                   self->name, size, limit);
      return NULL;
    }

  /* The start of the file, to see its encoding before libxml2 does. */
  while (self->prefetch_len < PREFETCH_SIZE &&
         (n = g_input_stream_read (self->stream, self->prefetch + self->prefetch_len,
                                   PREFETCH_SIZE - self->prefetch_len, cancellable, error)) > 0)
    self->prefetch_len += n;
  if (n < 0 || !take_in (self, self->prefetch, self->prefetch_len, error))
    return NULL;

  bad_encoding = check_encoding (self->prefetch, self->prefetch_len);
  if (bad_encoding != NULL)
    {
      zs_exchange_set_line_error (error, self->name, 1, bad_encoding);
      return NULL;
    }
  /* Refused before libxml2 even reads its declarations. */
  doctype_line = find_doctype (self->prefetch, self->prefetch_len);
  if (doctype_line > 0)
    {
      zs_exchange_set_line_error (error, self->name, doctype_line,
                                  _("document type declarations and entities are not allowed in exchange files"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

const GError *
zs_exchange_input_get_error (ZsExchangeInput *self)
{
  return self->error;
}

GError *
zs_exchange_input_take_error (ZsExchangeInput *self)
{
  return g_steal_pointer (&self->error);
}

const ZsExchangeScan *
zs_exchange_input_get_scan (ZsExchangeInput *self)
{
  return &self->scan;
}

goffset
zs_exchange_input_get_consumed (ZsExchangeInput *self)
{
  return self->consumed;
}

const char *
zs_exchange_input_get_checksum (ZsExchangeInput *self)
{
  return self->checksum_text;
}

ZsScratch *
zs_exchange_input_steal_spool (ZsExchangeInput *self)
{
  if (self->spool_stream == NULL || !g_output_stream_is_closed (self->spool_stream))
    return NULL;
  return g_steal_pointer (&self->spool);
}

void
zs_exchange_input_free (ZsExchangeInput *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_clear_object (&self->spool_stream);
  g_clear_pointer (&self->spool, zs_scratch_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->checksum, g_checksum_free);
  g_free (self->checksum_text);
  g_clear_error (&self->error);
  g_free (self->name);
  g_free (self);
}
