/* zs-application.c — the single-instance application and its command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-application.h"
#include "zs-command-line.h"
#include "zs-command-line-sheet.h"
#include "zs-command-line-vcard.h"
#include "zs-core.h"
#include "zs-window.h"
#include "zs-database.h"

struct _ZsApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  gboolean        load_demo;
  ZsStore        *store;
};

G_DEFINE_FINAL_TYPE (ZsApplication, zs_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database at PATH instead of the default one"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Load the demo data set into an empty database first"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static gboolean
open_store (ZsApplication  *self,
            GError        **error)
{
  g_autofree char *path = self->db_path != NULL ? g_strdup (self->db_path) : zs_store_default_path ();

  self->store = zs_database_open (path, error);
  if (self->store == NULL)
    return FALSE;

  if (self->load_demo)
    {
      g_autoptr(GError) demo_error = NULL;

      /* The window still opens on what the database already holds. */
      if (!zs_database_load_demo (self->store, &demo_error))
        g_printerr ("%s\n", demo_error->message);
    }
  return TRUE;
}

static gint
zs_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ZsApplication *self = ZS_APPLICATION (app);
  g_autofree char *db = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("zhaoshang %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      if (*db == '\0')
        {
          g_printerr (_("--db needs the path of a database file\n"));
          return 2;
        }
      self->db_path = g_steal_pointer (&db);
    }
  self->load_demo = g_variant_dict_contains (options, "demo");

  /* What a killed export, import or check left behind: half-written
   * exports, the copy of a pipe, the scratch database of --validate. The
   * folders of programs still running are locked and stay. */
  zs_scratch_clean_stale (NULL);

  /* --export, --import, --validate, --bulletin: done here, without a display. */
  return zs_command_line_run (options, self->db_path, self->load_demo);
}

static void
show_open_error (ZsApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
zs_application_activate (GApplication *app)
{
  ZsApplication *self = ZS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL && !open_store (self, &error))
    {
      g_printerr ("%s\n", error->message);
      show_open_error (self, error);
      return;
    }

  window = GTK_WINDOW (zs_window_new (GTK_APPLICATION (app), self->store));
  gtk_window_present (window);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Zhaoshang developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Zhaoshang"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Investment projects, the industry map, partners and ledgers for investment-promotion bureaus"),
                         "developer-name", _("The Zhaoshang developers"),
                         "developers", developers,
                         "website", "https://github.com/zhaoshang/zhaoshang",
                         "issue-url", "https://github.com/zhaoshang/zhaoshang/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Zhaoshang developers",
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", on_about_activated },
  { "quit", on_quit_activated },
};

static void
zs_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (zs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
}

static void
zs_application_finalize (GObject *object)
{
  ZsApplication *self = ZS_APPLICATION (object);

  g_clear_object (&self->store);
  g_free (self->db_path);

  G_OBJECT_CLASS (zs_application_parent_class)->finalize (object);
}

static void
zs_application_class_init (ZsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zs_application_finalize;
  app_class->handle_local_options = zs_application_handle_local_options;
  app_class->startup = zs_application_startup;
  app_class->activate = zs_application_activate;
}

static void
zs_application_init (ZsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_vcard_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), zs_command_line_sheet_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Investment projects, the industry map, partners and ledgers."));
}

ZsApplication *
zs_application_new (void)
{
  return g_object_new (ZS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       /* Stable across the development profile's app id. */
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
