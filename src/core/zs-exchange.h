/* zs-exchange.h — the XML exchange format (urn:zhaoshang:exchange:1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The one part of the core that uses libxml2. The same format carries the
 * industry catalogue, the demo data and exports to other departments.
 */
#pragma once

#include <gio/gio.h>

#include "zs-store.h"

G_BEGIN_DECLS

#define ZS_EXCHANGE_NAMESPACE "urn:zhaoshang:exchange:1"
#define ZS_EXCHANGE_FORMAT_VERSION "1"

typedef struct {
  /* Move every date so that the file's reference-date becomes today: demo
   * data stays "this month" whenever it is loaded. */
  gboolean rebase_dates;
} ZsImportOptions;

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
} ZsImportSummary;

/* Merges the records of @bytes into @store in one transaction: new UUIDs are
 * added, known ones updated when the file's copy is newer. On error nothing
 * is changed and the message names the line. */
gboolean zs_exchange_import (ZsStore               *store,
                             GBytes                *bytes,
                             const char            *source_name,
                             const ZsImportOptions *options,
                             ZsImportSummary       *summary,
                             GError               **error);

/* Writes every record of @store to @path; @office names the sender. */
gboolean zs_exchange_export (ZsStore     *store,
                             const char  *path,
                             const char  *office,
                             GError     **error);

G_END_DECLS
