/* zs-exchange-queue.c — batches handed from one thread to another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An import parses its file on one thread while another looks the records
 * up and writes them; an export reads rows on one thread while another
 * writes the XML. Between them, a queue of batches of a few dozen items
 * (one lock per batch, not per record) holding at most a few batches, so
 * that memory stays flat however fast one side is. The side that takes
 * may give up early: the side that gives is then told, and stops.
 */
#include "config.h"

#include "zs-exchange-private.h"

struct _ZsBatchQueue
{
  GMutex   lock;
  GCond    cond;
  GQueue   batches;
  guint    max_batches;
  gboolean closed;
};

ZsBatchQueue *
zs_batch_queue_new (guint max_batches)
{
  ZsBatchQueue *self = g_new0 (ZsBatchQueue, 1);

  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  g_queue_init (&self->batches);
  self->max_batches = MAX (max_batches, 1);
  return self;
}

gboolean
zs_batch_queue_push (ZsBatchQueue *self,
                     GPtrArray    *batch)
{
  gboolean taken;

  g_mutex_lock (&self->lock);
  while (!self->closed && self->batches.length >= self->max_batches)
    g_cond_wait (&self->cond, &self->lock);
  taken = !self->closed;
  if (taken)
    {
      g_queue_push_tail (&self->batches, batch);
      g_cond_broadcast (&self->cond);
    }
  g_mutex_unlock (&self->lock);

  if (!taken)
    g_ptr_array_unref (batch);
  return taken;
}

gboolean
zs_batch_queue_is_full (ZsBatchQueue *self)
{
  gboolean full;

  g_mutex_lock (&self->lock);
  full = self->batches.length >= self->max_batches;
  g_mutex_unlock (&self->lock);
  return full;
}

GPtrArray *
zs_batch_queue_pop (ZsBatchQueue *self)
{
  GPtrArray *batch;

  g_mutex_lock (&self->lock);
  while (self->batches.length == 0)
    g_cond_wait (&self->cond, &self->lock);
  batch = g_queue_pop_head (&self->batches);
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
  return batch;
}

void
zs_batch_queue_close (ZsBatchQueue *self)
{
  g_mutex_lock (&self->lock);
  self->closed = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

void
zs_batch_queue_free (ZsBatchQueue *self)
{
  if (self == NULL)
    return;

  g_queue_clear_full (&self->batches, (GDestroyNotify) g_ptr_array_unref);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}
