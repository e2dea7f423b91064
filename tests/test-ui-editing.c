/* test-ui-editing.c — editing a record's fields in the real window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each field is saved on its own as soon as its value is valid, whatever the
 * other fields hold; an invalid value stays in its row with its own
 * message; leaving a page or a dialog that holds one asks first. What is
 * stored is read back from the database file through a second store.
 *
 * With ZS_TEST_SCREENSHOTS=DIR the page with two invalid fields and the
 * question on leaving are saved there as PNG files, to be looked at.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "zs-application.h"
#include "zs-context.h"
#include "zs-leave-guard.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-record-editor.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

typedef struct {
  ZsStore         *store;
  ZsWindow        *window;
  ZsProject       *project;
  ZsProjectEditor *editor;
  ZsRecordEditor  *fields;
  gint64           id;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  ZsRecord *r;
  g_autoptr(GError) error = NULL;

  fx->store = zs_test_open_seeded ("editing");
  fx->project = zs_test_new_project (fx->store, "尼龙新材料二期项目", "潍坊某新材料有限公司", ZS_STAGE_NEGOTIATING);
  r = ZS_RECORD (fx->project);
  zs_record_set_string (r, ZS_PROJECT_SIGNING_DATE, "2024-05-01");
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-07-01");
  g_assert_true (zs_store_save (fx->store, r, &error));
  g_assert_no_error (error);
  fx->id = zs_record_get_id (r);

  fx->window = zs_test_open_window (fx->store, 1400, 900);
  zs_window_open_project (fx->window, fx->project);
  zs_test_drain_events ();
  fx->editor = ZS_PROJECT_EDITOR (zs_window_get_subpage (fx->window));
  g_assert_nonnull (fx->editor);
  fx->fields = zs_project_editor_get_fields (fx->editor);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  /* A question still open would keep its window. */
  if (zs_leave_guard_get_dialog () != NULL)
    gtk_window_destroy (GTK_WINDOW (zs_leave_guard_get_dialog ()));
  zs_test_close_window (fx->window);
  g_clear_object (&fx->project);
  g_clear_object (&fx->store);
}

/* The project as stored in the file, read by a second store. */
static ZsRecord *
stored (Fixture *fx)
{
  g_autoptr(ZsStore) reader = zs_store_open (zs_store_get_path (fx->store), NULL);

  g_assert_nonnull (reader);
  return zs_store_read_stored (reader, ZS_TYPE_PROJECT, fx->id, NULL);
}

static const char *
row_message (Fixture *fx,
             guint    field)
{
  GtkWidget *row = zs_record_editor_get_row (fx->fields, field);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
row_is_error (Fixture *fx,
              guint    field)
{
  return gtk_widget_has_css_class (zs_record_editor_get_row (fx->fields, field), "error");
}

static const char *
label_of (guint field)
{
  guint n;
  const ZsField *fields = zs_record_class_get_fields (g_type_class_peek (ZS_TYPE_PROJECT), &n);

  return _(fields[field].label);
}

/* The case of the issue: a valid first contact typed after an invalid
 * construction start is saved. */
static void
test_valid_field_saved_beside_invalid (Fixture       *fx,
                                       gconstpointer  data)
{
  g_autoptr(ZsRecord) after = NULL;

  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_START_DATE, "2024-13-45");
  g_assert_nonnull (zs_record_editor_get_error (fx->fields, ZS_PROJECT_START_DATE));
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_FIRST_CONTACT_DATE, "2023-03-15");
  g_assert_null (zs_record_editor_get_error (fx->fields, ZS_PROJECT_FIRST_CONTACT_DATE));

  after = stored (fx);
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_FIRST_CONTACT_DATE), ==, "2023-03-15");
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_START_DATE), ==, "2024-07-01");
  /* The invalid text stays where it was typed; the record holds the stored value. */
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (fx->project), ZS_PROJECT_START_DATE), ==, "2024-07-01");

  /* Corrected, it is saved too. */
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_START_DATE, "2024-08-01");
  g_assert_null (zs_record_editor_get_error (fx->fields, ZS_PROJECT_START_DATE));
  g_clear_object (&after);
  after = stored (fx);
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_START_DATE), ==, "2024-08-01");
}

