/* zs-attention-panel.c — what needs the bureau's attention, one tab per list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Each list holds the ids the dispatch report read in its worker thread
 * (zs_report_get_attention_ids()) and makes only the rows on screen, so
 * 20,000 red projects cost the window what a screenful costs, and a tab's
 * count is the report's. A row opens what it shows: projects and carriers
 * as pages, leads and partners in a window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-attention-panel.h"
#include "zs-attention-row.h"
#include "zs-record-dialog.h"
#include "zs-ui-util.h"

typedef struct {
  ZsAttentionPanel *panel;
  ZsAttention       list;
  ZsRecordList     *records;
  GtkListView      *view;       /* shows records once its tab is first shown */
  GtkStackPage     *stack_page;
  GtkStack         *stack;
} AttentionList;

struct _ZsAttentionPanel
{
  GtkWidget      parent_instance;

  ZsStore       *store;
  char          *today;
  AttentionList  lists[ZS_ATTENTION_N];

  GtkStack      *stack;
};

G_DEFINE_FINAL_TYPE (ZsAttentionPanel, zs_attention_panel, GTK_TYPE_WIDGET)

static void
on_attention_setup (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AttentionList            *list)
{
  GtkWidget *row = GTK_WIDGET (zs_attention_row_new (list->panel->store, list->list, list->panel->today));

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_list_item_set_child (item, row);
}

static void
on_attention_bind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   AttentionList            *list)
{
  ZsAttentionRow *row = ZS_ATTENTION_ROW (gtk_list_item_get_child (item));

  zs_attention_row_set_today (row, list->panel->today);
  zs_attention_row_set_record (row, gtk_list_item_get_item (item));
}

static void
on_attention_unbind (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     AttentionList            *list)
{
  zs_attention_row_set_record (ZS_ATTENTION_ROW (gtk_list_item_get_child (item)), NULL);
}

static const guint lead_fields[] = {
  ZS_LEAD_NAME, ZS_LEAD_COMPANY, ZS_LEAD_PARTNER_ID, ZS_LEAD_RECEIVED_DATE, ZS_LEAD_STATUS,
  ZS_LEAD_UNIT_ID, ZS_LEAD_PERSON_ID, ZS_LEAD_RESPOND_DUE, ZS_LEAD_RESPONDED_DATE,
  ZS_LEAD_ASSESS_DUE, ZS_LEAD_ASSESSED_DATE, ZS_LEAD_FEEDBACK_DUE, ZS_LEAD_FED_BACK_DATE,
};
static const ZsEditorGroup lead_groups[] = { { NULL, lead_fields, G_N_ELEMENTS (lead_fields) } };
static const guint partner_fields[] = {
  ZS_PARTNER_NAME, ZS_PARTNER_KIND, ZS_PARTNER_ORGANISATION, ZS_PARTNER_TITLE, ZS_PARTNER_CITY,
  ZS_PARTNER_PHONE, ZS_PARTNER_WECHAT, ZS_PARTNER_PERSON_ID, ZS_PARTNER_NOTES,
};
static const ZsEditorGroup partner_groups[] = { { NULL, partner_fields, G_N_ELEMENTS (partner_fields) } };

/* Opens what a row shows: projects and carriers as pages, the rest in a
 * small window (their own pages belong to the partners and leads pages). */
static void
open_record (ZsAttentionPanel *self,
             ZsRecord         *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ZS_IS_PROJECT (record) || ZS_IS_CARRIER (record))
    zs_open_record (GTK_WIDGET (self), record);
  else if (ZS_IS_SUPERVISION (record))
    {
      /* The page of what the item is about, where it is answered. */
      g_autoptr(ZsRecord) owner = zs_supervision_load_owner (self->store, record, NULL);

      if (owner != NULL)
        zs_open_record (GTK_WIDGET (self), owner);
    }
  else if (GTK_IS_WINDOW (root))
    {
      gboolean lead = ZS_IS_LEAD (record);
      GtkWidget *dialog = zs_record_dialog_new (GTK_WINDOW (root), self->store, record,
                                                lead ? _("Lead") : _("Partner"),
                                                lead ? lead_groups : partner_groups, 1);

      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
on_attention_activate (GtkListView *view,
                       guint        position,
                       AttentionList *list)
{
  g_autoptr(ZsRecord) record = g_list_model_get_item (G_LIST_MODEL (list->records), position);

  if (record != NULL)
    open_record (list->panel, record);
}

/* Until the report gives a list its ids, the tab says it is counting
 * rather than that nothing needs attention. */
static void
update_attention_title (AttentionList *list,
                        gboolean       counted)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list->records));
  g_autofree char *title = counted ? g_strdup_printf ("%s (%u)", zs_attention_get_label (list->list), n)
                                   : g_strdup (zs_attention_get_label (list->list));

  g_object_set (list->stack_page, "title", title, NULL);
  gtk_stack_set_visible_child_name (list->stack, !counted ? "counting" : n > 0 ? "list" : "empty");
}

static GtkWidget *
dim_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* GTK 4.8's list view makes and binds about two hundred rows for a new
 * model, shown or not, and a stack measures the width of every tab: a
 * tab's view gets its records when the tab is first shown (measured at
 * 100,000 projects: 826 rows made for the six lists, and the main loop
 * held about 0.4 s after the report came). */
