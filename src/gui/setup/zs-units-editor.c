/* zs-units-editor.c — the bureau's units: add, rename, reorder, retire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One row per unit in the bureau's order (the order of the dispatch page's
 * tables), renamed in place; units that merged or closed are retired and
 * listed apart, with their history kept. The work is done by zs-staff.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-core.h"
#include "zs-units-editor.h"

struct _ZsUnitsEditor
{
  AdwBin               parent_instance;

  ZsStore             *store;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *units_group;
  AdwPreferencesGroup *retired_group;
  GPtrArray           *rows;          /* the rows added to the groups */
  AdwEntryRow         *add_rows[2];   /* by ZsUnitKind */
  gboolean             rebuilding;
};

G_DEFINE_FINAL_TYPE (ZsUnitsEditor, zs_units_editor, ADW_TYPE_BIN)

static void rebuild (ZsUnitsEditor *self);

static void
toast (ZsUnitsEditor *self,
       const char    *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static ZsUnit *
row_unit (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return g_object_get_data (G_OBJECT (row != NULL ? row : widget), "zs-unit");
}

static void
on_rename_applied (AdwEntryRow   *row,
                   ZsUnitsEditor *self)
{
  ZsUnit *unit = row_unit (GTK_WIDGET (row));
  g_autoptr(GError) error = NULL;

  if (!zs_units_rename (self->store, unit, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      toast (self, error->message);
      gtk_editable_set_text (GTK_EDITABLE (row), zs_record_get_string (ZS_RECORD (unit), ZS_UNIT_NAME));
    }
}

static void
move_by (ZsUnitsEditor *self,
         GtkWidget     *button,
         int            delta)
{
  ZsUnit *unit = row_unit (button);
  g_autoptr(GPtrArray) units = zs_units_list (self->store, FALSE, NULL);
  g_autoptr(GError) error = NULL;
  guint index;

  if (units == NULL || !g_ptr_array_find (units, unit, &index) ||
      (delta < 0 && index == 0) || (delta > 0 && index + 1 >= units->len))
    return;
  /* Positions count retired units too: move next to the neighbour in use. */
  {
    g_autoptr(GPtrArray) all = zs_units_list (self->store, TRUE, NULL);
    guint target;

    g_ptr_array_find (all, g_ptr_array_index (units, index + delta), &target);
    if (!zs_units_move (self->store, unit, target, &error))
      toast (self, error->message);
  }
  rebuild (self);
}

static void
on_up_clicked (GtkButton     *button,
               ZsUnitsEditor *self)
{
  move_by (self, GTK_WIDGET (button), -1);
}

static void
on_down_clicked (GtkButton     *button,
                 ZsUnitsEditor *self)
{
  move_by (self, GTK_WIDGET (button), +1);
}

static void
on_remove_clicked (GtkButton     *button,
                   ZsUnitsEditor *self)
{
  ZsUnit *unit = row_unit (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  gboolean retired = FALSE;

  if (!zs_units_remove (self->store, unit, &retired, &error))
    toast (self, error->message);
  else if (retired)
    toast (self, _("The unit has projects or targets: it is retired and keeps them"));
  rebuild (self);
}

static void
on_restore_clicked (GtkButton     *button,
                    ZsUnitsEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!zs_units_set_retired (self->store, row_unit (GTK_WIDGET (button)), FALSE, &error))
    toast (self, error->message);
  rebuild (self);
}

static void
on_add_applied (AdwEntryRow   *row,
                ZsUnitsEditor *self)
{
  ZsUnitKind kind = row == self->add_rows[ZS_UNIT_TOWN] ? ZS_UNIT_TOWN : ZS_UNIT_DEPARTMENT;
  g_autoptr(ZsUnit) unit = NULL;
  g_autoptr(GError) error = NULL;

  unit = zs_units_add (self->store, gtk_editable_get_text (GTK_EDITABLE (row)), kind, &error);
  if (unit == NULL)
    {
      toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  rebuild (self);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             GCallback   callback,
             gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static GtkWidget *
unit_row (ZsUnitsEditor *self,
          ZsUnit        *unit,
          guint          index,
          guint          n)
{
  ZsRecord *r = ZS_RECORD (unit);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *up, *down;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 zs_enum_get_label (ZS_TYPE_UNIT_KIND, zs_record_get_enum (r, ZS_UNIT_KIND)));
  gtk_editable_set_text (GTK_EDITABLE (row), zs_record_get_string (r, ZS_UNIT_NAME));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "zs-unit", g_object_ref (unit), g_object_unref);
  g_signal_connect (row, "apply", G_CALLBACK (on_rename_applied), self);

  up = icon_button ("go-up-symbolic", _("Move Up"), G_CALLBACK (on_up_clicked), self);
  down = icon_button ("go-down-symbolic", _("Move Down"), G_CALLBACK (on_down_clicked), self);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row),
                            icon_button ("user-trash-symbolic", _("Remove or Retire Unit"),
                                         G_CALLBACK (on_remove_clicked), self));
  return row;
}

