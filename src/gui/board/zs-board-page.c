/* zs-board-page.c — the project board (项目看板) and ledger (项目台账)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One ZsProjectFilter drives the seven columns and the ledger, so switching
 * between board and ledger keeps what the clerk filtered. The filter bar
 * writes into the filter; the views listen to it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-board-page.h"
#include "zs-checklist-dialog.h"
#include "zs-search-entry.h"
#include "zs-stage-dialog.h"
#include "zs-ui-util.h"

struct _ZsBoardPage
{
  ZsPage            parent_instance;

  ZsProjectFilter  *filter;
  int               stale_days;
  GPtrArray        *columns;        /* ZsBoardColumn, by stage */
  ZsLedger         *ledger;
  GArray           *chain_ids;      /* drop-down position → id; 0 is "all" */
  GArray           *unit_ids;
  GArray           *person_ids;
  GPtrArray        *kept;           /* chains, units and people the cards show */
  ZsOpenObstacles  *obstacles;      /* what the cards count, for every project at once */
  gboolean          syncing;        /* writing the filter into the controls */
  gboolean          frozen;          /* the columns are off screen */
  gboolean          columns_dirty;
  /* The columns under the filter without its search, with each row's
   * planned investment: a search picks from these by id, so typing costs
   * what the search index takes, not a query over the rows. */
  GPtrArray        *base_ids;       /* GArray of gint64 by stage, or NULL when stale */
  GPtrArray        *base_values;

  GtkSearchEntry   *search_entry;
  GtkDropDown      *chain_dropdown;
  GtkDropDown      *grade_dropdown;
  GtkDropDown      *unit_dropdown;
  GtkDropDown      *person_dropdown;
  GtkMenuButton    *more_button;
  GtkLabel         *more_label;
  GtkCheckButton   *key_check;
  GtkCheckButton   *stale_check;
  GtkButton        *clear_button;
  GtkToggleButton  *board_toggle;
  GtkToggleButton  *ledger_toggle;
  GtkStack         *view_stack;
  GtkLabel         *match_label;
  GtkBox           *columns_box;
  AdwBin           *ledger_bin;
};

G_DEFINE_FINAL_TYPE (ZsBoardPage, zs_board_page, ZS_TYPE_PAGE)

enum {
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Red first in the drop-down, as clerks look for trouble. */
static const int grade_choices[] = { ZS_PROJECT_FILTER_ANY_GRADE, ZS_GRADE_RED, ZS_GRADE_ORANGE, ZS_GRADE_YELLOW, ZS_GRADE_GREEN };

/* ---- the filter bar ------------------------------------------------------- */

static ZsStore *
store_of (ZsBoardPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static const char *
today_of (ZsBoardPage *self)
{
  return zs_page_get_today (ZS_PAGE (self));
}

/* Fills @dropdown with "all" and every record of @type; remembers the ids. */
static void
fill_choices (ZsBoardPage *self,
              GtkDropDown *dropdown,
              GArray      *ids,
              GType        type,
              const char  *all,
              guint        order_field)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  gint64 selected = zs_dropdown_get_record_id (dropdown, ids);

  zs_query_set_order (query, (int) order_field, FALSE);
  self->syncing = TRUE;
  zs_fill_record_choices (dropdown, store_of (self), query, all, selected, ids, self->kept);
  self->syncing = FALSE;
}

static void
fill_all_choices (ZsBoardPage *self)
{
  /* Every card names its chain, unit and person: keeping these few records
   * alive lets the store hand them out without a query per card. */
  g_ptr_array_set_size (self->kept, 0);
  fill_choices (self, self->chain_dropdown, self->chain_ids, ZS_TYPE_CHAIN, _("All chains"), ZS_CHAIN_GROUP_ID);
  fill_choices (self, self->unit_dropdown, self->unit_ids, ZS_TYPE_UNIT, _("All units"), ZS_UNIT_POSITION);
  fill_choices (self, self->person_dropdown, self->person_ids, ZS_TYPE_PERSON, _("Everyone"), ZS_PERSON_NAME);
}

static void
fill_grade_choices (ZsBoardPage *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);

  gtk_string_list_append (grades, _("All grades"));
  for (guint i = 1; i < G_N_ELEMENTS (grade_choices); i++)
    gtk_string_list_append (grades, zs_grade_get_label (grade_choices[i]));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->grade_dropdown, G_LIST_MODEL (grades));
  self->syncing = FALSE;
}

