/* zs-window.c — the main window: sidebar, pages and the first-run welcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The window owns no data: it shows the pages of one store. The sidebar is
 * made from the page stack, so a page added to zs-window.ui shows up in the
 * navigation with its title and icon.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-activities-page.h"
#include "zs-activity-detail.h"
#include "zs-board-page.h"
#include "zs-carrier-editor.h"
#include "zs-carriers-page.h"
#include "zs-chain-page.h"
#include "zs-database.h"
#include "zs-dispatch-page.h"
#include "zs-enterprise-page.h"
#include "zs-exchange.h"
#include "zs-export-dialog.h"
#include "zs-import-dialog.h"
#include "zs-lead-detail.h"
#include "zs-leads-page.h"
#include "zs-map-page.h"
#include "zs-partner-detail.h"
#include "zs-partners-page.h"
#include "zs-preferences-window.h"
#include "zs-project-editor.h"
#include "zs-record-dialog.h"
#include "zs-today-page.h"
#include "zs-trash-page.h"
#include "zs-ui-util.h"
#include "zs-window.h"
#include "zs-window-private.h"
#include "zs-tooltip.h"

static void
subpage_free (gpointer data)
{
  Subpage *page = data;

  g_object_unref (page->widget);
  g_free (page->title);
  g_free (page);
}

G_DEFINE_FINAL_TYPE (ZsWindow, zs_window, ADW_TYPE_APPLICATION_WINDOW)

static void
on_exported (ZsWindow   *self,
             const char *path,
             guint64     n_records)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *count = g_strdup_printf ("%" G_GUINT64_FORMAT, n_records);
  g_autofree char *message = g_strdup_printf (_("Exported %s records to “%s”"), count, name);

  zs_window_add_toast (self, message);
}

static void
on_imported (ZsWindow       *self,
             ZsImportReport *report)
{
  g_autofree char *counts = zs_import_report_format_counts (report);
  g_autofree char *message = g_strdup_printf (_("Imported “%s”: %s"), zs_import_report_get_source_name (report), counts);

  zs_window_update_main_view (self);
  zs_window_add_toast (self, message);
}

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build tree without an installed schema: keep no state
   * rather than abort. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.zhaoshang.Zhaoshang", TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
update_title (ZsWindow *self)
{
  gboolean subpage = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") == 0;
  GtkStackPage *page;

  if (subpage)
    return;

  page = gtk_stack_get_page (self->page_stack, gtk_stack_get_visible_child (self->page_stack));
  adw_window_title_set_title (self->content_title, page != NULL ? gtk_stack_page_get_title (page) : "");
  adw_window_title_set_subtitle (self->content_title, NULL);
}

static void
update_back_button (ZsWindow *self)
{
  gboolean subpage = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), subpage || adw_leaflet_get_folded (self->leaflet));
}

void
zs_window_update_main_view (ZsWindow *self)
{
  g_autofree char *set_up = zs_store_get_setting (self->store, ZS_SETTING_SETUP_DONE);
  /* A bureau that went through the assistant, or skipped it, works on the
   * board even before its first project. */
  gboolean empty = zs_database_is_empty (self->store) && set_up == NULL;

  /* The assistant's editors cost a tenth of a second: a bureau already
   * set up never sees them. */
  if (empty && !self->assistant_ready)
    {
      self->assistant_ready = TRUE;
      zs_setup_assistant_set_context (self->setup_assistant, self->context);
    }
  gtk_stack_set_visible_child_name (self->main_stack, empty ? "welcome" : "workspace");
}

/* A page with a "badge" property (a count, 0 for none) shows it on its
 * sidebar row, with its "badge-tooltip" saying what is counted. */
static void
on_page_badge_changed (GtkWidget  *page,
                       GParamSpec *pspec,
                       GtkLabel   *badge)
{
  guint count = 0;
  g_autofree char *tooltip = NULL;
  g_autofree char *text = NULL;

  g_object_get (page, "badge", &count, "badge-tooltip", &tooltip, NULL);
  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (badge, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (badge), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (badge), count > 0);
}

