/* zs-partner-detail.c — everything about one partner, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The fields are a ZsRecordEditor; around them the page shows how long ago
 * the bureau last spoke to the partner, what the partner brought (the same
 * figures as the performance table), the contact log, and the leads and
 * projects the partner brought, each opening its own page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-partner-detail.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-record-dialog.h"
#include "zs-ui-util.h"

/* A partner page lists this many leads or projects; the rest are counted. */
#define MAX_LIST_ROWS 200

struct _ZsPartnerDetail
{
  ZsPage               parent_instance;

  ZsPartner           *partner;       /* the page's record */
  int                  quiet_days;
  gint64               figures[ZS_SCORE_N_COLUMNS];
  GHashTable          *row_records;   /* list row → the record it opens */
  GPtrArray           *list_rows;
  guint                n_contacts;
  guint                n_leads;
  guint                n_projects;
  ZsRecordEditor      *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;
  GtkLabel            *figure_labels[ZS_SCORE_N_COLUMNS];

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  GtkLabel            *contact_label;
  GtkBox              *figures_box;
  AdwBin              *editor_bin;
  AdwPreferencesGroup *contacts_group;
  AdwPreferencesGroup *leads_group;
  AdwPreferencesGroup *projects_group;
};

G_DEFINE_FINAL_TYPE (ZsPartnerDetail, zs_partner_detail, ZS_TYPE_PAGE)

static const guint who_fields[] = {
  ZS_PARTNER_NAME, ZS_PARTNER_KIND, ZS_PARTNER_ORGANISATION, ZS_PARTNER_TITLE,
  ZS_PARTNER_CITY, ZS_PARTNER_NATIVE_PLACE, ZS_PARTNER_APPOINTED_DATE, ZS_PARTNER_PERSON_ID,
};
static const guint reach_fields[] = {
  ZS_PARTNER_PHONE, ZS_PARTNER_EMAIL, ZS_PARTNER_WECHAT, ZS_PARTNER_NOTES,
};
static const ZsEditorGroup partner_groups[] = {
  { N_("Partner"), who_fields, G_N_ELEMENTS (who_fields) },
  { N_("Contact Details and Notes"), reach_fields, G_N_ELEMENTS (reach_fields) },
};

static const guint contact_fields[] = {
  ZS_CONTACT_LOG_DATE, ZS_CONTACT_LOG_CHANNEL, ZS_CONTACT_LOG_PERSON_ID,
  ZS_CONTACT_LOG_NOTES, ZS_CONTACT_LOG_FOLLOW_UP_DATE,
};
static const ZsEditorGroup contact_groups[] = {
  { NULL, contact_fields, G_N_ELEMENTS (contact_fields) },
};

/* The header figures, in ZsScoreColumn order from ZS_SCORE_LEADS. */
static const char * const figure_captions[] = {
  [ZS_SCORE_LEADS] = N_("Leads brought"),
  [ZS_SCORE_CONVERTED] = N_("Converted"),
  [ZS_SCORE_PROJECTS] = N_("Projects signed"),
  [ZS_SCORE_PLANNED] = N_("Planned investment"),
  [ZS_SCORE_FUNDS] = N_("Funds in place"),
};

static ZsStore *
store_of (ZsPartnerDetail *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static gboolean
is_saved (ZsPartnerDetail *self)
{
  return zs_record_get_id (ZS_RECORD (self->partner)) != 0;
}

/* ---- header ---------------------------------------------------------------------- */

static void
update_header (ZsPartnerDetail *self)
{
  ZsRecord *r = ZS_RECORD (self->partner);
  const char *name = zs_record_get_string (r, ZS_PARTNER_NAME);
  const char *parts[3];
  g_autofree char *summary = NULL;

  gtk_label_set_text (self->name_label, name != NULL ? name : _("New Partner"));

  parts[0] = zs_enum_get_label (ZS_TYPE_PARTNER_KIND, zs_record_get_enum (r, ZS_PARTNER_KIND));
  parts[1] = zs_record_get_string (r, ZS_PARTNER_ORGANISATION);
  parts[2] = zs_record_get_string (r, ZS_PARTNER_CITY);
  summary = zs_join_parts (parts, G_N_ELEMENTS (parts));
  gtk_label_set_text (self->summary_label, is_saved (self) ? summary
                                                           : _("Give the partner a name to save it. Everything else can follow."));
}

static void
update_figures (ZsPartnerDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contact = NULL;
  int days;

  gtk_widget_set_visible (GTK_WIDGET (self->figures_box), is_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->contact_label), is_saved (self));
  if (!is_saved (self))
    return;

  if (!zs_partner_score_compute (store_of (self), zs_record_get_id (ZS_RECORD (self->partner)),
                                 zs_page_get_today (ZS_PAGE (self)), self->figures, &error))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return;
    }

  for (guint c = ZS_SCORE_LEADS; c <= ZS_SCORE_FUNDS; c++)
    {
      g_autofree char *text = NULL;

      if (c == ZS_SCORE_PLANNED || c == ZS_SCORE_FUNDS)
        text = zs_format_amount (self->figures[c]);
      else
        text = g_strdup_printf ("%" G_GINT64_FORMAT, self->figures[c]);
      gtk_label_set_text (self->figure_labels[c], text);
    }

  days = (int) self->figures[ZS_SCORE_DAYS_WITHOUT_CONTACT];
  contact = zs_partner_describe_contact (days);
  gtk_label_set_text (self->contact_label, contact);
  if (days < 0 || days > self->quiet_days)
    gtk_widget_add_css_class (GTK_WIDGET (self->contact_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->contact_label), "warning");
}

