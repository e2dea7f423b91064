/* zs-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PREFERENCES_WINDOW (zs_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (ZsPreferencesWindow, zs_preferences_window, ZS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The bureau's settings, kept in the database: grade and stale thresholds,
 * lead deadlines, termination reasons, the office's name, backups. */
GtkWidget *zs_preferences_window_new (GtkWindow *parent,
                                      ZsStore   *store);
/* Sets a number as typing it would (for tests); returns the error shown, or NULL. */
const char *zs_preferences_window_set_number (ZsPreferencesWindow *self,
                                              const char          *key,
                                              int                  value);
/* Chooses the current user as the 当前用户 row would (NULL: automatic);
 * FALSE if @name is not a person in service. For tests. */
gboolean    zs_preferences_window_choose_person (ZsPreferencesWindow *self,
                                                 const char          *name);

G_END_DECLS
