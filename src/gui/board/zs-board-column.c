/* zs-board-column.c — one stage of the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A virtualised list of cards (a one-column grid view) over a store-backed model, so a column of
 * 30,000 projects costs what its visible cards cost. The header shows the
 * count and the planned investment of the projects the filter lets through.
 * Cards dropped here ask the board to move them ("project-dropped").
 *
 * GTK 4.8's grid view keeps about thirty cards alive, five or six of them
 * on screen: until the column's first frame its model holds only the cards
 * that may be on screen, so the others are not even built before it; later
 * the off-screen ones load and lay out their project in idle time after
 * the frame that shows the visible ones (a keystroke).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-board-column.h"
#include "zs-project-card.h"
#include "zs-spare-children.h"
#include "zs-ui-util.h"

struct _ZsBoardColumn
{
  GtkWidget     parent_instance;

  ZsContext    *context;
  ZsOpenObstacles *obstacles;
  ZsStage       stage;
  int           stale_days;
  ZsRecordList *projects;
  gint64        count;
  gint64        total;
  gboolean      folded;

  GtkStack     *stack;
  GtkLabel     *title_label;
  GtkLabel     *count_label;
  GtkButton    *fold_button;
  GtkLabel     *sum_label;
  GtkStack     *list_stack;
  GtkGridView  *list_view;
  GtkLabel     *folded_label;
  GtkLabel     *empty_label;
  gboolean      filtered;

  ZsSlotList   *slots;
  gboolean      capped;        /* until its first frame, only the cards on screen exist */
  guint         cap_id;
  GHashTable   *late;          /* ZsProjectCard → its ZsSlot, off screen, not yet shown */
  guint         late_id;
  GdkFrameClock *late_clock;   /* waiting for the frame that shows the visible cards */
  gulong        painted_id;
};

G_DEFINE_FINAL_TYPE (ZsBoardColumn, zs_board_column, GTK_TYPE_WIDGET)

enum {
  PROJECT_DROPPED,
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_header (ZsBoardColumn *self)
{
  g_autofree char *count = NULL;
  g_autofree char *total = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *vertical = NULL;
  GString *chars = g_string_new (NULL);
  const char *title = zs_stage_get_label (self->stage);

  self->count = g_list_model_get_n_items (G_LIST_MODEL (self->projects));

  count = g_strdup_printf ("%" G_GINT64_FORMAT, self->count);
  total = zs_format_amount_grouped (self->total);
  /* TRANSLATORS: a board column's total, e.g. "Planned 34.00 亿元" */
  sum = g_strdup_printf (_("Planned %s"), total);
  gtk_label_set_text (self->count_label, count);
  gtk_label_set_text (self->sum_label, sum);

  /* A folded column reads top to bottom. */
  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      g_string_append_len (chars, p, g_utf8_next_char (p) - p);
      g_string_append_c (chars, '\n');
    }
  vertical = g_string_free (chars, FALSE);
  folded = g_strdup_printf ("%s\n%s", vertical, count);
  gtk_label_set_text (self->folded_label, folded);

  gtk_stack_set_visible_child_name (self->list_stack, self->count > 0 ? "list" : "empty");
}

/* Empty under a search or filter says so: the stage may hold projects the
 * filter hides, and "drag here" would read as an empty stage. */
static void
update_empty_label (ZsBoardColumn *self)
{
  gtk_label_set_text (self->empty_label,
                      self->filtered ? _("No matching projects in this stage.")
                                     : _("No projects in this stage. Drag a card here to move it."));
}

static GtkWidget *
make_card (gpointer data)
{
  ZsBoardColumn *self = data;

  return GTK_WIDGET (zs_project_card_new (self->context, self->stale_days, self->obstacles));
}

/* A search to a few cards of thousands and back keeps the cards. */
static void
on_card_setup (ZsBoardColumn *self,
               GtkListItem   *item)
{
  zs_list_item_set_spare_child (item, gtk_grid_view_get_factory (self->list_view), make_card, self);
}

/* A card is this many pixels high or more (a one-line name and details
 * line); a guess that errs low counts more cards as visible, never fewer. */
#define MIN_CARD_HEIGHT 90
/* Cards beyond the visible ones that are shown at once, for a scroll. */
#define NEAR_MARGIN 2
/* Late cards shown per idle turn: all of a column at once, so the grid is laid out again once. */
#define LATE_PER_TURN 64

/* Whether the card at @position is on screen or next to it. Before the
 * first allocation the column is as tall as its window. */
static gboolean
is_near (ZsBoardColumn *self,
         guint          position)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  double top = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
  double page = adjustment != NULL ? gtk_adjustment_get_page_size (adjustment) : 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  double first, last;

  if (page <= 0 && GTK_IS_WINDOW (root))
    {
      int width = 0, height = 0;

      gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
      page = MAX (gtk_widget_get_height (GTK_WIDGET (root)), height);
    }
  if (page <= 0)
    page = 2160;
  /* Cards above the top are at most this far up; below, at least this many fit. */
  first = top / (MIN_CARD_HEIGHT * 4) - NEAR_MARGIN;
  last = (top + page) / MIN_CARD_HEIGHT + NEAR_MARGIN;
  return position >= first && position <= last;
}