static void
attach_shown_list (ZsAttentionPanel *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->stack);

  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    {
      AttentionList *list = &self->lists[i];

      if (list->records != NULL && GTK_WIDGET (list->stack) == shown && gtk_list_view_get_model (list->view) == NULL)
        gtk_list_view_set_model (list->view,
                                 GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (list->records)))));
    }
}

static void
build_list (ZsAttentionPanel *self,
            ZsAttention       kind)
{
  static const char * const empty_texts[ZS_ATTENTION_N] = {
    N_("No red or orange project is still moving."),
    N_("Every moving project changed stage within the stale threshold."),
    N_("No lead is past a deadline."),
    N_("Every carrier was updated this month."),
    N_("Every partner was contacted within the bureau’s time limit."),
    N_("No supervision item is past its deadline."),
  };
  AttentionList *list = &self->lists[kind];
  g_autoptr(ZsQuery) query = zs_attention_query (self->store, kind, self->today);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view;
  g_autofree char *name = g_strdup_printf ("attention-%d", kind);

  list->panel = self;
  list->list = kind;
  list->records = zs_record_list_new_manual (self->store, zs_query_get_record_type (query));
  /* The two hundred rows GTK 4.8 makes, read in one go. */
  zs_record_list_set_read_ahead (list->records, ZS_RECORD_LIST_TABLE_ROWS);

  g_signal_connect (factory, "setup", G_CALLBACK (on_attention_setup), list);
  g_signal_connect (factory, "bind", G_CALLBACK (on_attention_bind), list);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_attention_unbind), list);
  view = gtk_list_view_new (NULL, factory);
  list->view = GTK_LIST_VIEW (view);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "card");
  g_signal_connect (view, "activate", G_CALLBACK (on_attention_activate), list);

  /* A list within the page's own scrolling: a window of rows of its own. */
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);

  list->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (list->stack, FALSE);
  gtk_stack_add_named (list->stack, scroller, "list");
  gtk_stack_add_named (list->stack, dim_label (_(empty_texts[kind])), "empty");
  gtk_stack_add_named (list->stack, dim_label (_("Counting…")), "counting");

  list->stack_page = gtk_stack_add_titled (self->stack, GTK_WIDGET (list->stack), name,
                                           zs_attention_get_label (kind));
  update_attention_title (list, FALSE);
}

static void
zs_attention_panel_dispose (GObject *object)
{
  ZsAttentionPanel *self = ZS_ATTENTION_PANEL (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ATTENTION_PANEL);
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    g_clear_object (&self->lists[i].records);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zs_attention_panel_parent_class)->dispose (object);
}

static void
zs_attention_panel_finalize (GObject *object)
{
  ZsAttentionPanel *self = ZS_ATTENTION_PANEL (object);

  g_free (self->today);

  G_OBJECT_CLASS (zs_attention_panel_parent_class)->finalize (object);
}

static void
zs_attention_panel_class_init (ZsAttentionPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_attention_panel_dispose;
  object_class->finalize = zs_attention_panel_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-attention-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsAttentionPanel, stack);
}

static void
zs_attention_panel_init (ZsAttentionPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The rows a view holds say why as of @today. */
static void
rows_set_today (GtkWidget  *widget,
                const char *today)
{
  if (ZS_IS_ATTENTION_ROW (widget))
    {
      zs_attention_row_set_today (ZS_ATTENTION_ROW (widget), today);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    rows_set_today (child, today);
}

void
zs_attention_panel_set_store (ZsAttentionPanel *self,
                              ZsStore          *store,
                              const char       *today)
{
  g_return_if_fail (ZS_IS_ATTENTION_PANEL (self));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  /* A new day changes what the rows say at once; its lists come with
   * the report counted for it. Removing stack pages would trip GTK 4.8's
   * stack sidebar, so the tabs stay. */
  g_free (self->today);
  self->today = g_strdup (today);
  if (self->store != NULL)
    {
      /* The rows on screen keep their records until the new count. */
      for (guint i = 0; i < ZS_ATTENTION_N; i++)
        rows_set_today (GTK_WIDGET (self->lists[i].view), today);
      return;
    }
  self->store = g_object_ref (store);
  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    build_list (self, i);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (attach_shown_list), self, G_CONNECT_SWAPPED);
  attach_shown_list (self);
}

void
zs_attention_panel_set_report (ZsAttentionPanel *self,
                               ZsReport         *report)
{
  g_return_if_fail (ZS_IS_ATTENTION_PANEL (self));
  g_return_if_fail (ZS_IS_REPORT (report));
  g_return_if_fail (self->store != NULL);

  for (guint i = 0; i < ZS_ATTENTION_N; i++)
    {
      GArray *ids = zs_report_get_attention_ids (report, i);

      if (ids == NULL)
        continue;
      zs_record_list_set_ids (self->lists[i].records, ids);
      update_attention_title (&self->lists[i], TRUE);
    }
}

GListModel *
zs_attention_panel_get_list (ZsAttentionPanel *self,
                             ZsAttention       list)
{
  g_return_val_if_fail (ZS_IS_ATTENTION_PANEL (self), NULL);
  g_return_val_if_fail (list < ZS_ATTENTION_N, NULL);
  return G_LIST_MODEL (self->lists[list].records);
}
