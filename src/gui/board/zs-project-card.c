/* zs-project-card.c — one project on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Shows what a clerk scans a column for: name, investor, amount, grade
 * (colour and text), chain, who owns it, how long it has sat in its stage
 * and its open obstacles. A click opens it; it can be dragged to another
 * column, and its menu (right click, Shift+F10 or the Menu key) moves it
 * from the keyboard.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-card-text.h"
#include "zs-project-card.h"
#include "zs-project-row.h"
#include "zs-tooltip.h"
#include "zs-ui-util.h"

struct _ZsProjectCard
{
  GtkWidget  parent_instance;

  ZsContext *context;
  ZsOpenObstacles *obstacles;
  gint64     shown_obstacles;
  ZsProject *project;
  int        stale_days;
  gboolean   stale;
  gboolean   dirty;     /* changed while off screen */
  GtkWidget *menu;

  GtkBox    *grade_stripe;
  ZsCardText *name_label;
  GtkLabel  *amount_label;
  GtkLabel  *grade_label;
  ZsCardText *details_label;
  ZsCardText *status_label;
};

G_DEFINE_FINAL_TYPE (ZsProjectCard, zs_project_card, GTK_TYPE_WIDGET)

/* Appends @text as a line of @markup, dimmed when asked. */
static void
append_line (GString    *markup,
             const char *text,
             gboolean    dim)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = g_markup_escape_text (text, -1);
  if (markup->len > 0)
    g_string_append_c (markup, '\n');
  if (dim)
    g_string_append_printf (markup, "<span alpha=\"55%%\">%s</span>", escaped);
  else
    g_string_append (markup, escaped);
}

static void
update_now (ZsProjectCard *self)
{
  ZsRecord *r = ZS_RECORD (self->project);
  ZsStore *store = zs_context_get_store (self->context);
  g_autofree char *amount = NULL;
  g_autofree char *chain = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *person = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GString) status = g_string_new (NULL);
  ZsStage stage;
  ZsGrade grade;
  int days;
  gint64 obstacles;

  if (r == NULL)
    return;

  stage = zs_record_get_enum (r, ZS_PROJECT_STAGE);
  grade = zs_record_get_enum (r, ZS_PROJECT_GRADE);
  days = zs_project_get_days_in_stage (self->project, zs_context_get_today (self->context));
  self->stale = zs_stage_is_active (stage) && days >= self->stale_days;

  /* The key-project star sits in the name, gold, with words for screen readers below. */
  name = g_markup_escape_text (zs_record_get_title (r), -1);
  if (zs_record_get_boolean (r, ZS_PROJECT_KEY_PROJECT))
    {
      g_autofree char *starred = g_strdup_printf ("%s <span foreground=\"#e5a50a\">★</span>", name);

      g_free (name);
      name = g_steal_pointer (&starred);
    }
  zs_card_text_set_markup (self->name_label, name);

  amount = zs_format_amount_grouped (zs_record_get_int (r, ZS_PROJECT_PLANNED_INVESTMENT));
  gtk_label_set_text (self->amount_label, amount);
  gtk_label_set_text (self->grade_label, zs_grade_get_label (grade));
  for (guint g = ZS_GRADE_GREEN; g <= ZS_GRADE_RED; g++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->grade_stripe), zs_grade_css_class (g));
      gtk_widget_remove_css_class (GTK_WIDGET (self->grade_label), zs_grade_css_class (g));
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->grade_stripe), zs_grade_css_class (grade));
  gtk_widget_add_css_class (GTK_WIDGET (self->grade_label), zs_grade_css_class (grade));

  chain = zs_format_field (store, r, ZS_PROJECT_CHAIN_ID);
  unit = zs_format_field (store, r, ZS_PROJECT_UNIT_ID);
  person = zs_format_field (store, r, ZS_PROJECT_PERSON_ID);
  owner = *unit && *person ? g_strdup_printf ("%s · %s", unit, person) : g_strconcat (unit, person, NULL);
  append_line (details, zs_record_get_string (r, ZS_PROJECT_INVESTOR), TRUE);
  append_line (details, chain, FALSE);
  append_line (details, owner, TRUE);
  zs_card_text_set_markup (self->details_label, details->str);

  g_string_append_printf (status, "<span alpha=\"55%%\">");
  g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%d day in stage", "%d days in stage", days), days);
  g_string_append (status, "</span>");
  obstacles = zs_open_obstacles_get (self->obstacles, zs_record_get_id (r));
  self->shown_obstacles = obstacles;
  if (obstacles > 0)
    {
      g_string_append (status, "  <span foreground=\"#c01c28\">");
      g_string_append_printf (status, g_dngettext (GETTEXT_PACKAGE, "%d obstacle", "%d obstacles", obstacles),
                              (int) obstacles);
      g_string_append (status, "</span>");
    }
  if (self->stale)
    {
      g_autofree char *stale = g_markup_escape_text (_("Stale"), -1);

      g_string_append_printf (status, "  <span foreground=\"#c64600\" weight=\"bold\">%s</span>", stale);
    }
  zs_card_text_set_markup (self->status_label, status->str);

  {
    g_autofree char *description = g_strdup_printf ("%s, %s, %s, %s%s", zs_record_get_title (r),
                                                    zs_stage_get_label (stage), zs_grade_get_label (grade), amount,
                                                    zs_record_get_boolean (r, ZS_PROJECT_KEY_PROJECT) ? _(", key project") : "");

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  }
}

