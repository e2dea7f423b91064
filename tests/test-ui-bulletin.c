/* test-ui-bulletin.c — the bulletin as an office issues it: its issue
 * number, sign-off lines, 同比, 序时进度, 红黑榜, the clerk's problems and
 * next steps, the PDF's metadata, and no heading alone at a page's foot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The PDFs are read back with poppler's pdfinfo and pdftotext.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "zs-bulletin.h"
#include "zs-bulletin-dialog.h"
#include "zs-dispatch-page.h"
#include "zs-print-document.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-window.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890

/* ---- keep with next ------------------------------------------------------------------ */

/* A heading, a sub-heading and a table after @n_paragraphs paragraphs:
 * as @n_paragraphs grows, the heading comes to every height on the page,
 * the foot among them. */
static ZsPrintDocument *
document_with_heading_after (guint n_paragraphs)
{
  ZsPrintDocument *document = zs_print_document_new ();
  const char *titles[] = { "单位", "签约项目", "签约投资" };
  const double widths[] = { 2, 1, 1 };
  const gboolean numeric[] = { FALSE, TRUE, TRUE };

  for (guint i = 0; i < n_paragraphs; i++)
    zs_print_document_add_paragraph (document, "本月全市招商引资工作总体平稳。");
  zs_print_document_add_heading (document, "三、红黑榜");
  zs_print_document_add_subheading (document, "（一）签约项目");
  zs_print_document_begin_table (document, 3, titles, widths, numeric);
  for (guint r = 0; r < 3; r++)
    {
      const char *row[] = { "经济开发区\n（含综保区）", "3", "2.40亿元" };

      zs_print_document_add_row (document, row);
    }
  return document;
}

static void
test_heading_keeps_with_next (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint moved = 0;

  pango_cairo_context_set_resolution (context, 72);
  /* Paragraphs are about 28 points each: forty of them walk the heading
   * down past the foot of page one. */
  for (guint n = 10; n < 40; n++)
    {
      g_autoptr(ZsPrintDocument) document = document_with_heading_after (n);
      const char *stranded;

      zs_print_document_paginate (document, context, A4_WIDTH, A4_HEIGHT);
      stranded = zs_print_document_find_stranded_heading (document);
      if (stranded != NULL)
        g_error ("After %u paragraphs, “%s” ends a page with nothing under it", n, stranded);
      if (zs_print_document_get_n_pages (document) > 1)
        moved++;
    }
  /* The case was met: the heading went to page two some of the time. */
  g_assert_cmpuint (moved, >, 0);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- the PDF -------------------------------------------------------------------------- */

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  g_autofree char *out = NULL;
  int status = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
assert_info (const char *info,
             const char *field,
             const char *value)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      {
        g_assert_cmpstr (g_strstrip (lines[i] + strlen (field) + 1), ==, value);
        return;
      }
  g_error ("The PDF has no %s; pdfinfo says:\n%s", field, info);
}

static gint64
add_unit (ZsStore    *store,
          const char *name,
          int         position)
{
  g_autoptr(ZsUnit) unit = zs_unit_new ();

  zs_record_set_string (ZS_RECORD (unit), ZS_UNIT_NAME, name);
  zs_record_set_enum (ZS_RECORD (unit), ZS_UNIT_KIND, ZS_UNIT_TOWN);
  zs_record_set_int (ZS_RECORD (unit), ZS_UNIT_POSITION, position);
  g_assert_true (zs_store_save (store, ZS_RECORD (unit), NULL));
  return zs_record_get_id (ZS_RECORD (unit));
}

static void
add_signed (ZsStore    *store,
            const char *name,
            gint64      unit,
            gint64      planned,
            const char *day)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *p = ZS_RECORD (project);

  zs_record_set_string (p, ZS_PROJECT_NAME, name);
  zs_record_set_int (p, ZS_PROJECT_UNIT_ID, unit);
  zs_record_set_enum (p, ZS_PROJECT_STAGE, ZS_STAGE_SIGNED);
  zs_record_set_string (p, ZS_PROJECT_STAGE_SINCE, day);
  zs_record_set_int (p, ZS_PROJECT_PLANNED_INVESTMENT, planned * ZS_AMOUNT_SCALE);
  g_assert_true (zs_store_save (store, p, NULL));
}

