/* zs-vcard-dialog.c — what importing a vCard file would do, then doing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Opens on a progress bar while the file is read and compared with the
 * database in a worker thread (zs-vcard-job.c), then lists each card with
 * what the import would do, and each card skipped or line ignored with the
 * reason. Choosing another kind plans again; Import writes the plan, also
 * off the main thread. Cancel stops whatever runs, and a stopped import
 * changes nothing.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-vcard-dialog.h"
#include "zs-vcard-job.h"

struct _ZsVCardDialog
{
  AdwWindow        parent_instance;

  ZsStore         *store;
  GFile           *file;
  char            *name;
  ZsVCardJob      *job;
  GCancellable    *cancellable;
  ZsVCardImport   *import;
  gboolean         loading;
  gboolean         closed;

  AdwToastOverlay *toasts;
  GtkButton       *import_button;
  GtkStack        *stack;
  AdwStatusPage   *working_page;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *error_page;
  GtkLabel        *heading_label;
  GtkLabel        *summary_label;
  AdwComboRow     *kind_row;
  GtkListView     *cards_view;
};

G_DEFINE_FINAL_TYPE (ZsVCardDialog, zs_vcard_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_preview (ZsVCardDialog *self);

static const char *
outcome_label (ZsVCardOutcome outcome)
{
  switch (outcome)
    {
    case ZS_VCARD_ADD:
      return _("New partner");
    case ZS_VCARD_FILL:
      return _("Fills in a partner we have");
    case ZS_VCARD_UNCHANGED:
      return _("Already here, nothing new");
    case ZS_VCARD_SAME_CARD:
      return _("Same as an earlier card");
    case ZS_VCARD_N_OUTCOMES:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
card_line (ZsVCardDialog *self,
           guint          index)
{
  ZsPartner *card = zs_vcard_import_get_card (self->import, index);
  ZsVCardOutcome outcome = zs_vcard_import_get_outcome (self->import, index);
  const char *org = zs_record_get_string (ZS_RECORD (card), ZS_PARTNER_ORGANISATION);
  g_autofree char *line = g_strdup_printf (_("Line %d"), zs_vcard_import_get_line (self->import, index));
  const char *parts[4] = { zs_record_get_title (ZS_RECORD (card)), org, outcome_label (outcome), line };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0' && (i != 1 || g_strcmp0 (parts[1], parts[0]) != 0))
      g_string_append_printf (text, "%s%s", text->len ? " · " : "", parts[i]);
  return g_string_free (text, FALSE);
}

static char *
skipped_line (ZsVCardSkipped *skipped)
{
  /* TRANSLATORS: a card left out of a vCard import, its line and why */
  return skipped->whole_card ? g_strdup_printf (_("Skipped · Line %d: %s"), skipped->line, skipped->reason)
                             : g_strdup_printf (_("Line %d: %s"), skipped->line, skipped->reason);
}

static void
on_card_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_card_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *line = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (line));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (line));
}

static void
show_plan (ZsVCardDialog *self)
{
  g_autoptr(GtkStringList) lines = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  GPtrArray *skipped = zs_vcard_import_get_skipped (self->import);
  guint n = zs_vcard_import_get_n_cards (self->import);
  guint n_skipped = zs_vcard_import_get_n_skipped (self->import);
  guint added = zs_vcard_import_count (self->import, ZS_VCARD_ADD);
  guint filled = zs_vcard_import_count (self->import, ZS_VCARD_FILL);
  guint same = zs_vcard_import_count (self->import, ZS_VCARD_UNCHANGED) +
               zs_vcard_import_count (self->import, ZS_VCARD_SAME_CARD);
  g_autofree char *cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n + n_skipped),
                                            n + n_skipped);
  g_autofree char *heading = g_strdup_printf (_("“%s”: %s"), self->name, cards);
  g_autoptr(GString) summary = g_string_new (NULL);
  guint s = 0;

  /* The cards and what was left out, in the order of the file. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = NULL;

      for (; s < skipped->len && ((ZsVCardSkipped *) g_ptr_array_index (skipped, s))->line < zs_vcard_import_get_line (self->import, i); s++)
        {
          g_autofree char *left_out = skipped_line (g_ptr_array_index (skipped, s));

          gtk_string_list_append (lines, left_out);
        }
      line = card_line (self, i);
      gtk_string_list_append (lines, line);
    }
  for (; s < skipped->len; s++)
    {
      g_autofree char *left_out = skipped_line (g_ptr_array_index (skipped, s));

      gtk_string_list_append (lines, left_out);
    }
  /* The view takes its own reference: ours goes with this function. */
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&lines)));
  gtk_list_view_set_model (self->cards_view, GTK_SELECTION_MODEL (selection));

  /* TRANSLATORS: new, filled in, and already known partners of a vCard import */
  g_string_printf (summary, _("Importing adds %u new partners and fills in empty details of %u partners "
                              "already here; %u cards add nothing new. Nothing already saved is overwritten."),
                   added, filled, same);
  if (n_skipped > 0)
    {
      g_string_append_c (summary, ' ');
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                    "%u card cannot be imported; the list says why.",
                                                    "%u cards cannot be imported; the list says why.", n_skipped),
                              n_skipped);
    }
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->summary_label, summary->str);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), added + filled > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
show_error (ZsVCardDialog *self,
            const GError  *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  /* A status page's description is markup; the message quotes the file. */
  adw_status_page_set_description (self->error_page, escaped);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_preview_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZsVCardDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  ZsVCardImport *import = zs_vcard_job_preview_finish (ZS_VCARD_JOB (source), result, &error);

  if (self->closed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Closed, or another kind chosen meanwhile: a newer plan comes. */
      g_clear_pointer (&import, zs_vcard_import_free);
      return;
    }
  if (import == NULL)
    {
      show_error (self, error);
      return;
    }
  g_clear_pointer (&self->import, zs_vcard_import_free);
  self->import = import;
  show_plan (self);
}

