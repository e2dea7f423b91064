/* zs-enterprise-page.c — one enterprise of the industry map, and what came of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The enterprise's fields, saved as they are edited, and the leads and
 * projects that name it as their target enterprise: the other half of the
 * link "To Lead" and "To Project" make.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-enterprise-page.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-record-row.h"
#include "zs-ui-util.h"

struct _ZsEnterprisePage
{
  ZsPage               parent_instance;

  ZsEnterprise        *enterprise;    /* the page's record */
  GPtrArray           *rows;
  guint                n_leads;
  guint                n_projects;
  ZsRecordEditor      *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwBin              *editor_bin;
  AdwPreferencesGroup *leads_group;
  AdwPreferencesGroup *projects_group;
};

G_DEFINE_FINAL_TYPE (ZsEnterprisePage, zs_enterprise_page, ZS_TYPE_PAGE)

static const guint identity_fields[] = {
  ZS_ENTERPRISE_NAME, ZS_ENTERPRISE_CHAIN_ID, ZS_ENTERPRISE_SEGMENT_ID, ZS_ENTERPRISE_ROLE, ZS_ENTERPRISE_LOCATION,
};
static const guint contact_fields[] = {
  ZS_ENTERPRISE_CONTACT_STATUS, ZS_ENTERPRISE_LAST_CONTACT_DATE, ZS_ENTERPRISE_PERSON_ID,
  ZS_ENTERPRISE_NEXT_STEP, ZS_ENTERPRISE_NOTES,
};
static const ZsEditorGroup enterprise_groups[] = {
  { N_("Enterprise and Chain"), identity_fields, G_N_ELEMENTS (identity_fields) },
  { N_("Contact"), contact_fields, G_N_ELEMENTS (contact_fields) },
};

const ZsEditorGroup *
zs_enterprise_page_get_editor_groups (guint *n_groups)
{
  *n_groups = G_N_ELEMENTS (enterprise_groups);
  return enterprise_groups;
}

static ZsStore *
store_of (ZsEnterprisePage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static void
update_header (ZsEnterprisePage *self)
{
  ZsRecord *r = ZS_RECORD (self->enterprise);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;
  const guint shown[] = { ZS_ENTERPRISE_CHAIN_ID, ZS_ENTERPRISE_SEGMENT_ID, ZS_ENTERPRISE_ROLE,
                          ZS_ENTERPRISE_CONTACT_STATUS };

  gtk_label_set_text (self->name_label, zs_record_get_string (r, ZS_ENTERPRISE_NAME));
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      char *text = zs_format_field (store_of (self), r, shown[i]);

      if (*text != '\0')
        g_ptr_array_add (parts, text);
      else
        g_free (text);
    }
  g_ptr_array_add (parts, NULL);
  summary = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->summary_label, summary);
}

static void
on_row_activated (ZsRecordRow      *row,
                  ZsEnterprisePage *self)
{
  zs_open_record (GTK_WIDGET (self), zs_record_row_get_record (row));
}

static guint
fill_group (ZsEnterprisePage    *self,
            AdwPreferencesGroup *group,
            ZsQuery             *query,
            guint                status_field,
            guint                date_field,
            const char          *empty)
{
  g_autoptr(GArray) ids = zs_store_query (store_of (self), query, NULL);
  GType type = zs_query_get_record_type (query);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) record = zs_store_load (store_of (self), type, g_array_index (ids, gint64, i), NULL);
      g_autofree char *status = NULL;
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (record == NULL)
        continue;
      status = zs_format_field (store_of (self), record, status_field);
      date = zs_format_field (store_of (self), record, date_field);
      subtitle = *date != '\0' ? g_strdup_printf ("%s · %s", status, date) : g_strdup (status);
      row = zs_record_row_new (zs_record_get_title (record), subtitle, record);
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
  adw_preferences_group_set_description (group, ids != NULL && ids->len > 0 ? NULL : empty);
  return ids != NULL ? ids->len : 0;
}

static void
refresh (ZsEnterprisePage *self)
{
  g_autoptr(ZsQuery) leads = zs_targets_query_leads (self->enterprise);
  g_autoptr(ZsQuery) projects = zs_targets_query_projects (self->enterprise);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  update_header (self);
  self->n_leads = fill_group (self, self->leads_group, leads, ZS_LEAD_STATUS, ZS_LEAD_RECEIVED_DATE,
                              _("No lead names this enterprise yet. “To Lead” records one."));
  self->n_projects = fill_group (self, self->projects_group, projects, ZS_PROJECT_STAGE, ZS_PROJECT_STAGE_SINCE,
                                 _("No project names this enterprise yet. “To Project” starts one at the lead stage."));
}

