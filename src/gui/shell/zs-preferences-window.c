/* zs-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-bureau-window.h"
#include "zs-person-row.h"
#include "zs-preferences-window.h"
#include "zs-reminder-group.h"

typedef struct {
  const char *key;
  const char *title;      /* N_() */
  const char *subtitle;   /* N_() */
  int         max;
} NumberSetting;

static const NumberSetting grade_settings[] = {
  { ZS_SETTING_GRADE_YELLOW_DAYS, N_("Yellow after"), N_("Days without progress before a project is suggested yellow"), 3650 },
  { ZS_SETTING_GRADE_ORANGE_DAYS, N_("Orange after"), N_("Days without progress before a project is suggested orange"), 3650 },
  { ZS_SETTING_GRADE_RED_DAYS, N_("Red after"), N_("Days without progress before a project is suggested red"), 3650 },
  { ZS_SETTING_STALE_DAYS, N_("Stale after"), N_("Days in one stage before a card is marked stale"), 3650 },
};

static const NumberSetting lead_settings[] = {
  { ZS_SETTING_LEAD_RESPOND_DAYS, N_("Respond within"), N_("Days from receiving a lead to the first response"), 365 },
  { ZS_SETTING_LEAD_ASSESS_DAYS, N_("Assess within"), N_("Days from receiving a lead to its assessment"), 365 },
  { ZS_SETTING_LEAD_FEEDBACK_DAYS, N_("Report back within"), N_("Days from receiving a lead to feedback to the referrer"), 365 },
};

static const NumberSetting partner_settings[] = {
  { ZS_SETTING_PARTNER_CONTACT_DAYS, N_("Contact every"), N_("Partners not contacted for longer are marked in the list"), 3650 },
};

static const NumberSetting trash_settings[] = {
  { ZS_SETTING_TRASH_DAYS, N_("Keep deleted records for"), N_("Days a deleted record stays in the trash before it is removed for good"), 3650 },
};

static const NumberSetting attachment_settings[] = {
  { ZS_SETTING_ATTACHMENT_MAX_MB, N_("Largest file (MB)"), N_("A larger file is refused when it is attached"), 1024 },
};

static const NumberSetting backup_settings[] = {
  { ZS_SETTING_BACKUP_KEEP, N_("Daily copies kept"), N_("Older automatic backups are removed"), 365 },
};

struct _ZsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  ZsStore              *store;
  GHashTable           *spins;      /* key → GtkSpinButton */
  GtkLabel             *grade_problem;
  GtkTextBuffer        *reasons;
  AdwComboRow          *person_row;
  char                 *problem;
};

G_DEFINE_FINAL_TYPE (ZsPreferencesWindow, zs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static int
spin_value (ZsPreferencesWindow *self,
            const char          *key)
{
  return gtk_spin_button_get_value_as_int (g_hash_table_lookup (self->spins, key));
}

/* Thresholds must rise from yellow to red, or the suggestion makes no sense. */
static char *
check_grades (ZsPreferencesWindow *self)
{
  int yellow = spin_value (self, ZS_SETTING_GRADE_YELLOW_DAYS);
  int orange = spin_value (self, ZS_SETTING_GRADE_ORANGE_DAYS);
  int red = spin_value (self, ZS_SETTING_GRADE_RED_DAYS);

  if (!(yellow < orange && orange < red))
    return g_strdup_printf (_("The days must rise from yellow to orange to red (now %d, %d, %d). "
                              "Nothing was saved until they do."), yellow, orange, red);
  return NULL;
}

static void
toast (ZsPreferencesWindow *self,
       const char          *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static const char *
spin_key (ZsPreferencesWindow *self,
          GtkSpinButton       *spin)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->spins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == spin)
      return key;
  return NULL;
}