/* A grid view keeps thirty-odd cards per column alive, most of them off
 * screen: they catch up when they are shown. */
static void
update (ZsProjectCard *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  update_now (self);
}

static void
zs_project_card_map (GtkWidget *widget)
{
  ZsProjectCard *self = ZS_PROJECT_CARD (widget);

  if (self->dirty)
    {
      self->dirty = FALSE;
      update_now (self);
    }
  GTK_WIDGET_CLASS (zs_project_card_parent_class)->map (widget);
}

/* ---- drag and drop, menu ------------------------------------------------------ */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 ZsProjectCard *self)
{
  if (self->project == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, zs_record_get_id (ZS_RECORD (self->project)));
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               ZsProjectCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 16, 16);
}

static void
popup_menu (ZsProjectCard *self,
            double         x,
            double         y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  gint64 id;
  GdkRectangle where = { (int) x, (int) y, 1, 1 };

  if (self->project == NULL)
    return;
  id = zs_record_get_id (ZS_RECORD (self->project));

  {
    g_autoptr(GMenuItem) open = g_menu_item_new (_("_Open"), NULL);
    g_autoptr(GMenuItem) move = g_menu_item_new (_("_Move to Stage…"), NULL);
    g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Delete"), NULL);

    g_menu_item_set_action_and_target_value (open, "board.open-project", g_variant_new_int64 (id));
    g_menu_item_set_action_and_target_value (move, "board.move-project", g_variant_new_int64 (id));
    g_menu_item_set_action_and_target_value (remove, "board.delete-project", g_variant_new_int64 (id));
    g_menu_append_item (menu, open);
    g_menu_append_item (menu, move);
    g_menu_append_item (section, remove);
    g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  }

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &where);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    ZsProjectCard   *self)
{
  popup_menu (self, x, y);
}

/* A card is never selected, so a single click opens it, as a tile in GNOME
 * Software does; Nautilus opens on a double click because its single
 * click selects. It opens on release, as Nautilus's single-click mode
 * does: a press that moves on is a drag, which cancels the click. */
static void
on_primary_released (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     ZsProjectCard   *self)
{
  if (n_press != 1 || self->project == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "board.open-project", "x",
                              zs_record_get_id (ZS_RECORD (self->project)));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  popup_menu (ZS_PROJECT_CARD (widget), gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
zs_project_card_dispose (GObject *object)
{
  ZsProjectCard *self = ZS_PROJECT_CARD (object);

  zs_project_card_set_project (self, NULL);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PROJECT_CARD);
  g_clear_object (&self->context);
  g_clear_object (&self->obstacles);

  G_OBJECT_CLASS (zs_project_card_parent_class)->dispose (object);
}

/* Asked for on hover: setting a tooltip with each update makes GTK look up the
 * pointer, an X round trip per card. */
static gboolean
on_status_query_tooltip (GtkWidget     *label,
                         int            x,
                         int            y,
                         gboolean       keyboard_tooltip,
                         GtkTooltip    *tooltip,
                         ZsProjectCard *self)
{
  g_autofree char *tip = NULL;

  if (!self->stale)
    return FALSE;
  tip = g_strdup_printf (_("No progress for %d days"), self->stale_days);
  return zs_tooltip_show (label, tooltip, tip, FALSE);
}

static void
zs_project_card_class_init (ZsProjectCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_project_card_dispose;
  widget_class->map = zs_project_card_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-project-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  g_type_ensure (ZS_TYPE_CARD_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-project-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, grade_stripe);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, amount_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, grade_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, details_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectCard, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_status_query_tooltip);

  gtk_widget_class_install_action (widget_class, "card.menu", NULL, menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "card.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.menu", NULL);
}

static void
zs_project_card_init (ZsProjectCard *self)
{
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *primary = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (primary), GDK_BUTTON_PRIMARY);
  g_signal_connect (primary, "released", G_CALLBACK (on_primary_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (primary));
}

/* Only a card whose own count moved is laid out again. */
static void
on_obstacles_changed (ZsProjectCard *self)
{
  if (self->project != NULL &&
      zs_open_obstacles_get (self->obstacles, zs_record_get_id (ZS_RECORD (self->project))) != self->shown_obstacles)
    update (self);
}

ZsProjectCard *
zs_project_card_new (ZsContext       *context,
                     int              stale_days,
                     ZsOpenObstacles *obstacles)
{
  ZsProjectCard *self = g_object_new (ZS_TYPE_PROJECT_CARD, NULL);

  self->context = g_object_ref (context);
  self->obstacles = g_object_ref (obstacles);
  self->stale_days = stale_days;
  g_signal_connect_object (zs_context_get_clock (context), "day-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (obstacles, "changed", G_CALLBACK (on_obstacles_changed), self, G_CONNECT_SWAPPED);
  return self;
}

ZsProject *
zs_project_card_get_project (ZsProjectCard *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_CARD (self), NULL);
  return self->project;
}

void
zs_project_card_set_project (ZsProjectCard *self,
                             ZsProject     *project)
{
  g_return_if_fail (ZS_IS_PROJECT_CARD (self));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

gboolean
zs_project_card_is_stale (ZsProjectCard *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_CARD (self), FALSE);
  return self->stale;
}

const char *
zs_project_card_get_status (ZsProjectCard *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_CARD (self), NULL);
  return zs_card_text_get_text (self->status_label);
}
