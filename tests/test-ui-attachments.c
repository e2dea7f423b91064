/* test-ui-attachments.c — the 附件 section of record pages, in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * As a clerk would, in Chinese: add a photo to a project (the add path the
 * file chooser takes, with a real file), see its row and thumbnail, open
 * it (the launcher gets a temporary copy with the same bytes), delete it
 * into 回收站 and take it back with 撤销; drop two files on a lead's page;
 * a file over the limit is refused with a Chinese message and nothing
 * kept; every page of the six record types has the section.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "zs-attachment-list.h"
#include "zs-project-editor.h"
#include "zs-test-ui-util.h"
#include "zs-test-util.h"
#include "zs-trash-page.h"

static ZsRecord *
first_of (ZsStore *store,
          GType    type)
{
  return zs_store_load (store, type, zs_test_nth_id (store, type, 0), NULL);
}

/* The attachment section of @record's page, opened in @window. */
static ZsAttachmentList *
open_page (ZsWindow *window,
           ZsRecord *record)
{
  GtkWidget *page;
  GtkWidget *list;

  zs_window_open_record (window, record);
  zs_test_drain_events ();
  page = zs_window_get_subpage (window);
  g_assert_nonnull (page);
  list = zs_test_find_page_attachments (page);
  g_assert_nonnull (list);
  /* Files dropped anywhere on the page are taken. */
  g_assert_true (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (
                   zs_attachment_list_get_drop_target (ZS_ATTACHMENT_LIST (list)))) == page);
  return ZS_ATTACHMENT_LIST (list);
}

/* A real PNG photo of @width × @height at @path; its bytes. */
static GBytes *
write_png (const char *path,
           int         width,
           int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0xc0392bff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "png", &error, NULL));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, data, (gssize) size, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

