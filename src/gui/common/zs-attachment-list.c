/* zs-attachment-list.c — a record page's 附件 section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Files go into the database and come out of it in worker threads (the
 * store's _async calls, each on a connection of its own), so a large scan
 * never holds the window. A file opened is copied out to a scratch folder
 * first: the application that shows it reads a file of its own, and an
 * edit there never changes what the database keeps.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "zs-attachment-list.h"
#include "zs-page.h"
#include "zs-pdf-thumbnail.h"
#include "zs-ui-util.h"

/* Pictures and PDFs above this are shown by their kind's icon, not read for a thumbnail. */
#define THUMBNAIL_MAX_BYTES (16 * 1024 * 1024)
#define THUMBNAIL_SIZE      48

struct _ZsAttachmentList
{
  GtkWidget             parent_instance;

  ZsStore              *store;
  ZsRecord             *record;
  GListStore           *attachments;
  GHashTable           *thumbnails;   /* uuid → GdkTexture, or NULL while read */
  GQueue                queue;        /* GFile to add, in order */
  gboolean              adding;
  guint                 added;        /* of the files queued together */
  char                 *last_added;   /* the name of the last one */
  guint                 pending;      /* adds, opens, copies and thumbnails under way */
  GCancellable         *cancellable;
  GtkDropTarget        *drop;
  GtkWidget            *drop_host;    /* weak */
  char                 *error;
  ZsAttachmentLauncher  launcher;
  gpointer              launcher_data;
  gboolean              compact;

  AdwPreferencesGroup  *group;
  GtkWidget            *hidden_suffix;   /* a compact list's header suffix, kept off the group */
  GtkWidget            *add_button;
  GtkListBox           *list;
  GtkLabel             *error_label;
  GtkSpinner           *spinner;
};

G_DEFINE_FINAL_TYPE (ZsAttachmentList, zs_attachment_list, GTK_TYPE_WIDGET)

static void add_next (ZsAttachmentList *self);

/* The thumbnails' values: NULL while one is read or for a file that is no picture. */
static void
unref_texture (gpointer texture)
{
  if (texture != NULL)
    g_object_unref (texture);
}

/* ---- helpers ------------------------------------------------------------------ */

static void
set_error (ZsAttachmentList *self,
           const char       *message)
{
  g_free (self->error);
  self->error = g_strdup (message != NULL ? message : "");
  if (self->error_label == NULL)
    return;   /* disposed while a file was read */
  gtk_label_set_text (self->error_label, self->error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->error[0] != '\0');
}

static void
busy_changed (ZsAttachmentList *self,
              int               delta)
{
  self->pending = (guint) ((int) self->pending + delta);
  if (self->spinner == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->pending > 0);
  gtk_spinner_set_spinning (self->spinner, self->pending > 0);
}

static ZsAttachment *
find_attachment (ZsAttachmentList *self,
                 gint64            id,
                 guint            *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsAttachment) a = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      if (zs_record_get_id (ZS_RECORD (a)) == id)
        {
          if (position != NULL)
            *position = i;
          return a;   /* the list still holds it */
        }
    }
  return NULL;
}

static char *
mime_type_of (ZsAttachment *a)
{
  const char *type = zs_record_get_string (ZS_RECORD (a), ZS_ATTACHMENT_CONTENT_TYPE);

  return type != NULL ? g_content_type_get_mime_type (type) : NULL;
}

static gboolean
is_pdf (const char *mime)
{
  return g_strcmp0 (mime, "application/pdf") == 0;
}

static gboolean
has_thumbnail_kind (ZsAttachment *a)
{
  g_autofree char *mime = mime_type_of (a);

  return mime != NULL && (g_str_has_prefix (mime, "image/") || is_pdf (mime)) &&
         zs_record_get_int (ZS_RECORD (a), ZS_ATTACHMENT_SIZE) <= THUMBNAIL_MAX_BYTES;
}

