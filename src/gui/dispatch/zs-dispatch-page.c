/* zs-dispatch-page.c — the dispatch dashboard (调度): a period's figures
 * against the annual targets, by unit and by chain, and what needs attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The figures come from ZsReport, worked out in a worker thread on a
 * connection of its own, so the page never blocks the window even on
 * 100,000 projects; a newer request cancels an older one. The attention
 * lists are the ids the same count read, shown as they arrive with the
 * rest of the report: the window's connection reads only the rows on
 * screen.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "zs-attention-panel.h"
#include "zs-bulletin-dialog.h"
#include "zs-bulletin-print.h"
#include "zs-dispatch-page.h"
#include "zs-period-picker.h"
#include "zs-funnel-chart.h"
#include "zs-table-export.h"
#include "zs-table-grid.h"
#include "zs-supervision-table.h"
#include "zs-trend-chart.h"
#include "zs-ui-util.h"

/* After an edit, wait for the clerk to finish typing before recounting. */
#define RECOMPUTE_DELAY_MS 800

struct _ZsDispatchPage
{
  ZsPage           parent_instance;

  int              kind;
  char            *first;
  char            *last;
  ZsReport        *report;
  ZsBulletin      *pending_bulletin;  /* made by the bulletin dialog, waiting for a file name */
  GCancellable    *cancellable;
  gboolean         has_figures;    /* the tiles show the period's figures */
  gboolean         dirty;          /* the store changed while off screen */
  guint            recompute_id;
  char            *error;
  ZsKpiTile       *tiles[ZS_KPI_N];
  ZsKpiTile       *foreign_tiles[ZS_FOREIGN_N];
  GListStore      *units;
  GListStore      *chains;
  ZsSlotList      *unit_slots;   /* the tables' rows over units and chains */
  ZsSlotList      *chain_slots;
  GtkWidget       *units_section;  /* each table with its title line and 导出 */
  GtkWidget       *chains_section;

  ZsPeriodPicker  *period_picker;
  GtkSpinner      *spinner;
  GtkLabel        *error_label;
  GtkFlowBox      *kpi_box;
  GtkLabel        *trend_title;
  ZsTrendChart    *trend_chart;
  ZsFunnelChart   *funnel_chart;
  ZsSupervisionTable *supervision_table;
  GtkColumnView   *units_view;
  GtkStack        *chains_stack;
  GtkColumnView   *chains_view;
  ZsAttentionPanel *attention_panel;
};

G_DEFINE_FINAL_TYPE (ZsDispatchPage, zs_dispatch_page, ZS_TYPE_PAGE)

/* ---- the two tables ------------------------------------------------------------ */

typedef enum {
  COLUMN_RANK,
  COLUMN_NAME,
  COLUMN_VALUE,     /* the period's value of kpi */
  COLUMN_PROGRESS,  /* the year's value of kpi against the target */
  COLUMN_SCORE,
} ColumnKind;

typedef struct {
  ColumnKind  kind;
  ZsKpi       kpi;
  const char *title;   /* N_(), or NULL for the indicator's own label */
} TableColumn;

static const TableColumn unit_columns[] = {
  { COLUMN_RANK, 0, N_("Rank") },
  { COLUMN_NAME, 0, N_("Unit") },
  { COLUMN_VALUE, ZS_KPI_LEADS, NULL },
  { COLUMN_VALUE, ZS_KPI_SIGNED, NULL },
  { COLUMN_VALUE, ZS_KPI_SIGNED_INVESTMENT, NULL },
  { COLUMN_VALUE, ZS_KPI_REGISTERED, NULL },
  { COLUMN_VALUE, ZS_KPI_STARTED, NULL },
  { COLUMN_VALUE, ZS_KPI_PRODUCTION, NULL },
  { COLUMN_VALUE, ZS_KPI_FUNDS_IN_PLACE, NULL },
  { COLUMN_PROGRESS, ZS_KPI_SIGNED, N_("Signed, year") },
  { COLUMN_PROGRESS, ZS_KPI_SIGNED_INVESTMENT, N_("Investment, year") },
  { COLUMN_SCORE, 0, N_("Score") },
};

