/* zs-carrier-editor.c — one carrier: its figures, its monthly update, its projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The fields are a ZsRecordEditor, saved as they are edited. Around them:
 * whether the carrier had its monthly update (月更新) and a button for the
 * person responsible to confirm the figures today, and the projects placed
 * in it and in talks about it, with a way to place another.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-carrier-editor.h"
#include "zs-conflict-dialog.h"
#include "zs-attachment-list.h"
#include "zs-record-history.h"
#include "zs-project-row.h"
#include "zs-record-chooser.h"
#include "zs-supervision-section.h"
#include "zs-ui-util.h"

struct _ZsCarrierEditor
{
  ZsPage           parent_instance;

  ZsCarrier       *carrier;       /* the page's record */
  ZsRecordEditor  *fields;
  ZsAttachmentList *attachments;
  ZsRecordHistory *change_history;
  ZsSupervisionSection *supervision_section;
  ZsRecordList    *placed;
  ZsRecordList    *talks;
  GtkWidget       *chooser;

  GtkLabel        *name_label;
  GtkLabel        *summary_label;
  AdwActionRow    *update_row;
  AdwBin          *editor_bin;
  AdwActionRow    *place_row;
  GtkStack        *placed_stack;
  GtkScrolledWindow *placed_scroller;
  GtkListView     *placed_view;
  GtkStack        *talks_stack;
  GtkScrolledWindow *talks_scroller;
  GtkListView     *talks_view;
};

G_DEFINE_FINAL_TYPE (ZsCarrierEditor, zs_carrier_editor, ZS_TYPE_PAGE)

static const guint basic_fields[] = {
  ZS_CARRIER_NAME, ZS_CARRIER_KIND, ZS_CARRIER_LOCATION, ZS_CARRIER_UNIT_ID,
};
static const guint space_fields[] = {
  ZS_CARRIER_TOTAL_AREA, ZS_CARRIER_AVAILABLE_AREA, ZS_CARRIER_FLOORS, ZS_CARRIER_HEIGHT,
  ZS_CARRIER_FLOOR_LOAD, ZS_CARRIER_PRICE,
};
static const guint responsibility_fields[] = {
  ZS_CARRIER_PERSON_ID, ZS_CARRIER_LAST_UPDATE, ZS_CARRIER_NOTES,
};

static const ZsEditorGroup carrier_groups[] = {
  { N_("Carrier"), basic_fields, G_N_ELEMENTS (basic_fields) },
  { N_("Space"), space_fields, G_N_ELEMENTS (space_fields) },
  { N_("Responsibility and Monthly Update"), responsibility_fields, G_N_ELEMENTS (responsibility_fields) },
};