static void
on_filter_changed (ZsBoardPage *self)
{
  guint grade = gtk_drop_down_get_selected (self->grade_dropdown);

  if (self->syncing || self->filter == NULL)
    return;

  g_object_set (self->filter,
                "chain-id", zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids),
                "grade", grade < G_N_ELEMENTS (grade_choices) ? grade_choices[grade] : ZS_PROJECT_FILTER_ANY_GRADE,
                "unit-id", zs_dropdown_get_record_id (self->unit_dropdown, self->unit_ids),
                "person-id", zs_dropdown_get_record_id (self->person_dropdown, self->person_ids),
                "key-only", gtk_check_button_get_active (self->key_check),
                "stale-only", gtk_check_button_get_active (self->stale_check),
                NULL);
}

static void
on_search_changed (ZsBoardPage *self)
{
  if (self->filter != NULL)
    g_object_set (self->filter, "search", gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL);
}

static void
on_clear_clicked (ZsBoardPage *self)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->chain_dropdown, 0);
  gtk_drop_down_set_selected (self->grade_dropdown, 0);
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  gtk_drop_down_set_selected (self->person_dropdown, 0);
  gtk_check_button_set_active (self->key_check, FALSE);
  gtk_check_button_set_active (self->stale_check, FALSE);
  self->syncing = FALSE;
  zs_project_filter_clear (self->filter);
}

static void
on_view_toggled (ZsBoardPage *self)
{
  zs_board_page_show_view (self, gtk_toggle_button_get_active (self->ledger_toggle) ? "ledger" : "board");
}

/* ---- the columns -------------------------------------------------------------- */

static ZsQuery *
board_query (ZsBoardPage *self)
{
  return zs_project_filter_to_board_query (self->filter, today_of (self), self->stale_days);
}

static void
forget_base (ZsBoardPage *self)
{
  g_clear_pointer (&self->base_ids, g_ptr_array_unref);
  g_clear_pointer (&self->base_values, g_ptr_array_unref);
}

static gboolean
load_base (ZsBoardPage  *self,
           GError      **error)
{
  g_autoptr(ZsQuery) query = board_query (self);

  if (self->base_ids != NULL)
    return TRUE;
  zs_query_set_search (query, NULL);
  self->base_ids = zs_store_query_partitioned_values (store_of (self), query, ZS_PROJECT_STAGE,
                                                      ZS_STAGE_TERMINATED + 1, ZS_PROJECT_PLANNED_INVESTMENT,
                                                      &self->base_values, error);
  return self->base_ids != NULL;
}

static void
bitmap_set (GByteArray *bits,
            gint64      id)
{
  if (id >= 0 && (guint64) id / 8 < bits->len)
    bits->data[id / 8] |= 1 << (id % 8);
}

static gboolean
bitmap_get (GByteArray *bits,
            gint64      id)
{
  return id >= 0 && (guint64) id / 8 < bits->len && (bits->data[id / 8] & (1 << (id % 8))) != 0;
}

/* The base's rows the search names, those it names first (a title that
 * starts with it) ahead, each column in its own order: what
 * zs_store_query_partitioned() says with the search, from the search
 * index and the rows already here. NULL without an error when the store
 * cannot answer from its index. */
static GPtrArray *
search_base (ZsBoardPage  *self,
             const char   *search,
             gint64       *by_stage,
             GError      **error)
{
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) matches = zs_store_search_ids (store_of (self), ZS_TYPE_PROJECT, search, &first, error);
  g_autoptr(GByteArray) matched = NULL;
  g_autoptr(GByteArray) ahead = NULL;
  GPtrArray *parts;
  gint64 max_id = 0;

  if (matches == NULL || !load_base (self, error))
    return NULL;

  for (guint i = 0; i < matches->len; i++)
    max_id = MAX (max_id, g_array_index (matches, gint64, i));
  matched = g_byte_array_sized_new (max_id / 8 + 1);
  g_byte_array_set_size (matched, max_id / 8 + 1);
  memset (matched->data, 0, matched->len);
  ahead = g_byte_array_sized_new (matched->len);
  g_byte_array_set_size (ahead, matched->len);
  memset (ahead->data, 0, ahead->len);
  for (guint i = 0; i < matches->len; i++)
    bitmap_set (matched, g_array_index (matches, gint64, i));
  for (guint i = 0; i < first->len; i++)
    bitmap_set (ahead, g_array_index (first, gint64, i));

  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint s = 0; s < self->base_ids->len; s++)
    {
      GArray *ids = g_ptr_array_index (self->base_ids, s);
      GArray *values = g_ptr_array_index (self->base_values, s);
      const gint64 *id = (const gint64 *) (gpointer) ids->data;
      GArray *part = g_array_new (FALSE, FALSE, sizeof (gint64));

      by_stage[s] = 0;
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < ids->len; i++)
          if (bitmap_get (matched, id[i]) && bitmap_get (ahead, id[i]) == (pass == 0))
            {
              g_array_append_val (part, id[i]);
              by_stage[s] += g_array_index (values, gint64, i);
            }
      g_ptr_array_add (parts, part);
    }
  return parts;
}