static const TableColumn chain_columns[] = {
  { COLUMN_NAME, 0, N_("Chain") },
  { COLUMN_VALUE, ZS_KPI_LEADS, NULL },
  { COLUMN_VALUE, ZS_KPI_SIGNED, NULL },
  { COLUMN_VALUE, ZS_KPI_SIGNED_INVESTMENT, NULL },
  { COLUMN_VALUE, ZS_KPI_REGISTERED, NULL },
  { COLUMN_VALUE, ZS_KPI_STARTED, NULL },
  { COLUMN_VALUE, ZS_KPI_PRODUCTION, NULL },
  { COLUMN_VALUE, ZS_KPI_FUNDS_IN_PLACE, NULL },
};

static char *
cell_text (const TableColumn *column,
           ZsReportLine      *line)
{
  switch (column->kind)
    {
    case COLUMN_RANK:
      return zs_report_line_get_rank (line) > 0 ? g_strdup_printf ("%u", zs_report_line_get_rank (line))
                                                : g_strdup ("—");
    case COLUMN_NAME:
      return g_strdup (zs_report_line_get_name (line));
    case COLUMN_VALUE:
      return zs_kpi_format (column->kpi, zs_report_line_get_value (line, column->kpi));
    case COLUMN_PROGRESS:
      return zs_report_line_format_progress (line, column->kpi);
    case COLUMN_SCORE:
      return zs_report_line_get_score (line) >= 0 ? g_strdup_printf ("%.1f", zs_report_line_get_score (line))
                                                  : g_strdup ("—");
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* An amount column's value, for the export: a number, not "8,500万元". */
static gboolean
cell_amount (gpointer  item,
             gpointer  user_data,
             gint64   *hundredths)
{
  const TableColumn *column = user_data;

  if (column->kind != COLUMN_VALUE || !zs_kpi_is_amount (column->kpi))
    return FALSE;
  if (ZS_IS_SLOT (item))
    item = zs_slot_get_item (item);
  *hundredths = zs_report_line_get_value (ZS_REPORT_LINE (item), column->kpi);
  return TRUE;
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const TableColumn        *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->kind == COLUMN_NAME ? 0.0 : 1.0);
  if (column->kind == COLUMN_NAME)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* Shows @line in the cell @label of @column. */
static void
show_cell (GtkWidget         *label,
           const TableColumn *column,
           ZsReportLine      *line)
{
  g_autofree char *text = NULL;

  if (line == NULL)
    return;
  text = cell_text (column, line);
  gtk_label_set_text (GTK_LABEL (label), text);
  /* The progress cell says what it is measured against. */
  if (column->kind == COLUMN_PROGRESS && zs_report_line_get_target (line, column->kpi) > 0)
    {
      g_autofree char *year = zs_kpi_format (column->kpi, zs_report_line_get_year_value (line, column->kpi));
      g_autofree char *target = zs_kpi_format (column->kpi, zs_report_line_get_target (line, column->kpi));
      g_autofree char *tip = g_strdup_printf (_("This year %s of %s"), year, target);

      gtk_widget_set_tooltip_text (label, tip);
    }
  else if (gtk_widget_get_has_tooltip (label))
    gtk_widget_set_tooltip_text (label, NULL);
}

static void
on_cell_slot_changed (ZsSlot     *slot,
                      GParamSpec *pspec,
                      GtkWidget  *label)
{
  show_cell (label, g_object_get_data (G_OBJECT (label), "zs-column"), zs_slot_get_item (slot));
}

/* The tables' rows are slots (ZsSlotList): a new count gives the same rows
 * new lines, so the cells are written again instead of made again (GTK
 * 4.8 makes a row's cells anew for a new item: 436 labels for the two
 * tables, 85–160 ms at each count). */
static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const TableColumn        *column)
{
  ZsSlot *slot = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (label), "zs-column", (gpointer) column);
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_cell_slot_changed), label, 0);
  show_cell (label, column, zs_slot_get_item (slot));
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                const TableColumn        *column)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_cell_slot_changed,
                                        gtk_list_item_get_child (item));
}

static char *
column_text (gpointer item,
             gpointer user_data)
{
  return cell_text (user_data, ZS_IS_SLOT (item) ? zs_slot_get_item (item) : item);
}

static void
add_columns (GtkColumnView     *view,
             const TableColumn *columns,
             guint              n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      const char *title = columns[i].title != NULL ? _(columns[i].title) : zs_kpi_get_label (columns[i].kpi);

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), (gpointer) &columns[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (title, factory);
      /* What an export or a print of the table writes. */
      zs_table_column_set_text (column, column_text, (gpointer) &columns[i], columns[i].kind != COLUMN_NAME);
      if (columns[i].kind == COLUMN_VALUE && zs_kpi_is_amount (columns[i].kpi))
        zs_table_column_set_amount (column, cell_amount);
      gtk_column_view_column_set_expand (column, columns[i].kind == COLUMN_NAME);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }
}

