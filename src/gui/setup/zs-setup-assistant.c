/* zs-setup-assistant.c — the first start of a bureau without the demo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Four steps, each skippable: the bureau's name (the issuing unit of its
 * bulletins), its units, its staff (then, if it has people, which of them
 * the clerk is: the history names them) and this year's targets, then a page
 * that offers the first project. The steps are the same editors the units,
 * staff and targets window shows later. Reaching the end, or skipping it,
 * notes ZS_SETTING_SETUP_DONE so the next start opens the board.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-core.h"
#include "zs-person-row.h"
#include "zs-setup-assistant.h"
#include "zs-ui-util.h"

struct _ZsSetupAssistant
{
  GtkWidget      parent_instance;

  ZsContext     *context;
  GtkBox        *box;
  GtkStack      *steps;
  AdwEntryRow   *bureau_row;
  GtkLabel      *location_label;
  AdwBin        *units_bin;
  AdwBin        *staff_bin;
  AdwPreferencesGroup *me_group;
  AdwComboRow   *person_row;
  AdwBin        *targets_bin;
  GtkButton     *back_button;
  GtkButton     *skip_button;
  GtkButton     *next_button;
  GtkLabel      *step_label;
};

G_DEFINE_FINAL_TYPE (ZsSetupAssistant, zs_setup_assistant, GTK_TYPE_WIDGET)

/* "me" belongs to the staff step: it shares its number and is passed
 * over when there is no one to choose. */
static const char * const step_names[] = { "bureau", "units", "staff", "me", "targets", "done" };
#define N_STEPS G_N_ELEMENTS (step_names)
#define STEP_STAFF 2
#define STEP_ME 3
#define N_NUMBERED (N_STEPS - 2)

static guint
current_step (ZsSetupAssistant *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->steps);

  for (guint i = 0; i < N_STEPS; i++)
    if (g_strcmp0 (name, step_names[i]) == 0)
      return i;
  return 0;
}

static void
show_step (ZsSetupAssistant *self,
           guint             step)
{
  g_autofree char *label = NULL;
  gboolean last = step + 1 == N_STEPS;

  if (step == STEP_STAFF)
    zs_staff_editor_reload (zs_setup_assistant_get_staff (self));
  else if (step == STEP_ME)
    zs_person_row_reload (self->person_row);
  else if (step == STEP_ME + 1)
    zs_targets_editor_reload (zs_setup_assistant_get_targets (self));
  else if (last)
    {
      g_autoptr(GError) error = NULL;

      /* From now on the window opens on the board. */
      if (!zs_store_set_setting (zs_context_get_store (self->context), ZS_SETTING_SETUP_DONE, "true", &error))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
    }

  gtk_stack_set_visible_child_name (self->steps, step_names[step]);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), step > 0 && !last);
  gtk_widget_set_visible (GTK_WIDGET (self->skip_button), !last);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), !last);
  /* TRANSLATORS: under the setup assistant: "Step 2 of 4" */
  label = last ? g_strdup ("") : g_strdup_printf (_("Step %u of %u"), step < STEP_ME ? step + 1 : step, (guint) N_NUMBERED);
  gtk_label_set_text (self->step_label, label);
  gtk_button_set_label (self->next_button, step + 2 == N_STEPS ? _("_Finish") : _("_Next"));
}

static gboolean
has_people (ZsSetupAssistant *self)
{
  g_autoptr(GPtrArray) people = zs_people_list (zs_context_get_store (self->context), FALSE, NULL);

  return people != NULL && people->len > 0;
}

/* The step after @step going forward; "me" only with people to choose. */
static guint
next_step (ZsSetupAssistant *self,
           guint             step)
{
  if (step + 1 == STEP_ME && !has_people (self))
    return STEP_ME + 1;
  return step + 1;
}

