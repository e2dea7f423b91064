/* zs-conflict-dialog.c — a save another user's change refused: which value to keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Several programs may work on one database (zs-store-sync.c). A save from
 * a copy read before someone else saved the record is refused by the
 * store, never written over theirs: this dialog shows both values and lets
 * the clerk choose. zs_save_record() is how a page saves so that a refused
 * or locked save always comes here, or to a retry, instead of a toast that
 * is gone in a few seconds with the clerk's value.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-conflict-dialog.h"
#include "zs-ui-util.h"

struct _ZsConflictDialog
{
  AdwMessageDialog  parent_instance;

  ZsStore          *store;
  ZsStoreConflict  *conflict;

  GtkLabel         *record_label;
  GtkLabel         *field_label;
  GtkLabel         *stored_label;
  GtkLabel         *changed_by_label;
  GtkLabel         *mine_label;
};

G_DEFINE_FINAL_TYPE (ZsConflictDialog, zs_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void save_failed (GtkWindow    *parent,
                         ZsStore      *store,
                         ZsRecord     *record,
                         ZsRecord     *mine,
                         int           field,
                         const GError *error);

/* ---- a database another program is writing to: try again ----------------- */

typedef struct {
  ZsStore  *store;
  ZsRecord *record;
  ZsRecord *mine;   /* what the clerk had saved */
  int       field;
} Retry;

static void
retry_free (gpointer data)
{
  Retry *retry = data;

  g_object_unref (retry->store);
  g_object_unref (retry->record);
  g_object_unref (retry->mine);
  g_free (retry);
}

static ZsRecord *
copy_fields (ZsRecord *record)
{
  ZsRecord *copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  zs_record_copy_fields (copy, record);
  return copy;
}

/* Puts back what the clerk had typed: only their field when it is known,
 * so that what others saved meanwhile stays. */
static void
put_back (ZsRecord *record,
          ZsRecord *mine,
          int       field)
{
  if (field >= 0)
    zs_record_set_value (record, (guint) field, zs_record_get_value (mine, (guint) field));
  else
    zs_record_copy_fields (record, mine);
}

static gboolean
save_from (GtkWindow *parent,
           ZsStore   *store,
           ZsRecord  *record,
           ZsRecord  *mine,
           int        field)
{
  g_autoptr(GError) error = NULL;

  if (zs_store_save (store, record, &error))
    return TRUE;
  save_failed (parent, store, record, mine, field, error);
  return FALSE;
}

static void
on_retry_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          data)
{
  Retry *retry = data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_strcmp0 (response, "retry") != 0)
    return;
  put_back (retry->record, retry->mine, retry->field);
  save_from (parent, retry->store, retry->record, retry->mine, retry->field);
}

static void
offer_retry (GtkWindow    *parent,
             ZsStore      *store,
             ZsRecord     *record,
             ZsRecord     *mine,
             int           field,
             const GError *error)
{
  AdwMessageDialog *dialog;
  Retry *retry = g_new0 (Retry, 1);

  retry->store = g_object_ref (store);
  retry->record = g_object_ref (record);
  retry->mine = g_object_ref (mine);
  retry->field = field;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Not Saved Yet"), error->message));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Discard My Change"), "retry", _("_Retry"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "cancel", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "retry");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_retry_response), retry,
                         (GClosureNotify) (void (*) (void)) retry_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_failed (GtkWindow    *parent,
             ZsStore      *store,
             ZsRecord     *record,
             ZsRecord     *mine,
             int           field,
             const GError *error)
{
  if (g_error_matches (error, ZS_ERROR, ZS_ERROR_CONFLICT))
    {
      ZsStoreConflict *conflict = zs_store_take_conflict (store);

      if (conflict != NULL)
        {
          if (field >= 0)
            zs_store_conflict_set_field (conflict, (guint) field);
          gtk_window_present (GTK_WINDOW (zs_conflict_dialog_new (parent, store, conflict)));
          return;
        }
    }
  else if (g_error_matches (error, ZS_ERROR, ZS_ERROR_LOCKED))
    {
      offer_retry (parent, store, record, mine, field, error);
      return;
    }
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s", error->message);
}

/* ---- the dialog ---------------------------------------------------------- */

static char *
shown_value (ZsStore  *store,
             ZsRecord *record,
             int       field)
{
  g_autofree char *text = NULL;

  if (record == NULL)
    return g_strdup (_("(deleted)"));
  if (field < 0)
    return g_strdup ("—");
  text = zs_format_field (store, record, (guint) field);
  return g_strdup (text != NULL && *text != '\0' ? text : _("(empty)"));
}

static void
zs_conflict_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  ZsConflictDialog *self = ZS_CONFLICT_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "keep-mine") == 0)
    {
      ZsRecord *record = zs_store_conflict_get_record (self->conflict);
      ZsRecord *mine = zs_store_conflict_get_mine (self->conflict);

      if (!zs_store_resolve_keep_mine (self->store, self->conflict, &error))
        save_failed (parent, self->store, record, mine, zs_store_conflict_get_field (self->conflict), error);
    }
  else
    zs_store_resolve_take_stored (self->store, self->conflict);

  if (ADW_MESSAGE_DIALOG_CLASS (zs_conflict_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (zs_conflict_dialog_parent_class)->response (dialog, response);
}

static void
zs_conflict_dialog_dispose (GObject *object)
{
  ZsConflictDialog *self = ZS_CONFLICT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CONFLICT_DIALOG);
  g_clear_pointer (&self->conflict, zs_store_conflict_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_conflict_dialog_parent_class)->dispose (object);
}

