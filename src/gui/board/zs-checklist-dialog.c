/* zs-checklist-dialog.c — 新签约 / 新立项 / 新开工 / 新投产 for a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each list comes from stage events, so a project signed and started in
 * the same month is on both. The board's filter applies, so a unit or a
 * chain can look at its own lists.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-checklist-dialog.h"
#include "zs-period-picker.h"
#include "zs-project-row.h"

static const ZsStage list_stages[] = {
  ZS_STAGE_SIGNED, ZS_STAGE_REGISTERED, ZS_STAGE_STARTED, ZS_STAGE_PRODUCTION,
};

static const char * const list_titles[] = {
  N_("New Signed"), N_("New Registered"), N_("New Started"), N_("New in Production"),
};

static const char * const list_icons[] = {
  "document-edit-symbolic", "x-office-document-symbolic", "system-run-symbolic", "emblem-ok-symbolic",
};

typedef struct {
  ZsRecordList       *projects;
  AdwViewStackPage   *page;
  GtkLabel           *summary;
  GtkStack           *stack;
} Checklist;

struct _ZsChecklistDialog
{
  AdwWindow         parent_instance;

  ZsStore          *store;
  ZsProjectFilter  *filter;
  char             *today;
  Checklist         lists[G_N_ELEMENTS (list_stages)];

  AdwViewSwitcherTitle *switcher_title;
  ZsPeriodPicker   *period_picker;
  GtkLabel         *range_label;
  AdwViewStack     *view_stack;
};

G_DEFINE_FINAL_TYPE (ZsChecklistDialog, zs_checklist_dialog, ADW_TYPE_WINDOW)

enum {
  PROJECT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
list_index (ZsStage stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (list_stages); i++)
    if (list_stages[i] == stage)
      return (int) i;
  return -1;
}

static void
update (ZsChecklistDialog *self)
{
  const char *first = zs_period_picker_get_first (self->period_picker);
  const char *last = zs_period_picker_get_last (self->period_picker);
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *range = NULL;
  g_autoptr(ZsQuery) base = NULL;

  if (self->store == NULL || first == NULL)
    return;

  first_text = zs_format_date (first);
  last_text = zs_format_date (last);
  scope = zs_project_filter_describe (self->filter, self->store);
  /* TRANSLATORS: the checklists' days and scope: "2026年11月1日 – 2026年11月30日，全部项目" */
  range = g_strdup_printf (_("%s – %s, %s"), first_text, last_text, scope);
  gtk_label_set_text (self->range_label, range);
  gtk_widget_remove_css_class (GTK_WIDGET (self->range_label), "error");

  /* The filter's own stage is the list's; everything else narrows it. */
  base = zs_project_filter_to_query (self->filter, -1, self->today, zs_settings_get_int (self->store, ZS_SETTING_STALE_DAYS));

  for (guint i = 0; i < G_N_ELEMENTS (list_stages); i++)
    {
      Checklist *list = &self->lists[i];
      g_autoptr(ZsQuery) query = zs_checklist_query (list_stages[i], first, last, base);
      g_autofree char *amount = NULL;
      g_autofree char *summary = NULL;
      guint n;

      zs_query_set_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
      zs_record_list_set_query (list->projects, query, NULL);
      n = g_list_model_get_n_items (G_LIST_MODEL (list->projects));
      amount = zs_format_amount (zs_store_sum (self->store, query, ZS_PROJECT_PLANNED_INVESTMENT, NULL));
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project, planned investment %s",
                                              "%u projects, planned investment %s", n), n, amount);
      gtk_label_set_text (list->summary, summary);
      gtk_stack_set_visible_child_name (list->stack, n > 0 ? "list" : "empty");
      adw_view_stack_page_set_badge_number (list->page, n);
    }
}

static void
on_period_changed (ZsChecklistDialog *self)
{
  update (self);
}

