/* zs-search-entry.c — a search that starts once a word is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * GtkSearchEntry waits for a pause in typing before it says the search
 * changed, so that each letter of a word does not start a search of its
 * own. A Chinese input method commits a whole word at once (精密, 潍坊),
 * and a paste brings one too: nothing more is coming, and the pause would
 * only be waited out. Such an insertion is searched for at once; letters
 * typed one by one still wait for the pause. The entry's own
 * "search-changed" still comes after the pause, for the same text: it is
 * passed on only when the text is new, so a page queries once per text.
 */
#include "config.h"

#include "zs-search-entry.h"

#include <string.h>

#define WATCH_KEY "zs-search-entry-watch"

typedef struct
{
  void    (*callback) (gpointer data);
  gpointer  data;
  char     *reported;   /* the text last passed on */
  gboolean  word_in;    /* the insertion under way brought a whole word */
} Watch;

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_free (watch->reported);
  g_free (watch);
}

static void
report (GtkSearchEntry *entry,
        Watch          *watch)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (watch->reported, text) == 0)
    return;
  g_free (watch->reported);
  watch->reported = g_strdup (text);
  watch->callback (watch->data);
}

/* One letter typed is most likely followed by more; anything longer, or
 * a character an input method made, is a word. */
static gboolean
is_whole_word (const char *text,
               int         length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;

  if (g_utf8_strlen (text, end - text) > 1)
    return TRUE;
  for (const char *p = text; p < end; p++)
    if ((guchar) *p >= 0x80)
      return TRUE;
  return FALSE;
}

static void
on_insert_text (GtkEditable *editable,
                const char  *text,
                int          length,
                int         *position,
                Watch       *watch)
{
  watch->word_in = watch->word_in || is_whole_word (text, length);
}

static void
on_changed (GtkSearchEntry *entry,
            Watch          *watch)
{
  gboolean word_in = watch->word_in;

  watch->word_in = FALSE;
  if (word_in)
    report (entry, watch);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   Watch          *watch)
{
  report (entry, watch);
}

void
zs_search_entry_connect (GtkSearchEntry *entry,
                         GCallback       callback,
                         gpointer        data)
{
  Watch *watch;

  g_return_if_fail (GTK_IS_SEARCH_ENTRY (entry));
  g_return_if_fail (g_object_get_data (G_OBJECT (entry), WATCH_KEY) == NULL);

  watch = g_new0 (Watch, 1);
  watch->callback = (void (*) (gpointer)) callback;
  watch->data = data;
  watch->reported = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_object_set_data_full (G_OBJECT (entry), WATCH_KEY, watch, watch_free);

  g_signal_connect (entry, "insert-text", G_CALLBACK (on_insert_text), watch);
  g_signal_connect (entry, "changed", G_CALLBACK (on_changed), watch);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed), watch);
}
