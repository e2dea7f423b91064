/* zs-bulletin.c — the monthly bulletin (一月一通报), printed or as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What the bulletin says is decided here, from a ZsReport and the
 * attention lists; how it sits on the page is ZsPrintDocument's. Pango and
 * cairo only: the same pages go to a PDF file through cairo alone (for
 * tests and scripts) and, through zs-bulletin-print.c, to a printer and
 * to "Export PDF".
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "zs-bulletin.h"
#include "zs-bulletin-supervision.h"
#include "zs-print-document.h"

/* A4 in points. */
#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890

struct _ZsBulletin
{
  GObject          parent_instance;

  ZsReport        *report;
  ZsStore         *store;    /* where the issue number is remembered */
  char            *title;
  char            *period;
  char            *office;   /* the issuing unit (setup's bureau name), NULL when not set */
  guint            issue;    /* 第N期 of the report's year */
  char            *drafter;  /* 拟稿, 审核, 签发: blank lines to sign when empty */
  char            *reviewer;
  char            *signer;
  char            *problems;   /* 存在问题, NULL when not given */
  char            *next_steps; /* 下步工作 */
  guint            n_sections;
  ZsPrintDocument *document;
};

G_DEFINE_FINAL_TYPE (ZsBulletin, zs_bulletin, G_TYPE_OBJECT)

/* ---- what it says ------------------------------------------------------------------ */

static char *
kpi_text (ZsReportLine *line,
          ZsKpi         kpi,
          gboolean      year)
{
  return zs_kpi_format (kpi, year ? zs_report_line_get_year_value (line, kpi) : zs_report_line_get_value (line, kpi));
}

/* The next section's heading: "一、总体情况". Numbered as they are added, so
 * a section that is left out (or added) renumbers the rest. */
static char *
next_heading (ZsBulletin *self,
              const char *title)
{
  static const char * const numbers[] = {
    N_("1. "), N_("2. "), N_("3. "), N_("4. "), N_("5. "),
    N_("6. "), N_("7. "), N_("8. "), N_("9. "), N_("10. "),
  };

  g_return_val_if_fail (self->n_sections < G_N_ELEMENTS (numbers), g_strdup (title));
  return g_strconcat (_(numbers[self->n_sections++]), title, NULL);
}

static void
add_section (ZsBulletin *self,
             const char *title)
{
  g_autofree char *heading = next_heading (self, title);

  zs_print_document_add_heading (self->document, heading);
}