static void
on_number_changed (GtkSpinButton       *spin,
                   ZsPreferencesWindow *self)
{
  const char *key = spin_key (self, spin);
  g_autoptr(GError) error = NULL;
  gboolean grade = g_str_has_prefix (key, "grade-");

  g_clear_pointer (&self->problem, g_free);
  if (grade)
    {
      self->problem = check_grades (self);
      gtk_label_set_text (self->grade_problem, self->problem ? self->problem : "");
      gtk_widget_set_visible (GTK_WIDGET (self->grade_problem), self->problem != NULL);
      if (self->problem != NULL)
        return;
      /* Save all three: a change may have made an earlier one valid. */
      for (guint i = 0; i < 3; i++)
        if (!zs_settings_set_int (self->store, grade_settings[i].key, spin_value (self, grade_settings[i].key), &error))
          break;
    }
  else
    zs_settings_set_int (self->store, key, gtk_spin_button_get_value_as_int (spin), &error);

  if (error != NULL)
    toast (self, error->message);
}

static void
add_numbers (ZsPreferencesWindow *self,
             GtkWidget           *group,
             const NumberSetting *settings,
             guint                n)
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, settings[i].max, 1);
      GtkWidget *unit = gtk_label_new (_("days"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(settings[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(settings[i].subtitle));
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), zs_settings_get_int (self->store, settings[i].key));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _(settings[i].title), -1);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_number_changed), self);
      gtk_widget_add_css_class (unit, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      /* Everything here counts days, except the number of copies. */
      if (g_strcmp0 (settings[i].key, ZS_SETTING_BACKUP_KEEP) != 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
      else
        g_object_unref (g_object_ref_sink (unit));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_hash_table_insert (self->spins, (gpointer) settings[i].key, spin);
    }
}

static void
on_office_changed (GtkEditable         *entry,
                   ZsPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!zs_store_set_setting (self->store, ZS_SETTING_OFFICE_NAME, *text ? text : NULL, &error))
    toast (self, error->message);
}

static void
on_reasons_changed (ZsPreferencesWindow *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  gtk_text_buffer_get_bounds (self->reasons, &start, &end);
  text = gtk_text_buffer_get_text (self->reasons, &start, &end, FALSE);
  if (!zs_store_set_setting (self->store, ZS_SETTING_TERMINATION_REASONS, text, &error))
    toast (self, error->message);
}

