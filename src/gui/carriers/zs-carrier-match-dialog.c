/* zs-carrier-match-dialog.c — the carriers that can take a project, best fit first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The search starts from the project's land need (亩 turned into m²); the
 * clerk can change the area (floor space in a building, say). Figures
 * typed to try are not needs: after a search with no or few matches the
 * clerk may record the area as an unmet need (记录为需求缺口), and only then
 * is it on the bureau's list.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "zs-carrier-match-dialog.h"
#include "zs-carrier-match-row.h"
#include "zs-ui-util.h"

/* Fewer matches than this offer to record the need: the bureau lacks choice. */
#define FEW_MATCHES 3

struct _ZsCarrierMatchDialog
{
  AdwWindow       parent_instance;

  ZsStore        *store;
  ZsProject      *project;
  char           *today;
  GArray         *matches;   /* ZsCarrierMatch, in the list's order */
  gint64          area;      /* m² of the last search */
  ZsRecordList   *carriers;
  ZsSpaceNeed    *need;
  char           *error;

  AdwWindowTitle *window_title;
  AdwEntryRow    *area_row;
  GtkLabel       *hint_label;
  GtkLabel       *error_label;
  GtkStack       *result_stack;
  GtkListView    *match_view;
  AdwStatusPage  *none_page;
  GtkBox         *need_box;
  GtkLabel       *need_label;
  GtkButton      *record_button;
};

G_DEFINE_FINAL_TYPE (ZsCarrierMatchDialog, zs_carrier_match_dialog, ADW_TYPE_WINDOW)

static void
show_error (ZsCarrierMatchDialog *self,
            const char           *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->area_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->area_row), "error");
}

/* A whole number of square metres, at most a few km² ("20000", "2万"). */
static gboolean
parse_area (const char *text,
            gint64     *area)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  gint64 multiplier = 1;
  guint64 value;
  gsize len = strlen (clean);

  /* Clerks write 万 for ten thousand, and may add ㎡ or 平方米. */
  for (const char * const *suffix = (const char * const[]) { "平方米", "㎡", "m²", "m2", NULL }; *suffix; suffix++)
    if (g_str_has_suffix (clean, *suffix))
      {
        len -= strlen (*suffix);
        clean[len] = '\0';
        break;
      }
  if (g_str_has_suffix (clean, "万"))
    {
      multiplier = 10000;
      len -= strlen ("万");
      clean[len] = '\0';
    }
  g_strstrip (clean);

  if (*clean == '\0' || !g_ascii_string_to_unsigned (clean, 10, 1, G_MAXINT32, &value, NULL))
    return FALSE;
  *area = (gint64) value * multiplier;
  return *area <= G_MAXINT32;
}

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ZsCarrierMatchDialog     *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (zs_carrier_match_row_new (self->store, self->today)));
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ZsCarrierMatchDialog     *self)
{
  guint position = gtk_list_item_get_position (item);

  if (position < self->matches->len)
    zs_carrier_match_row_set (ZS_CARRIER_MATCH_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item),
                              &g_array_index (self->matches, ZsCarrierMatch, position), position + 1);
}

/* After a search: no carrier, or only a few, has the area; the clerk may
 * record it as an unmet need. Nothing is written here. */
static void
offer_need (ZsCarrierMatchDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *needed = zs_format_area (self->area);
  g_autofree char *largest = NULL;
  g_autofree char *text = NULL;
  guint n = self->matches->len;

  gtk_widget_set_visible (GTK_WIDGET (self->need_box), n < FEW_MATCHES);
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), TRUE);
  if (n >= FEW_MATCHES)
    return;

  if (n == 0)
    {
      largest = zs_format_area (zs_carrier_largest_available (self->store, &error));
      if (error != NULL)
        {
          show_error (self, error->message);
          return;
        }
      /* TRANSLATORS: the area searched for and the largest any carrier has */
      text = g_strdup_printf (_("No carrier has %s available; the largest has %s."), needed, largest);
      adw_status_page_set_description (self->none_page, text);
      gtk_label_set_text (self->need_label,
                          _("If the project really needs this much, record it as an unmet need: the bureau then "
                            "sees what space it lacks. It is marked as met when the project is placed."));
    }
  else
    {
      /* TRANSLATORS: few carriers have the area searched for */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Only %u carrier has %s available.",
                                           "Only %u carriers have %s available.", n), n, needed);
      gtk_label_set_text (self->need_label, text);
    }
}

gboolean
zs_carrier_match_dialog_record_need (ZsCarrierMatchDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *needed = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), FALSE);

  if (self->area <= 0)
    return FALSE;
  g_clear_object (&self->need);
  self->need = zs_space_need_record (self->store, self->project, self->area, self->today, &error);
  if (self->need == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  needed = zs_format_area (self->area);
  date = zs_format_date (self->today);
  /* TRANSLATORS: after 记录为需求缺口: the area and the day */
  text = g_strdup_printf (_("The need for %s was recorded on %s under Carriers → Unmet Needs. It is marked as met "
                            "when the project is placed."), needed, date);
  gtk_label_set_text (self->need_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), FALSE);
  return TRUE;
}

gboolean
zs_carrier_match_dialog_search (ZsCarrierMatchDialog *self,
                                const char           *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 area;

  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), FALSE);

  if (!parse_area (text, &area))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an area. Write the square metres as a whole number, "
                                                    "for example 20000 or 2万."), text);

      show_error (self, message);
      return FALSE;
    }
  show_error (self, NULL);
  self->area = area;

  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = zs_carrier_find_matches (self->store, self->project, area, &error);
  if (self->matches == NULL)
    {
      self->matches = g_array_new (FALSE, TRUE, sizeof (ZsCarrierMatch));
      zs_record_list_set_ids (self->carriers, ids);
      show_error (self, error->message);
      return FALSE;
    }

  for (guint i = 0; i < self->matches->len; i++)
    g_array_append_val (ids, g_array_index (self->matches, ZsCarrierMatch, i).carrier_id);
  zs_record_list_set_ids (self->carriers, ids);

  gtk_stack_set_visible_child_name (self->result_stack, self->matches->len == 0 ? "none" : "list");
  offer_need (self);
  return TRUE;
}