/* "PDF 文档 · 1.2 MB · 2026年12月6日 · 李晓梅" */
static char *
describe (ZsAttachment *a)
{
  ZsRecord *r = ZS_RECORD (a);
  const char *type = zs_record_get_string (r, ZS_ATTACHMENT_CONTENT_TYPE);
  const char *created = zs_record_get_created (r);
  g_autofree char *kind = type != NULL ? g_content_type_get_description (type) : NULL;
  g_autofree char *size = g_format_size ((guint64) zs_record_get_int (r, ZS_ATTACHMENT_SIZE));
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  const char *parts[4];

  if (created != NULL && strlen (created) >= 10)
    {
      day = g_strndup (created, 10);
      date = zs_format_date (day);
    }
  parts[0] = kind;
  parts[1] = size;
  parts[2] = date;
  parts[3] = zs_record_get_string (r, ZS_ATTACHMENT_ADDED_BY);
  return zs_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}

static void request_thumbnail (ZsAttachmentList *self,
                               ZsAttachment     *a);

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  ZsAttachmentList *self = user_data;
  ZsAttachment *a = item;
  ZsRecord *r = ZS_RECORD (a);
  gint64 id = zs_record_get_id (r);
  const char *type = zs_record_get_string (r, ZS_ATTACHMENT_CONTENT_TYPE);
  g_autofree char *subtitle = describe (a);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new ();
  GdkTexture *thumbnail = g_hash_table_lookup (self->thumbnails, zs_record_get_uuid (r));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zs_record_get_string (r, ZS_ATTACHMENT_NAME));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Open with the default application"));

  gtk_image_set_pixel_size (GTK_IMAGE (image), THUMBNAIL_SIZE);
  if (thumbnail != NULL)
    gtk_image_set_from_paintable (GTK_IMAGE (image), GDK_PAINTABLE (thumbnail));
  else
    {
      g_autoptr(GIcon) icon = g_content_type_get_icon (type != NULL ? type : "application/octet-stream");

      gtk_image_set_from_gicon (GTK_IMAGE (image), icon);
      gtk_widget_add_css_class (image, "lowres-icon");
      if (has_thumbnail_kind (a))
        request_thumbnail (self, a);
    }
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-save-as-symbolic", _("Save a Copy…"), "attachments.save", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Move to Trash"), "attachments.delete", id));
  return row;
}

static void
reload (ZsAttachmentList *self)
{
  g_autoptr(ZsQuery) query = zs_attachments_query (self->record);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (query == NULL)
    return;
  ids = zs_store_query (self->store, query, &error);
  if (ids == NULL)
    {
      set_error (self, error->message);
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      ZsRecord *a = zs_store_load (self->store, ZS_TYPE_ATTACHMENT, g_array_index (ids, gint64, i), NULL);

      if (a != NULL)
        g_ptr_array_add (items, a);
    }
  g_list_store_splice (self->attachments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->attachments)),
                       items->pdata, items->len);
}

static void
on_items_changed (ZsAttachmentList *self)
{
  if (self->compact)
    gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (G_LIST_MODEL (self->attachments)) > 0);
}

static void
on_store_changed (ZsAttachmentList *self,
                  GType             type,
                  gint64            id)
{
  if (type == ZS_TYPE_ATTACHMENT || type == G_TYPE_NONE || type == 0)
    reload (self);
}

/* ---- work in threads ------------------------------------------------------------- */

/* What a callback needs of the list and of the file it works on. */
typedef struct {
  ZsAttachmentList *self;
  char             *uuid;
  char             *name;
  GFile            *file;
  gboolean          pdf;    /* a thumbnail's: the bytes are a PDF */
} Op;

static Op *
op_new (ZsAttachmentList *self,
        ZsAttachment     *a)
{
  Op *op = g_new0 (Op, 1);

  op->self = g_object_ref (self);
  if (a != NULL)
    {
      op->uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (a)));
      op->name = g_strdup (zs_record_get_string (ZS_RECORD (a), ZS_ATTACHMENT_NAME));
    }
  busy_changed (self, +1);
  return op;
}

static void
op_free (Op *op)
{
  busy_changed (op->self, -1);
  g_object_unref (op->self);
  g_free (op->uuid);
  g_free (op->name);
  g_clear_object (&op->file);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Op, op_free)

/* ---- thumbnails ------------------------------------------------------------------- */