/* Two invalid fields each say what is wrong under their own row; a valid
 * row typed after them is saved and not red. */
static void
test_two_invalid_fields_own_messages (Fixture       *fx,
                                      gconstpointer  data)
{
  g_autoptr(ZsRecord) after = NULL;
  guint n;
  const char *start_message;
  const char *amount_message;

  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_START_DATE, "2024-02-30");
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_PLANNED_INVESTMENT, "-500");
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_EXPECTED_JOBS, "300");

  start_message = zs_record_editor_get_error (fx->fields, ZS_PROJECT_START_DATE);
  amount_message = zs_record_editor_get_error (fx->fields, ZS_PROJECT_PLANNED_INVESTMENT);
  g_assert_nonnull (start_message);
  g_assert_nonnull (amount_message);
  g_assert_nonnull (strstr (start_message, label_of (ZS_PROJECT_START_DATE)));
  g_assert_nonnull (strstr (amount_message, label_of (ZS_PROJECT_PLANNED_INVESTMENT)));
  g_assert_null (strstr (start_message, label_of (ZS_PROJECT_PLANNED_INVESTMENT)));
  g_assert_null (strstr (amount_message, label_of (ZS_PROJECT_START_DATE)));
  g_assert_nonnull (strstr (row_message (fx, ZS_PROJECT_START_DATE), "2024-02-30"));
  g_assert_nonnull (strstr (row_message (fx, ZS_PROJECT_PLANNED_INVESTMENT), label_of (ZS_PROJECT_PLANNED_INVESTMENT)));

  /* Only the two rows are red and carry a message. */
  zs_record_class_get_fields (g_type_class_peek (ZS_TYPE_PROJECT), &n);
  for (guint field = 0; field < n; field++)
    {
      gboolean invalid = field == ZS_PROJECT_START_DATE || field == ZS_PROJECT_PLANNED_INVESTMENT;

      if (zs_record_editor_get_row (fx->fields, field) == NULL)
        continue;
      g_assert_cmpint (row_is_error (fx, field), ==, invalid);
      g_assert_cmpint (zs_record_editor_get_error (fx->fields, field) != NULL, ==, invalid);
    }

  after = stored (fx);
  g_assert_cmpint (zs_record_get_int (after, ZS_PROJECT_EXPECTED_JOBS), ==, 300);
  g_assert_cmpint (zs_record_get_int (after, ZS_PROJECT_PLANNED_INVESTMENT), ==, 0);

  zs_test_save_screenshot (GTK_WIDGET (fx->fields), "editing-two-invalid-fields.png");
}

/* A rule across fields names both, and is reported on the field typed. */
static void
test_cross_field_names_both (Fixture       *fx,
                             gconstpointer  data)
{
  const char *message;
  g_autoptr(ZsRecord) after = NULL;

  /* Construction on 2024-07-01 cannot follow a registration on 2024-08-01. */
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_REGISTRATION_DATE, "2024-08-01");
  message = zs_record_editor_get_error (fx->fields, ZS_PROJECT_REGISTRATION_DATE);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, label_of (ZS_PROJECT_REGISTRATION_DATE)));
  g_assert_nonnull (strstr (message, label_of (ZS_PROJECT_START_DATE)));
  g_assert_null (zs_record_editor_get_error (fx->fields, ZS_PROJECT_START_DATE));
  g_assert_false (row_is_error (fx, ZS_PROJECT_START_DATE));

  /* Signing after registration, the same. */
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_REGISTRATION_DATE, "2024-06-01");
  g_assert_null (zs_record_editor_get_error (fx->fields, ZS_PROJECT_REGISTRATION_DATE));
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_SIGNING_DATE, "2024-06-15");
  message = zs_record_editor_get_error (fx->fields, ZS_PROJECT_SIGNING_DATE);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, label_of (ZS_PROJECT_SIGNING_DATE)));
  g_assert_nonnull (strstr (message, label_of (ZS_PROJECT_REGISTRATION_DATE)));

  /* Moving the registration later makes the signing typed valid: saved. */
  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_REGISTRATION_DATE, "2024-06-20");
  g_assert_null (zs_record_editor_get_error (fx->fields, ZS_PROJECT_SIGNING_DATE));
  after = stored (fx);
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_SIGNING_DATE), ==, "2024-06-15");
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_REGISTRATION_DATE), ==, "2024-06-20");
}

