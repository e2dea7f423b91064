/* test-ui-partners.c — the partners, leads and activities pages in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Under Xvfb with G_DEBUG=fatal-warnings: a GTK warning or critical fails.
 * The demo data moves its dates so that its reference day is today, so the
 * overdue leads and quiet partners are the same whatever the date.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "zs-activities-page.h"
#include "zs-activity-detail.h"
#include "zs-collate.h"
#include "zs-lead-convert-dialog.h"
#include "zs-lead-detail.h"
#include "zs-lead-drop-dialog.h"
#include "zs-leads-page.h"
#include "zs-partner-detail.h"
#include "zs-partners-page.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-vcard-dialog.h"
#include "zs-window.h"
#include "zs-partner-vcard.h"

/* ---- partners --------------------------------------------------------------------- */

static void
test_partners_listed_by_kind (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "partners");
  ZsPartnersPage *page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  GListModel *model = zs_partners_page_get_model (page);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
  guint n_kinds = zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND);

  /* Every partner of the demo… */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, zs_test_count (store, all));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* …and by kind, only those of the kind, every kind represented. */
  for (guint kind = 0; kind < n_kinds; kind++)
    {
      g_autoptr(ZsQuery) of_kind = zs_query_new (ZS_TYPE_PARTNER);
      guint n;

      zs_query_add_int (of_kind, ZS_PARTNER_KIND, ZS_QUERY_EQ, kind);
      zs_partners_page_set_kind (page, (int) kind);
      zs_test_drain_events ();
      n = g_list_model_get_n_items (model);
      g_assert_cmpuint (n, ==, zs_test_count (store, of_kind));
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ZsRecord) partner = g_list_model_get_item (model, i);

          g_assert_cmpint (zs_record_get_enum (partner, ZS_PARTNER_KIND), ==, kind);
        }
    }

  /* 首席代表: five, 徐熙明 among them. */
  zs_partners_page_set_kind (page, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  /* Search by native place (3+ characters) and by a two-character name. */
  zs_partners_page_set_kind (page, ZS_PARTNERS_PAGE_ANY_KIND);
  zs_partners_page_set_search (page, "临朐县");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  {
    g_autoptr(ZsRecord) found = g_list_model_get_item (model, 0);

    g_assert_cmpstr (zs_record_get_title (found), ==, "刘水源");
  }
  zs_partners_page_set_search (page, "熙明");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  zs_partners_page_set_search (page, "");

  /* Not contacted for longer than the setting: those the core names. */
  {
    g_autofree char *today = zs_date_today ();
    g_autoptr(ZsQuery) quiet = zs_partner_not_contacted_query (store, zs_settings_get_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS), today);
    gint64 n_quiet = zs_test_count (store, quiet);

    zs_partners_page_set_quiet_only (page, TRUE);
    zs_test_drain_events ();
    g_assert_cmpint (n_quiet, >=, 2);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_quiet);
  }

  zs_test_close_window (window);
}

