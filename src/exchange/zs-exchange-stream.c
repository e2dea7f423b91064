/* zs-exchange-stream.c — the records of an exchange file, read ahead on a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An import spends about as long parsing, validating and hashing the file
 * as it does looking records up and writing them. The stream runs the
 * reader on a thread of its own, which hands over the records in batches
 * while the import's thread works on those before: on two processors the
 * two halves overlap. At most MAX_BATCHES batches wait, so memory stays
 * flat whatever the size of the file.
 *
 * The reader's thread only parses: it never touches the database. What it
 * found — a record with its references and line, the end of the file, or
 * an error — comes out of zs_exchange_stream_next() in file order, exactly
 * as the reader would have given it.
 */
#include "config.h"

#include "zs-exchange-private.h"
#include "zs-search.h"

#define BATCH_SIZE 64
#define MAX_BATCHES 8

typedef struct {
  ZsRecord  *record;   /* NULL at the end of the file or with @error */
  char     **refs;
  guint      n_refs;
  int        line;
  GError    *error;
} Item;

struct _ZsExchangeStream
{
  ZsExchangeReader *reader;
  GThread          *thread;
  ZsBatchQueue     *queue;      /* of GPtrArray of Item */

  /* The import's side. */
  GPtrArray        *batch;      /* being handed out */
  guint             position;
  Item             *current;    /* the last record handed out */
  gboolean          finished;
  gboolean          prepare_documents;  /* set before the thread starts */
};

static void
item_free (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->record);
  for (guint i = 0; i < item->n_refs; i++)
    g_free (item->refs[i]);
  g_free (item->refs);
  g_clear_error (&item->error);
  g_free (item);
}

static gpointer
read_ahead (gpointer data)
{
  ZsExchangeStream *self = data;
  gboolean done = FALSE;

  while (!done)
    {
      GPtrArray *batch = g_ptr_array_new_full (BATCH_SIZE, item_free);

      while (!done && batch->len < BATCH_SIZE)
        {
          Item *item = g_new0 (Item, 1);

          if (!zs_exchange_reader_next (self->reader, &item->record, &item->error) || item->record == NULL)
            done = TRUE;
          else
            {
              item->line = zs_exchange_reader_get_line (self->reader);
              item->refs = zs_exchange_reader_steal_refs (self->reader, &item->n_refs);
            }
          g_ptr_array_add (batch, item);
        }

      /* While the import is behind, this thread would only wait for room:
       * it makes the search documents the import would make. While the
       * import waits for batches, they go at once. (At 100,000 projects the
       * writing side is the slower by twice; at 10,000 the two are even,
       * and making every document here made this side the slower.) */
      if (self->prepare_documents && zs_batch_queue_is_full (self->queue))
        for (guint i = 0; i < batch->len; i++)
          {
            Item *item = g_ptr_array_index (batch, i);

            if (item->record != NULL)
              zs_search_prepare_document (item->record);
          }

      /* Refused once the import has stopped listening. */
      if (!zs_batch_queue_push (self->queue, batch))
        break;
    }
  return NULL;
}

ZsExchangeStream *
zs_exchange_stream_new (ZsExchangeReader *reader)
{
  ZsExchangeStream *self = g_new0 (ZsExchangeStream, 1);

  self->reader = reader;
  self->queue = zs_batch_queue_new (MAX_BATCHES);
  return self;
}

void
zs_exchange_stream_prepare_documents (ZsExchangeStream *self)
{
  g_return_if_fail (self != NULL && self->thread == NULL);

  self->prepare_documents = TRUE;
}

gboolean
zs_exchange_stream_next (ZsExchangeStream  *self,
                         ZsRecord         **record,
                         GError           **error)
{
  Item *item;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (record != NULL && *record == NULL, FALSE);

  if (self->finished)
    return TRUE;
  /* The thread starts with the first record asked for. */
  if (self->thread == NULL)
    self->thread = g_thread_new ("zs-exchange-read", read_ahead, self);

  if (self->batch == NULL || self->position == self->batch->len)
    {
      g_clear_pointer (&self->batch, g_ptr_array_unref);
      self->current = NULL;
      self->batch = zs_batch_queue_pop (self->queue);
      self->position = 0;
    }

  item = g_ptr_array_index (self->batch, self->position++);
  self->current = item;
  if (item->error != NULL)
    {
      self->finished = TRUE;
      g_propagate_error (error, g_steal_pointer (&item->error));
      return FALSE;
    }
  if (item->record == NULL)
    self->finished = TRUE;
  *record = g_steal_pointer (&item->record);
  return TRUE;
}

const char *
zs_exchange_stream_get_ref (ZsExchangeStream *self,
                            guint             field)
{
  g_return_val_if_fail (self->current != NULL, NULL);
  g_return_val_if_fail (field < self->current->n_refs, NULL);

  return self->current->refs[field];
}

int
zs_exchange_stream_get_line (ZsExchangeStream *self)
{
  return self->current != NULL ? self->current->line : 0;
}

ZsExchangeReader *
zs_exchange_stream_get_reader (ZsExchangeStream *self)
{
  return self->reader;
}

void
zs_exchange_stream_free (ZsExchangeStream *self)
{
  if (self == NULL)
    return;

  if (self->thread != NULL)
    {
      zs_batch_queue_close (self->queue);
      g_thread_join (self->thread);
    }

  zs_batch_queue_free (self->queue);
  g_clear_pointer (&self->batch, g_ptr_array_unref);
  zs_exchange_reader_free (self->reader);
  g_free (self);
}
