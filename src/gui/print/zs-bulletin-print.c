/* zs-bulletin-print.c — the monthly bulletin through GTK's printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The print dialog lays out and draws the pages zs-bulletin.c makes, on
 * the paper the print system gives; "Export PDF" writes them as the
 * command line does.
 */
#include "config.h"

#include "zs-bulletin-print.h"

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                ZsBulletin        *self)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages = zs_bulletin_paginate (self, pango, gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              ZsBulletin        *self)
{
  zs_bulletin_draw_page (self, gtk_print_context_get_cairo_context (context), (guint) page);
}

GtkPrintOperation *
zs_bulletin_new_print_operation (ZsBulletin *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (ZS_IS_BULLETIN (self), NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The bulletin keeps its own 2 cm margins, the same on paper and in PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, zs_bulletin_get_title (self));
  /* The operation keeps the bulletin until it is finalized, after its
   * handlers are gone. A handler's destroy notify or a watched object must
   * not drop it: when the last reference went while GLib was destroying
   * the operation's handlers (a cancelled print dialog), the bulletin's
   * finalization invalidated the other handlers' closures half-way, and
   * GLib aborted in invalid_closure_notify. */
  g_object_set_data_full (G_OBJECT (operation), "zs-bulletin", g_object_ref (self), g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), self);
  return operation;
}

gboolean
zs_bulletin_export_pdf (ZsBulletin  *self,
                        GtkWindow   *parent,
                        const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), FALSE);

  /* Not the print operation's export, which writes over whatever @path
   * is: the command line's PDF, whole or not at all, and never in place of
   * something that is not a regular file. */
  return zs_bulletin_write_pdf (self, path, error);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               ZsBulletin              *self)
{
  g_autoptr(GError) error = NULL;

  /* Printed: the next bulletin takes the next number. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && !zs_bulletin_remember_issue (self, &error))
    g_warning ("Cannot remember the bulletin's issue number: %s", error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_warning ("Printing the bulletin failed: %s", error != NULL ? error->message : "");
    }
}

gboolean
zs_bulletin_print (ZsBulletin  *self,
                   GtkWindow   *parent,
                   GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (ZS_IS_BULLETIN (self), FALSE);

  operation = zs_bulletin_new_print_operation (self);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* The bulletin lives as long as the operation, which GTK keeps until printing is done. */
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), self);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}
