/* zs-history-row.c — one entry of the change history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * What changed ("投资方：甲 → 乙", or "新建") above when and who; in the
 * bureau-wide list also which record.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-history-row.h"

struct _ZsHistoryRow
{
  GtkWidget       parent_instance;

  ZsHistoryEntry *entry;
  gboolean        show_record;

  GtkLabel       *record_label;
  GtkLabel       *what_label;
  GtkLabel       *change_label;
  GtkLabel       *meta_label;
};

G_DEFINE_FINAL_TYPE (ZsHistoryRow, zs_history_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_SHOW_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (ZsHistoryRow *self)
{
  ZsHistoryEntry *e = self->entry;
  g_autofree char *time = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *record = NULL;
  g_autofree char *change = NULL;

  if (e == NULL)
    return;

  time = zs_history_entry_describe_time (e);
  meta = g_strdup_printf ("%s · %s", time, zs_history_entry_get_who (e));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->what_label, zs_history_entry_describe_what (e));

  switch (zs_history_entry_get_action (e))
    {
    case ZS_HISTORY_EDIT:
      {
        g_autofree char *old_value = zs_history_entry_describe_value (e, FALSE);
        g_autofree char *new_value = zs_history_entry_describe_value (e, TRUE);

        change = g_strdup_printf ("%s → %s", old_value, new_value);
      }
      break;
    case ZS_HISTORY_IMPORT:
      change = zs_history_entry_describe_value (e, TRUE);
      break;
    case ZS_HISTORY_CREATE:
    case ZS_HISTORY_DELETE:
    case ZS_HISTORY_RESTORE:
    default:
      break;
    }
  gtk_label_set_text (self->change_label, change != NULL ? change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), change != NULL);

  record = g_strdup_printf ("%s · %s", zs_history_entry_describe_type (e),
                            zs_history_entry_get_title (e) != NULL ? zs_history_entry_get_title (e) : "");
  gtk_label_set_text (self->record_label, record);
  gtk_widget_set_visible (GTK_WIDGET (self->record_label), self->show_record);
}

static void
zs_history_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZsHistoryRow *self = ZS_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case PROP_SHOW_RECORD:
      g_value_set_boolean (value, self->show_record);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_history_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZsHistoryRow *self = ZS_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      zs_history_row_set_entry (self, g_value_get_object (value));
      break;
    case PROP_SHOW_RECORD:
      zs_history_row_set_show_record (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_history_row_dispose (GObject *object)
{
  ZsHistoryRow *self = ZS_HISTORY_ROW (object);

  g_clear_object (&self->entry);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_HISTORY_ROW);
  /* The template's outer box has no id: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zs_history_row_parent_class)->dispose (object);
}

static void
zs_history_row_class_init (ZsHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = zs_history_row_get_property;
  object_class->set_property = zs_history_row_set_property;
  object_class->dispose = zs_history_row_dispose;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, ZS_TYPE_HISTORY_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_RECORD] =
    g_param_spec_boolean ("show-record", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryRow, record_label);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryRow, what_label);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryRow, change_label);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryRow, meta_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_history_row_init (ZsHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_history_row_new (void)
{
  return g_object_new (ZS_TYPE_HISTORY_ROW, NULL);
}

ZsHistoryEntry *
zs_history_row_get_entry (ZsHistoryRow *self)
{
  g_return_val_if_fail (ZS_IS_HISTORY_ROW (self), NULL);
  return self->entry;
}

void
zs_history_row_set_entry (ZsHistoryRow   *self,
                          ZsHistoryEntry *entry)
{
  g_return_if_fail (ZS_IS_HISTORY_ROW (self));

  if (!g_set_object (&self->entry, entry))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

void
zs_history_row_set_show_record (ZsHistoryRow *self,
                                gboolean      show_record)
{
  g_return_if_fail (ZS_IS_HISTORY_ROW (self));

  show_record = !!show_record;
  if (self->show_record == show_record)
    return;
  self->show_record = show_record;
  gtk_widget_set_visible (GTK_WIDGET (self->record_label), show_record);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_RECORD]);
}
