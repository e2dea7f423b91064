/* zs-record-editor.c — editing any record's fields, saved as they change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * Rows are made from the record's field table: an entry for text and
 * numbers, a calendar for dates, a switch, a drop-down for enums and a
 * searchable chooser for references. Each field is saved on its own as
 * soon as its value is valid (zs_record_check_value(): its own checks and
 * the rules across fields it breaks), whatever the other rows hold. The
 * record only ever holds values that can be stored; an invalid value stays
 * in its row, with what is wrong under that row and no other, until it is
 * corrected or dropped (zs_record_editor_drop_invalid(), which the pages
 * offer when they are left: zs-leave-guard.h).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-conflict-dialog.h"
#include "zs-record-chooser.h"
#include "zs-record-editor.h"
#include "zs-ui-util.h"

/* Typing is saved after a short pause, and at once on Enter or leaving. */
#define APPLY_DELAY_MS 600

typedef struct {
  ZsRecordEditor *editor;
  guint           field;
  GtkWidget      *row;
  GtkWidget      *input;      /* GtkEntry, GtkTextView, GtkSwitch, ZsRecordChooser or NULL (combo) */
  GtkLabel       *message;    /* the error under a text area */
  GtkCalendar    *calendar;   /* for dates */
  char           *error;
  guint           apply_id;
} FieldRow;

struct _ZsRecordEditor
{
  GtkWidget  parent_instance;

  ZsStore   *store;
  ZsClock   *clock;     /* the year of "5月1日"; NULL: the system's */
  ZsRecord  *record;
  GPtrArray *rows;      /* FieldRow per field, NULL for fields not shown */
  GPtrArray *order;     /* the rows as shown, top to bottom */
  GtkBox    *box;
  gboolean   loading;
  ZsEditorGroup all_fields;  /* when made without groups */
};

G_DEFINE_FINAL_TYPE (ZsRecordEditor, zs_record_editor, GTK_TYPE_WIDGET)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void apply_row (FieldRow *row);

static const ZsField *
row_field (FieldRow *row)
{
  guint n;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_GET_CLASS (row->editor->record), &n);

  return &fields[row->field];
}

static void
free_row (gpointer data)
{
  FieldRow *row = data;

  if (row == NULL)
    return;
  g_clear_handle_id (&row->apply_id, g_source_remove);
  g_free (row->error);
  g_free (row);
}

/* ---- showing values --------------------------------------------------------- */

/* The subtitle a row shows when it has no error: amounts in 亿元. */
static char *
row_hint (FieldRow *row)
{
  const ZsField *f = row_field (row);

  if ((f->flags & ZS_FIELD_MONEY) != 0 && zs_record_get_int (row->editor->record, row->field) >= 10000 * ZS_AMOUNT_SCALE)
    return (f->flags & ZS_FIELD_DOLLARS) != 0 ? zs_format_dollars (zs_record_get_int (row->editor->record, row->field))
                                               : zs_format_amount (zs_record_get_int (row->editor->record, row->field));
  if ((f->flags & ZS_FIELD_AREA) != 0 && zs_record_get_int (row->editor->record, row->field) >= 10000)
    return zs_format_area (zs_record_get_int (row->editor->record, row->field));
  return NULL;
}

static void
show_message (FieldRow *row)
{
  g_autofree char *hint = NULL;
  g_autofree char *escaped = NULL;
  const char *text = row->error;

  if (text == NULL)
    text = hint = row_hint (row);
  escaped = text != NULL ? g_markup_escape_text (text, -1) : NULL;

  if (row->message != NULL)
    {
      gtk_label_set_text (row->message, row->error ? row->error : "");
      gtk_widget_set_visible (GTK_WIDGET (row->message), row->error != NULL);
    }
  else if (ADW_IS_ACTION_ROW (row->row))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), escaped ? escaped : "");

  if (row->error != NULL)
    gtk_widget_add_css_class (row->row, "error");
  else
    gtk_widget_remove_css_class (row->row, "error");
}

