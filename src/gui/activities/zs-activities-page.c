/* zs-activities-page.c — the activities ledger (招商活动台账) by period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A month, quarter or year at a time: the figures the bureau reports
 * (trips, enterprises visited, leads, projects signed) over the
 * activities of the period, listed below them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-table-export.h"
#include "zs-activities-page.h"
#include "zs-activity-detail.h"
#include "zs-slot-label.h"
#include "zs-ui-util.h"

typedef enum {
  COLUMN_DATES,
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_CITIES,
  COLUMN_OFFICIAL,
  COLUMN_VISITED,
  COLUMN_LEADS,
  COLUMN_SIGNED,
  N_COLUMNS
} ActivityColumn;

static const struct {
  const char *title;   /* N_() */
  int         width;
  gboolean    numeric;
} activity_columns[N_COLUMNS] = {
  [COLUMN_DATES] = { N_("Activity dates"), 11, TRUE },
  [COLUMN_NAME] = { N_("Activity"), 22, FALSE },
  [COLUMN_KIND] = { N_("Kind"), 6, FALSE },
  [COLUMN_CITIES] = { N_("Cities"), 8, FALSE },
  [COLUMN_OFFICIAL] = { N_("Leading official"), 10, FALSE },
  [COLUMN_VISITED] = { N_("Enterprises visited"), 5, TRUE },
  [COLUMN_LEADS] = { N_("Leads"), 4, TRUE },
  [COLUMN_SIGNED] = { N_("Projects signed"), 4, TRUE },
};

/* The periods the ledger is read by, in the drop-down's order. */
static const ZsPeriodKind period_kinds[] = { ZS_PERIOD_MONTH, ZS_PERIOD_QUARTER, ZS_PERIOD_YEAR };
static const char * const period_labels[] = { N_("By month"), N_("By quarter"), N_("By year") };

typedef struct {
  ZsActivitiesPage *page;
  ActivityColumn    column;
} ColumnRef;

struct _ZsActivitiesPage
{
  ZsPage             parent_instance;

  ColumnRef          refs[N_COLUMNS];
  char              *day;          /* a day of the period shown */
  char              *title;
  ZsActivityFigures  figures;
  ZsRecordList      *activities;
  ZsSlotList        *slots;
  GtkLabel          *figure_labels[5];

  GtkDropDown       *period_dropdown;
  GtkLabel          *period_label;
  GtkBox            *figures_box;
  GtkStack          *list_stack;
  GtkColumnView     *view;
};

G_DEFINE_FINAL_TYPE (ZsActivitiesPage, zs_activities_page, ZS_TYPE_PAGE)

/* ---- cells --------------------------------------------------------------------- */