/* What a thumbnail is made from: the bytes, and whether they are a PDF. */
typedef struct {
  GBytes   *bytes;
  gboolean  pdf;
} Source;

static void
source_free (Source *source)
{
  g_bytes_unref (source->bytes);
  g_free (source);
}

static void
thumbnail_thread (GTask        *task,
                  gpointer      object,
                  gpointer      data,
                  GCancellable *cancellable)
{
  Source *source = data;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GdkPixbuf) upright = NULL;
  GError *error = NULL;

  /* A PDF's first page; a broken or hostile one keeps the kind's icon. */
  if (source->pdf)
    {
      GdkTexture *texture = zs_pdf_thumbnail_render (source->bytes, THUMBNAIL_SIZE * 2, &error);

      if (texture == NULL)
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, texture, g_object_unref);
      return;
    }
  in = g_memory_input_stream_new_from_bytes (source->bytes);
  pixbuf = gdk_pixbuf_new_from_stream_at_scale (in, THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2, TRUE,
                                                cancellable, &error);
  if (pixbuf == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* A photo from a phone lies on its side without this. */
  upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  g_task_return_pointer (task, gdk_texture_new_for_pixbuf (upright), g_object_unref);
}

static void
on_thumbnail_decoded (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(Op) op = user_data;
  ZsAttachmentList *self = op->self;
  GdkTexture *texture = g_task_propagate_pointer (G_TASK (result), NULL);
  guint n;

  /* Not a picture or a PDF that can be read: the kind's icon stays. */
  if (texture == NULL || self->store == NULL)
    {
      g_clear_object (&texture);
      return;
    }
  g_hash_table_replace (self->thumbnails, g_strdup (op->uuid), texture);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZsAttachment) a = g_list_model_get_item (G_LIST_MODEL (self->attachments), i);

      if (g_strcmp0 (zs_record_get_uuid (ZS_RECORD (a)), op->uuid) == 0)
        {
          gpointer item = a;

          /* The row is made again, with the picture. */
          g_list_store_splice (self->attachments, i, 1, &item, 1);
          break;
        }
    }
}

static void
on_thumbnail_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Op *op = user_data;
  g_autoptr(GBytes) bytes = zs_store_attachment_read_finish (ZS_STORE (source), result, NULL);
  g_autoptr(GTask) task = NULL;

  if (bytes == NULL || g_cancellable_is_cancelled (op->self->cancellable))
    {
      op_free (op);
      return;
    }
  task = g_task_new (NULL, op->self->cancellable, on_thumbnail_decoded, op);
  {
    Source *from = g_new0 (Source, 1);

    from->bytes = g_bytes_ref (bytes);
    from->pdf = op->pdf;
    g_task_set_task_data (task, from, (GDestroyNotify) source_free);
  }
  g_task_run_in_thread (task, thumbnail_thread);
}

static void
request_thumbnail (ZsAttachmentList *self,
                   ZsAttachment     *a)
{
  const char *uuid = zs_record_get_uuid (ZS_RECORD (a));
  g_autofree char *mime = mime_type_of (a);
  Op *op;

  if (g_hash_table_contains (self->thumbnails, uuid))
    return;   /* read already, being read, or not a picture after all */
  g_hash_table_insert (self->thumbnails, g_strdup (uuid), NULL);
  op = op_new (self, a);
  op->pdf = is_pdf (mime);
  zs_store_attachment_read_async (self->store, a, THUMBNAIL_MAX_BYTES, self->cancellable,
                                  on_thumbnail_read, op);
}

/* ---- adding ------------------------------------------------------------------------ */

static void
on_attached (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Op) op = user_data;
  ZsAttachmentList *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsAttachment) a = zs_store_attach_file_finish (ZS_STORE (source), result, &error);

  self->adding = FALSE;
  if (self->store == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (a == NULL)
    set_error (self, error->message);
  else
    {
      self->added++;
      g_free (self->last_added);
      self->last_added = g_strdup (zs_record_get_string (ZS_RECORD (a), ZS_ATTACHMENT_NAME));
      reload (self);
    }
  /* One toast for the files dropped or chosen together. */
  if (g_queue_is_empty (&self->queue) && self->added > 0)
    {
      g_autofree char *message = self->added == 1
                                   ? g_strdup_printf (_("Attached “%s”"), self->last_added)
                                   : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attached %u file", "Attached %u files",
                                                                   self->added), self->added);

      self->added = 0;
      zs_toast (GTK_WIDGET (self), message);
    }
  add_next (self);
}