static void
set_error (FieldRow   *row,
           const char *message)
{
  g_free (row->error);
  row->error = g_strdup (message);
  show_message (row);
}

static void
load_row (FieldRow *row)
{
  ZsRecordEditor *self = row->editor;
  ZsRecord *record = self->record;
  const ZsField *f = row_field (row);

  /* Do not overwrite what the user is typing, nor a value that could not
   * be saved: it stays until corrected or dropped. */
  if (row->apply_id != 0 || row->error != NULL)
    return;

  self->loading = TRUE;
  switch (f->kind)
    {
    case ZS_FIELD_STRING:
    case ZS_FIELD_DATE:
      {
        const char *text = zs_record_get_string (record, row->field);

        if (GTK_IS_TEXT_VIEW (row->input))
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->input)), text ? text : "", -1);
        else if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->input)), text ? text : "") != 0)
          gtk_editable_set_text (GTK_EDITABLE (row->input), text ? text : "");
      }
      break;
    case ZS_FIELD_INT:
    case ZS_FIELD_DOUBLE:
      {
        g_autofree char *text = zs_record_number_text (record, row->field);

        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->input)), text) != 0)
          gtk_editable_set_text (GTK_EDITABLE (row->input), text);
      }
      break;
    case ZS_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (row->input), zs_record_get_boolean (record, row->field));
      break;
    case ZS_FIELD_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (row->row), (guint) zs_record_get_enum (record, row->field));
      break;
    case ZS_FIELD_REF:
      zs_record_chooser_set_id (ZS_RECORD_CHOOSER (row->input), zs_record_get_int (record, row->field));
      break;
    default:
      g_assert_not_reached ();
    }
  self->loading = FALSE;

  if (row->error == NULL)
    show_message (row);
}

/* ---- reading and saving -------------------------------------------------- */

/* The value the row's widget holds, or FALSE with a message. */
static gboolean
read_row (FieldRow  *row,
          GValue    *value,
          char     **message)
{
  const ZsField *f = row_field (row);
  const char *label = _(f->label);
  g_autofree char *text = NULL;

  switch (f->kind)
    {
    case ZS_FIELD_DATE:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *iso = zs_parse_date_on_clock (gtk_editable_get_text (GTK_EDITABLE (row->input)),
                                                       row->editor->clock, &error);

        if (error != NULL)
          {
            /* TRANSLATORS: a field's label, then what is wrong with the text typed in it */
            *message = g_strdup_printf (_("%s: %s"), label, error->message);
            return FALSE;
          }
        g_value_init (value, G_TYPE_STRING);
        g_value_set_string (value, iso);
        return TRUE;
      }

    case ZS_FIELD_STRING:
      if (GTK_IS_TEXT_VIEW (row->input))
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->input));
          GtkTextIter start, end;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        }
      else
        text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->input)));
      g_strstrip (text);
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, *text ? text : NULL);
      return TRUE;

    case ZS_FIELD_INT:
      {
        gint64 n = 0;

        if ((f->flags & ZS_FIELD_MONEY) != 0)
          {
            g_autoptr(GError) error = NULL;

            /* "1,500", "800万", "1.25亿元" as documents write them. */
            if (!zs_parse_amount (gtk_editable_get_text (GTK_EDITABLE (row->input)), &n, &error))
              {
                *message = g_strdup_printf (_("%s: %s"), label, error->message);
                return FALSE;
              }
            g_value_init (value, G_TYPE_INT64);
            g_value_set_int64 (value, n);
            return TRUE;
          }

        /* People type amounts with thousands separators. */
        text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->input)));
        g_strstrip (g_strdelimit (text, ",，", ' '));
        {
          g_auto(GStrv) parts = g_strsplit (text, " ", -1);
          g_free (text);
          text = g_strjoinv ("", parts);
        }
        if (*text != '\0' && !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &n, NULL))
          {
            *message = g_strdup_printf (_("“%s” must be a whole number"), label);
            return FALSE;
          }
        g_value_init (value, G_TYPE_INT64);
        g_value_set_int64 (value, n);
        return TRUE;
      }

    case ZS_FIELD_DOUBLE:
      {
        double d = 0;
        char *end = NULL;

        text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->input))));
        if (*text != '\0')
          {
            d = g_ascii_strtod (text, &end);
            if (end == NULL || *end != '\0')
              {
                *message = g_strdup_printf (_("“%s” must be a number"), label);
                return FALSE;
              }
          }
        g_value_init (value, G_TYPE_DOUBLE);
        g_value_set_double (value, d);
        return TRUE;
      }

    case ZS_FIELD_BOOLEAN:
      g_value_init (value, G_TYPE_BOOLEAN);
      g_value_set_boolean (value, gtk_switch_get_active (GTK_SWITCH (row->input)));
      return TRUE;

    case ZS_FIELD_ENUM:
      g_value_init (value, f->get_type ());
      g_value_set_enum (value, (int) adw_combo_row_get_selected (ADW_COMBO_ROW (row->row)));
      return TRUE;

    case ZS_FIELD_REF:
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, zs_record_chooser_get_id (ZS_RECORD_CHOOSER (row->input)));
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Writes the record with the value just set. A new record waits, quietly,
 * until the fields it needs are there; FALSE with @error only when the
 * store refused. */
