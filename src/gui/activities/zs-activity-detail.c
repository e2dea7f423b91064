/* zs-activity-detail.c — one activity: what it was, whom it met, what came of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-activity-detail.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-record-dialog.h"
#include "zs-ui-util.h"

struct _ZsActivityDetail
{
  ZsPage               parent_instance;

  ZsActivity          *activity;      /* the page's record */
  GPtrArray           *list_rows;
  GHashTable          *row_records;   /* row → the lead or project it opens */
  GHashTable          *row_links;     /* row → the link its button removes */
  guint                n_enterprises;
  guint                n_leads;
  guint                n_projects;
  ZsRecordEditor      *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwBin              *editor_bin;
  AdwPreferencesGroup *enterprises_group;
  AdwPreferencesGroup *leads_group;
  AdwPreferencesGroup *projects_group;
};

G_DEFINE_FINAL_TYPE (ZsActivityDetail, zs_activity_detail, ZS_TYPE_PAGE)

static const guint what_fields[] = {
  ZS_ACTIVITY_NAME, ZS_ACTIVITY_KIND, ZS_ACTIVITY_START_DATE, ZS_ACTIVITY_END_DATE,
  ZS_ACTIVITY_CITIES, ZS_ACTIVITY_LEADING_OFFICIAL, ZS_ACTIVITY_UNIT_ID,
};
static const guint result_fields[] = {
  ZS_ACTIVITY_PARTICIPANTS, ZS_ACTIVITY_ENTERPRISES_VISITED, ZS_ACTIVITY_SUMMARY,
};
static const ZsEditorGroup activity_groups[] = {
  { N_("Activity"), what_fields, G_N_ELEMENTS (what_fields) },
  { N_("Participants and Results"), result_fields, G_N_ELEMENTS (result_fields) },
};

static const guint enterprise_link_fields[] = { ZS_ACTIVITY_LINK_ENTERPRISE_ID, ZS_ACTIVITY_LINK_NOTE };
static const guint lead_link_fields[] = { ZS_ACTIVITY_LINK_LEAD_ID, ZS_ACTIVITY_LINK_NOTE };
static const guint project_link_fields[] = { ZS_ACTIVITY_LINK_PROJECT_ID, ZS_ACTIVITY_LINK_NOTE };
static const ZsEditorGroup enterprise_link_groups[] = {
  { NULL, enterprise_link_fields, G_N_ELEMENTS (enterprise_link_fields) },
};
static const ZsEditorGroup lead_link_groups[] = {
  { NULL, lead_link_fields, G_N_ELEMENTS (lead_link_fields) },
};
static const ZsEditorGroup project_link_groups[] = {
  { NULL, project_link_fields, G_N_ELEMENTS (project_link_fields) },
};

