/* zs-leave-guard.c — asking before a page or dialog with an unsaved value goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A field whose value could not be saved keeps what the clerk typed; going
 * elsewhere would lose it without a word. Back, another page, another
 * record, closing the window or a dialog come through here first.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-leave-guard.h"
#include "zs-record-editor.h"

typedef struct {
  GtkWidget      *root;
  ZsLeaveFunc     proceed;
  gpointer        data;
  GDestroyNotify  destroy;
} Leave;

/* One question at a time: a second way out while it is asked waits. */
static AdwMessageDialog *showing;

static void
leave_free (Leave *leave)
{
  if (leave->destroy != NULL)
    leave->destroy (leave->data);
  g_object_unref (leave->root);
  g_free (leave);
}

static gboolean
proceed_cb (gpointer data)
{
  Leave *leave = data;

  leave->proceed (leave->data);
  return G_SOURCE_REMOVE;
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Leave            *leave)
{
  ZsRecordEditor *editor;

  /* Closing the dialog after a button would answer again. */
  g_signal_handlers_disconnect_by_func (dialog, on_response, leave);
  if (showing == dialog)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &showing);
      showing = NULL;
    }

  if (g_strcmp0 (response, "drop") == 0)
    {
      while ((editor = zs_record_editor_find_invalid (leave->root)) != NULL)
        zs_record_editor_drop_invalid (editor);
      /* Once the question has gone: leaving may close the window it is
       * over. */
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, proceed_cb, leave, (GDestroyNotify) leave_free);
      return;
    }
  if ((editor = zs_record_editor_find_invalid (leave->root)) != NULL)
    zs_record_editor_focus_field (editor, (guint) zs_record_editor_get_invalid_field (editor));

  leave_free (leave);
}

static guint
count_invalid (GtkWidget *widget)
{
  guint n = 0;

  if (ZS_IS_RECORD_EDITOR (widget))
    return zs_record_editor_get_n_invalid (ZS_RECORD_EDITOR (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_invalid (child);
  return n;
}

/* What is wrong, in the words of the field's own message. */
static char *
describe (GtkWidget *root)
{
  ZsRecordEditor *first = zs_record_editor_find_invalid (root);
  const char *what = zs_record_editor_get_error (first, (guint) zs_record_editor_get_invalid_field (first));
  guint n = count_invalid (root);

  if (n <= 1)
    /* TRANSLATORS: %s is what is wrong with the value, naming the field */
    return g_strdup_printf (_("%s\n\nGo back to the field to correct it, or drop what was typed there: the field keeps its saved value."),
                            what);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s\n\n%u more field holds a value that cannot be saved. Go back to correct them, or drop what was typed: the fields keep their saved values.",
                                       "%s\n\n%u more fields hold values that cannot be saved. Go back to correct them, or drop what was typed: the fields keep their saved values.",
                                       n - 1),
                          what, n - 1);
}

gboolean
zs_leave_guard_check (GtkWidget      *root,
                      GtkWindow      *parent,
                      ZsLeaveFunc     proceed,
                      gpointer        data,
                      GDestroyNotify  destroy)
{
  Leave *leave;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  g_return_val_if_fail (root == NULL || GTK_IS_WIDGET (root), TRUE);
  g_return_val_if_fail (proceed != NULL, TRUE);

  if (root == NULL || zs_record_editor_find_invalid (root) == NULL)
    {
      if (destroy != NULL)
        destroy (data);
      return TRUE;
    }

  if (showing != NULL)
    {
      gtk_window_present (GTK_WINDOW (showing));
      if (destroy != NULL)
        destroy (data);
      return FALSE;
    }

  leave = g_new0 (Leave, 1);
  leave->root = g_object_ref (root);
  leave->proceed = proceed;
  leave->data = data;
  leave->destroy = destroy;

  body = describe (root);
  dialog = adw_message_dialog_new (parent, _("A Value Is Not Saved"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "back", _("_Go Back to the Field"),
                                    "drop", _("_Drop the Value"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "drop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "back");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "back");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), leave);
  showing = ADW_MESSAGE_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &showing);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

AdwMessageDialog *
zs_leave_guard_get_dialog (void)
{
  return showing;
}