/* ---- 导出 and print of the two tables ------------------------------------------ */

static ZsSheetGrid *
grid_of (ZsDispatchPage *self,
         GtkColumnView  *view,
         const char     *title)
{
  ZsSheetGrid *grid = zs_table_grid_from_view (view, title);
  /* The period the figures are of, under the title. */
  g_autofree char *period = zs_report_describe_period (self->first, self->last);

  zs_sheet_grid_set_description (grid, period);
  return grid;
}

static ZsSheetGrid *
units_grid (gpointer user_data)
{
  ZsDispatchPage *self = user_data;

  return grid_of (self, self->units_view, "各单位招商工作完成情况");
}

static ZsSheetGrid *
chains_grid (gpointer user_data)
{
  ZsDispatchPage *self = user_data;

  return grid_of (self, self->chains_view, "重点产业链招商情况");
}

/* A 导出 button at the end of the table's title line (the section's first
 * child); the section holds the button's actions. */
static void
add_export (ZsDispatchPage  *self,
            GtkWidget       *section,
            ZsTableGridFunc  build)
{
  GtkWidget *title = gtk_widget_get_first_child (section);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  g_object_ref (title);
  gtk_box_remove (GTK_BOX (section), title);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (bar), title);
  g_object_unref (title);
  gtk_box_append (GTK_BOX (bar), zs_table_export_attach_grid (section, build, self, NULL));
  gtk_box_prepend (GTK_BOX (section), bar);
}

static void
replace_lines (GListStore *store,
               GListModel *lines)
{
  guint n = lines != NULL ? g_list_model_get_n_items (lines) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (lines, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

/* ---- the period and the figures ---------------------------------------------------- */

static void
show_error (ZsDispatchPage *self,
            const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_report (ZsDispatchPage *self)
{
  ZsReportLine *total = self->report != NULL ? zs_report_get_total (self->report) : NULL;

  for (guint k = 0; k < ZS_KPI_N; k++)
    zs_kpi_tile_set_line (self->tiles[k], total);
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    zs_kpi_tile_set_line (self->foreign_tiles[f], total);
  zs_trend_chart_set_report (self->trend_chart, self->report);
  zs_funnel_chart_set_report (self->funnel_chart, self->report);
  zs_supervision_table_set_report (self->supervision_table, self->report);
  /* While the next period is counted the tables keep their rows, dimmed
   * and not for export: the page keeps its height and its scroll. */
  if (self->report != NULL)
    {
      replace_lines (self->units, zs_report_get_units (self->report));
      replace_lines (self->chains, zs_report_get_chains (self->report));
    }
  gtk_widget_set_sensitive (self->units_section, self->report != NULL);
  gtk_widget_set_sensitive (self->chains_section, self->report != NULL);
  gtk_stack_set_visible_child_name (self->chains_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->chains)) > 0 ? "table" : "empty");
  if (self->report != NULL)
    {
      /* TRANSLATORS: the trend chart's title: "2026年逐月情况" */
      g_autofree char *title = g_strdup_printf (_("Month by Month, %d"), zs_report_get_year (self->report));

      gtk_label_set_text (self->trend_title, title);
    }
}

/* The first part of the count: the tiles and the funnel, the first
 * screen, while 同比, the months and the lists below are still counted. */
static void
on_first_part (ZsReport *first,
               gpointer  user_data)
{
  ZsDispatchPage *self = user_data;

  for (guint k = 0; k < ZS_KPI_N; k++)
    zs_kpi_tile_set_line (self->tiles[k], zs_report_get_total (first));
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    zs_kpi_tile_set_line (self->foreign_tiles[f], zs_report_get_total (first));
  zs_funnel_chart_set_report (self->funnel_chart, first);
  self->has_figures = TRUE;
}

static void
on_report_ready (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZsDispatchPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsReport) report = zs_report_new_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      /* No figures of a period gone by beside the message. */
      show_error (self, error->message);
      replace_lines (self->units, NULL);
      replace_lines (self->chains, NULL);
      gtk_stack_set_visible_child_name (self->chains_stack, "empty");
      return;
    }
  show_error (self, NULL);
  g_set_object (&self->report, report);
  show_report (self);
  zs_attention_panel_set_report (self->attention_panel, report);
  self->has_figures = TRUE;
}

