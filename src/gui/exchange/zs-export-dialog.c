/* zs-export-dialog.c — choosing what to export, and exporting it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The same choices as the command line (a unit, a chain, a period) and,
 * when opened from a list, that list's projects. The file is chosen with
 * the desktop's own file chooser and written by a worker thread while a
 * progress bar runs; Cancel stops it and leaves no file behind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-export-dialog.h"
#include "zs-exchange-job.h"

typedef enum {
  SCOPE_ALL,
  SCOPE_UNIT,
  SCOPE_CHAIN,
  SCOPE_PERIOD,
  SCOPE_CATALOGUE,
  SCOPE_GIVEN,   /* the projects the dialog was opened with */
} Scope;

/* The stages a period is about, as in the command line's --event. */
static const ZsStage period_stages[] = {
  ZS_STAGE_SIGNED, ZS_STAGE_REGISTERED, ZS_STAGE_STARTED, ZS_STAGE_PRODUCTION,
};

struct _ZsExportDialog
{
  AdwWindow             parent_instance;

  ZsStore              *store;
  ZsQuery              *given;
  char                 *given_description;
  ZsExchangeJob        *job;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GArray               *unit_ids;
  GArray               *chain_ids;
  char                 *path;
  gboolean              closed;

  GtkButton            *export_button;
  GtkStack             *stack;
  AdwPreferencesGroup  *scope_group;
  char                 *projects_text;  /* the group's description for projects */
  AdwComboRow          *scope_row;
  AdwComboRow          *unit_row;
  AdwComboRow          *chain_row;
  AdwComboRow          *event_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  AdwActionRow         *attachments_row;
  GtkSwitch            *attachments_switch;
  GtkLabel             *error_label;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (ZsExportDialog, zs_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The names of every record of @type in @order, into @row; ids into @ids. */
static void
fill_names (ZsExportDialog *self,
            AdwComboRow    *row,
            GType           type,
            int             order,
            GArray         *ids)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) found = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  zs_query_set_order (query, order, FALSE);
  found = zs_store_query (self->store, query, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      g_autoptr(ZsRecord) record = zs_store_load (self->store, type, g_array_index (found, gint64, i), NULL);

      if (record == NULL)
        continue;
      gtk_string_list_append (names, zs_record_get_title (record));
      g_array_append_val (ids, g_array_index (found, gint64, i));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
on_scope_changed (ZsExportDialog *self)
{
  Scope scope = adw_combo_row_get_selected (self->scope_row);

  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), scope == SCOPE_UNIT);
  gtk_widget_set_visible (GTK_WIDGET (self->chain_row), scope == SCOPE_CHAIN);
  gtk_widget_set_visible (GTK_WIDGET (self->event_row), scope == SCOPE_PERIOD);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), scope == SCOPE_PERIOD);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), scope == SCOPE_PERIOD);
  /* The catalogue holds no records with files. */
  gtk_widget_set_visible (GTK_WIDGET (self->attachments_row), scope != SCOPE_CATALOGUE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (self->projects_text == NULL)
    self->projects_text = g_strdup (adw_preferences_group_get_description (self->scope_group));
  adw_preferences_group_set_description (self->scope_group,
                                         scope == SCOPE_CATALOGUE
                                         ? _("The file holds every chain group, chain, segment and enterprise, with the "
                                             "people and units the enterprises refer to, checked against the catalogue "
                                             "schema. Districts and towns read it with “Import Industry Catalogue”.")
                                         : self->projects_text);
}

static void
show_error (ZsExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), TRUE);
}

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

/* The projects to export, or NULL for everything; FALSE after saying what
 * is wrong with the choice. */
static gboolean
build_query (ZsExportDialog  *self,
             ZsQuery        **projects,
             char           **description)
{
  Scope scope = adw_combo_row_get_selected (self->scope_row);
  ZsExportFilter filter = { 0 };
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_row));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_row));
  guint event = adw_combo_row_get_selected (self->event_row);

  *projects = NULL;
  *description = NULL;
  switch (scope)
    {
    case SCOPE_ALL:
    case SCOPE_CATALOGUE:
      return TRUE;
    case SCOPE_GIVEN:
      *projects = zs_query_copy (self->given);
      *description = g_strdup (self->given_description);
      return TRUE;
    case SCOPE_UNIT:
      filter.unit_id = selected_id (self->unit_row, self->unit_ids);
      break;
    case SCOPE_CHAIN:
      filter.chain_id = selected_id (self->chain_row, self->chain_ids);
      break;
    case SCOPE_PERIOD:
    default:
      if (!zs_date_is_valid (from) || !zs_date_is_valid (to))
        {
          show_error (self, _("Enter the first and the last day of the period as YYYY-MM-DD, for example 2024-10-01 and 2024-10-31."));
          return FALSE;
        }
      if (g_strcmp0 (from, to) > 0)
        {
          show_error (self, _("The first day of the period comes after the last day."));
          return FALSE;
        }
      filter.from = from;
      filter.to = to;
      filter.stage = period_stages[MIN (event, G_N_ELEMENTS (period_stages) - 1)];
      break;
    }

  *projects = zs_export_filter_to_query (self->store, &filter, description);
  return TRUE;
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZsExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  guint64 n_records = 0;

  if (!zs_exchange_job_export_finish (ZS_EXCHANGE_JOB (source), result, &n_records, &error))
    {
      if (!self->closed)
        show_error (self, error->message);
      return;
    }
  if (self->closed)
    return;
  g_signal_emit (self, signals[EXPORTED], 0, self->path, n_records);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