static void
start_preview (ZsVCardDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  adw_status_page_set_title (self->working_page, _("Reading the Contacts…"));
  adw_status_page_set_description (self->working_page, _("Nothing is changed until you choose Import."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "working");
  zs_vcard_job_preview_async (self->job, self->file, adw_combo_row_get_selected (self->kind_row),
                              self->cancellable, on_preview_done, g_object_ref (self));
}

static void
on_apply_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZsVCardDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean applied = zs_vcard_job_apply_finish (ZS_VCARD_JOB (source), result, &error);
  guint added, filled;

  if (self->closed)
    return;
  if (!applied)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      /* Nothing was written: the plan is still there to try again. */
      show_plan (self);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
      return;
    }
  added = zs_vcard_import_count (self->import, ZS_VCARD_ADD);
  filled = zs_vcard_import_count (self->import, ZS_VCARD_FILL);
  g_signal_emit (self, signals[IMPORTED], 0, added, filled);
  self->closed = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_kind_changed (ZsVCardDialog *self)
{
  if (self->loading || self->file == NULL)
    return;
  start_preview (self);
}

static void
on_import_clicked (ZsVCardDialog *self)
{
  zs_vcard_dialog_import (self);
}

static void
on_cancel_clicked (ZsVCardDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
zs_vcard_dialog_close_request (GtkWindow *window)
{
  ZsVCardDialog *self = ZS_VCARD_DIALOG (window);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  return GTK_WINDOW_CLASS (zs_vcard_dialog_parent_class)->close_request (window);
}

static void
zs_vcard_dialog_dispose (GObject *object)
{
  ZsVCardDialog *self = ZS_VCARD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_VCARD_DIALOG);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (zs_vcard_dialog_parent_class)->dispose (object);
}

static void
zs_vcard_dialog_finalize (GObject *object)
{
  ZsVCardDialog *self = ZS_VCARD_DIALOG (object);

  g_clear_pointer (&self->import, zs_vcard_import_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->store);
  g_free (self->name);

  G_OBJECT_CLASS (zs_vcard_dialog_parent_class)->finalize (object);
}

static void
zs_vcard_dialog_class_init (ZsVCardDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zs_vcard_dialog_dispose;
  object_class->finalize = zs_vcard_dialog_finalize;
  window_class->close_request = zs_vcard_dialog_close_request;

  /**
   * ZsVCardDialog::imported:
   * @added: partners added
   * @filled: partners filled in
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-vcard-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, cards_view);
  gtk_widget_class_bind_template_callback (widget_class, on_card_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_card_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_vcard_dialog_init (ZsVCardDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  guint n = zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading = TRUE;
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (kinds, zs_enum_get_label (ZS_TYPE_PARTNER_KIND, (int) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  /* Contact lists a bureau collects are mostly natives living elsewhere. */
  adw_combo_row_set_selected (self->kind_row, ZS_PARTNER_NOTABLE_NATIVE);
  self->loading = FALSE;
}

ZsVCardDialog *
zs_vcard_dialog_new (GtkWindow *parent,
                     ZsStore   *store,
                     GFile     *file)
{
  ZsVCardDialog *self;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* The window list owns the dialog until it is destroyed. */
  self = g_object_new (ZS_TYPE_VCARD_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->name = g_file_get_basename (file);
  self->job = zs_vcard_job_new (store);
  g_object_bind_property (self->job, "fraction", self->progress_bar, "fraction", G_BINDING_SYNC_CREATE);
  start_preview (self);
  return self;
}

const char *
zs_vcard_dialog_get_state (ZsVCardDialog *self)
{
  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
zs_vcard_dialog_get_error (ZsVCardDialog *self)
{
  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), NULL);
  return adw_status_page_get_description (self->error_page);
}

guint
zs_vcard_dialog_get_count (ZsVCardDialog  *self,
                           ZsVCardOutcome  outcome)
{
  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), 0);
  return self->import != NULL ? zs_vcard_import_count (self->import, outcome) : 0;
}

guint
zs_vcard_dialog_get_n_skipped (ZsVCardDialog *self)
{
  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), 0);
  return self->import != NULL ? zs_vcard_import_get_n_skipped (self->import) : 0;
}

GListModel *
zs_vcard_dialog_get_lines (ZsVCardDialog *self)
{
  GtkNoSelection *selection;

  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), NULL);
  selection = GTK_NO_SELECTION (gtk_list_view_get_model (self->cards_view));
  return selection != NULL ? gtk_no_selection_get_model (selection) : NULL;
}

void
zs_vcard_dialog_set_default_kind (ZsVCardDialog *self,
                                  ZsPartnerKind  kind)
{
  g_return_if_fail (ZS_IS_VCARD_DIALOG (self));
  adw_combo_row_set_selected (self->kind_row, kind);
}

void
zs_vcard_dialog_import (ZsVCardDialog *self)
{
  g_return_if_fail (ZS_IS_VCARD_DIALOG (self));
  g_return_if_fail (self->import != NULL);

  adw_status_page_set_title (self->working_page, _("Importing…"));
  adw_status_page_set_description (self->working_page,
                                   _("Everything is imported in one step: stopping now changes nothing."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "working");
  zs_vcard_job_apply_async (self->job, self->import, self->cancellable, on_apply_done, g_object_ref (self));
}