/* The columns without a search: the base as it is. */
static GPtrArray *
whole_base (ZsBoardPage  *self,
            gint64       *by_stage,
            GError      **error)
{
  GPtrArray *parts;

  if (!load_base (self, error))
    return NULL;
  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint s = 0; s < self->base_ids->len; s++)
    {
      GArray *values = g_ptr_array_index (self->base_values, s);

      by_stage[s] = 0;
      for (guint i = 0; i < values->len; i++)
        by_stage[s] += g_array_index (values, gint64, i);
      g_ptr_array_add (parts, g_array_ref (g_ptr_array_index (self->base_ids, s)));
    }
  return parts;
}

/* Under a search or filter, how many projects match and in which columns:
 * "Found 3 projects: 在谈 2, 签约 1". The columns with the hits may be off
 * screen, and an empty column says it has no match rather than "drag here". */
static void
update_matches (ZsBoardPage *self)
{
  gboolean filtered = !zs_project_filter_is_empty (self->filter);
  gboolean board = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "ledger") != 0;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *text = NULL;
  gint64 total = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      ZsBoardColumn *column = g_ptr_array_index (self->columns, i);
      gint64 count = zs_board_column_get_count (column);

      zs_board_column_set_filtered (column, filtered);
      if (count == 0)
        continue;
      total += count;
      if (where->len > 0)
        /* TRANSLATORS: between the stages in "Found 3 projects: 在谈 2, 签约 1" */
        g_string_append (where, C_("list separator", ", "));
      /* TRANSLATORS: a stage and how many matching projects it holds, e.g. "在谈 2" */
      g_string_append_printf (where, C_("stage count", "%s %d"),
                              zs_stage_get_label (zs_board_column_get_stage (column)), (int) count);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->match_label), filtered && board);
  if (!filtered)
    return;
  if (total == 0)
    text = g_strdup (_("No project matches the search and filters."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Found %d project: %s", "Found %d projects: %s", total),
                            (int) total, where->str);
  gtk_label_set_text (self->match_label, text);
}

/* Fills every column, and its header's total. */
static void
refresh_columns (ZsBoardPage *self,
                 gboolean     from_top)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *search = NULL;
  gint64 by_stage[ZS_STAGE_TERMINATED + 1];

  self->columns_dirty = FALSE;

  g_object_get (self->filter, "search", &search, NULL);
  if (search == NULL)
    parts = whole_base (self, by_stage, &error);
  else if ((parts = search_base (self, search, by_stage, &error)) == NULL && error == NULL)
    {
      /* A search the index cannot answer ("%"): the engine reads the rows. */
      g_autoptr(ZsQuery) query = board_query (self);

      parts = zs_store_query_partitioned (store_of (self), query, ZS_PROJECT_STAGE, ZS_STAGE_TERMINATED + 1,
                                          ZS_PROJECT_PLANNED_INVESTMENT, by_stage, &error);
    }
  if (parts == NULL)
    {
      g_warning ("Cannot fill the board: %s", error->message);
      return;
    }

  for (guint i = 0; i < self->columns->len; i++)
    {
      ZsBoardColumn *column = g_ptr_array_index (self->columns, i);

      zs_board_column_set_ids (column, g_ptr_array_index (parts, i), from_top);
      zs_board_column_set_total (column, by_stage[i]);
    }
  update_matches (self);
}