void
zs_export_dialog_export_to (ZsExportDialog *self,
                            const char     *path)
{
  g_autoptr(ZsQuery) projects = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (ZS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  if (!build_query (self, &projects, &description))
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  zs_exchange_job_set_catalogue (self->job, adw_combo_row_get_selected (self->scope_row) == SCOPE_CATALOGUE);
  zs_exchange_job_set_with_attachments (self->job, gtk_switch_get_active (self->attachments_switch) &&
                                                   adw_combo_row_get_selected (self->scope_row) != SCOPE_CATALOGUE);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  zs_exchange_job_export_async (self->job, path, projects, description, self->cancellable,
                                on_export_done, g_object_ref (self));
}

static void
on_chooser_response (ZsExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("Choose a file on this computer."));
      return;
    }
  zs_export_dialog_export_to (self, path);
}

static void
on_export_clicked (ZsExportDialog *self)
{
  g_autofree char *today = zs_date_today ();
  gboolean catalogue = adw_combo_row_get_selected (self->scope_row) == SCOPE_CATALOGUE;
  /* TRANSLATORS: the suggested name of an export file; %s is today's date */
  g_autofree char *name = catalogue ? g_strdup_printf (_("catalogue-%s.xml"), today)
                                    : g_strdup_printf (_("exchange-%s.xml"), today);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  self->chooser = gtk_file_chooser_native_new (_("Export Exchange File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Exchange files (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked (ZsExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
zs_export_dialog_close_request (GtkWindow *window)
{
  ZsExportDialog *self = ZS_EXPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  return GTK_WINDOW_CLASS (zs_export_dialog_parent_class)->close_request (window);
}

static void
zs_export_dialog_dispose (GObject *object)
{
  ZsExportDialog *self = ZS_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->chooser);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (zs_export_dialog_parent_class)->dispose (object);
}

static void
zs_export_dialog_finalize (GObject *object)
{
  ZsExportDialog *self = ZS_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->given, zs_query_unref);
  g_free (self->given_description);
  g_free (self->projects_text);
  g_free (self->path);
  g_clear_object (&self->cancellable);
  g_array_unref (self->unit_ids);
  g_array_unref (self->chain_ids);

  G_OBJECT_CLASS (zs_export_dialog_parent_class)->finalize (object);
}

static void
zs_export_dialog_class_init (ZsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zs_export_dialog_dispose;
  object_class->finalize = zs_export_dialog_finalize;
  window_class->close_request = zs_export_dialog_close_request;

  /**
   * ZsExportDialog::exported:
   * @path: the file written
   * @n_records: how many records it holds
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, scope_group);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, chain_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, event_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, attachments_row);
  gtk_widget_class_bind_template_child (widget_class, ZsExportDialog, attachments_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_export_dialog_init (ZsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->chain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

ZsExportDialog *
zs_export_dialog_new (ZsStore    *store,
                      ZsQuery    *projects,
                      const char *description)
{
  ZsExportDialog *self;
  g_autoptr(GtkStringList) scopes = NULL;
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  g_autofree char *today = zs_date_today ();
  g_autofree char *month_start = g_strdup_printf ("%.8s01", today);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_EXPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->job = zs_exchange_job_new (store);
  g_object_bind_property (self->job, "fraction", self->progress_bar, "fraction", G_BINDING_SYNC_CREATE);

  scopes = gtk_string_list_new ((const char * const[]) {
    _("The whole database"),
    _("The projects of one unit"),
    _("The projects of one industrial chain"),
    _("The projects that reached a stage in a period"),
    _("The industry catalogue: chains, tracks, segments and enterprises"),
    NULL });
  if (projects != NULL)
    {
      self->given = zs_query_copy (projects);
      self->given_description = g_strdup (description);
      gtk_string_list_append (scopes, description != NULL ? description : _("The projects shown in the list"));
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  /* Exporting from a filtered board most likely means what it shows. */
  if (projects != NULL)
    adw_combo_row_set_selected (self->scope_row, g_list_model_get_n_items (G_LIST_MODEL (scopes)) - 1);

  fill_names (self, self->unit_row, ZS_TYPE_UNIT, ZS_UNIT_POSITION, self->unit_ids);
  fill_names (self, self->chain_row, ZS_TYPE_CHAIN, ZS_CHAIN_POSITION, self->chain_ids);
  for (guint i = 0; i < G_N_ELEMENTS (period_stages); i++)
    gtk_string_list_append (stages, zs_stage_get_label (period_stages[i]));
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (stages));

  /* "New this month" is what a bulletin asks for most. */
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), month_start);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), today);

  adw_combo_row_set_selected (self->scope_row, projects != NULL ? SCOPE_GIVEN : SCOPE_ALL);
  on_scope_changed (self);
  return self;
}

void
zs_export_dialog_select_catalogue (ZsExportDialog *self)
{
  g_return_if_fail (ZS_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->scope_row, SCOPE_CATALOGUE);
  gtk_window_set_title (GTK_WINDOW (self), _("Export Industry Catalogue"));
}