static void
add_summary (ZsBulletin *self)
{
  ZsReportLine *total = zs_report_get_total (self->report);
  g_autofree char *leads = kpi_text (total, ZS_KPI_LEADS, FALSE);
  g_autofree char *n_signed = kpi_text (total, ZS_KPI_SIGNED, FALSE);
  g_autofree char *investment = kpi_text (total, ZS_KPI_SIGNED_INVESTMENT, FALSE);
  g_autofree char *registered = kpi_text (total, ZS_KPI_REGISTERED, FALSE);
  g_autofree char *started = kpi_text (total, ZS_KPI_STARTED, FALSE);
  g_autofree char *production = kpi_text (total, ZS_KPI_PRODUCTION, FALSE);
  g_autofree char *funds = kpi_text (total, ZS_KPI_FUNDS_IN_PLACE, FALSE);
  g_autofree char *year_signed = kpi_text (total, ZS_KPI_SIGNED, TRUE);
  g_autofree char *year_signed_progress = zs_report_line_format_progress (total, ZS_KPI_SIGNED);
  g_autofree char *year_investment = kpi_text (total, ZS_KPI_SIGNED_INVESTMENT, TRUE);
  g_autofree char *year_investment_progress = zs_report_line_format_progress (total, ZS_KPI_SIGNED_INVESTMENT);
  g_autofree char *year_started = kpi_text (total, ZS_KPI_STARTED, TRUE);
  g_autofree char *year_started_progress = zs_report_line_format_progress (total, ZS_KPI_STARTED);
  g_autofree char *period = NULL;
  g_autofree char *year = NULL;
  double share = zs_report_get_time_share (self->report);
  g_autofree char *share_text = g_strdup_printf ("%.1f%%", floor (share * 1000 + 0.5) / 10);
  g_autofree char *last_day = zs_format_date (zs_report_get_measured_day (self->report));
  g_autofree char *schedule = NULL;
  g_autofree char *change = NULL;
  g_autofree char *signed_change = zs_report_line_format_change (total, ZS_KPI_SIGNED, FALSE);
  g_autofree char *investment_change = zs_report_line_format_change (total, ZS_KPI_SIGNED_INVESTMENT, FALSE);
  g_autofree char *funds_change = zs_report_line_format_change (total, ZS_KPI_FUNDS_IN_PLACE, FALSE);
  static const char * const titles[] = {
    N_("Indicator"), N_("This period"), N_("Change on a year before"), N_("Year to date"),
    N_("Change on a year before"), N_("Annual target"), N_("Completion"),
    /* TRANSLATORS: 较序时进度 in percentage points; the cells read "+3.2", "-11.5" */
    N_("Against the time share (points)"),
  };
  static const double widths[] = { 3.6, 1.6, 1.2, 1.6, 1.2, 1.5, 1.1, 1.6 };
  static const gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  const char *translated[G_N_ELEMENTS (titles)];

  /* TRANSLATORS: the bulletin's headline, in the order of the dashboard */
  period = g_strdup_printf (_("In this period %s new leads were received; %s projects were signed with "
                              "a planned investment of %s; %s were registered, %s started and %s went into "
                              "production. Funds of %s arrived."),
                            leads, n_signed, investment, registered, started, production, funds);
  /* TRANSLATORS: the bulletin's second sentence: the year against the annual targets */
  year = g_strdup_printf (_("So far this year %s projects were signed (%s of the annual target) with %s "
                            "of planned investment (%s), and %s started (%s)."),
                          year_signed, year_signed_progress, year_investment, year_investment_progress,
                          year_started, year_started_progress);
  /* TRANSLATORS: 同比 in the bulletin's overview: each a rate such as "+12.5%", or "—" */
  change = g_strdup_printf (_("Against the same period last year: projects signed %s, investment signed %s, "
                              "funds arrived %s."), signed_change, investment_change, funds_change);
  /* TRANSLATORS: 序时进度: the share of the year gone by the period's last day, "截至2026年11月30日，序时进度为91.5%。" */
  schedule = g_strdup_printf (_("By %s, %s of the year has passed (the time share against which annual "
                                "targets are measured)."), last_day, share_text);

  add_section (self, _("Overview"));
  zs_print_document_add_paragraph (self->document, period);
  zs_print_document_add_paragraph (self->document, year);
  zs_print_document_add_paragraph (self->document, change);
  zs_print_document_add_paragraph (self->document, schedule);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    translated[i] = _(titles[i]);
  zs_print_document_begin_table (self->document, G_N_ELEMENTS (titles), translated, widths, numeric);
  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      g_autofree char *value = kpi_text (total, k, FALSE);
      g_autofree char *value_change = zs_report_line_format_change (total, k, FALSE);
      g_autofree char *year_value = kpi_text (total, k, TRUE);
      g_autofree char *year_change = zs_report_line_format_change (total, k, TRUE);
      g_autofree char *target = zs_report_line_get_target (total, k) > 0
                                ? zs_kpi_format (k, zs_report_line_get_target (total, k)) : g_strdup ("—");
      g_autofree char *progress = zs_report_line_format_progress (total, k);
      g_autofree char *against = zs_report_format_schedule (zs_report_line_get_progress (total, k), share);
      const char *row[] = { zs_kpi_get_label (k), value, value_change, year_value, year_change,
                            target, progress, against };

      zs_print_document_add_row (self->document, row);
    }
  /* Foreign capital in 万美元, apart from the indicators in 万元. */
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    {
      g_autofree char *value = zs_format_dollars (zs_report_line_get_foreign (total, f, FALSE));
      g_autofree char *year_value = zs_format_dollars (zs_report_line_get_foreign (total, f, TRUE));
      const char *row[] = { zs_foreign_get_label (f), value, "—", year_value, "—", "—", "—", "—" };

      zs_print_document_add_row (self->document, row);
    }
  zs_print_document_add_note (self->document,
                              _("New projects are counted by the day they entered the stage, so a project signed and "
                                "started in the same period counts in both. Funds arrived are the funds entries "
                                "dated in the period (资金到位记录), corrections included."));
}

