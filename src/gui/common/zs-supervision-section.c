/* zs-supervision-section.c — 批示与督办 on a project, lead or carrier page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The leader's instructions, then the 督办 items, each with its replies
 * and the buttons that answer and close it. Every change goes through the
 * store (history, undo, trash); the rows are made again after each one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-attachment-list.h"
#include "zs-conflict-dialog.h"
#include "zs-record-dialog.h"
#include "zs-supervision-section.h"
#include "zs-ui-util.h"

struct _ZsSupervisionSection
{
  GtkWidget            parent_instance;

  ZsStore             *store;
  ZsClock             *clock;
  ZsRecord            *owner;
  int                  owner_field;   /* of ZsInstruction and ZsSupervision alike */
  GPtrArray           *rows;          /* ours in the group, to remove on refresh */
  guint                refresh_id;

  AdwPreferencesGroup *group;
  GtkWidget           *instruct_button;
  GtkWidget           *supervise_button;
};

G_DEFINE_FINAL_TYPE (ZsSupervisionSection, zs_supervision_section, GTK_TYPE_WIDGET)

static const guint instruction_fields[] = {
  ZS_INSTRUCTION_TEXT, ZS_INSTRUCTION_AUTHOR, ZS_INSTRUCTION_DATE,
};
static const ZsEditorGroup instruction_groups[] = {
  { NULL, instruction_fields, G_N_ELEMENTS (instruction_fields) },
};
static const guint supervision_fields[] = {
  ZS_SUPERVISION_TASK, ZS_SUPERVISION_UNIT_ID, ZS_SUPERVISION_PERSON_ID, ZS_SUPERVISION_DEADLINE,
};
static const ZsEditorGroup supervision_groups[] = {
  { NULL, supervision_fields, G_N_ELEMENTS (supervision_fields) },
};
static const guint reply_fields[] = {
  ZS_SUPERVISION_REPLY_TEXT, ZS_SUPERVISION_REPLY_AUTHOR, ZS_SUPERVISION_REPLY_DATE,
};
static const ZsEditorGroup reply_groups[] = {
  { NULL, reply_fields, G_N_ELEMENTS (reply_fields) },
};

static void refresh (ZsSupervisionSection *self);

/* ---- helpers ---------------------------------------------------------------------- */

static const char *
today_of (ZsSupervisionSection *self)
{
  return zs_clock_get_today (self->clock);
}

static ZsRecordDialog *
open_dialog (ZsSupervisionSection *self,
             ZsRecord             *record,
             const char           *title,
             const ZsEditorGroup  *groups)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (!GTK_IS_WINDOW (root))
    return NULL;
  dialog = zs_record_dialog_new (GTK_WINDOW (root), self->store, record, title, groups, 1);
  gtk_window_present (GTK_WINDOW (dialog));
  return ZS_RECORD_DIALOG (dialog);
}

/* A new reply takes files once it is saved, which its text does. */
static void
on_reply_saved (ZsRecordEditor   *editor,
                ZsAttachmentList *list)
{
  ZsRecord *reply = zs_record_editor_get_record (editor);
  ZsStore *store = g_object_get_data (G_OBJECT (list), "zs-store");

  if (zs_record_get_id (reply) == 0 || gtk_widget_get_sensitive (GTK_WIDGET (list)))
    return;
  zs_attachment_list_set_record (list, store, reply);
  gtk_widget_set_sensitive (GTK_WIDGET (list), TRUE);
}

/* The reply's dialog, with its attachments under the text. */
static void
open_reply_dialog (ZsSupervisionSection *self,
                   ZsRecord             *reply,
                   const char           *title)
{
  ZsRecordDialog *dialog = open_dialog (self, reply, title, reply_groups);
  ZsRecordEditor *editor;
  GtkWidget *list;

  if (dialog == NULL)
    return;
  editor = zs_record_dialog_get_editor (dialog);
  list = g_object_new (ZS_TYPE_ATTACHMENT_LIST, NULL);
  zs_record_dialog_add_below (dialog, list);
  g_object_set_data_full (G_OBJECT (list), "zs-store", g_object_ref (self->store), g_object_unref);
  gtk_widget_set_sensitive (list, FALSE);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_reply_saved), list, 0);
  on_reply_saved (editor, ZS_ATTACHMENT_LIST (list));
}

/* The records of @type whose @field is @id, in @order_field's order. */
static GPtrArray *
load_children (ZsSupervisionSection *self,
               GType                 type,
               guint                 field,
               gint64                id,
               guint                 order_field,
               gboolean              descending)
{
  g_autoptr(ZsQuery) query = zs_query_new (type);
  g_autoptr(GArray) ids = NULL;
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  zs_query_add_int (query, field, ZS_QUERY_EQ, id);
  zs_query_set_order (query, order_field, descending);
  ids = zs_store_query (self->store, query, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      ZsRecord *record = zs_store_load (self->store, type, g_array_index (ids, gint64, i), NULL);

      if (record != NULL)
        g_ptr_array_add (records, record);
    }
  return records;
}