static void
recompute (ZsDispatchPage *self)
{
  if (zs_page_get_store (ZS_PAGE (self)) == NULL || self->first == NULL)
    return;
  /* Nothing is counted for a page nobody looks at: it counts when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->dirty = FALSE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  g_clear_object (&self->report);
  gtk_spinner_start (self->spinner);
  self->has_figures = FALSE;
  show_report (self);
  zs_report_new_async_with_first (zs_page_get_store (ZS_PAGE (self)), self->first, self->last,
                                  zs_page_get_today (ZS_PAGE (self)), self->cancellable, on_first_part,
                                  on_report_ready, g_object_ref (self));
}

/* The picker's period: counted again. */
static void
on_period_changed (ZsDispatchPage *self)
{
  g_free (self->first);
  g_free (self->last);
  self->first = g_strdup (zs_period_picker_get_first (self->period_picker));
  self->last = g_strdup (zs_period_picker_get_last (self->period_picker));
  show_error (self, NULL);
  recompute (self);
}

/* Typed days that are wrong are named; nothing is recounted. */
static void
on_period_invalid (ZsDispatchPage *self,
                   const char     *message)
{
  show_error (self, message);
}

static gboolean
recompute_cb (gpointer data)
{
  ZsDispatchPage *self = data;

  self->recompute_id = 0;
  recompute (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (ZsDispatchPage *self)
{
  /* Off screen, nothing is counted: the figures catch up when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  if (self->recompute_id == 0)
    self->recompute_id = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_cb, self);
}

/* ---- actions --------------------------------------------------------------------- */

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_dispatch_page_step (ZS_DISPATCH_PAGE (widget), g_str_equal (action_name, "dispatch.next") ? 1 : -1);
}

/* The period's figures for a bulletin: now, even mid-count. */
static ZsReport *
bulletin_report (ZsDispatchPage  *self,
                 GError         **error)
{
  ZsStore *store = zs_page_get_store (ZS_PAGE (self));

  return self->report != NULL ? g_object_ref (self->report)
                              : zs_report_new (store, self->first, self->last, zs_page_get_today (ZS_PAGE (self)), NULL, error);
}

static ZsBulletin *
make_bulletin (ZsDispatchPage    *self,
               ZsBulletinDialog  *dialog,
               GError           **error)
{
  g_autoptr(ZsReport) report = bulletin_report (self, error);

  if (report == NULL)
    return NULL;
  if (dialog != NULL)
    return zs_bulletin_dialog_make_bulletin (dialog, report);
  return zs_bulletin_new (zs_page_get_store (ZS_PAGE (self)), report);
}

/* Writes @bulletin and counts its issue as gone out. */
static gboolean
write_bulletin (ZsDispatchPage  *self,
                ZsBulletin      *bulletin,
                const char      *path,
                GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!zs_bulletin_export_pdf (bulletin, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), path, error))
    return FALSE;
  if (!zs_bulletin_remember_issue (bulletin, &local_error))
    g_warning ("Cannot remember the bulletin's issue number: %s", local_error->message);
  return TRUE;
}

static void
on_pdf_chooser_response (ZsDispatchPage       *self,
                         int                   response,
                         GtkFileChooserNative *chooser)
{
  g_autoptr(ZsBulletin) bulletin = g_steal_pointer (&self->pending_bulletin);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (bulletin == NULL || file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (write_bulletin (self, bulletin, path, &error))
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *message = g_strdup_printf (_("Bulletin saved as “%s”"), name);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
}

static void
on_export_accepted (ZsDispatchPage   *self,
                    ZsBulletinDialog *dialog)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_clear_object (&self->pending_bulletin);
  self->pending_bulletin = make_bulletin (self, dialog, &error);
  if (self->pending_bulletin == NULL)
    {
      gtk_widget_activate_action (widget, "win.toast", "s", error->message);
      return;
    }
  name = zs_bulletin_suggest_filename (self->pending_bulletin);
  chooser = gtk_file_chooser_native_new (_("Export Bulletin as PDF"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_pdf_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_print_accepted (ZsDispatchPage   *self,
                   ZsBulletinDialog *dialog)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsBulletin) bulletin = make_bulletin (self, dialog, &error);

  if (bulletin == NULL || !zs_bulletin_print (bulletin, GTK_WINDOW (gtk_widget_get_root (widget)), &error))
    gtk_widget_activate_action (widget, "win.toast", "s", error->message);
}

/* Export PDF… and Print… first ask for the issue number, the sign-off
 * names, and the problems and next steps. */
static void
open_bulletin_dialog (ZsDispatchPage *self,
                      gboolean        print)
{
  ZsBulletinDialog *dialog;

  dialog = zs_bulletin_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   zs_page_get_store (ZS_PAGE (self)), atoi (self->last),
                                   print ? _("_Print…") : _("_Export PDF…"));
  g_signal_connect_object (dialog, "accepted", print ? G_CALLBACK (on_print_accepted) : G_CALLBACK (on_export_accepted),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_bulletin_dialog (ZS_DISPATCH_PAGE (widget), FALSE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  open_bulletin_dialog (ZS_DISPATCH_PAGE (widget), TRUE);
}

/* ---- GObject ---------------------------------------------------------------------- */

/* Shown again after the store changed: counted again. */
static void
recount_if_dirty (ZsDispatchPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->dirty)
    recompute (self);
}

static void
zs_dispatch_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zs_dispatch_page_parent_class)->map (widget);
  recount_if_dirty (ZS_DISPATCH_PAGE (widget));
}