static gboolean
save (ZsRecordEditor  *self,
      int              field,
      GError         **error)
{
  if (zs_record_get_id (self->record) == 0 && !zs_record_validate (self->record, NULL))
    return TRUE;

  /* Refused because someone else saved it first, or the database is busy:
   * the window asks which value to keep, or offers to try again. */
  if (!zs_save_record_full (GTK_WIDGET (self), self->store, self->record, field, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* A value refused because of another field (construction before signing)
 * may be right now that the other field changed: it is saved then. */
static void
retry_refused (ZsRecordEditor *self,
               FieldRow       *except)
{
  for (guint i = 0; i < self->order->len; i++)
    {
      FieldRow *other = g_ptr_array_index (self->order, i);

      if (other != except && other->error != NULL && other->apply_id == 0)
        apply_row (other);
    }
}

/* @canonical: show the value back as the store keeps it ("3亿" → 30,000);
 * not during a pause in typing, where "3亿" may yet become "3亿元". */
static void
apply_row_full (FieldRow *row,
                gboolean  canonical)
{
  ZsRecordEditor *self = row->editor;
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) before = G_VALUE_INIT;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZsRecordEditor) hold = NULL;

  g_clear_handle_id (&row->apply_id, g_source_remove);
  if (self->loading)
    return;

  if (!read_row (row, &value, &message))
    {
      set_error (row, message);
      return;
    }

  /* Only this field is judged: the others are saved or wait in their rows. */
  if (!zs_record_check_value (self->record, row->field, &value, &error))
    {
      set_error (row, error->message);
      return;
    }
  set_error (row, NULL);
  g_value_init (&before, G_VALUE_TYPE (zs_record_get_value (self->record, row->field)));
  g_value_copy (zs_record_get_value (self->record, row->field), &before);
  if (zs_value_equal (&before, &value))
    return;

  /* A save's signals may close the page that holds the editor. */
  hold = g_object_ref (self);
  zs_record_set_value (self->record, row->field, &value);
  if (!save (self, (int) row->field, &error))
    {
      /* A conflict or a busy database is the dialog's to settle. */
      if (error == NULL)
        return;
      /* The record keeps what is stored; the row keeps what was typed. */
      set_error (row, error->message);
      zs_record_set_value (self->record, row->field, &before);
      return;
    }
  /* "2025/5/1" reads back as 2025-05-01, "3亿" as 30000. */
  if (canonical)
    load_row (row);
  if (self->order != NULL)
    retry_refused (self, row);
}

static void
apply_row (FieldRow *row)
{
  apply_row_full (row, TRUE);
}

static gboolean
apply_later_cb (gpointer data)
{
  FieldRow *row = data;

  row->apply_id = 0;
  apply_row_full (row, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (FieldRow *row)
{
  if (row->editor->loading)
    return;
  g_clear_handle_id (&row->apply_id, g_source_remove);
  row->apply_id = g_timeout_add (APPLY_DELAY_MS, apply_later_cb, row);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                FieldRow                *row)
{
  if (row->apply_id != 0)
    apply_row (row);
}

static void
on_day_selected (GtkCalendar *calendar,
                 FieldRow    *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (row->input), iso);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
  apply_row (row);
}

static void
on_calendar_show (FieldRow *row)
{
  GDate date;

  if (zs_date_parse (gtk_editable_get_text (GTK_EDITABLE (row->input)), &date))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                        g_date_get_day (&date), 0, 0, 0);

      /* Showing the current date is not picking one. */
      g_signal_handlers_block_by_func (row->calendar, on_day_selected, row);
      gtk_calendar_select_day (row->calendar, dt);
      g_signal_handlers_unblock_by_func (row->calendar, on_day_selected, row);
    }
  gtk_widget_grab_focus (GTK_WIDGET (row->calendar));
}

