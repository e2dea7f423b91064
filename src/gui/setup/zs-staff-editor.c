/* zs-staff-editor.c — the bureau's people (包靠人员): add, retire, hand over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A person is never deleted: one who leaves is retired, and what they were
 * responsible for goes to a successor in one step (zs_people_hand_over).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-core.h"
#include "zs-staff-editor.h"

struct _ZsStaffEditor
{
  AdwBin               parent_instance;

  ZsContext           *context;
  AdwPreferencesGroup *people_group;
  AdwPreferencesGroup *retired_group;
  AdwEntryRow         *name_row;
  AdwComboRow         *unit_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *phone_row;
  GPtrArray           *rows;
  GPtrArray           *units;   /* in use, as the unit row lists them after "none" */
};

G_DEFINE_FINAL_TYPE (ZsStaffEditor, zs_staff_editor, ADW_TYPE_BIN)

static void rebuild (ZsStaffEditor *self);

static ZsStore *
store_of (ZsStaffEditor *self)
{
  return zs_context_get_store (self->context);
}

static void
toast (ZsStaffEditor *self,
       const char    *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static ZsPerson *
row_person (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return g_object_get_data (G_OBJECT (row), "zs-person");
}

/* ---- handing over ------------------------------------------------------------ */

typedef struct {
  ZsStaffEditor *self;
  ZsPerson      *leaving;
  GPtrArray     *successors;
  GtkDropDown   *choice;
} HandOver;

static void
hand_over_free (HandOver *h)
{
  g_object_unref (h->leaving);
  g_ptr_array_unref (h->successors);
  g_free (h);
}

static void
on_hand_over_response (AdwMessageDialog *dialog,
                       const char       *response,
                       HandOver         *h)
{
  g_autoptr(GError) error = NULL;
  guint moved = 0;

  if (g_strcmp0 (response, "hand-over") == 0)
    {
      ZsPerson *to = g_ptr_array_index (h->successors, gtk_drop_down_get_selected (h->choice));

      if (!zs_people_hand_over (store_of (h->self), h->leaving, to, zs_clock_get_today (zs_context_get_clock (h->self->context)),
                                &moved, &error))
        toast (h->self, error->message);
      else
        {
          g_autofree char *message = g_strdup_printf (g_dngettext (NULL, "%u record handed over to %s", "%u records handed over to %s", moved),
                                                      moved, zs_record_get_string (ZS_RECORD (to), ZS_PERSON_NAME));
          toast (h->self, message);
        }
      rebuild (h->self);
    }
  hand_over_free (h);
}

static void
ask_hand_over (ZsStaffEditor *self,
               ZsPerson      *leaving,
               gint64         n_owned)
{
  HandOver *h = g_new0 (HandOver, 1);
  g_autoptr(GPtrArray) people = zs_people_list (store_of (self), FALSE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *name = zs_record_get_string (ZS_RECORD (leaving), ZS_PERSON_NAME);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  h->self = self;
  h->leaving = g_object_ref (leaving);
  h->successors = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; people != NULL && i < people->len; i++)
    if (g_ptr_array_index (people, i) != (gpointer) leaving)
      {
        g_ptr_array_add (h->successors, g_object_ref (g_ptr_array_index (people, i)));
        gtk_string_list_append (names, zs_record_get_string (g_ptr_array_index (people, i), ZS_PERSON_NAME));
      }
  if (h->successors->len == 0)
    {
      toast (self, _("Add the successor first: the projects need someone in service"));
      hand_over_free (h);
      return;
    }

  body = g_strdup_printf (g_dngettext (NULL,
                                       "%s is responsible for %d project, lead, enterprise or carrier. "
                                       "It goes to the successor, with a note in each project’s log, and %s is retired.",
                                       "%s is responsible for %d projects, leads, enterprises and carriers. "
                                       "They go to the successor, with a note in each project’s log, and %s is retired.",
                                       (gulong) n_owned),
                          name, (int) n_owned, name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Hand Over and Retire?"), body);
  h->choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_widget_set_halign (GTK_WIDGET (h->choice), GTK_ALIGN_CENTER);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (h->choice));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "hand-over", _("_Hand Over and Retire"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "hand-over", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "hand-over");
  g_signal_connect (dialog, "response", G_CALLBACK (on_hand_over_response), h);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_retire_clicked (GtkButton     *button,
                   ZsStaffEditor *self)
{
  ZsPerson *person = row_person (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  gint64 owned = zs_people_count_owned (store_of (self), zs_record_get_id (ZS_RECORD (person)), &error);

  if (owned > 0)
    {
      ask_hand_over (self, person, owned);
      return;
    }
  if (owned < 0 || !zs_people_set_retired (store_of (self), person, TRUE, &error))
    toast (self, error->message);
  rebuild (self);
}

static void
on_restore_clicked (GtkButton     *button,
                    ZsStaffEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!zs_people_set_retired (store_of (self), row_person (GTK_WIDGET (button)), FALSE, &error))
    toast (self, error->message);
  rebuild (self);
}

static void
on_add_clicked (ZsStaffEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->unit_row);
  gint64 unit_id = 0;
  g_autoptr(ZsPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->units->len)
    unit_id = zs_record_get_id (g_ptr_array_index (self->units, selected - 1));
  person = zs_people_add (store_of (self), gtk_editable_get_text (GTK_EDITABLE (self->name_row)), unit_id,
                          gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                          gtk_editable_get_text (GTK_EDITABLE (self->phone_row)), &error);
  if (person == NULL)
    {
      toast (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), "");
  rebuild (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* ---- rows ------------------------------------------------------------------- */

static char *
describe (ZsStaffEditor *self,
          ZsRecord      *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 unit_id = zs_record_get_int (person, ZS_PERSON_UNIT_ID);
  const char *fields[] = { zs_record_get_string (person, ZS_PERSON_TITLE), zs_record_get_string (person, ZS_PERSON_PHONE) };

  if (unit_id != 0)
    {
      g_autoptr(ZsRecord) unit = zs_store_load (store_of (self), ZS_TYPE_UNIT, unit_id, NULL);

      if (unit != NULL)
        g_ptr_array_add (parts, g_strdup (zs_record_get_string (unit, ZS_UNIT_NAME)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && *fields[i] != '\0')
      g_ptr_array_add (parts, g_strdup (fields[i]));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
person_row (ZsStaffEditor *self,
            ZsPerson      *person,
            gboolean       retired)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (self, ZS_RECORD (person));
  GtkWidget *button = gtk_button_new_with_mnemonic (retired ? _("_Back in Service") : _("_Retire…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zs_record_get_string (ZS_RECORD (person), ZS_PERSON_NAME));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "zs-person", g_object_ref (person), g_object_unref);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", retired ? G_CALLBACK (on_restore_clicked) : G_CALLBACK (on_retire_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
load_units (ZsStaffEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = zs_units_list (store_of (self), FALSE, NULL);
  if (self->units == NULL)
    self->units = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (names, _("No unit"));
  for (guint i = 0; i < self->units->len; i++)
    gtk_string_list_append (names, zs_record_get_string (g_ptr_array_index (self->units, i), ZS_UNIT_NAME));
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (names));
}

static void
rebuild (ZsStaffEditor *self)
{
  g_autoptr(GPtrArray) people = zs_people_list (store_of (self), TRUE, NULL);
  guint n_active = 0, n_retired = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      ZsPerson *person = g_ptr_array_index (people, i);
      gboolean retired = !zs_record_get_boolean (ZS_RECORD (person), ZS_PERSON_ACTIVE);
      GtkWidget *row = person_row (self, person, retired);

      adw_preferences_group_add (retired ? self->retired_group : self->people_group, row);
      g_ptr_array_add (self->rows, row);
      if (retired)
        n_retired++;
      else
        n_active++;
    }
  adw_preferences_group_set_description (self->people_group,
                                         n_active == 0 ? _("No one yet. Add the people who are responsible for projects (包靠人员) below.")
                                                       : _("The people responsible for projects (包靠人员). One who leaves hands their work to a successor and is retired: nobody is deleted."));
  gtk_widget_set_visible (GTK_WIDGET (self->retired_group), n_retired > 0);
}

/* ---- GObject ------------------------------------------------------------------ */

static GtkWidget *
entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
zs_staff_editor_dispose (GObject *object)
{
  ZsStaffEditor *self = ZS_STAFF_EDITOR (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (zs_staff_editor_parent_class)->dispose (object);
}

static void
zs_staff_editor_class_init (ZsStaffEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_staff_editor_dispose;
}

static void
zs_staff_editor_init (ZsStaffEditor *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *add = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Person"));

  self->rows = g_ptr_array_new ();
  self->people_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->people_group, _("Staff"));

  adw_preferences_group_set_title (add, _("Add a Person"));
  self->name_row = ADW_ENTRY_ROW (entry_row (_("Full name")));
  self->unit_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unit_row), _("Unit"));
  self->title_row = ADW_ENTRY_ROW (entry_row (_("Position")));
  self->phone_row = ADW_ENTRY_ROW (entry_row (_("Phone")));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_add_clicked), self);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (on_add_clicked), self);
  g_signal_connect_swapped (self->phone_row, "entry-activated", G_CALLBACK (on_add_clicked), self);
  adw_preferences_group_add (add, GTK_WIDGET (self->name_row));
  adw_preferences_group_add (add, GTK_WIDGET (self->unit_row));
  adw_preferences_group_add (add, GTK_WIDGET (self->title_row));
  adw_preferences_group_add (add, GTK_WIDGET (self->phone_row));
  adw_preferences_group_add (add, button);

  self->retired_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->retired_group, _("Retired"));
  adw_preferences_group_set_description (self->retired_group, _("Retired people keep their history."));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->people_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), add);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->retired_group);
  adw_bin_set_child (ADW_BIN (self), page);
}

GtkWidget *
zs_staff_editor_new (ZsContext *context)
{
  ZsStaffEditor *self = g_object_new (ZS_TYPE_STAFF_EDITOR, NULL);

  self->context = g_object_ref (context);
  zs_staff_editor_reload (self);
  return GTK_WIDGET (self);
}

void
zs_staff_editor_reload (ZsStaffEditor *self)
{
  g_return_if_fail (ZS_IS_STAFF_EDITOR (self));

  load_units (self);
  rebuild (self);
}

void
zs_staff_editor_add (ZsStaffEditor *self,
                     const char    *name,
                     guint          unit_index,
                     const char    *title,
                     const char    *phone)
{
  g_return_if_fail (ZS_IS_STAFF_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  adw_combo_row_set_selected (self->unit_row, unit_index + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title != NULL ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), phone != NULL ? phone : "");
  on_add_clicked (self);
}
