/* zs-period-picker.c — a week, month, quarter, year or chosen range, stepped back and forth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One widget for the dispatch page and the 清单 checklists. The periods
 * are core's (zs-period, zs_report_describe_period()); this only shows
 * and steps them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-core.h"
#include "zs-period-picker.h"

struct _ZsPeriodPicker
{
  GtkBox        parent_instance;

  char         *today;
  int           kind;
  char         *first;
  char         *last;
  char         *label;

  GtkDropDown  *kind_dropdown;
  GtkBox       *step_box;
  GtkLabel     *period_label;
  GtkBox       *custom_box;
  GtkEntry     *first_entry;
  GtkEntry     *last_entry;
};

G_DEFINE_FINAL_TYPE (ZsPeriodPicker, zs_period_picker, GTK_TYPE_BOX)

enum {
  CHANGED,
  INVALID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The menu: kinds, not periods; the label says which one. */
static const char * const kind_names[] = {
  N_("Week"), N_("Month"), N_("Quarter"), N_("Year"), N_("Custom Range"),
};

static const char * const last_names[] = {
  N_("last week"), N_("last month"), N_("last quarter"), N_("last year"),
};

static void
set_range (ZsPeriodPicker *self,
           const char     *first,
           const char     *last)
{
  g_autofree char *title = zs_report_describe_period (first, last);
  const char *relative = NULL;

  g_free (self->first);
  g_free (self->last);
  self->first = g_strdup (first);
  self->last = g_strdup (last);

  if (self->kind != ZS_PERIOD_PICKER_CUSTOM && self->today != NULL)
    {
      g_autofree char *now_first = NULL, *now_last = NULL;
      g_autofree char *before = zs_period_step (self->kind, self->today, -1);
      g_autofree char *before_first = NULL, *before_last = NULL;

      if (zs_period_bounds (self->kind, self->today, &now_first, &now_last) && g_str_equal (now_first, first))
        relative = zs_period_kind_get_label (self->kind);
      else if (before != NULL && zs_period_bounds (self->kind, before, &before_first, &before_last) &&
               g_str_equal (before_first, first))
        relative = _(last_names[self->kind]);
    }
  g_free (self->label);
  /* TRANSLATORS: the period shown and which it is: "2026年第3季度（上季度）" */
  self->label = relative != NULL ? g_strdup_printf (_("%s (%s)"), title, relative) : g_steal_pointer (&title);
  gtk_label_set_text (self->period_label, self->label);
  gtk_editable_set_text (GTK_EDITABLE (self->first_entry), first);
  gtk_editable_set_text (GTK_EDITABLE (self->last_entry), last);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The period of the current kind that holds @day. */
static void
show_period_of (ZsPeriodPicker *self,
                const char     *day)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (self->kind < 0 || self->kind == ZS_PERIOD_PICKER_CUSTOM || day == NULL || !zs_period_bounds (self->kind, day, &first, &last))
    return;
  set_range (self, first, last);
}

static void
on_kind_changed (ZsPeriodPicker *self)
{
  int kind = (int) gtk_drop_down_get_selected (self->kind_dropdown);
  gboolean custom = kind == ZS_PERIOD_PICKER_CUSTOM;

  if (kind == self->kind)
    return;
  self->kind = kind;
  gtk_widget_set_visible (GTK_WIDGET (self->custom_box), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->step_box), !custom);
  gtk_widget_set_visible (GTK_WIDGET (self->period_label), !custom);
  if (!custom)
    show_period_of (self, self->today);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->first_entry));
}

/* The typed days, checked: a wrong one is named, nothing changes. */
static gboolean
apply_custom (ZsPeriodPicker *self,
              const char     *first,
              const char     *last)
{
  g_autofree char *message = NULL;

  if (first == NULL || last == NULL || !zs_date_is_valid (first) || !zs_date_is_valid (last))
    message = g_strdup_printf (_("“%s” is not a date. Write the %s as YYYY-MM-DD, for example 2026-11-01."),
                               first == NULL || !zs_date_is_valid (first) ? (first ? first : "") : last,
                               first == NULL || !zs_date_is_valid (first) ? _("first day") : _("last day"));
  else if (zs_date_compare (first, last) > 0)
    message = g_strdup_printf (_("The first day %s comes after the last day %s. Swap them."), first, last);
  if (message != NULL)
    {
      g_signal_emit (self, signals[INVALID], 0, message);
      return FALSE;
    }
  set_range (self, first, last);
  return TRUE;
}