static GBytes *
write_text (const char *path,
            gsize       size)
{
  char *data = g_malloc (size);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    data[i] = "会议纪要 minutes\n"[i % 20];
  g_assert_true (g_file_set_contents (path, data, (gssize) size, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

/* The row at @index of the first list box under @root that has one
 * (the preferences group keeps an empty list box of its own). */
static GtkWidget *
find_row (GtkWidget *root,
          int        index)
{
  if (GTK_IS_LIST_BOX (root) && gtk_list_box_get_row_at_index (GTK_LIST_BOX (root), index) != NULL)
    return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (root), index));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, index);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
row_at (ZsAttachmentList *list,
        int               index)
{
  GtkWidget *row = find_row (GTK_WIDGET (list), index);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return row;
}

static GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
add_one (ZsAttachmentList *list,
         const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList files = { file, NULL };

  zs_attachment_list_add_files (list, &files);
  zs_test_wait_attachments (list);
}

static void
test_add_open_delete (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsRecord) project = first_of (store, ZS_TYPE_PROJECT);
  g_autofree char *path = zs_test_scratch_path ("签约仪式.png");
  g_autoptr(GBytes) bytes = write_png (path, 640, 480);
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *name_end = g_strconcat ("/", name, NULL);
  ZsAttachmentList *list;
  g_autoptr(ZsAttachment) attachment = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *opened = NULL;
  g_autoptr(GBytes) opened_bytes = NULL;
  ZsTestLaunched launched = { NULL, 0 };
  GtkWidget *row;
  GtkWidget *image;
  ZsTrashPage *trash;
  GtkWidget *trash_row;
  gint64 id;

  zs_store_set_actor (store, "李晓梅");
  list = open_page (window, project);
  zs_attachment_list_set_launcher (list, zs_test_record_launch, &launched);
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 0);

  /* Add: a row with its name, kind, size and who added it, and a thumbnail. */
  add_one (list, path);
  g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 1);
  attachment = g_list_model_get_item (zs_attachment_list_get_model (list), 0);
  id = zs_record_get_id (ZS_RECORD (attachment));
  uuid = g_strdup (zs_record_get_uuid (ZS_RECORD (attachment)));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (attachment), ZS_ATTACHMENT_SIZE), ==, g_bytes_get_size (bytes));
  g_assert_cmpint (zs_record_get_int (ZS_RECORD (attachment), ZS_ATTACHMENT_PROJECT_ID), ==, zs_record_get_id (project));
  row = row_at (list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, name);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "李晓梅"));
  image = zs_test_find_widget (row, GTK_TYPE_IMAGE);
  g_assert_cmpint (gtk_image_get_storage_type (GTK_IMAGE (image)), ==, GTK_IMAGE_PAINTABLE);
  g_assert_true (GDK_IS_TEXTURE (gtk_image_get_paintable (GTK_IMAGE (image))));

  /* Open (activating the row): a temporary copy with the same bytes. */
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  zs_test_wait_attachments (list);
  g_assert_cmpuint (launched.calls, ==, 1);
  opened = g_file_get_path (launched.file);
  g_assert_cmpstr (opened, !=, path);
  g_assert_true (g_str_has_suffix (opened, name_end));
  opened_bytes = g_file_load_bytes (launched.file, NULL, NULL, NULL);
  g_assert_nonnull (opened_bytes);
  g_assert_true (g_bytes_equal (opened_bytes, bytes));
  /* Opened twice: the read-only copy is written again, not refused. */
  gtk_widget_activate_action (GTK_WIDGET (list), "attachments.open", "x", id);
  zs_test_wait_attachments (list);
  g_assert_cmpuint (launched.calls, ==, 2);
  g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");

  /* Delete: gone from the page and the store, in 回收站 under its name. */
  gtk_widget_activate_action (GTK_WIDGET (list), "attachments.delete", "x", id);
  zs_test_drain_events ();
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 0);
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_ATTACHMENT, uuid), ==, 0);
  g_assert_true (zs_window_show_page (window, "trash"));
  zs_test_drain_events ();
  trash = ZS_TRASH_PAGE (zs_test_find_page (window, ZS_TYPE_TRASH_PAGE));
  trash_row = GTK_WIDGET (gtk_list_box_get_row_at_index (zs_trash_page_get_list (trash), 0));
  g_assert_nonnull (trash_row);
  g_assert_null (gtk_list_box_get_row_at_index (zs_trash_page_get_list (trash), 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (trash_row)), ==, name);
  g_assert_true (zs_trash_entry_get_record_type (zs_trash_page_get_entry (trash, trash_row)) == ZS_TYPE_ATTACHMENT);

  /* 撤销: back on the page, with its bytes. */
  list = open_page (window, project);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  zs_test_drain_events ();
  g_assert_cmpint (zs_store_find_by_uuid (store, ZS_TYPE_ATTACHMENT, uuid), ==, id);
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 1);
  zs_attachment_list_set_launcher (list, zs_test_record_launch, &launched);
  gtk_widget_activate_action (GTK_WIDGET (list), "attachments.open", "x", id);
  zs_test_wait_attachments (list);
  g_assert_cmpuint (launched.calls, ==, 3);
  g_clear_pointer (&opened_bytes, g_bytes_unref);
  opened_bytes = g_file_load_bytes (launched.file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (opened_bytes, bytes));

  g_clear_object (&launched.file);
  zs_test_close_window (window);
  g_unlink (path);
}

/* 保存副本: the file the clerk names in the chooser gets the same bytes. */
static void
test_save_copy (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments-save");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsRecord) activity = first_of (store, ZS_TYPE_ACTIVITY);
  g_autofree char *path = zs_test_scratch_path ("签约合同.txt");
  g_autofree char *copy_dir = zs_test_scratch_path ("保存副本");
  g_autofree char *copy_path = g_build_filename (copy_dir, "合同副本.txt", NULL);
  g_autoptr(GBytes) bytes = write_text (path, 300 * 1024 + 7);
  g_autoptr(GFile) dest = g_file_new_for_path (copy_path);
  g_autoptr(GBytes) copied = NULL;
  g_autoptr(ZsAttachment) a = NULL;
  ZsAttachmentList *list = open_page (window, activity);
  GtkWidget *save;
  GtkWidget *chooser;

  add_one (list, path);
  a = g_list_model_get_item (zs_attachment_list_get_model (list), 0);
  g_assert_nonnull (a);
  /* The row's 保存副本 button, then the chooser, as a clerk answers it. */
  save = find_button_by_tooltip (row_at (list, 0), _("Save a Copy…"));
  g_assert_nonnull (save);
  g_assert_cmpint (g_mkdir_with_parents (copy_dir, 0700), ==, 0);
  g_signal_emit_by_name (save, "clicked");
  chooser = zs_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, _("Save a Copy"));
  {
    g_autoptr(GFile) folder = g_file_new_for_path (copy_dir);
    g_autoptr(GFile) chosen = NULL;
    g_autofree char *chosen_path = NULL;

    zs_test_choose_folder (chooser, folder);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "合同副本.txt");
    zs_test_drain_events ();
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    chosen_path = chosen != NULL ? g_file_get_path (chosen) : NULL;
    g_assert_cmpstr (chosen_path, ==, copy_path);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser first looks, asynchronously, whether the file is there. */
  zs_test_wait_toplevel_gone (GTK_TYPE_FILE_CHOOSER_DIALOG);
  zs_test_wait_attachments (list);
  g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");
  copied = g_file_load_bytes (dest, NULL, NULL, NULL);
  g_assert_nonnull (copied);
  g_assert_true (g_bytes_equal (copied, bytes));

  zs_test_close_window (window);
  g_unlink (copy_path);
  g_rmdir (copy_dir);
  g_unlink (path);
}

