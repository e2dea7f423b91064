/* zs-sheet-import-dialog.c — the preview of a spreadsheet, its column
 * mapping, and importing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opens on a progress bar while the sheet is read and matched in a worker
 * thread on a connection of its own, then shows which table it holds, the
 * header found and the rows skipped, a drop-down per column for the field
 * it goes to, the counts and every refused cell. A changed drop-down reads
 * the file again with that mapping, off the main thread too; 导入 keeps
 * the clerk's mapping for files of the same shape and writes everything in
 * one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-sheet-import-dialog.h"
#include "zs-sheet-table.h"

struct _ZsSheetImportDialog
{
  AdwWindow             parent_instance;

  ZsStore              *store;
  char                 *db_path;
  char                 *path;
  char                 *table;          /* NULL: the table the columns name */
  GStrv                 keys;           /* the clerk's mapping, or NULL */
  char                 *shape;          /* the shape @keys are for */
  gboolean              changed;        /* the clerk changed the mapping here */
  ZsSheetImport        *import;
  GCancellable         *cancellable;
  gboolean              closed;
  gboolean              filling;        /* drop-downs being set, not chosen */
  int                   permille;       /* the worker's progress, atomic */
  guint                 progress_id;
  GPtrArray            *choices;        /* GtkDropDown *, per header column */

  GtkButton            *import_button;
  GtkStack             *stack;
  AdwStatusPage        *working_page;
  GtkProgressBar       *progress_bar;
  GtkLabel             *file_label;
  GtkDropDown          *table_choice;
  GtkListBox           *columns_list;
  GtkLabel             *count_labels[4];
  GtkListBox           *counts_list;
  AdwPreferencesGroup  *new_group;
  GtkListBox           *new_list;
  GtkListBox           *notes_list;
  AdwPreferencesGroup  *refused_group;
  GtkListBox           *refused_list;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (ZsSheetImportDialog, zs_sheet_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char     *db_path;
  char     *path;
  char     *table;
  char     *shape;
  GStrv     keys;
  gboolean  remember;
  ZsSheetImport *import;   /* the preview's result, or the one to apply */
  int      *permille;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_free (job->table);
  g_free (job->shape);
  g_strfreev (job->keys);
  g_clear_pointer (&job->import, zs_sheet_import_free);
  g_free (job);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  /* gtk_list_box_remove_all() is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* ---- the worker ------------------------------------------------------------ */

static void
on_progress (double   fraction,
             gpointer user_data)
{
  g_atomic_int_set ((int *) user_data, (int) (fraction * 1000));
}

static void
preview_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;
  ZsSheetImportOptions options = { job->table, job->shape, (const char * const *) job->keys, on_progress,
                                   job->permille };

  store = zs_store_open_secondary (job->db_path, &error);
  if (store != NULL)
    job->import = zs_sheet_import_preview_full (store, job->path, &options, cancellable, &error);
  if (job->import != NULL)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(ZsStore) store = NULL;
  GError *error = NULL;

  store = zs_store_open_secondary (job->db_path, &error);
  /* The clerk's mapping is kept for the next file of this shape. */
  if (store != NULL && (!job->remember || zs_sheet_import_remember (job->import, store, &error)) &&
      zs_sheet_import_apply (job->import, store, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
update_progress (gpointer user_data)
{
  ZsSheetImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
show_working (ZsSheetImportDialog *self,
              const char          *title,
              const char          *description)
{
  adw_status_page_set_title (self->working_page, title);
  adw_status_page_set_description (self->working_page, description);
  g_atomic_int_set (&self->permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  if (self->progress_id == 0)
    self->progress_id = g_timeout_add (100, update_progress, self);
}

static void
stop_progress (ZsSheetImportDialog *self)
{
  if (self->progress_id != 0)
    g_source_remove (self->progress_id);
  self->progress_id = 0;
}

static void
show_error (ZsSheetImportDialog *self,
            const GError        *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* ---- the report ------------------------------------------------------------ */

static void on_column_chosen (ZsSheetImportDialog *self);

static void
fill_columns (ZsSheetImportDialog *self)
{
  const char *table = zs_sheet_import_get_table (self->import);
  const char * const *keys = zs_sheet_import_field_keys (table);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("Not imported"));
  for (guint k = 0; keys[k] != NULL; k++)
    gtk_string_list_append (labels, zs_sheet_import_field_label (table, keys[k]));

  clear_list (self->columns_list);
  g_ptr_array_set_size (self->choices, 0);
  for (guint i = 0; i < zs_sheet_import_get_n_headers (self->import); i++)
    {
      const char *key = zs_sheet_import_get_header_key (self->import, i);
      g_autofree char *address = zs_sheet_import_get_header_address (self->import, i);
      GtkWidget *row = text_row (zs_sheet_import_get_header (self->import, i), address);
      GtkWidget *choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      guint selected = 0;

      for (guint k = 0; key != NULL && keys[k] != NULL; k++)
        if (g_str_equal (keys[k], key))
          selected = k + 1;
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), selected);
      /* TRANSLATORS: the accessible name of a column's drop-down: 投资方 goes to … */
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      zs_sheet_import_get_header (self->import, i), -1);
      g_signal_connect_object (choice, "notify::selected", G_CALLBACK (on_column_chosen), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), choice);
      gtk_list_box_append (self->columns_list, row);
      g_ptr_array_add (self->choices, choice);
    }
}

static void
fill_new_names (ZsSheetImportDialog *self)
{
  static const struct { GType (*type) (void); const char *label; } kinds[] = {
    { zs_unit_get_type, N_("New unit") }, { zs_person_get_type, N_("New person") },
    { zs_chain_get_type, N_("New chain") },
  };
  gboolean any = FALSE;

  clear_list (self->new_list);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_auto(GStrv) names = zs_sheet_import_dup_new_names (self->import, kinds[i].type ());

      for (guint k = 0; names[k] != NULL; k++, any = TRUE)
        gtk_list_box_append (self->new_list, text_row (names[k], _(kinds[i].label)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->new_group), any);
}

static void
show_report (ZsSheetImportDialog *self)
{
  ZsSheetImport *import = self->import;
  const char * const *notes = zs_sheet_import_get_notes (import);
  const char * const *refusals = zs_sheet_import_get_refusals (import);
  const char * const *tables = zs_sheet_table_names ();
  guint counts[4] = {
    zs_sheet_import_get_n_added (import), zs_sheet_import_get_n_updated (import),
    zs_sheet_import_get_n_unchanged (import), zs_sheet_import_get_n_refused (import),
  };

  self->filling = TRUE;
  for (guint t = 0; tables[t] != NULL; t++)
    if (g_str_equal (tables[t], zs_sheet_import_get_table (import)))
      gtk_drop_down_set_selected (self->table_choice, t);
  fill_columns (self);
  self->filling = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", counts[i]);

      gtk_label_set_text (self->count_labels[i], text);
    }
  fill_new_names (self);
  clear_list (self->notes_list);
  for (guint i = 0; notes[i] != NULL; i++)
    gtk_list_box_append (self->notes_list, text_row (notes[i], NULL));
  clear_list (self->refused_list);
  for (guint i = 0; refusals[i] != NULL; i++)
    gtk_list_box_append (self->refused_list, text_row (refusals[i], NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->refused_group), counts[3] > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), zs_sheet_import_can_apply (import));
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static void
on_preview_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZsSheetImportDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (self->closed)
    return;
  stop_progress (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->import, zs_sheet_import_free);
  self->import = g_steal_pointer (&job->import);
  show_report (self);
}

