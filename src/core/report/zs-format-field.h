/* zs-format-field.h — any field of any record as a clerk reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* Any field of any record for reading: enum labels, the names of the
 * records a reference points at, amounts and dates as zs-format.h. "" if
 * unset. */
char *zs_format_field  (ZsStore    *store,
                        ZsRecord   *record,
                        guint       field);

G_END_DECLS