static void
test_partner_page (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "partners");
  ZsPartnersPage *page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  g_autoptr(ZsPartner) lin = zs_test_load_named (store, ZS_TYPE_PARTNER, ZS_PARTNER_NAME, "林海峰");
  g_autoptr(ZsQuery) logs = zs_partner_contacts_query (zs_record_get_id (ZS_RECORD (lin)));
  g_autofree char *today = zs_date_today ();
  g_autofree char *expected = NULL;
  gint64 figures[ZS_SCORE_N_COLUMNS];
  ZsPartnerDetail *detail;
  GtkWidget *dialog;
  int days;

  detail = ZS_PARTNER_DETAIL (zs_partners_page_open_partner (page, lin));
  zs_test_drain_events ();
  g_assert_true (zs_window_get_subpage (window) == GTK_WIDGET (detail));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));

  /* A chief representative who went quiet: the page says for how long. */
  days = zs_partner_days_without_contact (store, zs_record_get_id (ZS_RECORD (lin)), today);
  g_assert_cmpint (days, >, 90);
  expected = g_strdup_printf ("Not contacted for %d days", days);
  g_assert_cmpstr (zs_partner_detail_get_contact_text (detail), ==, expected);
  g_assert_cmpuint (zs_partner_detail_get_n_contacts (detail), ==, zs_test_count (store, logs));

  /* The figures are the performance table's. */
  g_assert_true (zs_partner_score_compute (store, zs_record_get_id (ZS_RECORD (lin)), today, figures, NULL));
  for (guint c = ZS_SCORE_LEADS; c <= ZS_SCORE_FUNDS; c++)
    g_assert_cmpint (zs_partner_detail_get_figure (detail, c), ==, figures[c]);
  g_assert_cmpuint (zs_partner_detail_get_n_leads (detail), ==, figures[ZS_SCORE_LEADS]);

  /* A call today, with the dialog's defaults and Done. */
  dialog = zs_partner_detail_add_contact (detail);
  zs_test_wait_until_mapped (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (zs_test_find_button (dialog, "_Done"), "clicked");
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  g_assert_cmpstr (zs_partner_detail_get_contact_text (detail), ==, "Contacted today");
  g_assert_cmpuint (zs_partner_detail_get_n_contacts (detail), ==, zs_test_count (store, logs));

  /* Back to the list, which no longer counts him as quiet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_null (zs_window_get_subpage (window));
  zs_partners_page_set_quiet_only (page, TRUE);
  zs_test_drain_events ();
  for (guint i = 0; i < g_list_model_get_n_items (zs_partners_page_get_model (page)); i++)
    {
      g_autoptr(ZsRecord) quiet = g_list_model_get_item (zs_partners_page_get_model (page), i);

      g_assert_cmpint (zs_record_get_id (quiet), !=, zs_record_get_id (ZS_RECORD (lin)));
    }

  zs_test_close_window (window);
}

static void
test_performance_sorts (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "partners");
  ZsPartnersPage *page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  ZsPartnerScores *scores = zs_partners_page_get_scores (page);
  GListModel *model = zs_partner_scores_get_model (scores);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
  gint64 previous = G_MAXINT64;

  zs_partners_page_show_view (page, "scores");
  zs_test_drain_events ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scores)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, zs_test_count (store, all));

  /* A click on "planned investment": the biggest first. */
  zs_partner_scores_sort_by (scores, ZS_SCORE_PLANNED, TRUE);
  zs_test_drain_events ();
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsPartnerScore) score = g_list_model_get_item (model, i);
      gint64 planned = zs_partner_score_get_value (score, ZS_SCORE_PLANNED);

      g_assert_cmpint (planned, <=, previous);
      previous = planned;
    }
  {
    g_autoptr(ZsPartnerScore) top = g_list_model_get_item (model, 0);

    /* 刘水源's 浙商(临朐)智能智造产业园: 15 亿元. */
    g_assert_cmpstr (zs_record_get_title (ZS_RECORD (zs_partner_score_get_partner (top))), ==, "刘水源");
  }
  g_assert_nonnull (strstr (zs_partner_scores_get_totals (scores), "Total:"));

  /* The kind filter applies to the table too. */
  zs_partners_page_set_kind (page, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  zs_test_close_window (window);
}

