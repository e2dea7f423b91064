/* zs-bulletin-dialog.c — what the clerk gives the bulletin before it goes out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The issue number counts on by itself (the store remembers the last one
 * issued each year) and the sign-off names are offered again, so a
 * monthly bulletin needs only its problems and next steps typed, if any.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-bulletin-dialog.h"
#include "zs-print-document.h"

struct _ZsBulletinDialog
{
  AdwWindow            parent_instance;

  ZsStore             *store;
  int                  year;

  GtkButton           *accept_button;
  AdwPreferencesGroup *issue_group;
  GtkSpinButton       *issue_spin;
  AdwEntryRow         *drafter_row;
  AdwEntryRow         *reviewer_row;
  AdwEntryRow         *signer_row;
  GtkTextView         *problems_view;
  GtkTextView         *next_steps_view;
};

G_DEFINE_FINAL_TYPE (ZsBulletinDialog, zs_bulletin_dialog, ADW_TYPE_WINDOW)

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct {
  const char *key;
  gsize       offset;
} name_rows[] = {
  { ZS_SETTING_BULLETIN_DRAFTER, G_STRUCT_OFFSET (ZsBulletinDialog, drafter_row) },
  { ZS_SETTING_BULLETIN_REVIEWER, G_STRUCT_OFFSET (ZsBulletinDialog, reviewer_row) },
  { ZS_SETTING_BULLETIN_SIGNER, G_STRUCT_OFFSET (ZsBulletinDialog, signer_row) },
};

static AdwEntryRow *
name_row (ZsBulletinDialog *self,
          guint             i)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, self, name_rows[i].offset);
}

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_cancel_clicked (ZsBulletinDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_accept_clicked (ZsBulletinDialog *self)
{
  zs_bulletin_dialog_accept (self);
}

static void
zs_bulletin_dialog_dispose (GObject *object)
{
  ZsBulletinDialog *self = ZS_BULLETIN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_BULLETIN_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_bulletin_dialog_parent_class)->dispose (object);
}

static void
zs_bulletin_dialog_class_init (ZsBulletinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_bulletin_dialog_dispose;

  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-bulletin-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, issue_group);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, issue_spin);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, drafter_row);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, signer_row);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, problems_view);
  gtk_widget_class_bind_template_child (widget_class, ZsBulletinDialog, next_steps_view);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_bulletin_dialog_init (ZsBulletinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsBulletinDialog *
zs_bulletin_dialog_new (GtkWindow  *parent,
                        ZsStore    *store,
                        int         year,
                        const char *accept_label)
{
  ZsBulletinDialog *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  /* While the clerk fills the dialog in. */
  zs_print_document_warm_up (NULL, NULL);

  self = g_object_new (ZS_TYPE_BULLETIN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->year = year;
  gtk_button_set_label (self->accept_button, accept_label);
  gtk_spin_button_set_value (self->issue_spin, zs_bulletin_issue_next (store, year));
  /* TRANSLATORS: under the bulletin dialog's Issue group; %d is the year */
  description = g_strdup_printf (_("Bulletins are numbered from 1 each year; this is the next of %d. "
                                   "Names left empty are printed as blanks to sign."), year);
  adw_preferences_group_set_description (self->issue_group, description);
  for (guint i = 0; i < G_N_ELEMENTS (name_rows); i++)
    {
      g_autofree char *name = zs_store_get_setting (store, name_rows[i].key);

      gtk_editable_set_text (GTK_EDITABLE (name_row (self, i)), name != NULL ? name : "");
    }
  return self;
}

void
zs_bulletin_dialog_accept (ZsBulletinDialog *self)
{
  g_return_if_fail (ZS_IS_BULLETIN_DIALOG (self));

  /* Next month's bulletin offers the same names. */
  for (guint i = 0; i < G_N_ELEMENTS (name_rows); i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row (self, i)))));
      g_autoptr(GError) error = NULL;

      if (!zs_store_set_setting (self->store, name_rows[i].key, name, &error))
        g_warning ("Cannot keep the bulletin's sign-off name: %s", error->message);
    }
  g_signal_emit (self, signals[ACCEPTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

ZsBulletin *
zs_bulletin_dialog_make_bulletin (ZsBulletinDialog *self,
                                  ZsReport         *report)
{
  g_autofree char *problems = text_of (self->problems_view);
  g_autofree char *next_steps = text_of (self->next_steps_view);
  ZsBulletinOptions options = {
    .issue = (guint) gtk_spin_button_get_value_as_int (self->issue_spin),
    .drafter = gtk_editable_get_text (GTK_EDITABLE (self->drafter_row)),
    .reviewer = gtk_editable_get_text (GTK_EDITABLE (self->reviewer_row)),
    .signer = gtk_editable_get_text (GTK_EDITABLE (self->signer_row)),
    .problems = problems,
    .next_steps = next_steps,
  };

  g_return_val_if_fail (ZS_IS_BULLETIN_DIALOG (self), NULL);
  return zs_bulletin_new_with_options (self->store, report, &options);
}

GtkSpinButton *
zs_bulletin_dialog_get_issue_spin (ZsBulletinDialog *self)
{
  return self->issue_spin;
}

AdwEntryRow *
zs_bulletin_dialog_get_drafter_row (ZsBulletinDialog *self)
{
  return self->drafter_row;
}

GtkTextView *
zs_bulletin_dialog_get_problems_view (ZsBulletinDialog *self)
{
  return self->problems_view;
}

GtkTextView *
zs_bulletin_dialog_get_next_steps_view (ZsBulletinDialog *self)
{
  return self->next_steps_view;
}