/* The filters behind the "Filters" button say how many of them are on. */
static void
update_more_label (ZsBoardPage *self)
{
  guint n = (zs_dropdown_get_record_id (self->unit_dropdown, self->unit_ids) != 0) +
            (zs_dropdown_get_record_id (self->person_dropdown, self->person_ids) != 0) +
            gtk_check_button_get_active (self->key_check) +
            gtk_check_button_get_active (self->stale_check);
  g_autofree char *label = n > 0 ? g_strdup_printf (_("Filters (%u)"), n) : g_strdup (_("Filters"));

  gtk_label_set_text (self->more_label, label);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->more_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->more_button), "accent");
}

static void
select_id (GtkDropDown *dropdown,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id && gtk_drop_down_get_selected (dropdown) != i)
      gtk_drop_down_set_selected (dropdown, i);
}

/* The filter may be set from elsewhere (the industry map opens the board
 * on one chain): the controls show what it holds. */
static void
sync_controls (ZsBoardPage *self)
{
  g_autofree char *search = NULL;
  gint64 chain_id, unit_id, person_id;
  gboolean key_only, stale_only;
  int grade;

  g_object_get (self->filter, "search", &search, "chain-id", &chain_id, "grade", &grade,
                "unit-id", &unit_id, "person-id", &person_id,
                "key-only", &key_only, "stale-only", &stale_only, NULL);

  self->syncing = TRUE;
  select_id (self->chain_dropdown, self->chain_ids, chain_id);
  select_id (self->unit_dropdown, self->unit_ids, unit_id);
  select_id (self->person_dropdown, self->person_ids, person_id);
  for (guint i = 0; i < G_N_ELEMENTS (grade_choices); i++)
    if (grade_choices[i] == grade && gtk_drop_down_get_selected (self->grade_dropdown) != i)
      gtk_drop_down_set_selected (self->grade_dropdown, i);
  gtk_check_button_set_active (self->key_check, key_only);
  gtk_check_button_set_active (self->stale_check, stale_only);
  if (g_strcmp0 (search ? search : "", gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  self->syncing = FALSE;
}

static void
apply_filter (ZsBoardPage *self,
              GParamSpec  *pspec)
{
  /* Typing keeps the base; any other filter makes a new one. */
  if (pspec == NULL || !g_str_equal (pspec->name, "search"))
    forget_base (self);
  sync_controls (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), !zs_project_filter_is_empty (self->filter));
  update_more_label (self);

  if (self->frozen)
    self->columns_dirty = TRUE;
  else
    refresh_columns (self, TRUE);
}

static ZsProject *
load_project (ZsBoardPage *self,
              gint64       id)
{
  g_autoptr(GError) error = NULL;
  ZsProject *project = zs_store_load (store_of (self), ZS_TYPE_PROJECT, id, &error);

  if (project == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
  return project;
}

static void
on_project_dropped (ZsBoardPage   *self,
                    gint64         id,
                    ZsBoardColumn *column)
{
  g_autoptr(ZsProject) project = load_project (self, id);

  if (project == NULL)
    return;
  /* Dropped back where it was: nothing to move. */
  if (zs_record_get_enum (ZS_RECORD (project), ZS_PROJECT_STAGE) == (int) zs_board_column_get_stage (column))
    return;
  zs_board_page_move_project (self, project, zs_board_column_get_stage (column));
}

static void
on_column_project_activated (ZsBoardPage *self,
                             ZsProject   *project)
{
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
build_columns (ZsBoardPage *self)
{
  for (guint stage = ZS_STAGE_LEAD; stage <= ZS_STAGE_TERMINATED; stage++)
    {
      ZsBoardColumn *column = zs_board_column_new (zs_page_get_context (ZS_PAGE (self)), stage, self->stale_days,
                                                   self->obstacles);

      g_signal_connect_object (column, "project-dropped", G_CALLBACK (on_project_dropped), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (column, "project-activated", G_CALLBACK (on_column_project_activated), self, G_CONNECT_SWAPPED);
      /* 终止 sits folded at the end until someone looks. */
      zs_board_column_set_folded (column, stage == ZS_STAGE_TERMINATED);
      gtk_box_append (self->columns_box, GTK_WIDGET (column));
      g_ptr_array_add (self->columns, column);
    }
}

static void
on_store_changed (ZsBoardPage *self,
                  GType        type)
{
  if (type == ZS_TYPE_CHAIN || type == ZS_TYPE_UNIT || type == ZS_TYPE_PERSON || type == G_TYPE_NONE)
    fill_all_choices (self);

  /* A moved card, an edited amount: one refresh after a burst of changes. */
  if (type != ZS_TYPE_PROJECT && type != G_TYPE_NONE)
    return;
  forget_base (self);
  if (self->frozen)
    self->columns_dirty = TRUE;
  else
    zs_page_queue_refresh (ZS_PAGE (self));
}

/* ---- actions ---------------------------------------------------------------------- */

static void
open_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (widget);
  g_autoptr(ZsProject) project = load_project (self, g_variant_get_int64 (parameter));

  if (project != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
move_project_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (widget);
  g_autoptr(ZsProject) project = load_project (self, g_variant_get_int64 (parameter));

  if (project != NULL)
    zs_board_page_move_project (self, project, -1);
}

static void
delete_project_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (widget);
  g_autoptr(ZsProject) project = load_project (self, g_variant_get_int64 (parameter));

  if (project != NULL)
    zs_board_page_delete_project (self, project);
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (widget);
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);

  /* What the filter shows is what a new project most likely belongs to. */
  zs_record_set_int (r, ZS_PROJECT_CHAIN_ID, zs_dropdown_get_record_id (self->chain_dropdown, self->chain_ids));
  zs_record_set_int (r, ZS_PROJECT_UNIT_ID, zs_dropdown_get_record_id (self->unit_dropdown, self->unit_ids));
  zs_record_set_int (r, ZS_PROJECT_PERSON_ID, zs_dropdown_get_record_id (self->person_dropdown, self->person_ids));
  zs_record_set_string (r, ZS_PROJECT_STAGE_SINCE, today_of (self));
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
checklists_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (widget);
  GtkWidget *dialog = zs_checklist_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                               store_of (self), self->filter, today_of (self));

  g_signal_connect_object (dialog, "project-activated", G_CALLBACK (on_column_project_activated),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject ---------------------------------------------------------------------- */

/* The ledger's sixteen columns are built when it is first asked for, not
 * for the board's first frame. */
static ZsLedger *
ensure_ledger (ZsBoardPage *self)
{
  if (self->ledger != NULL || self->filter == NULL)
    return self->ledger;
  self->ledger = zs_ledger_new (zs_page_get_context (ZS_PAGE (self)), self->filter, self->stale_days);
  g_signal_connect_object (self->ledger, "project-activated", G_CALLBACK (on_column_project_activated),
                           self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->ledger_bin, GTK_WIDGET (self->ledger));
  zs_ledger_set_frozen (self->ledger, !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
                        g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "ledger") != 0);
  return self->ledger;
}

/* Only the view on screen keeps up with changes; the other catches up when
 * it is shown. */
static void
update_frozen (ZsBoardPage *self)
{
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self));
  gboolean ledger = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "ledger") == 0;
  gboolean columns_frozen = !mapped || ledger;

  if (self->ledger != NULL)
    zs_ledger_set_frozen (self->ledger, !mapped || !ledger);

  self->frozen = columns_frozen;
  if (!self->frozen && self->columns_dirty && store_of (self) != NULL)
    refresh_columns (self, FALSE);
}

