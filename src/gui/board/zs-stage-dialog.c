/* zs-stage-dialog.c — moving a project to another stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Dragging a card and the "Move to Stage…" menu both end here: the move
 * gets a date (today unless changed) and a note. Moving back needs a
 * reason, terminating needs one from the bureau's list. The button stays
 * off, with the problem written under the fields, until the move is valid.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-stage-conflict.h"
#include "zs-stage-dialog.h"
#include "zs-ui-util.h"

struct _ZsStageDialog
{
  AdwMessageDialog  parent_instance;

  ZsStore          *store;
  ZsProject        *project;
  char             *today;
  char             *problem;
  GStrv             reasons;

  GtkDropDown      *stage_dropdown;
  GtkEntry         *date_entry;
  GtkCalendar      *calendar;
  GtkLabel         *reason_label;
  GtkDropDown      *reason_dropdown;
  GtkEntry         *note_entry;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (ZsStageDialog, zs_stage_dialog, ADW_TYPE_MESSAGE_DIALOG)

static ZsStage
selected_stage (ZsStageDialog *self)
{
  return (ZsStage) gtk_drop_down_get_selected (self->stage_dropdown);
}

static guint
n_reasons (ZsStageDialog *self)
{
  return self->reasons != NULL ? g_strv_length (self->reasons) : 0;
}

static char *
note_text (ZsStageDialog *self)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));

  if (selected_stage (self) == ZS_STAGE_TERMINATED &&
      gtk_drop_down_get_selected (self->reason_dropdown) < n_reasons (self))
    {
      const char *reason = self->reasons[gtk_drop_down_get_selected (self->reason_dropdown)];

      /* TRANSLATORS: termination reason, then the clerk's note */
      return *note ? g_strdup_printf (_("%s: %s"), reason, note) : g_strdup (reason);
    }
  return g_steal_pointer (&note);
}

static char *
check (ZsStageDialog *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  ZsStage from = zs_record_get_enum (r, ZS_PROJECT_STAGE);
  ZsStage to = selected_stage (self);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  const char *since = zs_record_get_string (r, ZS_PROJECT_STAGE_SINCE);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));

  if (to == from)
    return g_strdup_printf (_("The project is already at “%s”. Choose another stage."), zs_stage_get_label (to));
  if (!zs_date_is_valid (date))
    return g_strdup (_("Enter the date as YYYY-MM-DD, for example 2024-08-27."));
  if (zs_date_compare (date, self->today) > 0)
    return g_strdup (_("The date is in the future. A move is recorded when it has happened."));
  if (zs_date_compare (date, since) < 0)
    {
      g_autofree char *when = zs_format_date (since);

      return g_strdup_printf (_("The date must not be earlier than %s, when the project entered “%s”."),
                              when, zs_stage_get_label (from));
    }
  if (zs_stage_is_backwards (from, to) && *note == '\0')
    return g_strdup (_("Moving back to an earlier stage needs a reason: write it as the note."));
  if (to == ZS_STAGE_TERMINATED && n_reasons (self) == 0 && *note == '\0')
    return g_strdup (_("Terminating needs a reason: write it as the note."));
  return NULL;
}

static void
on_input_changed (ZsStageDialog *self)
{
  ZsStage from, to;
  gboolean terminating;
  g_autofree char *body = NULL;

  /* Building the template sets the drop-downs before there is a project. */
  if (self->project == NULL)
    return;

  from = zs_record_get_enum (ZS_RECORD (self->project), ZS_PROJECT_STAGE);
  to = selected_stage (self);
  terminating = to == ZS_STAGE_TERMINATED;

  g_free (self->problem);
  self->problem = check (self);
  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "move", self->problem == NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), terminating);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_dropdown), terminating);
  gtk_entry_set_placeholder_text (self->note_entry,
                                  zs_stage_is_backwards (from, to) ? _("Why it moves back (required)")
                                                                   : _("Optional"));

  body = g_strdup_printf (_("From “%s” to “%s”."), zs_stage_get_label (from), zs_stage_get_label (to));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
on_day_selected (ZsStageDialog *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), iso);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (self->calendar), GTK_TYPE_POPOVER)));
}

