/* zs-import-dialog.c — the preview of an exchange file, and importing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opens on a progress bar while the file is checked in a worker thread,
 * then shows who sent it and what the import would do: the counts, each
 * conflict with a choice, and each refused record with its line. Import
 * applies the file with those choices, also off the main thread; Cancel
 * stops whatever runs, and a stopped import changes nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-import-dialog.h"
#include "zs-exchange-job.h"

struct _ZsImportDialog
{
  AdwWindow             parent_instance;

  ZsStore              *store;
  GFile                *file;
  ZsExchangeJob        *job;
  GCancellable         *cancellable;
  ZsImportReport       *report;
  gboolean              closed;
  GtkLabel             *count_labels[ZS_IMPORT_N_OUTCOMES];

  GtkButton            *import_button;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *working_page;
  GtkProgressBar       *progress_bar;
  AdwActionRow         *office_row;
  AdwActionRow         *exported_row;
  AdwActionRow         *filter_row;
  GtkLabel             *file_label;
  GtkLabel             *office_label;
  GtkLabel             *exported_label;
  GtkLabel             *filter_label;
  AdwPreferencesGroup  *counts_group;
  AdwPreferencesGroup  *conflicts_group;
  GtkListBox           *conflicts_list;
  AdwPreferencesGroup  *refused_group;
  GtkListBox           *refused_list;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (ZsImportDialog, zs_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "2024-10-15T08:00:00Z" → "2024年10月15日 08:00" in Chinese. */
static char *
format_timestamp (const char *timestamp)
{
  g_autoptr(GDateTime) utc = timestamp != NULL ? g_date_time_new_from_iso8601 (timestamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (timestamp != NULL ? timestamp : _("Unknown"));
  /* TRANSLATORS: a date and time for g_date_time_format() */
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}

static void
show_error (ZsImportDialog *self,
            const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  /* A status page's description is markup; the message quotes the file. */
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
}

static gboolean
selected_to_take_theirs (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == 1);
  return TRUE;
}

static gboolean
take_theirs_to_selected (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_boolean (from) ? 1 : 0);
  return TRUE;
}

static GtkWidget *
conflict_row_new (gpointer item,
                  gpointer user_data)
{
  ZsImportConflict *conflict = item;
  const char * const choices[] = { _("Keep Mine"), _("Take Theirs"), NULL };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choice = gtk_drop_down_new_from_strings (choices);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *here = format_timestamp (zs_import_conflict_get_local_updated (conflict));
  g_autofree char *there = format_timestamp (zs_import_conflict_get_file_updated (conflict));

  /* TRANSLATORS: a record type and its name, e.g. project “亿程机械” */
  title = g_strdup_printf (_("%s “%s”"), zs_import_conflict_get_type_label (conflict),
                           zs_import_conflict_get_title (conflict));
  subtitle = g_strdup_printf (_("Here: “%s”, changed %s. In the file (line %d): changed %s."),
                              zs_import_conflict_get_local_title (conflict), here,
                              zs_import_conflict_get_line (conflict), there);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (choice, _("Which version to keep"));
  g_object_bind_property_full (conflict, "take-theirs", choice, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               take_theirs_to_selected, selected_to_take_theirs, NULL, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
  return row;
}

static void
add_count_rows (ZsImportDialog *self)
{
  static const char * const explanations[] = {
    [ZS_IMPORT_OUTCOME_ADDED] = N_("New records"),
    [ZS_IMPORT_OUTCOME_UPDATED] = N_("Changed by the sender only; their version replaces ours"),
    [ZS_IMPORT_OUTCOME_UNCHANGED] = N_("The same as here, or changed here only"),
    [ZS_IMPORT_OUTCOME_CONFLICT] = N_("Changed on both sides: see below"),
    [ZS_IMPORT_OUTCOME_REFUSED] = N_("Cannot be imported: see below"),
  };

  for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *count = gtk_label_new ("0");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zs_import_outcome_get_label (o));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(explanations[o]));
      gtk_widget_add_css_class (count, "title-3");
      gtk_widget_add_css_class (count, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
      adw_preferences_group_add (self->counts_group, row);
      self->count_labels[o] = GTK_LABEL (count);
    }
}

/* What the file says about itself is the sender's text: selectable. */
static void
set_value (AdwActionRow *row,
           GtkLabel     *label,
           const char   *text)
{
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
  gtk_label_set_text (label, text != NULL ? text : "");
}

