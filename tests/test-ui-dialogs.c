/* test-ui-dialogs.c — every dialog and chooser the window opens, opened and cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Under Xvfb, with the demo data: each way the window has to open a
 * dialog, a file chooser, the print dialog or an import preview is taken,
 * what opened is cancelled as a clerk would (取消, Escape, the close
 * response), and afterwards the program still runs and the data is what it
 * was: the whole database exported before and after (without the export's
 * own time stamp) has the same checksum. A chooser is GTK's own dialog
 * here, with no portal; the print dialog is GtkPrintUnixDialog.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-application.h"
#include "zs-board-page.h"
#include "zs-dispatch-page.h"
#include "zs-map-page.h"
#include "zs-target-ledger.h"
#include "zs-partners-page.h"
#include "zs-attachment-list.h"
#include "zs-project-editor.h"
#include "zs-bulletin-dialog.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

static ZsStore  *store;
static ZsWindow *window;

/* The whole database as an exchange file, less the time it was written. */
static char *
data_checksum (void)
{
  g_autofree char *path = zs_test_scratch_path ("checksum.xml");
  g_autofree char *contents = NULL;
  g_autofree char *stable = NULL;
  g_autoptr(GRegex) stamp = g_regex_new (" exported=\"[^\"]*\"", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (zs_exchange_export (store, path, "测试局", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (path), ==, 0);
  stable = g_regex_replace_literal (stamp, contents, length, 0, "", 0, NULL);
  g_assert_nonnull (stable);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, stable, -1);
}

static gboolean
is_open (GtkWindow *toplevel)
{
  return toplevel != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (toplevel));
}

/* The newest open window besides the main one, or NULL. */
static GtkWindow *
newest_open (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (is_open (toplevel))
        return toplevel;
    }
  return NULL;
}

static gboolean
is_of (GtkWindow  *toplevel,
       const char *type_name)
{
  GType type = g_type_from_name (type_name);

  return type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type);
}

/* Cancels @toplevel as its own cancel button or Escape would (a message
 * dialog answers its close response). */
static void
cancel (GtkWindow *toplevel)
{
  if (GTK_IS_DIALOG (toplevel))
    gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_CANCEL);
  else
    gtk_window_close (toplevel);
  zs_test_drain_events ();
}

/* What @opened opened is a @type_name; cancelled, it goes and the window
 * stays. */