static ZsStore *
store_of (ZsActivityDetail *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static gboolean
is_saved (ZsActivityDetail *self)
{
  return zs_record_get_id (ZS_RECORD (self->activity)) != 0;
}

/* ---- header ------------------------------------------------------------------ */

static void
update_header (ZsActivityDetail *self)
{
  ZsRecord *r = ZS_RECORD (self->activity);
  const char *name = zs_record_get_string (r, ZS_ACTIVITY_NAME);
  const char *end = zs_record_get_string (r, ZS_ACTIVITY_END_DATE);
  g_autofree char *start_text = zs_format_date (zs_record_get_string (r, ZS_ACTIVITY_START_DATE));
  g_autofree char *end_text = zs_format_date (end);
  g_autofree char *dates = NULL;
  g_autofree char *summary = NULL;
  const char *parts[3];

  gtk_label_set_text (self->name_label, name != NULL ? name : _("New Activity"));
  if (end != NULL && g_strcmp0 (end, zs_record_get_string (r, ZS_ACTIVITY_START_DATE)) != 0)
    /* TRANSLATORS: an activity's first and last day */
    dates = g_strdup_printf (_("%s to %s"), start_text, end_text);
  else
    dates = g_strdup (start_text);
  parts[0] = zs_enum_get_label (ZS_TYPE_ACTIVITY_KIND, zs_record_get_enum (r, ZS_ACTIVITY_KIND));
  parts[1] = dates;
  parts[2] = zs_record_get_string (r, ZS_ACTIVITY_CITIES);
  summary = zs_join_parts (parts, G_N_ELEMENTS (parts));
  gtk_label_set_text (self->summary_label, is_saved (self) ? summary
                                                           : _("Give the activity a name to save it. Everything else can follow."));
}

/* ---- lists ------------------------------------------------------------------- */

static void
on_row_activated (AdwActionRow     *row,
                  ZsActivityDetail *self)
{
  ZsRecord *record = g_hash_table_lookup (self->row_records, row);

  if (record != NULL)
    zs_open_record (GTK_WIDGET (self), record);
}

static void
on_remove_clicked (GtkButton        *button,
                   ZsActivityDetail *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  ZsRecord *link = row != NULL ? g_hash_table_lookup (self->row_links, row) : NULL;
  g_autoptr(GError) error = NULL;

  if (link != NULL && !zs_store_delete (store_of (self), link, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
}

static void
add_row (ZsActivityDetail    *self,
         AdwPreferencesGroup *group,
         ZsRecord            *record,
         const char          *subtitle,
         gboolean             opens)
{
  gint64 link_id = zs_activity_find_link (store_of (self), zs_record_get_id (ZS_RECORD (self->activity)),
                                          G_OBJECT_TYPE (record), zs_record_get_id (record));
  GtkWidget *row = zs_list_row_new (zs_record_get_title (record), subtitle, FALSE);

  /* A project that names the activity as its source has no link to remove. */
  if (link_id != 0)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove from This Activity"));
      gtk_widget_add_css_class (remove, "flat");
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      g_hash_table_insert (self->row_links, row, zs_store_load (store_of (self), ZS_TYPE_ACTIVITY_LINK, link_id, NULL));
    }
  if (opens)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
      g_hash_table_insert (self->row_records, row, g_object_ref (record));
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->list_rows, row);
}

static guint
fill (ZsActivityDetail    *self,
      AdwPreferencesGroup *group,
      ZsQuery             *query,
      const char          *empty)
{
  GType type = zs_query_get_record_type (query);
  g_autoptr(GArray) ids = zs_store_query (store_of (self), query, NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) record = zs_store_load (store_of (self), type, g_array_index (ids, gint64, i), NULL);
      g_autofree char *subtitle = NULL;

      if (record == NULL)
        continue;
      if (type == ZS_TYPE_LEAD)
        {
          g_autofree char *partner = zs_format_field (store_of (self), record, ZS_LEAD_PARTNER_ID);
          const char *parts[] = {
            zs_enum_get_label (ZS_TYPE_LEAD_STATUS, zs_record_get_enum (record, ZS_LEAD_STATUS)),
            zs_record_get_string (record, ZS_LEAD_COMPANY), partner,
          };

          subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
        }
      else if (type == ZS_TYPE_PROJECT)
        {
          g_autofree char *planned = zs_format_amount (zs_record_get_int (record, ZS_PROJECT_PLANNED_INVESTMENT));
          g_autofree char *signed_on = NULL;
          const char *parts[3];

          if (zs_record_get_string (record, ZS_PROJECT_SIGNING_DATE) != NULL)
            {
              g_autofree char *date = zs_format_date (zs_record_get_string (record, ZS_PROJECT_SIGNING_DATE));

              signed_on = g_strdup_printf (_("signed %s"), date);
            }
          parts[0] = zs_stage_get_label (zs_record_get_enum (record, ZS_PROJECT_STAGE));
          parts[1] = planned;
          parts[2] = signed_on;
          subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
        }
      else
        {
          const char *parts[] = {
            zs_enum_get_label (ZS_TYPE_ENTERPRISE_ROLE, zs_record_get_enum (record, ZS_ENTERPRISE_ROLE)),
            zs_record_get_string (record, ZS_ENTERPRISE_LOCATION),
          };

          subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
        }
      add_row (self, group, record, subtitle, type != ZS_TYPE_ENTERPRISE);
    }
  adw_preferences_group_set_description (group, ids == NULL || ids->len == 0 ? empty : NULL);
  return ids != NULL ? ids->len : 0;
}

static void
refresh_lists (ZsActivityDetail *self)
{
  gint64 id = zs_record_get_id (ZS_RECORD (self->activity));

  zs_remove_rows (self->list_rows);
  g_hash_table_remove_all (self->row_records);
  g_hash_table_remove_all (self->row_links);

  gtk_widget_set_visible (GTK_WIDGET (self->enterprises_group), is_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->leads_group), is_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->projects_group), is_saved (self));
  if (!is_saved (self))
    return;

  {
    g_autoptr(ZsQuery) enterprises = zs_activity_enterprises_query (id);
    g_autoptr(ZsQuery) leads = zs_activity_leads_query (id);
    g_autoptr(ZsQuery) projects = zs_activity_projects_query (id);

    self->n_enterprises = fill (self, self->enterprises_group, enterprises,
                                _("No enterprise noted yet. Add those met, so that each one's contact history is complete."));
    self->n_leads = fill (self, self->leads_group, leads, _("No lead came of this activity yet."));
    self->n_projects = fill (self, self->projects_group, projects, _("No project came of this activity yet."));
  }
}

static void
update_all (ZsActivityDetail *self)
{
  update_header (self);
  refresh_lists (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.delete", is_saved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.add-enterprise", is_saved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.add-lead", is_saved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.add-project", is_saved (self));
}