static void
show_report (ZsImportDialog *self)
{
  GListModel *conflicts = zs_import_report_get_conflicts (self->report);
  const char * const *refusals = zs_import_report_get_refusals (self->report);
  guint n_refused = zs_import_report_get_count (self->report, ZS_IMPORT_OUTCOME_REFUSED);
  g_autofree char *exported = format_timestamp (zs_import_report_get_header (self->report, "exported"));

  set_value (self->office_row, self->office_label, zs_import_report_get_header (self->report, "office"));
  set_value (self->exported_row, self->exported_label,
             zs_import_report_get_header (self->report, "exported") ? exported : NULL);
  set_value (self->filter_row, self->filter_label, zs_import_report_get_header (self->report, "filter"));

  for (guint o = 0; o < ZS_IMPORT_N_OUTCOMES; o++)
    {
      g_autofree char *text = g_strdup_printf ("%u", zs_import_report_get_count (self->report, o));

      gtk_label_set_text (self->count_labels[o], text);
    }

  gtk_list_box_bind_model (self->conflicts_list, conflicts, conflict_row_new, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group), g_list_model_get_n_items (conflicts) > 0);

  for (guint i = 0; refusals[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), refusals[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->refused_list, row);
    }
  if (n_refused > ZS_IMPORT_REPORT_MAX_REFUSALS)
    {
      g_autofree char *more = g_strdup_printf (_("… and %u more"), n_refused - ZS_IMPORT_REPORT_MAX_REFUSALS);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->refused_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->refused_group), n_refused > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), zs_import_report_can_apply (self->report));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
on_preview_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZsImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  ZsImportReport *report = zs_exchange_job_preview_finish (ZS_EXCHANGE_JOB (source), result, &error);

  if (self->closed)
    {
      g_clear_object (&report);
      return;
    }
  if (report == NULL)
    {
      show_error (self, error);
      return;
    }
  self->report = report;
  show_report (self);
}

static void
on_apply_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZsImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean applied = zs_exchange_job_apply_finish (ZS_EXCHANGE_JOB (source), result, &error);

  if (self->closed)
    return;
  if (!applied)
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, self->report);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked (ZsImportDialog *self)
{
  g_return_if_fail (self->report != NULL);

  adw_status_page_set_title (self->working_page, _("Importing…"));
  adw_status_page_set_description (self->working_page,
                                   _("Everything is imported in one step: stopping now changes nothing."));
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  zs_exchange_job_apply_async (self->job, self->file, self->report, self->cancellable,
                               on_apply_done, g_object_ref (self));
}

static void
on_cancel_clicked (ZsImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_keep_all_clicked (ZsImportDialog *self)
{
  zs_import_report_set_all_take_theirs (self->report, FALSE);
}

static void
on_take_all_clicked (ZsImportDialog *self)
{
  zs_import_report_set_all_take_theirs (self->report, TRUE);
}

static gboolean
zs_import_dialog_close_request (GtkWindow *window)
{
  ZsImportDialog *self = ZS_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  return GTK_WINDOW_CLASS (zs_import_dialog_parent_class)->close_request (window);
}

static void
zs_import_dialog_dispose (GObject *object)
{
  ZsImportDialog *self = ZS_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (zs_import_dialog_parent_class)->dispose (object);
}

static void
zs_import_dialog_finalize (GObject *object)
{
  ZsImportDialog *self = ZS_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (zs_import_dialog_parent_class)->finalize (object);
}

static void
zs_import_dialog_class_init (ZsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zs_import_dialog_dispose;
  object_class->finalize = zs_import_dialog_finalize;
  window_class->close_request = zs_import_dialog_close_request;

  /**
   * ZsImportDialog::imported:
   * @report: what was imported
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ZS_TYPE_IMPORT_REPORT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, office_label);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, exported_label);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, filter_label);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, office_row);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, exported_row);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, filter_row);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, counts_group);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, refused_group);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, refused_list);
  gtk_widget_class_bind_template_child (widget_class, ZsImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_all_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_take_all_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_import_dialog_init (ZsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  add_count_rows (self);
}

static ZsImportDialog *
import_dialog_new (ZsStore  *store,
                   GFile    *file,
                   gboolean  catalogue)
{
  ZsImportDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ZS_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->job = zs_exchange_job_new (store);
  zs_exchange_job_set_catalogue (self->job, catalogue);
  if (catalogue)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Import Industry Catalogue"));
      adw_window_title_set_title (self->window_title, _("Import Industry Catalogue"));
    }
  g_object_bind_property (self->job, "fraction", self->progress_bar, "fraction", G_BINDING_SYNC_CREATE);

  name = g_file_get_basename (file);
  gtk_label_set_text (self->file_label, name);

  zs_exchange_job_preview_async (self->job, file, self->cancellable, on_preview_done, g_object_ref (self));
  return self;
}

ZsImportDialog *
zs_import_dialog_new (ZsStore *store,
                      GFile   *file)
{
  return import_dialog_new (store, file, FALSE);
}

ZsImportDialog *
zs_import_dialog_new_catalogue (ZsStore *store,
                                GFile   *file)
{
  return import_dialog_new (store, file, TRUE);
}

const char *
zs_import_dialog_get_state (ZsImportDialog *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

ZsImportReport *
zs_import_dialog_get_report (ZsImportDialog *self)
{
  g_return_val_if_fail (ZS_IS_IMPORT_DIALOG (self), NULL);
  return self->report;
}

const char *
zs_import_dialog_get_count_text (ZsImportDialog  *self,
                                 ZsImportOutcome  outcome)
{
  g_return_val_if_fail (ZS_IS_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (outcome < ZS_IMPORT_N_OUTCOMES, NULL);
  return gtk_label_get_text (self->count_labels[outcome]);
}