static void
zs_dispatch_page_dispose (GObject *object)
{
  ZsDispatchPage *self = ZS_DISPATCH_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->recompute_id, g_source_remove);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_DISPATCH_PAGE);
  g_clear_object (&self->report);
  g_clear_object (&self->pending_bulletin);
  g_clear_object (&self->unit_slots);
  g_clear_object (&self->chain_slots);
  g_clear_object (&self->units);
  g_clear_object (&self->chains);

  G_OBJECT_CLASS (zs_dispatch_page_parent_class)->dispose (object);
}

static void
zs_dispatch_page_finalize (GObject *object)
{
  ZsDispatchPage *self = ZS_DISPATCH_PAGE (object);

  g_free (self->first);
  g_free (self->last);
  g_free (self->error);

  G_OBJECT_CLASS (zs_dispatch_page_parent_class)->finalize (object);
}

static void
zs_dispatch_page_context_set (ZsPage *page)
{
  ZsDispatchPage *self = ZS_DISPATCH_PAGE (page);
  ZsStore *store = zs_page_get_store (page);

  zs_attention_panel_set_store (self->attention_panel, store, zs_page_get_today (page));
  recount_if_dirty (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  /* A bureau reports monthly: this month first. */
  zs_period_picker_set_today (self->period_picker, zs_page_get_today (page));
  zs_period_picker_set_period (self->period_picker, ZS_PERIOD_MONTH, NULL, NULL);
}

/* A new day: the attention lists as of it, and the period holding it. */
static void
zs_dispatch_page_day_changed (ZsPage *page)
{
  ZsDispatchPage *self = ZS_DISPATCH_PAGE (page);

  zs_attention_panel_set_store (self->attention_panel, zs_page_get_store (page), zs_page_get_today (page));
  /* The picker moves to the period holding the new day, and that counts
   * again; a range of the clerk's own stays, and the lists (as of the day
   * the report was counted on) need the count all the same. */
  zs_period_picker_set_today (self->period_picker, zs_page_get_today (page));
  if (self->cancellable == NULL)
    recompute (self);
}

static void
zs_dispatch_page_class_init (ZsDispatchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_dispatch_page_dispose;
  object_class->finalize = zs_dispatch_page_finalize;
  widget_class->map = zs_dispatch_page_map;
  page_class->context_set = zs_dispatch_page_context_set;
  page_class->day_changed = zs_dispatch_page_day_changed;

  g_type_ensure (ZS_TYPE_ATTENTION_PANEL);
  g_type_ensure (ZS_TYPE_TREND_CHART);
  g_type_ensure (ZS_TYPE_FUNNEL_CHART);
  g_type_ensure (ZS_TYPE_SUPERVISION_TABLE);
  g_type_ensure (ZS_TYPE_PERIOD_PICKER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-dispatch-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, period_picker);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, kpi_box);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, trend_title);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, funnel_chart);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, supervision_table);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, units_view);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, chains_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, chains_view);
  gtk_widget_class_bind_template_child (widget_class, ZsDispatchPage, attention_panel);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_period_invalid);

  gtk_widget_class_install_action (widget_class, "dispatch.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "dispatch.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "dispatch.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "dispatch.print", NULL, print_action);
}

