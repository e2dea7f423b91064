/* zs-partner-scores.c — what each partner brought, as a sortable table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The figures come from ZsPartnerPerformance (grouped queries); sorting
 * reorders its rows in memory. Cells follow slots, so a new sort or filter
 * rebinds the rows on screen instead of building new ones.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-partner-scores.h"
#include "zs-slot-label.h"
#include "zs-ui-util.h"
#include "zs-table-export.h"
#include "zs-table-grid.h"

#define NOT_SORTABLE (-1)

typedef struct {
  int         column;   /* ZsScoreColumn, or NOT_SORTABLE for the kind */
  const char *title;    /* N_() */
  int         width;
  gboolean    numeric;
} ScoreColumn;

static const ScoreColumn score_columns[] = {
  { ZS_SCORE_NAME, N_("Partner"), 14, FALSE },
  { NOT_SORTABLE, N_("Kind"), 8, FALSE },
  { ZS_SCORE_LEADS, N_("Leads brought"), 6, TRUE },
  { ZS_SCORE_CONVERTED, N_("Converted"), 6, TRUE },
  { ZS_SCORE_PROJECTS, N_("Projects signed"), 6, TRUE },
  { ZS_SCORE_PLANNED, N_("Planned (10,000 yuan)"), 10, TRUE },
  { ZS_SCORE_FUNDS, N_("Funds in place (10,000 yuan)"), 10, TRUE },
  { ZS_SCORE_DAYS_WITHOUT_CONTACT, N_("Days without contact"), 8, TRUE },
};

struct _ZsPartnerScores
{
  GtkWidget             parent_instance;

  ZsStore              *store;
  ZsPartnerPerformance *performance;
  int                   sort_column;   /* index in score_columns, -1 unsorted */
  gboolean              descending;

  GtkColumnView        *view;
  GtkLabel             *totals_label;
  GtkBox               *totals_bar;
};

G_DEFINE_FINAL_TYPE (ZsPartnerScores, zs_partner_scores, GTK_TYPE_WIDGET)

enum {
  PARTNER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
format_cell (gpointer item,
             gpointer user_data)
{
  const ScoreColumn *column = &score_columns[GPOINTER_TO_UINT (user_data)];
  ZsPartnerScore *score = ZS_PARTNER_SCORE (item);
  ZsPartner *partner;
  gint64 value;

  if (column->column == ZS_SCORE_NAME || column->column == NOT_SORTABLE)
    {
      partner = zs_partner_score_get_partner (score);
      if (partner == NULL)
        return g_strdup ("");
      if (column->column == ZS_SCORE_NAME)
        return g_strdup (zs_record_get_title (ZS_RECORD (partner)));
      return g_strdup (zs_enum_get_label (ZS_TYPE_PARTNER_KIND, zs_record_get_enum (ZS_RECORD (partner), ZS_PARTNER_KIND)));
    }

  value = zs_partner_score_get_value (score, column->column);
  if (column->column == ZS_SCORE_DAYS_WITHOUT_CONTACT && value < 0)
    return g_strdup (_("Never"));
  if (column->column == ZS_SCORE_PLANNED || column->column == ZS_SCORE_FUNDS)
    return zs_format_amount_number (value);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
update_totals (ZsPartnerScores *self)
{
  gint64 totals[ZS_SCORE_N_COLUMNS];
  g_autofree char *partners = NULL;
  g_autofree char *leads = NULL;
  g_autofree char *projects = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *never = NULL;
  g_autofree char *text = NULL;

  zs_partner_performance_get_totals (self->performance, totals);
  partners = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", (guint) totals[ZS_SCORE_NAME]),
                              (guint) totals[ZS_SCORE_NAME]);
  leads = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lead brought, %u converted", "%u leads brought, %u converted",
                                        (guint) totals[ZS_SCORE_LEADS]),
                           (guint) totals[ZS_SCORE_LEADS], (guint) totals[ZS_SCORE_CONVERTED]);
  projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project signed", "%u projects signed",
                                           (guint) totals[ZS_SCORE_PROJECTS]),
                              (guint) totals[ZS_SCORE_PROJECTS]);
  never = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u never contacted", "%u never contacted",
                                        (guint) totals[ZS_SCORE_DAYS_WITHOUT_CONTACT]),
                           (guint) totals[ZS_SCORE_DAYS_WITHOUT_CONTACT]);
  planned = zs_format_amount (totals[ZS_SCORE_PLANNED]);
  funds = zs_format_amount (totals[ZS_SCORE_FUNDS]);
  /* TRANSLATORS: the totals under the partner performance table */
  text = g_strdup_printf (_("Total: %s · %s · %s · planned %s · funds in place %s · %s"),
                          partners, leads, projects, planned, funds, never);
  gtk_label_set_text (self->totals_label, text);
}

static void
apply_sort (ZsPartnerScores *self)
{
  if (self->sort_column < 0 || score_columns[self->sort_column].column == NOT_SORTABLE)
    zs_partner_performance_sort (self->performance, ZS_SCORE_NAME, FALSE);
  else
    zs_partner_performance_sort (self->performance, score_columns[self->sort_column].column, self->descending);
}

static void
on_sorter_changed (ZsPartnerScores *self)
{
  /* Tearing the table down removes its columns, which changes the sorter. */
  if (self->view == NULL || self->performance == NULL)
    return;

  self->sort_column = zs_column_view_get_sorting (self->view, &self->descending);
  apply_sort (self);
}

