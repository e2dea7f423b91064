/* zs-uuid.h — a UUID's text as its 16 bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A UUID's text, 32 hexadecimal digits in either case grouped 8-4-4-4-12
 * by dashes, as 16 bytes, for tables that hold millions of them in memory; FALSE for any
 * other text, a string cut short or one that goes on included. Both cases
 * give the same bytes: what is compared as text must be in one case first
 * (exchange files' UUIDs are lowered as they are read). */
gboolean  zs_uuid_to_bytes (const char *uuid,
                            guint8      bytes[16]);

G_END_DECLS