/* Runs the main loop until @dialog has read its file (or is gone). */
static void
wait_for_plan (ZsVCardDialog **dialog)
{
  while (*dialog != NULL && g_strcmp0 (zs_vcard_dialog_get_state (*dialog), "working") == 0)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
lines_hold (ZsVCardDialog *dialog,
            const char    *text)
{
  GListModel *lines = zs_vcard_dialog_get_lines (dialog);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(GtkStringObject) line = g_list_model_get_item (lines, i);

      if (strstr (gtk_string_object_get_string (line), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  guint     n;
  GError   *error;
} ExportWait;

static void
on_page_exported (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  ExportWait *wait = data;

  wait->ok = zs_partners_page_export_finish (ZS_PARTNERS_PAGE (source), result, &wait->n, &wait->error);
  wait->done = TRUE;
}

/* The page's export, which runs in a worker: it has not ended when
 * zs_partners_page_export_to() returns. */
static gboolean
export_vcards (ZsPartnersPage  *page,
               GFile           *file,
               ZsVCardVersion   version,
               guint           *n,
               GError         **error)
{
  ExportWait wait = { 0 };

  zs_partners_page_export_to (page, file, version, on_page_exported, &wait);
  g_assert_false (wait.done);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  *n = wait.n;
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

/* As the exchange export: a symbolic link is followed and stays, a FIFO
 * is written into, a folder is refused with its name and left as it was. */
static void
test_vcard_export_not_regular (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners-files");
  ZsWindow *window = zs_test_open_window_at (store, "partners");
  ZsPartnersPage *page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  g_autofree char *real = g_build_filename (g_get_user_data_dir (), "real.vcf", NULL);
  g_autofree char *link = g_build_filename (g_get_user_data_dir (), "link.vcf", NULL);
  g_autofree char *fifo = g_build_filename (g_get_user_data_dir (), "pipe.vcf", NULL);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "folder.vcf", NULL);
  g_autoptr(GFile) to_link = g_file_new_for_path (link);
  g_autoptr(GFile) to_fifo = g_file_new_for_path (fifo);
  g_autoptr(GFile) to_folder = g_file_new_for_path (folder);
  g_autoptr(GString) piped = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *text = NULL;
  GThread *reader;
  guint n = 0;

  g_assert_true (g_file_set_contents (real, "旧的", -1, NULL));
  g_assert_cmpint (symlink (real, link), ==, 0);
  g_assert_true (export_vcards (page, to_link, ZS_VCARD_VERSION_3_0, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\n"));

  reader = zs_test_read_fifo (fifo, piped);
  g_assert_true (export_vcards (page, to_fifo, ZS_VCARD_VERSION_3_0, &n, &error));
  g_thread_join (reader);
  g_assert_no_error (error);
  g_assert_cmpstr (piped->str, ==, text);
  g_assert_false (g_file_test (fifo, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (export_vcards (page, to_folder, ZS_VCARD_VERSION_3_0, &n, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, folder));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  listing = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  zs_test_close_window (window);
}

static void
test_vcard_export_and_import (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "partners");
  ZsPartnersPage *page = zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "chiefs.vcf", NULL);
  g_autofree char *bad_path = g_build_filename (g_get_user_data_dir (), "bad.vcf", NULL);
  g_autofree char *junk_path = g_build_filename (g_get_user_data_dir (), "junk.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) junk = g_file_new_for_path (junk_path);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_PARTNER);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 before = zs_test_count (store, all);
  ZsVCardDialog *dialog;
  GListModel *plan_lines;
  guint n = 0;

  /* The chief representatives as vCards, as a phone would take them. */
  zs_partners_page_set_kind (page, ZS_PARTNER_CHIEF_REPRESENTATIVE);
  zs_test_drain_events ();
  g_assert_true (export_vcards (page, file, ZS_VCARD_VERSION_3_0, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 5);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "FN:徐熙明\r\n"));
  g_assert_nonnull (strstr (text, "N:徐;熙明;;;\r\n"));

  /* The same file back, with one new card and one a phone wrote with only
   * a number: the preview adds one and lists the other with its line. */
  {
    g_autofree char *more = g_strconcat (text, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王新民\r\n"
                                         "ORG:成都潍坊商会\r\nTEL;TYPE=CELL:13980000001\r\nEND:VCARD\r\n"
                                         "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL:13980000002\r\nEND:VCARD\r\n", NULL);

    g_assert_true (g_file_set_contents (path, more, -1, NULL));
  }
  dialog = ZS_VCARD_DIALOG (zs_partners_page_import_file (page, file));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  wait_for_plan (&dialog);
  g_assert_cmpstr (zs_vcard_dialog_get_state (dialog), ==, "plan");
  g_assert_cmpuint (zs_vcard_dialog_get_count (dialog, ZS_VCARD_ADD), ==, 1);
  g_assert_cmpuint (zs_vcard_dialog_get_count (dialog, ZS_VCARD_UNCHANGED), ==, 5);
  g_assert_cmpuint (zs_vcard_dialog_get_n_skipped (dialog), ==, 1);
  g_assert_true (lines_hold (dialog, "王新民"));
  g_assert_true (lines_hold (dialog, "no name"));
  /* Nothing changes until Import. */
  g_assert_cmpint (zs_test_count (store, all), ==, before);
  zs_vcard_dialog_set_default_kind (dialog, ZS_PARTNER_CHAMBER);
  g_assert_cmpstr (zs_vcard_dialog_get_state (dialog), ==, "working");
  wait_for_plan (&dialog);
  g_signal_emit_by_name (zs_test_find_button (GTK_WIDGET (dialog), "_Import"), "clicked");
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  zs_test_drain_events ();
  g_assert_cmpint (zs_test_count (store, all), ==, before + 1);
  {
    g_autoptr(ZsRecord) wang = zs_test_load_named (store, ZS_TYPE_PARTNER, ZS_PARTNER_NAME, "王新民");

    g_assert_cmpint (zs_record_get_enum (wang, ZS_PARTNER_KIND), ==, ZS_PARTNER_CHAMBER);
    g_assert_cmpstr (zs_record_get_string (wang, ZS_PARTNER_PHONE), ==, "13980000001");
  }

  /* A card without its end: listed, nothing to import. */
  g_assert_true (g_file_set_contents (bad_path, "BEGIN:VCARD\nVERSION:3.0\nFN:李四\n", -1, NULL));
  dialog = ZS_VCARD_DIALOG (zs_partners_page_import_file (page, bad));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_for_plan (&dialog);
  g_assert_cmpstr (zs_vcard_dialog_get_state (dialog), ==, "plan");
  g_assert_true (lines_hold (dialog, "Line 1: "));
  g_assert_false (gtk_widget_get_sensitive (zs_test_find_button (GTK_WIDGET (dialog), "_Import")));
  /* The plan's lines go with the dialog: nothing else holds them. */
  plan_lines = zs_vcard_dialog_get_lines (dialog);
  g_object_add_weak_pointer (G_OBJECT (plan_lines), (gpointer *) &plan_lines);
  gtk_window_close (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_null (dialog);
  g_assert_null (plan_lines);

  /* A file that holds no card: the dialog says why. */
  g_assert_true (g_file_set_contents (junk_path, "<?xml version=\"1.0\"?>\n<zhaoshang/>\n", -1, NULL));
  dialog = ZS_VCARD_DIALOG (zs_partners_page_import_file (page, junk));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_for_plan (&dialog);
  g_assert_cmpstr (zs_vcard_dialog_get_state (dialog), ==, "error");
  g_assert_nonnull (strstr (zs_vcard_dialog_get_error (dialog), "no contact cards"));
  gtk_window_close (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  g_assert_null (dialog);
  g_assert_cmpint (zs_test_count (store, all), ==, before + 1);

  zs_test_close_window (window);
}

/* ---- leads ------------------------------------------------------------------------ */

static void
test_overdue_leads_marked_and_counted (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  ZsLeadsPage *page = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  GListModel *model = zs_leads_page_get_model (page);
  g_autofree char *today = zs_date_today ();
  g_autoptr(ZsQuery) overdue = zs_lead_overdue_query (store, today);
  g_autofree char *expected = NULL;
  gint64 n_overdue = zs_test_count (store, overdue);
  guint marked = 0;

  /* The demo's overdue leads, counted on the sidebar… */
  g_assert_cmpint (n_overdue, ==, 3);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, n_overdue);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, expected);
  g_assert_cmpuint (zs_leads_page_get_badge (page), ==, n_overdue);

  /* …and marked in the table, among the open leads it shows. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsLead) lead = g_list_model_get_item (model, i);
      gboolean late;
      g_autofree char *text = zs_leads_page_describe_deadline (page, lead, &late);

      g_assert_true (zs_lead_status_is_open (zs_record_get_enum (ZS_RECORD (lead), ZS_LEAD_STATUS)));
      if (late)
        {
          marked++;
          g_assert_nonnull (strstr (text, "overdue by"));
        }
    }
  g_assert_cmpuint (marked, ==, n_overdue);

  /* The overdue filter shows exactly them. */
  zs_leads_page_set_overdue_only (page, TRUE);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_overdue);

  /* Answering one takes it off the count. */
  {
    g_autoptr(ZsLead) lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "深圳储能电池Pack项目");
    g_autoptr(GError) error = NULL;

    g_assert_true (zs_lead_mark_responded (store, lead, today, &error));
    zs_test_drain_events ();
    g_assert_cmpuint (zs_leads_page_get_badge (page), ==, n_overdue - 1);
    g_clear_pointer (&expected, g_free);
    expected = g_strdup_printf ("%" G_GINT64_FORMAT, n_overdue - 1);
    g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, expected);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_overdue - 1);
  }

  zs_test_close_window (window);
}

static void
test_register_and_convert (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  g_autoptr(ZsPartner) xu = zs_test_load_named (store, ZS_TYPE_PARTNER, ZS_PARTNER_NAME, "徐熙明");
  g_autoptr(ZsQuery) projects = zs_query_new (ZS_TYPE_PROJECT);
  gint64 n_projects = zs_test_count (store, projects);
  ZsLeadDetail *detail;
  ZsRecordEditor *fields;
  ZsLead *lead;
  ZsLeadConvertDialog *dialog;
  GtkWidget *editor;

  /* Register: the form opens with today's date and the deadlines. */
  gtk_widget_activate_action (GTK_WIDGET (zs_test_find_page (window, ZS_TYPE_LEADS_PAGE)), "leads.new", NULL);
  zs_test_drain_events ();
  detail = ZS_LEAD_DETAIL (zs_window_get_subpage (window));
  g_assert_true (ZS_IS_LEAD_DETAIL (detail));
  lead = zs_lead_detail_get_lead (detail);
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (lead)), ==, 0);
  g_assert_nonnull (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_RESPOND_DUE));

  fields = zs_lead_detail_get_fields (detail);
  zs_record_editor_enter_text (fields, ZS_LEAD_NAME, "海之晨二期扩产项目");
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (lead)), !=, 0);
  zs_record_set_int (ZS_RECORD (lead), ZS_LEAD_PARTNER_ID, zs_record_get_id (ZS_RECORD (xu)));
  zs_record_editor_enter_text (fields, ZS_LEAD_ESTIMATED_INVESTMENT, "18,000");
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_ESTIMATED_INVESTMENT), ==, 18000 * ZS_AMOUNT_SCALE);

  /* A company the database knows as a project's investor is pointed out. */
  g_assert_null (zs_lead_detail_get_warning (detail));
  zs_record_editor_enter_text (fields, ZS_LEAD_COMPANY, "青岛海之晨工业装备（有限公司）");
  g_assert_nonnull (zs_lead_detail_get_warning (detail));
  g_assert_nonnull (strstr (zs_lead_detail_get_warning (detail), "工业AI视觉质检项目"));

  /* Convert: a project at 在谈, opened at once, with back to the lead. */
  dialog = ZS_LEAD_CONVERT_DIALOG (zs_lead_detail_convert (detail));
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  zs_lead_convert_dialog_set_date (dialog, "2000-01-01");
  g_assert_nonnull (zs_lead_convert_dialog_get_problem (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "convert"));
  {
    g_autofree char *today = zs_date_today ();

    zs_lead_convert_dialog_set_date (dialog, today);
  }
  g_assert_null (zs_lead_convert_dialog_get_problem (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "convert");
  zs_test_drain_events ();

  g_assert_cmpint (zs_test_count (store, projects), ==, n_projects + 1);
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (lead), ZS_LEAD_STATUS), ==, ZS_LEAD_CONVERTED);
  editor = zs_window_get_subpage (window);
  g_assert_true (ZS_IS_PROJECT_EDITOR (editor));
  {
    ZsRecord *project = ZS_RECORD (zs_project_editor_get_project (ZS_PROJECT_EDITOR (editor)));

    g_assert_cmpstr (zs_record_get_string (project, ZS_PROJECT_INVESTOR), ==, "青岛海之晨工业装备（有限公司）");
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT), ==, 18000 * ZS_AMOUNT_SCALE);
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_PARTNER_ID), ==, zs_record_get_id (ZS_RECORD (xu)));
    g_assert_cmpint (zs_record_get_int (project, ZS_PROJECT_LEAD_ID), ==, zs_record_get_id (ZS_RECORD (lead)));
    g_assert_cmpint (zs_record_get_enum (project, ZS_PROJECT_STAGE), ==, ZS_STAGE_NEGOTIATING);
    g_assert_cmpuint (zs_project_editor_get_n_history (ZS_PROJECT_EDITOR (editor)), ==, 1);
    /* The project's own lead is no duplicate, the older project still is. */
    g_assert_nonnull (zs_project_editor_get_same_investor (ZS_PROJECT_EDITOR (editor)));
    g_assert_null (strstr (zs_project_editor_get_same_investor (ZS_PROJECT_EDITOR (editor)), "海之晨二期扩产项目"));
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_true (zs_window_get_subpage (window) == GTK_WIDGET (detail));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_null (zs_window_get_subpage (window));

  zs_test_close_window (window);
}