static void
build_figures (ZsPartnerDetail *self)
{
  for (guint c = ZS_SCORE_LEADS; c <= ZS_SCORE_FUNDS; c++)
    self->figure_labels[c] = zs_figure_add (self->figures_box, _(figure_captions[c]));
}

/* ---- lists ------------------------------------------------------------------------ */

static void
open_contact (ZsPartnerDetail *self,
              ZsRecord        *contact,
              const char      *title)
{
  GtkWidget *dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                            store_of (self), contact, title, contact_groups,
                                            G_N_ELEMENTS (contact_groups));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_activated (AdwActionRow    *row,
                  ZsPartnerDetail *self)
{
  ZsRecord *record = g_hash_table_lookup (self->row_records, row);

  if (record == NULL)
    return;

  if (ZS_IS_CONTACT_LOG (record))
    open_contact (self, record, _("Contact"));
  else if (ZS_IS_PROJECT (record) || ZS_IS_LEAD (record))
    zs_open_record (GTK_WIDGET (self), record);
}

static void
add_row (ZsPartnerDetail     *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         ZsRecord            *record)
{
  GtkWidget *row = zs_list_row_new (title, subtitle, TRUE);

  g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->list_rows, row);
  g_hash_table_insert (self->row_records, row, g_object_ref (record));
}

static GArray *
query_ids (ZsPartnerDetail *self,
           ZsQuery         *query,
           guint           *total)
{
  *total = (guint) zs_store_count (store_of (self), query, NULL);
  zs_query_set_limit (query, MAX_LIST_ROWS);
  return zs_store_query (store_of (self), query, NULL);
}

/* "Showing 200 of 512." under a long list. */
static void
describe_list (AdwPreferencesGroup *group,
               guint                shown,
               guint                total,
               const char          *empty)
{
  g_autofree char *more = NULL;

  if (total == 0)
    {
      adw_preferences_group_set_description (group, empty);
      return;
    }
  if (shown < total)
    more = g_strdup_printf (_("The first %u of %u."), shown, total);
  adw_preferences_group_set_description (group, more);
}

static void
fill_contacts (ZsPartnerDetail *self)
{
  g_autoptr(ZsQuery) query = zs_partner_contacts_query (zs_record_get_id (ZS_RECORD (self->partner)));
  g_autoptr(GArray) ids = query_ids (self, query, &self->n_contacts);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) log = zs_store_load (store_of (self), ZS_TYPE_CONTACT_LOG, g_array_index (ids, gint64, i), NULL);
      g_autofree char *date = NULL;
      g_autofree char *title = NULL;
      g_autofree char *who = NULL;
      g_autofree char *follow_up = NULL;
      g_autofree char *subtitle = NULL;
      const char *parts[3];

      if (log == NULL)
        continue;
      date = zs_format_date (zs_record_get_string (log, ZS_CONTACT_LOG_DATE));
      title = g_strdup_printf ("%s · %s", date,
                               zs_enum_get_label (ZS_TYPE_CONTACT_CHANNEL, zs_record_get_enum (log, ZS_CONTACT_LOG_CHANNEL)));
      who = zs_format_field (store_of (self), log, ZS_CONTACT_LOG_PERSON_ID);
      if (zs_record_get_string (log, ZS_CONTACT_LOG_FOLLOW_UP_DATE) != NULL)
        {
          g_autofree char *when = zs_format_date (zs_record_get_string (log, ZS_CONTACT_LOG_FOLLOW_UP_DATE));

          follow_up = g_strdup_printf (_("follow up on %s"), when);
        }
      parts[0] = zs_record_get_string (log, ZS_CONTACT_LOG_NOTES);
      parts[1] = who;
      parts[2] = follow_up;
      subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
      add_row (self, self->contacts_group, title, subtitle, log);
    }
  describe_list (self->contacts_group, ids != NULL ? ids->len : 0, self->n_contacts,
                 _("No contact recorded yet. Note each visit, call, WeChat message, meeting and event."));
}