static void
on_note_activate (ZsStageDialog *self)
{
  if (self->problem == NULL)
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "move");
}

static void
zs_stage_dialog_response (AdwMessageDialog *dialog,
                          const char       *response)
{
  ZsStageDialog *self = ZS_STAGE_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  /* The move button is enabled only without a problem. */
  if (g_strcmp0 (response, "move") == 0 && self->problem == NULL)
    {
      g_autofree char *note = note_text (self);

      zs_move_project (parent, self->store, self->project, selected_stage (self),
                       gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), *note ? note : NULL);
    }

  if (ADW_MESSAGE_DIALOG_CLASS (zs_stage_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (zs_stage_dialog_parent_class)->response (dialog, response);
}

static void
zs_stage_dialog_dispose (GObject *object)
{
  ZsStageDialog *self = ZS_STAGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_STAGE_DIALOG);
  g_clear_object (&self->project);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_stage_dialog_parent_class)->dispose (object);
}

static void
zs_stage_dialog_finalize (GObject *object)
{
  ZsStageDialog *self = ZS_STAGE_DIALOG (object);

  g_free (self->today);
  g_free (self->problem);
  g_strfreev (self->reasons);

  G_OBJECT_CLASS (zs_stage_dialog_parent_class)->finalize (object);
}

static void
zs_stage_dialog_class_init (ZsStageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = zs_stage_dialog_dispose;
  object_class->finalize = zs_stage_dialog_finalize;
  dialog_class->response = zs_stage_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-stage-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsStageDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_note_activate);
}

static void
zs_stage_dialog_init (ZsStageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsStageDialog *
zs_stage_dialog_new (GtkWindow  *parent,
                     ZsStore    *store,
                     ZsProject  *project,
                     int         target,
                     const char *today)
{
  ZsStageDialog *self;
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reasons = NULL;
  g_autofree char *heading = NULL;
  ZsStage from = zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE);

  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  self = g_object_new (ZS_TYPE_STAGE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->project = g_object_ref (project);
  self->today = g_strdup (today);

  heading = g_strdup_printf (_("Move “%s”"), zs_record_get_title (ZS_RECORD (project)));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  for (guint s = ZS_STAGE_LEAD; s <= ZS_STAGE_TERMINATED; s++)
    gtk_string_list_append (stages, zs_stage_get_label (s));
  gtk_drop_down_set_model (self->stage_dropdown, G_LIST_MODEL (stages));

  self->reasons = zs_settings_get_list (store, ZS_SETTING_TERMINATION_REASONS);
  reasons = gtk_string_list_new ((const char * const *) self->reasons);
  gtk_drop_down_set_model (self->reason_dropdown, G_LIST_MODEL (reasons));

  /* Without a target, offer the next stage. */
  if (target < 0)
    target = from < ZS_STAGE_PRODUCTION ? from + 1 : from == ZS_STAGE_TERMINATED ? ZS_STAGE_LEAD : from;
  zs_stage_dialog_set_values (self, target, today, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stage_dropdown), TRUE);
  return self;
}

const char *
zs_stage_dialog_get_problem (ZsStageDialog *self)
{
  g_return_val_if_fail (ZS_IS_STAGE_DIALOG (self), NULL);
  return self->problem;
}

void
zs_stage_dialog_set_values (ZsStageDialog *self,
                            ZsStage        target,
                            const char    *date,
                            const char    *note)
{
  g_return_if_fail (ZS_IS_STAGE_DIALOG (self));

  gtk_drop_down_set_selected (self->stage_dropdown, target);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note ? note : "");
  on_input_changed (self);
}

gboolean
zs_stage_dialog_apply (ZsStageDialog  *self,
                       GError        **error)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (ZS_IS_STAGE_DIALOG (self), FALSE);

  if (self->problem != NULL)
    {
      g_set_error_literal (error, ZS_ERROR, ZS_ERROR_INVALID, self->problem);
      return FALSE;
    }

  note = note_text (self);
  return zs_project_change_stage (self->store, self->project, selected_stage (self),
                                gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                *note ? note : NULL, error);
}
