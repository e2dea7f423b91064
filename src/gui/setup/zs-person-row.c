/* zs-person-row.c — choosing the current user (当前用户)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Several PCs may share one database, so the choice is this PC's
 * (GSettings `current-person`), not a setting of the database.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-person-row.h"

#define STORE_KEY "zs-person-row-store"
#define NAMES_KEY "zs-person-row-names"   /* GStrv: NULL, then the people */

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* The setting for the next start, the default for worker connections and
 * the open store's actor at once: the next edit already carries it. */
static void
apply (ZsStore    *store,
       const char *name)
{
  g_autoptr(GSettings) settings = settings_new_if_installed ();

  if (settings != NULL)
    g_settings_set_string (settings, "current-person", name != NULL ? name : "");
  zs_store_set_default_actor (name);
  zs_store_set_actor (store, name);
}

static void
on_selected (AdwComboRow *row)
{
  ZsStore *store = g_object_get_data (G_OBJECT (row), STORE_KEY);
  GPtrArray *names = g_object_get_data (G_OBJECT (row), NAMES_KEY);
  guint selected = adw_combo_row_get_selected (row);

  if (names == NULL || selected >= names->len)
    return;
  apply (store, g_ptr_array_index (names, selected));
}

void
zs_person_row_reload (AdwComboRow *row)
{
  ZsStore *store = g_object_get_data (G_OBJECT (row), STORE_KEY);
  g_autoptr(GPtrArray) people = zs_people_list (store, FALSE, NULL);
  g_autofree char *automatic = zs_store_dup_system_actor (store);
  g_autofree char *chosen = zs_store_dup_default_actor ();
  GtkStringList *labels = gtk_string_list_new (NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;
  g_autofree char *first = NULL;

  /* TRANSLATORS: the current user when none is chosen: the person named
   * as this PC's account, e.g. "Automatic (王芳)" */
  first = g_strdup_printf (_("Automatic (%s)"), automatic);
  gtk_string_list_append (labels, first);
  g_ptr_array_add (names, NULL);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      const char *name = zs_record_get_string (g_ptr_array_index (people, i), ZS_PERSON_NAME);

      gtk_string_list_append (labels, name);
      g_ptr_array_add (names, g_strdup (name));
      if (g_strcmp0 (name, chosen) == 0)
        selected = names->len - 1;
    }

  g_signal_handlers_block_by_func (row, on_selected, NULL);
  g_object_set_data_full (G_OBJECT (row), NAMES_KEY, names, (GDestroyNotify) g_ptr_array_unref);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
  g_signal_handlers_unblock_by_func (row, on_selected, NULL);
  g_object_unref (labels);
}

GtkWidget *
zs_person_row_new (ZsStore *store)
{
  GtkWidget *row = adw_combo_row_new ();

  gtk_widget_set_name (row, "current-person");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Current User"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The change history names this person for what is done on this PC"));
  g_object_set_data_full (G_OBJECT (row), STORE_KEY, g_object_ref (store), g_object_unref);
  zs_person_row_reload (ADW_COMBO_ROW (row));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_selected), NULL);
  return row;
}

gboolean
zs_person_row_choose (AdwComboRow *row,
                      const char  *name)
{
  GPtrArray *names = g_object_get_data (G_OBJECT (row), NAMES_KEY);

  for (guint i = 0; names != NULL && i < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), name) == 0)
      {
        adw_combo_row_set_selected (row, i);
        /* Chosen again: the row does not notify, yet the clerk means it. */
        on_selected (row);
        return TRUE;
      }
  return FALSE;
}