static void
zs_dispatch_page_init (ZsDispatchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Alt>Page_Up", "dispatch.previous");
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Alt>Page_Down", "dispatch.next");
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Control>p", "dispatch.print");

  for (guint k = 0; k < ZS_KPI_N; k++)
    {
      self->tiles[k] = zs_kpi_tile_new (k);
      gtk_widget_add_css_class (GTK_WIDGET (self->tiles[k]), "card");
      gtk_flow_box_append (self->kpi_box, GTK_WIDGET (self->tiles[k]));
    }
  /* Foreign capital after the indicators, in 万美元 as the statistics keep it. */
  for (guint f = 0; f < ZS_FOREIGN_N; f++)
    {
      self->foreign_tiles[f] = zs_kpi_tile_new_foreign (f);
      gtk_widget_add_css_class (GTK_WIDGET (self->foreign_tiles[f]), "card");
      gtk_flow_box_append (self->kpi_box, GTK_WIDGET (self->foreign_tiles[f]));
    }

  self->units = g_list_store_new (ZS_TYPE_REPORT_LINE);
  self->chains = g_list_store_new (ZS_TYPE_REPORT_LINE);
  self->unit_slots = zs_slot_list_new (G_LIST_MODEL (self->units));
  self->chain_slots = zs_slot_list_new (G_LIST_MODEL (self->chains));
  zs_view_show_model (GTK_WIDGET (self->units_view), G_LIST_MODEL (self->unit_slots));
  zs_view_show_model (GTK_WIDGET (self->chains_view), G_LIST_MODEL (self->chain_slots));
  add_columns (self->units_view, unit_columns, G_N_ELEMENTS (unit_columns));
  add_columns (self->chains_view, chain_columns, G_N_ELEMENTS (chain_columns));
  self->units_section = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->units_view)));
  self->chains_section = gtk_widget_get_parent (GTK_WIDGET (self->chains_stack));
  add_export (self, self->units_section, units_grid);
  add_export (self, self->chains_section, chains_grid);
}

gboolean
zs_dispatch_page_set_period (ZsDispatchPage *self,
                             int             kind,
                             const char     *first,
                             const char     *last)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), FALSE);
  g_return_val_if_fail (kind >= ZS_PERIOD_WEEK && kind <= ZS_DISPATCH_PERIOD_CUSTOM, FALSE);

  return zs_period_picker_set_period (self->period_picker, kind, first, last);
}

void
zs_dispatch_page_step (ZsDispatchPage *self,
                       int             direction)
{
  g_return_if_fail (ZS_IS_DISPATCH_PAGE (self));
  zs_period_picker_step (self->period_picker, direction);
}

const char *
zs_dispatch_page_get_first (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  return self->first;
}

const char *
zs_dispatch_page_get_last (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  return self->last;
}

ZsReport *
zs_dispatch_page_get_report (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  return self->report;
}

gboolean
zs_dispatch_page_is_busy (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

gboolean
zs_dispatch_page_has_figures (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), FALSE);
  return self->has_figures;
}

const char *
zs_dispatch_page_get_error (ZsDispatchPage *self)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  return self->error;
}

ZsKpiTile *
zs_dispatch_page_get_foreign_tile (ZsDispatchPage *self,
                                   ZsForeign       which)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  g_return_val_if_fail (which < ZS_FOREIGN_N, NULL);
  return self->foreign_tiles[which];
}

ZsKpiTile *
zs_dispatch_page_get_tile (ZsDispatchPage *self,
                           ZsKpi           kpi)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  g_return_val_if_fail (kpi < ZS_KPI_N, NULL);
  return self->tiles[kpi];
}

GListModel *
zs_dispatch_page_get_attention (ZsDispatchPage *self,
                                ZsAttention     list)
{
  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), NULL);
  g_return_val_if_fail (list < ZS_ATTENTION_N, NULL);
  return zs_attention_panel_get_list (self->attention_panel, list);
}

gboolean
zs_dispatch_page_export_pdf (ZsDispatchPage  *self,
                             const char      *path,
                             GError         **error)
{
  g_autoptr(ZsBulletin) bulletin = NULL;

  g_return_val_if_fail (ZS_IS_DISPATCH_PAGE (self), FALSE);

  bulletin = make_bulletin (self, NULL, error);
  if (bulletin == NULL)
    return FALSE;
  return write_bulletin (self, bulletin, path, error);
}