static void
fill_leads (ZsPartnerDetail *self)
{
  g_autoptr(ZsQuery) query = zs_partner_leads_query (zs_record_get_id (ZS_RECORD (self->partner)));
  g_autoptr(GArray) ids = query_ids (self, query, &self->n_leads);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) lead = zs_store_load (store_of (self), ZS_TYPE_LEAD, g_array_index (ids, gint64, i), NULL);
      g_autofree char *received = NULL;
      g_autofree char *estimate = NULL;
      g_autofree char *subtitle = NULL;
      const char *parts[4];

      if (lead == NULL)
        continue;
      received = zs_format_date (zs_record_get_string (lead, ZS_LEAD_RECEIVED_DATE));
      if (zs_record_get_int (lead, ZS_LEAD_ESTIMATED_INVESTMENT) > 0)
        {
          g_autofree char *amount = zs_format_amount (zs_record_get_int (lead, ZS_LEAD_ESTIMATED_INVESTMENT));

          estimate = g_strdup_printf (_("estimated %s"), amount);
        }
      parts[0] = zs_enum_get_label (ZS_TYPE_LEAD_STATUS, zs_record_get_enum (lead, ZS_LEAD_STATUS));
      parts[1] = zs_record_get_string (lead, ZS_LEAD_COMPANY);
      parts[2] = estimate;
      parts[3] = received;
      subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
      add_row (self, self->leads_group, zs_record_get_title (lead), subtitle, lead);
    }
  describe_list (self->leads_group, ids != NULL ? ids->len : 0, self->n_leads,
                 _("No leads from this partner yet."));
}

static void
fill_projects (ZsPartnerDetail *self)
{
  g_autoptr(ZsQuery) query = zs_partner_projects_query (zs_record_get_id (ZS_RECORD (self->partner)));
  g_autoptr(GArray) ids = query_ids (self, query, &self->n_projects);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) project = zs_store_load (store_of (self), ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);
      g_autofree char *planned = NULL;
      g_autofree char *funds = NULL;
      g_autofree char *planned_text = NULL;
      g_autofree char *funds_text = NULL;
      g_autofree char *subtitle = NULL;
      const char *parts[3];

      if (project == NULL)
        continue;
      planned = zs_format_amount (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT));
      funds = zs_format_amount (zs_record_get_int (project, ZS_PROJECT_FUNDS_IN_PLACE));
      planned_text = g_strdup_printf (_("planned %s"), planned);
      funds_text = g_strdup_printf (_("funds in place %s"), funds);
      parts[0] = zs_stage_get_label (zs_record_get_enum (project, ZS_PROJECT_STAGE));
      parts[1] = planned_text;
      parts[2] = funds_text;
      subtitle = zs_join_parts (parts, G_N_ELEMENTS (parts));
      add_row (self, self->projects_group, zs_record_get_title (project), subtitle, project);
    }
  describe_list (self->projects_group, ids != NULL ? ids->len : 0, self->n_projects,
                 _("No projects from this partner yet."));
}

static void
refresh_lists (ZsPartnerDetail *self)
{
  zs_remove_rows (self->list_rows);
  g_hash_table_remove_all (self->row_records);

  gtk_widget_set_visible (GTK_WIDGET (self->contacts_group), is_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->leads_group), is_saved (self));
  gtk_widget_set_visible (GTK_WIDGET (self->projects_group), is_saved (self));
  if (!is_saved (self))
    return;

  fill_contacts (self);
  fill_leads (self);
  fill_projects (self);
}

static void
update_all (ZsPartnerDetail *self)
{
  update_header (self);
  update_figures (self);
  refresh_lists (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.add-contact", is_saved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partner.delete", is_saved (self));
}