/* ---- building rows ---------------------------------------------------------- */

static void
watch_text (FieldRow  *row,
            GtkWidget *editable)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), row);
  gtk_widget_add_controller (editable, focus);
}

static GtkWidget *
entry_new (FieldRow *row,
           int       width_chars,
           gboolean  numeric)
{
  GtkWidget *entry = gtk_entry_new ();

  /* Same width on every row, so the fields line up down the page. */
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width_chars);
  if (numeric)
    {
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(row_field (row)->label), -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_text_changed), row);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (apply_row), row);
  watch_text (row, entry);
  return entry;
}

static const char *
unit_suffix (const ZsField *f)
{
  if ((f->flags & ZS_FIELD_DOLLARS) != 0)
    return _("10,000 US dollars");
  if ((f->flags & ZS_FIELD_MONEY) != 0)
    return _("10,000 yuan");
  if ((f->flags & ZS_FIELD_AREA) != 0)
    return _("m²");
  return NULL;
}

static GtkWidget *
action_row_new (FieldRow *row)
{
  GtkWidget *action_row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _(row_field (row)->label));
  return action_row;
}

static void
build_text_area (FieldRow *row)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_(row_field (row)->label));
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *message = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "text-area");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(row_field (row)->label), -1);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_set_visible (message, FALSE);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), message);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_text_changed), row);
  watch_text (row, view);

  row->row = list_row;
  row->input = view;
  row->message = GTK_LABEL (message);
}

static void
build_date (FieldRow *row)
{
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();

  row->row = action_row_new (row);
  row->input = entry_new (row, 11, FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (row->input), _("YYYY-MM-DD"));
  gtk_widget_set_tooltip_text (row->input, _("Also 2025/5/1, 2025年5月1日, 20250101 or 5月1日 (this year)"));

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  row->calendar = GTK_CALENDAR (calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_day_selected), row);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_calendar_show), row);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Pick a Date"));
  gtk_widget_add_css_class (button, "flat");

  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->input);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), button);
}

static void
build_enum (FieldRow *row)
{
  const ZsField *f = row_field (row);
  guint n = zs_enum_get_n_values (f->get_type ());
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, zs_enum_get_label (f->get_type (), (int) i));

  row->row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), _(f->label));
  adw_combo_row_set_model (ADW_COMBO_ROW (row->row), G_LIST_MODEL (labels));
  g_signal_connect_swapped (row->row, "notify::selected", G_CALLBACK (apply_row), row);
}