static void
add_next (ZsAttachmentList *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->adding || self->store == NULL)
    return;
  file = g_queue_pop_head (&self->queue);
  if (file == NULL)
    return;
  self->adding = TRUE;
  zs_store_attach_file_async (self->store, self->record, file, self->cancellable, on_attached, op_new (self, NULL));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  ZsAttachmentList *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));
      zs_attachment_list_add_files (self, list);
      g_slist_free_full (list, g_object_unref);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Add Attachments"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         ZsAttachmentList *self)
{
  GdkFileList *files;
  GSList *list;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  list = gdk_file_list_get_files (files);
  if (list == NULL)
    return FALSE;
  zs_attachment_list_add_files (self, list);
  g_slist_free (list);
  return TRUE;
}

/* ---- opening and saving a copy ------------------------------------------------------ */

/* The scratch folder opened files are copied to: it lives as long as the
 * program (the application showing a file may read it late), and the next
 * start removes what a killed one left. */
static ZsScratch *opened_scratch;

static void
free_opened_scratch (void)
{
  g_clear_pointer (&opened_scratch, zs_scratch_free);
}

/* A file name that stays in its folder: the attachment's, without slashes. */
static char *
safe_name (const char *name)
{
  g_autofree char *base = g_path_get_basename (name != NULL && name[0] != '\0' ? name : "attachment");

  g_strdelimit (base, "/\\", '_');
  if (g_str_equal (base, ".") || g_str_equal (base, ".."))
    return g_strdup ("attachment");
  return g_steal_pointer (&base);
}

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Op) op = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened: %s"), op->name, error->message);

      set_error (op->self, message);
    }
}

static void
launch_default (GtkWidget *widget,
                GFile     *file,
                gpointer   user_data)
{
  ZsAttachmentList *self = ZS_ATTACHMENT_LIST (widget);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_autofree char *uri = g_file_get_uri (file);
  Op *op = op_new (self, NULL);

  op->name = g_file_get_basename (file);
  /* In Flatpak GLib hands the file to the OpenURI portal. */
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, on_launched, op);
}

static void
on_copied_out (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Op) op = user_data;
  g_autoptr(GError) error = NULL;

  if (!zs_store_attachment_save_as_finish (ZS_STORE (source), result, &error) || op->self->store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” could not be copied out: %s"), op->name, error->message);

      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error (op->self, message);
      return;
    }
  if (op->uuid == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Saved a copy of “%s”"), op->name);

      zs_toast (GTK_WIDGET (op->self), message);
      return;
    }
  /* Read-only: an edit in the viewer is not kept, and says so there. */
  {
    g_autofree char *path = g_file_get_path (op->file);

    if (path != NULL)
      g_chmod (path, 0400);
  }
  op->self->launcher (GTK_WIDGET (op->self), op->file, op->self->launcher_data);
}

static void
save_copy (ZsAttachmentList *self,
           ZsAttachment     *a,
           GFile            *dest,
           gboolean          to_open)
{
  Op *op = op_new (self, a);

  op->file = g_object_ref (dest);
  if (!to_open)
    g_clear_pointer (&op->uuid, g_free);
  zs_store_attachment_save_as_async (self->store, a, dest, self->cancellable, on_copied_out, op);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  ZsAttachment *a = g_object_get_data (G_OBJECT (chooser), "attachment");
  ZsAttachmentList *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) dest = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (dest != NULL)
        save_copy (self, a, dest, FALSE);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static ZsAttachment *