static void
start_preview (ZsSheetImportDialog *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, on_preview_done, g_object_ref (self));
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (self->db_path);
  job->path = g_strdup (self->path);
  job->table = g_strdup (self->table);
  job->shape = g_strdup (self->shape);
  job->keys = g_strdupv (self->keys);
  job->permille = &self->permille;
  g_clear_pointer (&self->import, zs_sheet_import_free);
  show_working (self, _("Reading the Sheet…"), _("Nothing is changed until you choose Import."));
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, preview_thread);
}

/* The clerk chose another field for a column: read again with that mapping. */
static void
on_column_chosen (ZsSheetImportDialog *self)
{
  const char *table;
  const char * const *keys;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (self->filling || self->import == NULL)
    return;
  table = zs_sheet_import_get_table (self->import);
  keys = zs_sheet_import_field_keys (table);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->choices->len; i++)
    {
      guint selected = gtk_drop_down_get_selected (g_ptr_array_index (self->choices, i));

      g_strv_builder_add (builder, selected > 0 && selected <= g_strv_length ((char **) keys) ? keys[selected - 1] : "");
    }
  g_strfreev (self->keys);
  self->keys = g_strv_builder_end (builder);
  g_free (self->shape);
  self->shape = g_strdup (zs_sheet_import_get_shape (self->import));
  g_free (self->table);
  self->table = g_strdup (table);
  self->changed = TRUE;
  start_preview (self);
}

static void
on_table_chosen (ZsSheetImportDialog *self)
{
  const char * const *tables = zs_sheet_table_names ();
  guint selected = gtk_drop_down_get_selected (self->table_choice);

  if (self->filling || self->import == NULL || selected >= g_strv_length ((char **) tables) ||
      g_str_equal (tables[selected], zs_sheet_import_get_table (self->import)))
    return;
  g_free (self->table);
  self->table = g_strdup (tables[selected]);
  g_clear_pointer (&self->keys, g_strfreev);
  g_clear_pointer (&self->shape, g_free);
  self->changed = FALSE;
  start_preview (self);
}

/* ---- importing ------------------------------------------------------------- */

