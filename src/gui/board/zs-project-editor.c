/* zs-project-editor.c — everything about one project, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The fields are a ZsRecordEditor; around them this page shows the grade
 * the lack of progress suggests (and why), warnings that do not block
 * saving, the funds that arrived (资金到位记录, whose sum is the project's
 * funds in place), the obstacles with their push measures, the update log
 * and the stage history. Stages change only through moves, which keep the history.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-carrier-match-dialog.h"
#include "zs-conflict-dialog.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-supervision-section.h"
#include "zs-stage-dialog.h"
#include "zs-ui-util.h"

struct _ZsProjectEditor
{
  ZsPage               parent_instance;

  ZsProject           *project;       /* the page's record */
  ZsGrade              suggestion;
  char                *reason;
  char                *same_investor;  /* the duplicate-investor warning, or NULL */
  GPtrArray           *list_rows;     /* rows of the three lists, to remove on refresh */
  GPtrArray           *list_records;  /* the record each row opens, or NULL */
  guint                n_funds;
  guint                n_obstacles;
  guint                n_updates;
  guint                n_history;
  ZsRecordEditor      *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;
  ZsSupervisionSection *supervision_section;

  GtkLabel            *name_label;
  GtkLabel            *summary_label;
  AdwPreferencesGroup *advice_group;
  AdwActionRow        *suggestion_row;
  AdwActionRow        *warning_row;
  AdwActionRow        *same_investor_row;
  AdwBin              *editor_bin;
  AdwActionRow        *carrier_row;
  AdwPreferencesGroup *funds_group;
  GtkLabel            *funds_total_label;
  AdwPreferencesGroup *obstacles_group;
  AdwPreferencesGroup *updates_group;
  AdwPreferencesGroup *history_group;
};

G_DEFINE_FINAL_TYPE (ZsProjectEditor, zs_project_editor, ZS_TYPE_PAGE)

static const guint basic_fields[] = {
  ZS_PROJECT_NAME, ZS_PROJECT_INVESTOR, ZS_PROJECT_ORIGIN_KIND, ZS_PROJECT_ORIGIN_CITY,
  ZS_PROJECT_ORIGIN_PROVINCE, ZS_PROJECT_ORIGIN_COUNTRY,
};
static const guint responsibility_fields[] = {
  ZS_PROJECT_CHAIN_ID, ZS_PROJECT_SEGMENT_ID, ZS_PROJECT_UNIT_ID, ZS_PROJECT_PERSON_ID,
  ZS_PROJECT_GRADE, ZS_PROJECT_KEY_PROJECT,
};
static const guint money_fields[] = {
  /* Funds in place is the sum of the funds entries, shown with them. */
  ZS_PROJECT_PLANNED_INVESTMENT, ZS_PROJECT_CONTRACT_AMOUNT,
  ZS_PROJECT_FIXED_ASSET_INVESTMENT, ZS_PROJECT_CONTRACTED_FOREIGN_CAPITAL, ZS_PROJECT_FOREIGN_CAPITAL_USED,
  ZS_PROJECT_EXPECTED_JOBS, ZS_PROJECT_LAND,
};
static const guint date_fields[] = {
  ZS_PROJECT_FIRST_CONTACT_DATE, ZS_PROJECT_SIGNING_DATE, ZS_PROJECT_REGISTRATION_DATE,
  ZS_PROJECT_START_DATE, ZS_PROJECT_PRODUCTION_DATE,
};
static const guint source_fields[] = {
  ZS_PROJECT_PARTNER_ID, ZS_PROJECT_LEAD_ID, ZS_PROJECT_ACTIVITY_ID, ZS_PROJECT_ENTERPRISE_ID,
  ZS_PROJECT_CARRIER_ID, ZS_PROJECT_NOTES,
};

