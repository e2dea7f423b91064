/* zs-history-window.c — the bureau-wide 修改记录
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A list view over the history model: rows are made for what is on
 * screen, and the model reads the next page as the clerk scrolls, so a
 * million entries open as fast as ten.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-history-row.h"
#include "zs-history-window.h"
#include "zs-sheet-history.h"
#include "zs-table-export.h"
#include "zs-ui-util.h"

#define PAGE_SIZE 100

/* The periods of the period filter, in its order. */
enum {
  PERIOD_ALL,
  PERIOD_WEEK,
  PERIOD_MONTH,
  PERIOD_CUSTOM,
};

struct _ZsHistoryWindow
{
  AdwWindow        parent_instance;

  ZsStore         *store;
  ZsHistoryModel  *model;
  GPtrArray       *people;   /* names, after "everyone" */
  GArray          *types;    /* GType, after "all types"; G_TYPE_NONE for imports */

  GtkDropDown     *person_drop;
  GtkDropDown     *type_drop;
  GtkDropDown     *period_drop;
  GtkBox          *custom_box;
  GtkEntry        *from_entry;
  GtkEntry        *to_entry;
  GtkStack        *stack;
  GtkListView     *list_view;
  AdwHeaderBar    *header_bar;
};

G_DEFINE_FINAL_TYPE (ZsHistoryWindow, zs_history_window, ADW_TYPE_WINDOW)

/* Local midnight of @date as the history's UTC timestamp. */
static char *
timestamp_of_local_day (GDateTime *day)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (day),
                                                         g_date_time_get_month (day),
                                                         g_date_time_get_day_of_month (day), 0, 0, 0);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (midnight);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
timestamp_of_iso_date (const char *iso,
                       int         add_days)
{
  g_autofree char *shifted = zs_date_add_days (iso, add_days);
  g_autofree char *text = g_strconcat (shifted, "T00:00:00", NULL);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) day = g_date_time_new_from_iso8601 (text, local);

  return day != NULL ? timestamp_of_local_day (day) : NULL;
}

static void
update_filter (ZsHistoryWindow *self)
{
  ZsHistoryFilter filter = { 0 };
  guint person = gtk_drop_down_get_selected (self->person_drop);
  guint type = gtk_drop_down_get_selected (self->type_drop);
  guint period = gtk_drop_down_get_selected (self->period_drop);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;

  if (person > 0 && person <= self->people->len)
    filter.who = g_ptr_array_index (self->people, person - 1);
  if (type > 0 && type <= self->types->len)
    {
      GType t = g_array_index (self->types, GType, type - 1);

      if (t == G_TYPE_NONE)
        filter.imports_only = TRUE;
      else
        filter.record_type = t;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->custom_box), period == PERIOD_CUSTOM);
  if (period == PERIOD_WEEK)
    {
      g_autoptr(GDateTime) monday = g_date_time_add_days (now, 1 - g_date_time_get_day_of_week (now));

      since = timestamp_of_local_day (monday);
    }
  else if (period == PERIOD_MONTH)
    {
      g_autoptr(GDateTime) first = g_date_time_add_days (now, 1 - g_date_time_get_day_of_month (now));

      since = timestamp_of_local_day (first);
    }
  else if (period == PERIOD_CUSTOM)
    {
      const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
      const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));

      if (zs_date_is_valid (from))
        since = timestamp_of_iso_date (from, 0);
      if (zs_date_is_valid (to))
        until = timestamp_of_iso_date (to, 1);
      /* A date being typed marks its entry, and filters nothing yet. */
      if (*from != '\0' && !zs_date_is_valid (from))
        gtk_widget_add_css_class (GTK_WIDGET (self->from_entry), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
      if (*to != '\0' && !zs_date_is_valid (to))
        gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
    }
  filter.since = since;
  filter.until = until;

  zs_history_model_set_filter (self->model, &filter);
}

/* ---- the whole filtered history as a 台账, made in the export's worker ---- */

/* What the worker needs: the filter shown, copied, and where the database is. */
typedef struct {
  char            *location;
  ZsHistoryFilter  filter;
  char            *field, *who, *since, *until;
} HistoryExport;

static void
history_export_free (gpointer data)
{
  HistoryExport *he = data;

  g_free (he->location);
  g_free (he->field);
  g_free (he->who);
  g_free (he->since);
  g_free (he->until);
  g_free (he);
}

static gpointer
history_export_prepare (gpointer user_data)
{
  ZsHistoryWindow *self = user_data;
  HistoryExport *he = g_new0 (HistoryExport, 1);

  he->location = g_strdup (zs_store_get_path (self->store));
  he->filter = *zs_history_model_get_filter (self->model);
  he->filter.field = he->field = g_strdup (he->filter.field);
  he->filter.who = he->who = g_strdup (he->filter.who);
  he->filter.since = he->since = g_strdup (he->filter.since);
  he->filter.until = he->until = g_strdup (he->filter.until);
  return he;
}

/* Every entry the filter keeps, newest first: not only the pages the list
 * has read (zs-sheet-history.c). */
static ZsSheetGrid *
history_export_build (gpointer       prepared,
                      GCancellable  *cancellable,
                      GError       **error)
{
  HistoryExport *he = prepared;
  g_autoptr(ZsStore) store = zs_store_open_secondary (he->location, error);

  if (store == NULL)
    return NULL;
  return zs_sheet_history_grid (store, &he->filter, cancellable, error);
}