static void
on_area_apply (ZsCarrierMatchDialog *self)
{
  zs_carrier_match_dialog_search (self, gtk_editable_get_text (GTK_EDITABLE (self->area_row)));
}

static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  zs_carrier_match_dialog_place (ZS_CARRIER_MATCH_DIALOG (widget), g_variant_get_int64 (parameter));
}

static void
record_need_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  zs_carrier_match_dialog_record_need (ZS_CARRIER_MATCH_DIALOG (widget));
}

static void
zs_carrier_match_dialog_dispose (GObject *object)
{
  ZsCarrierMatchDialog *self = ZS_CARRIER_MATCH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CARRIER_MATCH_DIALOG);
  g_clear_object (&self->carriers);
  g_clear_object (&self->need);
  g_clear_object (&self->project);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_carrier_match_dialog_parent_class)->dispose (object);
}

static void
zs_carrier_match_dialog_finalize (GObject *object)
{
  ZsCarrierMatchDialog *self = ZS_CARRIER_MATCH_DIALOG (object);

  g_clear_pointer (&self->matches, g_array_unref);
  g_free (self->today);
  g_free (self->error);

  G_OBJECT_CLASS (zs_carrier_match_dialog_parent_class)->finalize (object);
}

static void
zs_carrier_match_dialog_class_init (ZsCarrierMatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_carrier_match_dialog_dispose;
  object_class->finalize = zs_carrier_match_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-carrier-match-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, area_row);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, result_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, match_view);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, none_page);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, need_box);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, need_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierMatchDialog, record_button);
  gtk_widget_class_bind_template_callback (widget_class, on_area_apply);

  gtk_widget_class_install_action (widget_class, "match.place", "x", place_action);
  gtk_widget_class_install_action (widget_class, "match.record-need", NULL, record_need_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_carrier_match_dialog_init (ZsCarrierMatchDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->matches = g_array_new (FALSE, TRUE, sizeof (ZsCarrierMatch));
}

ZsCarrierMatchDialog *
zs_carrier_match_dialog_new (GtkWindow  *parent,
                             ZsStore    *store,
                             ZsProject  *project,
                             const char *today)
{
  ZsCarrierMatchDialog *self;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  gint64 area;
  g_autofree char *hint = NULL;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_PROJECT (project), NULL);

  self = g_object_new (ZS_TYPE_CARRIER_MATCH_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->project = g_object_ref (project);
  self->today = g_strdup (today);
  self->carriers = zs_record_list_new_manual (store, ZS_TYPE_CARRIER);

  adw_window_title_set_subtitle (self->window_title, zs_record_get_title (ZS_RECORD (project)));
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), self);
  gtk_list_view_set_factory (self->match_view, factory);
  zs_view_show_model (GTK_WIDGET (self->match_view), G_LIST_MODEL (self->carriers));

  area = zs_project_get_area_need (project);
  if (area > 0)
    {
      g_autofree char *mu = g_strdup_printf ("%g", zs_record_get_double (ZS_RECORD (project), ZS_PROJECT_LAND));
      g_autofree char *square_metres = g_strdup_printf ("%" G_GINT64_FORMAT, area);

      /* TRANSLATORS: how the area to look for was worked out */
      hint = g_strdup_printf (_("The project needs %s mu of land, which is %s m². Best fit first: carriers where projects "
                                "of the same chain already are, then the project’s own unit, then the smallest area "
                                "that is enough, then the freshest figures."), mu, square_metres);
      gtk_editable_set_text (GTK_EDITABLE (self->area_row), square_metres);
      gtk_label_set_text (self->hint_label, hint);
      zs_carrier_match_dialog_search (self, square_metres);
    }
  else
    gtk_label_set_text (self->hint_label,
                        _("The project has no land need recorded. Best fit first: carriers where projects of the "
                          "same chain already are, then the project’s own unit, then the smallest area that is "
                          "enough, then the freshest figures."));
  return self;
}

GListModel *
zs_carrier_match_dialog_get_matches (ZsCarrierMatchDialog *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), NULL);
  return G_LIST_MODEL (self->carriers);
}

const char *
zs_carrier_match_dialog_get_error (ZsCarrierMatchDialog *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), NULL);
  return self->error;
}

ZsSpaceNeed *
zs_carrier_match_dialog_get_need (ZsCarrierMatchDialog *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), NULL);
  return self->need;
}

gboolean
zs_carrier_match_dialog_place (ZsCarrierMatchDialog *self,
                               gint64                carrier_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsCarrier) carrier = NULL;
  g_autofree char *message = NULL;
  GtkWindow *parent;

  g_return_val_if_fail (ZS_IS_CARRIER_MATCH_DIALOG (self), FALSE);

  carrier = zs_store_load (self->store, ZS_TYPE_CARRIER, carrier_id, &error);
  if (carrier == NULL || !zs_carrier_place_project (self->store, self->project, carrier, self->area, self->today, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  message = g_strdup_printf (_("“%s” placed in “%s”"), zs_record_get_title (ZS_RECORD (self->project)),
                             zs_record_get_title (ZS_RECORD (carrier)));
  /* The window it was opened over says so. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    zs_toast_change (GTK_WIDGET (parent), message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
