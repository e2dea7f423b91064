/* zs-chain-page.c — one industrial chain: its leader facts, segments, enterprises and projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Where a chain's 链长 and 牵头部门 look when they prepare a meeting: the
 * "六个一" facts with links to the documents, the segments from upstream to
 * downstream with the chain leaders, suppliers and targets in each, what
 * gap each has, and the projects tied to it. Everything is edited here:
 * renaming and confirming the chain, its facts, the segments and their
 * order, new enterprises. A segment shows its first rows; the rest are in
 * the target ledger and on the board, which scale to any number.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-chain-page.h"
#include "zs-enterprise-page.h"
#include "zs-record-dialog.h"
#include "zs-record-row.h"
#include "zs-stage-bar.h"
#include "zs-ui-util.h"

/* Rows of one kind a segment shows before pointing to the ledger or board. */
#define MAX_ROWS 8

static const guint fact_fields[] = {
  ZS_CHAIN_CHAIN_LEADER, ZS_CHAIN_CONVENER, ZS_CHAIN_LEAD_DEPARTMENT, ZS_CHAIN_PLAN,
  ZS_CHAIN_INDUSTRY_MAP, ZS_CHAIN_ACTION_PLAN, ZS_CHAIN_POLICIES,
};
static const guint fact_edit_fields[] = {
  ZS_CHAIN_CHAIN_LEADER, ZS_CHAIN_CONVENER, ZS_CHAIN_LEAD_DEPARTMENT, ZS_CHAIN_PLAN,
  ZS_CHAIN_INDUSTRY_MAP, ZS_CHAIN_ACTION_PLAN, ZS_CHAIN_POLICIES, ZS_CHAIN_SOURCE,
};
static const ZsEditorGroup fact_groups[] = {
  { N_("Links may be web addresses or paths of files on this computer."), fact_edit_fields, G_N_ELEMENTS (fact_edit_fields) },
};

static const guint segment_fields[] = { ZS_SEGMENT_NAME, ZS_SEGMENT_GAP_KIND, ZS_SEGMENT_NOTES };
static const ZsEditorGroup segment_groups[] = {
  { NULL, segment_fields, G_N_ELEMENTS (segment_fields) },
};

struct _ZsChainPage
{
  ZsPage               parent_instance;

  ZsChain             *chain;          /* the page's record */
  GtkWidget           *fact_rows[G_N_ELEMENTS (fact_fields)];
  GtkWidget           *fact_buttons[G_N_ELEMENTS (fact_fields)];
  GPtrArray           *stage_rows;     /* rows added to figures_group */
  GPtrArray           *segment_titles; /* char *, in order */

  GtkLabel            *name_label;
  GtkLabel            *unverified_badge;
  GtkLabel            *group_label;
  AdwActionRow        *source_row;
  AdwActionRow        *confirm_row;
  AdwPreferencesGroup *figures_group;
  AdwActionRow        *totals_row;
  ZsStageBar          *stage_bar;
  AdwPreferencesGroup *facts_group;
  GtkBox              *segments_box;
};

G_DEFINE_FINAL_TYPE (ZsChainPage, zs_chain_page, ZS_TYPE_PAGE)

static ZsStore *
store_of (ZsChainPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static void
toast (ZsChainPage *self,
       const char  *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static char *
count_text (gint64 n)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, n);
}

/* ---- header, name, facts ------------------------------------------------------- */

static void
update_header (ZsChainPage *self)
{
  ZsRecord *r = ZS_RECORD (self->chain);
  gboolean verified = zs_record_get_boolean (r, ZS_CHAIN_VERIFIED);
  g_autofree char *group = zs_format_field (store_of (self), r, ZS_CHAIN_GROUP_ID);
  g_autofree char *position = count_text (zs_record_get_int (r, ZS_CHAIN_POSITION));
  /* TRANSLATORS: the chain page's subtitle: its group and its place in it */
  g_autofree char *where = g_strdup_printf (_("%s · No. %s"), group, position);
  const char *source = zs_record_get_string (r, ZS_CHAIN_SOURCE);

  gtk_label_set_text (self->name_label, zs_record_get_string (r, ZS_CHAIN_NAME));
  gtk_label_set_text (self->group_label, where);
  gtk_widget_set_visible (GTK_WIDGET (self->unverified_badge), !verified);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_row), !verified);
  adw_action_row_set_subtitle (self->source_row, source != NULL && *source != '\0' ? source : _("Not recorded"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chain.confirm", !verified);

  for (guint i = 0; i < G_N_ELEMENTS (fact_fields); i++)
    {
      const char *text = zs_record_get_string (r, fact_fields[i]);
      g_autofree char *link = zs_catalogue_find_link (text);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->fact_rows[i]),
                                   text != NULL && *text != '\0' ? text : _("Not filled in"));
      gtk_widget_set_visible (self->fact_buttons[i], link != NULL);
      gtk_widget_set_tooltip_text (self->fact_buttons[i], link);
    }
}