static gboolean
history_export_write (gpointer        prepared,
                      const char     *path,
                      ZsSheetFormat   format,
                      guint64        *n_rows,
                      GCancellable   *cancellable,
                      GError        **error)
{
  HistoryExport *he = prepared;
  g_autoptr(ZsStore) store = zs_store_open_secondary (he->location, error);

  if (store == NULL)
    return FALSE;
  return zs_sheet_history_write (store, &he->filter, path, format, n_rows, cancellable, error);
}

static void
update_empty (ZsHistoryWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0 ? "list" : "empty");
}

static void
on_filter_changed (ZsHistoryWindow *self)
{
  /* The drop-downs get their lists before the model is made. */
  if (self->model != NULL)
    update_filter (self);
}

static void
on_activate (ZsHistoryWindow *self,
             guint            position)
{
  g_autoptr(ZsHistoryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GType type;

  if (entry == NULL || parent == NULL)
    return;
  type = zs_history_entry_get_record_gtype (entry);
  if (type == G_TYPE_INVALID || zs_history_entry_get_record_id (entry) == 0)
    return;
  /* A record deleted since cannot open; its entries stay readable here. */
  if (zs_store_find_by_uuid (self->store, type, zs_history_entry_get_record_uuid (entry)) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.toast", "s",
                                  _("This record has been deleted."));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.open-record", "(sx)",
                              g_type_name (type), zs_history_entry_get_record_id (entry));
  gtk_window_present (parent);
}

static void
fill_people (ZsHistoryWindow *self,
             GtkStringList   *names)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PERSON);
  g_autoptr(GArray) ids = zs_store_query (self->store, query, NULL);
  const char *actor = zs_store_get_actor (self->store);
  gboolean actor_listed = FALSE;

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) person = zs_store_load (self->store, ZS_TYPE_PERSON, g_array_index (ids, gint64, i), NULL);

      if (person == NULL || zs_record_get_string (person, ZS_PERSON_NAME) == NULL)
        continue;
      g_ptr_array_add (self->people, g_strdup (zs_record_get_string (person, ZS_PERSON_NAME)));
      actor_listed |= g_strcmp0 (actor, zs_record_get_string (person, ZS_PERSON_NAME)) == 0;
    }
  /* The system account's name, when no person was chosen on this PC. */
  if (!actor_listed)
    g_ptr_array_add (self->people, g_strdup (actor));
  for (guint i = 0; i < self->people->len; i++)
    gtk_string_list_append (names, g_ptr_array_index (self->people, i));
}

static void
fill_types (ZsHistoryWindow *self,
            GtkStringList   *labels)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  GType imports = G_TYPE_NONE;

  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      g_array_append_val (self->types, types[i]);
      gtk_string_list_append (labels, g_dgettext (GETTEXT_PACKAGE, ((ZsRecordClass *) klass)->label));
    }
  g_array_append_val (self->types, imports);
  gtk_string_list_append (labels, _("File imports"));
}

static void
zs_history_window_dispose (GObject *object)
{
  ZsHistoryWindow *self = ZS_HISTORY_WINDOW (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_HISTORY_WINDOW);
  G_OBJECT_CLASS (zs_history_window_parent_class)->dispose (object);
}

static void
zs_history_window_finalize (GObject *object)
{
  ZsHistoryWindow *self = ZS_HISTORY_WINDOW (object);

  g_ptr_array_unref (self->people);
  g_array_unref (self->types);
  G_OBJECT_CLASS (zs_history_window_parent_class)->finalize (object);
}

static void
zs_history_window_class_init (ZsHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_history_window_dispose;
  object_class->finalize = zs_history_window_finalize;

  g_type_ensure (ZS_TYPE_HISTORY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, person_drop);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, type_drop);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, period_drop);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, custom_box);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ZsHistoryWindow, header_bar);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zs_history_window_init (ZsHistoryWindow *self)
{
  self->people = g_ptr_array_new_with_free_func (g_free);
  self->types = g_array_new (FALSE, FALSE, sizeof (GType));
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_header_bar_pack_end (self->header_bar,
                           zs_table_export_attach_grid_in_thread (GTK_WIDGET (self), "修改记录", history_export_prepare,
                                                                  history_export_build, history_export_write,
                                                                  history_export_free, self));
}

GtkWidget *
zs_history_window_new (GtkWindow *parent,
                       ZsStore   *store)
{
  ZsHistoryWindow *self;
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);

  self = g_object_new (ZS_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  gtk_string_list_append (people, _("Everyone"));
  fill_people (self, people);
  gtk_drop_down_set_model (self->person_drop, G_LIST_MODEL (people));
  gtk_string_list_append (types, _("All Record Types"));
  fill_types (self, types);
  gtk_drop_down_set_model (self->type_drop, G_LIST_MODEL (types));

  self->model = zs_history_model_new (store, NULL, PAGE_SIZE);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (update_empty), self);
  zs_view_show_model (GTK_WIDGET (self->list_view), G_LIST_MODEL (self->model));
  update_empty (self);
  return GTK_WIDGET (self);
}

gboolean
zs_history_window_select_person (ZsHistoryWindow *self,
                                 const char      *name)
{
  g_return_val_if_fail (ZS_IS_HISTORY_WINDOW (self), FALSE);

  for (guint i = 0; i < self->people->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->people, i), name) == 0)
      {
        gtk_drop_down_set_selected (self->person_drop, i + 1);
        return TRUE;
      }
  return FALSE;
}

GListModel *
zs_history_window_get_model (ZsHistoryWindow *self)
{
  g_return_val_if_fail (ZS_IS_HISTORY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->model);
}
