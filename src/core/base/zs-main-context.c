/* zs-main-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-main-context.h"

void
zs_main_context_post (GMainContext   *context,
                      GSourceFunc     function,
                      gpointer        data,
                      GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, function, data, notify);
  g_source_set_static_name (source, "[zhaoshang] worker news");
  g_source_attach (source, context);
  g_source_unref (source);
}