static void
zs_conflict_dialog_class_init (ZsConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = zs_conflict_dialog_dispose;
  dialog_class->response = zs_conflict_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsConflictDialog, record_label);
  gtk_widget_class_bind_template_child (widget_class, ZsConflictDialog, field_label);
  gtk_widget_class_bind_template_child (widget_class, ZsConflictDialog, stored_label);
  gtk_widget_class_bind_template_child (widget_class, ZsConflictDialog, changed_by_label);
  gtk_widget_class_bind_template_child (widget_class, ZsConflictDialog, mine_label);
}

static void
zs_conflict_dialog_init (ZsConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsConflictDialog *
zs_conflict_dialog_new (GtkWindow       *parent,
                        ZsStore         *store,
                        ZsStoreConflict *conflict)
{
  ZsConflictDialog *self;
  ZsRecord *mine = zs_store_conflict_get_mine (conflict);
  ZsRecord *stored = zs_store_conflict_get_stored (conflict);
  ZsRecordClass *klass = ZS_RECORD_GET_CLASS (mine);
  int field = zs_store_conflict_get_field (conflict);
  const char *who = zs_store_conflict_get_changed_by (conflict);
  const char *when = zs_store_conflict_get_changed_at (conflict);
  g_autofree char *record = NULL;
  g_autofree char *body = NULL;
  g_autofree char *stored_text = NULL;
  g_autofree char *mine_text = NULL;
  g_autofree char *changed_by = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (conflict != NULL, NULL);

  self = g_object_new (ZS_TYPE_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->conflict = conflict;

  /* TRANSLATORS: a record's kind, then its title: 项目“合肥晶合二期” */
  record = g_strdup_printf (_("%s “%s”"), g_dgettext (GETTEXT_PACKAGE, klass->label), zs_record_get_title (mine));
  /* Who is known once the change history records it. */
  if (who == NULL)
    who = _("another user");
  changed_by = when != NULL ? g_strdup_printf (_("%s, %s"), who, when) : g_strdup (who);
  body = g_strdup_printf (_("%s saved this record after you opened it, so your change was not saved. "
                            "Choose which value to keep."), who);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  stored_text = shown_value (store, stored, field);
  mine_text = shown_value (store, mine, field);
  gtk_label_set_text (self->record_label, record);
  gtk_label_set_text (self->field_label,
                      field >= 0 ? g_dgettext (GETTEXT_PACKAGE, klass->fields[field].label) : "—");
  gtk_label_set_text (self->stored_label, stored_text);
  gtk_label_set_text (self->changed_by_label, changed_by);
  gtk_label_set_text (self->mine_label, mine_text);

  /* A deleted record has nothing to keep a value in. */
  if (stored == NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "keep-mine", FALSE);
  return self;
}

gboolean
zs_save_record (GtkWidget *widget,
                ZsStore   *store,
                ZsRecord  *record,
                int        field)
{
  g_autoptr(ZsRecord) mine = NULL;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  /* A refused save shows the stored values again: keep what was typed
   * for a retry. */
  mine = copy_fields (record);
  root = gtk_widget_get_root (widget);
  return save_from (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, record, mine, field);
}

gboolean
zs_save_record_full (GtkWidget  *widget,
                     ZsStore    *store,
                     ZsRecord   *record,
                     int         field,
                     GError    **error)
{
  g_autoptr(ZsRecord) mine = NULL;
  g_autoptr(GError) local = NULL;
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (ZS_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZS_IS_RECORD (record), FALSE);

  mine = copy_fields (record);
  if (zs_store_save (store, record, &local))
    return TRUE;
  if (!g_error_matches (local, ZS_ERROR, ZS_ERROR_CONFLICT) &&
      !g_error_matches (local, ZS_ERROR, ZS_ERROR_LOCKED))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  root = gtk_widget_get_root (widget);
  save_failed (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, store, record, mine, field, local);
  return FALSE;
}

void
zs_show_refused_step (GtkWidget    *widget,
                      ZsStore      *store,
                      const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  ZsStoreConflict *conflict;
  const char *who = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (error != NULL);

  if (!g_error_matches (error, ZS_ERROR, ZS_ERROR_CONFLICT))
    {
      gtk_widget_activate_action (widget, "win.toast", "s", error->message);
      return;
    }
  conflict = zs_store_take_conflict (store);
  if (conflict != NULL)
    who = zs_store_conflict_get_changed_by (conflict);
  body = g_strdup_printf (_("%s saved this record after you opened it, so this step was not recorded. "
                            "The page now shows their changes: check them and do it again if it is still needed."),
                          who != NULL ? who : _("Another user"));
  g_clear_pointer (&conflict, zs_store_conflict_free);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Changed by Someone Else"), body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
