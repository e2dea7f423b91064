/* zs-search-entry.h — a search that starts once a word is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Calls @callback (@data its only argument) with each new text of @entry:
 * at once when a word came in whole (a Chinese input method's commit, a
 * paste: more than one character, or one that is not ASCII), after the
 * entry's search-delay for letters typed one at a time (pinyin, initials,
 * digits), and at once when the entry is cleared. Once per text: the pause
 * that follows a word does not call it again. In place of "search-changed". */
void zs_search_entry_connect (GtkSearchEntry *entry,
                              GCallback       callback,
                              gpointer        data);

G_END_DECLS
