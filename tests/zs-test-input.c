/* zs-test-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * libXtst is opened at run time: its development files are not a build
 * dependency, and a machine without it skips the tests that need it.
 */
#include "config.h"

#include <dlfcn.h>
#include <gdk/x11/gdkx.h>
#include <X11/Xlib.h>
#include <X11/keysym.h>

#include "zs-test-input.h"
#include "zs-test-ui-util.h"

typedef int (*FakeKeyFunc)    (Display *, unsigned int, Bool, unsigned long);
typedef int (*FakeButtonFunc) (Display *, unsigned int, Bool, unsigned long);
typedef int (*FakeMotionFunc) (Display *, int, int, int, unsigned long);

static Display        *display;
static FakeKeyFunc     fake_key;
static FakeButtonFunc  fake_button;
static FakeMotionFunc  fake_motion;

void
zs_test_settle (guint ms)
{
  if (display != NULL)
    XSync (display, False);
  zs_test_run_for (ms);
}

gboolean
zs_test_input_available (GtkWidget *window)
{
  GdkDisplay *gdk_display = gtk_widget_get_display (window);
  GdkSurface *surface;
  void *xtst;

  if (!GDK_IS_X11_DISPLAY (gdk_display))
    return FALSE;
  if (fake_key == NULL)
    {
      xtst = dlopen ("libXtst.so.6", RTLD_NOW | RTLD_GLOBAL);
      if (xtst == NULL)
        return FALSE;
      fake_key = (FakeKeyFunc) dlsym (xtst, "XTestFakeKeyEvent");
      fake_button = (FakeButtonFunc) dlsym (xtst, "XTestFakeButtonEvent");
      fake_motion = (FakeMotionFunc) dlsym (xtst, "XTestFakeMotionEvent");
      if (fake_key == NULL || fake_button == NULL || fake_motion == NULL)
        return FALSE;
    }
  display = gdk_x11_display_get_xdisplay (gdk_display);

  /* No window manager under Xvfb: the test gives the window the focus. */
  surface = gtk_native_get_surface (gtk_widget_get_native (window));
  XRaiseWindow (display, gdk_x11_surface_get_xid (surface));
  XSetInputFocus (display, gdk_x11_surface_get_xid (surface), RevertToPointerRoot, CurrentTime);
  for (guint i = 0; i < 50 && !gtk_window_is_active (GTK_WINDOW (window)); i++)
    zs_test_settle (20);
  return gtk_window_is_active (GTK_WINDOW (window));
}

/* @widget's (@x, @y) on the screen. */
static void
to_root (GtkWidget *widget,
         double     x,
         double     y,
         int       *root_x,
         int       *root_y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  graphene_point_t in_native;
  double dx, dy;
  Window child;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &in_native));
  gtk_native_get_surface_transform (native, &dx, &dy);
  XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface), DefaultRootWindow (display),
                         (int) (in_native.x + dx), (int) (in_native.y + dy), root_x, root_y, &child);
}

void
zs_test_pointer_move (GtkWidget *widget,
                      double     x,
                      double     y)
{
  int root_x, root_y;

  g_assert_nonnull (display);
  to_root (widget, x, y, &root_x, &root_y);
  fake_motion (display, -1, root_x, root_y, CurrentTime);
  zs_test_settle (30);
}

void
zs_test_pointer_press (GtkWidget *widget,
                       double     x,
                       double     y)
{
  zs_test_pointer_move (widget, x, y);
  fake_button (display, 1, True, CurrentTime);
  zs_test_settle (30);
}

void
zs_test_pointer_release (void)
{
  g_assert_nonnull (display);
  fake_button (display, 1, False, CurrentTime);
  zs_test_settle (100);
}

void
zs_test_click (GtkWidget *widget)
{
  zs_test_pointer_press (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
  zs_test_pointer_release ();
}

static void
key (KeySym   keysym,
     gboolean down)
{
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpuint (code, !=, 0);
  fake_key (display, code, down, CurrentTime);
}

void
zs_test_press_keys (const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;
  KeySym held[3];
  guint n_held = 0;

  g_assert_nonnull (display);
  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));
  if (mods & GDK_CONTROL_MASK)
    held[n_held++] = XK_Control_L;
  if (mods & GDK_SHIFT_MASK)
    held[n_held++] = XK_Shift_L;
  if (mods & GDK_ALT_MASK)
    held[n_held++] = XK_Alt_L;

  for (guint i = 0; i < n_held; i++)
    key (held[i], TRUE);
  key (gdk_keyval_to_lower (keyval), TRUE);
  key (gdk_keyval_to_lower (keyval), FALSE);
  for (guint i = n_held; i > 0; i--)
    key (held[i - 1], FALSE);
  zs_test_settle (150);
}

void
zs_test_type (const char *text)
{
  g_assert_nonnull (display);
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean upper = g_ascii_isupper (*p);

      g_assert_true (g_ascii_isalnum (*p));
      if (upper)
        key (XK_Shift_L, TRUE);
      key (g_ascii_tolower (*p), TRUE);
      key (g_ascii_tolower (*p), FALSE);
      if (upper)
        key (XK_Shift_L, FALSE);
    }
  zs_test_settle (150);
}