static void
zs_board_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (zs_board_page_parent_class)->map (widget);
  update_frozen (ZS_BOARD_PAGE (widget));
}

static void
zs_board_page_unmap (GtkWidget *widget)
{
  /* Hidden behind the editor: edits need not re-query every column. */
  GTK_WIDGET_CLASS (zs_board_page_parent_class)->unmap (widget);
  update_frozen (ZS_BOARD_PAGE (widget));
}

static void
zs_board_page_refresh (ZsPage *page)
{
  refresh_columns (ZS_BOARD_PAGE (page), FALSE);
}

/* The stale filter counts to today; the cards and the ledger follow the
 * clock themselves. */
static void
zs_board_page_day_changed (ZsPage *page)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (page);

  forget_base (self);
  if (self->frozen)
    self->columns_dirty = TRUE;
  else
    refresh_columns (self, FALSE);
}

static void
zs_board_page_context_set (ZsPage *page)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (page);
  ZsStore *store = zs_page_get_store (page);

  self->stale_days = zs_settings_get_int (store, ZS_SETTING_STALE_DAYS);
  self->filter = zs_project_filter_new ();
  self->obstacles = zs_open_obstacles_new (store);

  fill_grade_choices (self);
  fill_all_choices (self);
  build_columns (self);

  g_signal_connect_object (self->filter, "notify", G_CALLBACK (apply_filter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  apply_filter (self, NULL);
}

static void
zs_board_page_dispose (GObject *object)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_BOARD_PAGE);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->obstacles);
  forget_base (self);

  G_OBJECT_CLASS (zs_board_page_parent_class)->dispose (object);
}