static ZsStore *
store_of (ZsActivitiesPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static gint64
count_outcomes (ZsActivitiesPage *self,
                ZsRecord         *activity,
                gboolean          leads)
{
  g_autoptr(ZsQuery) query = leads ? zs_activity_leads_query (zs_record_get_id (activity))
                                   : zs_activity_projects_query (zs_record_get_id (activity));

  if (!leads)
    {
      zs_query_add_value (query, ZS_PROJECT_SIGNING_DATE, ZS_QUERY_IS_SET, NULL);
      zs_query_add_int (query, ZS_PROJECT_STAGE, ZS_QUERY_NE, ZS_STAGE_TERMINATED);
    }
  return zs_store_count (store_of (self), query, NULL);
}

static char *
format_cell (gpointer item,
             gpointer user_data)
{
  ColumnRef *ref = user_data;
  ZsRecord *activity = item;
  const char *start = zs_record_get_string (activity, ZS_ACTIVITY_START_DATE);
  const char *end = zs_record_get_string (activity, ZS_ACTIVITY_END_DATE);

  switch (ref->column)
    {
    case COLUMN_DATES:
      /* "08-27 – 08-29" within the period's year reads at a glance. */
      if (end != NULL && g_strcmp0 (end, start) != 0)
        return g_strdup_printf ("%s – %s", start + 5, end + 5);
      return g_strdup (start != NULL ? start + 5 : "");
    case COLUMN_NAME:
      return g_strdup (zs_record_get_title (activity));
    case COLUMN_KIND:
      return zs_format_field (store_of (ref->page), activity, ZS_ACTIVITY_KIND);
    case COLUMN_CITIES:
      return zs_format_field (store_of (ref->page), activity, ZS_ACTIVITY_CITIES);
    case COLUMN_OFFICIAL:
      return zs_format_field (store_of (ref->page), activity, ZS_ACTIVITY_LEADING_OFFICIAL);
    case COLUMN_VISITED:
      {
        gint64 visited = zs_record_get_int (activity, ZS_ACTIVITY_ENTERPRISES_VISITED);

        /* As the figures count it: the number recorded, or those linked. */
        if (visited == 0)
          {
            g_autoptr(ZsQuery) met = zs_activity_enterprises_query (zs_record_get_id (activity));

            visited = zs_store_count (store_of (ref->page), met, NULL);
          }
        return g_strdup_printf ("%" G_GINT64_FORMAT, visited);
      }
    case COLUMN_LEADS:
      return g_strdup_printf ("%" G_GINT64_FORMAT, count_outcomes (ref->page, activity, TRUE));
    case COLUMN_SIGNED:
      return g_strdup_printf ("%" G_GINT64_FORMAT, count_outcomes (ref->page, activity, FALSE));
    case N_COLUMNS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* ---- the period ------------------------------------------------------------------ */

static ZsPeriodKind
period_kind (ZsActivitiesPage *self)
{
  guint position = gtk_drop_down_get_selected (self->period_dropdown);

  return period_kinds[MIN (position, G_N_ELEMENTS (period_kinds) - 1)];
}

static void
update_figures (ZsActivitiesPage *self)
{
  const gint64 values[] = {
    self->figures.activities, self->figures.trips, self->figures.enterprises_visited,
    self->figures.leads, self->figures.projects_signed,
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, values[i]);

      gtk_label_set_text (self->figure_labels[i], text);
    }
}

static void
refresh (ZsActivitiesPage *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (store_of (self) == NULL || !zs_period_bounds (period_kind (self), self->day, &first, &last))
    return;

  g_free (self->title);
  self->title = zs_period_describe (period_kind (self), self->day);
  gtk_label_set_text (self->period_label, self->title);

  query = zs_activity_period_query (first, last);
  if (!zs_record_list_set_query (self->activities, query, &error) ||
      !zs_activity_figures_compute (store_of (self), query, &self->figures, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
  /* Links may have changed what the rows count. */
  zs_slot_list_renotify (self->slots);
  update_figures (self);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->activities)) > 0 ? "list" : "empty");
}

static void
on_period_kind_changed (ZsActivitiesPage *self)
{
  refresh (self);
}

static void
on_store_changed (ZsActivitiesPage *self,
                  GType             type)
{
  if (type != G_TYPE_NONE && type != ZS_TYPE_ACTIVITY && type != ZS_TYPE_ACTIVITY_LINK &&
      type != ZS_TYPE_PROJECT && type != ZS_TYPE_LEAD)
    return;
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
on_view_activate (ZsActivitiesPage *self,
                  guint             position)
{
  g_autoptr(ZsActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->activities), position);

  if (activity != NULL)
    zs_activities_page_open_activity (self, activity);
}

/* ---- actions ---------------------------------------------------------------------- */

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_activities_page_step (ZS_ACTIVITIES_PAGE (widget), g_str_equal (action_name, "activities.next") ? 1 : -1);
}

static void
now_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ZsActivitiesPage *self = ZS_ACTIVITIES_PAGE (widget);

  zs_activities_page_set_period (self, period_kind (self), zs_page_get_today (ZS_PAGE (self)));
}

static void
new_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsActivitiesPage *self = ZS_ACTIVITIES_PAGE (widget);
  g_autoptr(ZsActivity) activity = zs_activity_new ();

  zs_record_set_string (ZS_RECORD (activity), ZS_ACTIVITY_START_DATE, zs_page_get_today (ZS_PAGE (self)));
  zs_activities_page_open_activity (self, activity);
}

static void
add_columns (ZsActivitiesPage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkColumnViewColumn *column;

      self->refs[i].page = self;
      self->refs[i].column = i;
      column = zs_slot_label_column_new (_(activity_columns[i].title), format_cell, NULL, &self->refs[i],
                                         activity_columns[i].numeric, activity_columns[i].width);
      gtk_column_view_column_set_expand (column, i == COLUMN_NAME);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* ---- GObject -------------------------------------------------------------------- */

static void
zs_activities_page_refresh (ZsPage *page)
{
  refresh (ZS_ACTIVITIES_PAGE (page));
}

static void
zs_activities_page_context_set (ZsPage *page)
{
  ZsActivitiesPage *self = ZS_ACTIVITIES_PAGE (page);
  ZsStore *store = zs_page_get_store (page);
  g_autoptr(GtkSelectionModel) selection = NULL;

  /* The period holding today, unless one was chosen already. */
  if (self->day == NULL)
    self->day = g_strdup (zs_page_get_today (page));

  /* Filled by refresh() from the period, which also follows the store. */
  self->activities = zs_record_list_new_manual (store, ZS_TYPE_ACTIVITY);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->period_dropdown))),
                  zs_table_export_attach (GTK_WIDGET (self), store, "activities", self->activities));
  zs_record_list_set_single_change (self->activities, TRUE);
  self->slots = zs_slot_list_new (G_LIST_MODEL (self->activities));
  selection = zs_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_column_view_set_model (self->view, selection);
  add_columns (self);

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_activities_page_dispose (GObject *object)
{
  ZsActivitiesPage *self = ZS_ACTIVITIES_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ACTIVITIES_PAGE);
  g_clear_object (&self->slots);
  g_clear_object (&self->activities);

  G_OBJECT_CLASS (zs_activities_page_parent_class)->dispose (object);
}