static GtkWidget *
retired_row (ZsUnitsEditor *self,
             ZsUnit        *unit)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Use Again"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zs_record_get_string (ZS_RECORD (unit), ZS_UNIT_NAME));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "zs-unit", g_object_ref (unit), g_object_unref);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
rebuild (ZsUnitsEditor *self)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  guint n_retired = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP));

      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->rows, 0);

  units = zs_units_list (self->store, TRUE, &error);
  if (units == NULL)
    {
      toast (self, error->message);
      return;
    }
  {
    guint n_in_use = 0, index = 0;

    for (guint i = 0; i < units->len; i++)
      n_in_use += !zs_record_get_boolean (g_ptr_array_index (units, i), ZS_UNIT_RETIRED);
    for (guint i = 0; i < units->len; i++)
      {
        ZsUnit *unit = g_ptr_array_index (units, i);
        GtkWidget *row;

        if (zs_record_get_boolean (ZS_RECORD (unit), ZS_UNIT_RETIRED))
          {
            row = retired_row (self, unit);
            adw_preferences_group_add (self->retired_group, row);
            n_retired++;
          }
        else
          {
            row = unit_row (self, unit, index++, n_in_use);
            adw_preferences_group_add (self->units_group, row);
          }
        g_ptr_array_add (self->rows, row);
      }
  }
  gtk_widget_set_visible (GTK_WIDGET (self->retired_group), n_retired > 0);
}

static GtkWidget *
add_row (ZsUnitsEditor *self,
         const char    *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_add_applied), self);
  return row;
}

static void
zs_units_editor_dispose (GObject *object)
{
  ZsUnitsEditor *self = ZS_UNITS_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zs_units_editor_parent_class)->dispose (object);
}

static void
zs_units_editor_class_init (ZsUnitsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_units_editor_dispose;
}

static void
zs_units_editor_init (ZsUnitsEditor *self)
{
  AdwPreferencesGroup *add;

  self->rows = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  self->units_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->units_group, _("Units"));
  adw_preferences_group_set_description (self->units_group,
                                         _("Departments, towns and streets in the bureau’s own order: the dispatch page "
                                           "and the bulletin list and rank them in this order. Press Enter to keep a new name."));
  add = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (add, _("Add a Unit"));
  self->add_rows[ZS_UNIT_DEPARTMENT] = ADW_ENTRY_ROW (add_row (self, _("New department")));
  self->add_rows[ZS_UNIT_TOWN] = ADW_ENTRY_ROW (add_row (self, _("New town or street")));
  adw_preferences_group_add (add, GTK_WIDGET (self->add_rows[ZS_UNIT_DEPARTMENT]));
  adw_preferences_group_add (add, GTK_WIDGET (self->add_rows[ZS_UNIT_TOWN]));
  self->retired_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->retired_group, _("No Longer in Use"));
  adw_preferences_group_set_description (self->retired_group,
                                         _("Retired units keep their projects, targets and history."));

  adw_preferences_page_add (self->page, self->units_group);
  adw_preferences_page_add (self->page, add);
  adw_preferences_page_add (self->page, self->retired_group);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->page));
}

GtkWidget *
zs_units_editor_new (ZsStore *store)
{
  ZsUnitsEditor *self = g_object_new (ZS_TYPE_UNITS_EDITOR, NULL);

  self->store = g_object_ref (store);
  rebuild (self);
  return GTK_WIDGET (self);
}

void
zs_units_editor_enter_new (ZsUnitsEditor *self,
                           ZsUnitKind     kind,
                           const char    *name)
{
  g_return_if_fail (ZS_IS_UNITS_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->add_rows[kind]), name);
  g_signal_emit_by_name (self->add_rows[kind], "entry-activated");
}