static void
on_open_link_clicked (GtkButton   *button,
                      ZsChainPage *self)
{
  const char *uri = gtk_widget_get_tooltip_text (GTK_WIDGET (button));

  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

static void
build_fact_rows (ZsChainPage *self)
{
  guint n;
  const ZsField *fields = zs_record_class_get_fields (g_type_class_peek (ZS_TYPE_CHAIN), &n);

  for (guint i = 0; i < G_N_ELEMENTS (fact_fields); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("document-open-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[fact_fields[i]].label));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      /* The button's tooltip is the address it opens: the clerk sees where. */
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open the Document"), -1);
      g_signal_connect (button, "clicked", G_CALLBACK (on_open_link_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->facts_group, row);
      self->fact_rows[i] = row;
      self->fact_buttons[i] = button;
    }
}

/* ---- figures -------------------------------------------------------------------- */

static void
update_figures (ZsChainPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsMapFigures) figures = zs_map_figures_compute (store_of (self), NULL, &error);
  const ZsChainFigures *f;
  g_autofree char *n = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *gaps = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < self->stage_rows->len; i++)
    adw_preferences_group_remove (self->figures_group, g_ptr_array_index (self->stage_rows, i));
  g_ptr_array_set_size (self->stage_rows, 0);

  if (figures == NULL)
    {
      toast (self, error->message);
      return;
    }
  f = zs_map_figures_get (figures, zs_record_get_id (ZS_RECORD (self->chain)));

  n = count_text (zs_chain_figures_get_projects (f));
  planned = zs_format_amount (zs_chain_figures_get_planned (f));
  funds = zs_format_amount (zs_chain_figures_get_funds (f));
  targets = count_text (f->targets);
  gaps = count_text (f->open_gaps);
  /* TRANSLATORS: on the chain page: projects, planned investment, funds in place */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s project · planned %s · in place %s",
                                        "%s projects · planned %s · in place %s",
                                        (gulong) zs_chain_figures_get_projects (f)), n, planned, funds);
  subtitle = g_strdup_printf (_("Targets %s · open gaps %s"), targets, gaps);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->totals_row), title);
  adw_action_row_set_subtitle (self->totals_row, subtitle);
  zs_stage_bar_set_counts (self->stage_bar, f->count);

  for (guint s = 0; s < ZS_MAP_N_STAGES; s++)
    {
      g_autofree char *count = NULL;
      g_autofree char *stage_planned = NULL;
      g_autofree char *stage_funds = NULL;
      g_autofree char *text = NULL;
      GtkWidget *row;

      if (f->count[s] == 0)
        continue;
      count = count_text (f->count[s]);
      stage_planned = zs_format_amount (f->planned[s]);
      stage_funds = zs_format_amount (f->funds[s]);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s project · planned %s · in place %s",
                                           "%s projects · planned %s · in place %s", (gulong) f->count[s]),
                              count, stage_planned, stage_funds);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zs_stage_get_label (s));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), zs_stage_bar_new_swatch (s));
      adw_preferences_group_add (self->figures_group, row);
      g_ptr_array_add (self->stage_rows, row);
    }
}

/* ---- segments ---------------------------------------------------------------- */

static void
on_record_row_activated (ZsRecordRow *row,
                         ZsChainPage *self)
{
  zs_open_record (GTK_WIDGET (self), zs_record_row_get_record (row));
}

static void
on_more_targets_activated (AdwActionRow *row,
                           ZsChainPage  *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "chain.open-targets", NULL);
}

static void
on_more_projects_activated (AdwActionRow *row,
                            ZsChainPage  *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "chain.open-board", NULL);
}

static GtkWidget *
more_row_new (ZsChainPage *self,
              const char  *title,
              GCallback    activated)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_add_css_class (row, "dim-label");
  g_signal_connect (row, "activated", activated, self);
  return row;
}

