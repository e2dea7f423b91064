/* zs-attention-row.c — one thing the bureau should look at, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The reason is worked out when the row is shown (a red project's open
 * obstacles, a partner's last contact), so a list of 20,000 red projects
 * costs only the rows on screen.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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
add_field (GPtrArray *parts,
           ZsStore   *store,
           ZsRecord  *record,
           guint      field)
{
  char *text = zs_format_field (store, record, field);

  if (*text != '\0')
    g_ptr_array_add (parts, text);
  else
    g_free (text);
}

static char *
open_obstacles (ZsStore  *store,
                ZsRecord *project)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_OBSTACLE);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  zs_query_add_int (query, ZS_OBSTACLE_PROJECT_ID, ZS_QUERY_EQ, zs_record_get_id (project));
  zs_query_add_int (query, ZS_OBSTACLE_STATE, ZS_QUERY_EQ, ZS_OBSTACLE_OPEN);
  ids = zs_store_query (store, query, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) obstacle = zs_store_load (store, ZS_TYPE_OBSTACLE, g_array_index (ids, gint64, i), NULL);
      char *text;

      if (obstacle == NULL)
        continue;
      /* Joined with "；": a full stop of its own would double the punctuation. */
      text = g_strstrip (g_strdup (zs_record_get_string (obstacle, ZS_OBSTACLE_DESCRIPTION)));
      if (g_str_has_suffix (text, "。"))
        text[strlen (text) - strlen ("。")] = '\0';
      else if (g_str_has_suffix (text, "."))
        text[strlen (text) - 1] = '\0';
      g_ptr_array_add (texts, text);
    }
  if (texts->len == 0)
    return g_strdup (_("No open obstacle recorded"));
  g_ptr_array_add (texts, NULL);
  joined = g_strjoinv (_("; "), (char **) texts->pdata);
  /* TRANSLATORS: a red or orange project's open obstacles */
  return g_strdup_printf (_("Obstacles: %s"), joined);
}

static char *
last_contact (ZsStore  *store,
              ZsRecord *partner)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_CONTACT_LOG);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(ZsRecord) log = NULL;
  g_autofree char *date = NULL;

  zs_query_add_int (query, ZS_CONTACT_LOG_PARTNER_ID, ZS_QUERY_EQ, zs_record_get_id (partner));
  zs_query_set_order (query, ZS_CONTACT_LOG_DATE, TRUE);
  zs_query_set_limit (query, 1);
  ids = zs_store_query (store, query, NULL);
  if (ids != NULL && ids->len > 0)
    log = zs_store_load (store, ZS_TYPE_CONTACT_LOG, g_array_index (ids, gint64, 0), NULL);
  if (log == NULL)
    return g_strdup (_("never contacted"));
  date = zs_format_date (zs_record_get_string (log, ZS_CONTACT_LOG_DATE));
  return g_strdup_printf (_("last contacted %s"), date);
}

char *
zs_attention_describe (ZsStore     *store,
                       ZsAttention  list,
                       ZsRecord    *record,
                       const char  *today)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  switch (list)
    {
    case ZS_ATTENTION_RED_ORANGE:
      add_field (parts, store, record, ZS_PROJECT_UNIT_ID);
      add_field (parts, store, record, ZS_PROJECT_PERSON_ID);
      g_ptr_array_add (parts, open_obstacles (store, record));
      break;
    case ZS_ATTENTION_STALE_PROJECTS:
      {
        int days = zs_project_get_days_in_stage (ZS_PROJECT (record), today);

        g_ptr_array_add (parts, g_strdup (zs_stage_get_label (zs_record_get_enum (record, ZS_PROJECT_STAGE))));
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "no progress for %d day",
                                                              "no progress for %d days", days), days));
        add_field (parts, store, record, ZS_PROJECT_UNIT_ID);
        add_field (parts, store, record, ZS_PROJECT_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_OVERDUE_LEADS:
      {
        /* The leads page's own words for it. */
        char *missed = zs_lead_describe_deadline (ZS_LEAD (record), today);

        if (missed != NULL)
          g_ptr_array_add (parts, missed);
        add_field (parts, store, record, ZS_LEAD_UNIT_ID);
        add_field (parts, store, record, ZS_LEAD_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_STALE_CARRIERS:
      {
        const char *last = zs_record_get_string (record, ZS_CARRIER_LAST_UPDATE);
        g_autofree char *date = zs_format_date (last);

        add_field (parts, store, record, ZS_CARRIER_KIND);
        g_ptr_array_add (parts, last != NULL ? g_strdup_printf (_("last updated %s"), date)
                                             : g_strdup (_("never updated")));
        add_field (parts, store, record, ZS_CARRIER_PERSON_ID);
      }
      break;
    case ZS_ATTENTION_QUIET_PARTNERS:
      add_field (parts, store, record, ZS_PARTNER_KIND);
      add_field (parts, store, record, ZS_PARTNER_ORGANISATION);
      g_ptr_array_add (parts, last_contact (store, record));
      add_field (parts, store, record, ZS_PARTNER_PERSON_ID);
      break;
    default:
      g_return_val_if_reached (g_strdup (""));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

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