attachment_of (ZsAttachmentList *self,
               GVariant         *parameter)
{
  return find_attachment (self, g_variant_get_int64 (parameter), NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsAttachment *a = attachment_of (ZS_ATTACHMENT_LIST (widget), parameter);

  if (a != NULL)
    zs_attachment_list_open (ZS_ATTACHMENT_LIST (widget), a);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZsAttachmentList *self = ZS_ATTACHMENT_LIST (widget);
  ZsAttachment *a = attachment_of (self, parameter);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  if (a == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     zs_record_get_string (ZS_RECORD (a), ZS_ATTACHMENT_NAME));
  g_object_set_data_full (G_OBJECT (chooser), "attachment", g_object_ref (a), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZsAttachment *a = attachment_of (ZS_ATTACHMENT_LIST (widget), parameter);

  /* Into 回收站 like any record, with 撤销 in the toast. */
  if (a != NULL)
    zs_delete_record (widget, ZS_RECORD (a));
}

static void
on_row_activated (ZsAttachmentList *self,
                  GtkListBoxRow    *row)
{
  g_autoptr(ZsAttachment) a = g_list_model_get_item (G_LIST_MODEL (self->attachments),
                                                     (guint) gtk_list_box_row_get_index (row));

  if (a != NULL)
    zs_attachment_list_open (self, a);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
detach_drop (ZsAttachmentList *self)
{
  if (self->drop_host != NULL)
    {
      gtk_widget_remove_controller (self->drop_host, GTK_EVENT_CONTROLLER (self->drop));
      g_object_remove_weak_pointer (G_OBJECT (self->drop_host), (gpointer *) &self->drop_host);
      self->drop_host = NULL;
    }
  g_clear_object (&self->drop);
}

static void
zs_attachment_list_dispose (GObject *object)
{
  ZsAttachmentList *self = ZS_ATTACHMENT_LIST (object);

  g_cancellable_cancel (self->cancellable);
  detach_drop (self);
  g_queue_clear_full (&self->queue, g_object_unref);
  zs_widget_dispose_template (GTK_WIDGET (self), ZS_TYPE_ATTACHMENT_LIST);
  g_clear_object (&self->hidden_suffix);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->record);
  G_OBJECT_CLASS (zs_attachment_list_parent_class)->dispose (object);
}

static void
zs_attachment_list_finalize (GObject *object)
{
  ZsAttachmentList *self = ZS_ATTACHMENT_LIST (object);

  g_clear_object (&self->attachments);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_free (self->error);
  g_free (self->last_added);
  G_OBJECT_CLASS (zs_attachment_list_parent_class)->finalize (object);
}

static void
zs_attachment_list_class_init (ZsAttachmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_attachment_list_dispose;
  object_class->finalize = zs_attachment_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zhaoshang/Zhaoshang/ui/zs-attachment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ZsAttachmentList, group);
  gtk_widget_class_bind_template_child (widget_class, ZsAttachmentList, add_button);
  gtk_widget_class_bind_template_child (widget_class, ZsAttachmentList, list);
  gtk_widget_class_bind_template_child (widget_class, ZsAttachmentList, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZsAttachmentList, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "attachments.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "attachments.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "attachments.save", "x", save_action);
  gtk_widget_class_install_action (widget_class, "attachments.delete", "x", delete_action);
}

static void
zs_attachment_list_init (ZsAttachmentList *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->attachments = g_list_store_new (ZS_TYPE_ATTACHMENT);
  self->thumbnails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_texture);
  self->cancellable = g_cancellable_new ();
  self->error = g_strdup ("");
  self->launcher = launch_default;
  g_queue_init (&self->queue);

  placeholder = gtk_label_new (_("No attachments yet. Add files with the button above or drop them on this page."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->attachments), create_row, self, NULL);
  g_signal_connect_swapped (self->attachments, "items-changed", G_CALLBACK (on_items_changed), self);
}

/* ---- public API ---------------------------------------------------------------------- */

