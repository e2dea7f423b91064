/* zs-record-chooser.c — choosing one record of a type, by search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-record-chooser.h"
#include "zs-search-entry.h"
#include "zs-ui-util.h"

struct _ZsRecordChooser
{
  GtkWidget       parent_instance;

  ZsStore        *store;
  GType           type;
  gint64          id;
  ZsRecordList   *records;
  int             owner_field;  /* -1, or the field the choices must hold owner_id in */
  gint64          owner_id;
  char           *missing;      /* said while the owner is not chosen */
  char           *empty;        /* said when the owner has nothing to choose */
  ZsRecord       *edited;       /* the record whose owner field follow_owner() watches */
  guint           parent_field;

  GtkMenuButton  *button;
  GtkLabel       *label;
  GtkPopover     *popover;
  GtkSearchEntry *search;
  GtkListView    *list;
  GtkStack       *list_stack;
  GtkLabel       *empty_label;
};

G_DEFINE_FINAL_TYPE (ZsRecordChooser, zs_record_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ZsQuery *
make_query (ZsRecordChooser *self,
            const char      *search)
{
  ZsQuery *query = zs_query_new (self->type);
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->type);

  if (ZS_RECORD_CLASS (klass)->title_field >= 0)
    zs_query_set_order (query, ZS_RECORD_CLASS (klass)->title_field, FALSE);
  zs_query_set_search (query, search);
  zs_query_set_limit (query, 500);
  if (self->owner_field >= 0)
    zs_query_add_int (query, (guint) self->owner_field, ZS_QUERY_EQ, self->owner_id);
  return query;
}

/* An empty list says why, when the owner has nothing to offer. */
static void
update_empty (ZsRecordChooser *self)
{
  gboolean none = g_list_model_get_n_items (G_LIST_MODEL (self->records)) == 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search));

  gtk_label_set_text (self->empty_label, *search == '\0' && self->empty != NULL ? self->empty : _("Nothing found"));
  gtk_stack_set_visible_child (self->list_stack, none ? GTK_WIDGET (self->empty_label)
                                                      : gtk_widget_get_parent (GTK_WIDGET (self->list)));
}

static void
update_label (ZsRecordChooser *self)
{
  g_autoptr(ZsRecord) record = NULL;

  if (self->id != 0)
    record = zs_store_load (self->store, self->type, self->id, NULL);

  if (record != NULL)
    {
      gtk_label_set_text (self->label, zs_record_get_title (record));
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
    }
  else
    {
      gtk_label_set_text (self->label, self->owner_field >= 0 && self->owner_id == 0 && self->missing != NULL
                                       ? self->missing : _("None"));
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
    }
  /* Nothing to choose until the owner is chosen; a value already there
   * (an older record) may still be cleared. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->button),
                            self->owner_field < 0 || self->owner_id != 0 || self->id != 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               self->owner_field >= 0 && self->owner_id == 0 ? self->missing : NULL);
}

static void
choose (ZsRecordChooser *self,
        gint64           id)
{
  gtk_popover_popdown (self->popover);
  zs_record_chooser_set_id (self, id);
}

static void
on_search_changed (ZsRecordChooser *self)
{
  g_autoptr(ZsQuery) query = make_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search)));

  zs_record_list_set_query (self->records, query, NULL);
  update_empty (self);
}

static void
on_search_activate (ZsRecordChooser *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->records)) > 0)
    choose (self, zs_record_list_get_id (self->records, 0));
}

static void
on_list_activate (ZsRecordChooser *self,
                  guint            position)
{
  choose (self, zs_record_list_get_id (self->records, position));
}

static void
on_clear_clicked (ZsRecordChooser *self)
{
  choose (self, 0);
}

static void
on_popover_show (ZsRecordChooser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  on_search_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
on_item_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_item_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  ZsRecord *record = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), record ? zs_record_get_title (record) : "");
}

static void
zs_record_chooser_dispose (GObject *object)
{
  ZsRecordChooser *self = ZS_RECORD_CHOOSER (object);

  zs_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->records);
  g_clear_object (&self->store);
  g_clear_pointer (&self->missing, g_free);
  g_clear_pointer (&self->empty, g_free);
  g_clear_object (&self->edited);

  G_OBJECT_CLASS (zs_record_chooser_parent_class)->dispose (object);
}

static void
zs_record_chooser_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZsRecordChooser *self = ZS_RECORD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_record_chooser_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZsRecordChooser *self = ZS_RECORD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_ID:
      zs_record_chooser_set_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zs_record_chooser_class_init (ZsRecordChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_record_chooser_dispose;
  object_class->get_property = zs_record_chooser_get_property;
  object_class->set_property = zs_record_chooser_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_record_chooser_init (ZsRecordChooser *self)
{
  self->owner_field = -1;
}

GtkWidget *
zs_record_chooser_new (ZsStore *store,
                       GType    type)
{
  ZsRecordChooser *self = g_object_new (ZS_TYPE_RECORD_CHOOSER, NULL);
  g_autoptr(ZsQuery) query = NULL;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear"));

  self->store = g_object_ref (store);
  self->type = type;
  query = make_query (self, NULL);
  self->records = zs_record_list_new (store, query);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->label, 24);
  {
    GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    /* Looks like a drop-down: the current choice and an arrow. */
    gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->label));
    gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("pan-down-symbolic"));
    self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
    gtk_menu_button_set_child (self->button, content);
    gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  }
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  zs_search_entry_connect (self->search, G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (on_search_activate), self);

  g_signal_connect (factory, "setup", G_CALLBACK (on_item_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_item_bind), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->records)))),
                                                 factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (on_list_activate), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 280);
  self->empty_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->empty_label, TRUE);
  gtk_label_set_max_width_chars (self->empty_label, 24);
  gtk_label_set_justify (self->empty_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->empty_label), "dim-label");
  self->list_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_child (self->list_stack, scroller);
  gtk_stack_add_child (self->list_stack, GTK_WIDGET (self->empty_label));

  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (on_clear_clicked), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list_stack));
  gtk_box_append (GTK_BOX (box), clear);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_show), self);
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));

  update_empty (self);
  update_label (self);
  return GTK_WIDGET (self);
}

