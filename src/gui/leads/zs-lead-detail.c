/* zs-lead-detail.c — one lead: its fields, deadlines and next step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The fields are a ZsRecordEditor; the status changes only through the
 * step buttons (answered, assessed, follow up, reported back, convert,
 * drop), which keep the dates the deadlines are checked against. A company
 * already in the database as a project's investor, a lead's company or an
 * enterprise is pointed out, so the same investment is not counted twice.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-conflict-dialog.h"
#include "zs-lead-convert-dialog.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-lead-detail.h"
#include "zs-lead-drop-dialog.h"
#include "zs-supervision-section.h"
#include "zs-ui-util.h"

struct _ZsLeadDetail
{
  ZsPage               parent_instance;

  ZsLead              *lead;        /* the page's record */
  char                *received;    /* the received date the deadlines were set from */
  char                *warning;
  ZsProject           *project;
  ZsActivity          *activity;    /* the activity the lead came out of */
  ZsRecordEditor      *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;
  ZsSupervisionSection *supervision_section;

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  GtkLabel            *deadline_label;
  GtkButton           *respond_button;
  GtkButton           *assess_button;
  GtkButton           *follow_button;
  GtkButton           *feedback_button;
  GtkButton           *drop_button;
  GtkButton           *reopen_button;
  GtkButton           *convert_button;
  AdwPreferencesGroup *advice_group;
  AdwActionRow        *warning_row;
  AdwActionRow        *reason_row;
  AdwActionRow        *activity_row;
  AdwActionRow        *project_row;
  AdwBin              *editor_bin;
};

G_DEFINE_FINAL_TYPE (ZsLeadDetail, zs_lead_detail, ZS_TYPE_PAGE)

static const guint lead_fields[] = {
  ZS_LEAD_NAME, ZS_LEAD_COMPANY, ZS_LEAD_PARTNER_ID, ZS_LEAD_RECEIVED_DATE, ZS_LEAD_CHAIN_ID,
  ZS_LEAD_ESTIMATED_INVESTMENT, ZS_LEAD_DESCRIPTION,
};
static const guint follow_fields[] = {
  ZS_LEAD_UNIT_ID, ZS_LEAD_PERSON_ID, ZS_LEAD_ENTERPRISE_ID,
};
static const guint deadline_fields[] = {
  ZS_LEAD_RESPOND_DUE, ZS_LEAD_RESPONDED_DATE, ZS_LEAD_ASSESS_DUE, ZS_LEAD_ASSESSED_DATE,
  ZS_LEAD_FEEDBACK_DUE, ZS_LEAD_FED_BACK_DATE,
};
static const ZsEditorGroup lead_groups[] = {
  { N_("Lead"), lead_fields, G_N_ELEMENTS (lead_fields) },
  { N_("Who Follows It Up"), follow_fields, G_N_ELEMENTS (follow_fields) },
  { N_("Deadlines"), deadline_fields, G_N_ELEMENTS (deadline_fields) },
};

static ZsStore *
store_of (ZsLeadDetail *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static const char *
today_of (ZsLeadDetail *self)
{
  return zs_page_get_today (ZS_PAGE (self));
}

static gboolean
is_saved (ZsLeadDetail *self)
{
  return zs_record_get_id (ZS_RECORD (self->lead)) != 0;
}

static void
toast (ZsLeadDetail *self,
       const char   *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

/* ---- what the page shows ------------------------------------------------------------ */

static void
update_header (ZsLeadDetail *self)
{
  ZsRecord *r = ZS_RECORD (self->lead);
  const char *name = zs_record_get_string (r, ZS_LEAD_NAME);
  g_autofree char *partner = zs_format_field (store_of (self), r, ZS_LEAD_PARTNER_ID);
  g_autofree char *referrer = *partner ? g_strdup_printf (_("referred by %s"), partner) : NULL;
  g_autofree char *received_date = zs_format_date (zs_record_get_string (r, ZS_LEAD_RECEIVED_DATE));
  g_autofree char *received = g_strdup_printf (_("received %s"), received_date);
  g_autofree char *deadline = zs_lead_describe_deadline (self->lead, today_of (self));
  g_autofree char *summary = NULL;
  const char *parts[3];

  gtk_label_set_text (self->name_label, name != NULL ? name : _("New Lead"));
  parts[0] = zs_enum_get_label (ZS_TYPE_LEAD_STATUS, zs_record_get_enum (r, ZS_LEAD_STATUS));
  parts[1] = referrer;
  parts[2] = received;
  summary = zs_join_parts (parts, G_N_ELEMENTS (parts));
  gtk_label_set_text (self->summary_label, is_saved (self) ? summary
                                                           : _("Give the lead a name to save it; the deadlines count from the day it was received."));

  gtk_label_set_text (self->deadline_label, deadline != NULL ? deadline : "");
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), deadline != NULL && is_saved (self));
  if (zs_lead_get_overdue (self->lead, today_of (self)) != ZS_LEAD_DEADLINE_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
}

static void
update_steps (ZsLeadDetail *self)
{
  ZsRecord *r = ZS_RECORD (self->lead);
  ZsLeadStatus status = zs_record_get_enum (r, ZS_LEAD_STATUS);
  gboolean open = is_saved (self) && zs_lead_status_is_open (status);
  ZsLeadDeadlines pending = zs_lead_get_pending (self->lead);

  gtk_widget_set_visible (GTK_WIDGET (self->respond_button),
                          open && status == ZS_LEAD_NEW && zs_record_get_string (r, ZS_LEAD_RESPONDED_DATE) == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->assess_button), open && status == ZS_LEAD_NEW);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_button), open && status != ZS_LEAD_FOLLOWING);
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_button),
                          is_saved (self) && ((pending & ZS_LEAD_DEADLINE_FEEDBACK) != 0 ||
                                              (!open && zs_record_get_string (r, ZS_LEAD_FED_BACK_DATE) == NULL)));
  gtk_widget_set_visible (GTK_WIDGET (self->drop_button), open);
  gtk_widget_set_visible (GTK_WIDGET (self->convert_button), open);
  gtk_widget_set_visible (GTK_WIDGET (self->reopen_button), is_saved (self) && status == ZS_LEAD_DROPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lead.delete", is_saved (self));
}

