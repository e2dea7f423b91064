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

  GMutex            lock;
  GCond             cond;
  GQueue            batches;    /* of GPtrArray of Item, ready */
  gboolean          stop;       /* the import gave up: stop reading */

  /* The import's side. */
  GPtrArray        *batch;      /* being handed out */
  guint             position;
  Item             *current;    /* the last record handed out */
  gboolean          finished;
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

/* Waits for room; FALSE when the import has stopped listening. */
static gboolean
hand_over (ZsExchangeStream *self,
           GPtrArray        *batch)
{
  gboolean taken;

  g_mutex_lock (&self->lock);
  while (!self->stop && self->batches.length >= MAX_BATCHES)
    g_cond_wait (&self->cond, &self->lock);
  taken = !self->stop;
  if (taken)
    {
      g_queue_push_tail (&self->batches, batch);
      g_cond_broadcast (&self->cond);
    }
  g_mutex_unlock (&self->lock);
  return taken;
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

      if (!hand_over (self, batch))
        {
          g_ptr_array_unref (batch);
          break;
        }
    }
  return NULL;
}

ZsExchangeStream *
zs_exchange_stream_new (ZsExchangeReader *reader)
{
  ZsExchangeStream *self = g_new0 (ZsExchangeStream, 1);

  self->reader = reader;
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  g_queue_init (&self->batches);
  return self;
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
      g_mutex_lock (&self->lock);
      while (self->batches.length == 0)
        g_cond_wait (&self->cond, &self->lock);
      self->batch = g_queue_pop_head (&self->batches);
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
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
      g_mutex_lock (&self->lock);
      self->stop = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->thread);
    }

  g_queue_clear_full (&self->batches, (GDestroyNotify) g_ptr_array_unref);
  g_clear_pointer (&self->batch, g_ptr_array_unref);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  zs_exchange_reader_free (self->reader);
  g_free (self);
}