/* Typed days that are wrong: said where the days are, the lists stay. */
static void
on_period_invalid (ZsChecklistDialog *self,
                   const char        *message)
{
  gtk_label_set_text (self->range_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->range_label), "error");
}

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ZsChecklistDialog        *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (zs_project_row_new (self->store)));
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ZsChecklistDialog        *self)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
on_row_unbind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ZsChecklistDialog        *self)
{
  zs_project_row_set_project (ZS_PROJECT_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_list_activate (GtkListView *view,
                  guint        position,
                  gpointer     user_data)
{
  ZsChecklistDialog *self = ZS_CHECKLIST_DIALOG (gtk_widget_get_root (GTK_WIDGET (view)));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(ZsProject) project = g_list_model_get_item (model, position);

  if (project == NULL)
    return;
  g_signal_emit (self, signals[PROJECT_ACTIVATED], 0, project);
  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
build_list (ZsChecklistDialog *self,
            guint              index)
{
  Checklist *list = &self->lists[index];
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view;
  GtkWidget *empty = adw_status_page_new ();
  g_autofree char *empty_text = g_strdup_printf (_("No project reached “%s” in this period."),
                                                 zs_stage_get_label (list_stages[index]));

  zs_query_add_int_set (query, ZS_PROJECT_STAGE, NULL, 0);
  list->projects = zs_record_list_new (self->store, query);

  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind), self);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (list->projects)))),
                            factory);
  gtk_widget_add_css_class (view, "rich-list");
  g_signal_connect (view, "activate", G_CALLBACK (on_list_activate), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_widget_set_vexpand (scroller, TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-list-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), empty_text);

  list->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (list->summary), "heading");
  gtk_widget_set_margin_top (GTK_WIDGET (list->summary), 6);
  list->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (list->stack, scroller, "list");
  gtk_stack_add_named (list->stack, empty, "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (list->stack), TRUE);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list->summary));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list->stack));
  return box;
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  zs_period_picker_step (ZS_CHECKLIST_DIALOG (widget)->period_picker,
                         g_str_equal (action_name, "checklist.next") ? 1 : -1);
}

static void
zs_checklist_dialog_dispose (GObject *object)
{
  ZsChecklistDialog *self = ZS_CHECKLIST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CHECKLIST_DIALOG);
  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    g_clear_object (&self->lists[i].projects);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_checklist_dialog_parent_class)->dispose (object);
}

static void
zs_checklist_dialog_finalize (GObject *object)
{
  ZsChecklistDialog *self = ZS_CHECKLIST_DIALOG (object);

  g_free (self->today);

  G_OBJECT_CLASS (zs_checklist_dialog_parent_class)->finalize (object);
}

static void
zs_checklist_dialog_class_init (ZsChecklistDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_checklist_dialog_dispose;
  object_class->finalize = zs_checklist_dialog_finalize;

  signals[PROJECT_ACTIVATED] =
    g_signal_new ("project-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ZS_TYPE_PROJECT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-checklist-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsChecklistDialog, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, ZsChecklistDialog, period_picker);
  gtk_widget_class_bind_template_child (widget_class, ZsChecklistDialog, range_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChecklistDialog, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_period_invalid);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* As on the dispatch page: Alt+Page Up is the period before. */
  gtk_widget_class_install_action (widget_class, "checklist.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "checklist.next", NULL, step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK, "checklist.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK, "checklist.next", NULL);
}

static void
zs_checklist_dialog_init (ZsChecklistDialog *self)
{
  g_type_ensure (ZS_TYPE_PERIOD_PICKER);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zs_checklist_dialog_new (GtkWindow       *parent,
                         ZsStore         *store,
                         ZsProjectFilter *filter,
                         const char      *today)
{
  ZsChecklistDialog *self = g_object_new (ZS_TYPE_CHECKLIST_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->filter = g_object_ref (filter);
  self->today = g_strdup (today);

  for (guint i = 0; i < G_N_ELEMENTS (list_stages); i++)
    {
      GtkWidget *page = build_list (self, i);
      g_autofree char *name = g_strdup_printf ("stage-%d", list_stages[i]);

      self->lists[i].page = adw_view_stack_add_titled (self->view_stack, page, name, _(list_titles[i]));
      adw_view_stack_page_set_icon_name (self->lists[i].page, list_icons[i]);
    }

  zs_period_picker_set_today (self->period_picker, today);
  zs_period_picker_set_period (self->period_picker, ZS_PERIOD_MONTH, NULL, NULL);
  return GTK_WIDGET (self);
}

void
zs_checklist_dialog_set_period (ZsChecklistDialog *self,
                                ZsPeriodKind       period)
{
  g_return_if_fail (ZS_IS_CHECKLIST_DIALOG (self));
  zs_period_picker_set_period (self->period_picker, period, NULL, NULL);
}

ZsPeriodPicker *
zs_checklist_dialog_get_period_picker (ZsChecklistDialog *self)
{
  g_return_val_if_fail (ZS_IS_CHECKLIST_DIALOG (self), NULL);
  return self->period_picker;
}

const char *
zs_checklist_dialog_get_range (ZsChecklistDialog *self)
{
  g_return_val_if_fail (ZS_IS_CHECKLIST_DIALOG (self), NULL);
  return gtk_label_get_text (self->range_label);
}

GListModel *
zs_checklist_dialog_get_list (ZsChecklistDialog *self,
                              ZsStage            stage)
{
  int index = list_index (stage);

  g_return_val_if_fail (ZS_IS_CHECKLIST_DIALOG (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);
  return G_LIST_MODEL (self->lists[index].projects);
}

const char *
zs_checklist_dialog_get_summary (ZsChecklistDialog *self,
                                 ZsStage            stage)
{
  int index = list_index (stage);

  g_return_val_if_fail (ZS_IS_CHECKLIST_DIALOG (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);
  return gtk_label_get_text (self->lists[index].summary);
}