static char *
by_and_when (ZsStore    *store,
             ZsRecord   *record,
             guint       author_field,
             guint       date_field)
{
  const char *author = zs_record_get_string (record, author_field);
  g_autofree char *date = zs_format_date (zs_record_get_string (record, date_field));

  return author != NULL ? g_strdup_printf ("%s · %s", author, date) : g_strdup (date);
}

static void
set_row_text (AdwPreferencesRow *row,
              const char        *title,
              const char        *subtitle)
{
  g_autofree char *escaped_title = g_markup_escape_text (title != NULL ? title : "", -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (row, escaped_title);
  if (ADW_IS_ACTION_ROW (row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  else
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped_subtitle);
}

/* ---- callbacks -------------------------------------------------------------------- */

static void
on_record_row_activated (AdwActionRow *row,
                         ZsSupervisionSection *self)
{
  ZsRecord *record = g_object_get_data (G_OBJECT (row), "zs-record");

  if (ZS_IS_INSTRUCTION (record))
    open_dialog (self, record, _("Instruction"), instruction_groups);
  else if (ZS_IS_SUPERVISION_REPLY (record))
    open_reply_dialog (self, record, _("Reply"));
  else if (ZS_IS_SUPERVISION (record))
    open_dialog (self, record, _("Supervision Item"), supervision_groups);
}

static void
on_instruct_clicked (ZsSupervisionSection *self)
{
  g_autoptr(ZsInstruction) instruction = zs_instruction_new ();
  ZsRecord *r = ZS_RECORD (instruction);
  const char *actor = zs_store_get_actor (self->store);

  zs_record_set_int (r, (guint) self->owner_field, zs_record_get_id (self->owner));
  zs_record_set_string (r, ZS_INSTRUCTION_DATE, today_of (self));
  if (actor != NULL && *actor != '\0')
    zs_record_set_string (r, ZS_INSTRUCTION_AUTHOR, actor);
  open_dialog (self, r, _("New Instruction"), instruction_groups);
}

static void
on_supervise_clicked (ZsSupervisionSection *self)
{
  g_autoptr(ZsSupervision) item = zs_supervision_new ();
  ZsRecord *r = ZS_RECORD (item);
  g_autofree char *deadline = zs_date_add_days (today_of (self), 7);
  GParamSpec *unit = g_object_class_find_property (G_OBJECT_GET_CLASS (self->owner), "unit-id");
  GParamSpec *person = g_object_class_find_property (G_OBJECT_GET_CLASS (self->owner), "person-id");

  zs_record_set_int (r, (guint) self->owner_field, zs_record_get_id (self->owner));
  zs_record_set_string (r, ZS_SUPERVISION_DEADLINE, deadline);
  /* Most often the unit that already has the record in hand. */
  if (unit != NULL)
    {
      gint64 id;

      g_object_get (self->owner, "unit-id", &id, NULL);
      zs_record_set_int (r, ZS_SUPERVISION_UNIT_ID, id);
    }
  if (person != NULL)
    {
      gint64 id;

      g_object_get (self->owner, "person-id", &id, NULL);
      zs_record_set_int (r, ZS_SUPERVISION_PERSON_ID, id);
    }
  open_dialog (self, r, _("New Supervision Item"), supervision_groups);
}

static void
on_edit_clicked (GtkButton            *button,
                 ZsSupervisionSection *self)
{
  open_dialog (self, g_object_get_data (G_OBJECT (button), "zs-record"), _("Supervision Item"), supervision_groups);
}

static void
on_reply_clicked (GtkButton            *button,
                  ZsSupervisionSection *self)
{
  ZsRecord *item = g_object_get_data (G_OBJECT (button), "zs-record");
  g_autoptr(ZsSupervisionReply) reply = zs_supervision_reply_new ();
  ZsRecord *r = ZS_RECORD (reply);
  const char *actor = zs_store_get_actor (self->store);

  zs_record_set_int (r, ZS_SUPERVISION_REPLY_SUPERVISION_ID, zs_record_get_id (item));
  zs_record_set_string (r, ZS_SUPERVISION_REPLY_DATE, today_of (self));
  if (actor != NULL && *actor != '\0')
    zs_record_set_string (r, ZS_SUPERVISION_REPLY_AUTHOR, actor);
  open_reply_dialog (self, r, _("Reply to the Supervision Item"));
}

static void
on_close_clicked (GtkButton            *button,
                  ZsSupervisionSection *self)
{
  ZsRecord *item = g_object_get_data (G_OBJECT (button), "zs-record");
  gboolean closing = !zs_supervision_is_closed (item);

  zs_record_set_enum (item, ZS_SUPERVISION_STATE, closing ? ZS_SUPERVISION_CLOSED : ZS_SUPERVISION_OPEN);
  if (closing)
    zs_record_set_string (item, ZS_SUPERVISION_CLOSED_DATE, today_of (self));
  else
    zs_record_clear_field (item, ZS_SUPERVISION_CLOSED_DATE);
  if (zs_save_record (GTK_WIDGET (self), self->store, item, ZS_SUPERVISION_STATE))
    zs_toast_change (GTK_WIDGET (self), closing ? _("Supervision item closed") : _("Supervision item reopened"));
}

static void
on_store_changed (ZsSupervisionSection *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once ((GSourceOnceFunc) refresh, self);
}

/* ---- rows ------------------------------------------------------------------------- */

static void
add_row (ZsSupervisionSection *self,
         GtkWidget            *row)
{
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
record_row_new (ZsSupervisionSection *self,
                ZsRecord             *record,
                const char           *title,
                const char           *subtitle,
                const char           *icon)
{
  GtkWidget *row = adw_action_row_new ();

  set_row_text (ADW_PREFERENCES_ROW (row), title, subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  if (icon != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "zs-record", g_object_ref (record), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (on_record_row_activated), self);
  return row;
}

static void
on_reply_files_changed (GtkWidget  *list,
                        GParamSpec *pspec,
                        GtkWidget  *row)
{
  gtk_widget_set_visible (row, gtk_widget_get_visible (list));
}

/* The reply's files, under it: shown only when it has some. */
static GtkWidget *
reply_files_row_new (ZsSupervisionSection *self,
                     ZsRecord             *reply)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *list = g_object_new (ZS_TYPE_ATTACHMENT_LIST, NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_top (list, 6);
  gtk_widget_set_margin_bottom (list, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), list);
  zs_attachment_list_set_compact (ZS_ATTACHMENT_LIST (list), TRUE);
  zs_attachment_list_set_record (ZS_ATTACHMENT_LIST (list), self->store, reply);
  g_signal_connect_object (list, "notify::visible", G_CALLBACK (on_reply_files_changed), row, 0);
  gtk_widget_set_visible (row, gtk_widget_get_visible (list));
  return row;
}

static char *
describe_item (ZsSupervisionSection *self,
               ZsRecord             *item)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *deadline = zs_format_date (zs_record_get_string (item, ZS_SUPERVISION_DEADLINE));

  g_ptr_array_add (parts, zs_format_field (self->store, item, ZS_SUPERVISION_UNIT_ID));
  if (zs_record_get_int (item, ZS_SUPERVISION_PERSON_ID) != 0)
    g_ptr_array_add (parts, zs_format_field (self->store, item, ZS_SUPERVISION_PERSON_ID));
  /* TRANSLATORS: a 督办 item's deadline */
  g_ptr_array_add (parts, g_strdup_printf (_("by %s"), deadline));
  if (zs_supervision_is_closed (item))
    {
      g_autofree char *closed = zs_format_date (zs_record_get_string (item, ZS_SUPERVISION_CLOSED_DATE));

      g_ptr_array_add (parts, g_strdup_printf (zs_supervision_on_time (item) ? _("closed %s, on time")
                                                                             : _("closed %s, late"), closed));
    }
  else if (zs_supervision_is_overdue (item, today_of (self)))
    {
      int days = zs_date_days_between (zs_record_get_string (item, ZS_SUPERVISION_DEADLINE), today_of (self));

      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue by %d day",
                                                            "overdue by %d days", days), days));
    }
  else
    g_ptr_array_add (parts, g_strdup (_("being handled")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
item_button_new (ZsSupervisionSection *self,
                 ZsRecord             *item,
                 const char           *label,
                 GCallback             clicked)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label) : gtk_button_new ();

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "zs-record", g_object_ref (item), g_object_unref);
  g_signal_connect (button, "clicked", clicked, self);
  return button;
}