static void
zs_board_page_finalize (GObject *object)
{
  ZsBoardPage *self = ZS_BOARD_PAGE (object);

  g_array_unref (self->chain_ids);
  g_array_unref (self->unit_ids);
  g_array_unref (self->person_ids);
  g_ptr_array_unref (self->kept);

  G_OBJECT_CLASS (zs_board_page_parent_class)->finalize (object);
}

static void
zs_board_page_class_init (ZsBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_board_page_dispose;
  object_class->finalize = zs_board_page_finalize;
  widget_class->map = zs_board_page_map;
  widget_class->unmap = zs_board_page_unmap;
  page_class->context_set = zs_board_page_context_set;
  page_class->refresh = zs_board_page_refresh;
  page_class->day_changed = zs_board_page_day_changed;

  /**
   * ZsBoardPage::project-activated:
   * @project: the project to open (a new one has id 0)
   */
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, chain_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, grade_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, more_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, key_check);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, stale_check);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, board_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, ledger_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, match_label);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, ZsBoardPage, ledger_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);

  gtk_widget_class_install_action (widget_class, "board.open-project", "x", open_project_action);
  gtk_widget_class_install_action (widget_class, "board.move-project", "x", move_project_action);
  gtk_widget_class_install_action (widget_class, "board.delete-project", "x", delete_project_action);
  gtk_widget_class_install_action (widget_class, "board.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "board.checklists", NULL, checklists_action);
}

static void
zs_board_page_init (ZsBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_search_entry_connect (self->search_entry, G_CALLBACK (on_search_changed), self);

  self->columns = g_ptr_array_new ();
  self->chain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->kept = g_ptr_array_new_with_free_func (g_object_unref);
}

ZsProjectFilter *
zs_board_page_get_filter (ZsBoardPage *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);
  return self->filter;
}

ZsBoardColumn *
zs_board_page_get_column (ZsBoardPage *self,
                          ZsStage      stage)
{
  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);
  g_return_val_if_fail (stage < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, stage);
}

ZsLedger *
zs_board_page_get_ledger (ZsBoardPage *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);
  return ensure_ledger (self);
}

void
zs_board_page_show_view (ZsBoardPage *self,
                         const char  *view)
{
  gboolean ledger;

  g_return_if_fail (ZS_IS_BOARD_PAGE (self));

  ledger = g_strcmp0 (view, "ledger") == 0;
  if (ledger)
    ensure_ledger (self);
  zs_stack_show_only (self->view_stack, ledger ? "ledger" : "board");
  update_frozen (self);
  if (self->filter != NULL)
    update_matches (self);
  if (gtk_toggle_button_get_active (self->ledger_toggle) != ledger)
    gtk_toggle_button_set_active (ledger ? self->ledger_toggle : self->board_toggle, TRUE);
}

const char *
zs_board_page_get_match_text (ZsBoardPage *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->match_label)))
    return NULL;
  return gtk_label_get_text (self->match_label);
}

const char *
zs_board_page_get_view (ZsBoardPage *self)
{
  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

void
zs_board_page_set_search (ZsBoardPage *self,
                          const char  *text)
{
  g_return_if_fail (ZS_IS_BOARD_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Apply now rather than after the entry's typing pause. */
  on_search_changed (self);
}

void
zs_board_page_focus_search (ZsBoardPage *self)
{
  g_return_if_fail (ZS_IS_BOARD_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkWidget *
zs_board_page_move_project (ZsBoardPage *self,
                            ZsProject   *project,
                            int          target)
{
  ZsStageDialog *dialog;

  g_return_val_if_fail (ZS_IS_BOARD_PAGE (self), NULL);

  dialog = zs_stage_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                store_of (self), project, target, today_of (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

void
zs_board_page_delete_project (ZsBoardPage *self,
                              ZsProject   *project)
{
  g_return_if_fail (ZS_IS_BOARD_PAGE (self));

  zs_delete_record (GTK_WIDGET (self), ZS_RECORD (project));
}