void
zs_attachment_list_set_record (ZsAttachmentList *self,
                               ZsStore          *store,
                               ZsRecord         *record)
{
  GtkWidget *host;

  g_return_if_fail (ZS_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (ZS_IS_STORE (store));
  g_return_if_fail (zs_attachment_owner_field (G_OBJECT_TYPE (record)) >= 0);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_set_object (&self->record, record);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);

  /* Dropping anywhere on the record's page adds the files; a compact
   * list leaves the page's drops to the page's own list. */
  detach_drop (self);
  if (self->compact)
    {
      reload (self);
      return;
    }
  host = gtk_widget_get_ancestor (GTK_WIDGET (self), ZS_TYPE_PAGE);
  if (host == NULL)
    host = GTK_WIDGET (self);
  self->drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_object_ref (self->drop);
  g_signal_connect (self->drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (host, GTK_EVENT_CONTROLLER (self->drop));
  self->drop_host = host;
  g_object_add_weak_pointer (G_OBJECT (host), (gpointer *) &self->drop_host);
  reload (self);
}

void
zs_attachment_list_set_compact (ZsAttachmentList *self,
                                gboolean          compact)
{
  g_return_if_fail (ZS_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (self->store == NULL);

  self->compact = compact;
  adw_preferences_group_set_title (self->group, compact ? "" : _("Attachments"));
  adw_preferences_group_set_description (self->group, compact ? NULL
                                         : _("Contracts, photos, minutes: kept in the database with this record"));
  /* The add button and the spinner beside it: no heading row at all. A
   * group with a suffix keeps its header's space even when the suffix is
   * hidden, so a compact list takes the suffix off (and keeps it alive:
   * the template's pointers still name its buttons). */
  if (compact && self->hidden_suffix == NULL)
    {
      self->hidden_suffix = g_object_ref (gtk_widget_get_parent (self->add_button));
      adw_preferences_group_set_header_suffix (self->group, NULL);
    }
  if (compact)
    gtk_list_box_set_placeholder (self->list, NULL);
  on_items_changed (self);
}

void
zs_attachment_list_add_files (ZsAttachmentList *self,
                              GSList           *files)
{
  g_return_if_fail (ZS_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (self->store != NULL);

  set_error (self, NULL);
  for (GSList *l = files; l != NULL; l = l->next)
    g_queue_push_tail (&self->queue, g_object_ref (l->data));
  add_next (self);
}

void
zs_attachment_list_open (ZsAttachmentList *self,
                         ZsAttachment     *attachment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ZS_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (ZS_IS_ATTACHMENT (attachment));

  set_error (self, NULL);
  if (opened_scratch == NULL)
    {
      opened_scratch = zs_scratch_new ("opened", &error);
      if (opened_scratch == NULL)
        {
          set_error (self, error->message);
          return;
        }
      atexit (free_opened_scratch);
    }
  /* A folder per attachment keeps its own name, which the viewer shows. */
  dir = g_build_filename (zs_scratch_get_path (opened_scratch), zs_record_get_uuid (ZS_RECORD (attachment)), NULL);
  g_mkdir_with_parents (dir, 0700);
  name = safe_name (zs_record_get_string (ZS_RECORD (attachment), ZS_ATTACHMENT_NAME));
  path = g_build_filename (dir, name, NULL);
  /* Opened before: the copy is read-only, and the database's bytes have not changed. */
  g_chmod (path, 0600);
  file = g_file_new_for_path (path);
  save_copy (self, attachment, file, TRUE);
}

void
zs_attachment_list_set_launcher (ZsAttachmentList    *self,
                                 ZsAttachmentLauncher launcher,
                                 gpointer             user_data)
{
  g_return_if_fail (ZS_IS_ATTACHMENT_LIST (self));
  self->launcher = launcher != NULL ? launcher : launch_default;
  self->launcher_data = user_data;
}

GListModel *
zs_attachment_list_get_model (ZsAttachmentList *self)
{
  g_return_val_if_fail (ZS_IS_ATTACHMENT_LIST (self), NULL);
  return G_LIST_MODEL (self->attachments);
}

const char *
zs_attachment_list_get_error (ZsAttachmentList *self)
{
  g_return_val_if_fail (ZS_IS_ATTACHMENT_LIST (self), NULL);
  return self->error;
}

gboolean
zs_attachment_list_is_busy (ZsAttachmentList *self)
{
  g_return_val_if_fail (ZS_IS_ATTACHMENT_LIST (self), FALSE);
  return self->pending > 0 || !g_queue_is_empty (&self->queue);
}

GtkDropTarget *
zs_attachment_list_get_drop_target (ZsAttachmentList *self)
{
  g_return_val_if_fail (ZS_IS_ATTACHMENT_LIST (self), NULL);
  return self->drop;
}