static const ZsEditorGroup project_groups[] = {
  { N_("Project and Investor"), basic_fields, G_N_ELEMENTS (basic_fields) },
  { N_("Chain and Responsibility"), responsibility_fields, G_N_ELEMENTS (responsibility_fields) },
  { N_("Investment"), money_fields, G_N_ELEMENTS (money_fields) },
  { N_("Dates"), date_fields, G_N_ELEMENTS (date_fields) },
  { N_("Source, Carrier and Notes"), source_fields, G_N_ELEMENTS (source_fields) },
};

static const guint funds_fields[] = {
  ZS_FUNDS_ENTRY_DATE, ZS_FUNDS_ENTRY_AMOUNT, ZS_FUNDS_ENTRY_NOTE,
};
static const ZsEditorGroup funds_groups[] = {
  { NULL, funds_fields, G_N_ELEMENTS (funds_fields) },
};

static const guint obstacle_fields[] = {
  ZS_OBSTACLE_DESCRIPTION, ZS_OBSTACLE_MEASURE, ZS_OBSTACLE_STATE, ZS_OBSTACLE_PERSON_ID,
  ZS_OBSTACLE_DUE_DATE, ZS_OBSTACLE_RESOLVED_DATE,
};
static const ZsEditorGroup obstacle_groups[] = {
  { NULL, obstacle_fields, G_N_ELEMENTS (obstacle_fields) },
};

static const guint update_fields[] = {
  ZS_UPDATE_LOG_DATE, ZS_UPDATE_LOG_AUTHOR, ZS_UPDATE_LOG_TEXT,
};
static const ZsEditorGroup update_groups[] = {
  { NULL, update_fields, G_N_ELEMENTS (update_fields) },
};

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static ZsStore *
store_of (ZsProjectEditor *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static const char *
today_of (ZsProjectEditor *self)
{
  return zs_page_get_today (ZS_PAGE (self));
}

static gboolean
is_saved (ZsProjectEditor *self)
{
  return zs_record_get_id (ZS_RECORD (self->project)) != 0;
}

/* ---- header and advice ---------------------------------------------------------- */

static void
update_header (ZsProjectEditor *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  ZsStage stage = zs_record_get_enum (r, ZS_PROJECT_STAGE);
  int days = zs_project_get_days_in_stage (self->project, today_of (self));
  g_autofree char *amount = zs_format_amount (zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT));
  g_autofree char *days_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in stage", "%d days in stage", days), days);
  g_autofree char *summary = NULL;
  const char *name = zs_record_get_string (r, ZS_PROJECT_NAME);

  gtk_label_set_text (self->name_label, name != NULL ? name : _("New Project"));
  /* TRANSLATORS: stage · grade · days in stage · planned investment */
  summary = g_strdup_printf (_("%s · grade %s · %s · planned %s"), zs_stage_get_label (stage),
                             zs_grade_get_label (zs_record_get_enum (r, ZS_PROJECT_GRADE)), days_text, amount);
  gtk_label_set_text (self->summary_label, is_saved (self) ? summary
                                                           : _("Give the project a name to save it. Everything else can follow."));
}

static void
update_advice (ZsProjectEditor *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  g_autofree char *warning = zs_project_get_warning (self->project);
  gboolean show_suggestion = FALSE;

  g_clear_pointer (&self->reason, g_free);
  self->suggestion = zs_record_get_enum (r, ZS_PROJECT_GRADE);

  if (is_saved (self))
    {
      ZsGradeThresholds thresholds;
      g_autofree char *last = zs_project_get_last_progress (store_of (self), self->project);
      int days = zs_date_is_valid (last) ? MAX (0, zs_date_days_between (last, today_of (self))) : 0;
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;

      zs_grade_thresholds_from_settings (store_of (self), &thresholds);
      self->suggestion = zs_grade_suggest (zs_record_get_enum (r, ZS_PROJECT_STAGE), days, &thresholds, &self->reason);
      show_suggestion = self->suggestion != (ZsGrade) zs_record_get_enum (r, ZS_PROJECT_GRADE);

      title = g_strdup_printf (_("Suggested grade: %s"), zs_grade_get_label (self->suggestion));
      escaped = g_markup_escape_text (self->reason, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row), title);
      adw_action_row_set_subtitle (self->suggestion_row, escaped);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_row), show_suggestion);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), warning != NULL);
  if (warning != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (warning, -1);

      adw_action_row_set_subtitle (self->warning_row, escaped);
    }

  /* The same investment entered twice would be counted twice. */
  g_clear_pointer (&self->same_investor, g_free);
  {
    g_autoptr(GPtrArray) same = zs_investor_find_same (store_of (self), zs_record_get_string (r, ZS_PROJECT_INVESTOR),
                                                       r, NULL);

    if (same != NULL)
      self->same_investor = zs_investor_describe_same (store_of (self), same);
  }
  if (self->same_investor != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (self->same_investor, -1);

      adw_action_row_set_subtitle (self->same_investor_row, escaped);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->same_investor_row), self->same_investor != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->advice_group),
                          show_suggestion || warning != NULL || self->same_investor != NULL);
}

