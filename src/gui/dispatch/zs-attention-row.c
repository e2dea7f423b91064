/* zs-attention-row.c — one thing the bureau should look at, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The reason (zs_attention_describe(), the bulletin's words too) is worked
 * out when the row is shown (a red project's open obstacles, a partner's
 * last contact), so a list of 20,000 red projects costs only the rows on
 * screen.
 */
#include "config.h"


#include "zs-attention-row.h"
#include "zs-project-row.h"
#include "zs-ui-util.h"

struct _ZsAttentionRow
{
  GtkWidget    parent_instance;

  ZsStore     *store;
  ZsAttention  list;
  char        *today;
  ZsRecord    *record;

  GtkLabel    *title_label;
  GtkLabel    *detail_label;
  GtkLabel    *tag_label;
};

G_DEFINE_FINAL_TYPE (ZsAttentionRow, zs_attention_row, GTK_TYPE_WIDGET)

static void
update (ZsAttentionRow *self)
{
  g_autofree char *detail = NULL;
  gboolean project;

  if (self->record == NULL)
    return;

  project = ZS_IS_PROJECT (self->record);
  detail = zs_attention_describe (self->store, self->list, self->record, self->today);
  gtk_label_set_text (self->title_label, zs_record_get_title (self->record));
  gtk_label_set_text (self->detail_label, detail);

  gtk_widget_set_visible (GTK_WIDGET (self->tag_label), project);
  if (project)
    {
      ZsGrade grade = zs_record_get_enum (self->record, ZS_PROJECT_GRADE);

      for (ZsGrade g = ZS_GRADE_GREEN; g <= ZS_GRADE_RED; g++)
        gtk_widget_remove_css_class (GTK_WIDGET (self->tag_label), zs_grade_css_class (g));
      gtk_widget_add_css_class (GTK_WIDGET (self->tag_label), zs_grade_css_class (grade));
      gtk_label_set_text (self->tag_label, zs_grade_get_label (grade));
    }
}

static void
zs_attention_row_dispose (GObject *object)
{
  ZsAttentionRow *self = ZS_ATTENTION_ROW (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ATTENTION_ROW);
  g_clear_object (&self->record);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_attention_row_parent_class)->dispose (object);
}

static void
zs_attention_row_finalize (GObject *object)
{
  ZsAttentionRow *self = ZS_ATTENTION_ROW (object);

  g_free (self->today);

  G_OBJECT_CLASS (zs_attention_row_parent_class)->finalize (object);
}

static void
zs_attention_row_class_init (ZsAttentionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_attention_row_dispose;
  object_class->finalize = zs_attention_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-attention-row");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-attention-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsAttentionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZsAttentionRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZsAttentionRow, tag_label);
}

static void
zs_attention_row_init (ZsAttentionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsAttentionRow *
zs_attention_row_new (ZsStore     *store,
                      ZsAttention  list,
                      const char  *today)
{
  ZsAttentionRow *self = g_object_new (ZS_TYPE_ATTENTION_ROW, NULL);

  self->store = g_object_ref (store);
  self->list = list;
  self->today = g_strdup (today);
  return self;
}

void
zs_attention_row_set_record (ZsAttentionRow *self,
                             ZsRecord       *record)
{
  g_return_if_fail (ZS_IS_ATTENTION_ROW (self));

  if (g_set_object (&self->record, record))
    update (self);
}

void
zs_attention_row_set_today (ZsAttentionRow *self,
                            const char     *today)
{
  g_return_if_fail (ZS_IS_ATTENTION_ROW (self));

  if (g_strcmp0 (self->today, today) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today);
  update (self);
}

ZsRecord *
zs_attention_row_get_record (ZsAttentionRow *self)
{
  g_return_val_if_fail (ZS_IS_ATTENTION_ROW (self), NULL);
  return self->record;
}

const char *
zs_attention_row_get_detail (ZsAttentionRow *self)
{
  g_return_val_if_fail (ZS_IS_ATTENTION_ROW (self), NULL);
  return gtk_label_get_text (self->detail_label);
}