static void
respond (const char *response)
{
  AdwMessageDialog *dialog = zs_leave_guard_get_dialog ();

  g_assert_nonnull (dialog);
  /* As its button does: the answer, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_null (zs_leave_guard_get_dialog ());
}

/* Back, another page, another record and closing the window each ask;
 * "go back" stays on the field, "drop" leaves and the stored value stays. */
static void
test_leaving_asks (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(ZsRecord) after = NULL;
  g_autoptr(ZsProject) other = zs_test_new_project (fx->store, "另一个项目", NULL, ZS_STAGE_LEAD);
  const char *page = zs_window_get_page (fx->window);

  zs_record_editor_enter_text (fx->fields, ZS_PROJECT_START_DATE, "明年三月");
  g_assert_null (zs_leave_guard_get_dialog ());

  /* Back: asked; going back to the field keeps the page and the text. */
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (zs_leave_guard_get_dialog ()),
                            label_of (ZS_PROJECT_START_DATE)));
  zs_test_save_screenshot (GTK_WIDGET (zs_leave_guard_get_dialog ()), "editing-leave-prompt.png");
  respond ("back");
  g_assert_true (zs_window_get_subpage (fx->window) == GTK_WIDGET (fx->editor));
  g_assert_nonnull (zs_record_editor_get_error (fx->fields, ZS_PROJECT_START_DATE));

  /* Another page in the sidebar: asked, and the sidebar stays. */
  zs_window_show_page (fx->window, "partners");
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("back");
  g_assert_true (zs_window_get_subpage (fx->window) == GTK_WIDGET (fx->editor));
  g_assert_cmpstr (zs_window_get_page (fx->window), ==, page);

  /* Another record: asked. */
  zs_window_open_project (fx->window, other);
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("back");
  g_assert_true (zs_window_get_subpage (fx->window) == GTK_WIDGET (fx->editor));

  /* Closing the window: asked, and the window stays. */
  gtk_window_close (GTK_WINDOW (fx->window));
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("back");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fx->window)));

  /* Dropping the value opens the other record; the stored date is kept. */
  zs_window_open_project (fx->window, other);
  zs_test_drain_events ();
  respond ("drop");
  g_assert_true (ZS_IS_PROJECT_EDITOR (zs_window_get_subpage (fx->window)));
  g_assert_true (zs_project_editor_get_project (ZS_PROJECT_EDITOR (zs_window_get_subpage (fx->window))) == other);
  after = stored (fx);
  g_assert_cmpstr (zs_record_get_string (after, ZS_PROJECT_START_DATE), ==, "2024-07-01");
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (fx->project), ZS_PROJECT_START_DATE), ==, "2024-07-01");

  /* Nothing invalid: leaving asks nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_null (zs_leave_guard_get_dialog ());
}

/* Ctrl+Q closes each window as its close button would: asked first. */
static void
test_quit_asks (void)
{
  g_autoptr(GtkApplication) app = GTK_APPLICATION (zs_application_new ());
  g_autoptr(ZsStore) store = zs_test_open_seeded ("quit");
  g_autoptr(ZsProject) project = zs_test_new_project (store, "尼龙新材料二期项目", NULL, ZS_STAGE_LEAD);
  g_autoptr(GError) error = NULL;
  ZsWindow *window;
  ZsRecordEditor *fields;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = zs_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  zs_test_wait_until_mapped (GTK_WIDGET (window));
  zs_window_open_project (window, project);
  zs_test_drain_events ();
  fields = zs_project_editor_get_fields (ZS_PROJECT_EDITOR (zs_window_get_subpage (window)));

  zs_record_editor_enter_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "五千万");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("back");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (zs_record_editor_get_error (fields, ZS_PROJECT_PLANNED_INVESTMENT));

  zs_test_close_window (window);
}

