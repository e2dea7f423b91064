/* zs-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-context.h"
#include "zs-core.h"
#include "zs-export-dialog.h"
#include "zs-import-dialog.h"
#include "zs-sheet-import-dialog.h"
#include "zs-exchange.h"

G_BEGIN_DECLS

#define ZS_TYPE_WINDOW (zs_window_get_type ())
G_DECLARE_FINAL_TYPE (ZsWindow, zs_window, ZS, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). */
ZsWindow   *zs_window_new            (GtkApplication *application,
                                      ZsStore        *store);
ZsStore    *zs_window_get_store      (ZsWindow       *self);
/* The store and the clock every page is given. */
ZsContext  *zs_window_get_context    (ZsWindow       *self);
/* Shows one of the main pages by name ("projects", …). */
gboolean    zs_window_show_page      (ZsWindow       *self,
                                      const char     *name);
const char *zs_window_get_page       (ZsWindow       *self);
/* Names of the main pages, in sidebar order; free with g_strfreev(). */
GStrv       zs_window_list_pages     (ZsWindow       *self);
/* Shows @widget over the current page, or over the current subpage, with a
 * back button that returns to what was on show. */
void        zs_window_show_subpage   (ZsWindow       *self,
                                      GtkWidget      *widget,
                                      const char     *title);
/* Back to the subpage this one was opened from, or to the page. */
void        zs_window_back           (ZsWindow       *self);
void        zs_window_close_subpage  (ZsWindow       *self);
/* The subpage on show, or NULL. */
GtkWidget  *zs_window_get_subpage    (ZsWindow       *self);
/* Shows a project's editor as a subpage (a new project has id 0). */
void        zs_window_open_project   (ZsWindow       *self,
                                      ZsProject      *project);
/* Opens the page of @record as a subpage (over the current one): a chain,
 * enterprise, project, lead, partner, activity or carrier; anything else in
 * a dialog. Pages ask for this with the win.open-record action. */
void        zs_window_open_record    (ZsWindow       *self,
                                      ZsRecord       *record);
/* The board, its filter set to the chain (and nothing else). */
void        zs_window_show_board_for_chain (ZsWindow *self,
                                            gint64    chain_id);
/* The target-enterprise ledger, filtered to @chain_id (0: every chain). */
void        zs_window_show_targets   (ZsWindow       *self,
                                      gint64          chain_id);
void        zs_window_add_toast      (ZsWindow       *self,
                                      const char     *message);
void        zs_window_add_toast_object (ZsWindow     *self,
                                        AdwToast     *toast);
/* Moves @record (and what belongs to it) to the trash, with an undo toast. */
gboolean    zs_window_delete_with_undo (ZsWindow     *self,
                                        ZsRecord     *record);

/* Opens the export dialog; with @projects (the board's current filter),
 * offering exactly those projects, called @description in the file. */
ZsExportDialog *zs_window_export_projects (ZsWindow   *self,
                                           ZsQuery    *projects,
                                           const char *description);
/* Opens the import preview of @file. */
ZsImportDialog *zs_window_import_file     (ZsWindow   *self,
                                           GFile      *file);
/* The same for a catalogue file: anything else in it is refused. */
ZsImportDialog *zs_window_import_catalogue_file (ZsWindow *self,
                                                 GFile    *file);

/* Opens the preview of the spreadsheet at @path for @table (NULL: the
 * table its columns name). */
ZsSheetImportDialog *zs_window_import_sheet (ZsWindow   *self,
                                             const char *path,
                                             const char *table);

/* Undoes or redoes the session's last edit (Ctrl+Z, Ctrl+Shift+Z) and says
 * so in a toast; FALSE when there was none or it could not be done (the
 * toast says why). */
gboolean    zs_window_undo           (ZsWindow       *self);
gboolean    zs_window_redo           (ZsWindow       *self);

G_END_DECLS
