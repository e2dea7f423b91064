/* zs-test-input.h — real pointer and key events for the window tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The X server's XTest extension moves the pointer and presses keys as a
 * clerk would, so a test sees what GTK does with the events: which gesture
 * wins, where the focus is, which shortcut fires. Under Xvfb only; a test
 * calls zs_test_input_available() first and skips without it.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether @window is on an X display with XTest; also gives it the X
 * input focus, so key presses reach it. */
gboolean zs_test_input_available (GtkWidget  *window);
/* The primary button pressed, or released, at (@x, @y) of @widget. */
void     zs_test_pointer_press   (GtkWidget  *widget,
                                  double      x,
                                  double      y);
void     zs_test_pointer_move    (GtkWidget  *widget,
                                  double      x,
                                  double      y);
void     zs_test_pointer_release (void);
/* A primary click in the middle of @widget. */
void     zs_test_click           (GtkWidget  *widget);
/* @accelerator ("<Control><Shift>n") pressed and released. */
void     zs_test_press_keys      (const char *accelerator);
/* @text (ASCII) typed key by key. */
void     zs_test_type            (const char *text);
/* Runs the main loop for @ms milliseconds: the X server's events come
 * back through the socket, not at once. */
void     zs_test_settle          (guint       ms);
/* Runs the main loop until @cond holds, for at most 5 seconds: a loaded
 * machine delivers the events late. The caller then asserts @cond. */
#define ZS_TEST_WAIT_UNTIL(cond) \
  G_STMT_START { \
    for (guint zs_wait_i = 0; zs_wait_i < 250 && !(cond); zs_wait_i++) \
      zs_test_settle (20); \
  } G_STMT_END

G_END_DECLS