static void
zs_activities_page_finalize (GObject *object)
{
  ZsActivitiesPage *self = ZS_ACTIVITIES_PAGE (object);

  g_free (self->day);
  g_free (self->title);

  G_OBJECT_CLASS (zs_activities_page_parent_class)->finalize (object);
}

static void
zs_activities_page_class_init (ZsActivitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_activities_page_dispose;
  object_class->finalize = zs_activities_page_finalize;
  page_class->context_set = zs_activities_page_context_set;
  page_class->refresh = zs_activities_page_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-activities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsActivitiesPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsActivitiesPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, ZsActivitiesPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, ZsActivitiesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsActivitiesPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_period_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);

  gtk_widget_class_install_action (widget_class, "activities.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "activities.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "activities.now", NULL, now_action);
  gtk_widget_class_install_action (widget_class, "activities.new", NULL, new_activity_action);
}

static void
zs_activities_page_init (ZsActivitiesPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  static const char * const captions[] = {
    N_("Activities"), N_("Outbound trips"), N_("Enterprises visited"), N_("Leads"), N_("Projects signed"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (period_labels); i++)
    gtk_string_list_append (kinds, _(period_labels[i]));
  /* A quarter is what bureaus report on. */
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->period_dropdown, 1);

  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    self->figure_labels[i] = zs_figure_add (self->figures_box, _(captions[i]));
}

GListModel *
zs_activities_page_get_model (ZsActivitiesPage *self)
{
  g_return_val_if_fail (ZS_IS_ACTIVITIES_PAGE (self), NULL);
  return G_LIST_MODEL (self->activities);
}

void
zs_activities_page_set_period (ZsActivitiesPage *self,
                               ZsPeriodKind      kind,
                               const char       *day)
{
  g_return_if_fail (ZS_IS_ACTIVITIES_PAGE (self));
  g_return_if_fail (zs_date_is_valid (day));

  g_free (self->day);
  self->day = g_strdup (day);
  for (guint i = 0; i < G_N_ELEMENTS (period_kinds); i++)
    if (period_kinds[i] == kind && gtk_drop_down_get_selected (self->period_dropdown) != i)
      {
        /* Changing the drop-down refreshes. */
        gtk_drop_down_set_selected (self->period_dropdown, i);
        return;
      }
  refresh (self);
}

void
zs_activities_page_step (ZsActivitiesPage *self,
                         int               steps)
{
  char *day;

  g_return_if_fail (ZS_IS_ACTIVITIES_PAGE (self));

  day = zs_period_step (period_kind (self), self->day, steps);
  g_free (self->day);
  self->day = day;
  refresh (self);
}

const char *
zs_activities_page_get_period_title (ZsActivitiesPage *self)
{
  g_return_val_if_fail (ZS_IS_ACTIVITIES_PAGE (self), NULL);
  return self->title;
}

const ZsActivityFigures *
zs_activities_page_get_figures (ZsActivitiesPage *self)
{
  g_return_val_if_fail (ZS_IS_ACTIVITIES_PAGE (self), NULL);
  return &self->figures;
}

GtkWidget *
zs_activities_page_open_activity (ZsActivitiesPage *self,
                                  ZsActivity       *activity)
{
  GtkWidget *detail;

  g_return_val_if_fail (ZS_IS_ACTIVITIES_PAGE (self), NULL);

  detail = zs_activity_detail_new (zs_page_get_context (ZS_PAGE (self)), activity);
  zs_page_show_subpage (ZS_PAGE (self), detail,
                        zs_record_get_id (ZS_RECORD (activity)) != 0 ? zs_record_get_title (ZS_RECORD (activity))
                                                                     : _("New Activity"));
  return detail;
}
