/* zs-text.h — text from outside, judged and shown safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @text (UTF-8) shows nothing: NULL, empty, or only white space,
 * control characters and invisible format characters (zero-width spaces
 * and joiners, the byte-order mark, soft hyphens, Hangul fillers). A name
 * made of them is no name. */
gboolean  zs_text_is_blank         (const char *text);

/* @text with every character that would act on a terminal or reorder the
 * line rather than show itself (C0 and C1 controls, DEL, bidirectional
 * overrides) written as <U+009B>, and every byte that is not UTF-8 as
 * <0xFF>; tabs and line breaks stay when @keep_lines. For values read from
 * a file that go into a message. */
char     *zs_text_escape_controls  (const char *text,
                                    gboolean    keep_lines);

G_END_DECLS