static char *
enterprise_subtitle (ZsChainPage *self,
                     ZsRecord    *enterprise)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *next = zs_record_get_string (enterprise, ZS_ENTERPRISE_NEXT_STEP);

  g_ptr_array_add (parts, zs_format_field (store_of (self), enterprise, ZS_ENTERPRISE_ROLE));
  g_ptr_array_add (parts, zs_format_field (store_of (self), enterprise, ZS_ENTERPRISE_CONTACT_STATUS));
  if (zs_record_get_int (enterprise, ZS_ENTERPRISE_PERSON_ID) != 0)
    {
      g_autofree char *person = zs_format_field (store_of (self), enterprise, ZS_ENTERPRISE_PERSON_ID);

      /* TRANSLATORS: the person who follows an enterprise (包靠人员) */
      g_ptr_array_add (parts, g_strdup_printf (_("followed by %s"), person));
    }
  if (next != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("next: %s"), next));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Enterprises of the segment (or of the chain without one, @segment_id 0),
 * leaders first, then suppliers, then targets. */
static void
add_enterprise_rows (ZsChainPage         *self,
                     AdwPreferencesGroup *group,
                     gint64               segment_id)
{
  gint64 chain_id = zs_record_get_id (ZS_RECORD (self->chain));
  guint shown = 0;
  gint64 hidden = 0;

  for (int role = ZS_ROLE_LEADER; role <= ZS_ROLE_TARGET; role++)
    {
      g_autoptr(ZsQuery) query = zs_targets_query (chain_id, role, ZS_TARGETS_ANY, NULL);
      g_autoptr(GArray) ids = NULL;
      gint64 total;

      zs_query_add_int (query, ZS_ENTERPRISE_SEGMENT_ID, ZS_QUERY_EQ, segment_id);
      total = zs_store_count (store_of (self), query, NULL);
      zs_query_set_limit (query, MAX_ROWS);
      ids = zs_store_query (store_of (self), query, NULL);
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        {
          g_autoptr(ZsRecord) enterprise = zs_store_load (store_of (self), ZS_TYPE_ENTERPRISE, g_array_index (ids, gint64, i), NULL);
          g_autofree char *subtitle = NULL;
          GtkWidget *row;

          if (enterprise == NULL)
            continue;
          subtitle = enterprise_subtitle (self, enterprise);
          row = zs_record_row_new (zs_record_get_string (enterprise, ZS_ENTERPRISE_NAME), subtitle, enterprise);
          g_signal_connect (row, "activated", G_CALLBACK (on_record_row_activated), self);
          adw_preferences_group_add (group, row);
          shown++;
        }
      hidden += total - (ids != NULL ? ids->len : 0);
    }

  if (hidden > 0)
    {
      g_autofree char *n = count_text (hidden);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more enterprise in the target ledger",
                                                             "%s more enterprises in the target ledger", (gulong) hidden), n);

      adw_preferences_group_add (group, more_row_new (self, title, G_CALLBACK (on_more_targets_activated)));
    }
}

static guint
add_project_rows (ZsChainPage         *self,
                  AdwPreferencesGroup *group,
                  gint64               segment_id)
{
  g_autoptr(ZsQuery) query = zs_query_new (ZS_TYPE_PROJECT);
  g_autoptr(GArray) ids = NULL;
  gint64 total;

  zs_query_add_int (query, ZS_PROJECT_SEGMENT_ID, ZS_QUERY_EQ, segment_id);
  total = zs_store_count (store_of (self), query, NULL);
  /* The largest first: what the chain leader asks about. */
  zs_query_set_order (query, ZS_PROJECT_PLANNED_INVESTMENT, TRUE);
  zs_query_set_limit (query, MAX_ROWS);
  ids = zs_store_query (store_of (self), query, NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) project = zs_store_load (store_of (self), ZS_TYPE_PROJECT, g_array_index (ids, gint64, i), NULL);
      g_autofree char *stage = NULL;
      g_autofree char *planned = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (project == NULL)
        continue;
      stage = zs_format_field (store_of (self), project, ZS_PROJECT_STAGE);
      planned = zs_format_amount (zs_record_get_int (project, ZS_PROJECT_PLANNED_INVESTMENT));
      /* TRANSLATORS: a project on the chain page: its stage, planned investment */
      subtitle = g_strdup_printf (_("Project · %s · planned %s"), stage, planned);
      row = zs_record_row_new (zs_record_get_title (project), subtitle, project);
      g_signal_connect (row, "activated", G_CALLBACK (on_record_row_activated), self);
      adw_preferences_group_add (group, row);
    }
  if (total > (gint64) (ids != NULL ? ids->len : 0))
    {
      g_autofree char *n = count_text (total - ids->len);
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s more project on the board",
                                                             "%s more projects on the board", (gulong) (total - ids->len)), n);

      adw_preferences_group_add (group, more_row_new (self, title, G_CALLBACK (on_more_projects_activated)));
    }
  return ids != NULL ? ids->len : 0;
}

