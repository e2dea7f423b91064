/* zs-lead-drop-dialog.c — giving up a lead, with a reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-lead-drop-dialog.h"

struct _ZsLeadDropDialog
{
  AdwMessageDialog  parent_instance;

  ZsStore          *store;
  ZsLead           *lead;

  GtkEntry         *reason_entry;
};

G_DEFINE_FINAL_TYPE (ZsLeadDropDialog, zs_lead_drop_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
has_reason (ZsLeadDropDialog *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));

  return *reason != '\0';
}

static void
on_reason_changed (ZsLeadDropDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "drop", has_reason (self));
}

static void
on_reason_activate (ZsLeadDropDialog *self)
{
  if (has_reason (self))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "drop");
}

static void
zs_lead_drop_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  ZsLeadDropDialog *self = ZS_LEAD_DROP_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "drop") == 0 &&
      !zs_lead_drop (self->store, self->lead, gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), &error) &&
      parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", error->message);

  if (ADW_MESSAGE_DIALOG_CLASS (zs_lead_drop_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (zs_lead_drop_dialog_parent_class)->response (dialog, response);
}

static void
zs_lead_drop_dialog_dispose (GObject *object)
{
  ZsLeadDropDialog *self = ZS_LEAD_DROP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_LEAD_DROP_DIALOG);
  g_clear_object (&self->lead);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_lead_drop_dialog_parent_class)->dispose (object);
}

static void
zs_lead_drop_dialog_class_init (ZsLeadDropDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_lead_drop_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = zs_lead_drop_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-lead-drop-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDropDialog, reason_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_activate);
}

static void
zs_lead_drop_dialog_init (ZsLeadDropDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsLeadDropDialog *
zs_lead_drop_dialog_new (GtkWindow *parent,
                         ZsStore   *store,
                         ZsLead    *lead)
{
  ZsLeadDropDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (ZS_IS_LEAD (lead), NULL);

  self = g_object_new (ZS_TYPE_LEAD_DROP_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->lead = g_object_ref (lead);
  heading = g_strdup_printf (_("Drop the Lead “%s”?"), zs_record_get_title (ZS_RECORD (lead)));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  on_reason_changed (self);
  return self;
}

void
zs_lead_drop_dialog_set_reason (ZsLeadDropDialog *self,
                                const char       *reason)
{
  g_return_if_fail (ZS_IS_LEAD_DROP_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason);
}
