/* test-ui-spares.c — list item children kept for their factory's next rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A search that leaves a few rows makes a GTK 4.8 list view let go of
 * the rest (it keeps up to two hundred), and clearing it makes them again:
 * zs_list_item_set_spare_child() gives the new rows the children of the
 * old ones. First on a plain list view, then on the partners page.
 */
#include "config.h"

#include <adwaita.h>

#include "zs-partner-row.h"
#include "zs-partners-page.h"
#include "zs-spare-children.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

#define MARK "test-made-before-the-search"

static GtkWidget *
make_label (gpointer data)
{
  (*(guint *) data)++;
  return gtk_label_new (NULL);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          guint                    *made)
{
  zs_list_item_set_spare_child (item, GTK_LIST_ITEM_FACTORY (factory), make_label, made);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/* The children of type @type under @widget, counted; with @mark marked,
 * with @marked those marked before counted, with @texts each label's
 * text collected (none twice). */
static guint
visit (GtkWidget  *widget,
       GType       type,
       gboolean    mark,
       guint      *marked,
       GHashTable *texts)
{
  guint n = 0;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      if (mark)
        g_object_set_data (G_OBJECT (widget), MARK, GINT_TO_POINTER (1));
      if (marked != NULL)
        *marked += g_object_get_data (G_OBJECT (widget), MARK) != NULL;
      if (texts != NULL && GTK_IS_LABEL (widget))
        g_assert_true (g_hash_table_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget)))));
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += visit (child, type, mark, marked, texts);
  return n;
}

static void
settle (GtkWidget *window)
{
  for (guint i = 0; i < 3; i++)
    {
      zs_test_drain_events ();
      zs_test_wait_for_frame (window);
    }
}

static void
test_list_view_keeps_children (void)
{
  const char *words[301] = { NULL };
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  GtkStringList *list;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view;
  guint made = 0, before, marked = 0;
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < 300; i++)
    {
      g_ptr_array_add (strings, g_strdup_printf ("第%03u行", i));
      words[i] = g_ptr_array_index (strings, i);
    }
  list = gtk_string_list_new (words);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), &made);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), NULL);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (list))), factory);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 600);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);

  before = visit (view, GTK_TYPE_LABEL, TRUE, NULL, NULL);
  g_assert_cmpuint (before, >, 20);
  g_assert_cmpuint (made, ==, before);

  /* Twice down to three rows and back: no label made after the first. */
  for (guint round = 0; round < 2; round++)
    {
      gtk_string_list_splice (list, 3, 297, NULL);
      settle (window);
      g_assert_cmpuint (visit (view, GTK_TYPE_LABEL, FALSE, NULL, NULL), ==, 3);
      gtk_string_list_splice (list, 3, 0, words + 3);
      settle (window);
    }
  g_hash_table_remove_all (texts);
  g_assert_cmpuint (visit (view, GTK_TYPE_LABEL, FALSE, &marked, texts), ==, before);
  g_assert_cmpuint (marked, ==, before);
  g_assert_cmpuint (made, ==, before);
  g_assert_true (g_hash_table_contains (texts, "第000行"));

  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

/* Each partner row under @widget shows a partner, none twice. */
static void
check_partners (GtkWidget  *widget,
                GHashTable *shown)
{
  if (ZS_IS_PARTNER_ROW (widget))
    {
      ZsPartner *partner = zs_partner_row_get_partner (ZS_PARTNER_ROW (widget));

      g_assert_nonnull (partner);
      g_assert_true (g_hash_table_add (shown, partner));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_partners (child, shown);
}

/* How many partner rows on screen under @widget mark their partner as
 * not contacted for the bureau's cycle, of @on_screen (a row off screen
 * reads its partner when it is shown). */
static guint
count_quiet (GtkWidget *widget,
             guint     *on_screen)
{
  guint n = 0;

  if (ZS_IS_PARTNER_ROW (widget))
    {
      GtkWidget *contact = zs_test_find_label (widget, zs_partner_row_get_contact_text (ZS_PARTNER_ROW (widget)));

      if (!gtk_widget_get_mapped (widget))
        return 0;
      g_assert_nonnull (contact);
      (*on_screen)++;
      return gtk_widget_has_css_class (contact, "warning");
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_quiet (child, on_screen);
  return n;
}

/* The partners page: a search for one partner and back keeps the rows,
 * and each shows its own partner. A kept row follows the bureau's
 * contact cycle when it changes (a row kept the cycle it was made with). */
static void
test_partner_rows_kept (void)
{
  g_autoptr(ZsStore) store = zs_test_open_seeded ("ui-spares-partners");
  ZsWindow *window;
  ZsPartnersPage *page;
  GListModel *model;
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  g_autofree char *today = zs_date_today ();
  g_autofree char *called = zs_date_add_days (today, -40);
  guint before, marked = 0, on_screen = 0, quiet;

  g_assert_true (zs_store_begin (store, NULL));
  g_assert_true (zs_settings_set_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS, 90, NULL));
  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(ZsPartner) partner = g_object_new (ZS_TYPE_PARTNER, NULL);
      g_autoptr(ZsContactLog) log = zs_contact_log_new ();
      g_autofree char *name = g_strdup_printf ("伙伴%02u", i);

      zs_record_set_string (ZS_RECORD (partner), ZS_PARTNER_NAME, name);
      g_assert_true (zs_store_save (store, ZS_RECORD (partner), NULL));
      /* Called 40 days ago: within a 90-day cycle, not a 30-day one. */
      zs_record_set_int (ZS_RECORD (log), ZS_CONTACT_LOG_PARTNER_ID, zs_record_get_id (ZS_RECORD (partner)));
      zs_record_set_string (ZS_RECORD (log), ZS_CONTACT_LOG_DATE, called);
      g_assert_true (zs_store_save (store, ZS_RECORD (log), NULL));
    }
  g_assert_true (zs_store_commit (store, NULL));
  window = zs_test_open_window_at (store, "partners");
  page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  model = zs_partners_page_get_model (page);
  settle (GTK_WIDGET (window));
  before = visit (GTK_WIDGET (page), ZS_TYPE_PARTNER_ROW, TRUE, NULL, NULL);
  g_assert_cmpuint (before, >, 20);

  zs_partners_page_set_search (page, "伙伴07");
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (visit (GTK_WIDGET (page), ZS_TYPE_PARTNER_ROW, FALSE, NULL, NULL), ==, 1);

  zs_partners_page_set_search (page, "");
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (visit (GTK_WIDGET (page), ZS_TYPE_PARTNER_ROW, FALSE, &marked, NULL), ==, before);
  g_assert_cmpuint (marked, ==, before);
  check_partners (GTK_WIDGET (page), shown);
  g_assert_cmpuint (g_hash_table_size (shown), ==, before);
  g_assert_cmpuint (count_quiet (GTK_WIDGET (page), &on_screen), ==, 0);
  g_assert_cmpuint (on_screen, >=, 5);

  /* The bureau shortens its cycle to 30 days: every row says so. */
  g_assert_true (zs_settings_set_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS, 30, NULL));
  settle (GTK_WIDGET (window));
  on_screen = 0;
  quiet = count_quiet (GTK_WIDGET (page), &on_screen);
  g_assert_cmpuint (quiet, ==, on_screen);
  g_assert_cmpuint (on_screen, >=, 5);
  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);
  g_test_add_func ("/ui-spares/list-view-keeps-children", test_list_view_keeps_children);
  g_test_add_func ("/ui-spares/partner-rows-kept", test_partner_rows_kept);
  return g_test_run ();
}