static void
on_store_changed (ZsPartnerDetail *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

/* ---- actions ---------------------------------------------------------------------- */

static void
add_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zs_partner_detail_add_contact (ZS_PARTNER_DETAIL (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsPartnerDetail *self = ZS_PARTNER_DETAIL (widget);

  zs_delete_record (widget, ZS_RECORD (self->partner));
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
zs_partner_detail_refresh (ZsPage *page)
{
  ZsPartnerDetail *self = ZS_PARTNER_DETAIL (page);

  update_all (self);
}

static void
zs_partner_detail_context_set (ZsPage *page)
{
  ZsPartnerDetail *self = ZS_PARTNER_DETAIL (page);
  ZsStore *store = zs_page_get_store (page);

  self->partner = ZS_PARTNER (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_PARTNER (self->partner));
  self->quiet_days = zs_settings_get_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS);

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->partner),
                                                         partner_groups, G_N_ELEMENTS (partner_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->partner));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->partner));

  g_signal_connect_object (self->partner, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fields, "saved", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_all (self);
}

static void
zs_partner_detail_dispose (GObject *object)
{
  ZsPartnerDetail *self = ZS_PARTNER_DETAIL (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PARTNER_DETAIL);
  g_clear_pointer (&self->list_rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_records, g_hash_table_unref);

  G_OBJECT_CLASS (zs_partner_detail_parent_class)->dispose (object);
}

static void
zs_partner_detail_class_init (ZsPartnerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_partner_detail_dispose;
  page_class->context_set = zs_partner_detail_context_set;
  page_class->refresh = zs_partner_detail_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-partner-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, contact_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, figures_box);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, leads_group);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerDetail, projects_group);

  gtk_widget_class_install_action (widget_class, "partner.add-contact", NULL, add_contact_action);
  gtk_widget_class_install_action (widget_class, "partner.delete", NULL, delete_action);
}

static void
zs_partner_detail_init (ZsPartnerDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Control><Shift>n", "partner.add-contact");
  self->list_rows = g_ptr_array_new ();
  self->row_records = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  build_figures (self);
}

GtkWidget *
zs_partner_detail_new (ZsContext *context,
                       ZsPartner *partner)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_PARTNER (partner), NULL);

  return g_object_new (ZS_TYPE_PARTNER_DETAIL, "record", partner, "context", context, NULL);
}

ZsPartner *
zs_partner_detail_get_partner (ZsPartnerDetail *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_DETAIL (self), NULL);
  return self->partner;
}

ZsRecordEditor *
zs_partner_detail_get_fields (ZsPartnerDetail *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_DETAIL (self), NULL);
  return self->fields;
}

const char *
zs_partner_detail_get_contact_text (ZsPartnerDetail *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_DETAIL (self), NULL);
  return gtk_label_get_text (self->contact_label);
}

gint64
zs_partner_detail_get_figure (ZsPartnerDetail *self,
                              ZsScoreColumn    column)
{
  g_return_val_if_fail (ZS_IS_PARTNER_DETAIL (self), 0);
  g_return_val_if_fail (column < ZS_SCORE_N_COLUMNS, 0);
  return self->figures[column];
}

guint
zs_partner_detail_get_n_contacts (ZsPartnerDetail *self)
{
  return self->n_contacts;
}

guint
zs_partner_detail_get_n_leads (ZsPartnerDetail *self)
{
  return self->n_leads;
}

guint
zs_partner_detail_get_n_projects (ZsPartnerDetail *self)
{
  return self->n_projects;
}

GtkWidget *
zs_partner_detail_add_contact (ZsPartnerDetail *self)
{
  g_autoptr(ZsContactLog) log = zs_contact_log_new ();
  ZsRecord *r = ZS_RECORD (log);
  GtkWidget *dialog;

  g_return_val_if_fail (ZS_IS_PARTNER_DETAIL (self), NULL);
  g_return_val_if_fail (is_saved (self), NULL);

  zs_record_set_int (r, ZS_CONTACT_LOG_PARTNER_ID, zs_record_get_id (ZS_RECORD (self->partner)));
  zs_record_set_string (r, ZS_CONTACT_LOG_DATE, zs_page_get_today (ZS_PAGE (self)));
  zs_record_set_enum (r, ZS_CONTACT_LOG_CHANNEL, ZS_CHANNEL_CALL);
  /* The bureau's contact for this partner usually makes the call. */
  zs_record_set_int (r, ZS_CONTACT_LOG_PERSON_ID, zs_record_get_int (ZS_RECORD (self->partner), ZS_PARTNER_PERSON_ID));
  dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), store_of (self), r,
                                 _("New Contact"), contact_groups, G_N_ELEMENTS (contact_groups));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