static void
keep_bureau (ZsSetupAssistant *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->bureau_row))));
  g_autoptr(GError) error = NULL;

  if (*name != '\0' &&
      !zs_store_set_setting (zs_context_get_store (self->context), ZS_SETTING_OFFICE_NAME, name, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
}

static void
on_next_clicked (ZsSetupAssistant *self)
{
  guint step = current_step (self);

  if (step == 0)
    keep_bureau (self);
  if (step + 1 < N_STEPS)
    show_step (self, next_step (self, step));
}

static void
on_skip_clicked (ZsSetupAssistant *self)
{
  guint step = current_step (self);

  /* Skipping the staff skips choosing among them too. */
  if (step == STEP_STAFF)
    show_step (self, STEP_ME + 1);
  else if (step + 1 < N_STEPS)
    show_step (self, step + 1);
}

static void
on_back_clicked (ZsSetupAssistant *self)
{
  guint step = current_step (self);

  if (step == STEP_ME + 1 && !has_people (self))
    show_step (self, STEP_STAFF);
  else if (step > 0)
    show_step (self, step - 1);
}

static void
zs_setup_assistant_dispose (GObject *object)
{
  ZsSetupAssistant *self = ZS_SETUP_ASSISTANT (object);

  zs_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->context);
  G_OBJECT_CLASS (zs_setup_assistant_parent_class)->dispose (object);
}

static void
zs_setup_assistant_class_init (ZsSetupAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_setup_assistant_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-setup-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, box);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, steps);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, bureau_row);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, location_label);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, units_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, staff_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, me_group);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, targets_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, skip_button);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, ZsSetupAssistant, step_label);
  gtk_widget_class_bind_template_callback (widget_class, on_next_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_skip_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_setup_assistant_init (ZsSetupAssistant *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
zs_setup_assistant_set_context (ZsSetupAssistant *self,
                                ZsContext        *context)
{
  g_autofree char *office = NULL;

  g_return_if_fail (ZS_IS_SETUP_ASSISTANT (self));

  g_set_object (&self->context, context);
  office = zs_settings_get_string (zs_context_get_store (context), ZS_SETTING_OFFICE_NAME);
  gtk_editable_set_text (GTK_EDITABLE (self->bureau_row), office);
  adw_bin_set_child (self->units_bin, zs_units_editor_new (zs_context_get_store (context)));
  adw_bin_set_child (self->staff_bin, zs_staff_editor_new (context));
  if (self->person_row != NULL)
    adw_preferences_group_remove (self->me_group, GTK_WIDGET (self->person_row));
  self->person_row = ADW_COMBO_ROW (zs_person_row_new (zs_context_get_store (context)));
  adw_preferences_group_add (self->me_group, GTK_WIDGET (self->person_row));
  adw_bin_set_child (self->targets_bin, zs_targets_editor_new (context));
  show_step (self, 0);
}

void
zs_setup_assistant_set_location (ZsSetupAssistant *self,
                                 const char       *location)
{
  g_return_if_fail (ZS_IS_SETUP_ASSISTANT (self));
  gtk_label_set_text (self->location_label, location);
}

const char *
zs_setup_assistant_get_step (ZsSetupAssistant *self)
{
  g_return_val_if_fail (ZS_IS_SETUP_ASSISTANT (self), NULL);
  return step_names[current_step (self)];
}

void
zs_setup_assistant_next (ZsSetupAssistant *self)
{
  on_next_clicked (self);
}

void
zs_setup_assistant_skip (ZsSetupAssistant *self)
{
  on_skip_clicked (self);
}

void
zs_setup_assistant_set_bureau (ZsSetupAssistant *self,
                               const char       *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->bureau_row), name);
}

ZsUnitsEditor *
zs_setup_assistant_get_units (ZsSetupAssistant *self)
{
  return ZS_UNITS_EDITOR (adw_bin_get_child (self->units_bin));
}

ZsStaffEditor *
zs_setup_assistant_get_staff (ZsSetupAssistant *self)
{
  return ZS_STAFF_EDITOR (adw_bin_get_child (self->staff_bin));
}

ZsTargetsEditor *
zs_setup_assistant_get_targets (ZsSetupAssistant *self)
{
  return ZS_TARGETS_EDITOR (adw_bin_get_child (self->targets_bin));
}

gboolean
zs_setup_assistant_choose_person (ZsSetupAssistant *self,
                                  const char       *name)
{
  g_return_val_if_fail (ZS_IS_SETUP_ASSISTANT (self), FALSE);
  return zs_person_row_choose (self->person_row, name);
}
