/* zs-vcard-dialog.c — what importing a vCard file would do, then doing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-vcard-dialog.h"
#include "zs-partner-vcard.h"

struct _ZsVCardDialog
{
  AdwWindow        parent_instance;

  ZsStore         *store;
  GBytes          *contents;
  char            *name;
  ZsVCardImport   *import;
  gboolean         loading;

  AdwToastOverlay *toasts;
  GtkButton       *import_button;
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
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len ? " · " : "", parts[i]);
  return g_string_free (text, FALSE);
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

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (line));
}

static void
show_plan (ZsVCardDialog *self)
{
  g_autoptr(GtkStringList) lines = gtk_string_list_new (NULL);
  guint n = zs_vcard_import_get_n_cards (self->import);
  guint added = zs_vcard_import_count (self->import, ZS_VCARD_ADD);
  guint filled = zs_vcard_import_count (self->import, ZS_VCARD_FILL);
  guint same = zs_vcard_import_count (self->import, ZS_VCARD_UNCHANGED) +
               zs_vcard_import_count (self->import, ZS_VCARD_SAME_CARD);
  g_autofree char *cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n), n);
  g_autofree char *heading = g_strdup_printf (_("“%s”: %s"), self->name, cards);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = card_line (self, i);

      gtk_string_list_append (lines, line);
    }
  gtk_list_view_set_model (self->cards_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&lines)))));

  /* TRANSLATORS: new, filled in, and already known partners of a vCard import */
  summary = g_strdup_printf (_("Importing adds %u new partners and fills in empty details of %u partners "
                               "already here; %u cards add nothing new. Nothing already saved is overwritten."),
                             added, filled, same);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), added + filled > 0);
}

static gboolean
plan (ZsVCardDialog  *self,
      ZsPartnerKind   kind,
      GError        **error)
{
  gsize length;
  const char *data = g_bytes_get_data (self->contents, &length);
  ZsVCardImport *import = zs_vcard_import_new (self->store, data, length, kind, error);

  if (import == NULL)
    return FALSE;
  g_clear_pointer (&self->import, zs_vcard_import_free);
  self->import = import;
  show_plan (self);
  return TRUE;
}

static void
on_kind_changed (ZsVCardDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->contents == NULL)
    return;
  if (!plan (self, adw_combo_row_get_selected (self->kind_row), &error))
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
}

static void
on_import_clicked (ZsVCardDialog *self)
{
  zs_vcard_dialog_import (self);
}

static void
zs_vcard_dialog_dispose (GObject *object)
{
  ZsVCardDialog *self = ZS_VCARD_DIALOG (object);

  g_clear_pointer (&self->import, zs_vcard_import_free);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_vcard_dialog_parent_class)->dispose (object);
}

static void
zs_vcard_dialog_finalize (GObject *object)
{
  g_free (ZS_VCARD_DIALOG (object)->name);

  G_OBJECT_CLASS (zs_vcard_dialog_parent_class)->finalize (object);
}

static void
zs_vcard_dialog_class_init (ZsVCardDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_vcard_dialog_dispose;
  object_class->finalize = zs_vcard_dialog_finalize;

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
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZsVCardDialog, cards_view);
  gtk_widget_class_bind_template_callback (widget_class, on_card_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_card_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
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
zs_vcard_dialog_new (GtkWindow  *parent,
                     ZsStore    *store,
                     GFile      *file,
                     GError    **error)
{
  ZsVCardDialog *self;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;

  /* The window list owns the dialog until it is destroyed. */
  self = g_object_new (ZS_TYPE_VCARD_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->name = g_file_get_basename (file);
  self->contents = g_bytes_new_take (g_steal_pointer (&data), length);
  if (!plan (self, adw_combo_row_get_selected (self->kind_row), error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return self;
}

guint
zs_vcard_dialog_get_count (ZsVCardDialog  *self,
                           ZsVCardOutcome  outcome)
{
  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), 0);
  return zs_vcard_import_count (self->import, outcome);
}

void
zs_vcard_dialog_set_default_kind (ZsVCardDialog *self,
                                  ZsPartnerKind  kind)
{
  g_return_if_fail (ZS_IS_VCARD_DIALOG (self));
  adw_combo_row_set_selected (self->kind_row, kind);
}

gboolean
zs_vcard_dialog_import (ZsVCardDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint added, filled;

  g_return_val_if_fail (ZS_IS_VCARD_DIALOG (self), FALSE);

  added = zs_vcard_import_count (self->import, ZS_VCARD_ADD);
  filled = zs_vcard_import_count (self->import, ZS_VCARD_FILL);
  if (!zs_vcard_import_apply (self->import, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
      return FALSE;
    }
  g_signal_emit (self, signals[IMPORTED], 0, added, filled);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
