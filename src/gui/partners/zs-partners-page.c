/* zs-partners-page.c — the partners (伙伴): list, performance, vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One filter (search, kind, "not contacted lately") drives the list and the
 * performance table. The list is a GtkListView over a store-backed model,
 * so 50,000 partners cost what the visible rows cost.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-search-entry.h"
#include "zs-table-export.h"
#include "zs-partner-detail.h"
#include "zs-partner-row.h"
#include "zs-partners-page.h"
#include "zs-spare-children.h"
#include "zs-vcard-dialog.h"
#include "zs-ui-util.h"
#include "zs-partner-vcard.h"
#include "zs-vcard-job.h"

struct _ZsPartnersPage
{
  ZsPage            parent_instance;

  int               quiet_days;
  ZsRecordList     *partners;
  ZsSlotList       *slots;
  ZsPartnerScores  *scores;
  GtkWidget        *export_button;   /* the list's */
  GHashTable       *bound_rows;     /* ZsPartnerRow on screen */
  gboolean          scores_dirty;
  gboolean          syncing;

  GtkSearchEntry   *search_entry;
  GtkDropDown      *kind_dropdown;
  GtkToggleButton  *quiet_toggle;
  GtkLabel         *quiet_label;
  GtkToggleButton  *list_toggle;
  GtkToggleButton  *scores_toggle;
  GtkStack         *view_stack;
  GtkStack         *list_stack;
  GtkListView      *list_view;
  AdwStatusPage    *empty_page;
  GtkLabel         *count_label;
  AdwBin           *scores_bin;
};

G_DEFINE_FINAL_TYPE (ZsPartnersPage, zs_partners_page, ZS_TYPE_PAGE)

/* ---- the filter -------------------------------------------------------------- */

static ZsStore *
store_of (ZsPartnersPage *self)
{
  return zs_page_get_store (ZS_PAGE (self));
}

static int
selected_kind (ZsPartnersPage *self)
{
  guint position = gtk_drop_down_get_selected (self->kind_dropdown);

  /* Position 0 is "every kind". */
  return position == 0 || position == GTK_INVALID_LIST_POSITION ? ZS_PARTNERS_PAGE_ANY_KIND : (int) position - 1;
}

static ZsQuery *
make_query (ZsPartnersPage *self)
{
  ZsQuery *query;
  int kind = selected_kind (self);

  if (gtk_toggle_button_get_active (self->quiet_toggle))
    query = zs_partner_not_contacted_query (store_of (self), self->quiet_days, zs_page_get_today (ZS_PAGE (self)));
  else
    query = zs_query_new (ZS_TYPE_PARTNER);
  if (kind != ZS_PARTNERS_PAGE_ANY_KIND)
    zs_query_add_int (query, ZS_PARTNER_KIND, ZS_QUERY_EQ, kind);
  zs_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  zs_query_set_order (query, ZS_PARTNER_NAME, FALSE);
  return query;
}

static gboolean
showing_scores (ZsPartnersPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "scores") == 0;
}

static void
update_count (ZsPartnersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->partners));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", n), n);
  gboolean filtered = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
                      selected_kind (self) != ZS_PARTNERS_PAGE_ANY_KIND ||
                      gtk_toggle_button_get_active (self->quiet_toggle);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  adw_status_page_set_description (self->empty_page,
                                   filtered ? _("No partner matches the filter. Clear the search or choose another kind.")
                                            : _("Add the city partners, chief representatives, liaison offices, chambers "
                                                "and notable natives who bring the bureau leads, or import them from vCards."));
}

static void
update_scores (ZsPartnersPage *self)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (!showing_scores (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->scores_dirty = TRUE;
      return;
    }
  self->scores_dirty = FALSE;
  query = make_query (self);
  if (!zs_partner_scores_set_query (self->scores, query, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
}

static void
apply_filter (ZsPartnersPage *self)
{
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GError) error = NULL;

  if (store_of (self) == NULL || self->syncing)
    return;

  query = make_query (self);
  if (!zs_record_list_set_query (self->partners, query, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
  zs_scroll_to_top (GTK_WIDGET (self->list_view), G_LIST_MODEL (self->partners));
  update_count (self);
  update_scores (self);
}

static void
on_filter_changed (ZsPartnersPage *self)
{
  apply_filter (self);
}

static void
on_view_toggled (ZsPartnersPage *self)
{
  zs_partners_page_show_view (self, gtk_toggle_button_get_active (self->scores_toggle) ? "scores" : "list");
}

static void
fill_kinds (ZsPartnersPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  guint n = zs_enum_get_n_values (ZS_TYPE_PARTNER_KIND);

  gtk_string_list_append (kinds, _("Every kind"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (kinds, zs_enum_get_label (ZS_TYPE_PARTNER_KIND, (int) i));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  self->syncing = FALSE;
}

static void
update_quiet_label (ZsPartnersPage *self)
{
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Over %d day without contact",
                                                         "Over %d days without contact", self->quiet_days),
                                            self->quiet_days);
  g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Only partners whose last contact is more than %d day ago, or who were never contacted",
                                                           "Only partners whose last contact is more than %d days ago, or who were never contacted",
                                                           self->quiet_days),
                                              self->quiet_days);

  gtk_label_set_text (self->quiet_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->quiet_toggle), tooltip);
}