/* Every row has a badge, hidden until a page with a "badge" property is
 * built: pages are built when first shown (ensure_page()). */
static GtkWidget *
sidebar_row_new (GtkStackPage *page)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page));
  GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (badge, "sidebar-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (badge, FALSE);
  gtk_box_append (GTK_BOX (box), badge);
  g_object_set_data (G_OBJECT (row), "zs-badge", badge);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, gtk_stack_page_get_name (page));
  return row;
}

static void
on_page_show_subpage (ZsWindow   *self,
                      GtkWidget  *subpage,
                      const char *title)
{
  zs_window_show_subpage (self, subpage, title);
}

/* A page asks for its subpages with ZsPage::show-subpage. */
static void
listen_to_page (ZsWindow *self,
                ZsPage   *page)
{
  if (g_signal_handler_find (page, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                             on_page_show_subpage, self) == 0)
    g_signal_connect_object (page, "show-subpage", G_CALLBACK (on_page_show_subpage), self, G_CONNECT_SWAPPED);
}

/* The pages of zs-window.ui's stack, each an AdwBin there: a page is
 * built and filled when first shown, so the first frame pays for one. */
static const struct {
  const char *name;
  GType     (*get_type) (void);
} page_types[] = {
  { "today", zs_today_page_get_type },
  { "board", zs_board_page_get_type },
  { "map", zs_map_page_get_type },
  { "partners", zs_partners_page_get_type },
  { "leads", zs_leads_page_get_type },
  { "activities", zs_activities_page_get_type },
  { "carriers", zs_carriers_page_get_type },
  { "dispatch", zs_dispatch_page_get_type },
  { "trash", zs_trash_page_get_type },
};

static void on_project_activated (ZsWindow  *self,
                                  ZsProject *project);
static void on_record_activated (ZsWindow *self,
                                 ZsRecord *record);

static void
show_badge (ZsWindow   *self,
            const char *name,
            GtkWidget  *page)
{
  GtkListBoxRow *row = zs_window_find_sidebar_row (self, name);
  GtkWidget *badge = row != NULL ? g_object_get_data (G_OBJECT (row), "zs-badge") : NULL;

  if (badge == NULL || g_object_class_find_property (G_OBJECT_GET_CLASS (page), "badge") == NULL)
    return;
  g_signal_connect_object (page, "notify::badge", G_CALLBACK (on_page_badge_changed), badge, 0);
  on_page_badge_changed (page, NULL, GTK_LABEL (badge));
}

GtkWidget *
zs_window_ensure_page (ZsWindow   *self,
                       const char *name)
{
  GtkWidget *slot = name != NULL ? gtk_stack_get_child_by_name (self->page_stack, name) : NULL;
  GtkWidget *page = NULL;

  if (slot == NULL || !ADW_IS_BIN (slot))
    return NULL;
  if (adw_bin_get_child (ADW_BIN (slot)) != NULL)
    return adw_bin_get_child (ADW_BIN (slot));

  for (guint i = 0; i < G_N_ELEMENTS (page_types) && page == NULL; i++)
    if (g_str_equal (page_types[i].name, name))
      page = g_object_new (page_types[i].get_type (), NULL);
  if (page == NULL)
    return NULL;

  adw_bin_set_child (ADW_BIN (slot), page);
  if (ZS_IS_BOARD_PAGE (page))
    {
      self->board_page = ZS_BOARD_PAGE (page);
      g_signal_connect_object (page, "project-activated", G_CALLBACK (on_project_activated), self, G_CONNECT_SWAPPED);
    }
  else if (ZS_IS_MAP_PAGE (page))
    {
      self->map_page = ZS_MAP_PAGE (page);
      g_signal_connect_object (page, "chain-activated", G_CALLBACK (on_record_activated), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "enterprise-activated", G_CALLBACK (on_record_activated), self, G_CONNECT_SWAPPED);
    }
  zs_page_set_context (ZS_PAGE (page), self->context);
  listen_to_page (self, ZS_PAGE (page));
  show_badge (self, name, page);
  return page;
}