static ZsStore *
store_of (ZsCarrierEditor *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static gboolean
is_saved (ZsCarrierEditor *self)
{
  return zs_record_get_id (ZS_RECORD (self->carrier)) != 0;
}

static void
update_header (ZsCarrierEditor *self)
{
  ZsRecord *r = ZS_RECORD (self->carrier);
  const char *name = zs_record_get_string (r, ZS_CARRIER_NAME);
  const char *last = zs_record_get_string (r, ZS_CARRIER_LAST_UPDATE);
  g_autofree char *available = zs_format_area (zs_record_get_int (r, ZS_CARRIER_AVAILABLE_AREA));
  g_autofree char *total = zs_format_area (zs_record_get_int (r, ZS_CARRIER_TOTAL_AREA));
  g_autofree char *unit = zs_format_field (store_of (self), r, ZS_CARRIER_UNIT_ID);
  g_autofree char *summary = NULL;
  g_autofree char *status = NULL;
  g_autofree char *date = zs_format_date (last);
  gboolean stale = zs_carrier_is_stale (self->carrier, zs_page_get_today (ZS_PAGE (self)));

  gtk_label_set_text (self->name_label, name != NULL ? name : _("New Carrier"));
  /* TRANSLATORS: a carrier's kind · unit · available of total area */
  summary = g_strdup_printf (_("%s · %s · %s available of %s"),
                             zs_enum_get_label (ZS_TYPE_CARRIER_KIND, zs_record_get_enum (r, ZS_CARRIER_KIND)),
                             *unit != '\0' ? unit : _("no unit"), available, total);
  gtk_label_set_text (self->summary_label, is_saved (self) ? summary
                                                           : _("Give the carrier a name to save it. Everything else can follow."));

  if (last == NULL)
    status = g_strdup (_("Never updated: due its monthly update"));
  else if (stale)
    status = g_strdup_printf (_("Due its monthly update: last updated %s"), date);
  else
    status = g_strdup_printf (_("Updated this month, on %s"), date);
  adw_action_row_set_subtitle (self->update_row, status);
  adw_action_row_set_icon_name (self->update_row, stale ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  if (stale)
    gtk_widget_add_css_class (GTK_WIDGET (self->update_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->update_row), "warning");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "carrier.mark-updated", is_saved (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "carrier.delete", is_saved (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->place_row), is_saved (self));
}

/* A list view tells its scroller little of its height: room for up to
 * five rows, then it scrolls. */
static void
fit_list (GtkStack          *stack,
          GtkScrolledWindow *scroller,
          GListModel        *model)
{
  guint n = g_list_model_get_n_items (model);

  gtk_stack_set_visible_child_name (stack, n > 0 ? "list" : "empty");
  gtk_scrolled_window_set_min_content_height (scroller, (int) MIN (n, 5) * 64);
}

static void
update_lists (ZsCarrierEditor *self)
{
  fit_list (self->placed_stack, self->placed_scroller, G_LIST_MODEL (self->placed));
  fit_list (self->talks_stack, self->talks_scroller, G_LIST_MODEL (self->talks));
}

static void
refresh_queries (ZsCarrierEditor *self)
{
  gint64 id = zs_record_get_id (ZS_RECORD (self->carrier));
  g_autoptr(ZsQuery) placed = zs_carrier_projects_query (id, TRUE);
  g_autoptr(ZsQuery) talks = zs_carrier_projects_query (id, FALSE);

  zs_record_list_set_query (self->placed, placed, NULL);
  zs_record_list_set_query (self->talks, talks, NULL);
  update_lists (self);
}

/* ---- lists of projects -------------------------------------------------------------- */

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ZsCarrierEditor          *self)
{
  GtkWidget *row = GTK_WIDGET (zs_project_row_new (store_of (self)));

  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_list_item_set_child (item, row);
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ZsCarrierEditor          *self)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_row_unbind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ZsCarrierEditor          *self)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_project_activate (GtkListView *view,
                     guint        position,
                     gpointer     user_data)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(ZsProject) project = g_list_model_get_item (model, position);

  if (project != NULL)
    zs_open_record (GTK_WIDGET (view), ZS_RECORD (project));
}

static void
set_up_list (ZsCarrierEditor *self,
             GtkListView     *view,
             ZsRecordList    *projects)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind), self);
  gtk_list_view_set_factory (view, factory);
  zs_view_show_model (GTK_WIDGET (view), G_LIST_MODEL (projects));
  g_signal_connect_object (projects, "items-changed", G_CALLBACK (update_lists), self, G_CONNECT_SWAPPED);
}

/* ---- placing a project -------------------------------------------------------------- */

static void
on_project_chosen (ZsCarrierEditor *self)
{
  gint64 id = zs_record_chooser_get_id (ZS_RECORD_CHOOSER (self->chooser));
  g_autoptr(ZsProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0)
    return;
  project = zs_store_load (store_of (self), ZS_TYPE_PROJECT, id, &error);
  if (project == NULL || !zs_carrier_editor_place (self, project, &error))
    zs_toast (GTK_WIDGET (self), error->message);
  /* Ready for the next one. */
  zs_record_chooser_set_id (ZS_RECORD_CHOOSER (self->chooser), 0);
}

/* ---- actions ------------------------------------------------------------------------- */

static void
mark_updated_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsCarrierEditor *self = ZS_CARRIER_EDITOR (widget);

  zs_record_editor_commit (self->fields);
  zs_record_set_string (ZS_RECORD (self->carrier), ZS_CARRIER_LAST_UPDATE, zs_page_get_today (ZS_PAGE (self)));
  zs_save_record (widget, store_of (self), ZS_RECORD (self->carrier), ZS_CARRIER_LAST_UPDATE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsCarrierEditor *self = ZS_CARRIER_EDITOR (widget);

  zs_delete_record (widget, ZS_RECORD (self->carrier));
}

static void
on_store_changed (ZsCarrierEditor *self)
{
  update_header (self);
}

static void
on_saved (ZsCarrierEditor *self)
{
  /* The first save gives the carrier its id: now it can have projects. */
  refresh_queries (self);
  update_header (self);
}

/* ---- GObject --------------------------------------------------------------------------- */

/* The monthly update is judged against today. */
static void
zs_carrier_editor_refresh (ZsPage *page)
{
  update_header (ZS_CARRIER_EDITOR (page));
}