static void
on_view_activate (ZsPartnerScores *self,
                  guint            position)
{
  g_autoptr(ZsPartnerScore) score = g_list_model_get_item (G_LIST_MODEL (self->performance), position);
  ZsPartner *partner = score != NULL ? zs_partner_score_get_partner (score) : NULL;

  if (partner != NULL)
    g_signal_emit (self, signals[PARTNER_ACTIVATED], 0, partner);
}

static void
zs_partner_scores_dispose (GObject *object)
{
  ZsPartnerScores *self = ZS_PARTNER_SCORES (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PARTNER_SCORES);
  g_clear_object (&self->performance);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_partner_scores_parent_class)->dispose (object);
}

static void
zs_partner_scores_class_init (ZsPartnerScoresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_partner_scores_dispose;

  signals[PARTNER_ACTIVATED] =
    g_signal_new ("partner-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PARTNER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-partner-scores.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerScores, view);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerScores, totals_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerScores, totals_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate);
}

static void
zs_partner_scores_init (ZsPartnerScores *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sort_column = -1;
}

static void
add_columns (ZsPartnerScores *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (score_columns); i++)
    {
      GtkColumnViewColumn *column;

      column = zs_slot_label_column_new (_(score_columns[i].title), format_cell, NULL, GUINT_TO_POINTER (i),
                                         score_columns[i].numeric, score_columns[i].width);
      gtk_column_view_column_set_expand (column, i == 0);
      if (score_columns[i].column != NOT_SORTABLE)
        {
          g_autoptr(GtkSorter) sorter = zs_probe_sorter_new (i);

          gtk_column_view_column_set_sorter (column, sorter);
        }
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* The export of 50,000 partners' figures read each partner twice (the
 * widths, then the cells): 1.5 s in the main loop. So the rows shown are
 * copied, in their order, and the grid is made in the worker thread on a
 * connection of its own; the cells are written by the same format_cell(). */
typedef struct {
  ZsGridColumns        *columns;
  ZsPartnerPerformance *rows;
  char                 *location;
} ScoresExport;

static void
scores_export_free (gpointer data)
{
  ScoresExport *export = data;

  zs_grid_columns_free (export->columns);
  g_clear_object (&export->rows);
  g_free (export->location);
  g_free (export);
}

static gpointer
scores_export_prepare (gpointer user_data)
{
  ZsPartnerScores *self = user_data;
  ScoresExport *export = g_new0 (ScoresExport, 1);

  export->columns = zs_grid_columns_from_view (self->view);
  export->rows = zs_partner_performance_copy (self->performance);
  export->location = g_strdup (zs_store_get_path (self->store));
  return export;
}

static ZsSheetGrid *
scores_export_build (gpointer       prepared,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ScoresExport *export = prepared;
  g_autoptr(ZsStore) store = zs_store_open_secondary (export->location, error);

  if (store == NULL)
    return NULL;
  /* The copy keeps the store until it is freed, in the main thread. */
  zs_partner_performance_set_store (export->rows, store);
  return zs_table_grid_from_rows (export->columns, G_LIST_MODEL (export->rows), "伙伴引荐成效台账");
}

ZsPartnerScores *
zs_partner_scores_new (ZsStore    *store,
                       const char *today)
{
  ZsPartnerScores *self = g_object_new (ZS_TYPE_PARTNER_SCORES, NULL);
  g_autoptr(GtkSelectionModel) selection = NULL;

  self->store = g_object_ref (store);
  self->performance = zs_partner_performance_new (store, today);
  selection = zs_selection_new (G_LIST_MODEL (zs_slot_list_new (G_LIST_MODEL (self->performance))));
  gtk_column_view_set_model (self->view, selection);

  add_columns (self);
  gtk_box_append (self->totals_bar,
                  zs_table_export_attach_grid_in_thread (GTK_WIDGET (self), "伙伴引荐成效台账", scores_export_prepare,
                                                         scores_export_build, NULL, scores_export_free, self));
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
  update_totals (self);
  return self;
}

void
zs_partner_scores_set_today (ZsPartnerScores *self,
                             const char      *today)
{
  g_return_if_fail (ZS_IS_PARTNER_SCORES (self));
  zs_partner_performance_set_today (self->performance, today);
}

gboolean
zs_partner_scores_set_query (ZsPartnerScores  *self,
                             ZsQuery          *partners,
                             GError          **error)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORES (self), FALSE);

  if (!zs_partner_performance_compute (self->performance, partners, error))
    return FALSE;
  if (self->sort_column >= 0)
    apply_sort (self);
  update_totals (self);
  zs_scroll_to_top (GTK_WIDGET (self->view), G_LIST_MODEL (self->performance));
  return TRUE;
}

GListModel *
zs_partner_scores_get_model (ZsPartnerScores *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORES (self), NULL);
  return G_LIST_MODEL (self->performance);
}

void
zs_partner_scores_sort_by (ZsPartnerScores *self,
                           ZsScoreColumn    column,
                           gboolean         descending)
{
  GListModel *columns;

  g_return_if_fail (ZS_IS_PARTNER_SCORES (self));

  columns = gtk_column_view_get_columns (self->view);
  for (guint i = 0; i < G_N_ELEMENTS (score_columns); i++)
    if (score_columns[i].column == (int) column)
      {
        g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);

        gtk_column_view_sort_by_column (self->view, view_column,
                                        descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
        return;
      }
  g_return_if_reached ();
}

const char *
zs_partner_scores_get_totals (ZsPartnerScores *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_SCORES (self), NULL);
  return gtk_label_get_text (self->totals_label);
}