/* How many cards from the top may be on screen before the first frame. */
static guint
cards_on_screen (ZsBoardColumn *self)
{
  guint n = 0;

  while (is_near (self, n))
    n++;
  return n;
}

/* After the first frame: the rest of the cards the grid keeps. */
static gboolean
lift_cap (gpointer data)
{
  ZsBoardColumn *self = data;

  self->cap_id = 0;
  self->capped = FALSE;
  zs_slot_list_set_limit (self->slots, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

static gboolean
show_late_cards (gpointer data)
{
  ZsBoardColumn *self = data;
  GHashTableIter iter;
  gpointer card, slot;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->late);
  while (n < LATE_PER_TURN && g_hash_table_iter_next (&iter, &card, &slot))
    {
      zs_project_card_set_project (card, zs_slot_get_item (slot));
      g_hash_table_iter_remove (&iter);
      n++;
    }
  if (g_hash_table_size (self->late) > 0)
    return G_SOURCE_CONTINUE;
  self->late_id = 0;
  return G_SOURCE_REMOVE;
}

/* The clock may have gone with its window, its handlers with it. */
static void
forget_clock (ZsBoardColumn *self)
{
  if (self->painted_id != 0 && g_signal_handler_is_connected (self->late_clock, self->painted_id))
    g_signal_handler_disconnect (self->late_clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->late_clock);
}

static void
on_painted (ZsBoardColumn *self)
{
  forget_clock (self);
  if (self->capped && self->cap_id == 0)
    self->cap_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, lift_cap, self, NULL);
  if (self->late_id == 0 && g_hash_table_size (self->late) > 0)
    self->late_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_late_cards, self, NULL);
}

/* The late cards follow the next painted frame; a column not yet on
 * screen waits for its map. */
static void
queue_late_cards (ZsBoardColumn *self)
{
  GdkFrameClock *clock;

  if (self->late_id != 0 || self->painted_id != 0 ||
      (clock = gtk_widget_get_frame_clock (GTK_WIDGET (self))) == NULL)
    return;
  self->late_clock = g_object_ref (clock);
  self->painted_id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (on_painted), self);
}

static void
zs_board_column_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zs_board_column_parent_class)->map (widget);
  if (g_hash_table_size (ZS_BOARD_COLUMN (widget)->late) > 0 || ZS_BOARD_COLUMN (widget)->capped)
    queue_late_cards (ZS_BOARD_COLUMN (widget));
}

/* Shows @slot's project on @card now when it is on screen, else after the frame. */
static void
show_slot (ZsBoardColumn *self,
           ZsProjectCard *card,
           ZsSlot        *slot)
{
  if (is_near (self, zs_slot_get_position (slot)))
    {
      g_hash_table_remove (self->late, card);
      zs_project_card_set_project (card, zs_slot_get_item (slot));
      return;
    }
  g_hash_table_replace (self->late, card, slot);
  queue_late_cards (self);
}

static void
on_slot_item_changed (ZsSlot        *slot,
                      GParamSpec    *pspec,
                      ZsProjectCard *card)
{
  ZsBoardColumn *self = ZS_BOARD_COLUMN (gtk_widget_get_ancestor (GTK_WIDGET (card), ZS_TYPE_BOARD_COLUMN));

  if (self != NULL)
    show_slot (self, card, slot);
  else
    zs_project_card_set_project (card, zs_slot_get_item (slot));
}

static void
on_card_bind (ZsBoardColumn *self,
              GtkListItem   *item)
{
  ZsSlot *slot = gtk_list_item_get_item (item);
  ZsProjectCard *card = ZS_PROJECT_CARD (gtk_list_item_get_child (item));

  /* The slot stays while the filter changes what it shows. */
  show_slot (self, card, slot);
  g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_item_changed), card);
}

static void
on_card_unbind (ZsBoardColumn *self,
                GtkListItem   *item)
{
  ZsSlot *slot = gtk_list_item_get_item (item);
  ZsProjectCard *card = ZS_PROJECT_CARD (gtk_list_item_get_child (item));

  g_signal_handlers_disconnect_by_func (slot, on_slot_item_changed, card);
  g_hash_table_remove (self->late, card);
  zs_project_card_set_project (card, NULL);
}

static void
on_list_activate (ZsBoardColumn *self,
                  guint          position)
{
  g_autoptr(ZsProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), position);

  if (project != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
on_fold_clicked (ZsBoardColumn *self)
{
  zs_board_column_set_folded (self, TRUE);
}

static void
on_unfold_clicked (ZsBoardColumn *self)
{
  zs_board_column_set_folded (self, FALSE);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ZsBoardColumn *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
  if (!G_VALUE_HOLDS_INT64 (value))
    return FALSE;
  g_signal_emit (self, signals[PROJECT_DROPPED], 0, g_value_get_int64 (value));
  return TRUE;
}

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               ZsBoardColumn *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target,
               ZsBoardColumn *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

static void
zs_board_column_dispose (GObject *object)
{
  ZsBoardColumn *self = ZS_BOARD_COLUMN (object);

  g_clear_handle_id (&self->late_id, g_source_remove);
  g_clear_handle_id (&self->cap_id, g_source_remove);
  forget_clock (self);
  if (self->late != NULL)
    g_hash_table_remove_all (self->late);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_BOARD_COLUMN);
  g_clear_pointer (&self->late, g_hash_table_unref);
  g_clear_object (&self->slots);
  g_clear_object (&self->projects);
  g_clear_object (&self->context);
  g_clear_object (&self->obstacles);

  G_OBJECT_CLASS (zs_board_column_parent_class)->dispose (object);
}