/* The row titled @name. */
static GtkWidget *
row_named (ZsAttachmentList *list,
           const char       *name)
{
  guint n = g_list_model_get_n_items (zs_attachment_list_get_model (list));

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = row_at (list, (int) i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), name) == 0)
        return row;
    }
  g_error ("no attachment row “%s”", name);
  return NULL;
}

/* A PDF shows its first page; a broken one (cut short) and a hostile one
 * (a page of 10⁹ points) keep the kind's icon, and the list goes on. */
static void
test_pdf_thumbnails (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments-pdf");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsRecord) project = first_of (store, ZS_TYPE_PROJECT);
  /* The fixtures under the names a clerk would give them. */
  const char *fixtures[] = { "truncated.pdf", "huge-page.pdf", "libreoffice-calc.pdf" };
  const char *names[] = { "下载中断的通知.pdf", "页面尺寸异常.pdf", "督办事项汇总表.pdf" };
  ZsAttachmentList *list = open_page (window, project);
  GtkWidget *image;
  GdkPaintable *page;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = zs_test_scratch_path ("pdf");

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  zs_store_set_actor (store, "李晓梅");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *relative = g_build_filename ("pdf", fixtures[i], NULL);
      g_autofree char *fixture = zs_test_source_path (relative);
      char *path = g_build_filename (folder, names[i], NULL);
      g_autofree char *data = NULL;
      gsize size = 0;

      g_assert_true (g_file_get_contents (fixture, &data, &size, NULL));
      g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));
      g_ptr_array_add (paths, path);
      add_one (list, path);
      g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");
    }
  zs_test_wait_attachments (list);
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 3);

  /* The real one: its A4 page, upright, at twice the row's icon size. */
  image = zs_test_find_widget (row_named (list, names[2]), GTK_TYPE_IMAGE);
  g_assert_cmpint (gtk_image_get_storage_type (GTK_IMAGE (image)), ==, GTK_IMAGE_PAINTABLE);
  page = gtk_image_get_paintable (GTK_IMAGE (image));
  g_assert_true (GDK_IS_TEXTURE (page));
  g_assert_cmpint (gdk_texture_get_height (GDK_TEXTURE (page)), ==, 96);
  g_assert_cmpint (gdk_texture_get_width (GDK_TEXTURE (page)), ==, 68);

  for (guint i = 0; i < 2; i++)
    {
      image = zs_test_find_widget (row_named (list, names[i]), GTK_TYPE_IMAGE);
      g_assert_cmpint (gtk_image_get_storage_type (GTK_IMAGE (image)), ==, GTK_IMAGE_GICON);
    }
  zs_test_assert_chinese (GTK_WIDGET (list), "the attachments with PDFs");
  zs_test_save_screenshot (GTK_WIDGET (list), "attachments-pdf.png");

  zs_test_close_window (window);
  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  g_rmdir (folder);
}