static void
expect_and_cancel (const char *what,
                   const char *type_name)
{
  GtkWindow *opened;

  zs_test_drain_events ();
  opened = newest_open ();
  g_test_message ("%s: %s", what, opened != NULL ? G_OBJECT_TYPE_NAME (opened) : "(nothing)");
  g_assert_nonnull (opened);
  g_assert_true (is_of (opened, type_name));
  cancel (opened);
  g_assert_true (newest_open () != opened || !gtk_widget_get_visible (GTK_WIDGET (opened)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

static void
close_all (void)
{
  GtkWindow *open;

  for (guint round = 0; round < 10 && (open = newest_open ()) != NULL; round++)
    cancel (open);
  g_assert_null (newest_open ());
}

static GtkWidget *
page (GType type)
{
  GtkWidget *widget = zs_test_find_widget (GTK_WIDGET (window), type);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
show_record (GType  type,
             guint  n)
{
  g_autoptr(ZsRecord) record = zs_store_load (store, type, zs_test_nth_id (store, type, n), NULL);

  g_assert_nonnull (record);
  zs_window_open_record (window, record);
  zs_test_drain_events ();
  return zs_window_get_subpage (window);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  /* A class action (gtk_widget_class_install_action) does not sink a
   * floating parameter as a GAction does: own it here. */
  g_autoptr(GVariant) owned = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;

  g_test_message ("activating %s", action);
  g_assert_true (gtk_widget_activate_action_variant (widget, action, owned));
}

/* ---- the window's menu and shortcuts ------------------------------------ */

static void
window_dialogs (void)
{
  GtkWindow *export;

  activate (GTK_WIDGET (window), "win.import", NULL);
  expect_and_cancel ("import chooser", "GtkFileChooserDialog");
  activate (GTK_WIDGET (window), "win.import-catalogue", NULL);
  expect_and_cancel ("catalogue chooser", "GtkFileChooserDialog");
  activate (GTK_WIDGET (window), "win.preferences", NULL);
  expect_and_cancel ("preferences", "ZsPreferencesWindow");
  {
    /* GTK 4.8's shortcuts window measures one of its own labels at -3
     * pixels while it lays out (a toolkit bug, not one of our widgets): a
     * warning, not fatal here alone. */
    GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

    activate (GTK_WIDGET (window), "win.show-help-overlay", NULL);
    expect_and_cancel ("shortcuts", "GtkShortcutsWindow");
    g_log_set_always_fatal (fatal);
  }
  g_action_group_activate_action (G_ACTION_GROUP (gtk_window_get_application (GTK_WINDOW (window))), "about", NULL);
  expect_and_cancel ("about", "AdwAboutWindow");

  /* Export: the dialog, then its save chooser over it, each cancelled. */
  for (int catalogue = 0; catalogue < 2; catalogue++)
    {
      activate (GTK_WIDGET (window), catalogue ? "win.export-catalogue" : "win.export", NULL);
      zs_test_drain_events ();
      export = newest_open ();
      g_assert_true (is_of (export, "ZsExportDialog"));
      g_signal_emit_by_name (zs_test_find_button (GTK_WIDGET (export), _("_Export…")), "clicked");
      expect_and_cancel ("export chooser", "GtkFileChooserDialog");
      g_assert_true (newest_open () == export);
      expect_and_cancel ("export", "ZsExportDialog");
    }
}

/* ---- previews of files to import ------------------------------------------ */

static void
import_previews (void)
{
  g_autofree char *exchange_path = zs_test_scratch_path ("whole.xml");
  g_autofree char *vcard_path = zs_test_source_path ("vcard/evolution.vcf");
  g_autofree char *catalogue_path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogue.xml", NULL);
  g_autoptr(GFile) exchange = g_file_new_for_path (exchange_path);
  g_autoptr(GFile) vcard = g_file_new_for_path (vcard_path);
  g_autoptr(GFile) catalogue = g_file_new_for_path (catalogue_path);

  /* The database's own records: a preview full of updates and conflicts. */
  g_assert_true (zs_exchange_export (store, exchange_path, "测试局", NULL));
  zs_window_import_file (window, exchange);
  expect_and_cancel ("exchange preview", "ZsImportDialog");
  zs_window_import_catalogue_file (window, catalogue);
  expect_and_cancel ("catalogue preview", "ZsImportDialog");

  zs_window_show_page (window, "partners");
  zs_partners_page_import_file (ZS_PARTNERS_PAGE (page (ZS_TYPE_PARTNERS_PAGE)), vcard);
  expect_and_cancel ("vCard preview", "ZsVCardDialog");
  g_assert_cmpint (g_unlink (exchange_path), ==, 0);
}

/* ---- the pages' dialogs ------------------------------------------------------ */

static void
board_dialogs (void)
{
  GtkWidget *board;
  GtkWidget *editor;
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(ZsRecord) funds = NULL;
  g_autoptr(ZsQuery) with_funds = zs_query_new (ZS_TYPE_FUNDS_ENTRY);
  g_autoptr(GArray) ids = NULL;

  zs_window_show_page (window, "board");
  board = page (ZS_TYPE_BOARD_PAGE);
  activate (board, "board.checklists", NULL);
  expect_and_cancel ("checklists", "ZsChecklistDialog");

  /* A project with funds, so that every list on its page has a row. */
  ids = zs_store_query (store, with_funds, NULL);
  g_assert_cmpuint (ids->len, >, 0);
  funds = zs_store_load (store, ZS_TYPE_FUNDS_ENTRY, g_array_index (ids, gint64, 0), NULL);
  project = zs_store_load (store, ZS_TYPE_PROJECT, zs_record_get_int (funds, ZS_FUNDS_ENTRY_PROJECT_ID), NULL);

  activate (board, "board.move-project", g_variant_new_int64 (zs_record_get_id (ZS_RECORD (project))));
  expect_and_cancel ("move (board)", "ZsStageDialog");

  zs_window_open_project (window, project);
  zs_test_drain_events ();
  editor = zs_window_get_subpage (window);
  g_assert_true (ZS_IS_PROJECT_EDITOR (editor));
  activate (editor, "editor.move", NULL);
  expect_and_cancel ("move (project)", "ZsStageDialog");
  activate (editor, "editor.add-funds", NULL);
  expect_and_cancel ("new funds entry", "ZsRecordDialog");
  activate (editor, "editor.add-obstacle", NULL);
  expect_and_cancel ("new obstacle", "ZsRecordDialog");
  activate (editor, "editor.add-update", NULL);
  expect_and_cancel ("new update", "ZsRecordDialog");
  activate (zs_test_find_widget (editor, ZS_TYPE_ATTACHMENT_LIST), "attachments.add", NULL);
  expect_and_cancel ("attachment chooser", "GtkFileChooserDialog");
  zs_window_open_record (window, funds);
  expect_and_cancel ("funds entry", "ZsRecordDialog");

  /* A project with no land need: the search of a need no carrier meets
   * records that need at once (README), which is a change. */
  {
    g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PROJECT);
    g_autoptr(GArray) projects = zs_store_query (store, all, NULL);
    g_autoptr(ZsProject) other = NULL;

    for (guint i = 0; other == NULL && i < projects->len; i++)
      {
        g_autoptr(ZsProject) candidate = zs_store_load (store, ZS_TYPE_PROJECT, g_array_index (projects, gint64, i), NULL);

        if (zs_record_get_double (ZS_RECORD (candidate), ZS_PROJECT_LAND) == 0)
          other = g_steal_pointer (&candidate);
      }
    g_assert_nonnull (other);
    zs_window_open_project (window, other);
    zs_test_drain_events ();
    activate (zs_window_get_subpage (window), "editor.find-carrier", NULL);
    expect_and_cancel ("carrier match", "ZsCarrierMatchDialog");
  }
}

/* The bulletin asks its issue number and names first; 继续 goes on to the
 * print dialog or the file chooser. */
static void
accept_bulletin_dialog (void)
{
  GtkWindow *opened;

  zs_test_drain_events ();
  opened = newest_open ();
  g_assert_true (opened != NULL && ZS_IS_BULLETIN_DIALOG (opened));
  zs_bulletin_dialog_accept (ZS_BULLETIN_DIALOG (opened));
  zs_test_drain_events ();
}

static void
dispatch_dialogs (void)
{
  GtkWidget *dispatch;

  zs_window_show_page (window, "dispatch");
  zs_test_drain_events ();
  dispatch = page (ZS_TYPE_DISPATCH_PAGE);
  /* Twice: cancelling the print dialog used to abort the program in
   * invalid_closure_notify, the second time if not the first. */
  activate (dispatch, "dispatch.print", NULL);
  expect_and_cancel ("bulletin's issue and names", "ZsBulletinDialog");
  for (int round = 0; round < 2; round++)
    {
      activate (dispatch, "dispatch.print", NULL);
      accept_bulletin_dialog ();
      expect_and_cancel ("print", "GtkPrintUnixDialog");
    }
  activate (dispatch, "dispatch.export-pdf", NULL);
  accept_bulletin_dialog ();
  expect_and_cancel ("bulletin chooser", "GtkFileChooserDialog");
}

static void
partner_and_lead_dialogs (void)
{
  GtkWidget *partners;
  GtkWidget *detail;
  g_autoptr(ZsQuery) leads = zs_query_new (ZS_TYPE_LEAD);
  guint n_leads;

  zs_window_show_page (window, "partners");
  partners = page (ZS_TYPE_PARTNERS_PAGE);
  activate (partners, "partners.import", NULL);
  expect_and_cancel ("vCard chooser", "GtkFileChooserDialog");
  activate (partners, "partners.export", NULL);
  expect_and_cancel ("vCard export chooser", "GtkFileChooserDialog");

  detail = show_record (ZS_TYPE_PARTNER, 0);
  activate (detail, "partner.add-contact", NULL);
  expect_and_cancel ("new contact log", "ZsRecordDialog");

  detail = show_record (ZS_TYPE_ACTIVITY, 0);
  activate (detail, "activity.add-enterprise", NULL);
  expect_and_cancel ("activity link", "ZsRecordDialog");

  /* A lead that can still be converted or dropped. */
  n_leads = zs_store_count (store, leads, NULL);
  for (guint i = 0; i < n_leads; i++)
    {
      detail = show_record (ZS_TYPE_LEAD, i);
      if (gtk_widget_activate_action (detail, "lead.convert", NULL))
        break;
    }
  expect_and_cancel ("lead convert", "ZsLeadConvertDialog");
  activate (detail, "lead.drop", NULL);
  expect_and_cancel ("lead drop", "ZsLeadDropDialog");
}

static void
map_dialogs (void)
{
  g_autoptr(ZsRecord) segment = zs_store_load (store, ZS_TYPE_SEGMENT, zs_test_nth_id (store, ZS_TYPE_SEGMENT, 0), NULL);
  gint64 chain_id = zs_record_get_int (segment, ZS_SEGMENT_CHAIN_ID);
  g_autoptr(ZsRecord) chain_record = zs_store_load (store, ZS_TYPE_CHAIN, chain_id, NULL);
  GtkWidget *chain;

  /* A chain with segments, for the segment dialogs. */
  zs_window_open_record (window, chain_record);
  zs_test_drain_events ();
  chain = zs_window_get_subpage (window);

  activate (chain, "chain.rename", NULL);
  expect_and_cancel ("chain rename", "AdwMessageDialog");
  activate (chain, "chain.edit-facts", NULL);
  expect_and_cancel ("chain facts", "ZsRecordDialog");
  activate (chain, "chain.add-segment", NULL);
  expect_and_cancel ("new segment", "ZsRecordDialog");
  activate (chain, "chain.edit-segment", g_variant_new_int64 (zs_record_get_id (segment)));
  expect_and_cancel ("segment", "ZsRecordDialog");

  /* A new chain from the map. */
  {
    g_autoptr(ZsChainGroup) group = zs_store_load (store, ZS_TYPE_CHAIN_GROUP, zs_test_nth_id (store, ZS_TYPE_CHAIN_GROUP, 0), NULL);

    zs_window_show_page (window, "map");
    zs_map_page_add_chain (ZS_MAP_PAGE (page (ZS_TYPE_MAP_PAGE)), group);
    expect_and_cancel ("new chain", "ZsRecordDialog");
  }

  zs_window_show_targets (window, chain_id);
  zs_test_drain_events ();
  activate (page (ZS_TYPE_TARGET_LEDGER), "targets.new-enterprise", NULL);
  expect_and_cancel ("new target enterprise", "ZsRecordDialog");

  /* A record without a page of its own opens in a dialog. */
  show_record (ZS_TYPE_UNIT, 0);
  expect_and_cancel ("unit", "ZsRecordDialog");
}

/* Whether the shortcuts window lists @key with @mods (its accelerators are
 * space-separated lists, as "<Alt>Left Escape"). */
static gboolean
overlay_lists (GtkShortcutsWindow *overlay,
               guint               key,
               GdkModifierType     mods)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();

  g_ptr_array_add (pending, overlay);
  while (pending->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (pending, pending->len - 1);

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (pending, child);
      if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
        {
          g_autofree char *accelerator = NULL;
          g_auto(GStrv) each = NULL;

          g_object_get (widget, "accelerator", &accelerator, NULL);
          each = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
          for (guint i = 0; each[i] != NULL; i++)
            {
              guint listed_key = 0;
              GdkModifierType listed_mods = 0;

              if (gtk_accelerator_parse (each[i], &listed_key, &listed_mods)
                  && gdk_keyval_to_lower (listed_key) == gdk_keyval_to_lower (key)
                  && listed_mods == mods)
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* Every key the main window binds to one of its actions is in its
 * shortcuts window (Ctrl+N and Ctrl+, were not). */
static void
shortcuts_window_lists_window_keys (void)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint checked = 0;

  g_assert_nonnull (overlay);
  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *keys = NULL;
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (name, "win."))
            continue;
          keys = gtk_shortcut_trigger_to_string (trigger);
          g_test_message ("%s: %s", name, keys);
          if (!overlay_lists (overlay, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))))
            g_error ("the shortcuts window does not list %s (%s)", keys, name);
          checked++;
        }
    }
  /* The window binds a dozen keys; finding none means the search failed. */
  g_assert_cmpuint (checked, >=, 10);
}

static void
test_every_dialog_cancelled (void)
{
  g_autoptr(GtkApplication) app = GTK_APPLICATION (zs_application_new ());
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  /* The about window and the shortcuts come from the application. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  store = zs_test_open_demo ("dialogs");
  before = data_checksum ();
  window = zs_window_new (app, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_until_mapped (GTK_WIDGET (window));

  shortcuts_window_lists_window_keys ();
  window_dialogs ();
  import_previews ();
  board_dialogs ();
  dispatch_dialogs ();
  partner_and_lead_dialogs ();
  map_dialogs ();

  close_all ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (zs_window_show_page (window, "board"));
  zs_test_drain_events ();
  after = data_checksum ();
  g_assert_cmpstr (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  zs_test_drain_events ();
  g_clear_object (&store);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-dialogs/every-dialog-cancelled", test_every_dialog_cancelled);

  return g_test_run ();
}