static void
add_target (ZsStore *store,
            gint64   unit,
            gint64   n_signed)
{
  g_autoptr(ZsTarget) target = zs_target_new ();

  zs_record_set_int (ZS_RECORD (target), ZS_TARGET_UNIT_ID, unit);
  zs_record_set_int (ZS_RECORD (target), ZS_TARGET_YEAR, 2026);
  zs_record_set_int (ZS_RECORD (target), ZS_TARGET_SIGNED_COUNT, n_signed);
  g_assert_true (zs_store_save (store, ZS_RECORD (target), NULL));
}

/* Two towns with targets, one signing in November 2025 and 2026. */
static ZsStore *
open_bureau (const char *name)
{
  ZsStore *store = zs_test_open_seeded (name);
  gint64 east = add_unit (store, "东城街道", 101);
  gint64 west = add_unit (store, "西城街道", 102);

  g_assert_true (zs_store_set_setting (store, ZS_SETTING_OFFICE_NAME, "潍坊市投资促进局", NULL));
  add_target (store, east, 4);
  add_target (store, west, 10);
  add_signed (store, "去年同期签约项目", east, 20000, "2025-11-12");
  add_signed (store, "智能装备制造项目", east, 30000, "2026-11-05");
  add_signed (store, "新材料产业园项目", east, 12000, "2026-11-18");
  add_signed (store, "冷链物流中心项目", west, 8000, "2026-11-20");
  return store;
}

static ZsReport *
november (ZsStore *store)
{
  g_autoptr(GError) error = NULL;
  ZsReport *report = zs_report_new (store, "2026-11-01", "2026-11-30", "2026-12-02", NULL, &error);

  g_assert_no_error (error);
  return report;
}

static void
test_pdf_as_issued (void)
{
  g_autoptr(ZsStore) store = open_bureau ("bulletin-issued");
  g_autoptr(ZsReport) report = november (store);
  g_autofree char *path = zs_test_scratch_path ("issued.pdf");
  g_autofree char *second_path = zs_test_scratch_path ("second.pdf");
  g_autoptr(ZsBulletin) bulletin = NULL;
  g_autoptr(ZsBulletin) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *issue = g_strdup_printf (_("Issue %u"), 1);
  g_autofree char *second_issue = g_strdup_printf (_("Issue %u"), 2);
  g_autofree char *drafted = g_strdup_printf (_("Drafted by: %s    Reviewed by: %s"), "张三", "李四");
  g_autofree char *signed_by = g_strdup_printf (_("Signed off by: %s"), "王五");
  g_autofree char *schedule = NULL;
  ZsBulletinOptions options = {
    .drafter = "张三", .reviewer = "李四", .signer = "王五",
    .problems = "部分街道项目储备不足。\n要素保障仍需加强。",
    .next_steps = "  \n紧盯在谈项目，力争年底前签约。\n",
  };

  bulletin = zs_bulletin_new_with_options (store, report, &options);
  g_assert_cmpuint (zs_bulletin_get_issue (bulletin), ==, 1);
  g_assert_true (zs_bulletin_write_pdf (bulletin, path, &error));
  g_assert_no_error (error);
  g_assert_null (zs_bulletin_find_stranded_heading (bulletin));

  /* What a file list shows: the title and the issuing office. */
  info = pdf_info (path);
  assert_info (info, "Title", _("Investment Promotion Bulletin"));
  assert_info (info, "Author", "潍坊市投资促进局");

  text = zs_test_pdf_text (path, 0);
  zs_test_assert_in_text (text, issue);
  zs_test_assert_in_text (text, "潍坊市投资促进局");
  zs_test_assert_in_text (text, drafted);
  zs_test_assert_in_text (text, signed_by);
  /* 同比: 3 signed against 1, 50000 against 20000 万元. */
  zs_test_assert_in_text (text, "+200.0%");
  zs_test_assert_in_text (text, "+150.0%");
  /* 序时进度 on 30 November: 334 of 365 days. East signed 2 of 4 (50%),
   * 41.5 points behind; West 1 of 10. */
  schedule = zs_report_format_schedule (0.5, 334.0 / 365);
  g_assert_cmpstr (schedule, ==, "-41.5");
  zs_test_assert_in_text (text, "91.5%");
  /* 红黑榜 by completion: East (50%) first, West (10%) last. */
  zs_test_assert_in_text (text, _("Red and Black Lists"));
  zs_test_assert_in_text (text, "东城街道 (50%)");
  zs_test_assert_in_text (text, "西城街道 (10%)");
  /* The clerk's texts, a paragraph a line; a blank line makes none. */
  zs_test_assert_in_text (text, _("Problems"));
  zs_test_assert_in_text (text, "部分街道项目储备不足。");
  zs_test_assert_in_text (text, "要素保障仍需加强。");
  zs_test_assert_in_text (text, _("Next Steps"));
  zs_test_assert_in_text (text, "紧盯在谈项目，力争年底前签约。");

  /* Gone out: the next bulletin of the year is issue 2. */
  g_assert_true (zs_bulletin_remember_issue (bulletin, &error));
  g_assert_no_error (error);
  second = zs_bulletin_new (store, report);
  g_assert_cmpuint (zs_bulletin_get_issue (second), ==, 2);
  g_assert_true (zs_bulletin_write_pdf (second, second_path, &error));
  second_text = zs_test_pdf_text (second_path, 1);
  zs_test_assert_in_text (second_text, second_issue);
  /* Without texts, no such sections. */
  g_assert_null (strstr (second_text, "部分街道"));
}