static void
test_drop_files (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments-drop");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsRecord) lead = first_of (store, ZS_TYPE_LEAD);
  g_autofree char *minutes = zs_test_scratch_path ("洽谈纪要.txt");
  g_autofree char *photo = zs_test_scratch_path ("考察照片.png");
  g_autoptr(GBytes) minutes_bytes = write_text (minutes, 5000);
  g_autoptr(GBytes) photo_bytes = write_png (photo, 64, 64);
  g_autoptr(GFile) f1 = g_file_new_for_path (minutes);
  g_autoptr(GFile) f2 = g_file_new_for_path (photo);
  GSList second = { f2, NULL };
  GSList first = { f1, &second };
  ZsAttachmentList *list = open_page (window, lead);
  GtkDropTarget *target = zs_attachment_list_get_drop_target (list);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean taken = FALSE;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* What GTK does when files are let go over the page. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&first));
  g_signal_emit_by_name (target, "drop", &value, 200.0, 200.0, &taken);
  g_assert_true (taken);
  zs_test_wait_attachments (list);

  g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ZsAttachment) a = g_list_model_get_item (zs_attachment_list_get_model (list), i);

      g_assert_cmpint (zs_record_get_int (ZS_RECORD (a), ZS_ATTACHMENT_LEAD_ID), ==, zs_record_get_id (lead));
      g_ptr_array_add (names, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (list, (int) i))));
    }
  {
    g_autofree char *minutes_name = g_path_get_basename (minutes);
    g_autofree char *photo_name = g_path_get_basename (photo);

    g_assert_true (g_ptr_array_find_with_equal_func (names, minutes_name, g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (names, photo_name, g_str_equal, NULL));
  }

  zs_test_close_window (window);
  g_unlink (minutes);
  g_unlink (photo);
}

static void
test_over_the_limit (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments-limit");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  g_autoptr(ZsRecord) carrier = first_of (store, ZS_TYPE_CARRIER);
  g_autofree char *path = zs_test_scratch_path ("厂房测绘图.dwg");
  g_autoptr(GBytes) bytes = write_text (path, 1024 * 1024 + 1);
  ZsAttachmentList *list = open_page (window, carrier);
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  g_assert_true (zs_settings_set_int (store, ZS_SETTING_ATTACHMENT_MAX_MB, 1, &error));
  g_assert_no_error (error);
  add_one (list, path);

  /* Said in Chinese, under the section; nothing kept. */
  {
    g_autofree char *name = g_path_get_basename (path);
    g_autofree char *expected = g_strdup_printf ("“%s”超过了附件允许的 1 MB（首选项 → 附件）。", name);

    g_assert_cmpstr (zs_attachment_list_get_error (list), ==, expected);
  }
  label = zs_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LABEL);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 0);
  g_assert_cmpint (zs_store_attachments_total (store, NULL), ==, 0);

  zs_test_close_window (window);
  g_unlink (path);
}

/* Each of the six record pages has the section, on its own record. */
static void
test_every_page (void)
{
  g_autoptr(ZsStore) store = zs_test_open_demo ("ui-attachments-pages");
  ZsWindow *window = zs_test_open_window (store, 1400, 900);
  GType types[] = { ZS_TYPE_PROJECT, ZS_TYPE_LEAD, ZS_TYPE_ENTERPRISE, ZS_TYPE_PARTNER, ZS_TYPE_CARRIER, ZS_TYPE_ACTIVITY };
  g_autofree char *path = zs_test_scratch_path ("营业执照.txt");
  g_autoptr(GBytes) bytes = write_text (path, 300);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(ZsRecord) record = first_of (store, types[i]);
      ZsAttachmentList *list;
      g_autoptr(ZsAttachment) a = NULL;
      int field = zs_attachment_owner_field (types[i]);

      g_assert_nonnull (record);
      list = open_page (window, record);
      add_one (list, path);
      g_assert_cmpstr (zs_attachment_list_get_error (list), ==, "");
      g_assert_cmpuint (g_list_model_get_n_items (zs_attachment_list_get_model (list)), ==, 1);
      a = g_list_model_get_item (zs_attachment_list_get_model (list), 0);
      g_assert_cmpint (zs_record_get_int (ZS_RECORD (a), (guint) field), ==, zs_record_get_id (record));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      zs_test_drain_events ();
    }

  zs_test_close_window (window);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  zs_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui-attachments/add-open-delete", test_add_open_delete);
  g_test_add_func ("/ui-attachments/save-copy", test_save_copy);
  g_test_add_func ("/ui-attachments/pdf-thumbnails", test_pdf_thumbnails);
  g_test_add_func ("/ui-attachments/drop", test_drop_files);
  g_test_add_func ("/ui-attachments/over-the-limit", test_over_the_limit);
  g_test_add_func ("/ui-attachments/every-page", test_every_page);

  return g_test_run ();
}