static void
test_drop_needs_reason (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  ZsLeadsPage *page = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  g_autoptr(ZsLead) lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "澳门葡语国家食品贸易合作");
  guint badge = zs_leads_page_get_badge (page);
  ZsLeadDetail *detail = ZS_LEAD_DETAIL (zs_leads_page_open_lead (page, lead));
  ZsLeadDropDialog *dialog;

  zs_test_drain_events ();
  g_assert_nonnull (strstr (zs_lead_detail_get_deadline_text (detail), "overdue"));

  dialog = ZS_LEAD_DROP_DIALOG (zs_lead_detail_drop (detail));
  zs_test_wait_until_mapped (GTK_WIDGET (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "drop"));
  zs_lead_drop_dialog_set_reason (dialog, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "drop"));
  zs_lead_drop_dialog_set_reason (dialog, "外方暂停对华食品出口业务拓展");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "drop"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "drop");
  zs_test_drain_events ();

  g_assert_true (zs_store_reload (store, ZS_RECORD (lead), NULL));
  g_assert_cmpint (zs_record_get_enum (ZS_RECORD (lead), ZS_LEAD_STATUS), ==, ZS_LEAD_DROPPED);
  g_assert_cmpstr (zs_record_get_string (ZS_RECORD (lead), ZS_LEAD_DROP_REASON), ==, "外方暂停对华食品出口业务拓展");
  /* A dropped lead owes no deadline: one fewer overdue. */
  g_assert_cmpuint (zs_leads_page_get_badge (page), ==, badge - 1);
  g_assert_cmpstr (zs_lead_detail_get_deadline_text (detail), ==, "");

  zs_test_close_window (window);
}