static void
zs_board_column_class_init (ZsBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_board_column_dispose;
  widget_class->map = zs_board_column_map;

  signals[PROJECT_DROPPED] =
    g_signal_new ("project-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zs-board-column");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, fold_button);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, sum_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, list_view);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, folded_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardColumn, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_card_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_card_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_card_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_fold_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_unfold_clicked);
}

static void
zs_board_column_init (ZsBoardColumn *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->late = g_hash_table_new (NULL, NULL);

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_enter), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

ZsBoardColumn *
zs_board_column_new (ZsContext       *context,
                     ZsStage          stage,
                     int              stale_days,
                     ZsOpenObstacles *obstacles)
{
  ZsBoardColumn *self = g_object_new (ZS_TYPE_BOARD_COLUMN, NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  self->context = g_object_ref (context);
  self->obstacles = g_object_ref (obstacles);
  self->stage = stage;
  self->stale_days = stale_days;

  /* The board fills every column from one query. */
  self->projects = zs_record_list_new_manual (zs_context_get_store (context), ZS_TYPE_PROJECT);
  g_signal_connect_object (self->projects, "items-changed", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);

  /* Cards are opened and moved, never selected. */
  /* Slots keep the row widgets while filters and sorts change what they show. */
  zs_record_list_set_single_change (self->projects, TRUE);
  self->slots = zs_slot_list_new (G_LIST_MODEL (self->projects));
  /* Off-screen cards load their project when they are shown. */
  zs_slot_list_set_lazy (self->slots, TRUE);
  self->capped = TRUE;
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->slots)));
  gtk_grid_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  gtk_label_set_text (self->title_label, zs_stage_get_label (stage));
  /* Only 终止 folds. GTK 4.8 asks the X server where the pointer is for
   * each tooltip set, a round trip before the first frame: the other
   * columns set none. */
  gtk_widget_set_visible (GTK_WIDGET (self->fold_button), stage == ZS_STAGE_TERMINATED);
  if (stage == ZS_STAGE_TERMINATED)
    {
      g_autofree char *tip = g_strdup_printf (_("Show %s"), zs_stage_get_label (stage));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->fold_button), _("Fold Column"));
      gtk_widget_set_tooltip_text (gtk_widget_get_parent (GTK_WIDGET (self->folded_label)), tip);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, zs_stage_get_label (stage), -1);
  update_header (self);
  update_empty_label (self);
  return self;
}

ZsStage
zs_board_column_get_stage (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), 0);
  return self->stage;
}

void
zs_board_column_set_ids (ZsBoardColumn *self,
                         GArray        *ids,
                         gboolean       from_top)
{
  g_return_if_fail (ZS_IS_BOARD_COLUMN (self));

  if (self->capped)
    zs_slot_list_set_limit (self->slots, cards_on_screen (self));
  zs_record_list_set_ids (self->projects, ids);
  /* A new filter shows a new list: start at its top. */
  if (from_top)
    zs_scroll_to_top (GTK_WIDGET (self->list_view), G_LIST_MODEL (self->projects));
}

void
zs_board_column_set_total (ZsBoardColumn *self,
                           gint64         total)
{
  g_return_if_fail (ZS_IS_BOARD_COLUMN (self));

  self->total = total;
  update_header (self);
}

GListModel *
zs_board_column_get_model (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), NULL);
  return G_LIST_MODEL (self->projects);
}

gint64
zs_board_column_get_count (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), 0);
  return self->count;
}

gint64
zs_board_column_get_total (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), 0);
  return self->total;
}

void
zs_board_column_set_folded (ZsBoardColumn *self,
                            gboolean       folded)
{
  g_return_if_fail (ZS_IS_BOARD_COLUMN (self));

  self->folded = folded;
  gtk_stack_set_visible_child_name (self->stack, folded ? "folded" : "open");
}

gboolean
zs_board_column_get_folded (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), FALSE);
  return self->folded;
}


void
zs_board_column_set_filtered (ZsBoardColumn *self,
                              gboolean       filtered)
{
  g_return_if_fail (ZS_IS_BOARD_COLUMN (self));

  if (self->filtered == !!filtered)
    return;
  self->filtered = !!filtered;
  update_empty_label (self);
}

const char *
zs_board_column_get_empty_text (ZsBoardColumn *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_COLUMN (self), NULL);
  return gtk_label_get_text (self->empty_label);
}