static void
on_store_changed (ZsEnterprisePage *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
make_lead_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZsEnterprisePage *self = ZS_ENTERPRISE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsLead) lead = NULL;

  zs_record_editor_commit (self->fields);
  lead = zs_targets_make_lead (store_of (self), self->enterprise, zs_page_get_today (ZS_PAGE (self)), &error);
  if (lead == NULL)
    {
      zs_toast (widget, error->message);
      return;
    }
  zs_open_record (widget, ZS_RECORD (lead));
}

static void
make_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsEnterprisePage *self = ZS_ENTERPRISE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsProject) project = NULL;

  zs_record_editor_commit (self->fields);
  project = zs_targets_make_project (store_of (self), self->enterprise, zs_page_get_today (ZS_PAGE (self)), &error);
  if (project == NULL)
    {
      zs_toast (widget, error->message);
      return;
    }
  zs_open_record (widget, ZS_RECORD (project));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsEnterprisePage *self = ZS_ENTERPRISE_PAGE (widget);

  zs_delete_record (widget, ZS_RECORD (self->enterprise));
}

static void
zs_enterprise_page_refresh (ZsPage *page)
{
  refresh (ZS_ENTERPRISE_PAGE (page));
}

static void
zs_enterprise_page_context_set (ZsPage *page)
{
  ZsEnterprisePage *self = ZS_ENTERPRISE_PAGE (page);
  ZsStore *store = zs_page_get_store (page);

  self->enterprise = ZS_ENTERPRISE (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_ENTERPRISE (self->enterprise));

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->enterprise),
                                                         enterprise_groups, G_N_ELEMENTS (enterprise_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->enterprise));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->enterprise));

  g_signal_connect_object (self->enterprise, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_enterprise_page_dispose (GObject *object)
{
  ZsEnterprisePage *self = ZS_ENTERPRISE_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ENTERPRISE_PAGE);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_enterprise_page_parent_class)->dispose (object);
}

static void
zs_enterprise_page_class_init (ZsEnterprisePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_enterprise_page_dispose;
  page_class->context_set = zs_enterprise_page_context_set;
  page_class->refresh = zs_enterprise_page_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-enterprise-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, leads_group);
  gtk_widget_class_bind_template_child (widget_class, ZsEnterprisePage, projects_group);

  gtk_widget_class_install_action (widget_class, "enterprise.make-lead", NULL, make_lead_action);
  gtk_widget_class_install_action (widget_class, "enterprise.make-project", NULL, make_project_action);
  gtk_widget_class_install_action (widget_class, "enterprise.delete", NULL, delete_action);
}

static void
zs_enterprise_page_init (ZsEnterprisePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

GtkWidget *
zs_enterprise_page_new (ZsContext    *context,
                        ZsEnterprise *enterprise)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_ENTERPRISE (enterprise), NULL);
  g_return_val_if_fail (zs_record_get_id (ZS_RECORD (enterprise)) != 0, NULL);

  return g_object_new (ZS_TYPE_ENTERPRISE_PAGE, "record", enterprise, "context", context, NULL);
}

ZsEnterprise *
zs_enterprise_page_get_enterprise (ZsEnterprisePage *self)
{
  g_return_val_if_fail (ZS_IS_ENTERPRISE_PAGE (self), NULL);
  return self->enterprise;
}

ZsRecordEditor *
zs_enterprise_page_get_fields (ZsEnterprisePage *self)
{
  g_return_val_if_fail (ZS_IS_ENTERPRISE_PAGE (self), NULL);
  return self->fields;
}

guint
zs_enterprise_page_get_n_leads (ZsEnterprisePage *self)
{
  g_return_val_if_fail (ZS_IS_ENTERPRISE_PAGE (self), 0);
  return self->n_leads;
}

guint
zs_enterprise_page_get_n_projects (ZsEnterprisePage *self)
{
  g_return_val_if_fail (ZS_IS_ENTERPRISE_PAGE (self), 0);
  return self->n_projects;
}
