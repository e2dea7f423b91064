/* zs-store-copy.h — a whole database copied into an empty one, on any engines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * 迁移到服务器 and 复制到本地文件: every record with its id, UUID, times
 * and import mark, the change history, the trash and the bureau's settings
 * go from one store to another, read in one consistent view of the source
 * and written in one transaction on the target, then counted on both
 * sides. The target must hold nothing beforehand; on a difference in the
 * counts, an error or a cancel nothing is written. The save rules do not
 * run: the rows are what the rules made.
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

/* One line of the comparison at the end: what was counted, for people
 * ("项目", "修改记录"), on each side. */
typedef struct {
  const char *name;
  gint64      source;
  gint64      target;
} ZsStoreCopyCount;

/* @done of @total rows (records, history entries, trash entries). */
typedef void (*ZsStoreCopyProgress) (guint64   done,
                                     guint64   total,
                                     gpointer  user_data);

/* Copies @source into @target (both open, neither in a transaction).
 * Returns the counts (ZsStoreCopyCount, equal on both sides), or NULL:
 * ZS_ERROR_CONSTRAINT when @target holds records, history or trash
 * already, ZS_ERROR_FAILED when the counts differ, G_IO_ERROR_CANCELLED
 * when @cancellable was. @progress (may be NULL) is called from this
 * thread. */
GArray      *zs_store_copy                (ZsStore             *source,
                                           ZsStore             *target,
                                           GCancellable        *cancellable,
                                           ZsStoreCopyProgress  progress,
                                           gpointer             progress_data,
                                           GError             **error);

/* The same in a worker thread, on its own connections to @source (opened
 * already by this process: zs_store_open_secondary()) and @target (made
 * when there is nothing there: a new SQLite file). @progress is called in
 * the thread-default main context of this call, never after @callback;
 * @progress_destroy frees @progress_data after the last call. */
void         zs_store_copy_async          (const char          *source,
                                           const char          *target,
                                           GCancellable        *cancellable,
                                           ZsStoreCopyProgress  progress,
                                           gpointer             progress_data,
                                           GDestroyNotify       progress_destroy,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GArray      *zs_store_copy_finish         (GAsyncResult        *result,
                                           GError             **error);

/* "项目 128 = 128\n…", a line per count. */
char        *zs_store_copy_format_counts  (GArray              *counts);

G_END_DECLS