gint64
zs_record_chooser_get_id (ZsRecordChooser *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_CHOOSER (self), 0);
  return self->id;
}

void
zs_record_chooser_set_id (ZsRecordChooser *self,
                          gint64           id)
{
  g_return_if_fail (ZS_IS_RECORD_CHOOSER (self));

  if (self->id == id)
    return;

  self->id = id;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
zs_record_chooser_set_owner (ZsRecordChooser *self,
                             guint            owner_field,
                             gint64           owner_id,
                             const char      *missing,
                             const char      *empty)
{
  g_autoptr(ZsQuery) query = NULL;

  g_return_if_fail (ZS_IS_RECORD_CHOOSER (self));

  if (self->owner_field == (int) owner_field && self->owner_id == owner_id
      && g_strcmp0 (self->missing, missing) == 0 && g_strcmp0 (self->empty, empty) == 0)
    return;
  self->owner_field = (int) owner_field;
  self->owner_id = owner_id;
  g_free (self->missing);
  self->missing = g_strdup (missing);
  g_free (self->empty);
  self->empty = g_strdup (empty);
  query = make_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search)));
  zs_record_list_set_query (self->records, query, NULL);
  update_empty (self);
  update_label (self);
}

const char *
zs_record_chooser_get_label (ZsRecordChooser *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_CHOOSER (self), NULL);
  return gtk_label_get_text (self->label);
}

GListModel *
zs_record_chooser_get_choices (ZsRecordChooser *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->records);
}

static void
on_owner_changed (ZsRecordChooser *self)
{
  const ZsField *parent;
  guint n;
  g_autofree char *missing = NULL;

  parent = &zs_record_class_get_fields (ZS_RECORD_GET_CLASS (self->edited), &n)[self->parent_field];
  /* TRANSLATORS: on a choice that depends on another, e.g. "Choose “Chain” first" */
  missing = g_strdup_printf (_("Choose “%s” first"), _(parent->label));
  zs_record_chooser_set_owner (self, (guint) self->owner_field, zs_record_get_int (self->edited, self->parent_field),
                               missing, _("Nothing to choose here yet: add them on the owner’s page."));
}

void
zs_record_chooser_follow_owner (ZsRecordChooser *self,
                                ZsRecord        *record,
                                guint            field)
{
  g_autoptr(GTypeClass) chosen = NULL;
  const ZsField *chosen_fields;
  const ZsField *own;
  guint n_chosen, n_own;

  g_return_if_fail (ZS_IS_RECORD_CHOOSER (self));
  g_return_if_fail (ZS_IS_RECORD (record));
  g_return_if_fail (self->edited == NULL);

  chosen = g_type_class_ref (self->type);
  chosen_fields = zs_record_class_get_fields (ZS_RECORD_CLASS (chosen), &n_chosen);
  own = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_own);
  for (guint i = 0; i < n_chosen; i++)
    {
      if (chosen_fields[i].kind != ZS_FIELD_REF || !(chosen_fields[i].flags & ZS_FIELD_OWNER))
        continue;
      for (guint j = 0; j < n_own; j++)
        if (j != field && own[j].kind == ZS_FIELD_REF && own[j].get_type () == chosen_fields[i].get_type ())
          {
            g_autofree char *signal = g_strdup_printf ("notify::%s", own[j].name);

            self->edited = g_object_ref (record);
            self->owner_field = (int) i;
            self->parent_field = j;
            g_signal_connect_object (record, signal, G_CALLBACK (on_owner_changed), self, G_CONNECT_SWAPPED);
            on_owner_changed (self);
            return;
          }
    }
}
