/* zs-carrier-match-row.c — one carrier that can take a project, and why it ranks where it does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-carrier-match-row.h"
#include "zs-ui-util.h"

struct _ZsCarrierMatchRow
{
  GtkWidget  parent_instance;

  ZsStore   *store;
  char      *today;

  GtkLabel  *rank_label;
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
  GtkLabel  *reason_label;
  GtkButton *place_button;
};

G_DEFINE_FINAL_TYPE (ZsCarrierMatchRow, zs_carrier_match_row, GTK_TYPE_WIDGET)

static void
zs_carrier_match_row_dispose (GObject *object)
{
  ZsCarrierMatchRow *self = ZS_CARRIER_MATCH_ROW (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CARRIER_MATCH_ROW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_carrier_match_row_parent_class)->dispose (object);
}

static void
zs_carrier_match_row_finalize (GObject *object)
{
  ZsCarrierMatchRow *self = ZS_CARRIER_MATCH_ROW (object);

  g_free (self->today);

  G_OBJECT_CLASS (zs_carrier_match_row_parent_class)->finalize (object);
}

static void
zs_carrier_match_row_class_init (ZsCarrierMatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_carrier_match_row_dispose;
  object_class->finalize = zs_carrier_match_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-carrier-match-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchRow, rank_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchRow, place_button);
}

static void
zs_carrier_match_row_init (ZsCarrierMatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ZsCarrierMatchRow *
zs_carrier_match_row_new (ZsStore    *store,
                          const char *today)
{
  ZsCarrierMatchRow *self = g_object_new (ZS_TYPE_CARRIER_MATCH_ROW, NULL);

  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  return self;
}

void
zs_carrier_match_row_set (ZsCarrierMatchRow    *self,
                          ZsCarrier            *carrier,
                          const ZsCarrierMatch *match,
                          guint                 rank)
{
  ZsRecord *r = ZS_RECORD (carrier);
  g_autofree char *rank_text = g_strdup_printf ("%u", rank);
  g_autofree char *available = zs_format_area (match->available_area);
  g_autofree char *unit = zs_format_field (self->store, r, ZS_CARRIER_UNIT_ID);
  g_autofree char *person = zs_format_field (self->store, r, ZS_CARRIER_PERSON_ID);
  g_autofree char *detail = NULL;
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *reason = NULL;
  gboolean stale;

  g_return_if_fail (ZS_IS_CARRIER_MATCH_ROW (self));

  gtk_label_set_text (self->rank_label, rank_text);
  gtk_label_set_text (self->name_label, zs_record_get_title (r));
  /* TRANSLATORS: a carrier that fits: kind · unit · available area · responsible person */
  detail = g_strdup_printf (_("%s · %s · %s available · %s"),
                            zs_enum_get_label (ZS_TYPE_CARRIER_KIND, zs_record_get_enum (r, ZS_CARRIER_KIND)),
                            *unit != '\0' ? unit : _("no unit"), available,
                            *person != '\0' ? person : _("no responsible person"));
  gtk_label_set_text (self->detail_label, detail);

  /* Why it ranks here, in the order of the ranking rule. */
  if (match->chain_projects > 0)
    g_ptr_array_add (reasons, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u project of the same chain is already here",
                                                            "%u projects of the same chain are already here",
                                                            match->chain_projects),
                                               match->chain_projects));
  if (match->same_unit)
    g_ptr_array_add (reasons, g_strdup (_("in the project’s own unit")));
  stale = zs_carrier_is_stale (carrier, self->today);
  if (stale)
    g_ptr_array_add (reasons, g_strdup (_("figures not updated this month: check before promising")));
  g_ptr_array_add (reasons, NULL);
  reason = g_strjoinv (_("; "), (char **) reasons->pdata);
  gtk_label_set_text (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), *reason != '\0');
  /* Old figures are a caution, not a recommendation. */
  if (stale)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_label), "accent");
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->reason_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->reason_label), "accent");
    }

  /* The target first: the action takes a carrier id, never nothing. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->place_button), "x", zs_record_get_id (r));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->place_button), "match.place");
}

const char *
zs_carrier_match_row_get_reason (ZsCarrierMatchRow *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_ROW (self), NULL);
  return gtk_label_get_text (self->reason_label);
}