static ZsRecordDialog *
find_record_dialog (void)
{
  return ZS_RECORD_DIALOG (zs_test_find_toplevel (ZS_TYPE_RECORD_DIALOG));
}

/* A record dialog saves field by field too, and asks on Done and on Escape. */
static void
test_dialog_saves_fields_and_asks (Fixture       *fx,
                                   gconstpointer  data)
{
  g_autoptr(ZsRecord) entry = zs_test_add_funds (fx->store, ZS_RECORD (fx->project), "2024-06-01", 800);
  g_autoptr(ZsStore) reader = NULL;
  g_autoptr(ZsRecord) after = NULL;
  ZsRecordDialog *dialog;
  ZsRecordEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (fx->window), "win.open-record", "(sx)",
                              g_type_name (ZS_TYPE_FUNDS_ENTRY), zs_record_get_id (entry));
  zs_test_drain_events ();
  dialog = find_record_dialog ();
  g_assert_nonnull (dialog);
  editor = zs_record_dialog_get_editor (dialog);

  zs_record_editor_enter_text (editor, ZS_FUNDS_ENTRY_DATE, "2024-06-31");
  zs_record_editor_enter_text (editor, ZS_FUNDS_ENTRY_NOTE, "第二笔");
  g_assert_nonnull (zs_record_editor_get_error (editor, ZS_FUNDS_ENTRY_DATE));
  g_assert_null (zs_record_editor_get_error (editor, ZS_FUNDS_ENTRY_NOTE));

  /* Escape asks; Done asks; dropping closes with the date as stored. */
  gtk_window_close (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("back");
  g_assert_true (find_record_dialog () == dialog);
  g_signal_emit_by_name (zs_test_find_button (GTK_WIDGET (dialog), _("_Done")), "clicked");
  zs_test_drain_events ();
  g_assert_nonnull (zs_leave_guard_get_dialog ());
  respond ("drop");
  g_assert_null (find_record_dialog ());

  reader = zs_store_open (zs_store_get_path (fx->store), NULL);
  after = zs_store_read_stored (reader, ZS_TYPE_FUNDS_ENTRY, zs_record_get_id (entry), NULL);
  g_assert_cmpstr (zs_record_get_string (after, ZS_FUNDS_ENTRY_DATE), ==, "2024-06-01");
  g_assert_cmpstr (zs_record_get_string (after, ZS_FUNDS_ENTRY_NOTE), ==, "第二笔");
}

/* Amounts and dates as documents write them are read, saved and shown back
 * as the store keeps them; garbage is explained under the row. */

/* What the editor's entry for @field shows. */
static void
assert_entry_text (ZsRecordEditor *fields,
                   guint           field,
                   const char     *expected)
{
  g_autofree char *shown = zs_record_editor_get_text (fields, field);

  g_assert_cmpstr (shown, ==, expected);
}