static GtkWidget *
item_row_new (ZsSupervisionSection *self,
              ZsRecord             *item)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = describe_item (self, item);
  g_autoptr(GPtrArray) replies = load_children (self, ZS_TYPE_SUPERVISION_REPLY, ZS_SUPERVISION_REPLY_SUPERVISION_ID,
                                                zs_record_get_id (item), ZS_SUPERVISION_REPLY_DATE, FALSE);
  gboolean closed = zs_supervision_is_closed (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = item_button_new (self, item, NULL, G_CALLBACK (on_edit_clicked));
  GtkWidget *actions;

  set_row_text (ADW_PREFERENCES_ROW (row), zs_record_get_string (item, ZS_SUPERVISION_TASK), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), closed ? "emblem-ok-symbolic" : "alarm-symbolic");

  /* Open items show their replies and buttons; closed ones fold away. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), !closed);

  gtk_button_set_icon_name (GTK_BUTTON (edit), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (edit, _("Edit the Supervision Item"));
  gtk_widget_add_css_class (edit, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), edit);

  for (guint i = 0; i < replies->len; i++)
    {
      ZsRecord *reply = g_ptr_array_index (replies, i);
      g_autofree char *when = by_and_when (self->store, reply, ZS_SUPERVISION_REPLY_AUTHOR, ZS_SUPERVISION_REPLY_DATE);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                record_row_new (self, reply, zs_record_get_string (reply, ZS_SUPERVISION_REPLY_TEXT),
                                                when, "mail-reply-sender-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reply_files_row_new (self, reply));
    }

  actions = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions),
                                 replies->len == 0 ? _("No reply yet") : "");
  gtk_box_append (GTK_BOX (box), item_button_new (self, item, _("_Reply…"), G_CALLBACK (on_reply_clicked)));
  gtk_box_append (GTK_BOX (box), item_button_new (self, item, closed ? _("Re_open") : _("_Close Item"),
                                                  G_CALLBACK (on_close_clicked)));
  if (!closed)
    gtk_widget_add_css_class (gtk_widget_get_last_child (box), "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
  return row;
}

static void
refresh (ZsSupervisionSection *self)
{
  g_autoptr(GPtrArray) instructions = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gboolean saved = self->owner != NULL && zs_record_get_id (self->owner) != 0;

  self->refresh_id = 0;
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  gtk_widget_set_sensitive (self->instruct_button, saved);
  gtk_widget_set_sensitive (self->supervise_button, saved);
  if (!saved)
    {
      adw_preferences_group_set_description (self->group, _("Available once the record is saved."));
      return;
    }

  instructions = load_children (self, ZS_TYPE_INSTRUCTION, (guint) self->owner_field,
                                zs_record_get_id (self->owner), ZS_INSTRUCTION_DATE, TRUE);
  items = load_children (self, ZS_TYPE_SUPERVISION, (guint) self->owner_field,
                         zs_record_get_id (self->owner), ZS_SUPERVISION_DEADLINE, FALSE);
  adw_preferences_group_set_description (self->group,
                                         instructions->len + items->len == 0
                                         ? _("No instructions or supervision items yet. A leader’s instruction and the work it asks of a unit are kept here with the unit’s replies.")
                                         : NULL);
  for (guint i = 0; i < instructions->len; i++)
    {
      ZsRecord *instruction = g_ptr_array_index (instructions, i);
      g_autofree char *when = by_and_when (self->store, instruction, ZS_INSTRUCTION_AUTHOR, ZS_INSTRUCTION_DATE);
      /* TRANSLATORS: who gave a 批示 and when */
      g_autofree char *subtitle = g_strdup_printf (_("Instruction from %s"), when);

      add_row (self, record_row_new (self, instruction, zs_record_get_string (instruction, ZS_INSTRUCTION_TEXT),
                                     subtitle, "user-info-symbolic"));
    }
  for (guint i = 0; i < items->len; i++)
    add_row (self, item_row_new (self, g_ptr_array_index (items, i)));
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
zs_supervision_section_dispose (GObject *object)
{
  ZsSupervisionSection *self = ZS_SUPERVISION_SECTION (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_SUPERVISION_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->owner);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zs_supervision_section_parent_class)->dispose (object);
}

static void
zs_supervision_section_class_init (ZsSupervisionSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_supervision_section_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-supervision-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsSupervisionSection, group);
  gtk_widget_class_bind_template_child (widget_class, ZsSupervisionSection, instruct_button);
  gtk_widget_class_bind_template_child (widget_class, ZsSupervisionSection, supervise_button);
  gtk_widget_class_bind_template_callback (widget_class, on_instruct_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_supervise_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_supervision_section_init (ZsSupervisionSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->owner_field = -1;
}

void
zs_supervision_section_set_owner (ZsSupervisionSection *self,
                                  ZsStore              *store,
                                  ZsClock              *clock,
                                  ZsRecord             *owner)
{
  g_return_if_fail (ZS_IS_SUPERVISION_SECTION (self));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (zs_instruction_owner_field (G_OBJECT_TYPE (owner)) >= 0);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_set_object (&self->clock, clock);
  g_set_object (&self->owner, owner);
  self->owner_field = zs_instruction_owner_field (G_OBJECT_TYPE (owner));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}