static GtkWidget *
segment_button (const char *icon,
                const char *tooltip,
                const char *action,
                GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
segment_group_new (ZsChainPage *self,
                   ZsRecord    *segment,
                   guint        number)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gint64 id = segment != NULL ? zs_record_get_id (segment) : 0;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  if (segment != NULL)
    {
      ZsGapKind gap = zs_record_get_enum (segment, ZS_SEGMENT_GAP_KIND);
      const char *notes = zs_record_get_string (segment, ZS_SEGMENT_NOTES);
      g_autofree char *gap_text = gap != ZS_GAP_NONE
                                  /* TRANSLATORS: a segment's gap: 补链, 延链 or 强链 */
                                  ? g_strdup_printf (_("Gap: %s"), zs_enum_get_label (ZS_TYPE_GAP_KIND, gap))
                                  : g_strdup (_("No gap"));

      title = g_strdup_printf ("%u. %s", number, zs_record_get_string (segment, ZS_SEGMENT_NAME));
      description = notes != NULL && *notes != '\0' ? g_strdup_printf ("%s · %s", gap_text, notes) : g_strdup (gap_text);

      gtk_box_append (GTK_BOX (buttons), segment_button ("go-up-symbolic", _("Move Segment Up"), "chain.move-segment",
                                                         g_variant_new ("(xi)", id, -1)));
      gtk_box_append (GTK_BOX (buttons), segment_button ("go-down-symbolic", _("Move Segment Down"), "chain.move-segment",
                                                         g_variant_new ("(xi)", id, 1)));
      gtk_box_append (GTK_BOX (buttons), segment_button ("document-edit-symbolic", _("Edit Segment"), "chain.edit-segment",
                                                         g_variant_new_int64 (id)));
    }
  else
    {
      title = g_strdup (_("Enterprises in No Segment"));
      description = g_strdup (_("Give them a segment on their own pages."));
    }
  gtk_box_append (GTK_BOX (buttons), segment_button ("list-add-symbolic", _("Add Enterprise"), "chain.add-enterprise",
                                                     g_variant_new_int64 (id)));

  /* Titles and descriptions are markup; segment names are the user's text. */
  escaped = g_markup_escape_text (title, -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  g_free (escaped);
  escaped = g_markup_escape_text (description, -1);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
  if (segment != NULL)
    g_ptr_array_add (self->segment_titles, g_steal_pointer (&title));
  return group;
}

static gboolean
has_unplaced_enterprises (ZsChainPage *self)
{
  g_autoptr(ZsQuery) query = zs_targets_query (zs_record_get_id (ZS_RECORD (self->chain)), ZS_TARGETS_ANY,
                                               ZS_TARGETS_ANY, NULL);

  zs_query_add_int (query, ZS_ENTERPRISE_SEGMENT_ID, ZS_QUERY_EQ, 0);
  return zs_store_count (store_of (self), query, NULL) > 0;
}

static void
update_segments (ZsChainPage *self)
{
  g_autoptr(ZsQuery) query = zs_catalogue_query (ZS_TYPE_SEGMENT, zs_record_get_id (ZS_RECORD (self->chain)));
  g_autoptr(GArray) ids = zs_store_query (store_of (self), query, NULL);

  zs_widget_unparent_children (GTK_WIDGET (self->segments_box));
  g_ptr_array_set_size (self->segment_titles, 0);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(ZsRecord) segment = zs_store_load (store_of (self), ZS_TYPE_SEGMENT, g_array_index (ids, gint64, i), NULL);
      GtkWidget *group;

      if (segment == NULL)
        continue;
      group = segment_group_new (self, segment, i + 1);
      add_enterprise_rows (self, ADW_PREFERENCES_GROUP (group), zs_record_get_id (segment));
      add_project_rows (self, ADW_PREFERENCES_GROUP (group), zs_record_get_id (segment));
      gtk_box_append (self->segments_box, group);
    }

  if (has_unplaced_enterprises (self))
    {
      GtkWidget *group = segment_group_new (self, NULL, 0);

      add_enterprise_rows (self, ADW_PREFERENCES_GROUP (group), 0);
      gtk_box_append (self->segments_box, group);
    }

  if (ids == NULL || ids->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "view-list-ordered-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Segments Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("Divide the chain into segments, such as upstream, midstream and downstream, "
                                         "and note for each which links are missing."));
      gtk_widget_add_css_class (status, "compact");
      gtk_box_prepend (self->segments_box, status);
    }
}