/* ---- rows -------------------------------------------------------------------- */

static GtkWidget *
make_row (gpointer data)
{
  ZsPartnersPage *self = data;

  return GTK_WIDGET (zs_partner_row_new (zs_page_get_context (ZS_PAGE (self)), self->quiet_days));
}

/* A search to a few partners and back keeps the rows. */
static void
on_row_setup (ZsPartnersPage *self,
              GtkListItem    *item)
{
  zs_list_item_set_spare_child (item, gtk_list_view_get_factory (self->list_view), make_row, self);
}

static void
on_slot_item_changed (ZsSlot       *slot,
                      GParamSpec   *pspec,
                      ZsPartnerRow *row)
{
  zs_partner_row_set_partner (row, zs_slot_get_item (slot));
}

static void
on_row_bind (ZsPartnersPage *self,
             GtkListItem    *item)
{
  ZsSlot *slot = gtk_list_item_get_item (item);
  ZsPartnerRow *row = ZS_PARTNER_ROW (gtk_list_item_get_child (item));

  /* A row kept from before may have been made for another cycle. */
  zs_partner_row_set_quiet_days (row, self->quiet_days);
  /* The slot stays while the filter changes what it shows. */
  zs_partner_row_set_partner (row, zs_slot_get_item (slot));
  g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_item_changed), row);
  g_hash_table_add (self->bound_rows, row);
}

static void
on_row_unbind (ZsPartnersPage *self,
               GtkListItem    *item)
{
  ZsSlot *slot = gtk_list_item_get_item (item);
  ZsPartnerRow *row = ZS_PARTNER_ROW (gtk_list_item_get_child (item));

  g_signal_handlers_disconnect_by_func (slot, on_slot_item_changed, row);
  g_hash_table_remove (self->bound_rows, row);
  zs_partner_row_set_partner (row, NULL);
}

static void
on_list_activate (ZsPartnersPage *self,
                  guint           position)
{
  g_autoptr(ZsPartner) partner = g_list_model_get_item (G_LIST_MODEL (self->partners), position);

  if (partner != NULL)
    zs_partners_page_open_partner (self, partner);
}

static void
on_score_activated (ZsPartnersPage *self,
                    ZsPartner      *partner)
{
  zs_partners_page_open_partner (self, partner);
}

/* ---- following the store ------------------------------------------------------ */

static void
refresh (ZsPartnersPage *self)
{
  GHashTableIter iter;
  gpointer row;
  int quiet_days = zs_settings_get_int (store_of (self), ZS_SETTING_PARTNER_CONTACT_DAYS);

  if (quiet_days != self->quiet_days)
    {
      self->quiet_days = quiet_days;
      update_quiet_label (self);
    }
  /* Who counts as "not contacted lately" may have changed. */
  if (gtk_toggle_button_get_active (self->quiet_toggle))
    zs_record_list_refresh (self->partners, NULL);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      zs_partner_row_set_quiet_days (row, self->quiet_days);
      zs_partner_row_update (row);
    }
  update_count (self);
  update_scores (self);
}

static void
on_store_changed (ZsPartnersPage *self,
                  GType           type)
{
  if (type != G_TYPE_NONE && type != ZS_TYPE_CONTACT_LOG && type != ZS_TYPE_PARTNER &&
      type != ZS_TYPE_LEAD && type != ZS_TYPE_PROJECT)
    return;
  zs_page_queue_refresh (ZS_PAGE (self));
}

static void
on_partners_changed (ZsPartnersPage *self)
{
  update_count (self);
}

/* ---- actions ------------------------------------------------------------------ */

static void
new_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (widget);
  g_autoptr(ZsPartner) partner = zs_partner_new ();
  int kind = selected_kind (self);

  /* The kind the clerk is looking at is most likely the new one's. */
  if (kind != ZS_PARTNERS_PAGE_ANY_KIND)
    zs_record_set_enum (ZS_RECORD (partner), ZS_PARTNER_KIND, kind);
  zs_partners_page_open_partner (self, partner);
}

static void
show_error (ZsPartnersPage *self,
            const char     *heading,
            const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response (ZsPartnersPage       *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    zs_partners_page_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = zs_file_filter_new (_("Contact cards (vCard)"), "*.vcf");

  chooser = gtk_file_chooser_native_new (_("Import Contacts"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (source);
  g_autofree char *name = user_data;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (zs_partners_page_export_finish (self, result, &n, &error))
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u partner to “%s”",
                                                               "Exported %u partners to “%s”", n),
                                                  n, name);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
    }
  else
    show_error (self, _("Cannot Export the Partners"), error->message);
}