ZsBoardPage *
zs_window_get_board_page (ZsWindow *self)
{
  return ZS_BOARD_PAGE (zs_window_ensure_page (self, "board"));
}

/* After the first frame: the pages whose sidebar row shows a count. */
static gboolean
build_badge_pages (gpointer data)
{
  ZsWindow *self = data;

  self->badge_pages_id = 0;
  self->badges_started = TRUE;
  zs_window_ensure_page (self, "today");
  zs_window_count_overdue_leads (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_map_build_pages (ZsWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map_build_pages, self);
  if (self->badge_pages_id == 0)
    self->badge_pages_id = g_idle_add_full (G_PRIORITY_LOW, build_badge_pages, self, NULL);
}

static void
build_sidebar (ZsWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->page_stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      gtk_list_box_append (self->sidebar, sidebar_row_new (GTK_STACK_PAGE (page)));
    }
}

GtkListBoxRow *
zs_window_find_sidebar_row (ZsWindow   *self,
                            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

/* Keyboard focus follows the navigation: on a subpage where it wants typing
 * (a new project's name), else to its back button; on a page to its
 * sidebar row. Left on a widget that went away, it would land on the first
 * sidebar row when the window is next activated, and the sidebar, which
 * selects what has focus, would leave the page. */
static void
focus_navigation (ZsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sidebar);
  GtkWidget *subpage = adw_bin_get_child (self->subpage_bin);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") == 0)
    {
      if (!ZS_IS_PAGE (subpage) || !zs_page_grab_initial_focus (ZS_PAGE (subpage)))
        gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
    }
  else if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_sidebar_row_selected (ZsWindow      *self,
                         GtkListBoxRow *row)
{
  const char *name;

  if (row == NULL)
    return;

  name = gtk_widget_get_name (GTK_WIDGET (row));
  if (!zs_window_may_leave (self, ZS_WINDOW_LEAVE_FOR_PAGE, NULL, name))
    {
      /* The sidebar shows where the clerk still is. */
      GtkListBoxRow *current = zs_window_find_sidebar_row (self, gtk_stack_get_visible_child_name (self->page_stack));

      g_signal_handlers_block_by_func (self->sidebar, on_sidebar_row_selected, self);
      gtk_list_box_select_row (self->sidebar, current);
      g_signal_handlers_unblock_by_func (self->sidebar, on_sidebar_row_selected, self);
      return;
    }
  zs_window_close_subpage (self);
  zs_window_ensure_page (self, name);
  /* The others hidden: see zs_stack_show_only(). */
  zs_stack_show_only (self->page_stack, name);
  update_title (self);
  focus_navigation (self);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-page", name);
}

static void
on_sidebar_row_activated (ZsWindow      *self,
                          GtkListBoxRow *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_project_activated (ZsWindow  *self,
                      ZsProject *project)
{
  zs_window_open_project (self, project);
}

static void
on_record_activated (ZsWindow *self,
                     ZsRecord *record)
{
  zs_window_open_record (self, record);
}

static void
on_store_changed (ZsWindow *self,
                  GType     type)
{
  if (type == ZS_TYPE_LEAD || type == G_TYPE_NONE)
    zs_window_count_overdue_leads (self);
  /* The welcome page gives way as soon as there is something to show. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    zs_window_update_main_view (self);
}

/* The desktop's file chooser for an exchange file, or a catalogue file. */
static void
restore_state (ZsWindow *self)
{
  g_autofree char *page = NULL;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  page = g_settings_get_string (self->settings, "last-page");
  zs_window_show_page (self, page);
}

static gboolean
zs_window_close_request (GtkWindow *window)
{
  ZsWindow *self = ZS_WINDOW (window);

  if (!zs_window_may_leave (self, ZS_WINDOW_LEAVE_CLOSE, NULL, NULL))
    return TRUE;

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (zs_window_parent_class)->close_request (window);
}

static void
zs_window_constructed (GObject *object)
{
  ZsWindow *self = ZS_WINDOW (object);
  g_autofree char *where = NULL;

  G_OBJECT_CLASS (zs_window_parent_class)->constructed (object);

  g_return_if_fail (ZS_IS_STORE (self->store));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  where = g_strdup_printf (_("Data is kept in %s"), zs_store_get_path (self->store));
  zs_setup_assistant_set_location (self->setup_assistant, where);

  self->context = zs_context_new (self->store, NULL);
  zs_window_setup_undo (self);
  zs_window_setup_copy_actions (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (zs_context_get_clock (self->context), "day-changed",
                           G_CALLBACK (zs_window_count_overdue_leads), self, G_CONNECT_SWAPPED);
  /* What other programs save on the same file shows in every list and
   * page: the store re-reads it and says so through ::changed. */
  zs_store_watch_others (self->store, ZS_STORE_WATCH_INTERVAL_MS);

  build_sidebar (self);
  /* The page the clerk left last, or the board: only that one is built. */
  restore_state (self);
  if (gtk_list_box_get_selected_row (self->sidebar) == NULL)
    zs_window_show_page (self, "board");
  g_signal_connect (self, "map", G_CALLBACK (on_first_map_build_pages), self);
  zs_window_update_main_view (self);
  update_back_button (self);
}

static void
zs_window_dispose (GObject *object)
{
  ZsWindow *self = ZS_WINDOW (object);

  /* A field that loses the focus as the pages go saves what was typed:
   * the window no longer listens by then. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  g_clear_pointer (&self->subpage_history, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_object (&self->undo_stack);
  g_clear_handle_id (&self->purge_id, g_source_remove);
  g_clear_handle_id (&self->badge_pages_id, g_source_remove);
  g_cancellable_cancel (self->leads_count);
  g_clear_object (&self->leads_count);

  G_OBJECT_CLASS (zs_window_parent_class)->dispose (object);
}

static void
zs_window_finalize (GObject *object)
{
  ZsWindow *self = ZS_WINDOW (object);

  g_clear_object (&self->store);
  g_free (self->sheet_table);

  G_OBJECT_CLASS (zs_window_parent_class)->finalize (object);
}

static void
zs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZsWindow *self = ZS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZsWindow *self = ZS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_window_class_init (ZsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = zs_window_constructed;
  object_class->dispose = zs_window_dispose;
  object_class->finalize = zs_window_finalize;

  zs_tooltip_init ();
  object_class->get_property = zs_window_get_property;
  object_class->set_property = zs_window_set_property;
  window_class->close_request = zs_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, ZS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The clerk chose another database to work in (连接服务器…, or the
   * server a copy just went to): whoever opened the window opens it. */
  g_signal_new ("open-database", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (ZS_TYPE_BOARD_PAGE);
  g_type_ensure (ZS_TYPE_SETUP_ASSISTANT);
  g_type_ensure (ZS_TYPE_MAP_PAGE);
  g_type_ensure (ZS_TYPE_CARRIERS_PAGE);
  g_type_ensure (ZS_TYPE_DISPATCH_PAGE);
  g_type_ensure (ZS_TYPE_PARTNERS_PAGE);
  g_type_ensure (ZS_TYPE_LEADS_PAGE);
  g_type_ensure (ZS_TYPE_ACTIVITIES_PAGE);
  g_type_ensure (ZS_TYPE_TODAY_PAGE);
  g_type_ensure (ZS_TYPE_TRASH_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, setup_assistant);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsWindow, subpage_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  zs_window_install_actions (widget_class);
}

static void
zs_window_init (ZsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->subpage_history = g_ptr_array_new_with_free_func (subpage_free);
  self->settings = settings_new_if_installed ();

  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name", G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);
}

ZsWindow *
zs_window_new (GtkApplication *application,
               ZsStore        *store)
{
  return g_object_new (ZS_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

ZsStore *
zs_window_get_store (ZsWindow *self)
{
  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  return self->store;
}

ZsContext *
zs_window_get_context (ZsWindow *self)
{
  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  return self->context;
}

gboolean
zs_window_show_page (ZsWindow   *self,
                     const char *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ZS_IS_WINDOW (self), FALSE);

  row = name != NULL ? zs_window_find_sidebar_row (self, name) : NULL;
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->sidebar, row);
  /* Selecting an already selected row emits nothing; show it anyway. */
  on_sidebar_row_selected (self, row);
  return TRUE;
}

const char *
zs_window_get_page (ZsWindow *self)
{
  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->page_stack);
}

GStrv
zs_window_list_pages (ZsWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_strv_builder_add (builder, gtk_widget_get_name (child));

  return g_strv_builder_end (builder);
}

void
zs_window_show_subpage (ZsWindow   *self,
                        GtkWidget  *widget,
                        const char *title)
{
  GtkWidget *current;

  g_return_if_fail (ZS_IS_WINDOW (self));

  if (!zs_window_may_leave (self, ZS_WINDOW_LEAVE_FOR_SUBPAGE, widget, title))
    return;

  /* Opened from another subpage (a chain's enterprise, a partner's lead):
   * Back returns to it. */
  current = adw_bin_get_child (self->subpage_bin);
  if (current != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") == 0)
    {
      Subpage *previous = g_new0 (Subpage, 1);

      previous->widget = g_object_ref (current);
      previous->title = g_strdup (adw_window_title_get_title (self->content_title));
      g_ptr_array_add (self->subpage_history, previous);
    }

  if (ZS_IS_PAGE (widget))
    listen_to_page (self, ZS_PAGE (widget));
  adw_bin_set_child (self->subpage_bin, widget);
  gtk_stack_set_visible_child_name (self->content_stack, "subpage");
  adw_window_title_set_title (self->content_title, title);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  focus_navigation (self);
}

void
zs_window_back (ZsWindow *self)
{
  Subpage *previous;

  g_return_if_fail (ZS_IS_WINDOW (self));

  if (!zs_window_may_leave (self, ZS_WINDOW_LEAVE_BACK, NULL, NULL))
    return;

  if (self->subpage_history->len == 0)
    {
      zs_window_close_subpage (self);
      return;
    }

  previous = g_ptr_array_steal_index (self->subpage_history, self->subpage_history->len - 1);
  adw_bin_set_child (self->subpage_bin, previous->widget);
  adw_window_title_set_title (self->content_title, previous->title);
  subpage_free (previous);
  focus_navigation (self);
}

GtkWidget *
zs_window_get_subpage (ZsWindow *self)
{
  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "subpage") != 0)
    return NULL;
  return adw_bin_get_child (self->subpage_bin);
}

void
zs_window_open_project (ZsWindow  *self,
                        ZsProject *project)
{
  GtkWidget *editor;
  const char *title;

  g_return_if_fail (ZS_IS_WINDOW (self));
  g_return_if_fail (ZS_IS_PROJECT (project));

  editor = zs_project_editor_new (self->context, project);
  title = zs_record_get_id (ZS_RECORD (project)) != 0 ? zs_record_get_title (ZS_RECORD (project)) : _("New Project");
  zs_window_show_subpage (self, editor, title);
}

void
zs_window_close_subpage (ZsWindow *self)
{
  g_return_if_fail (ZS_IS_WINDOW (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "pages") == 0)
    return;

  gtk_stack_set_visible_child_name (self->content_stack, "pages");
  adw_bin_set_child (self->subpage_bin, NULL);
  g_ptr_array_set_size (self->subpage_history, 0);
  update_title (self);
  focus_navigation (self);
}

void
zs_window_open_record (ZsWindow *self,
                       ZsRecord *record)
{
  GtkWidget *page;

  g_return_if_fail (ZS_IS_WINDOW (self));
  g_return_if_fail (ZS_IS_RECORD (record));

  /* 批示, 督办 items and replies are read and answered on the page of
   * what they are about. */
  if (ZS_IS_INSTRUCTION (record) || ZS_IS_SUPERVISION (record) || ZS_IS_SUPERVISION_REPLY (record))
    {
      g_autoptr(ZsRecord) owner = zs_supervision_load_owner (self->store, record, NULL);

      if (owner != NULL)
        zs_window_open_record (self, owner);
      return;
    }

  if (ZS_IS_CHAIN (record))
    page = zs_chain_page_new (self->context, ZS_CHAIN (record));
  else if (ZS_IS_ENTERPRISE (record))
    page = zs_enterprise_page_new (self->context, ZS_ENTERPRISE (record));
  else if (ZS_IS_PROJECT (record))
    page = zs_project_editor_new (self->context, ZS_PROJECT (record));
  else if (ZS_IS_LEAD (record))
    page = zs_lead_detail_new (self->context, ZS_LEAD (record));
  else if (ZS_IS_PARTNER (record))
    page = zs_partner_detail_new (self->context, ZS_PARTNER (record));
  else if (ZS_IS_ACTIVITY (record))
    page = zs_activity_detail_new (self->context, ZS_ACTIVITY (record));
  else if (ZS_IS_CARRIER (record))
    page = zs_carrier_editor_new (self->context, ZS_CARRIER (record));
  else
    {
      /* The rest: their fields in a dialog over the page. */
      GtkWidget *dialog = zs_record_dialog_new (GTK_WINDOW (self), self->store, record,
                                                zs_record_get_title (record), NULL, 0);

      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  /* From a page of the map, a chain's enterprise or project opens over
   * it, and Back returns to it. */
  zs_window_show_subpage (self, page, zs_record_get_title (record));
}

void
zs_window_show_board_for_chain (ZsWindow *self,
                                gint64    chain_id)
{
  ZsProjectFilter *filter;

  g_return_if_fail (ZS_IS_WINDOW (self));

  filter = zs_board_page_get_filter (zs_window_get_board_page (self));
  zs_window_close_subpage (self);
  zs_window_show_page (self, "board");
  zs_project_filter_clear (filter);
  g_object_set (filter, "chain-id", chain_id, NULL);
}

void
zs_window_show_targets (ZsWindow *self,
                        gint64    chain_id)
{
  g_return_if_fail (ZS_IS_WINDOW (self));

  zs_window_close_subpage (self);
  zs_window_show_page (self, "map");
  zs_window_ensure_page (self, "map");
  zs_map_page_show_view (self->map_page, "targets");
  zs_target_ledger_set_chain (zs_map_page_get_targets (self->map_page), chain_id);
}

ZsImportDialog *
zs_window_import_catalogue_file (ZsWindow *self,
                                 GFile    *file)
{
  ZsImportDialog *dialog;

  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = zs_import_dialog_new_catalogue (self->store, file);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

void
zs_window_add_toast (ZsWindow   *self,
                     const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (ZS_IS_WINDOW (self));

  /* Toast titles are markup; messages quote user text. */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

void
zs_window_add_toast_object (ZsWindow *self,
                            AdwToast *toast)
{
  g_return_if_fail (ZS_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

ZsExportDialog *
zs_window_export_projects (ZsWindow   *self,
                           ZsQuery    *projects,
                           const char *description)
{
  ZsExportDialog *dialog;

  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);

  dialog = zs_export_dialog_new (self->store, projects, description);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

ZsImportDialog *
zs_window_import_file (ZsWindow *self,
                       GFile    *file)
{
  ZsImportDialog *dialog;

  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = zs_import_dialog_new (self->store, file);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_sheet_imported (ZsWindow   *self,
                   const char *summary)
{
  g_autofree char *message = g_strdup_printf (_("Imported %s"), summary);

  zs_window_update_main_view (self);
  zs_window_add_toast (self, message);
}

ZsSheetImportDialog *
zs_window_import_sheet (ZsWindow   *self,
                        const char *path,
                        const char *table)
{
  ZsSheetImportDialog *dialog;

  g_return_val_if_fail (ZS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  dialog = zs_sheet_import_dialog_new (self->store, path, table);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_sheet_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
