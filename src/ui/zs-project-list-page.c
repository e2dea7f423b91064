/* zs-project-list-page.c — the searchable list of every project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-project-list-page.h"
#include "zs-project-row.h"

struct _ZsProjectListPage
{
  GtkWidget       parent_instance;

  ZsStore        *store;
  ZsRecordList   *projects;

  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkStack       *stack;
  GtkListView    *list_view;
};

G_DEFINE_FINAL_TYPE (ZsProjectListPage, zs_project_list_page, GTK_TYPE_WIDGET)

enum {
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ZsQuery *
make_query (const char *search)
{
  ZsQuery *query = zs_query_new (ZS_TYPE_PROJECT);

  /* Most recently changed first: what the clerk worked on is on top. */
  zs_query_set_order (query, -1, TRUE);
  zs_query_set_search (query, search);
  return query;
}

static void
update_count (ZsProjectListPage *self)
{
  guint n = self->projects != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->projects)) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n), n);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "no-results");
}

static void
on_search_changed (ZsProjectListPage *self)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (self->projects == NULL)
    return;

  query = make_query (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (!zs_record_list_set_query (self->projects, query, &error))
    g_warning ("Search failed: %s", error->message);
}

static void
activate_position (ZsProjectListPage *self,
                   guint              position)
{
  g_autoptr(ZsProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), position);

  if (project != NULL)
    g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
}

static void
on_search_activate (ZsProjectListPage *self)
{
  /* Enter in the search opens the first match. */
  if (self->projects != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->projects)) > 0)
    activate_position (self, 0);
}

static void
on_list_activate (ZsProjectListPage *self,
                  guint              position)
{
  activate_position (self, position);
}

static void
on_row_setup (ZsProjectListPage *self,
              GtkListItem       *item)
{
  gtk_list_item_set_child (item, GTK_WIDGET (zs_project_row_new (self->store)));
}

static void
on_row_bind (ZsProjectListPage *self,
             GtkListItem       *item)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
on_row_unbind (ZsProjectListPage *self,
               GtkListItem       *item)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
zs_project_list_page_dispose (GObject *object)
{
  ZsProjectListPage *self = ZS_PROJECT_LIST_PAGE (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PROJECT_LIST_PAGE);
  /* The template's top box has no id, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->projects);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_project_list_page_parent_class)->dispose (object);
}

static void
zs_project_list_page_class_init (ZsProjectListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_project_list_page_dispose;

  /**
   * ZsProjectListPage::project-activated:
   * @project: the project the user opened
   */
  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-project-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsProjectListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectListPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZsProjectListPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
}

static void
zs_project_list_page_init (ZsProjectListPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
zs_project_list_page_set_store (ZsProjectListPage *self,
                                ZsStore           *store)
{
  g_autoptr(ZsQuery) query = make_query (NULL);
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_return_if_fail (ZS_IS_PROJECT_LIST_PAGE (self));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->projects = zs_record_list_new (store, query);
  g_signal_connect_object (self->projects, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->projects)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_count (self);
}

void
zs_project_list_page_set_search (ZsProjectListPage *self,
                                 const char        *text)
{
  g_return_if_fail (ZS_IS_PROJECT_LIST_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Apply now rather than after the entry's typing delay. */
  on_search_changed (self);
}

void
zs_project_list_page_focus_search (ZsProjectListPage *self)
{
  g_return_if_fail (ZS_IS_PROJECT_LIST_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GListModel *
zs_project_list_page_get_model (ZsProjectListPage *self)
{
  g_return_val_if_fail (ZS_IS_PROJECT_LIST_PAGE (self), NULL);
  return G_LIST_MODEL (self->projects);
}