static void
refresh (ZsChainPage *self)
{
  update_header (self);
  update_figures (self);
  update_segments (self);
}

static void
on_store_changed (ZsChainPage *self,
                  GType        type,
                  gint64       id)
{
  /* The chain itself may be gone (deleted, or an undo of its creation). */
  if (zs_store_find_by_uuid (store_of (self), ZS_TYPE_CHAIN, zs_record_get_uuid (ZS_RECORD (self->chain))) == 0)
    return;
  zs_page_queue_refresh (ZS_PAGE (self));
}

/* ---- actions -------------------------------------------------------------------- */

static void
open_dialog (ZsChainPage         *self,
             ZsRecord            *record,
             const char          *title,
             const ZsEditorGroup *groups,
             guint                n_groups)
{
  GtkWidget *dialog = zs_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                            store_of (self), record, title, groups, n_groups);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);

  gtk_widget_activate_action (widget, "win.show-board-for-chain", "x", zs_record_get_id (ZS_RECORD (self->chain)));
}

static void
open_targets_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);

  gtk_widget_activate_action (widget, "win.show-targets", "x", zs_record_get_id (ZS_RECORD (self->chain)));
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!zs_catalogue_confirm_chain (store_of (self), self->chain, &error))
    toast (self, error->message);
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ZsChainPage      *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;
  if (!zs_catalogue_rename_chain (store_of (self), self->chain, gtk_editable_get_text (entry),
                                  zs_page_get_today (ZS_PAGE (self)), &error))
    toast (self, error->message);
}

static void
on_rename_entry_activate (GtkEntry         *entry,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
}

GtkWidget *
zs_chain_page_rename (ZsChainPage *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  g_return_val_if_fail (ZS_IS_CHAIN_PAGE (self), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Rename the Chain"),
                                                       _("Use the name in the city’s official list. "
                                                         "A renamed chain counts as confirmed; its source keeps the old name.")));
  gtk_editable_set_text (GTK_EDITABLE (entry), zs_record_get_string (ZS_RECORD (self->chain), ZS_CHAIN_NAME));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_rename_entry_activate), dialog);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return GTK_WIDGET (dialog);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  zs_chain_page_rename (ZS_CHAIN_PAGE (widget));
}

static void
edit_facts_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);

  open_dialog (self, ZS_RECORD (self->chain), zs_record_get_string (ZS_RECORD (self->chain), ZS_CHAIN_NAME),
               fact_groups, G_N_ELEMENTS (fact_groups));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!zs_catalogue_move (store_of (self), ZS_RECORD (self->chain), g_variant_get_int32 (parameter), &error))
    toast (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(GError) error = NULL;

  /* Refused with the reason a clerk can act on: which projects hold it. */
  if (!zs_catalogue_can_delete_chain (store_of (self), self->chain, &error))
    {
      toast (self, error->message);
      return;
    }
  zs_delete_record (widget, ZS_RECORD (self->chain));
}

static ZsRecord *
load_segment (ZsChainPage *self,
              gint64       id)
{
  g_autoptr(GError) error = NULL;
  ZsRecord *segment = zs_store_load (store_of (self), ZS_TYPE_SEGMENT, id, &error);

  if (segment == NULL)
    toast (self, error->message);
  return segment;
}

static void
add_segment_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(ZsSegment) segment = zs_catalogue_new_segment (store_of (self), zs_record_get_id (ZS_RECORD (self->chain)));

  open_dialog (self, ZS_RECORD (segment), _("New Segment"), segment_groups, G_N_ELEMENTS (segment_groups));
}

static void
move_segment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  gint64 id;
  int delta;
  g_autoptr(ZsRecord) segment = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(xi)", &id, &delta);
  segment = load_segment (self, id);
  if (segment != NULL && !zs_catalogue_move (store_of (self), segment, delta, &error))
    toast (self, error->message);
}