/* The indicators as table columns after the name column(s). */
static const ZsKpi table_kpis[] = {
  ZS_KPI_LEADS, ZS_KPI_SIGNED, ZS_KPI_SIGNED_INVESTMENT, ZS_KPI_REGISTERED,
  ZS_KPI_STARTED, ZS_KPI_PRODUCTION, ZS_KPI_FUNDS_IN_PLACE,
};

static double
kpi_width (ZsKpi kpi)
{
  /* Room for a 同比 such as "+100.0%" under a count. */
  return zs_kpi_is_amount (kpi) ? 1.6 : 1.15;
}

/* A unit's figure with its 同比 on the line below. */
static char *
value_with_change (ZsReportLine *line,
                   ZsKpi         kpi)
{
  g_autofree char *value = kpi_text (line, kpi, FALSE);
  g_autofree char *change = zs_report_line_format_change (line, kpi, FALSE);

  return g_strdup_printf ("%s\n%s", value, change);
}

static void
add_units (ZsBulletin *self)
{
  GListModel *units = zs_report_get_units (self->report);
  const char *titles[2 + G_N_ELEMENTS (table_kpis) + 1];
  double widths[G_N_ELEMENTS (titles)];
  gboolean numeric[G_N_ELEMENTS (titles)];
  guint n = 0;

  titles[n] = _("Rank"), widths[n] = 0.6, numeric[n++] = TRUE;
  titles[n] = _("Unit"), widths[n] = 1.9, numeric[n++] = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (table_kpis); i++)
    titles[n] = zs_kpi_get_label (table_kpis[i]), widths[n] = kpi_width (table_kpis[i]), numeric[n++] = TRUE;
  titles[n] = _("Score"), widths[n] = 0.8, numeric[n++] = TRUE;

  add_section (self, _("Units, in Ranking Order"));
  zs_print_document_begin_table (self->document, n, titles, widths, numeric);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (units, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, zs_report_line_get_rank (line) > 0 ? g_strdup_printf ("%u", zs_report_line_get_rank (line))
                                                                 : g_strdup ("—"));
      g_ptr_array_add (cells, g_strdup (zs_report_line_get_name (line)));
      for (guint k = 0; k < G_N_ELEMENTS (table_kpis); k++)
        g_ptr_array_add (cells, value_with_change (line, table_kpis[k]));
      g_ptr_array_add (cells, zs_report_line_get_score (line) >= 0
                              ? g_strdup_printf ("%.1f", zs_report_line_get_score (line)) : g_strdup ("—"));
      zs_print_document_add_row (self->document, (const char * const *) cells->pdata);
    }
  zs_print_document_add_note (self->document,
                              _("Ranking: a score out of 100. Each indicator with an annual target is measured against "
                                "the target’s share of the period, between 0 and "
                                "150%, weighted signed investment 25, started 20, signed projects 15, and leads, "
                                "registered, in production and funds 10 each. Ties go to more investment signed. Units "
                                "without targets are not ranked."));
  zs_print_document_add_note (self->document,
                              _("Under each figure: its change on the same period last year, or “—” when there "
                                "was nothing to compare with."));
}

