/* zs-ui-util.h — small helpers several widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

/* Scrolls a list or column view back to its first row, when it has rows
 * and is on screen (before that, GTK has nothing to scroll). */
void zs_scroll_to_top (GtkWidget  *scrollable,
                       GListModel *model);

/* Shows @stack's child @name and hides the others, not only unmaps them:
 * GTK keeps the styles of a stack's other children up to date, and a style
 * change high in the window walked every page and view built (each other
 * jump through the leads table took twice as long with the partners page
 * built beside it). The stack switches at once: a transition draws the
 * child it leaves, which this hides. */
void zs_stack_show_only (GtkStack   *stack,
                         const char *name);

/* Disposes a widget's template and unparents its remaining children: a
 * template's top box has no id, so gtk_widget_dispose_template() keeps it. */
void zs_widget_dispose_template (GtkWidget *widget,
                                 GType      widget_type);
/* Unparents every child: for widgets that parent their children themselves. */
void zs_widget_unparent_children (GtkWidget *widget);

/* GTK 4.8 cannot say which column a column view is sorted by (that came in
 * 4.10). Give column @index the sorter zs_probe_sorter_new() makes; then,
 * when the view's sorter changes, zs_column_view_get_sorting() asks it:
 * the column sorted by, or -1 for none. */
GtkSorter *zs_probe_sorter_new         (guint          index);
int        zs_column_view_get_sorting  (GtkColumnView *view,
                                        gboolean      *descending);

/* A row of a list in a detail page: title and subtitle (plain text), and a
 * "go on" arrow when @activatable. */
GtkWidget *zs_list_row_new             (const char    *title,
                                        const char    *subtitle,
                                        gboolean       activatable);
/* A single selection over @model (taken) with nothing selected, not even
 * the first row, until the user picks one. */
GtkSelectionModel *zs_selection_new    (GListModel    *model);
/* Takes the rows of @rows out of their preferences groups and empties it. */
void       zs_remove_rows              (GPtrArray     *rows);
/* "a · b · c" of the @n parts that are set and not empty. */
char      *zs_join_parts               (const char * const *parts,
                                        guint               n);

/* A figure in a card: a large number over its caption, appended to @box;
 * returns the label that shows the number. */
GtkLabel  *zs_figure_add               (GtkBox             *box,
                                        const char         *caption);

/* A new GtkFileFilter for @pattern, named @name. */
GtkFileFilter *zs_file_filter_new      (const char    *name,
                                        const char    *pattern);
/* Fills @dropdown with @all (for "any") and the name of every record
 * @query finds; @ids gets 0 and their row ids, position for position, and
 * @kept (if not NULL) the records. Returns the position of @selected_id
 * in the new list, 0 if it is gone. */
guint zs_fill_record_choices (GtkDropDown *dropdown,
                              ZsStore     *store,
                              ZsQuery     *query,
                              const char  *all,
                              gint64       selected_id,
                              GArray      *ids,
                              GPtrArray   *kept);
/* The id at @dropdown's position in @ids, 0 for "any". */
gint64 zs_dropdown_get_record_id (GtkDropDown *dropdown,
                                  GArray      *ids);
/* Fills @dropdown with @first and the labels of @enum_type's values. */
void zs_fill_enum_choices (GtkDropDown *dropdown,
                           GType        enum_type,
                           const char  *first);

/* What a widget asks of the window it is in, by the window's actions:
 * open the page of a saved @record (win.open-record), delete @record with
 * an undo toast (win.delete-record; its page, if on show, goes), show
 * @message in a toast (win.toast). Outside a window nothing happens. */
void zs_open_record   (GtkWidget  *widget,
                       ZsRecord   *record);
void zs_delete_record (GtkWidget  *widget,
                       ZsRecord   *record);
void zs_toast         (GtkWidget  *widget,
                       const char *message);
/* A toast that reports a change, with 撤销 (win.toast-change, which
 * undoes the session's last edit: this one). */
void zs_toast_change  (GtkWidget  *widget,
                       const char *message);

/* Shows @model in @view (a GtkListView or GtkColumnView) without a
 * selection; the view holds the only reference to the selection model
 * (set_model() does not take ours, so passing a new one leaks it). */
void zs_view_show_model (GtkWidget  *view,
                         GListModel *model);

G_END_DECLS
