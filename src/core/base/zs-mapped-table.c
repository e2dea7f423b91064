/* zs-mapped-table.c — a large table in memory of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * glibc's malloc() maps a large block of its own only while the block is
 * above a threshold that rises to the size of each mapped block freed. An
 * import's file index grows by doubling, freeing each table it outgrows,
 * so the next tables of a few MiB went into the heap among the records
 * read meanwhile, and the heap stayed as large as they had made it: the
 * preview of 100,000 projects peaked at 91 MB with the memory of rows
 * allocated there, and at 79 MB with it mapped on its own.
 */
#include "config.h"

#include "zs-mapped-table.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

gpointer
zs_mapped_table_new0 (gsize size)
{
#ifdef G_OS_UNIX
  gpointer table;

  if (size == 0)
    return NULL;
  /* Anonymous pages are zeros, and take memory only once written. */
  table = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (table == MAP_FAILED)
    g_error ("%s: failed to map %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
  return table;
#else
  return g_malloc0 (size);
#endif
}

void
zs_mapped_table_free (gpointer table,
                      gsize    size)
{
  if (table == NULL)
    return;
#ifdef G_OS_UNIX
  munmap (table, size);
#else
  g_free (table);
#endif
}