static void
add_chains (ZsBulletin *self)
{
  GListModel *chains = zs_report_get_chains (self->report);
  const char *titles[1 + G_N_ELEMENTS (table_kpis)];
  double widths[G_N_ELEMENTS (titles)];
  gboolean numeric[G_N_ELEMENTS (titles)];
  guint n = 0;

  add_section (self, _("Industrial Chains"));
  if (g_list_model_get_n_items (chains) == 0)
    {
      zs_print_document_add_paragraph (self->document, _("No chain has figures this year yet."));
      return;
    }

  titles[n] = _("Chain"), widths[n] = 3.0, numeric[n++] = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (table_kpis); i++)
    titles[n] = zs_kpi_get_label (table_kpis[i]), widths[n] = kpi_width (table_kpis[i]), numeric[n++] = TRUE;

  zs_print_document_begin_table (self->document, n, titles, widths, numeric);
  for (guint i = 0; i < g_list_model_get_n_items (chains); i++)
    {
      g_autoptr(ZsReportLine) line = g_list_model_get_item (chains, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (zs_report_line_get_name (line)));
      for (guint k = 0; k < G_N_ELEMENTS (table_kpis); k++)
        g_ptr_array_add (cells, kpi_text (line, table_kpis[k], FALSE));
      zs_print_document_add_row (self->document, (const char * const *) cells->pdata);
    }
}

static void
add_attention (ZsBulletin *self,
               ZsStore    *store)
{
  static const char * const numbers[ZS_ATTENTION_N] = { N_("(1)"), N_("(2)"), N_("(3)"), N_("(4)"), N_("(5)"), N_("(6)") };
  const char *today = zs_report_get_today (self->report);

  add_section (self, _("Needs Attention"));

  for (guint list = 0; list < ZS_ATTENTION_N; list++)
    {
      g_autoptr(ZsQuery) query = zs_attention_query (store, list, today);
      g_autoptr(GArray) ids = NULL;
      g_autofree char *heading = NULL;
      gint64 count = zs_report_get_attention (self->report, list);
      gboolean projects = list == ZS_ATTENTION_RED_ORANGE || list == ZS_ATTENTION_STALE_PROJECTS;
      GType type = zs_query_get_record_type (query);
      const char *titles[] = { _("Name"), projects ? _("Grade") : _("Details"), _("Details") };
      const double widths[] = { 2.2, 0.6, 4.6 };
      const gboolean numeric[] = { FALSE, FALSE, FALSE };

      /* TRANSLATORS: a sub-heading of the bulletin: "（一）红橙项目：12项" */
      heading = g_strdup_printf (_("%s %s: %u"), _(numbers[list]), zs_attention_get_label (list), (guint) count);
      /* An empty list is a line of text, not a heading over nothing. */
      if (count == 0)
        {
          zs_print_document_add_note (self->document, heading);
          continue;
        }
      zs_print_document_add_subheading (self->document, heading);

      zs_query_set_limit (query, ZS_BULLETIN_LIST_LIMIT);
      ids = zs_store_query (store, query, NULL);
      if (ids == NULL || ids->len == 0)
        continue;

      if (projects)
        zs_print_document_begin_table (self->document, 3, titles, widths, numeric);
      else
        {
          const char *two_titles[] = { titles[0], titles[2] };
          const double two_widths[] = { widths[0], widths[2] };

          zs_print_document_begin_table (self->document, 2, two_titles, two_widths, numeric);
        }

      for (guint i = 0; i < ids->len; i++)
        {
          g_autoptr(ZsRecord) record = zs_store_load (store, type, g_array_index (ids, gint64, i), NULL);
          g_autofree char *details = NULL;

          if (record == NULL)
            continue;
          details = zs_attention_describe (store, list, record, today);
          if (projects)
            {
              const char *row[] = { zs_record_get_title (record),
                                    zs_grade_get_label (zs_record_get_enum (record, ZS_PROJECT_GRADE)),
                                    details };

              zs_print_document_add_row (self->document, row);
            }
          else
            {
              const char *row[] = { zs_record_get_title (record), details };

              zs_print_document_add_row (self->document, row);
            }
        }

      if (count > ids->len)
        {
          g_autofree char *rest = g_strdup_printf ("%" G_GINT64_FORMAT, count - (gint64) ids->len);
          g_autofree char *note = g_strdup_printf (_("The first %u are listed; %s more are in Zhaoshang."), ids->len, rest);

          zs_print_document_add_note (self->document, note);
        }
    }
}