/* Where the project is placed, or the space it is still waiting for. */
static void
update_carrier (ZsProjectEditor *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  g_autofree char *text = NULL;

  if (zs_record_get_int (r, ZS_PROJECT_CARRIER_ID) != 0)
    {
      g_autofree char *carrier = zs_format_field (store_of (self), r, ZS_PROJECT_CARRIER_ID);

      text = g_strdup_printf (_("Placed in %s"), carrier);
    }
  else
    {
      g_autoptr(ZsQuery) open = zs_space_need_open_query ();
      g_autoptr(GArray) ids = NULL;
      g_autoptr(ZsRecord) need = NULL;

      zs_query_add_int (open, ZS_SPACE_NEED_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (r));
      ids = is_saved (self) ? zs_store_query (store_of (self), open, NULL) : NULL;
      if (ids != NULL && ids->len > 0)
        need = zs_store_load (store_of (self), ZS_TYPE_SPACE_NEED, g_array_index (ids, gint64, 0), NULL);
      if (need != NULL)
        {
          g_autofree char *area = zs_format_area (zs_record_get_int (need, ZS_SPACE_NEED_AREA));
          g_autofree char *date = zs_format_date (zs_record_get_string (need, ZS_SPACE_NEED_DATE));

          /* TRANSLATORS: a project no carrier could take yet */
          text = g_strdup_printf (_("Not placed: no carrier had %s (recorded %s)"), area, date);
        }
      else
        text = g_strdup (_("Not placed in a carrier yet"));
    }
  adw_action_row_set_subtitle (self->carrier_row, text);
}

/* ---- obstacles, updates, history ----------------------------------------------- */

static GArray *
children (ZsProjectEditor *self,
          GType            type,
          guint            project_field,
          int              order_field,
          gboolean         descending)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);

  zs_query_add_int (query, project_field, ZS_QUERY_EQ, zs_record_get_id (ZS_RECORD (self->project)));
  zs_query_set_order (query, order_field, descending);
  return zs_store_query (store_of (self), query, NULL);
}

static void
open_record (ZsProjectEditor     *self,
             ZsRecord            *record,
             const char          *title,
             const ZsEditorGroup *groups,
             guint                n_groups)
{
  GtkWidget *dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                            store_of (self), record, title, groups, n_groups);

  gtk_window_present (GTK_WINDOW (dialog));
}

static ZsRecord *
row_record (ZsProjectEditor *self,
            AdwActionRow    *row)
{
  guint index;

  if (!g_ptr_array_find (self->list_rows, row, &index))
    return NULL;
  return g_ptr_array_index (self->list_records, index);
}

static void
on_funds_activated (AdwActionRow    *row,
                    ZsProjectEditor *self)
{
  ZsRecord *entry = row_record (self, row);

  if (entry != NULL)
    open_record (self, entry, _("Funds Entry"), funds_groups, G_N_ELEMENTS (funds_groups));
}

