/* test-ui-search-entry.c — a search that starts once a word is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * zs_search_entry_connect() on a bare GtkSearchEntry: a word put in whole
 * (what a Chinese input method's commit and a paste do: GtkText inserts
 * the committed string with gtk_editable_insert_text()) is passed on at
 * once, letters one at a time after the entry's pause, and each text once.
 * Then a record chooser, where Enter takes the first record the search
 * found. The board's own case, with real key presses, is in
 * test-ui-board.c.
 */
#include "config.h"

#include <adwaita.h>

#include "zs-record-chooser.h"
#include "zs-search-entry.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"

/* Long enough that nothing the test does by itself takes as long. */
#define PAUSE_MS 400

typedef struct
{
  GtkSearchEntry *entry;
  GPtrArray      *texts;   /* each text passed on, in order */
} Seen;

static void
on_search (gpointer data)
{
  Seen *seen = data;

  g_ptr_array_add (seen->texts, g_strdup (gtk_editable_get_text (GTK_EDITABLE (seen->entry))));
}

static void
insert_at_end (GtkSearchEntry *entry,
               const char     *text)
{
  int position = (int) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);

  gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
}

static void
assert_seen (Seen       *seen,
             guint       n,
             const char *last)
{
  g_assert_cmpuint (seen->texts->len, ==, n);
  if (n > 0)
    g_assert_cmpstr (g_ptr_array_index (seen->texts, n - 1), ==, last);
}

static void
test_word_at_once (void)
{
  Seen seen = { GTK_SEARCH_ENTRY (gtk_search_entry_new ()), g_ptr_array_new_with_free_func (g_free) };

  g_object_ref_sink (seen.entry);
  gtk_search_entry_set_search_delay (seen.entry, PAUSE_MS);
  zs_search_entry_connect (seen.entry, G_CALLBACK (on_search), &seen);

  /* An input method commits 精密: searched before the main loop runs at all. */
  insert_at_end (seen.entry, "精密");
  assert_seen (&seen, 1, "精密");
  /* Its pause goes by without a second search for the same text. */
  zs_test_run_for (PAUSE_MS * 2);
  assert_seen (&seen, 1, "精密");

  /* Letters typed one at a time wait for the pause, and are searched once. */
  insert_at_end (seen.entry, "w");
  insert_at_end (seen.entry, "f");
  assert_seen (&seen, 1, "精密");
  zs_test_run_for (PAUSE_MS / 4);
  assert_seen (&seen, 1, "精密");
  zs_test_run_for (PAUSE_MS * 2);
  assert_seen (&seen, 2, "精密wf");

  /* One Han character from an input method is a word too; so is a paste
   * of letters (more than one at once). */
  insert_at_end (seen.entry, "潍");
  assert_seen (&seen, 3, "精密wf潍");
  insert_at_end (seen.entry, "jk");
  assert_seen (&seen, 4, "精密wf潍jk");

  /* Deleting waits for the pause, as typing letters does. */
  gtk_editable_delete_text (GTK_EDITABLE (seen.entry), 4, -1);
  assert_seen (&seen, 4, "精密wf潍jk");
  zs_test_run_for (PAUSE_MS * 2);
  assert_seen (&seen, 5, "精密wf");

  /* Clearing the entry is searched at once, and only once. */
  gtk_editable_set_text (GTK_EDITABLE (seen.entry), "");
  assert_seen (&seen, 6, "");
  zs_test_run_for (PAUSE_MS * 2);
  assert_seen (&seen, 6, "");

  g_ptr_array_unref (seen.texts);
  g_object_unref (seen.entry);
}

/* Enter right after an input method committed a word chooses the first
 * record the word finds: the list was the unfiltered one until the
 * entry's pause had gone by. */
static void
test_chooser_enter_after_word (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-search-chooser");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chooser = zs_record_chooser_new (store, ZS_TYPE_CHAIN);
  GListModel *choices = zs_record_chooser_get_choices (ZS_RECORD_CHOOSER (chooser));
  GtkWidget *entry;
  g_autoptr(ZsRecord) last = NULL;
  int position = 0;

  gtk_window_set_child (GTK_WINDOW (window), chooser);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_until_mapped (chooser);
  gtk_menu_button_popup (GTK_MENU_BUTTON (zs_test_find_widget (chooser, GTK_TYPE_MENU_BUTTON)));
  zs_test_drain_events ();
  entry = zs_test_find_widget (chooser, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpuint (g_list_model_get_n_items (choices), >, 1);

  /* The last chain of the list, by its whole name. */
  last = g_list_model_get_item (choices, g_list_model_get_n_items (choices) - 1);
  gtk_editable_insert_text (GTK_EDITABLE (entry), zs_record_get_title (last), -1, &position);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (zs_record_chooser_get_id (ZS_RECORD_CHOOSER (chooser)), ==, zs_record_get_id (last));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);
  g_test_add_func ("/ui-search-entry/word-at-once", test_word_at_once);
  g_test_add_func ("/ui-search-entry/chooser-enter-after-word", test_chooser_enter_after_word);
  return g_test_run ();
}