static void
edit_segment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(ZsRecord) segment = load_segment (self, g_variant_get_int64 (parameter));

  if (segment != NULL)
    open_dialog (self, segment, _("Segment"), segment_groups, G_N_ELEMENTS (segment_groups));
}

static void
add_enterprise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (widget);
  g_autoptr(ZsEnterprise) enterprise = zs_catalogue_new_enterprise (zs_record_get_id (ZS_RECORD (self->chain)),
                                                                    g_variant_get_int64 (parameter), ZS_ROLE_TARGET);
  guint n_groups;
  const ZsEditorGroup *groups = zs_enterprise_page_get_editor_groups (&n_groups);

  open_dialog (self, ZS_RECORD (enterprise), _("New Enterprise"), groups, n_groups);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
zs_chain_page_refresh (ZsPage *page)
{
  refresh (ZS_CHAIN_PAGE (page));
}

static void
zs_chain_page_context_set (ZsPage *page)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (page);

  self->chain = ZS_CHAIN (zs_page_get_record (page));
  g_return_if_fail (ZS_IS_CHAIN (self->chain));

  g_signal_connect_object (self->chain, "notify", G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (zs_page_get_store (page), "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
zs_chain_page_dispose (GObject *object)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_CHAIN_PAGE);
  g_clear_pointer (&self->stage_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (zs_chain_page_parent_class)->dispose (object);
}

static void
zs_chain_page_finalize (GObject *object)
{
  ZsChainPage *self = ZS_CHAIN_PAGE (object);

  g_ptr_array_unref (self->segment_titles);

  G_OBJECT_CLASS (zs_chain_page_parent_class)->finalize (object);
}

static void
zs_chain_page_class_init (ZsChainPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_chain_page_dispose;
  object_class->finalize = zs_chain_page_finalize;
  page_class->context_set = zs_chain_page_context_set;
  page_class->refresh = zs_chain_page_refresh;

  g_type_ensure (ZS_TYPE_STAGE_BAR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-chain-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, unverified_badge);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, group_label);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, totals_row);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, stage_bar);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, ZsChainPage, segments_box);

  gtk_widget_class_install_action (widget_class, "chain.open-board", NULL, open_board_action);
  gtk_widget_class_install_action (widget_class, "chain.open-targets", NULL, open_targets_action);
  gtk_widget_class_install_action (widget_class, "chain.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "chain.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "chain.edit-facts", NULL, edit_facts_action);
  gtk_widget_class_install_action (widget_class, "chain.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "chain.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "chain.add-segment", NULL, add_segment_action);
  gtk_widget_class_install_action (widget_class, "chain.move-segment", "(xi)", move_segment_action);
  gtk_widget_class_install_action (widget_class, "chain.edit-segment", "x", edit_segment_action);
  gtk_widget_class_install_action (widget_class, "chain.add-enterprise", "x", add_enterprise_action);

}

static void
zs_chain_page_init (ZsChainPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_page_add_window_shortcut (ZS_PAGE (self), "F2", "chain.rename");
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Control>b", "chain.open-board");
  zs_page_add_window_shortcut (ZS_PAGE (self), "<Control>t", "chain.open-targets");
  self->stage_rows = g_ptr_array_new ();
  self->segment_titles = g_ptr_array_new_with_free_func (g_free);
  build_fact_rows (self);
}

GtkWidget *
zs_chain_page_new (ZsContext *context,
                   ZsChain   *chain)
{
  g_return_val_if_fail (ZS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ZS_IS_CHAIN (chain), NULL);

  return g_object_new (ZS_TYPE_CHAIN_PAGE, "record", chain, "context", context, NULL);
}

ZsChain *
zs_chain_page_get_chain (ZsChainPage *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_PAGE (self), NULL);
  return self->chain;
}

guint
zs_chain_page_get_n_segments (ZsChainPage *self)
{
  g_return_val_if_fail (ZS_IS_CHAIN_PAGE (self), 0);
  return self->segment_titles->len;
}

const char *
zs_chain_page_get_segment_title (ZsChainPage *self,
                                 guint        position)
{
  g_return_val_if_fail (ZS_IS_CHAIN_PAGE (self), NULL);
  g_return_val_if_fail (position < self->segment_titles->len, NULL);
  return g_ptr_array_index (self->segment_titles, position);
}
