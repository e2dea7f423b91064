/* zs-record-row.c — a list row that stands for one record and opens it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * For the short lists on a page (a chain's enterprises, an enterprise's
 * leads and projects): the row keeps its record, so the page needs no
 * table from rows to records.
 */
#include "config.h"

#include "zs-record-row.h"

struct _ZsRecordRow
{
  AdwActionRow  parent_instance;

  ZsRecord     *record;
};

G_DEFINE_FINAL_TYPE (ZsRecordRow, zs_record_row, ADW_TYPE_ACTION_ROW)

static void
zs_record_row_dispose (GObject *object)
{
  ZsRecordRow *self = ZS_RECORD_ROW (object);

  g_clear_object (&self->record);

  G_OBJECT_CLASS (zs_record_row_parent_class)->dispose (object);
}

static void
zs_record_row_class_init (ZsRecordRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_record_row_dispose;
}

static void
zs_record_row_init (ZsRecordRow *self)
{
}

GtkWidget *
zs_record_row_new (const char *title,
                   const char *subtitle,
                   ZsRecord   *record)
{
  ZsRecordRow *self = g_object_new (ZS_TYPE_RECORD_ROW, NULL);

  /* Names are the user's text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle != NULL ? subtitle : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  if (record != NULL)
    {
      self->record = g_object_ref (record);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return GTK_WIDGET (self);
}

ZsRecord *
zs_record_row_get_record (ZsRecordRow *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_ROW (self), NULL);
  return self->record;
}