static FieldRow *
build_row (ZsRecordEditor *self,
           guint           field)
{
  FieldRow *row = g_new0 (FieldRow, 1);
  const ZsField *f;

  row->editor = self;
  row->field = field;
  f = row_field (row);

  switch (f->kind)
    {
    case ZS_FIELD_STRING:
      if ((f->flags & ZS_FIELD_MULTILINE) != 0)
        build_text_area (row);
      else
        {
          row->row = action_row_new (row);
          row->input = entry_new (row, 30, FALSE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->input);
        }
      break;

    case ZS_FIELD_INT:
    case ZS_FIELD_DOUBLE:
      row->row = action_row_new (row);
      row->input = entry_new (row, 12, TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->input);
      if (unit_suffix (f) != NULL)
        {
          GtkWidget *unit = gtk_label_new (unit_suffix (f));

          gtk_widget_add_css_class (unit, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), unit);
        }
      break;

    case ZS_FIELD_BOOLEAN:
      row->row = action_row_new (row);
      row->input = gtk_switch_new ();
      gtk_widget_set_valign (row->input, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->input);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row->row), row->input);
      g_signal_connect_swapped (row->input, "notify::active", G_CALLBACK (apply_row), row);
      break;

    case ZS_FIELD_DATE:
      build_date (row);
      break;

    case ZS_FIELD_ENUM:
      build_enum (row);
      break;

    case ZS_FIELD_REF:
      row->row = action_row_new (row);
      row->input = zs_record_chooser_new (self->store, f->get_type ());
      adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->input);
      g_signal_connect_swapped (row->input, "notify::id", G_CALLBACK (apply_row), row);
      /* A segment: the project's chain's. */
      zs_record_chooser_follow_owner (ZS_RECORD_CHOOSER (row->input), self->record, field);
      break;

    default:
      g_assert_not_reached ();
    }

  return row;
}

static void
on_record_notify (ZsRecordEditor *self,
                  GParamSpec     *pspec)
{
  int field = zs_record_class_find_field (ZS_RECORD_GET_CLASS (self->record), pspec->name);
  FieldRow *row;

  if (field < 0 || (guint) field >= self->rows->len)
    return;
  row = g_ptr_array_index (self->rows, field);
  if (row != NULL)
    load_row (row);
}

/* ---- GObject ------------------------------------------------------------------ */

static void
zs_record_editor_dispose (GObject *object)
{
  ZsRecordEditor *self = ZS_RECORD_EDITOR (object);

  /* Keep what was typed last. */
  if (self->rows != NULL)
    zs_record_editor_commit (self);

  zs_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (self->record != NULL)
    g_signal_handlers_disconnect_by_data (self->record, self);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_pointer ((guint **) &self->all_fields.fields, g_free);

  G_OBJECT_CLASS (zs_record_editor_parent_class)->dispose (object);
}

static void
zs_record_editor_class_init (ZsRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zs_record_editor_dispose;

  /**
   * ZsRecordEditor::saved:
   *
   * The record was written to the store (the first time, it got its id).
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
zs_record_editor_init (ZsRecordEditor *self)
{
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
}

GtkWidget *
zs_record_editor_new (ZsStore             *store,
                      ZsRecord            *record,
                      const ZsEditorGroup *groups,
                      guint                n_groups)
{
  ZsRecordEditor *self;
  guint n_fields;

  g_return_val_if_fail (ZS_IS_STORE (store), NULL);
  g_return_val_if_fail (ZS_IS_RECORD (record), NULL);

  self = g_object_new (ZS_TYPE_RECORD_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->record = g_object_ref (record);
  zs_record_class_get_fields (ZS_RECORD_GET_CLASS (record), &n_fields);
  self->rows = g_ptr_array_new_full (n_fields, free_row);
  g_ptr_array_set_size (self->rows, n_fields);
  self->order = g_ptr_array_new ();

  /* Without groups, every field in the order of the field table. */
  if (n_groups == 0)
    {
      guint *all = g_new (guint, n_fields);

      for (guint i = 0; i < n_fields; i++)
        all[i] = i;
      self->all_fields = (ZsEditorGroup) { NULL, all, n_fields };
      groups = &self->all_fields;
      n_groups = 1;
    }

  for (guint g = 0; g < n_groups; g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      if (groups[g].title != NULL)
        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
      for (guint i = 0; i < groups[g].n_fields; i++)
        {
          FieldRow *row = build_row (self, groups[g].fields[i]);

          g_ptr_array_index (self->rows, row->field) = row;
          g_ptr_array_add (self->order, row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row->row);
          load_row (row);
        }
      gtk_box_append (self->box, group);
    }

  g_signal_connect_object (record, "notify", G_CALLBACK (on_record_notify), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

void
zs_record_editor_set_clock (ZsRecordEditor *self,
                            ZsClock        *clock)
{
  g_return_if_fail (ZS_IS_RECORD_EDITOR (self));
  g_set_object (&self->clock, clock);
}

ZsRecord *
zs_record_editor_get_record (ZsRecordEditor *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

gboolean
zs_record_editor_commit (ZsRecordEditor *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), FALSE);

  for (guint i = 0; self->order != NULL && i < self->order->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->order, i);

      if (row->apply_id != 0)
        apply_row (row);
    }
  return zs_record_editor_get_invalid_field (self) < 0;
}