/* 红黑榜: the first and last units of each indicator. */
static char *
describe_units (ZsRedBlack *list,
                GPtrArray  *lines)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      ZsReportLine *line = g_ptr_array_index (lines, i);
      g_autofree char *standing = zs_red_black_describe (list, line);

      if (i > 0)
        /* TRANSLATORS: between the units of one place in the red and black lists */
        g_string_append (text, _(", "));
      /* TRANSLATORS: a unit in the red and black lists with its completion or figure: "某镇（85%）" */
      g_string_append_printf (text, _("%s (%s)"), zs_report_line_get_name (line), standing);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "城东街道（逾期 2 项）、高新区（逾期 1 项）" */
static char *
describe_supervision_units (GPtrArray *counts,
                            gboolean   overdue)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      ZsSupervisionCount *count = g_ptr_array_index (counts, i);
      guint n = overdue ? count->overdue : count->closed_on_time;
      g_autofree char *standing = overdue
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", n), n)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u closed on time", "%u closed on time", n), n);

      if (i > 0)
        g_string_append (text, _(", "));
      g_string_append_printf (text, _("%s (%s)"), count->unit, standing);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_red_black (ZsBulletin *self)
{
  const char *titles[] = { _("Indicator"), _("Red list (first)"), _("Black list (last)") };
  static const double widths[] = { 2.0, 3.5, 3.5 };
  static const gboolean numeric[] = { FALSE, FALSE, FALSE };
  gboolean any = FALSE;

  add_section (self, _("Red and Black Lists"));
  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      g_autoptr(ZsRedBlack) list = zs_red_black_new (self->report, k);
      g_autofree char *red = NULL;
      g_autofree char *black = NULL;

      if (list == NULL)
        continue;
      if (!any)
        zs_print_document_begin_table (self->document, G_N_ELEMENTS (titles), titles, widths, numeric);
      any = TRUE;
      red = describe_units (list, list->red);
      black = describe_units (list, list->black);
      {
        const char *row[] = { zs_kpi_get_label (k), red, black };

        zs_print_document_add_row (self->document, row);
      }
    }
  /* Overdue 督办 items name their units on the black list. */
  {
    g_autoptr(ZsRedBlackSupervision) supervision = zs_red_black_supervision_new (self->report);

    if (supervision != NULL)
      {
        g_autofree char *red = describe_supervision_units (supervision->red, FALSE);
        g_autofree char *black = describe_supervision_units (supervision->black, TRUE);
        const char *row[] = { _("Supervision items"), red, black };

        if (!any)
          zs_print_document_begin_table (self->document, G_N_ELEMENTS (titles), titles, widths, numeric);
        any = TRUE;
        zs_print_document_add_row (self->document, row);
      }
  }
  if (!any)
    {
      zs_print_document_add_paragraph (self->document, _("No unit stands apart from the others yet."));
      return;
    }
  zs_print_document_add_note (self->document,
                              _("Where two or more units have an annual target for an indicator, they are placed by "
                                "the share of it done this year (in brackets); otherwise by the year’s figure. Units "
                                "level at the top or the bottom are all named. A unit with a supervision item past "
                                "its deadline is on the black list; units that closed all theirs on time are on the "
                                "red list."));
}

/* 存在问题 and 下步工作 as the clerk typed them, a paragraph per line. */
static void
add_text_section (ZsBulletin *self,
                  const char *title,
                  const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) paragraphs = NULL;

  if (*trimmed == '\0')
    return;
  add_section (self, title);
  paragraphs = g_strsplit (text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] != '\0')
        zs_print_document_add_paragraph (self->document, paragraphs[i]);
    }
}