static GtkWidget *
group_new (GtkWidget  *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
on_bureau_activated (AdwActionRow        *row,
                     ZsPreferencesWindow *self)
{
  g_autoptr(ZsContext) context = zs_context_new (self->store, NULL);

  gtk_window_present (GTK_WINDOW (zs_bureau_window_new (GTK_WINDOW (self), context, gtk_widget_get_name (GTK_WIDGET (row)))));
}

/* Rows that open the units, staff and targets window on one of its pages. */
static void
add_bureau_rows (ZsPreferencesWindow *self,
                 GtkWidget           *group)
{
  static const struct { const char *page, *title, *subtitle; } rows[] = {
    { "units", N_("Units"), N_("Add, rename, reorder and retire departments, towns and streets") },
    { "staff", N_("Staff"), N_("Add and retire people, hand a leaving person’s work to a successor") },
    { "targets", N_("Targets"), N_("Each unit’s annual targets, with totals and Copy Last Year") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      gtk_widget_set_name (row, rows[i].page);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(rows[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(rows[i].subtitle));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (on_bureau_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
build (ZsPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group;
  GtkWidget *office = adw_entry_row_new ();
  GtkWidget *view = gtk_text_view_new ();
  g_autofree char *office_name = zs_settings_get_string (self->store, ZS_SETTING_OFFICE_NAME);
  g_auto(GStrv) reasons = zs_settings_get_list (self->store, ZS_SETTING_TERMINATION_REASONS);
  g_autofree char *reasons_text = g_strjoinv ("\n", reasons);

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("Bureau"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "emblem-system-symbolic");

  group = group_new (page, _("Office"), _("Shown as the sender of exports and on reports."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (office), _("Office name"));
  gtk_editable_set_text (GTK_EDITABLE (office), office_name);
  g_signal_connect (office, "changed", G_CALLBACK (on_office_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), office);

  group = group_new (page, _("This PC"), _("Other PCs sharing the database choose their own."));
  self->person_row = ADW_COMBO_ROW (zs_person_row_new (self->store));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->person_row));

  {
    /* Per PC, like the current user: GSettings, when installed. */
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE) : NULL;
    g_autoptr(GSettings) settings = schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;

    adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (zs_reminder_group_new (settings)));
  }

  group = group_new (page, _("Units, Staff and Targets"), NULL);
  add_bureau_rows (self, group);

  group = group_new (page, _("Grades and Stale Projects"),
                     _("The grade the app suggests from days without progress (a stage change or an update). Grades are still set by hand."));
  add_numbers (self, group, grade_settings, G_N_ELEMENTS (grade_settings));
  self->grade_problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->grade_problem, TRUE);
  gtk_label_set_xalign (self->grade_problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->grade_problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->grade_problem), FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->grade_problem), 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->grade_problem));

  group = group_new (page, _("Lead Deadlines"), _("Counted from the day a lead is received."));
  add_numbers (self, group, lead_settings, G_N_ELEMENTS (lead_settings));

  group = group_new (page, _("Partners"), _("City partners, chief representatives and the others who bring leads."));
  add_numbers (self, group, partner_settings, G_N_ELEMENTS (partner_settings));

  group = group_new (page, _("Reasons for Terminating"), _("One per line; terminating a project asks for one of them."));
  self->reasons = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (self->reasons, reasons_text, -1);
  g_signal_connect_swapped (self->reasons, "changed", G_CALLBACK (on_reasons_changed), self);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reasons for Terminating"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), view);

  group = group_new (page, _("Trash"), _("Deleted records can be restored from the trash until then."));
  add_numbers (self, group, trash_settings, G_N_ELEMENTS (trash_settings));

  {
    gint64 total = zs_store_attachments_total (self->store, NULL);
    g_autofree char *size = g_format_size (total > 0 ? (guint64) total : 0);
    g_autofree char *kept = g_strdup_printf (_("Files attached to records are kept inside the database: %s now."), size);

    group = group_new (page, _("Attachments"), kept);
    add_numbers (self, group, attachment_settings, G_N_ELEMENTS (attachment_settings));
  }

  group = group_new (page, _("Backups"), NULL);
  {
    g_autofree char *where = g_strdup_printf (_("A copy of the database is made once a day in %s."),
                                              zs_store_get_backup_dir (self->store));

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), where);
  }
  add_numbers (self, group, backup_settings, G_N_ELEMENTS (backup_settings));

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

static void
zs_preferences_window_dispose (GObject *object)
{
  ZsPreferencesWindow *self = ZS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_preferences_window_parent_class)->dispose (object);
}

static void
zs_preferences_window_finalize (GObject *object)
{
  ZsPreferencesWindow *self = ZS_PREFERENCES_WINDOW (object);

  g_hash_table_unref (self->spins);
  g_free (self->problem);

  G_OBJECT_CLASS (zs_preferences_window_parent_class)->finalize (object);
}

static void
zs_preferences_window_class_init (ZsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zs_preferences_window_dispose;
  object_class->finalize = zs_preferences_window_finalize;
}

static void
zs_preferences_window_init (ZsPreferencesWindow *self)
{
  self->spins = g_hash_table_new (g_str_hash, g_str_equal);
}

GtkWidget *
zs_preferences_window_new (GtkWindow *parent,
                           ZsStore   *store)
{
  ZsPreferencesWindow *self = g_object_new (ZS_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            "search-enabled", FALSE,
                                            NULL);

  self->store = g_object_ref (store);
  build (self);
  return GTK_WIDGET (self);
}

const char *
zs_preferences_window_set_number (ZsPreferencesWindow *self,
                                  const char          *key,
                                  int                  value)
{
  GtkSpinButton *spin;

  g_return_val_if_fail (ZS_IS_PREFERENCES_WINDOW (self), NULL);

  spin = g_hash_table_lookup (self->spins, key);
  g_return_val_if_fail (spin != NULL, NULL);
  gtk_spin_button_set_value (spin, value);
  return self->problem;
}

gboolean
zs_preferences_window_choose_person (ZsPreferencesWindow *self,
                                     const char          *name)
{
  g_return_val_if_fail (ZS_IS_PREFERENCES_WINDOW (self), FALSE);
  return zs_person_row_choose (self->person_row, name);
}