static void
on_obstacle_activated (AdwActionRow    *row,
                       ZsProjectEditor *self)
{
  ZsRecord *obstacle = row_record (self, row);

  if (obstacle != NULL)
    open_record (self, obstacle, _("Obstacle"), obstacle_groups, G_N_ELEMENTS (obstacle_groups));
}

static void
on_update_activated (AdwActionRow    *row,
                     ZsProjectEditor *self)
{
  ZsRecord *update = row_record (self, row);

  if (update != NULL)
    open_record (self, update, _("Update"), update_groups, G_N_ELEMENTS (update_groups));
}

static GtkWidget *
list_row_new (ZsProjectEditor     *self,
              AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              ZsRecord            *record,
              GCallback            activated)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title ? title : "", -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (record != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect (row, "activated", activated, self);
    }
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->list_rows, row);
  g_ptr_array_add (self->list_records, record != NULL ? g_object_ref (record) : NULL);
  return row;
}

static void
update_funds_total (ZsProjectEditor *self)
{
  g_autofree char *total = zs_format_amount (zs_record_get_int (ZS_RECORD (self->project), ZS_PROJECT_FUNDS_IN_PLACE));

  gtk_label_set_text (self->funds_total_label, total);
}

static void
fill_funds (ZsProjectEditor *self)
{
  g_autoptr(GArray) ids = children (self, ZS_TYPE_FUNDS_ENTRY, ZS_FUNDS_ENTRY_PROJECT_ID, ZS_FUNDS_ENTRY_DATE, TRUE);

  self->n_funds = ids ? ids->len : 0;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) e = zs_store_load (store_of (self), ZS_TYPE_FUNDS_ENTRY, g_array_index (ids, gint64, i), NULL);
      g_autofree char *amount = NULL;
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      const char *note;

      if (e == NULL)
        continue;
      amount = zs_format_amount (zs_record_get_int (e, ZS_FUNDS_ENTRY_AMOUNT));
      date = zs_format_date (zs_record_get_string (e, ZS_FUNDS_ENTRY_DATE));
      note = zs_record_get_string (e, ZS_FUNDS_ENTRY_NOTE);
      subtitle = note ? g_strdup_printf ("%s · %s", date, note) : g_strdup (date);
      list_row_new (self, self->funds_group, amount, subtitle, e, G_CALLBACK (on_funds_activated));
    }
  adw_preferences_group_set_description (self->funds_group,
                                         self->n_funds == 0 ? _("No funds recorded yet. Add each sum on the day it arrives.") : NULL);
}

static void
fill_obstacles (ZsProjectEditor *self)
{
  g_autoptr(GArray) ids = children (self, ZS_TYPE_OBSTACLE, ZS_OBSTACLE_PROJECT_ID, ZS_OBSTACLE_STATE, FALSE);

  self->n_obstacles = ids ? ids->len : 0;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) o = zs_store_load (store_of (self), ZS_TYPE_OBSTACLE, g_array_index (ids, gint64, i), NULL);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *subtitle = NULL;
      const char *measure;

      if (o == NULL)
        continue;
      g_ptr_array_add (parts, g_strdup (zs_enum_get_label (ZS_TYPE_OBSTACLE_STATE, zs_record_get_enum (o, ZS_OBSTACLE_STATE))));
      measure = zs_record_get_string (o, ZS_OBSTACLE_MEASURE);
      if (measure != NULL)
        g_ptr_array_add (parts, g_strdup_printf (_("Measure: %s"), measure));
      if (zs_record_get_int (o, ZS_OBSTACLE_PERSON_ID) != 0)
        g_ptr_array_add (parts, zs_format_field (store_of (self), o, ZS_OBSTACLE_PERSON_ID));
      if (zs_record_get_string (o, ZS_OBSTACLE_DUE_DATE) != NULL)
        g_ptr_array_add (parts, g_strdup_printf (_("due %s"), zs_record_get_string (o, ZS_OBSTACLE_DUE_DATE)));
      g_ptr_array_add (parts, NULL);
      subtitle = g_strjoinv (" · ", (char **) parts->pdata);
      list_row_new (self, self->obstacles_group, zs_record_get_string (o, ZS_OBSTACLE_DESCRIPTION), subtitle,
                    o, G_CALLBACK (on_obstacle_activated));
    }
  adw_preferences_group_set_description (self->obstacles_group,
                                         self->n_obstacles == 0 ? _("No obstacles recorded. Add one when something holds the project up.") : NULL);
}