/* ---- activities and projects --------------------------------------------------------- */

static void
test_activities_ledger (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "activities");
  ZsActivitiesPage *page = zs_test_find_page (window, ZS_TYPE_ACTIVITIES_PAGE);
  g_autoptr(ZsActivity) trip = zs_test_load_named (store, ZS_TYPE_ACTIVITY, ZS_ACTIVITY_NAME,
                                           "“3天3城3项目”青岛、杭州、绍兴招商行");
  const char *start = zs_record_get_string (ZS_RECORD (trip), ZS_ACTIVITY_START_DATE);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(ZsQuery) period = NULL;
  ZsActivityFigures expected;
  const ZsActivityFigures *shown;
  ZsActivityDetail *detail;
  gboolean listed = FALSE;

  /* The month of the trip: the page's figures are the core's. */
  zs_activities_page_set_period (page, ZS_PERIOD_MONTH, start);
  zs_test_drain_events ();
  g_assert_true (zs_period_bounds (ZS_PERIOD_MONTH, start, &first, &last));
  period = zs_activity_period_query (first, last);
  g_assert_true (zs_activity_figures_compute (store, period, &expected, NULL));
  shown = zs_activities_page_get_figures (page);
  g_assert_cmpint (shown->trips, ==, expected.trips);
  g_assert_cmpint (shown->trips, >=, 1);
  g_assert_cmpint (shown->enterprises_visited, ==, expected.enterprises_visited);
  g_assert_cmpint (shown->projects_signed, ==, expected.projects_signed);
  g_assert_cmpint (shown->projects_signed, >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (zs_activities_page_get_model (page)), ==, expected.activities);
  for (guint i = 0; i < expected.activities; i++)
    {
      g_autoptr(ZsRecord) a = g_list_model_get_item (zs_activities_page_get_model (page), i);

      listed |= zs_record_get_id (a) == zs_record_get_id (ZS_RECORD (trip));
    }
  g_assert_true (listed);

  /* Five years before, there was nothing yet. */
  zs_activities_page_set_period (page, ZS_PERIOD_YEAR, start);
  zs_activities_page_step (page, -5);
  zs_test_drain_events ();
  g_assert_cmpint (zs_activities_page_get_figures (page)->activities, ==, 0);

  /* The trip's page: three projects signed on the way, a lead from Shaoxing. */
  detail = ZS_ACTIVITY_DETAIL (zs_activities_page_open_activity (page, trip));
  zs_test_drain_events ();
  g_assert_cmpuint (zs_activity_detail_get_n_projects (detail), ==, 3);
  g_assert_cmpuint (zs_activity_detail_get_n_leads (detail), ==, 1);
  g_assert_cmpuint (zs_activity_detail_get_n_enterprises (detail), >=, 3);

  /* Linking one more lead, through the dialog. */
  {
    g_autoptr(ZsLead) lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "上海半导体封测企业北方布局");
    GtkWidget *dialog = zs_activity_detail_add_link (detail, ZS_TYPE_LEAD);
    ZsRecordEditor *fields = zs_record_dialog_get_editor (ZS_RECORD_DIALOG (dialog));

    zs_test_wait_until_mapped (dialog);
    zs_record_set_int (zs_record_editor_get_record (fields), ZS_ACTIVITY_LINK_LEAD_ID, zs_record_get_id (ZS_RECORD (lead)));
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    g_signal_emit_by_name (zs_test_find_button (dialog, "_Done"), "clicked");
    while (dialog != NULL)
      g_main_context_iteration (NULL, TRUE);
    zs_test_drain_events ();
    g_assert_cmpuint (zs_activity_detail_get_n_leads (detail), ==, 2);
  }

  zs_test_close_window (window);
}