static void
update_advice (ZsLeadDetail *self)
{
  ZsRecord *r = ZS_RECORD (self->lead);
  g_autoptr(GPtrArray) same = NULL;
  const char *reason = zs_record_get_string (r, ZS_LEAD_DROP_REASON);
  gboolean dropped = zs_record_get_enum (r, ZS_LEAD_STATUS) == ZS_LEAD_DROPPED;

  g_clear_pointer (&self->warning, g_free);
  same = zs_investor_find_same (store_of (self), zs_record_get_string (r, ZS_LEAD_COMPANY), r, NULL);
  if (same != NULL)
    self->warning = zs_investor_describe_same (store_of (self), same);
  if (self->warning != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (self->warning, -1);

      adw_action_row_set_subtitle (self->warning_row, escaped);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), self->warning != NULL);

  if (reason != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (reason, -1);

      adw_action_row_set_subtitle (self->reason_row, escaped);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), dropped && reason != NULL);

  g_clear_object (&self->project);
  self->project = zs_lead_get_project (store_of (self), self->lead);
  if (self->project != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (zs_record_get_title (ZS_RECORD (self->project)), -1);

      adw_action_row_set_subtitle (self->project_row, escaped);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->project_row), self->project != NULL);

  g_clear_object (&self->activity);
  {
    gint64 activity = zs_lead_get_source_activity (store_of (self), self->lead);

    if (activity != 0)
      self->activity = zs_store_load (store_of (self), ZS_TYPE_ACTIVITY, activity, NULL);
  }
  if (self->activity != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (zs_record_get_title (ZS_RECORD (self->activity)), -1);

      adw_action_row_set_subtitle (self->activity_row, escaped);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->activity_row), self->activity != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->advice_group),
                          self->warning != NULL || (dropped && reason != NULL) || self->project != NULL ||
                          self->activity != NULL);
}

static void
update_all (ZsLeadDetail *self)
{
  update_header (self);
  update_steps (self);
  update_advice (self);
}

static void
on_changed (ZsLeadDetail *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

/* A corrected received date moves the deadlines with it. */
static void
on_saved (ZsLeadDetail *self)
{
  const char *received = zs_record_get_string (ZS_RECORD (self->lead), ZS_LEAD_RECEIVED_DATE);

  if (g_strcmp0 (received, self->received) != 0)
    {
      g_free (self->received);
      self->received = g_strdup (received);
      zs_lead_set_deadlines_from_settings (store_of (self), self->lead);
      zs_save_record (GTK_WIDGET (self), store_of (self), ZS_RECORD (self->lead), -1);
    }
  on_changed (self);
}

static void
on_activity_row_activated (ZsLeadDetail *self)
{
  if (self->activity != NULL)
    zs_open_record (GTK_WIDGET (self), ZS_RECORD (self->activity));
}

static void
on_project_row_activated (ZsLeadDetail *self)
{
  if (self->project != NULL)
    zs_open_record (GTK_WIDGET (self), ZS_RECORD (self->project));
}

/* ---- steps ------------------------------------------------------------------------- */

static void
report (ZsLeadDetail *self,
        gboolean      ok,
        GError       *error)
{
  if (!ok)
    zs_show_refused_step (GTK_WIDGET (self), store_of (self), error);
  update_all (self);
}

static void
respond_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = zs_lead_mark_responded (store_of (self), self->lead, today_of (self), &error);

  /* Not in one call: the order arguments are read in is not defined. */
  report (self, ok, error);
}

static void
assess_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = zs_lead_mark_assessed (store_of (self), self->lead, today_of (self), &error);

  report (self, ok, error);
}

static void
follow_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = zs_lead_mark_following (store_of (self), self->lead, today_of (self), &error);

  report (self, ok, error);
}

