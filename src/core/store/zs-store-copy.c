/* zs-store-copy.c — a whole database copied into an empty one, on any engines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Only the backend interface is used, so a copy goes from any engine to
 * any other. Records keep their ids (references are ids), so they are
 * written in the registry's order, a type after those it refers to. The
 * history is written oldest first so that its order by (time, id) is the
 * source's: its pages are read newest first, so the first pass notes where
 * each page starts and the second reads them backwards, in bounded memory.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "zs-error.h"
#include "zs-main-context.h"
#include "zs-records.h"
#include "zs-store-copy.h"
#include "zs-store-private.h"
#include "zs-trash.h"

#define HISTORY_PAGE 1000
#define PROGRESS_EVERY 256

/* Settings about the source file itself, not the bureau's. */
static const char * const not_copied[] = { "backup-last-date" };

typedef struct {
  ZsStore             *source;
  ZsStore             *target;
  ZsStoreBackendClass *from;
  ZsStoreBackendClass *to;
  GCancellable        *cancellable;
  ZsStoreCopyProgress  progress;
  gpointer             progress_data;
  guint64              done;
  guint64              total;
  GArray              *counts;
} Copy;

static void
add_count (Copy       *copy,
           const char *name,
           gint64      source)
{
  ZsStoreCopyCount count = { name, source, -1 };

  g_array_append_val (copy->counts, count);
}

static gboolean
step (Copy     *copy,
      GError  **error)
{
  copy->done++;
  if (copy->done % PROGRESS_EVERY != 0)
    return TRUE;
  if (copy->progress != NULL)
    copy->progress (copy->done, copy->total, copy->progress_data);
  return !g_cancellable_set_error_if_cancelled (copy->cancellable, error);
}

static const char *
type_name (GType type)
{
  return g_dgettext (GETTEXT_PACKAGE, zs_store_record_class (type)->label);
}

/* ---- the target holds nothing ----------------------------------------------- */

static gboolean
check_target_empty (Copy     *copy,
                    GError  **error)
{
  const ZsHistoryFilter all = { G_TYPE_INVALID };
  g_autoptr(GString) held = g_string_new (NULL);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) trash = NULL;
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      gint64 n = copy->to->count_all (copy->target->backend, types[i], error);

      if (n < 0)
        return FALSE;
      if (n > 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, n);

          /* TRANSLATORS: how many records of a type a database holds, in a list: "项目 12" */
          g_string_append_printf (held, _("%s%s %s"), held->len > 0 ? _(", ") : "", type_name (types[i]), number);
        }
    }
  history = copy->to->history_list (copy->target->backend, &all, 0, 1, error);
  if (history == NULL)
    return FALSE;
  if (history->len > 0)
    g_string_append_printf (held, "%s%s", held->len > 0 ? _(", ") : "", _("change history"));
  trash = copy->to->trash_list (copy->target->backend, error);
  if (trash == NULL)
    return FALSE;
  if (trash->len > 0)
    g_string_append_printf (held, "%s%s", held->len > 0 ? _(", ") : "", _("trash"));

  if (held->len == 0)
    return TRUE;
  g_set_error (error, ZS_ERROR, ZS_ERROR_CONSTRAINT,
               _("“%s” is not empty (it holds %s): a database is copied only into an empty one. Nothing was written."),
               zs_store_get_path (copy->target), held->str);
  return FALSE;
}

/* ---- the parts ------------------------------------------------------------------ */

