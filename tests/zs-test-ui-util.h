/* zs-test-ui-util.h — for the programs that drive the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-attachment-list.h"
#include "zs-window.h"

G_BEGIN_DECLS

/* The first widget of @type in @root's tree, depth first, or NULL. */
GtkWidget *zs_test_find_widget     (GtkWidget *root,
                                    GType      type);
/* The record page's own 附件 section (a ZsAttachmentList) under @root,
 * not the files of a reply in its 批示与督办 section, or NULL. */
GtkWidget *zs_test_find_page_attachments (GtkWidget *root);
/* What an attachment list handed to its launcher (the file opened), and
 * how often: zs_attachment_list_set_launcher (list, zs_test_record_launch, &launched). */
typedef struct {
  GFile *file;
  guint  calls;
} ZsTestLaunched;
void       zs_test_record_launch     (GtkWidget *widget,
                                      GFile     *file,
                                      gpointer   launched);
/* Runs the main loop until @list's worker threads are done; fails after 30 s. */
void       zs_test_wait_attachments  (ZsAttachmentList *list);
/* The window's page of @type: pages are built when first shown, so a page
 * not found is looked for by showing the window's pages in turn. Fails
 * the test when no page is of @type. */
gpointer   zs_test_find_page       (ZsWindow  *window,
                                    GType      type);
/* The count on the sidebar row of @page, or NULL when none shows. */
const char *zs_test_sidebar_badge (ZsWindow   *window,
                                   const char *page);
/* @widget as the PNG @name in $ZS_TEST_SCREENSHOTS, when that is set. */
/* The card of the project @id under @widget (the board), or NULL. */
GtkWidget *zs_test_find_card       (GtkWidget  *widget,
                                    gint64      id);
void       zs_test_save_screenshot (GtkWidget  *widget,
                                    const char *name);
/* Whether a label under @root (or @root) reads exactly @text. */
gboolean   zs_test_has_label       (GtkWidget  *root,
                                    const char *text);
/* That label (or card text), or NULL. */
/* The first table cell (ZsSlotLabel) under @root that shows @text; asking
 * makes a cell's text. */
GtkWidget *zs_test_find_cell       (GtkWidget  *root,
                                    const char *text);
/* The colour of the first text @widget draws now, from its own snapshot. */
gboolean   zs_test_drawn_text_color (GtkWidget *widget,
                                     GdkRGBA   *color);
GtkWidget *zs_test_find_label      (GtkWidget  *root,
                                    const char *text);
/* The first button labelled @label (its mnemonic text) under @root, or NULL. */
GtkWidget *zs_test_find_button     (GtkWidget  *root,
                                    const char *label);
/* The first visible toplevel window of @type, or NULL. */
GtkWidget *zs_test_find_toplevel   (GType       type);
/* Runs the main loop until a toplevel of @type is visible (a dialog a
 * click opens, a chooser) and returns it; fails the test, naming @type,
 * after 10 s: on a busy machine a window comes a few iterations late. */
GtkWidget *zs_test_wait_for_toplevel (GType     type);
/* Runs the main loop until no toplevel of @type is visible (a chooser
 * checks its folder in a thread before it closes); fails after 10 s. */
void       zs_test_wait_toplevel_gone (GType    type);
/* Points @chooser (a GtkFileChooser) at @folder and runs the main loop
 * until it is there: the chooser asks for the folder's type in a thread
 * first, and answered before that, it names a file in the folder it had. */
void       zs_test_choose_folder   (GtkWidget  *chooser,
                                    GFile      *folder);
/* Runs the main loop until nothing is pending: layout, mapping, idles. */
void       zs_test_drain_events    (void);
void       zs_test_wait_until_mapped (GtkWidget *widget);
/* AdwApplication loads the style sheet and icons itself; a program that
 * shows a window without one calls this. */
void       zs_test_load_styles     (void);
/* For a window test program's main(): databases in a fresh data folder
 * (not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's icon data), the
 * built translations, libadwaita and the app's styles. */
void       zs_test_ui_init         (int        *argc,
                                    char     ***argv);
/* The main window on @store at @width × @height, shown and mapped. */
ZsWindow  *zs_test_open_window     (ZsStore    *store,
                                    int         width,
                                    int         height);
void       zs_test_close_window    (ZsWindow   *window);
/* The window on an office PC's screen (1366 × 768) showing @page, its
 * events drained. */
ZsWindow  *zs_test_open_window_at  (ZsStore    *store,
                                    const char *page);
/* Fails the test when @root shows text of the program (labels, tooltips,
 * menus) in English: run under LANGUAGE=zh_CN. @where names it. */
void       zs_test_assert_chinese  (GtkWidget  *root,
                                    const char *where);

/* Runs the main loop for @ms milliseconds, whatever it has to do. */
void       zs_test_run_for         (guint       ms);
/* Runs the main loop until @widget's window has painted a frame: what was
 * queued is then laid out and drawn. */
void       zs_test_wait_for_frame  (GtkWidget  *widget);

/* For the benchmark programs: milliseconds since @start (a monotonic
 * time), the main loop run until idle, and one printed figure. */
double     zs_bench_ms_since       (gint64      start);
void       zs_bench_settle         (void);
/* Runs the main loop until idle; the milliseconds since @start. */
double     zs_bench_timed_settle   (gint64      start);
/* Runs the main loop for a few frames' time, then until idle: GDK paints
 * at most one frame per refresh interval, so a step begun just after a
 * frame would wait for the next one, which a clerk's next action, a
 * moment later, does not. Before each timed step. */
void       zs_bench_pause          (void);
void       zs_bench_report         (const char *what,
                                    double      ms);
/* User plus system CPU time of the whole process so far, in ms: on a
 * loaded machine the wall clock counts other programs' turns, this does
 * not. A figure's CPU time is the difference around it. */
double     zs_bench_cpu_ms         (void);
/* A 10 ms timeout at high priority from now until
 * zs_bench_heartbeat_stop(), which says how late it came at worst: how
 * long the window could not have answered a click or a key, whatever kept
 * the main loop busy. */
typedef struct _ZsBenchHeartbeat ZsBenchHeartbeat;
ZsBenchHeartbeat *zs_bench_heartbeat_start (void);
double            zs_bench_heartbeat_stop  (ZsBenchHeartbeat *beat);
/* One figure as wall-clock ms and the process's CPU ms over the same span. */
void       zs_bench_report_cpu     (const char *what,
                                    double      ms,
                                    double      cpu_ms);
/* Jumps through the scrollable @list in 40 steps; prints the mean and the
 * worst time to an idle main loop. */
void       zs_bench_scroll         (GtkWidget  *list,
                                    const char *what);

G_END_DECLS
