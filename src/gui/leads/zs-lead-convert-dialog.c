/* zs-lead-convert-dialog.c — turning a lead into a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-lead-convert-dialog.h"

struct _ZsLeadConvertDialog
{
  AdwMessageDialog  parent_instance;

  ZsStore          *store;
  ZsLead           *lead;
  char             *problem;

  GtkDropDown      *stage_dropdown;
  GtkEntry         *date_entry;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (ZsLeadConvertDialog, zs_lead_convert_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CONVERTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The two stages a lead can become. */
static const ZsStage stages[] = { ZS_STAGE_LEAD, ZS_STAGE_NEGOTIATING };

static void
on_input_changed (ZsLeadConvertDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  const char *received;

  if (self->lead == NULL)
    return;

  received = zs_record_get_string (ZS_RECORD (self->lead), ZS_LEAD_RECEIVED_DATE);
  g_clear_pointer (&self->problem, g_free);
  if (!zs_date_is_valid (date))
    self->problem = g_strdup (_("Enter the date as YYYY-MM-DD, for example 2024-08-27."));
  else if (zs_date_compare (date, received) < 0)
    {
      g_autofree char *when = zs_format_date (received);

      self->problem = g_strdup_printf (_("The date must not be earlier than %s, when the lead was received."), when);
    }

  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "convert", self->problem == NULL);
}

static void
zs_lead_convert_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  ZsLeadConvertDialog *self = ZS_LEAD_CONVERT_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "convert") == 0 && self->problem == NULL)
    {
      g_autoptr(GError) error = NULL;
      guint position = gtk_drop_down_get_selected (self->stage_dropdown);
      g_autoptr(ZsProject) project = zs_lead_convert (self->store, self->lead,
                                                      stages[MIN (position, G_N_ELEMENTS (stages) - 1)],
                                                      gtk_editable_get_text (GTK_EDITABLE (self->date_entry)),
                                                      &error);

      if (project != NULL)
        g_signal_emit (self, signals[CONVERTED], 0, project);
      else if (parent != NULL)
        gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", error->message);
    }

  if (ADW_MESSAGE_DIALOG_CLASS (zs_lead_convert_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (zs_lead_convert_dialog_parent_class)->response (dialog, response);
}

static void
zs_lead_convert_dialog_dispose (GObject *object)
{
  ZsLeadConvertDialog *self = ZS_LEAD_CONVERT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_LEAD_CONVERT_DIALOG);
  g_clear_object (&self->lead);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_lead_convert_dialog_parent_class)->dispose (object);
}

static void
zs_lead_convert_dialog_finalize (GObject *object)
{
  g_free (ZS_LEAD_CONVERT_DIALOG (object)->problem);

  G_OBJECT_CLASS (zs_lead_convert_dialog_parent_class)->finalize (object);
}

static void
zs_lead_convert_dialog_class_init (ZsLeadConvertDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_lead_convert_dialog_dispose;
  object_class->finalize = zs_lead_convert_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = zs_lead_convert_dialog_response;

  /**
   * ZsLeadConvertDialog::converted:
   * @project: the project made from the lead
   */
  signals[CONVERTED] = g_signal_new ("converted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-lead-convert-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsLeadConvertDialog, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadConvertDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadConvertDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed);
}

static void
zs_lead_convert_dialog_init (ZsLeadConvertDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    gtk_string_list_append (labels, zs_stage_get_label (stages[i]));
  gtk_drop_down_set_model (self->stage_dropdown, G_LIST_MODEL (labels));
  /* A lead worth converting is usually in talks already. */
  gtk_drop_down_set_selected (self->stage_dropdown, 1);
}

ZsLeadConvertDialog *
zs_lead_convert_dialog_new (GtkWindow  *parent,
                            ZsStore    *store,
                            ZsLead     *lead,
                            const char *today)
{
  ZsLeadConvertDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (ZS_IS_LEAD (lead), NULL);

  self = g_object_new (ZS_TYPE_LEAD_CONVERT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->lead = g_object_ref (lead);
  heading = g_strdup_printf (_("Convert “%s” into a Project"), zs_record_get_title (ZS_RECORD (lead)));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  on_input_changed (self);
  return self;
}

void
zs_lead_convert_dialog_set_date (ZsLeadConvertDialog *self,
                                 const char          *date)
{
  g_return_if_fail (ZS_IS_LEAD_CONVERT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
}

void
zs_lead_convert_dialog_set_stage (ZsLeadConvertDialog *self,
                                  ZsStage              stage)
{
  g_return_if_fail (ZS_IS_LEAD_CONVERT_DIALOG (self));
  gtk_drop_down_set_selected (self->stage_dropdown, stage == ZS_STAGE_LEAD ? 0 : 1);
}

const char *
zs_lead_convert_dialog_get_problem (ZsLeadConvertDialog *self)
{
  g_return_val_if_fail (ZS_IS_LEAD_CONVERT_DIALOG (self), NULL);
  return self->problem;
}