static gboolean
copy_records (Copy     *copy,
              GType     type,
              gint64   *n_marks,
              GError  **error)
{
  g_autoptr(ZsStoreCursor) cursor = NULL;
  g_autoptr(GError) local = NULL;
  ZsRecord *record;

  cursor = zs_store_cursor_new (copy->source, type, FALSE, error);
  if (cursor == NULL)
    return FALSE;
  while ((record = zs_store_cursor_next (cursor, &local)) != NULL)
    {
      g_autofree char *mark = NULL;

      if (!copy->to->write_row (copy->target->backend, record, TRUE, FALSE, error))
        return FALSE;
      mark = copy->from->get_import_mark (copy->source->backend, type, zs_record_get_uuid (record));
      if (mark != NULL)
        {
          if (!copy->to->mark_queue_add (copy->target->backend, type, zs_record_get_uuid (record), mark, error))
            return FALSE;
          (*n_marks)++;
        }
      if (!step (copy, error))
        return FALSE;
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* The before_id of each page of the whole history, newest page first. */
static GArray *
history_pages (ZsStoreBackendClass *ops,
               ZsStoreBackend      *backend,
               gint64              *n_entries,
               GError             **error)
{
  const ZsHistoryFilter all = { G_TYPE_INVALID };
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 before = 0;

  *n_entries = 0;
  for (;;)
    {
      g_autoptr(GPtrArray) page = ops->history_list (backend, &all, before, HISTORY_PAGE, error);

      if (page == NULL)
        return NULL;
      if (page->len == 0)
        break;
      g_array_append_val (starts, before);
      *n_entries += page->len;
      before = zs_history_entry_get_id (g_ptr_array_index (page, page->len - 1));
      if (page->len < HISTORY_PAGE)
        break;
    }
  return g_steal_pointer (&starts);
}

static gboolean
copy_history (Copy     *copy,
              GArray   *starts,
              GError  **error)
{
  const ZsHistoryFilter all = { G_TYPE_INVALID };

  for (guint i = starts->len; i-- > 0;)
    {
      g_autoptr(GPtrArray) page = copy->from->history_list (copy->source->backend, &all,
                                                            g_array_index (starts, gint64, i),
                                                            HISTORY_PAGE, error);

      if (page == NULL)
        return FALSE;
      for (guint j = page->len; j-- > 0;)
        if (!copy->to->history_add (copy->target->backend, g_ptr_array_index (page, j), error) ||
            !step (copy, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
copy_trash (Copy       *copy,
            GPtrArray  *entries,
            GError    **error)
{
  /* Oldest first: the target gives new ids in the same order. */
  for (guint i = entries->len; i-- > 0;)
    {
      ZsTrashEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GBytes) data = copy->from->trash_read (copy->source->backend, zs_trash_entry_get_id (entry), error);

      if (data == NULL ||
          copy->to->trash_add (copy->target->backend, zs_trash_entry_get_record_type_name (entry),
                               zs_trash_entry_get_record_id (entry), zs_trash_entry_get_title (entry),
                               zs_trash_entry_get_deleted_at (entry), zs_trash_entry_get_deleted_by (entry),
                               zs_trash_entry_get_n_records (entry), data, error) == 0 ||
          !step (copy, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_copied_setting (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (not_copied); i++)
    if (g_str_equal (key, not_copied[i]))
      return FALSE;
  return TRUE;
}

/* Copies the settings; returns how many, -1 on error. */
static gint64
copy_settings (Copy        *copy,
               GHashTable  *settings,
               GError     **error)
{
  GHashTableIter iter;
  gpointer key, value;
  gint64 n = 0;

  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (is_copied_setting (key))
      {
        if (!copy->to->set_setting (copy->target->backend, key, value, error))
          return -1;
        n++;
      }
  return n;
}

/* ---- counted on both sides ------------------------------------------------------ */

static gint64
count_history (ZsStoreBackendClass *ops,
               ZsStoreBackend      *backend,
               GError             **error)
{
  gint64 n;
  g_autoptr(GArray) starts = history_pages (ops, backend, &n, error);

  return starts != NULL ? n : -1;
}

static gint64
count_settings (Copy        *copy,
                GHashTable  *settings)
{
  GHashTableIter iter;
  gpointer key, value;
  gint64 n = 0;

  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (is_copied_setting (key))
      {
        g_autofree char *stored = copy->to->get_setting (copy->target->backend, key);

        n += g_strcmp0 (stored, value) == 0;
      }
  return n;
}

/* Fills in the target's side of every count; FALSE when one differs. */
static gboolean
compare_counts (Copy        *copy,
                GHashTable  *settings,
                GError     **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  g_autoptr(GPtrArray) trash = NULL;
  g_autoptr(GString) differ = g_string_new (NULL);
  guint k = 0;

#define TARGET(k) (g_array_index (copy->counts, ZsStoreCopyCount, (k)).target)
  for (guint i = 0; i < n_types; i++, k++)
    if ((TARGET (k) = copy->to->count_all (copy->target->backend, types[i], error)) < 0)
      return FALSE;
  if ((TARGET (k++) = count_history (copy->to, copy->target->backend, error)) < 0)
    return FALSE;
  trash = copy->to->trash_list (copy->target->backend, error);
  if (trash == NULL)
    return FALSE;
  TARGET (k++) = trash->len;
  TARGET (k++) = count_settings (copy, settings);
#undef TARGET

  for (guint i = 0; i < copy->counts->len; i++)
    {
      ZsStoreCopyCount *count = &g_array_index (copy->counts, ZsStoreCopyCount, i);
      g_autofree char *in_source = g_strdup_printf ("%" G_GINT64_FORMAT, count->source);
      g_autofree char *in_target = g_strdup_printf ("%" G_GINT64_FORMAT, count->target);

      if (count->source != count->target)
        /* TRANSLATORS: one count that differs: what, in the source, in the copy */
        g_string_append_printf (differ, _("%s%s: %s in the source, %s in the copy"),
                                differ->len > 0 ? _("; ") : "", count->name, in_source, in_target);
    }
  if (differ->len == 0)
    return TRUE;
  g_set_error (error, ZS_ERROR, ZS_ERROR_FAILED,
               _("The copy in “%s” does not match the source (%s). Nothing was written."),
               zs_store_get_path (copy->target), differ->str);
  return FALSE;
}

/* ---- the copy -------------------------------------------------------------------- */

/* Inside both transactions. */
static gboolean
copy_all (Copy     *copy,
          GError  **error)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  g_autoptr(GHashTable) settings = NULL;
  g_autoptr(GArray) history_starts = NULL;
  g_autoptr(GPtrArray) trash = NULL;
  gint64 n_history, n_marks = 0;

  if (!check_target_empty (copy, error))
    return FALSE;

  settings = copy->from->list_settings (copy->source->backend, error);
  if (settings == NULL)
    return FALSE;
  for (guint i = 0; i < n_types; i++)
    {
      gint64 n = copy->from->count_all (copy->source->backend, types[i], error);

      if (n < 0)
        return FALSE;
      add_count (copy, type_name (types[i]), n);
      copy->total += (guint64) n;
    }
  history_starts = history_pages (copy->from, copy->source->backend, &n_history, error);
  if (history_starts == NULL)
    return FALSE;
  add_count (copy, _("Change history entries"), n_history);
  trash = copy->from->trash_list (copy->source->backend, error);
  if (trash == NULL)
    return FALSE;
  add_count (copy, _("Trash entries"), trash->len);
  copy->total += (guint64) n_history + trash->len;

  if (!zs_store_bulk_begin (copy->target, error) ||
      !copy->to->mark_queue_reset (copy->target->backend, error))
    return FALSE;
  for (guint i = 0; i < n_types; i++)
    if (g_array_index (copy->counts, ZsStoreCopyCount, i).source > 0 &&
        (!zs_store_bulk_defer_indexes (copy->target, types[i], error) ||
         !copy_records (copy, types[i], &n_marks, error)))
      return FALSE;
  if (!copy->to->mark_queue_write (copy->target->backend, error) ||
      !copy_history (copy, history_starts, error) ||
      !copy_trash (copy, trash, error))
    return FALSE;
  {
    gint64 n_settings = copy_settings (copy, settings, error);

    if (n_settings < 0)
      return FALSE;
    add_count (copy, _("Settings"), n_settings);
  }
  if (!zs_store_bulk_end (copy->target, error) ||
      g_cancellable_set_error_if_cancelled (copy->cancellable, error))
    return FALSE;
  g_debug ("Copied %" G_GINT64_FORMAT " import marks", n_marks);
  return compare_counts (copy, settings, error);
}

GArray *
zs_store_copy (ZsStore              *source,
               ZsStore              *target,
               GCancellable         *cancellable,
               ZsStoreCopyProgress   progress,
               gpointer              progress_data,
               GError              **error)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (ZsStoreCopyCount));
  Copy copy = { source, target, source->ops, target->ops, cancellable, progress, progress_data, 0, 0, counts };
  ZsStoreHint source_hint, target_hint;
  gboolean ok;

  g_return_val_if_fail (ZS_IS_STORE (source), NULL);
  g_return_val_if_fail (ZS_IS_STORE (target), NULL);
  g_return_val_if_fail (source->txn_depth == 0 && target->txn_depth == 0, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  source_hint = zs_store_set_hint (source, ZS_STORE_HINT_STREAM);
  target_hint = zs_store_set_hint (target, ZS_STORE_HINT_BULK);
  ok = zs_store_begin_read (source, error);
  if (ok && !zs_store_begin (target, error))
    {
      zs_store_commit (source, NULL);
      ok = FALSE;
    }
  if (ok)
    {
      ok = copy_all (&copy, error) && zs_store_commit (target, error);
      if (!ok && target->txn_depth > 0)
        zs_store_rollback (target);
      /* It only read. */
      zs_store_commit (source, NULL);
    }
  zs_store_set_hint (source, source_hint);
  zs_store_set_hint (target, target_hint);
  if (!ok)
    return NULL;
  if (progress != NULL)
    progress (copy.total, copy.total, progress_data);
  return g_steal_pointer (&counts);
}

char *
zs_store_copy_format_counts (GArray *counts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      ZsStoreCopyCount *count = &g_array_index (counts, ZsStoreCopyCount, i);

      g_autofree char *in_source = g_strdup_printf ("%" G_GINT64_FORMAT, count->source);
      g_autofree char *in_target = g_strdup_printf ("%" G_GINT64_FORMAT, count->target);

      /* TRANSLATORS: one line of a copy's counts: what, in the source, in the copy */
      g_string_append_printf (text, _("%s: %s → %s\n"), count->name, in_source, in_target);
    }
  return g_string_free (text, FALSE);
}

/* ---- in a worker thread ------------------------------------------------------- */

/* Shared by the thread and the caller's context: progress stops once the
 * caller has its result. */
typedef struct {
  gatomicrefcount      ref;
  GMainContext        *context;
  ZsStoreCopyProgress  progress;
  gpointer             data;
  GDestroyNotify       destroy;
  gboolean             finished;    /* the caller's context only */
  gint64               last_post;   /* the thread only */
  GAsyncReadyCallback  callback;
  gpointer             user_data;
  char                *source;
  char                *target;
} Reporter;

static Reporter *
reporter_ref (Reporter *reporter)
{
  g_atomic_ref_count_inc (&reporter->ref);
  return reporter;
}

static void
reporter_unref (Reporter *reporter)
{
  if (!g_atomic_ref_count_dec (&reporter->ref))
    return;
  if (reporter->destroy != NULL)
    reporter->destroy (reporter->data);
  g_main_context_unref (reporter->context);
  g_free (reporter->source);
  g_free (reporter->target);
  g_free (reporter);
}

typedef struct {
  Reporter *reporter;
  guint64   done;
  guint64   total;
} Tick;

static gboolean
deliver_tick (gpointer data)
{
  Tick *tick = data;

  if (!tick->reporter->finished)
    tick->reporter->progress (tick->done, tick->total, tick->reporter->data);
  return G_SOURCE_REMOVE;
}

static void
free_tick (gpointer data)
{
  Tick *tick = data;

  reporter_unref (tick->reporter);
  g_free (tick);
}

/* In the thread: at most ten a second reach the caller. */
static void
post_tick (guint64   done,
           guint64   total,
           gpointer  data)
{
  Reporter *reporter = data;
  gint64 now = g_get_monotonic_time ();
  Tick *tick;

  if (reporter->progress == NULL || (done < total && now - reporter->last_post < G_USEC_PER_SEC / 10))
    return;
  reporter->last_post = now;
  tick = g_new (Tick, 1);
  tick->reporter = reporter_ref (reporter);
  tick->done = done;
  tick->total = total;
  zs_main_context_post (reporter->context, deliver_tick, tick, free_tick);
}

static void
copy_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      data,
                GCancellable *cancellable)
{
  Reporter *reporter = data;
  g_autoptr(ZsStore) source = NULL;
  g_autoptr(ZsStore) target = NULL;
  GError *error = NULL;
  GArray *counts = NULL;

  source = zs_store_open_secondary (reporter->source, &error);
  if (source != NULL)
    target = zs_store_open (reporter->target, &error);
  if (target != NULL)
    counts = zs_store_copy (source, target, cancellable, post_tick, reporter, &error);
  if (counts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, counts, (GDestroyNotify) g_array_unref);
}

static void
on_copied (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  Reporter *reporter = g_task_get_task_data (G_TASK (result));

  reporter->finished = TRUE;
  reporter->callback (object, result, reporter->user_data);
}

void
zs_store_copy_async (const char          *source,
                     const char          *target,
                     GCancellable        *cancellable,
                     ZsStoreCopyProgress  progress,
                     gpointer             progress_data,
                     GDestroyNotify       progress_destroy,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Reporter *reporter = g_new0 (Reporter, 1);

  g_return_if_fail (source != NULL && target != NULL);

  g_atomic_ref_count_init (&reporter->ref);
  reporter->context = g_main_context_ref_thread_default ();
  reporter->progress = progress;
  reporter->data = progress_data;
  reporter->destroy = progress_destroy;
  reporter->callback = callback;
  reporter->user_data = user_data;
  reporter->source = g_strdup (source);
  reporter->target = g_strdup (target);

  task = g_task_new (NULL, cancellable, on_copied, NULL);
  g_task_set_source_tag (task, zs_store_copy_async);
  g_task_set_task_data (task, reporter, (GDestroyNotify) reporter_unref);
  g_task_run_in_thread (task, copy_in_thread);
}

GArray *
zs_store_copy_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zs_store_copy_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