static void
test_project_same_investor (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "board");
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsProjectEditor *editor;
  ZsRecordEditor *fields;
  const char *warning;

  zs_window_open_project (window, project);
  zs_test_drain_events ();
  editor = ZS_PROJECT_EDITOR (zs_window_get_subpage (window));
  fields = zs_project_editor_get_fields (editor);
  zs_record_editor_enter_text (fields, ZS_PROJECT_NAME, "颐高数字经济产业园二期");
  g_assert_null (zs_project_editor_get_same_investor (editor));

  /* 颐高集团 is a lead's company, a project's investor and a target enterprise. */
  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "颐高集团有限公司");
  warning = zs_project_editor_get_same_investor (editor);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "颐高数字经济产业园运营合作项目"));
  g_assert_nonnull (strstr (warning, "颐高数字经济产业园运营合作"));
  g_assert_nonnull (strstr (warning, "颐高集团"));

  zs_record_editor_enter_text (fields, ZS_PROJECT_INVESTOR, "潍坊某新落户企业");
  g_assert_null (zs_project_editor_get_same_investor (editor));

  zs_test_close_window (window);
}

/* The key a lead sorts on in @column: the referrer's name, the unit's place
 * in the bureau's order (as text that sorts the same), the next due date;
 * NULL when it has none. */
