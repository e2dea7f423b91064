/* zs-project-details.c — every field of one project, read-only, and its stages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "zs-project-details.h"

struct _ZsProjectDetails
{
  GtkWidget            parent_instance;

  ZsStore             *store;
  ZsProject           *project;
  GPtrArray           *value_labels;   /* GtkLabel per field, NULL for fields not shown */

  GtkBox              *content;
  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *history_group;
  GPtrArray           *history_rows;
};

G_DEFINE_FINAL_TYPE (ZsProjectDetails, zs_project_details, GTK_TYPE_WIDGET)

typedef struct {
  const char  *title;
  const guint *fields;
  guint        n_fields;
} FieldGroup;

static const guint basic_fields[] = {
  ZS_PROJECT_INVESTOR, ZS_PROJECT_ORIGIN_KIND, ZS_PROJECT_ORIGIN_CITY, ZS_PROJECT_ORIGIN_PROVINCE,
  ZS_PROJECT_ORIGIN_COUNTRY, ZS_PROJECT_CHAIN_ID, ZS_PROJECT_SEGMENT_ID, ZS_PROJECT_UNIT_ID,
  ZS_PROJECT_PERSON_ID,
};
static const guint progress_fields[] = {
  ZS_PROJECT_STAGE, ZS_PROJECT_STAGE_SINCE, ZS_PROJECT_GRADE, ZS_PROJECT_KEY_PROJECT,
};
static const guint money_fields[] = {
  ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_CONTRACT_AMOUNT, ZS_PROJECT_FUNDS_IN_PLACE,
  ZS_PROJECT_FIXED_ASSET_INVESTMENT, ZS_PROJECT_EXPECTED_JOBS, ZS_PROJECT_LAND,
};
static const guint date_fields[] = {
  ZS_PROJECT_FIRST_CONTACT_DATE, ZS_PROJECT_SIGNING_DATE, ZS_PROJECT_REGISTRATION_DATE,
  ZS_PROJECT_START_DATE, ZS_PROJECT_PRODUCTION_DATE,
};
static const guint source_fields[] = {
  ZS_PROJECT_PARTNER_ID, ZS_PROJECT_LEAD_ID, ZS_PROJECT_ACTIVITY_ID, ZS_PROJECT_ENTERPRISE_ID,
  ZS_PROJECT_CARRIER_ID, ZS_PROJECT_NOTES,
};

static const FieldGroup field_groups[] = {
  { N_("Investor and Responsibility"), basic_fields, G_N_ELEMENTS (basic_fields) },
  { N_("Progress"), progress_fields, G_N_ELEMENTS (progress_fields) },
  { N_("Investment"), money_fields, G_N_ELEMENTS (money_fields) },
  { N_("Dates"), date_fields, G_N_ELEMENTS (date_fields) },
  { N_("Source, Carrier and Notes"), source_fields, G_N_ELEMENTS (source_fields) },
};

static GtkWidget *
value_row_new (const char *title,
               GtkLabel  **value_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 40);
  gtk_widget_set_hexpand (value, TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  *value_out = GTK_LABEL (value);
  return row;
}

static void
build_groups (ZsProjectDetails *self)
{
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (g_type_class_peek (ZS_TYPE_PROJECT), &n_fields);
  GtkWidget *before = GTK_WIDGET (self->history_group);

  g_ptr_array_set_size (self->value_labels, n_fields);

  for (guint g = 0; g < G_N_ELEMENTS (field_groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(field_groups[g].title));
      for (guint i = 0; i < field_groups[g].n_fields; i++)
        {
          guint field = field_groups[g].fields[i];
          GtkLabel *value;

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     value_row_new (_(fields[field].label), &value));
          g_ptr_array_index (self->value_labels, field) = value;
        }
      gtk_box_insert_child_after (self->content, group, gtk_widget_get_prev_sibling (before));
    }
}