static void
test_editor_reads_typed_forms (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-typed");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  ZsRecordEditor *fields;
  ZsRecord *r;
  g_autofree char *this_year = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", NULL);
  zs_test_drain_events ();
  {
    ZsProjectEditor *editor = ZS_PROJECT_EDITOR (zs_test_find_widget (GTK_WIDGET (window), ZS_TYPE_PROJECT_EDITOR));

    fields = zs_project_editor_get_fields (editor);
    r = ZS_RECORD (zs_project_editor_get_project (editor));
  }
  zs_record_editor_enter_text (fields, ZS_PROJECT_NAME, "高端装备产业园项目");

  zs_record_editor_enter_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "3亿元");
  g_assert_null (zs_record_editor_get_error (fields, ZS_PROJECT_PLANNED_INVESTMENT));
  /* Kept in 0.01 万元, shown back grouped in 万元. */
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT), ==, 3000000);
  assert_entry_text (fields, ZS_PROJECT_PLANNED_INVESTMENT, "30,000");
  zs_record_editor_enter_text (fields, ZS_PROJECT_CONTRACT_AMOUNT, "１，２５０万");
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_CONTRACT_AMOUNT), ==, 125000);
  assert_entry_text (fields, ZS_PROJECT_CONTRACT_AMOUNT, "1,250");
  zs_record_editor_enter_text (fields, ZS_PROJECT_CONTRACT_AMOUNT, "1,25");
  g_assert_nonnull (strstr (zs_record_editor_get_error (fields, ZS_PROJECT_CONTRACT_AMOUNT), "separator"));
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_CONTRACT_AMOUNT), ==, 125000);

  /* 1500.5 is kept, not refused or rounded, and shown back as typed; the
   * database holds it too. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_FIXED_ASSET_INVESTMENT, "1500.5");
  g_assert_null (zs_record_editor_get_error (fields, ZS_PROJECT_FIXED_ASSET_INVESTMENT));
  g_assert_cmpint (zs_record_get_int (r, ZS_PROJECT_FIXED_ASSET_INVESTMENT), ==, 150050);
  assert_entry_text (fields, ZS_PROJECT_FIXED_ASSET_INVESTMENT, "1,500.5");
  zs_record_editor_enter_text (fields, ZS_PROJECT_FIXED_ASSET_INVESTMENT, "1500.555");
  g_assert_nonnull (strstr (zs_record_editor_get_error (fields, ZS_PROJECT_FIXED_ASSET_INVESTMENT), "0.01"));
  {
    g_autoptr(ZsStore) second = zs_store_open (zs_store_get_path (store), NULL);
    g_autoptr(ZsRecord) stored = zs_store_load (second, ZS_TYPE_PROJECT, zs_record_get_id (r), NULL);

    g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_FIXED_ASSET_INVESTMENT), ==, 150050);
    g_assert_cmpint (zs_record_get_int (stored, ZS_PROJECT_PLANNED_INVESTMENT), ==, 3000000);
  }

  zs_record_editor_enter_text (fields, ZS_PROJECT_SIGNING_DATE, "2025年5月1日");
  g_assert_null (zs_record_editor_get_error (fields, ZS_PROJECT_SIGNING_DATE));
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_SIGNING_DATE), ==, "2025-05-01");
  assert_entry_text (fields, ZS_PROJECT_SIGNING_DATE, "2025-05-01");
  zs_record_editor_enter_text (fields, ZS_PROJECT_START_DATE, "20250601");
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_START_DATE), ==, "2025-06-01");
  /* Without a year: this year of the window's clock. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_START_DATE, "12月1日");
  this_year = g_strdup_printf ("%.4s-12-01", zs_clock_get_today (zs_context_get_clock (zs_window_get_context (window))));
  g_assert_cmpstr (zs_record_get_string (r, ZS_PROJECT_START_DATE), ==, this_year);
  zs_record_editor_enter_text (fields, ZS_PROJECT_START_DATE, "下个月");
  g_assert_nonnull (strstr (zs_record_editor_get_error (fields, ZS_PROJECT_START_DATE), "下个月"));

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

#define ADD(path, fn) g_test_add ("/ui-editing/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("valid-field-saved-beside-invalid", test_valid_field_saved_beside_invalid);
  ADD ("two-invalid-fields-own-messages", test_two_invalid_fields_own_messages);
  ADD ("cross-field-names-both", test_cross_field_names_both);
  ADD ("leaving-asks", test_leaving_asks);
  ADD ("dialog-saves-fields-and-asks", test_dialog_saves_fields_and_asks);
#undef ADD
  g_test_add_func ("/ui-editing/quit-asks", test_quit_asks);
  g_test_add_func ("/ui-editing/reads-typed-forms", test_editor_reads_typed_forms);

  return g_test_run ();
}
