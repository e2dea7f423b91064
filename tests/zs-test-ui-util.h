/* zs-test-ui-util.h — for the programs that drive the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The first widget of @type in @root's tree, depth first, or NULL. */
GtkWidget *zs_test_find_widget     (GtkWidget *root,
                                    GType      type);
/* Runs the main loop until nothing is pending: layout, mapping, idles. */
void       zs_test_drain_events    (void);
void       zs_test_wait_until_mapped (GtkWidget *widget);
/* AdwApplication loads the style sheet and icons itself; a program that
 * shows a window without one calls this. */
void       zs_test_load_styles     (void);
/* Fails the test when @root shows interface text that is not Chinese (three
 * Latin letters in a row; file paths and "PDF" aside); @where names it. */
void       zs_test_assert_chinese  (GtkWidget  *root,
                                    const char *where);

G_END_DECLS