static void
feedback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = zs_lead_mark_fed_back (store_of (self), self->lead, today_of (self), &error);

  report (self, ok, error);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = zs_lead_reopen (store_of (self), self->lead, &error);

  report (self, ok, error);
}

static void
convert_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  zs_lead_detail_convert (ZS_LEAD_DETAIL (widget));
}

static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_lead_detail_drop (ZS_LEAD_DETAIL (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (widget);

  zs_delete_record (widget, ZS_RECORD (self->lead));
}

static void
on_converted (ZsLeadDetail *self,
              ZsProject    *project)
{
  g_autofree char *message = g_strdup_printf (_("“%s” is now a project"), zs_record_get_title (ZS_RECORD (project)));

  update_all (self);
  toast (self, message);
  /* The project page is where its work goes on. */
  zs_open_record (GTK_WIDGET (self), ZS_RECORD (project));
}

/* ---- GObject -------------------------------------------------------------------------- */

static void
zs_lead_detail_refresh (ZsPage *page)
{
  update_all (ZS_LEAD_DETAIL (page));
}

static void
zs_lead_detail_context_set (ZsPage *page)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (page);
  ZsStore *store = zs_page_get_store (page);

  self->lead = ZS_LEAD (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_LEAD (self->lead));
  self->received = g_strdup (zs_record_get_string (ZS_RECORD (self->lead), ZS_LEAD_RECEIVED_DATE));

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->lead), lead_groups, G_N_ELEMENTS (lead_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->lead));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->lead));
  zs_supervision_section_set_owner (self->supervision_section, store, zs_page_get_clock (ZS_PAGE (self)), ZS_RECORD (self->lead));

  g_signal_connect_object (self->lead, "notify", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fields, "saved", G_CALLBACK (on_saved), self, G_CONNECT_SWAPPED);
  update_all (self);
}

static void
zs_lead_detail_dispose (GObject *object)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_LEAD_DETAIL);
  g_clear_object (&self->project);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (zs_lead_detail_parent_class)->dispose (object);
}

static void
zs_lead_detail_finalize (GObject *object)
{
  ZsLeadDetail *self = ZS_LEAD_DETAIL (object);

  g_free (self->received);
  g_free (self->warning);

  G_OBJECT_CLASS (zs_lead_detail_parent_class)->finalize (object);
}

static void
zs_lead_detail_class_init (ZsLeadDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_lead_detail_dispose;
  object_class->finalize = zs_lead_detail_finalize;
  page_class->context_set = zs_lead_detail_context_set;
  page_class->refresh = zs_lead_detail_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  g_type_ensure (ZS_TYPE_SUPERVISION_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-lead-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, respond_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, assess_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, follow_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, feedback_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, drop_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, convert_button);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, advice_group);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, warning_row);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, activity_row);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, project_row);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsLeadDetail, supervision_section);
  gtk_widget_class_bind_template_callback (widget_class, on_activity_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_project_row_activated);

  gtk_widget_class_install_action (widget_class, "lead.respond", NULL, respond_action);
  gtk_widget_class_install_action (widget_class, "lead.assess", NULL, assess_action);
  gtk_widget_class_install_action (widget_class, "lead.follow", NULL, follow_action);
  gtk_widget_class_install_action (widget_class, "lead.feedback", NULL, feedback_action);
  gtk_widget_class_install_action (widget_class, "lead.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "lead.convert", NULL, convert_action);
  gtk_widget_class_install_action (widget_class, "lead.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "lead.delete", NULL, delete_action);
}

static void
zs_lead_detail_init (ZsLeadDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_lead_detail_new (ZsContext *context,
                    ZsLead    *lead)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_LEAD (lead), NULL);

  return g_object_new (ZS_TYPE_LEAD_DETAIL, "record", lead, "context", context, NULL);
}

ZsLead *
zs_lead_detail_get_lead (ZsLeadDetail *self)
{
  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);
  return self->lead;
}

ZsRecordEditor *
zs_lead_detail_get_fields (ZsLeadDetail *self)
{
  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);
  return self->fields;
}

const char *
zs_lead_detail_get_deadline_text (ZsLeadDetail *self)
{
  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);
  return gtk_label_get_text (self->deadline_label);
}

const char *
zs_lead_detail_get_warning (ZsLeadDetail *self)
{
  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);

  /* Typing waits for a pause; a caller asking now wants what is typed. */
  zs_record_editor_commit (self->fields);
  update_advice (self);
  return self->warning;
}

GtkWidget *
zs_lead_detail_convert (ZsLeadDetail *self)
{
  ZsLeadConvertDialog *dialog;

  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);

  zs_record_editor_commit (self->fields);
  dialog = zs_lead_convert_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       store_of (self), self->lead, today_of (self));
  g_signal_connect_object (dialog, "converted", G_CALLBACK (on_converted), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

GtkWidget *
zs_lead_detail_drop (ZsLeadDetail *self)
{
  ZsLeadDropDialog *dialog;

  g_return_val_if_fail (ZS_IS_LEAD_DETAIL (self), NULL);

  zs_record_editor_commit (self->fields);
  dialog = zs_lead_drop_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), store_of (self), self->lead);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}