static void
on_store_changed (ZsActivityDetail *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

/* ---- actions ------------------------------------------------------------------- */

static void
add_link_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZsActivityDetail *self = ZS_ACTIVITY_DETAIL (widget);

  if (g_str_equal (action_name, "activity.add-enterprise"))
    zs_activity_detail_add_link (self, ZS_TYPE_ENTERPRISE);
  else if (g_str_equal (action_name, "activity.add-lead"))
    zs_activity_detail_add_link (self, ZS_TYPE_LEAD);
  else
    zs_activity_detail_add_link (self, ZS_TYPE_PROJECT);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsActivityDetail *self = ZS_ACTIVITY_DETAIL (widget);

  zs_delete_record (widget, ZS_RECORD (self->activity));
}

/* ---- GObject ------------------------------------------------------------------- */

static void
zs_activity_detail_refresh (ZsPage *page)
{
  update_all (ZS_ACTIVITY_DETAIL (page));
}

static void
zs_activity_detail_context_set (ZsPage *page)
{
  ZsActivityDetail *self = ZS_ACTIVITY_DETAIL (page);
  ZsStore *store = zs_page_get_store (page);

  self->activity = ZS_ACTIVITY (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_ACTIVITY (self->activity));

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->activity),
                                                         activity_groups, G_N_ELEMENTS (activity_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->activity));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->activity));

  g_signal_connect_object (self->activity, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fields, "saved", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_all (self);
}

static void
zs_activity_detail_dispose (GObject *object)
{
  ZsActivityDetail *self = ZS_ACTIVITY_DETAIL (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ACTIVITY_DETAIL);
  g_clear_pointer (&self->list_rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_records, g_hash_table_unref);
  g_clear_pointer (&self->row_links, g_hash_table_unref);

  G_OBJECT_CLASS (zs_activity_detail_parent_class)->dispose (object);
}

static void
zs_activity_detail_class_init (ZsActivityDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_activity_detail_dispose;
  page_class->context_set = zs_activity_detail_context_set;
  page_class->refresh = zs_activity_detail_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-activity-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, enterprises_group);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, leads_group);
  gtk_widget_class_bind_template_child (widget_class, ZsActivityDetail, projects_group);

  gtk_widget_class_install_action (widget_class, "activity.add-enterprise", NULL, add_link_action);
  gtk_widget_class_install_action (widget_class, "activity.add-lead", NULL, add_link_action);
  gtk_widget_class_install_action (widget_class, "activity.add-project", NULL, add_link_action);
  gtk_widget_class_install_action (widget_class, "activity.delete", NULL, delete_action);
}

static void
zs_activity_detail_init (ZsActivityDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->list_rows = g_ptr_array_new ();
  self->row_records = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->row_links = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
}

GtkWidget *
zs_activity_detail_new (ZsContext  *context,
                        ZsActivity *activity)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_ACTIVITY (activity), NULL);

  return g_object_new (ZS_TYPE_ACTIVITY_DETAIL, "record", activity, "context", context, NULL);
}

ZsActivity *
zs_activity_detail_get_activity (ZsActivityDetail *self)
{
  g_return_val_if_fail (ZS_IS_ACTIVITY_DETAIL (self), NULL);
  return self->activity;
}

ZsRecordEditor *
zs_activity_detail_get_fields (ZsActivityDetail *self)
{
  g_return_val_if_fail (ZS_IS_ACTIVITY_DETAIL (self), NULL);
  return self->fields;
}

guint
zs_activity_detail_get_n_enterprises (ZsActivityDetail *self)
{
  return self->n_enterprises;
}

guint
zs_activity_detail_get_n_leads (ZsActivityDetail *self)
{
  return self->n_leads;
}

guint
zs_activity_detail_get_n_projects (ZsActivityDetail *self)
{
  return self->n_projects;
}

GtkWidget *
zs_activity_detail_add_link (ZsActivityDetail *self,
                             GType             type)
{
  g_autoptr(ZsActivityLink) link = zs_activity_link_new ();
  const ZsEditorGroup *groups;
  const char *title;
  GtkWidget *dialog;

  g_return_val_if_fail (ZS_IS_ACTIVITY_DETAIL (self), NULL);
  g_return_val_if_fail (is_saved (self), NULL);

  if (type == ZS_TYPE_ENTERPRISE)
    {
      groups = enterprise_link_groups;
      title = _("Enterprise Met");
    }
  else if (type == ZS_TYPE_LEAD)
    {
      groups = lead_link_groups;
      title = _("Lead from This Activity");
    }
  else
    {
      groups = project_link_groups;
      title = _("Project from This Activity");
    }

  zs_record_set_int (ZS_RECORD (link), ZS_ACTIVITY_LINK_ACTIVITY_ID, zs_record_get_id (ZS_RECORD (self->activity)));
  dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), store_of (self),
                                 ZS_RECORD (link), title, groups, 1);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