/* 较序时进度 fits its column on one line: "慢63.4个百分点" wrapped to
 * "慢63.4个百 / 分点". The totals here are 3 signed of 14 on day 334 of
 * 365: 70.1 points behind. */
static void
test_schedule_fits_one_line (void)
{
  g_autoptr(ZsStore) store = open_bureau ("bulletin-schedule");
  g_autoptr(ZsReport) report = november (store);
  g_autoptr(ZsBulletin) bulletin = zs_bulletin_new (store, report);
  g_autofree char *path = zs_test_scratch_path ("schedule.pdf");
  g_autofree char *text = NULL;
  g_autofree char *behind = zs_report_format_schedule (3.0 / 14, 334.0 / 365);
  g_autoptr(GError) error = NULL;

  g_assert_true (zs_bulletin_write_pdf (bulletin, path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (behind, ==, "-70.1");
  g_assert_cmpint (zs_bulletin_count_wrapped_cells (bulletin, _("Against the time share (points)")), ==, 0);
  text = zs_test_pdf_text (path, 0);
  zs_test_assert_in_text (text, behind);
}

/* Long bulletins: however far the tables run, no heading is left at the
 * foot of a page. */
static void
test_no_heading_at_a_page_foot (void)
{
  g_autoptr(ZsStore) store = open_bureau ("bulletin-long");
  ZsBulletinOptions options = {
    .problems = "一是项目储备不足。\n二是要素保障仍需加强。\n三是外资项目偏少。",
    .next_steps = "一是紧盯在谈项目。\n二是强化要素保障。",
  };

  for (int batch = 0; batch < 4; batch++)
    {
      g_autoptr(ZsReport) report = NULL;
      g_autoptr(ZsBulletin) bulletin = NULL;
      g_autofree char *path = zs_test_scratch_path ("long.pdf");
      g_autoptr(GError) error = NULL;
      const char *stranded;

      /* Seven more towns each round move every heading down the pages. */
      for (int i = 0; i < 7; i++)
        {
          g_autofree char *name = g_strdup_printf ("测试镇街%02d", batch * 7 + i + 1);

          add_unit (store, name, 200 + batch * 7 + i);
        }
      report = november (store);
      bulletin = zs_bulletin_new_with_options (store, report, &options);
      g_assert_true (zs_bulletin_write_pdf (bulletin, path, &error));
      g_assert_no_error (error);
      stranded = zs_bulletin_find_stranded_heading (bulletin);
      if (stranded != NULL)
        g_error ("With %d more towns, “%s” ends a page", (batch + 1) * 7, stranded);
    }
}

/* ---- the dialog ------------------------------------------------------------------------ */

static ZsBulletinDialog *
open_dialog (ZsDispatchPage *page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dispatch.export-pdf", NULL));
  return ZS_BULLETIN_DIALOG (zs_test_wait_for_toplevel (ZS_TYPE_BULLETIN_DIALOG));
}

/* 导出PDF… on the dispatch page asks for the issue, the names and the
 * texts, then for the file; the next time it offers the next issue and
 * the same names. */
static void
test_dialog_from_the_page (void)
{
  g_autoptr(ZsStore) store = open_bureau ("bulletin-dialog");
  ZsWindow *window = zs_test_open_window (store, 1366, 768);
  ZsDispatchPage *page;
  ZsBulletinDialog *dialog;
  GtkWindow *chooser;
  g_autofree char *scratch = zs_test_scratch_path ("from-dialog");
  g_autoptr(GFile) folder = g_file_new_for_path (scratch);
  g_autofree char *name = g_strdup_printf (_("Bulletin %s.pdf"), "November 2026");
  g_autofree char *path = g_build_filename (scratch, name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *issue = g_strdup_printf (_("Issue %u"), 7);
  g_autofree char *kept = NULL;

  g_assert_true (zs_window_show_page (window, "dispatch"));
  zs_test_drain_events ();
  page = ZS_DISPATCH_PAGE (zs_test_find_page (window, ZS_TYPE_DISPATCH_PAGE));
  g_assert_true (zs_dispatch_page_set_period (page, ZS_DISPATCH_PERIOD_CUSTOM, "2026-11-01", "2026-11-30"));
  while (zs_dispatch_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);

  dialog = open_dialog (page);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (zs_bulletin_dialog_get_issue_spin (dialog)), ==, 1);
  /* This office numbers on from its paper bulletins. */
  gtk_spin_button_set_value (zs_bulletin_dialog_get_issue_spin (dialog), 7);
  gtk_editable_set_text (GTK_EDITABLE (zs_bulletin_dialog_get_drafter_row (dialog)), "赵六");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (zs_bulletin_dialog_get_problems_view (dialog)),
                            "西城街道签约进度滞后。", -1);
  zs_bulletin_dialog_accept (dialog);
  zs_test_drain_events ();
  g_assert_null (zs_test_find_toplevel (ZS_TYPE_BULLETIN_DIALOG));

  chooser = GTK_WINDOW (zs_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  /* Saved in a folder of the test's under the name the page suggests. */
  g_assert_cmpint (g_mkdir (scratch, 0700), ==, 0);
  zs_test_choose_folder (GTK_WIDGET (chooser), folder);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the folder in a thread before it answers. */
  zs_test_wait_toplevel_gone (GTK_TYPE_FILE_CHOOSER_DIALOG);

  text = zs_test_pdf_text (path, 0);
  zs_test_assert_in_text (text, issue);
  zs_test_assert_in_text (text, "赵六");
  zs_test_assert_in_text (text, "西城街道签约进度滞后。");
  g_assert_cmpuint (zs_bulletin_issue_next (store, 2026), ==, 8);
  kept = zs_store_get_setting (store, ZS_SETTING_BULLETIN_DRAFTER);
  g_assert_cmpstr (kept, ==, "赵六");

  /* Next month: issue 8, the same drafter, empty texts. */
  dialog = open_dialog (page);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (zs_bulletin_dialog_get_issue_spin (dialog)), ==, 8);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zs_bulletin_dialog_get_drafter_row (dialog))), ==, "赵六");
  g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (zs_bulletin_dialog_get_problems_view (dialog))), ==, 0);
  gtk_window_close (GTK_WINDOW (dialog));
  zs_test_drain_events ();
  /* Cancelled: nothing went out, the count stays. */
  g_assert_cmpuint (zs_bulletin_issue_next (store, 2026), ==, 8);

  zs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-bulletin/heading-keeps-with-next", test_heading_keeps_with_next);
  g_test_add_func ("/ui-bulletin/pdf-as-issued", test_pdf_as_issued);
  g_test_add_func ("/ui-bulletin/no-heading-at-a-page-foot", test_no_heading_at_a_page_foot);
  g_test_add_func ("/ui-bulletin/schedule-fits-one-line", test_schedule_fits_one_line);
  g_test_add_func ("/ui-bulletin/dialog-from-the-page", test_dialog_from_the_page);

  return g_test_run ();
}