static void
fill_updates (ZsProjectEditor *self)
{
  g_autoptr(GArray) ids = children (self, ZS_TYPE_UPDATE_LOG, ZS_UPDATE_LOG_PROJECT_ID, ZS_UPDATE_LOG_DATE, TRUE);

  self->n_updates = ids ? ids->len : 0;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) u = zs_store_load (store_of (self), ZS_TYPE_UPDATE_LOG, g_array_index (ids, gint64, i), NULL);
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      const char *author;

      if (u == NULL)
        continue;
      date = zs_format_date (zs_record_get_string (u, ZS_UPDATE_LOG_DATE));
      author = zs_record_get_string (u, ZS_UPDATE_LOG_AUTHOR);
      subtitle = author ? g_strdup_printf ("%s · %s", date, author) : g_strdup (date);
      list_row_new (self, self->updates_group, zs_record_get_string (u, ZS_UPDATE_LOG_TEXT), subtitle,
                    u, G_CALLBACK (on_update_activated));
    }
  adw_preferences_group_set_description (self->updates_group,
                                         self->n_updates == 0 ? _("No updates yet. Note each contact and each step, with its date.") : NULL);
}

static void
fill_history (ZsProjectEditor *self)
{
  g_autoptr(GArray) ids = children (self, ZS_TYPE_STAGE_EVENT, ZS_STAGE_EVENT_PROJECT_ID, ZS_STAGE_EVENT_DATE, TRUE);

  self->n_history = ids ? ids->len : 0;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) e = zs_store_load (store_of (self), ZS_TYPE_STAGE_EVENT, g_array_index (ids, gint64, i), NULL);
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;
      const char *note;
      ZsStage from, to;

      if (e == NULL)
        continue;
      from = zs_record_get_enum (e, ZS_STAGE_EVENT_FROM_STAGE);
      to = zs_record_get_enum (e, ZS_STAGE_EVENT_TO_STAGE);
      title = from == to ? g_strdup_printf (_("Entered as %s"), zs_stage_get_label (to))
                         : g_strdup_printf (_("%s → %s"), zs_stage_get_label (from), zs_stage_get_label (to));
      date = zs_format_date (zs_record_get_string (e, ZS_STAGE_EVENT_DATE));
      note = zs_record_get_string (e, ZS_STAGE_EVENT_NOTE);
      subtitle = note ? g_strdup_printf ("%s · %s", date, note) : g_strdup (date);
      list_row_new (self, self->history_group, title, subtitle, NULL, NULL);
    }
  adw_preferences_group_set_description (self->history_group,
                                         self->n_history == 0 ? _("No stage changes recorded yet.") : NULL);
}

static void
refresh_lists (ZsProjectEditor *self)
{
  for (guint i = 0; i < self->list_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->list_rows, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP));

      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->list_rows, 0);
  g_ptr_array_set_size (self->list_records, 0);

  update_funds_total (self);
  if (is_saved (self))
    {
      fill_funds (self);
      fill_obstacles (self);
      fill_updates (self);
      fill_history (self);
    }
  else
    {
      self->n_funds = self->n_obstacles = self->n_updates = self->n_history = 0;
      adw_preferences_group_set_description (self->funds_group, _("Available once the project is saved."));
      adw_preferences_group_set_description (self->obstacles_group, _("Available once the project is saved."));
      adw_preferences_group_set_description (self->updates_group, _("Available once the project is saved."));
      adw_preferences_group_set_description (self->history_group, NULL);
    }
}

