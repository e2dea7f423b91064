/* zs-test-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "zs-project-card.h"
#include "zs-slot-label.h"
#include "zs-supervision-section.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"

/* The first widget under @root, @root included, depth first, that
 * @matches with @data: the one walk the finders below share. */
static GtkWidget *
find_first (GtkWidget     *root,
            gboolean     (*matches) (GtkWidget *widget, gconstpointer data),
            gconstpointer  data)
{
  if (matches (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first (child, matches, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
zs_test_find_widget (GtkWidget *root,
                     GType      type)
{
  return find_first (root, is_of_type, GSIZE_TO_POINTER (type));
}

GtkWidget *
zs_test_find_page_attachments (GtkWidget *root)
{
  if (ZS_IS_SUPERVISION_SECTION (root))
    return NULL;
  if (ZS_IS_ATTACHMENT_LIST (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = zs_test_find_page_attachments (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
zs_test_record_launch (GtkWidget *widget,
                       GFile     *file,
                       gpointer   user_data)
{
  ZsTestLaunched *launched = user_data;

  g_set_object (&launched->file, file);
  launched->calls++;
}

static gboolean
on_attachments_timeout (gpointer data)
{
  g_error ("attachments still busy after 30 s");
  return G_SOURCE_REMOVE;
}

void
zs_test_wait_attachments (ZsAttachmentList *list)
{
  guint timeout = g_timeout_add_seconds (30, on_attachments_timeout, NULL);

  while (zs_attachment_list_is_busy (list))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  zs_test_drain_events ();
}

gpointer
zs_test_find_page (ZsWindow *window,
                   GType     type)
{
  GtkWidget *found = zs_test_find_widget (GTK_WIDGET (window), type);
  g_auto(GStrv) pages = NULL;

  if (found != NULL)
    return found;
  pages = zs_window_list_pages (window);
  for (guint i = 0; pages[i] != NULL && found == NULL; i++)
    {
      zs_window_show_page (window, pages[i]);
      found = zs_test_find_widget (GTK_WIDGET (window), type);
    }
  g_assert_nonnull (found);
  return found;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
zs_test_find_button (GtkWidget  *root,
                     const char *label)
{
  return find_first (root, is_button_labelled, label);
}

void
zs_test_drain_events (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

GtkWidget *
zs_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }
  return NULL;
}

/* Runs the main loop, without blocking on an empty one, until @done
 * (@data) holds or 10 s (stretched for sanitizers) have passed; whether
 * it holds. A busy machine hands a window or a thread's answer over a
 * few iterations late. */
static gboolean
iterate_until (gboolean (*done) (gpointer data),
               gpointer   data)
{
  gint64 until = g_get_monotonic_time () + zs_test_time_limit_ms (10000) * G_TIME_SPAN_MILLISECOND;

  while (!done (data) && g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2 * G_TIME_SPAN_MILLISECOND);
  zs_test_drain_events ();
  return done (data);
}

typedef struct {
  GType    type;
  gboolean wanted;  /* open, or gone */
} ToplevelWait;

static gboolean
toplevel_as_wanted (gpointer data)
{
  ToplevelWait *wait = data;

  return (zs_test_find_toplevel (wait->type) != NULL) == wait->wanted;
}

GtkWidget *
zs_test_wait_for_toplevel (GType type)
{
  ToplevelWait wait = { type, TRUE };

  if (!iterate_until (toplevel_as_wanted, &wait))
    g_error ("a %s window did not open in 10 s", g_type_name (type));
  return zs_test_find_toplevel (type);
}

void
zs_test_wait_toplevel_gone (GType type)
{
  ToplevelWait wait = { type, FALSE };

  if (!iterate_until (toplevel_as_wanted, &wait))
    g_error ("a %s window is still open after 10 s", g_type_name (type));
}

typedef struct {
  GtkWidget *chooser;
  GFile     *folder;
} FolderWait;

static gboolean
chooser_is_in (gpointer data)
{
  FolderWait *wait = data;
  g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (wait->chooser));

  return current != NULL && g_file_equal (current, wait->folder);
}

void
zs_test_choose_folder (GtkWidget *chooser,
                       GFile     *folder)
{
  FolderWait wait = { chooser, folder };
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  if (!iterate_until (chooser_is_in, &wait))
    g_error ("the chooser did not go to %s in 10 s", g_file_peek_path (folder));
}

void
zs_test_wait_until_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
}

void
zs_test_load_styles (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GdkDisplay *display = gdk_display_get_default ();

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), RESOURCE_BASE "/icons");
}

/* The window tests' data folder: removed as the program exits, and, if it
 * was killed or stopped at a failed assertion, by the next window test. */
static ZsScratch *data_home;

static void
remove_data_home (void)
{
  g_clear_pointer (&data_home, zs_scratch_free);
}

void
zs_test_ui_init (int    *argc,
                 char ***argv)
{
  g_autofree char *locale_dir = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  /* Running tests hold theirs locked; what is left is of dead ones. */
  zs_scratch_clean_stale_in (g_get_tmp_dir (), "zhaoshang-ui");
  data_home = zs_scratch_new_in (g_get_tmp_dir (), "zhaoshang-ui", &error);
  g_assert_no_error (error);
  atexit (remove_data_home);
  g_setenv ("XDG_DATA_HOME", zs_scratch_get_path (data_home), TRUE);
  g_test_init (argc, argv, NULL);

  locale_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  adw_init ();
  zs_test_load_styles ();
}

ZsWindow *
zs_test_open_window (ZsStore *store,
                     int      width,
                     int      height)
{
  ZsWindow *window = zs_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_until_mapped (GTK_WIDGET (window));
  return window;
}

void
zs_test_close_window (ZsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
}

ZsWindow *
zs_test_open_window_at (ZsStore    *store,
                        const char *page)
{
  ZsWindow *window = zs_test_open_window (store, 1366, 768);

  g_assert_true (zs_window_show_page (window, page));
  zs_test_drain_events ();
  return window;
}

/* The widgets that show a record's own text: looked up by name, so this
 * library needs no link to the widgets. */
static gboolean
shows_records (GtkWidget *widget)
{
  static const char * const types[] = { "ZsProjectRow", "ZsProjectCard", "ZsAttentionRow", "ZsCarrierMatchRow", "ZsDueRow" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GType type = g_type_from_name (types[i]);

      if (type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
        return TRUE;
    }
  return FALSE;
}

/* Text the user reads that comes from the program, not from the database. */
static void
collect_interface_text (GtkWidget *widget,
                        GPtrArray *texts)
{
  const char *tooltip;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;
  /* Cards, rows and entries show records, whose names may be in any script. */
  if (shows_records (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_COLUMN_VIEW (widget))
    return;

  if (GTK_IS_LABEL (widget) && !gtk_label_get_selectable (GTK_LABEL (widget)))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  tooltip = gtk_widget_get_tooltip_text (widget);
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

      for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
        {
          g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

          for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
            {
              g_autofree char *label = NULL;

              if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
                g_ptr_array_add (texts, g_steal_pointer (&label));
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_interface_text (child, texts);
}

void
zs_test_assert_chinese (GtkWidget  *root,
                        const char *where)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) english = g_regex_new ("[A-Za-z]{3,}", 0, 0, NULL);
  /* File paths and web addresses are the user's, not text to translate. */
  g_autoptr(GRegex) path = g_regex_new ("(https?:|file:)?/[^\\s]*", 0, 0, NULL);
  /* Names Chinese offices write in Latin letters ("导出 PDF", "Excel 工作簿（.xlsx）"). */
  g_autoptr(GRegex) acronyms = g_regex_new ("\\b(PDF|Excel|CSV|xlsx|xls|csv|pdf)\\b", 0, 0, NULL);
  guint n_chinese = 0;

  collect_interface_text (root, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *without_names = g_regex_replace_literal (acronyms, text, -1, 0, "", 0, NULL);
      g_autofree char *without_paths = g_regex_replace_literal (path, without_names, -1, 0, "", 0, NULL);
      /* The system account's names are the user's too (当前用户: 自动（root）). */
      g_auto(GStrv) split = g_strsplit (without_paths, g_get_user_name (), -1);
      g_autofree char *without_account = g_strjoinv ("", split);

      if (g_regex_match (english, without_account, 0, NULL))
        g_error ("%s shows untranslated text: “%s”", where, text);
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
          {
            n_chinese++;
            break;
          }
    }
  /* The scan saw the interface, not an empty window. */
  g_assert_cmpuint (n_chinese, >, 3);
}

double
zs_bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

void
zs_bench_settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_pause_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
zs_test_run_for (guint ms)
{
  gboolean over = FALSE;

  g_timeout_add (ms, on_pause_over, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
}

void
zs_bench_pause (void)
{
  zs_test_run_for (50);
  zs_bench_settle ();
}

double
zs_bench_timed_settle (gint64 start)
{
  zs_bench_settle ();
  return zs_bench_ms_since (start);
}

void
zs_bench_report (const char *what,
                 double      ms)
{
  g_print ("  %-60s %8.1f ms\n", what, ms);
}

double
zs_bench_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

struct _ZsBenchHeartbeat
{
  gint64 last;
  double worst_ms;
  guint  source;
};

static gboolean
heartbeat_tick (gpointer data)
{
  ZsBenchHeartbeat *beat = data;
  gint64 now = g_get_monotonic_time ();

  beat->worst_ms = MAX (beat->worst_ms, (now - beat->last) / 1000.0 - 10);
  beat->last = now;
  return G_SOURCE_CONTINUE;
}

ZsBenchHeartbeat *
zs_bench_heartbeat_start (void)
{
  ZsBenchHeartbeat *beat = g_new0 (ZsBenchHeartbeat, 1);

  beat->last = g_get_monotonic_time ();
  beat->source = g_timeout_add_full (G_PRIORITY_HIGH, 10, heartbeat_tick, beat, NULL);
  return beat;
}

double
zs_bench_heartbeat_stop (ZsBenchHeartbeat *beat)
{
  double worst = beat->worst_ms;

  g_source_remove (beat->source);
  g_free (beat);
  return worst;
}

void
zs_bench_report_cpu (const char *what,
                     double      ms,
                     double      cpu_ms)
{
  g_autofree char *cpu_what = g_strdup_printf ("%s [CPU]", what);

  g_print ("  %-60s %8.1f ms\n", what, ms);
  g_print ("  %-60s %8.1f ms\n", cpu_what, cpu_ms);
}

static void
on_painted (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

void
zs_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  if (clock == NULL)
    return;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_painted), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

void
zs_bench_scroll (GtkWidget  *list,
                 const char *what)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  double worst = 0, total = 0, worst_cpu = 0, total_cpu = 0;
  guint steps = 40;
  g_autofree char *mean_label = g_strdup_printf ("scroll %s: mean of %u jumps", what, steps);
  g_autofree char *worst_label = g_strdup_printf ("scroll %s: worst jump", what);

  for (guint i = 1; i <= steps; i++)
    {
      double upper = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
      gint64 start;
      double cpu;
      double ms;

      zs_bench_pause ();
      start = g_get_monotonic_time ();
      cpu = zs_bench_cpu_ms ();
      /* Jump through the list as a dragged scrollbar does, until the
       * frame that shows the new rows is painted and the loop is idle. */
      gtk_adjustment_set_value (adjustment, upper * i / steps);
      zs_test_wait_for_frame (list);
      ms = zs_bench_timed_settle (start);
      cpu = zs_bench_cpu_ms () - cpu;
      worst = MAX (worst, ms);
      total += ms;
      worst_cpu = MAX (worst_cpu, cpu);
      total_cpu += cpu;
      /* For finding the one slow jump among the 40. */
      if (g_getenv ("BENCH_EACH_JUMP") != NULL)
        g_print ("    jump %u: %.1f ms, %.1f ms CPU\n", i, ms, cpu);
    }
  /* The wall time is mostly the machine's load; the CPU time is ours. */
  zs_bench_report_cpu (mean_label, total / steps, total_cpu / steps);
  zs_bench_report_cpu (worst_label, worst, worst_cpu);
}

/* The colour of the first text @node draws. */
static gboolean
find_text_color (GskRenderNode *node,
                 GdkRGBA       *color)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      *color = *gsk_text_node_get_color (node);
      return TRUE;
    case GSK_TRANSFORM_NODE:
      return find_text_color (gsk_transform_node_get_child (node), color);
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (find_text_color (gsk_container_node_get_child (node, i), color))
          return TRUE;
      return FALSE;
    default:
      return FALSE;
    }
}

gboolean
zs_test_drawn_text_color (GtkWidget *widget,
                          GdkRGBA   *color)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  gboolean found;

  gtk_widget_snapshot_child (gtk_widget_get_parent (widget), widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  found = find_text_color (node, color);
  gsk_render_node_unref (node);
  return found;
}

static gboolean
is_cell_showing (GtkWidget     *widget,
                 gconstpointer  text)
{
  return ZS_IS_SLOT_LABEL (widget) && g_strcmp0 (zs_slot_label_get_text (ZS_SLOT_LABEL (widget)), text) == 0;
}

GtkWidget *
zs_test_find_cell (GtkWidget  *root,
                   const char *text)
{
  return find_first (root, is_cell_showing, text);
}

gboolean
zs_test_has_label (GtkWidget  *root,
                   const char *text)
{
  return zs_test_find_label (root, text) != NULL;
}

static gboolean
is_label_showing (GtkWidget     *widget,
                  gconstpointer  text)
{
  g_autofree char *shown = NULL;

  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
  /* A board card's text (ZsCardText, by name: this library links no widgets). */
  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "ZsCardText"))
    return FALSE;
  g_object_get (widget, "text", &shown, NULL);
  return g_strcmp0 (shown, text) == 0;
}

GtkWidget *
zs_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return find_first (root, is_label_showing, text);
}

/* @widget as a PNG named @name in $ZS_TEST_SCREENSHOTS, once what is
 * pending has been drawn; nothing when that is unset. */
void
zs_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("ZS_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w, h;

  if (dir == NULL)
    return;
  for (guint round = 0; round < 20; round++)
    {
      zs_test_drain_events ();
      g_usleep (20000);
    }
  paintable = gtk_widget_paintable_new (widget);
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

GtkWidget *
zs_test_find_card (GtkWidget *widget,
                   gint64     id)
{
  ZsProject *project = ZS_IS_PROJECT_CARD (widget) ? zs_project_card_get_project (ZS_PROJECT_CARD (widget)) : NULL;

  if (project != NULL && zs_record_get_id (ZS_RECORD (project)) == id)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = zs_test_find_card (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list box whose rows are named after the pages (pages have rows too). */
static GtkWidget *
find_sidebar (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root))
    for (GtkWidget *row = gtk_widget_get_first_child (root); row; row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (gtk_widget_get_name (row), "board") == 0)
        return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The count on a sidebar row, or NULL when none shows. */
const char *
zs_test_sidebar_badge (ZsWindow   *window,
                       const char *page)
{
  GtkWidget *sidebar = find_sidebar (GTK_WIDGET (window));

  for (GtkWidget *row = gtk_widget_get_first_child (sidebar); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box;

      if (g_strcmp0 (gtk_widget_get_name (row), page) != 0)
        continue;
      box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_has_css_class (child, "sidebar-badge"))
          return gtk_widget_get_visible (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
    }
  return NULL;
}