static void
on_apply_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZsSheetImportDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  char *newline;

  if (self->closed)
    return;
  stop_progress (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, error);
      return;
    }
  /* The worker's connection wrote the rows; ours re-reads what it shows. */
  zs_store_refresh (self->store);
  summary = zs_sheet_import_format (job->import);
  if ((newline = strchr (summary, '\n')) != NULL)
    *newline = '\0';
  g_signal_emit (self, signals[IMPORTED], 0, summary);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked (ZsSheetImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (self->import != NULL);
  task = g_task_new (NULL, NULL, on_apply_done, g_object_ref (self));
  job = g_new0 (Job, 1);
  job->db_path = g_strdup (self->db_path);
  job->import = g_steal_pointer (&self->import);
  job->remember = self->changed;
  show_working (self, _("Importing…"), _("Everything is imported in one step: stopping now changes nothing."));
  gtk_progress_bar_pulse (self->progress_bar);
  g_task_set_task_data (task, job, job_free);
  /* A half-done import is rolled back by the worker itself. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, apply_thread);
}

static void
on_cancel_clicked (ZsSheetImportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
zs_sheet_import_dialog_close_request (GtkWindow *window)
{
  ZsSheetImportDialog *self = ZS_SHEET_IMPORT_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  stop_progress (self);
  return GTK_WINDOW_CLASS (zs_sheet_import_dialog_parent_class)->close_request (window);
}

static void
zs_sheet_import_dialog_dispose (GObject *object)
{
  ZsSheetImportDialog *self = ZS_SHEET_IMPORT_DIALOG (object);

  stop_progress (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_SHEET_IMPORT_DIALOG);
  G_OBJECT_CLASS (zs_sheet_import_dialog_parent_class)->dispose (object);
}

static void
zs_sheet_import_dialog_finalize (GObject *object)
{
  ZsSheetImportDialog *self = ZS_SHEET_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, zs_sheet_import_free);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_strfreev (self->keys);
  g_free (self->shape);
  g_free (self->table);
  g_free (self->path);
  g_free (self->db_path);

  G_OBJECT_CLASS (zs_sheet_import_dialog_parent_class)->finalize (object);
}

static void
zs_sheet_import_dialog_class_init (ZsSheetImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zs_sheet_import_dialog_dispose;
  object_class->finalize = zs_sheet_import_dialog_finalize;
  window_class->close_request = zs_sheet_import_dialog_close_request;

  /**
   * ZsSheetImportDialog::imported:
   * @summary: "台账.xlsx：项目：新增 3 条…"
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-sheet-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, table_choice);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, columns_list);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, counts_list);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, new_list);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, notes_list);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, refused_group);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, refused_list);
  gtk_widget_class_bind_template_child (widget_class, ZsSheetImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_table_chosen);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
add_count_rows (ZsSheetImportDialog *self)
{
  static const char * const titles[] = { N_("To add"), N_("To update"), N_("Unchanged"), N_("Refused") };
  static const char * const explanations[] = {
    N_("Rows no record here matches"),
    N_("Rows of records here that the sheet changes"),
    N_("Rows that say what is here already"),
    N_("Rows that cannot be imported: see below"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *row = text_row (_(titles[i]), _(explanations[i]));
      GtkWidget *count = gtk_label_new ("0");

      gtk_widget_add_css_class (count, "title-3");
      gtk_widget_add_css_class (count, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
      gtk_list_box_append (self->counts_list, row);
      self->count_labels[i] = GTK_LABEL (count);
    }
}

static void
zs_sheet_import_dialog_init (ZsSheetImportDialog *self)
{
  const char * const *tables = zs_sheet_table_names ();
  g_autoptr(GtkStringList) nouns = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->choices = g_ptr_array_new ();
  for (guint t = 0; tables[t] != NULL; t++)
    gtk_string_list_append (nouns, g_dgettext (GETTEXT_PACKAGE, zs_sheet_table_get (tables[t])->noun));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->table_choice, G_LIST_MODEL (nouns));
  self->filling = FALSE;
  add_count_rows (self);
}

ZsSheetImportDialog *
zs_sheet_import_dialog_new (ZsStore    *store,
                            const char *path,
                            const char *table)
{
  ZsSheetImportDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (ZS_TYPE_SHEET_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->db_path = g_strdup (zs_store_get_path (store));
  self->path = g_strdup (path);
  self->table = table != NULL && *table != '\0' ? g_strdup (table) : NULL;
  name = g_filename_display_basename (path);
  gtk_label_set_text (self->file_label, name);
  start_preview (self);
  return self;
}

const char *
zs_sheet_import_dialog_get_state (ZsSheetImportDialog *self)
{
  g_return_val_if_fail (ZS_IS_SHEET_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

ZsSheetImport *
zs_sheet_import_dialog_get_import (ZsSheetImportDialog *self)
{
  g_return_val_if_fail (ZS_IS_SHEET_IMPORT_DIALOG (self), NULL);
  return self->import;
}

GtkDropDown *
zs_sheet_import_dialog_get_column_choice (ZsSheetImportDialog *self,
                                          guint                i)
{
  g_return_val_if_fail (ZS_IS_SHEET_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (i < self->choices->len, NULL);
  return g_ptr_array_index (self->choices, i);
}
