/* zs-stage-conflict.c — a stage move refused because someone else changed the project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A stage move writes the project and a stage event together. The field
 * conflict dialog cannot resolve it ("keep mine" would write the stage
 * without its event), so a refused move is asked again as a move: the
 * project has been re-read by the refusal, and moving it anyway starts
 * from what is stored now.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-stage-conflict.h"
#include "zs-ui-util.h"

typedef struct {
  ZsStore   *store;
  ZsProject *project;
  ZsStage    to;
  char      *date;
  char      *note;
} Move;

static void
move_free (gpointer data)
{
  Move *move = data;

  g_object_unref (move->store);
  g_object_unref (move->project);
  g_free (move->date);
  g_free (move->note);
  g_free (move);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          data)
{
  Move *move = data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "move") == 0)
    zs_move_project (parent, move->store, move->project, move->to, move->date, move->note);
}

static void
ask_again (GtkWindow  *parent,
           ZsStore    *store,
           ZsProject  *project,
           ZsStage     to,
           const char *date,
           const char *note)
{
  ZsStoreConflict *conflict = zs_store_take_conflict (store);
  const char *who = conflict != NULL ? zs_store_conflict_get_changed_by (conflict) : NULL;
  const char *when = conflict != NULL ? zs_store_conflict_get_changed_at (conflict) : NULL;
  ZsStage now = zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE);
  g_autofree char *by = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Move *move;

  if (who == NULL)
    who = _("Another user");
  by = when != NULL ? g_strdup_printf (_("%s, %s"), who, when) : g_strdup (who);
  /* TRANSLATORS: who (and when) changed the project, the project, its stage now, the stage asked for */
  body = g_strdup_printf (_("%s changed “%s” after you opened it, so it was not moved. "
                            "It is now at the stage “%s”. Move it to “%s” anyway?"),
                          by, zs_record_get_title (ZS_RECORD (project)),
                          zs_stage_get_label (now), zs_stage_get_label (to));
  g_clear_pointer (&conflict, zs_store_conflict_free);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Changed by Someone Else"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Leave It"), "move", _("_Move Anyway"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* Already there: nothing left to move. */
  adw_message_dialog_set_response_enabled (dialog, "move", now != to);

  move = g_new0 (Move, 1);
  move->store = g_object_ref (store);
  move->project = g_object_ref (project);
  move->to = to;
  move->date = g_strdup (date);
  move->note = g_strdup (note);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), move,
                         (GClosureNotify) (void (*) (void)) move_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
zs_move_project (GtkWindow  *parent,
                 ZsStore    *store,
                 ZsProject  *project,
                 ZsStage     to,
                 const char *date,
                 const char *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_PROJECT (project), FALSE);

  if (!zs_project_change_stage (store, project, to, date, note, &error))
    {
      if (g_error_matches (error, ZS_ERROR, ZS_ERROR_CONFLICT))
        ask_again (parent, store, project, to, date, note);
      else if (parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", error->message);
      return FALSE;
    }
  done = g_strdup_printf (_("“%s” moved to %s"), zs_record_get_title (ZS_RECORD (project)),
                          zs_stage_get_label (to));
  if (parent != NULL)
    zs_toast_change (GTK_WIDGET (parent), done);
  return TRUE;
}