static void
on_custom_activate (ZsPeriodPicker *self)
{
  g_autofree char *first = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->first_entry))));
  g_autofree char *last = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->last_entry))));

  apply_custom (self, first, last);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_period_picker_step (ZS_PERIOD_PICKER (widget), g_str_equal (action_name, "period.next") ? 1 : -1);
}

static void
zs_period_picker_finalize (GObject *object)
{
  ZsPeriodPicker *self = ZS_PERIOD_PICKER (object);

  g_free (self->today);
  g_free (self->first);
  g_free (self->last);
  g_free (self->label);

  G_OBJECT_CLASS (zs_period_picker_parent_class)->finalize (object);
}

static void
zs_period_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ZS_TYPE_PERIOD_PICKER);
  G_OBJECT_CLASS (zs_period_picker_parent_class)->dispose (object);
}

static void
zs_period_picker_class_init (ZsPeriodPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_period_picker_dispose;
  object_class->finalize = zs_period_picker_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[INVALID] = g_signal_new ("invalid", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-period-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, step_box);
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, period_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, custom_box);
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, first_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsPeriodPicker, last_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_activate);

  gtk_widget_class_install_action (widget_class, "period.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "period.next", NULL, step_action);
}

static void
zs_period_picker_init (ZsPeriodPicker *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->kind = -1;
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    gtk_string_list_append (kinds, _(kind_names[i]));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->kind_dropdown, GTK_INVALID_LIST_POSITION);
}

ZsPeriodPicker *
zs_period_picker_new (void)
{
  return g_object_new (ZS_TYPE_PERIOD_PICKER, NULL);
}

void
zs_period_picker_set_today (ZsPeriodPicker *self,
                            const char     *today)
{
  g_return_if_fail (ZS_IS_PERIOD_PICKER (self));

  g_free (self->today);
  self->today = g_strdup (today);
  show_period_of (self, today);
}

gboolean
zs_period_picker_set_period (ZsPeriodPicker *self,
                             int             kind,
                             const char     *first,
                             const char     *last)
{
  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), FALSE);
  g_return_val_if_fail (kind >= ZS_PERIOD_WEEK && kind <= ZS_PERIOD_PICKER_CUSTOM, FALSE);

  if (kind != ZS_PERIOD_PICKER_CUSTOM)
    {
      /* A new kind shows its period as the menu changes. */
      if (kind != self->kind)
        gtk_drop_down_set_selected (self->kind_dropdown, (guint) kind);
      else
        show_period_of (self, self->today);
      return TRUE;
    }
  gtk_drop_down_set_selected (self->kind_dropdown, (guint) kind);
  return apply_custom (self, first, last);
}

void
zs_period_picker_step (ZsPeriodPicker *self,
                       int             direction)
{
  g_autofree char *day = NULL;

  g_return_if_fail (ZS_IS_PERIOD_PICKER (self));

  if (self->kind == ZS_PERIOD_PICKER_CUSTOM || self->first == NULL)
    return;
  day = direction < 0 ? zs_date_add_days (self->first, -1) : zs_date_add_days (self->last, 1);
  show_period_of (self, day);
}

int
zs_period_picker_get_kind (ZsPeriodPicker *self)
{
  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), -1);
  return self->kind;
}

const char *
zs_period_picker_get_first (ZsPeriodPicker *self)
{
  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), NULL);
  return self->first;
}

const char *
zs_period_picker_get_last (ZsPeriodPicker *self)
{
  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), NULL);
  return self->last;
}

const char *
zs_period_picker_get_label (ZsPeriodPicker *self)
{
  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), NULL);
  return self->label;
}

const char *
zs_period_picker_get_menu_text (ZsPeriodPicker *self)
{
  GtkStringObject *item;

  g_return_val_if_fail (ZS_IS_PERIOD_PICKER (self), NULL);
  item = gtk_drop_down_get_selected_item (self->kind_dropdown);
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}