static void
update_all (ZsProjectEditor *self)
{
  gboolean saved = is_saved (self);

  update_header (self);
  update_advice (self);
  update_carrier (self);
  refresh_lists (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-funds", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-obstacle", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-update", saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.find-carrier", saved);
}

static void
on_store_changed (ZsProjectEditor *self)
{
  zs_page_queue_refresh (ZS_PAGE (self));
}

/* ---- actions -------------------------------------------------------------------- */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);
  ZsStageDialog *dialog;

  zs_record_editor_commit (self->fields);
  dialog = zs_stage_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), store_of (self), self->project, -1, today_of (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);

  zs_delete_record (widget, ZS_RECORD (self->project));
}

static void
adopt_grade_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);

  zs_record_set_enum (ZS_RECORD (self->project), ZS_PROJECT_GRADE, self->suggestion);
  zs_save_record (widget, store_of (self), ZS_RECORD (self->project), ZS_PROJECT_GRADE);
}

static void
add_funds_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);
  g_autoptr(ZsFundsEntry) entry = zs_funds_entry_new ();
  ZsRecord *r = ZS_RECORD (entry);

  zs_record_set_int (r, ZS_FUNDS_ENTRY_PROJECT_ID, zs_record_get_id (ZS_RECORD (self->project)));
  zs_record_set_string (r, ZS_FUNDS_ENTRY_DATE, today_of (self));
  open_record (self, r, _("New Funds Entry"), funds_groups, G_N_ELEMENTS (funds_groups));
}

static void
add_obstacle_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);
  g_autoptr(ZsObstacle) obstacle = zs_obstacle_new ();
  ZsRecord *r = ZS_RECORD (obstacle);

  zs_record_set_int (r, ZS_OBSTACLE_PROJECT_ID, zs_record_get_id (ZS_RECORD (self->project)));
  zs_record_set_int (r, ZS_OBSTACLE_PERSON_ID, zs_record_get_int (ZS_RECORD (self->project), ZS_PROJECT_PERSON_ID));
  open_record (self, r, _("New Obstacle"), obstacle_groups, G_N_ELEMENTS (obstacle_groups));
}

static void
add_update_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);
  g_autoptr(ZsUpdateLog) update = zs_update_log_new ();
  ZsRecord *r = ZS_RECORD (update);
  g_autofree char *author = zs_format_field (store_of (self), ZS_RECORD (self->project), ZS_PROJECT_PERSON_ID);

  zs_record_set_int (r, ZS_UPDATE_LOG_PROJECT_ID, zs_record_get_id (ZS_RECORD (self->project)));
  zs_record_set_string (r, ZS_UPDATE_LOG_DATE, today_of (self));
  zs_record_set_string (r, ZS_UPDATE_LOG_AUTHOR, author);
  open_record (self, r, _("New Update"), update_groups, G_N_ELEMENTS (update_groups));
}

static void
find_carrier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (widget);
  ZsCarrierMatchDialog *dialog;

  /* The land just typed counts. */
  zs_record_editor_commit (self->fields);
  dialog = zs_carrier_match_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), store_of (self), self->project,
                                        today_of (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
zs_project_editor_refresh (ZsPage *page)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (page);

  update_all (self);
}

static void
zs_project_editor_context_set (ZsPage *page)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (page);
  ZsStore *store = zs_page_get_store (page);

  self->project = ZS_PROJECT (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_PROJECT (self->project));

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->project),
                                                         project_groups, G_N_ELEMENTS (project_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->project));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->project));
  zs_supervision_section_set_owner (self->supervision_section, store, zs_page_get_clock (ZS_PAGE (self)), ZS_RECORD (self->project));

  g_signal_connect_object (self->project, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fields, "saved", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_all (self);
}

static void
zs_project_editor_dispose (GObject *object)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PROJECT_EDITOR);
  g_clear_pointer (&self->list_rows, g_ptr_array_unref);
  g_clear_pointer (&self->list_records, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_project_editor_parent_class)->dispose (object);
}

