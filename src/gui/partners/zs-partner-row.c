/* zs-partner-row.c — one partner in the list: name, kind, organisation, places, last contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-partner-row.h"
#include "zs-ui-util.h"

struct _ZsPartnerRow
{
  GtkWidget  parent_instance;

  ZsContext *context;
  ZsPartner *partner;
  int        quiet_days;
  gulong     notify_id;
  gboolean   dirty;      /* shown when next on screen */

  GtkLabel  *name_label;
  GtkLabel  *kind_label;
  GtkLabel  *detail_label;
  GtkLabel  *place_label;
  GtkLabel  *contact_label;
};

G_DEFINE_FINAL_TYPE (ZsPartnerRow, zs_partner_row, GTK_TYPE_WIDGET)

static void
update_contact (ZsPartnerRow *self)
{
  int days = zs_partner_days_without_contact (zs_context_get_store (self->context),
                                              zs_record_get_id (ZS_RECORD (self->partner)),
                                              zs_context_get_today (self->context));
  g_autofree char *text = zs_partner_describe_contact (days);
  gboolean quiet = days < 0 || days > self->quiet_days;

  gtk_label_set_text (self->contact_label, text);
  if (quiet)
    gtk_widget_add_css_class (GTK_WIDGET (self->contact_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->contact_label), "warning");
  gtk_widget_set_opacity (GTK_WIDGET (self->contact_label), quiet ? 1.0 : 0.6);
}

static void
render (ZsPartnerRow *self)
{
  ZsRecord *r = ZS_RECORD (self->partner);
  const char *detail[2];
  const char *place[2];
  g_autofree char *native = NULL;
  g_autofree char *detail_text = NULL;
  g_autofree char *place_text = NULL;

  if (r == NULL)
    return;

  gtk_label_set_text (self->name_label, zs_record_get_title (r));
  gtk_label_set_text (self->kind_label, zs_enum_get_label (ZS_TYPE_PARTNER_KIND, zs_record_get_enum (r, ZS_PARTNER_KIND)));

  detail[0] = zs_record_get_string (r, ZS_PARTNER_ORGANISATION);
  detail[1] = zs_record_get_string (r, ZS_PARTNER_TITLE);
  /* A chamber's organisation is often its own name. */
  if (g_strcmp0 (detail[0], zs_record_get_title (r)) == 0)
    detail[0] = NULL;
  detail_text = zs_join_parts (detail, G_N_ELEMENTS (detail));
  gtk_label_set_text (self->detail_label, detail_text);

  if (zs_record_get_string (r, ZS_PARTNER_NATIVE_PLACE) != NULL)
    /* TRANSLATORS: where a partner comes from (籍贯) */
    native = g_strdup_printf (_("from %s"), zs_record_get_string (r, ZS_PARTNER_NATIVE_PLACE));
  place[0] = zs_record_get_string (r, ZS_PARTNER_CITY);
  place[1] = native;
  place_text = zs_join_parts (place, G_N_ELEMENTS (place));
  gtk_label_set_text (self->place_label, place_text);

  update_contact (self);
}

/* A list view keeps some two hundred rows bound, most of them off screen:
 * only the ones on screen read their partner's last contact. */
static void
update (ZsPartnerRow *self)
{
  self->dirty = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->dirty)
    render (self);
}

static void
zs_partner_row_map (GtkWidget *widget)
{
  ZsPartnerRow *self = ZS_PARTNER_ROW (widget);

  if (self->dirty)
    {
      self->dirty = FALSE;
      render (self);
    }
  GTK_WIDGET_CLASS (zs_partner_row_parent_class)->map (widget);
}

static void
zs_partner_row_dispose (GObject *object)
{
  ZsPartnerRow *self = ZS_PARTNER_ROW (object);

  zs_partner_row_set_partner (self, NULL);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PARTNER_ROW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (zs_partner_row_parent_class)->dispose (object);
}

static void
zs_partner_row_class_init (ZsPartnerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_partner_row_dispose;
  widget_class->map = zs_partner_row_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-partner-row");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-partner-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnerRow, contact_label);
}

static void
zs_partner_row_init (ZsPartnerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsPartnerRow *
zs_partner_row_new (ZsContext *context,
                    int        quiet_days)
{
  ZsPartnerRow *self = g_object_new (ZS_TYPE_PARTNER_ROW, NULL);

  self->context = g_object_ref (context);
  self->quiet_days = quiet_days;
  return self;
}

void
zs_partner_row_set_quiet_days (ZsPartnerRow *self,
                               int           quiet_days)
{
  g_return_if_fail (ZS_IS_PARTNER_ROW (self));
  self->quiet_days = quiet_days;
}

ZsPartner *
zs_partner_row_get_partner (ZsPartnerRow *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_ROW (self), NULL);
  return self->partner;
}

void
zs_partner_row_set_partner (ZsPartnerRow *self,
                            ZsPartner    *partner)
{
  g_return_if_fail (ZS_IS_PARTNER_ROW (self));

  if (self->partner == partner)
    return;

  if (self->partner != NULL)
    g_clear_signal_handler (&self->notify_id, self->partner);
  g_set_object (&self->partner, partner);
  if (partner != NULL)
    self->notify_id = g_signal_connect_object (partner, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

void
zs_partner_row_update (ZsPartnerRow *self)
{
  g_return_if_fail (ZS_IS_PARTNER_ROW (self));

  if (self->partner != NULL)
    update (self);
}

const char *
zs_partner_row_get_contact_text (ZsPartnerRow *self)
{
  g_return_val_if_fail (ZS_IS_PARTNER_ROW (self), NULL);
  return gtk_label_get_text (self->contact_label);
}