/* 拟稿 审核 签发 at the foot, blank for a pen when not given. */
static void
add_sign_off (ZsBulletin *self)
{
  const char *blank = "\u3000\u3000\u3000\u3000";
  g_autofree char *drafted = NULL;
  g_autofree char *signed_by = NULL;

  zs_print_document_add_rule (self->document);
  /* TRANSLATORS: the bulletin's foot: "拟稿：张三　　审核：李四" */
  drafted = g_strdup_printf (_("Drafted by: %s    Reviewed by: %s"),
                             self->drafter != NULL && *self->drafter != '\0' ? self->drafter : blank,
                             self->reviewer != NULL && *self->reviewer != '\0' ? self->reviewer : blank);
  /* TRANSLATORS: the bulletin's foot, at the right: "签发：王五" */
  signed_by = g_strdup_printf (_("Signed off by: %s"),
                               self->signer != NULL && *self->signer != '\0' ? self->signer : blank);
  zs_print_document_add_byline (self->document, drafted, signed_by);
}

static char *
page_footer (guint    page,
             guint    n_pages,
             gpointer user_data)
{
  /* TRANSLATORS: at the foot of each page of the bulletin */
  return g_strdup_printf (_("Page %u of %u"), page, n_pages);
}

static void
build (ZsBulletin *self,
       ZsStore    *store)
{
  g_autofree char *office = zs_settings_get_string (store, ZS_SETTING_OFFICE_NAME);
  g_autofree char *first = zs_format_date (zs_report_get_first (self->report));
  g_autofree char *last = zs_format_date (zs_report_get_last (self->report));
  g_autofree char *today = zs_format_date (zs_report_get_today (self->report));
  g_autofree char *issue = NULL;
  g_autofree char *dates = NULL;

  self->document = zs_print_document_new ();
  zs_print_document_set_footer (self->document, page_footer, NULL);
  zs_print_document_add_title (self->document, self->title);
  /* TRANSLATORS: the bulletin's issue number under its title: "第11期" */
  issue = g_strdup_printf (_("Issue %u"), self->issue);
  zs_print_document_add_subtitle (self->document, issue);
  /* The issuing office at the left and the date at the right, over the red rule. */
  zs_print_document_add_byline (self->document, *office != '\0' ? office : "", today);
  zs_print_document_add_rule (self->document);

  zs_print_document_add_subtitle (self->document, self->period);
  /* TRANSLATORS: under the bulletin's title: the days counted and the day the figures were taken */
  dates = g_strdup_printf (_("Counted from %s to %s, as recorded on %s"), first, last, today);
  zs_print_document_add_subtitle (self->document, dates);

  add_summary (self);
  add_units (self);
  add_red_black (self);
  add_chains (self);
  add_attention (self, store);
  {
    g_autofree char *heading = next_heading (self, _("Supervision Items"));

    zs_bulletin_add_supervision (self->document, store, self->report, heading);
  }
  add_text_section (self, _("Problems"), self->problems);
  add_text_section (self, _("Next Steps"), self->next_steps);
  add_sign_off (self);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
zs_bulletin_finalize (GObject *object)
{
  ZsBulletin *self = ZS_BULLETIN (object);

  g_clear_object (&self->report);
  g_clear_object (&self->store);
  g_clear_pointer (&self->document, zs_print_document_free);
  g_free (self->title);
  g_free (self->period);
  g_free (self->office);
  g_free (self->drafter);
  g_free (self->reviewer);
  g_free (self->signer);
  g_free (self->problems);
  g_free (self->next_steps);

  G_OBJECT_CLASS (zs_bulletin_parent_class)->finalize (object);
}

static void
zs_bulletin_class_init (ZsBulletinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_bulletin_finalize;
}

static void
zs_bulletin_init (ZsBulletin *self)
{
}

ZsBulletin *
zs_bulletin_new (ZsStore  *store,
                 ZsReport *report)
{
  return zs_bulletin_new_with_options (store, report, NULL);
}

ZsBulletin *
zs_bulletin_new_with_options (ZsStore                 *store,
                              ZsReport                *report,
                              const ZsBulletinOptions *options)
{
  ZsBulletin *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_REPORT (report), NULL);

  self = g_object_new (ZS_TYPE_BULLETIN, NULL);
  self->report = g_object_ref (report);
  self->store = g_object_ref (store);
  self->period = zs_report_describe_period (zs_report_get_first (report), zs_report_get_last (report));
  self->title = g_strdup (_("Investment Promotion Bulletin"));
  self->office = zs_store_get_setting (store, ZS_SETTING_OFFICE_NAME);
  self->issue = options != NULL && options->issue > 0 ? options->issue
                                                      : zs_bulletin_issue_next (store, zs_report_get_year (report));
  if (options != NULL)
    {
      self->drafter = g_strdup (options->drafter);
      self->reviewer = g_strdup (options->reviewer);
      self->signer = g_strdup (options->signer);
      self->problems = g_strdup (options->problems);
      self->next_steps = g_strdup (options->next_steps);
    }
  build (self, store);
  return self;
}