int
zs_record_editor_get_invalid_field (ZsRecordEditor *self)
{
  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), -1);

  for (guint i = 0; self->order != NULL && i < self->order->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->order, i);

      if (row->error != NULL)
        return (int) row->field;
    }
  return -1;
}

guint
zs_record_editor_get_n_invalid (ZsRecordEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), 0);

  for (guint i = 0; self->order != NULL && i < self->order->len; i++)
    if (((FieldRow *) g_ptr_array_index (self->order, i))->error != NULL)
      n++;
  return n;
}

void
zs_record_editor_drop_invalid (ZsRecordEditor *self)
{
  g_return_if_fail (ZS_IS_RECORD_EDITOR (self));

  for (guint i = 0; self->order != NULL && i < self->order->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->order, i);

      if (row->error == NULL)
        continue;
      g_clear_handle_id (&row->apply_id, g_source_remove);
      set_error (row, NULL);
      load_row (row);
    }
}

void
zs_record_editor_focus_field (ZsRecordEditor *self,
                              guint           field)
{
  FieldRow *row;

  g_return_if_fail (ZS_IS_RECORD_EDITOR (self));
  g_return_if_fail (field < self->rows->len);

  row = g_ptr_array_index (self->rows, field);
  if (row == NULL)
    return;
  if (row->input != NULL && gtk_widget_grab_focus (row->input))
    return;
  gtk_widget_grab_focus (row->row);
}

ZsRecordEditor *
zs_record_editor_find_invalid (GtkWidget *root)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (ZS_IS_RECORD_EDITOR (root))
    {
      ZsRecordEditor *self = ZS_RECORD_EDITOR (root);

      /* Typing not yet applied counts as typed. */
      return zs_record_editor_commit (self) ? NULL : self;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      ZsRecordEditor *found = zs_record_editor_find_invalid (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

const char *
zs_record_editor_get_error (ZsRecordEditor *self,
                            guint           field)
{
  FieldRow *row;

  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (field < self->rows->len, NULL);

  row = g_ptr_array_index (self->rows, field);
  return row != NULL ? row->error : NULL;
}

GtkWidget *
zs_record_editor_get_row (ZsRecordEditor *self,
                          guint           field)
{
  FieldRow *row;

  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (field < self->rows->len, NULL);

  row = g_ptr_array_index (self->rows, field);
  return row != NULL ? row->row : NULL;
}

void
zs_record_editor_enter_text (ZsRecordEditor *self,
                             guint           field,
                             const char     *text)
{
  FieldRow *row;

  g_return_if_fail (ZS_IS_RECORD_EDITOR (self));
  g_return_if_fail (field < self->rows->len);

  row = g_ptr_array_index (self->rows, field);
  g_return_if_fail (row != NULL && row->input != NULL);

  if (GTK_IS_TEXT_VIEW (row->input))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->input)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (row->input), text);
  apply_row (row);
}

char *
zs_record_editor_get_text (ZsRecordEditor *self,
                           guint           field)
{
  FieldRow *row;

  g_return_val_if_fail (ZS_IS_RECORD_EDITOR (self), NULL);
  g_return_val_if_fail (field < self->rows->len, NULL);

  row = g_ptr_array_index (self->rows, field);
  g_return_val_if_fail (row != NULL && row->input != NULL, NULL);

  if (GTK_IS_TEXT_VIEW (row->input))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->input));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->input)));
}