static char *
summary_text (ZsProjectDetails *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  g_autofree char *amount = zs_format_amount (zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT));

  /* TRANSLATORS: "<stage> · <grade> · planned <amount>" */
  return g_strdup_printf (_("%s · grade %s · planned %s"),
                          zs_stage_get_label (zs_record_get_enum (r, ZS_PROJECT_STAGE)),
                          zs_grade_get_label (zs_record_get_enum (r, ZS_PROJECT_GRADE)),
                          amount);
}

static void
update_history (ZsProjectDetails *self)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_STAGE_EVENT);
  g_autoptr(GArray) ids = NULL;

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  zs_query_add_int (query, ZS_STAGE_EVENT_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (self->project)));
  zs_query_set_order (query, ZS_STAGE_EVENT_DATE, TRUE);
  ids = zs_store_query (self->store, query, NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) event = zs_store_load (self->store, ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, i), NULL);
      ZsStage from, to;
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      GtkWidget *row;
      GtkWidget *date_label;

      if (event == NULL)
        continue;

      from = zs_record_get_enum (event, ZS_STAGE_EVENT_FROM_STAGE);
      to = zs_record_get_enum (event, ZS_STAGE_EVENT_TO_STAGE);
      if (from == to)
        title = g_strdup_printf (_("Entered as %s"), zs_stage_get_label (to));
      else
        title = g_strdup_printf (_("%s → %s"), zs_stage_get_label (from), zs_stage_get_label (to));
      date = zs_format_date (zs_record_get_string (event, ZS_STAGE_EVENT_DATE));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (zs_record_get_string (event, ZS_STAGE_EVENT_NOTE) != NULL)
        {
          g_autofree char *note = g_markup_escape_text (zs_record_get_string (event, ZS_STAGE_EVENT_NOTE), -1);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
        }
      date_label = gtk_label_new (date);
      gtk_widget_add_css_class (date_label, "dim-label");
      gtk_widget_add_css_class (date_label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date_label);

      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }

  adw_preferences_group_set_description (self->history_group,
                                         self->history_rows->len == 0 ? _("No stage changes recorded yet.") : NULL);
}

static void
update (ZsProjectDetails *self)
{
  g_autofree char *summary = summary_text (self);

  gtk_label_set_text (self->name_label, zs_record_get_title (ZS_RECORD (self->project)));
  gtk_label_set_text (self->summary_label, summary);

  for (guint field = 0; field < self->value_labels->len; field++)
    {
      GtkLabel *label = g_ptr_array_index (self->value_labels, field);
      g_autofree char *text = NULL;

      if (label == NULL)
        continue;

      text = zs_format_field (self->store, ZS_RECORD (self->project), field);
      /* An empty value says so, rather than leaving a blank the eye skips. */
      gtk_label_set_text (label, *text != '\0' ? text : _("Not given"));
      if (*text == '\0')
        gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }

  update_history (self);
}

static void
zs_project_details_dispose (GObject *object)
{
  ZsProjectDetails *self = ZS_PROJECT_DETAILS (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PROJECT_DETAILS);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_project_details_parent_class)->dispose (object);
}

static void
zs_project_details_finalize (GObject *object)
{
  ZsProjectDetails *self = ZS_PROJECT_DETAILS (object);

  g_ptr_array_unref (self->value_labels);
  g_ptr_array_unref (self->history_rows);

  G_OBJECT_CLASS (zs_project_details_parent_class)->finalize (object);
}

static void
zs_project_details_class_init (ZsProjectDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_project_details_dispose;
  object_class->finalize = zs_project_details_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-project-details.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsProjectDetails, content);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectDetails, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectDetails, history_group);
}

static void
zs_project_details_init (ZsProjectDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->value_labels = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
}

GtkWidget *
zs_project_details_new (ZsStore   *store,
                        ZsProject *project)
{
  ZsProjectDetails *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  self = g_object_new (ZS_TYPE_PROJECT_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->project = g_object_ref (project);

  build_groups (self);
  g_signal_connect_object (project, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

ZsProject *
zs_project_details_get_project (ZsProjectDetails *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_DETAILS (self), NULL);
  return self->project;
}
