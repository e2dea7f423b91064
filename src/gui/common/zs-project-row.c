/* zs-project-row.c — one project in a list: name, investor, amount, stage, grade
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-project-row.h"
#include "zs-ui-util.h"

struct _ZsProjectRow
{
  GtkWidget  parent_instance;

  ZsStore   *store;
  ZsProject *project;
  gulong     notify_id;

  GtkBox    *grade_stripe;
  GtkLabel  *name_label;
  GtkImage  *key_icon;
  GtkLabel  *detail_label;
  GtkLabel  *amount_label;
  GtkLabel  *stage_label;
  GtkLabel  *grade_label;
};

G_DEFINE_FINAL_TYPE (ZsProjectRow, zs_project_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const grade_classes[] = {
  [ZS_GRADE_GREEN] = "grade-green",
  [ZS_GRADE_YELLOW] = "grade-yellow",
  [ZS_GRADE_ORANGE] = "grade-orange",
  [ZS_GRADE_RED] = "grade-red",
};

const char *
zs_grade_css_class (ZsGrade grade)
{
  g_return_val_if_fail (grade < G_N_ELEMENTS (grade_classes), "grade-green");
  return grade_classes[grade];
}

static void
set_grade_class (GtkWidget *widget,
                 ZsGrade    grade)
{
  for (guint i = 0; i < G_N_ELEMENTS (grade_classes); i++)
    gtk_widget_remove_css_class (widget, grade_classes[i]);
  gtk_widget_add_css_class (widget, zs_grade_css_class (grade));
}

static void
update (ZsProjectRow *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  static const guint detail_fields[] = { ZS_PROJECT_INVESTOR, ZS_PROJECT_UNIT_ID, ZS_PROJECT_PERSON_ID };
  g_autofree char *detail = NULL;
  g_autofree char *amount = NULL;
  ZsGrade grade;

  if (r == NULL)
    return;

  gtk_label_set_text (self->name_label, zs_record_get_title (r));
  gtk_widget_set_visible (GTK_WIDGET (self->key_icon), zs_record_get_boolean (r, ZS_PROJECT_KEY_PROJECT));

  for (guint i = 0; i < G_N_ELEMENTS (detail_fields); i++)
    {
      char *text = zs_format_field (self->store, r, detail_fields[i]);

      if (*text != '\0')
        g_ptr_array_add (parts, text);
      else
        g_free (text);
    }
  g_ptr_array_add (parts, NULL);
  detail = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_text (self->detail_label, detail);

  amount = zs_format_amount (zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT));
  gtk_label_set_text (self->amount_label, amount);
  gtk_label_set_text (self->stage_label, zs_stage_get_label (zs_record_get_enum (r, ZS_PROJECT_STAGE)));

  grade = zs_record_get_enum (r, ZS_PROJECT_GRADE);
  gtk_label_set_text (self->grade_label, zs_grade_get_label (grade));
  set_grade_class (GTK_WIDGET (self->grade_stripe), grade);
  set_grade_class (GTK_WIDGET (self->grade_label), grade);
}

static void
zs_project_row_dispose (GObject *object)
{
  ZsProjectRow *self = ZS_PROJECT_ROW (object);

  zs_project_row_set_project (self, NULL);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PROJECT_ROW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_project_row_parent_class)->dispose (object);
}

static void
zs_project_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZsProjectRow *self = ZS_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_project_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZsProjectRow *self = ZS_PROJECT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      zs_project_row_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_project_row_class_init (ZsProjectRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_project_row_dispose;
  object_class->get_property = zs_project_row_get_property;
  object_class->set_property = zs_project_row_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, ZS_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-project-row");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-project-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, grade_stripe);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, key_icon);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, stage_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectRow, grade_label);
}

static void
zs_project_row_init (ZsProjectRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsProjectRow *
zs_project_row_new (ZsStore *store)
{
  ZsProjectRow *self = g_object_new (ZS_TYPE_PROJECT_ROW, NULL);

  self->store = g_object_ref (store);
  return self;
}

ZsProject *
zs_project_row_get_project (ZsProjectRow *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_ROW (self), NULL);
  return self->project;
}

void
zs_project_row_set_project (ZsProjectRow *self,
                            ZsProject    *project)
{
  g_return_if_fail (ZS_IS_PROJECT_ROW (self));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_clear_signal_handler (&self->notify_id, self->project);
  g_set_object (&self->project, project);
  if (project != NULL)
    self->notify_id = g_signal_connect_object (project, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}