static char *
lead_sort_key (ZsStore       *store,
               ZsLead        *lead,
               ZsLeadsColumn  column)
{
  ZsRecord *r = ZS_RECORD (lead);
  const char *due = NULL;
  g_autoptr(ZsRecord) referred = NULL; /* the partner or the unit */

  switch ((int) column)
    {
    case ZS_LEADS_COLUMN_REFERRER:
      if (zs_record_get_int (r, ZS_LEAD_PARTNER_ID) == 0)
        return NULL;
      referred = zs_store_load (store, ZS_TYPE_PARTNER, zs_record_get_int (r, ZS_LEAD_PARTNER_ID), NULL);
      return g_strdup (zs_record_get_title (referred));
    case ZS_LEADS_COLUMN_UNIT:
      if (zs_record_get_int (r, ZS_LEAD_UNIT_ID) == 0)
        return NULL;
      referred = zs_store_load (store, ZS_TYPE_UNIT, zs_record_get_int (r, ZS_LEAD_UNIT_ID), NULL);
      return g_strdup_printf ("%012" G_GINT64_FORMAT, zs_record_get_int (referred, ZS_UNIT_POSITION));
    case ZS_LEADS_COLUMN_DEADLINE:
      zs_lead_get_next_deadline (lead, &due);
      return g_strdup (due);
    default:
      g_assert_not_reached ();
    }
}

/* A click on @column's header orders the table by it, names in pinyin order
 * as the store sorts text (zs-collate.h), those without a value last;
 * returns how many have one. */
static guint
assert_sorted_by (ZsStore       *store,
                  ZsLeadsPage   *page,
                  ZsLeadsColumn  column,
                  gboolean       descending)
{
  GListModel *model = zs_leads_page_get_model (page);
  g_autofree char *previous = NULL;
  guint n_with = 0;

  zs_leads_page_sort_by (page, column, descending);
  zs_test_drain_events ();
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ZsLead) lead = g_list_model_get_item (model, i);
      g_autofree char *key = lead_sort_key (store, lead, column);

      if (key == NULL)
        continue;
      /* Nothing with a value after the first without one. */
      g_assert_cmpuint (n_with, ==, i);
      if (previous != NULL)
        g_assert_cmpint (zs_collate_pinyin (key, -1, previous, -1) * (descending ? -1 : 1), >=, 0);
      g_free (previous);
      previous = g_steal_pointer (&key);
      n_with++;
    }
  return n_with;
}

static void
test_leads_sort_by_every_column (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  ZsLeadsPage *page = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  GListModel *model = zs_leads_page_get_model (page);
  g_autoptr(ZsQuery) all = zs_query_new (ZS_TYPE_LEAD);
  guint n;

  /* Every lead, converted and dropped ones too: those have no deadline. */
  zs_leads_page_set_show (page, ZS_LEADS_SHOW_ALL);
  zs_test_drain_events ();
  n = g_list_model_get_n_items (model);
  g_assert_cmpint (n, ==, zs_test_count (store, all));

  for (int descending = 0; descending <= 1; descending++)
    {
      guint with_deadline = assert_sorted_by (store, page, ZS_LEADS_COLUMN_DEADLINE, descending);
      guint with_referrer = assert_sorted_by (store, page, ZS_LEADS_COLUMN_REFERRER, descending);
      guint with_unit = assert_sorted_by (store, page, ZS_LEADS_COLUMN_UNIT, descending);

      /* The demo has leads on both sides of each, or the order says little. */
      g_assert_cmpuint (with_deadline, >, 1);
      g_assert_cmpuint (with_deadline, <, n);
      g_assert_cmpuint (with_referrer, >, 1);
      g_assert_cmpuint (with_unit, >, 1);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
    }

  zs_test_close_window (window);
}

/* A page asks the window for another page by the window's actions, never by
 * its header: the record's page opens over it, Back returns, and deleting
 * a record from its own page takes the page away. */