static void
on_export_response (ZsPartnersPage       *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  const char *version = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      version = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "version");
    }
  if (file != NULL)
    {
      ZsVCardVersion v = g_strcmp0 (version, "4.0") == 0 ? ZS_VCARD_VERSION_4_0 : ZS_VCARD_VERSION_3_0;

      zs_partners_page_export_to (self, file, v, on_exported, g_file_get_basename (file));
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = zs_file_filter_new (_("Contact cards (vCard)"), "*.vcf");
  static const char *versions[] = { "3.0", "4.0", NULL };
  const char *version_labels[] = { _("vCard 3.0 (phones and most mail programs)"), _("vCard 4.0"), NULL };

  chooser = gtk_file_chooser_native_new (_("Export Partners"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* TRANSLATORS: the suggested name of a vCard file of partners */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("partners.vcf"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "version", _("Format"), versions, version_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "version", "3.0");
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_vcards_imported (ZsPartnersPage *self,
                    guint           added,
                    guint           filled)
{
  g_autofree char *message = g_strdup_printf (_("Contacts imported: %u new partners, %u filled in"), added, filled);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
zs_partners_page_map (GtkWidget *widget)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (widget);

  GTK_WIDGET_CLASS (zs_partners_page_parent_class)->map (widget);
  if (self->partners != NULL)
    zs_record_list_set_frozen (self->partners, FALSE);
  if (self->scores_dirty)
    update_scores (self);
}

static void
zs_partners_page_unmap (GtkWidget *widget)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (widget);

  /* Out of sight, edits elsewhere need not re-run the list's query. */
  if (self->partners != NULL)
    zs_record_list_set_frozen (self->partners, TRUE);
  GTK_WIDGET_CLASS (zs_partners_page_parent_class)->unmap (widget);
}

static void
zs_partners_page_refresh (ZsPage *page)
{
  refresh (ZS_PARTNERS_PAGE (page));
}

/* Who has gone quiet, and for how long, is counted to today. */
static void
zs_partners_page_day_changed (ZsPage *page)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (page);

  zs_partner_scores_set_today (self->scores, zs_page_get_today (page));
  apply_filter (self);
  refresh (self);
}

static void
zs_partners_page_context_set (ZsPage *page)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (page);
  ZsStore *store = zs_page_get_store (page);
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;

  self->quiet_days = zs_settings_get_int (store, ZS_SETTING_PARTNER_CONTACT_DAYS);
  update_quiet_label (self);
  fill_kinds (self);

  query = make_query (self);
  self->partners = zs_record_list_new (store, query);
  self->export_button = zs_table_export_attach (GTK_WIDGET (self), store, "partners", self->partners);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->search_entry))), self->export_button);
  gtk_widget_set_visible (self->export_button, !showing_scores (self));
  /* Slots keep the row widgets while the filter changes what they show. */
  zs_record_list_set_single_change (self->partners, TRUE);
  self->slots = zs_slot_list_new (G_LIST_MODEL (self->partners));
  selection = zs_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_list_view_set_model (self->list_view, selection);
  g_signal_connect_object (self->partners, "notify::n-items", G_CALLBACK (on_partners_changed), self, G_CONNECT_SWAPPED);

  self->scores = zs_partner_scores_new (store, zs_page_get_today (page));
  g_signal_connect_object (self->scores, "partner-activated", G_CALLBACK (on_score_activated), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->scores_bin, GTK_WIDGET (self->scores));
  self->scores_dirty = TRUE;

  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  update_count (self);
}

static void
zs_partners_page_dispose (GObject *object)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (object);

  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_PARTNERS_PAGE);
  g_clear_object (&self->slots);
  g_clear_object (&self->partners);

  G_OBJECT_CLASS (zs_partners_page_parent_class)->dispose (object);
}

static void
zs_partners_page_finalize (GObject *object)
{
  ZsPartnersPage *self = ZS_PARTNERS_PAGE (object);

  g_hash_table_unref (self->bound_rows);

  G_OBJECT_CLASS (zs_partners_page_parent_class)->finalize (object);
}

static void
zs_partners_page_class_init (ZsPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ZsPageClass *page_class = ZS_PAGE_CLASS (klass);

  object_class->dispose = zs_partners_page_dispose;
  object_class->finalize = zs_partners_page_finalize;
  widget_class->map = zs_partners_page_map;
  widget_class->unmap = zs_partners_page_unmap;
  page_class->context_set = zs_partners_page_context_set;
  page_class->refresh = zs_partners_page_refresh;
  page_class->day_changed = zs_partners_page_day_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/zs-partners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, quiet_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, quiet_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, list_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, scores_toggle);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ZsPartnersPage, scores_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  gtk_widget_class_install_action (widget_class, "partners.new", NULL, new_partner_action);
  gtk_widget_class_install_action (widget_class, "partners.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "partners.export", NULL, export_action);
}

