/* zs-sheet-history.c — the history of changes (修改记录) as a 台账
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The whole filtered history, not only the pages the window has read: at
 * 100,000 projects a bureau's history had 1.4 million entries, and a grid
 * holds each as a row of six strings. So a file is written as the entries
 * are read, through the same writer as every 台账; only print and PDF,
 * which lay out pages, take a grid.
 */
#include "config.h"

#include "zs-sheet-history.h"
#include "zs-sheet-writer.h"

#define PAGE_SIZE 2000

enum {
  COLUMN_TIME,
  COLUMN_WHO,
  COLUMN_TYPE,
  COLUMN_TITLE,
  COLUMN_WHAT,
  COLUMN_CHANGE,
  N_COLUMNS
};

static ZsSheetGrid *
history_head (void)
{
  ZsSheetGrid *grid = zs_sheet_grid_new ("修改记录");

  zs_sheet_grid_add_column (grid, "时间", ZS_GRID_CODE, 18, FALSE);
  zs_sheet_grid_add_column (grid, "操作人", ZS_GRID_CODE, 10, FALSE);
  zs_sheet_grid_add_column (grid, "类型", ZS_GRID_CODE, 10, FALSE);
  zs_sheet_grid_add_column (grid, "记录", ZS_GRID_TEXT, 30, FALSE);
  zs_sheet_grid_add_column (grid, "操作", ZS_GRID_TEXT, 20, FALSE);
  zs_sheet_grid_add_column (grid, "变更", ZS_GRID_TEXT, 40, FALSE);
  return grid;
}

/* An entry's row as texts, each to be freed. */
static void
entry_texts (ZsHistoryEntry *e,
             char           *texts[N_COLUMNS])
{
  texts[COLUMN_TIME] = zs_history_entry_describe_time (e);
  texts[COLUMN_WHO] = g_strdup (zs_history_entry_get_who (e));
  texts[COLUMN_TYPE] = g_strdup (zs_history_entry_describe_type (e));
  texts[COLUMN_TITLE] = g_strdup (zs_history_entry_get_title (e));
  texts[COLUMN_WHAT] = g_strdup (zs_history_entry_describe_what (e));
  texts[COLUMN_CHANGE] = NULL;
  if (zs_history_entry_get_action (e) == ZS_HISTORY_EDIT)
    {
      g_autofree char *old_value = zs_history_entry_describe_value (e, FALSE);
      g_autofree char *new_value = zs_history_entry_describe_value (e, TRUE);

      texts[COLUMN_CHANGE] = g_strdup_printf ("%s → %s", old_value, new_value);
    }
  else if (zs_history_entry_get_action (e) == ZS_HISTORY_IMPORT)
    texts[COLUMN_CHANGE] = zs_history_entry_describe_value (e, TRUE);
}

typedef gboolean (*TakeEntry) (ZsHistoryEntry  *entry,
                               gpointer         data,
                               GError         **error);

/* Each entry @filter keeps, newest first, a page at a time; read once,
 * so through the stream's small cache. */
static gboolean
each_entry (ZsStore                *store,
            const ZsHistoryFilter  *filter,
            TakeEntry               take,
            gpointer                data,
            GCancellable           *cancellable,
            GError                **error)
{
  ZsStoreHint hint = zs_store_set_hint (store, ZS_STORE_HINT_STREAM);
  gint64 before = 0;
  gboolean ok = TRUE;

  while (ok)
    {
      g_autoptr(GPtrArray) page = zs_store_history (store, filter, before, PAGE_SIZE, error);

      ok = page != NULL && !g_cancellable_set_error_if_cancelled (cancellable, error);
      for (guint i = 0; ok && i < page->len; i++)
        ok = take (g_ptr_array_index (page, i), data, error);
      if (!ok || page->len < PAGE_SIZE)
        break;
      before = zs_history_entry_get_id (g_ptr_array_index (page, page->len - 1));
    }
  zs_store_set_hint (store, hint);
  return ok;
}

static gboolean
add_to_grid (ZsHistoryEntry  *entry,
             gpointer         data,
             GError         **error)
{
  ZsSheetGrid *grid = data;
  char *texts[N_COLUMNS];

  entry_texts (entry, texts);
  zs_sheet_grid_add_row (grid);
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      zs_sheet_grid_set_text (grid, c, texts[c]);
      g_free (texts[c]);
    }
  return TRUE;
}

ZsSheetGrid *
zs_sheet_history_grid (ZsStore                *store,
                       const ZsHistoryFilter  *filter,
                       GCancellable           *cancellable,
                       GError                **error)
{
  g_autoptr(ZsSheetGrid) grid = history_head ();

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  if (!each_entry (store, filter, add_to_grid, grid, cancellable, error))
    return NULL;
  return g_steal_pointer (&grid);
}

static gboolean
add_to_file (ZsHistoryEntry  *entry,
             gpointer         data,
             GError         **error)
{
  ZsSheetWriter *writer = data;
  ZsGridCell cells[N_COLUMNS] = { { 0 } };
  char *texts[N_COLUMNS];
  gboolean ok;

  entry_texts (entry, texts);
  for (guint c = 0; c < N_COLUMNS; c++)
    cells[c].text = texts[c];
  ok = zs_sheet_writer_add_row (writer, cells, error);
  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (texts[c]);
  return ok;
}

gboolean
zs_sheet_history_write (ZsStore                *store,
                        const ZsHistoryFilter  *filter,
                        const char             *path,
                        ZsSheetFormat           format,
                        guint64                *n_rows,
                        GCancellable           *cancellable,
                        GError                **error)
{
  g_autoptr(ZsSheetGrid) head = history_head ();
  g_autoptr(ZsSheetWriter) writer = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = zs_sheet_writer_new (head, path, format, cancellable, error);
  if (writer == NULL || !each_entry (store, filter, add_to_file, writer, cancellable, error))
    return FALSE;
  return zs_sheet_writer_finish (writer, n_rows, error);
}