guint
zs_bulletin_get_issue (ZsBulletin *self)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), 0);
  return self->issue;
}

gboolean
zs_bulletin_remember_issue (ZsBulletin  *self,
                            GError     **error)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), FALSE);
  return zs_bulletin_issue_remember (self->store, zs_report_get_year (self->report), self->issue, error);
}

const char *
zs_bulletin_find_stranded_heading (ZsBulletin *self)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), NULL);
  return zs_print_document_find_stranded_heading (self->document);
}

int
zs_bulletin_count_wrapped_cells (ZsBulletin *self,
                                 const char *column_title)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), -1);
  return zs_print_document_count_wrapped_cells (self->document, column_title);
}

const char *
zs_bulletin_get_title (ZsBulletin *self)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), NULL);
  return self->title;
}

char *
zs_bulletin_suggest_filename (ZsBulletin *self)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), NULL);
  /* TRANSLATORS: the bulletin's file name; %s is the period: "招商通报-2026年11月.pdf" */
  return g_strdup_printf (_("Bulletin %s.pdf"), self->period);
}

guint
zs_bulletin_paginate (ZsBulletin   *self,
                      PangoContext *context,
                      double        width,
                      double        height)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), 0);
  return zs_print_document_paginate (self->document, context, width, height);
}

guint
zs_bulletin_get_n_pages (ZsBulletin *self)
{
  g_return_val_if_fail (ZS_IS_BULLETIN (self), 0);
  return zs_print_document_get_n_pages (self->document);
}

void
zs_bulletin_draw_page (ZsBulletin *self,
                       cairo_t    *cr,
                       guint       page)
{
  g_return_if_fail (ZS_IS_BULLETIN (self));
  zs_print_document_draw_page (self->document, cr, page);
}

gboolean
zs_bulletin_write_pdf_to_stream (ZsBulletin     *self,
                                 GOutputStream  *stream,
                                 const char     *name,
                                 GError        **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (ZS_IS_BULLETIN (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  /* The issuing unit is the document's author, as a file list shows it. */
  if (!zs_print_document_write_pdf (self->document, stream, A4_WIDTH, A4_HEIGHT, self->title, self->office, &local))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the bulletin to “%s”: %s"), name, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
zs_bulletin_write_pdf (ZsBulletin  *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(ZsOutputFile) output = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ZS_IS_BULLETIN (self), FALSE);

  output = zs_output_file_new (path, NULL, &local_error);
  if (output == NULL || !zs_bulletin_write_pdf_to_stream (self, zs_output_file_get_stream (output), path, error))
    {
      if (local_error != NULL)
        g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the bulletin to “%s”: %s"),
                     path, local_error->message);
      return FALSE;
    }
  if (!zs_output_file_commit (output, NULL, &local_error))
    {
      g_set_error (error, ZS_ERROR, ZS_ERROR_IO, _("Cannot write the bulletin to “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}
