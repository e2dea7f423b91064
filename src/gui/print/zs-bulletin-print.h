/* zs-bulletin-print.h — the monthly bulletin through GTK's printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-bulletin.h"

G_BEGIN_DECLS

/* A print operation for A4 that draws the bulletin. */
GtkPrintOperation *zs_bulletin_new_print_operation (ZsBulletin *self);
/* "Export PDF": zs_bulletin_write_pdf(), as the command line writes it. */
gboolean           zs_bulletin_export_pdf       (ZsBulletin   *self,
                                                 GtkWindow    *parent,
                                                 const char   *path,
                                                 GError      **error);
/* Opens the print dialog; printing goes on after it returns. */
gboolean           zs_bulletin_print            (ZsBulletin   *self,
                                                 GtkWindow    *parent,
                                                 GError      **error);

G_END_DECLS