static void
test_pages_ask_the_window (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  ZsLeadsPage *page = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  g_autoptr(ZsLead) lead = zs_test_load_named (store, ZS_TYPE_LEAD, ZS_LEAD_NAME, "深圳储能电池Pack项目");
  gint64 id = zs_record_get_id (ZS_RECORD (lead));
  gint64 partner_id = zs_record_get_int (ZS_RECORD (lead), ZS_LEAD_PARTNER_ID);
  ZsLeadDetail *detail;
  GtkWidget *subpage;

  g_assert_null (zs_window_get_subpage (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.open-record", "(sx)", "ZsLead", id));
  zs_test_drain_events ();
  detail = ZS_LEAD_DETAIL (zs_window_get_subpage (window));
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_lead_detail_get_lead (detail))), ==, id);
  g_assert_true (zs_page_get_context (ZS_PAGE (detail)) == zs_window_get_context (window));

  /* From the lead's page, the partner who brought it; Back returns to the lead. */
  g_assert_cmpint (partner_id, !=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "win.open-record", "(sx)",
                                             "ZsPartner", partner_id));
  zs_test_drain_events ();
  subpage = zs_window_get_subpage (window);
  g_assert_true (ZS_IS_PARTNER_DETAIL (subpage));
  g_assert_cmpint (zs_record_get_id (ZS_RECORD (zs_partner_detail_get_partner (ZS_PARTNER_DETAIL (subpage)))), ==,
                   partner_id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  g_assert_true (zs_window_get_subpage (window) == GTK_WIDGET (detail));

  /* Deleted from its page: gone from the store, and its page with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "lead.delete", NULL));
  zs_test_drain_events ();
  g_assert_null (zs_store_load (store, ZS_TYPE_LEAD, id, NULL));
  g_assert_null (zs_window_get_subpage (window));
  g_assert_cmpstr (zs_window_get_page (window), ==, "leads");

  zs_test_close_window (window);
}

/* Every page counts from the window's clock: when the day moves past a
 * lead's deadlines, the lead is overdue on its own page, on the leads page
 * and on the sidebar, without anything being edited. */
static void
test_overdue_follows_the_clock (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-partners");
  ZsWindow *window = zs_test_open_window_at (store, "leads");
  ZsLeadsPage *page = zs_test_find_page (window, ZS_TYPE_LEADS_PAGE);
  ZsClock *clock = zs_context_get_clock (zs_window_get_context (window));
  g_autoptr(ZsLead) lead = zs_lead_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *badge = NULL;
  ZsLeadDetail *detail;
  guint n_overdue;
  gboolean late;

  /* Received long after the demo's story, so only this lead changes. */
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_NAME, "时钟测试线索");
  zs_record_set_string (ZS_RECORD (lead), ZS_LEAD_RECEIVED_DATE, "2030-03-02");
  zs_lead_set_deadlines_from_settings (store, lead);
  g_assert_true (zs_store_save (store, ZS_RECORD (lead), &error));
  zs_clock_set_today (clock, "2030-03-02");
  zs_test_drain_events ();
  n_overdue = zs_leads_page_get_badge (page);
  g_free (zs_leads_page_describe_deadline (page, lead, &late));
  g_assert_false (late);

  gtk_widget_activate_action (GTK_WIDGET (page), "win.open-record", "(sx)",
                              "ZsLead", zs_record_get_id (ZS_RECORD (lead)));
  zs_test_drain_events ();
  detail = ZS_LEAD_DETAIL (zs_window_get_subpage (window));
  before = zs_lead_describe_deadline (lead, "2030-03-02");
  g_assert_cmpstr (zs_lead_detail_get_deadline_text (detail), ==, before);

  /* A year on. */
  zs_clock_set_today (clock, "2031-03-02");
  zs_test_drain_events ();
  after = zs_lead_describe_deadline (lead, "2031-03-02");
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpstr (zs_lead_detail_get_deadline_text (detail), ==, after);
  g_assert_cmpuint (zs_leads_page_get_badge (page), ==, n_overdue + 1);
  /* Back on the leads page, the sidebar counts it too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  zs_test_drain_events ();
  badge = g_strdup_printf ("%u", n_overdue + 1);
  g_assert_cmpstr (zs_test_sidebar_badge (window, "leads"), ==, badge);
  g_free (zs_leads_page_describe_deadline (page, lead, &late));
  g_assert_true (late);
  /* The other pages count from the same day. */
  g_assert_cmpstr (zs_page_get_today (ZS_PAGE (zs_test_find_page (window, ZS_TYPE_PARTNERS_PAGE))), ==, "2031-03-02");

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/partners/listed-by-kind", test_partners_listed_by_kind);
  g_test_add_func ("/ui/partners/partner-page", test_partner_page);
  g_test_add_func ("/ui/partners/performance-sorts", test_performance_sorts);
  g_test_add_func ("/ui/partners/vcard-export-and-import", test_vcard_export_and_import);
  g_test_add_func ("/ui/partners/vcard-export-not-regular", test_vcard_export_not_regular);
  g_test_add_func ("/ui/leads/overdue-marked-and-counted", test_overdue_leads_marked_and_counted);
  g_test_add_func ("/ui/leads/register-and-convert", test_register_and_convert);
  g_test_add_func ("/ui/leads/drop-needs-reason", test_drop_needs_reason);
  g_test_add_func ("/ui/leads/sort-by-every-column", test_leads_sort_by_every_column);
  g_test_add_func ("/ui/activities/ledger-by-period", test_activities_ledger);
  g_test_add_func ("/ui/projects/same-investor-warning", test_project_same_investor);
  g_test_add_func ("/ui/window/pages-ask-the-window", test_pages_ask_the_window);
  g_test_add_func ("/ui/window/overdue-follows-the-clock", test_overdue_follows_the_clock);

  return g_test_run ();
}