static void
zs_partners_page_init (ZsPartnersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zs_search_entry_connect (self->search_entry, G_CALLBACK (on_filter_changed), self);
  self->bound_rows = g_hash_table_new (NULL, NULL);
}

GListModel *
zs_partners_page_get_model (ZsPartnersPage *self)
{
  g_return_val_if_fail (ZS_IS_PARTNERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->partners);
}

ZsPartnerScores *
zs_partners_page_get_scores (ZsPartnersPage *self)
{
  g_return_val_if_fail (ZS_IS_PARTNERS_PAGE (self), NULL);
  return self->scores;
}

void
zs_partners_page_set_search (ZsPartnersPage *self,
                             const char     *text)
{
  g_return_if_fail (ZS_IS_PARTNERS_PAGE (self));

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  self->syncing = FALSE;
  /* Apply now rather than after the entry's typing pause. */
  apply_filter (self);
}

void
zs_partners_page_set_kind (ZsPartnersPage *self,
                           int             kind)
{
  g_return_if_fail (ZS_IS_PARTNERS_PAGE (self));
  gtk_drop_down_set_selected (self->kind_dropdown, kind == ZS_PARTNERS_PAGE_ANY_KIND ? 0 : (guint) kind + 1);
}

void
zs_partners_page_set_quiet_only (ZsPartnersPage *self,
                                 gboolean        quiet_only)
{
  g_return_if_fail (ZS_IS_PARTNERS_PAGE (self));
  gtk_toggle_button_set_active (self->quiet_toggle, quiet_only);
}

void
zs_partners_page_show_view (ZsPartnersPage *self,
                            const char     *view)
{
  gboolean scores;

  g_return_if_fail (ZS_IS_PARTNERS_PAGE (self));

  scores = g_strcmp0 (view, "scores") == 0;
  zs_stack_show_only (self->view_stack, scores ? "scores" : "list");
  /* 引荐成效 has its own 导出, under its table: one menu at a time. */
  if (self->export_button != NULL)
    gtk_widget_set_visible (self->export_button, !scores);
  if (gtk_toggle_button_get_active (self->scores_toggle) != scores)
    gtk_toggle_button_set_active (scores ? self->scores_toggle : self->list_toggle, TRUE);
  if (scores && self->scores_dirty)
    update_scores (self);
}

const char *
zs_partners_page_get_view (ZsPartnersPage *self)
{
  g_return_val_if_fail (ZS_IS_PARTNERS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
zs_partners_page_open_partner (ZsPartnersPage *self,
                               ZsPartner      *partner)
{
  GtkWidget *detail;

  g_return_val_if_fail (ZS_IS_PARTNERS_PAGE (self), NULL);

  detail = zs_partner_detail_new (zs_page_get_context (ZS_PAGE (self)), partner);
  zs_page_show_subpage (ZS_PAGE (self), detail,
                        zs_record_get_id (ZS_RECORD (partner)) != 0 ? zs_record_get_title (ZS_RECORD (partner))
                                                                    : _("New Partner"));
  return detail;
}

GtkWidget *
zs_partners_page_import_file (ZsPartnersPage *self,
                              GFile          *file)
{
  ZsVCardDialog *dialog;

  g_return_val_if_fail (ZS_IS_PARTNERS_PAGE (self), NULL);

  /* The file is read in the dialog, off the main thread; a file that
   * cannot be imported is said there. */
  dialog = zs_vcard_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), store_of (self), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_vcards_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
on_job_exported (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  guint n = 0;

  if (zs_vcard_job_export_finish (ZS_VCARD_JOB (source), result, &n, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

void
zs_partners_page_export_to (ZsPartnersPage      *self,
                            GFile               *file,
                            ZsVCardVersion       version,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(ZsQuery) query = NULL;
  g_autoptr(ZsVCardJob) job = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (ZS_IS_PARTNERS_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, zs_partners_page_export_to);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Cannot write “%s”: only files on this computer can be written"), uri);
      return;
    }
  /* The query is the job's from now on: the worker reads it. */
  query = make_query (self);
  job = zs_vcard_job_new (store_of (self));
  zs_vcard_job_export_async (job, query, version, path, NULL, on_job_exported, g_steal_pointer (&task));
}

gboolean
zs_partners_page_export_finish (ZsPartnersPage  *self,
                                GAsyncResult    *result,
                                guint           *n_cards,
                                GError         **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_cards != NULL)
    *n_cards = (guint) n;
  return TRUE;
}