static void
zs_project_editor_finalize (GObject *object)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (object);

  g_free (self->reason);
  g_free (self->same_investor);

  G_OBJECT_CLASS (zs_project_editor_parent_class)->finalize (object);
}

/* A new project starts with its name: typing goes there. An existing one
 * is read first, so the focus stays with the navigation. */
static gboolean
zs_project_editor_grab_initial_focus (ZsPage *page)
{
  ZsProjectEditor *self = ZS_PROJECT_EDITOR (page);

  if (self->fields == NULL || zs_record_get_id (ZS_RECORD (zs_project_editor_get_project (self))) != 0)
    return FALSE;
  zs_record_editor_focus_field (self->fields, ZS_PROJECT_NAME);
  return TRUE;
}

static void
zs_project_editor_class_init (ZsProjectEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_project_editor_dispose;
  object_class->finalize = zs_project_editor_finalize;
  page_class->context_set = zs_project_editor_context_set;
  page_class->refresh = zs_project_editor_refresh;
  page_class->grab_initial_focus = zs_project_editor_grab_initial_focus;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  g_type_ensure (ZS_TYPE_SUPERVISION_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-project-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, advice_group);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, suggestion_row);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, warning_row);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, same_investor_row);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, supervision_section);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, carrier_row);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, funds_group);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, funds_total_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, obstacles_group);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, updates_group);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectEditor, history_group);

  gtk_widget_class_install_action (widget_class, "editor.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.adopt-grade", NULL, adopt_grade_action);
  gtk_widget_class_install_action (widget_class, "editor.add-funds", NULL, add_funds_action);
  gtk_widget_class_install_action (widget_class, "editor.add-obstacle", NULL, add_obstacle_action);
  gtk_widget_class_install_action (widget_class, "editor.add-update", NULL, add_update_action);
  gtk_widget_class_install_action (widget_class, "editor.find-carrier", NULL, find_carrier_action);
}

static void
zs_project_editor_init (ZsProjectEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Control>m", "editor.move");
  self->list_rows = g_ptr_array_new ();
  self->list_records = g_ptr_array_new_with_free_func (unref_if_set);
}

GtkWidget *
zs_project_editor_new (ZsContext *context,
                       ZsProject *project)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  return g_object_new (ZS_TYPE_PROJECT_EDITOR, "record", project, "context", context, NULL);
}

ZsProject *
zs_project_editor_get_project (ZsProjectEditor *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_EDITOR (self), NULL);
  return self->project;
}

ZsRecordEditor *
zs_project_editor_get_fields (ZsProjectEditor *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_EDITOR (self), NULL);
  return self->fields;
}

ZsGrade
zs_project_editor_get_suggestion (ZsProjectEditor  *self,
                                  const char      **reason)
{
  g_return_val_if_fail (ZS_IS_PROJECT_EDITOR (self), ZS_GRADE_GREEN);

  if (reason != NULL)
    *reason = self->reason;
  return self->suggestion;
}

guint
zs_project_editor_get_n_funds (ZsProjectEditor *self)
{
  return self->n_funds;
}

const char *
zs_project_editor_get_funds_total (ZsProjectEditor *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_EDITOR (self), NULL);
  return gtk_label_get_text (self->funds_total_label);
}

guint
zs_project_editor_get_n_obstacles (ZsProjectEditor *self)
{
  return self->n_obstacles;
}

guint
zs_project_editor_get_n_updates (ZsProjectEditor *self)
{
  return self->n_updates;
}

guint
zs_project_editor_get_n_history (ZsProjectEditor *self)
{
  return self->n_history;
}

const char *
zs_project_editor_get_same_investor (ZsProjectEditor *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_EDITOR (self), NULL);

  /* Typing waits for a pause; a caller asking now wants what is typed. */
  zs_record_editor_commit (self->fields);
  update_advice (self);
  return self->same_investor;
}