static void
zs_carrier_editor_context_set (ZsPage *page)
{
  ZsCarrierEditor *self = ZS_CARRIER_EDITOR (page);
  ZsStore *store = zs_page_get_store (page);
  g_autoptr(ZsQuery) none = zs_query_new (ZS_TYPE_PROJECT);

  self->carrier = ZS_CARRIER (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_CARRIER (self->carrier));

  self->fields = ZS_RECORD_EDITOR (zs_record_editor_new (store, ZS_RECORD (self->carrier),
                                                         carrier_groups, G_N_ELEMENTS (carrier_groups)));
  zs_record_editor_set_clock (self->fields, zs_page_get_clock (ZS_PAGE (self)));
  adw_bin_set_child (self->editor_bin, GTK_WIDGET (self->fields));
  zs_attachment_list_set_record (self->attachments, store, ZS_RECORD (self->carrier));
  zs_record_history_set_record (self->change_history, store, ZS_RECORD (self->carrier));
  zs_supervision_section_set_owner (self->supervision_section, store, zs_page_get_clock (ZS_PAGE (self)), ZS_RECORD (self->carrier));

  self->chooser = zs_record_chooser_new (store, ZS_TYPE_PROJECT);
  gtk_widget_set_valign (self->chooser, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->chooser, _("Choose a Project"));
  adw_action_row_add_suffix (self->place_row, self->chooser);
  g_signal_connect_object (self->chooser, "notify::id", G_CALLBACK (on_project_chosen), self, G_CONNECT_SWAPPED);

  self->placed = zs_record_list_new (store, none);
  self->talks = zs_record_list_new (store, none);
  set_up_list (self, self->placed_view, self->placed);
  set_up_list (self, self->talks_view, self->talks);
  refresh_queries (self);

  g_signal_connect_object (self->carrier, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fields, "saved", G_CALLBACK (on_saved), self, G_CONNECT_SWAPPED);
  update_header (self);
}

static void
zs_carrier_editor_dispose (GObject *object)
{
  ZsCarrierEditor *self = ZS_CARRIER_EDITOR (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CARRIER_EDITOR);
  g_clear_object (&self->placed);
  g_clear_object (&self->talks);

  G_OBJECT_CLASS (zs_carrier_editor_parent_class)->dispose (object);
}

static void
zs_carrier_editor_class_init (ZsCarrierEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_carrier_editor_dispose;
  page_class->context_set = zs_carrier_editor_context_set;
  page_class->refresh = zs_carrier_editor_refresh;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (ZS_TYPE_ATTACHMENT_LIST);
  g_type_ensure (ZS_TYPE_RECORD_HISTORY);
  g_type_ensure (ZS_TYPE_SUPERVISION_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-carrier-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, update_row);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, attachments);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, change_history);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, supervision_section);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, placed_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, placed_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, placed_view);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, talks_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, talks_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZsCarrierEditor, talks_view);
  gtk_widget_class_bind_template_callback (widget_class, on_project_activate);

  gtk_widget_class_install_action (widget_class, "carrier.mark-updated", NULL, mark_updated_action);
  gtk_widget_class_install_action (widget_class, "carrier.delete", NULL, delete_action);
}

static void
zs_carrier_editor_init (ZsCarrierEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_carrier_editor_new (ZsContext *context,
                       ZsCarrier *carrier)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_CARRIER (carrier), NULL);

  return g_object_new (ZS_TYPE_CARRIER_EDITOR, "record", carrier, "context", context, NULL);
}

ZsCarrier *
zs_carrier_editor_get_carrier (ZsCarrierEditor *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_EDITOR (self), NULL);
  return self->carrier;
}

ZsRecordEditor *
zs_carrier_editor_get_fields (ZsCarrierEditor *self)
{
  g_return_val_if_fail (ZS_IS_CARRIER_EDITOR (self), NULL);
  return self->fields;
}

GListModel *
zs_carrier_editor_get_projects (ZsCarrierEditor *self,
                                gboolean         placed)
{
  g_return_val_if_fail (ZS_IS_CARRIER_EDITOR (self), NULL);
  return G_LIST_MODEL (placed ? self->placed : self->talks);
}

gboolean
zs_carrier_editor_place (ZsCarrierEditor  *self,
                         ZsProject        *project,
                         GError          **error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (ZS_IS_CARRIER_EDITOR (self), FALSE);

  if (!zs_carrier_place_project (store_of (self), project, self->carrier, 0, zs_page_get_today (ZS_PAGE (self)), error))
    return FALSE;
  message = g_strdup_printf (_("“%s” placed in “%s”"), zs_record_get_title (ZS_RECORD (project)),
                             zs_record_get_title (ZS_RECORD (self->carrier)));
  zs_toast_change (GTK_WIDGET (self), message);
  return TRUE;
}
