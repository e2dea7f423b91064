/* zs-targets-editor.c — annual targets: units × indicators for a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The table a bureau receives from its government each year: one row per
 * unit, one column per indicator the dispatch page measures, totals at the
 * foot. Amounts are read as clerks write them (1,500, 800万, 3亿元).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zs-core.h"
#include "zs-targets-editor.h"

struct _ZsTargetsEditor
{
  AdwBin         parent_instance;

  ZsContext     *context;
  int            year;
  GtkSpinButton *year_button;
  GtkGrid       *grid;
  GPtrArray     *units;
  GPtrArray     *cells;    /* GtkEntry, row-major: units × columns */
  GPtrArray     *totals;   /* GtkLabel per column */
};

G_DEFINE_FINAL_TYPE (ZsTargetsEditor, zs_targets_editor, ADW_TYPE_BIN)

static void rebuild (ZsTargetsEditor *self);

static ZsStore *
store_of (ZsTargetsEditor *self)
{
  return zs_context_get_store (self->context);
}

static void
toast (ZsTargetsEditor *self,
       const char      *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

/* The target's field table; its class may not have been made yet. */
static const ZsField *
target_table (void)
{
  static ZsRecordClass *klass;
  guint n;

  if (klass == NULL)
    klass = g_type_class_ref (ZS_TYPE_TARGET);
  return zs_record_class_get_fields (klass, &n);
}

static gboolean
is_money (guint field)
{
  const ZsField *fields = target_table ();

  return (fields[field].flags & ZS_FIELD_MONEY) != 0;
}

static char *
value_text (guint  field,
            gint64 value)
{
  if (value == 0)
    return g_strdup ("");
  /* 万元 as the column says, grouped as a sheet shows them: 150,000.5. */
  if (is_money (field))
    return zs_format_amount_number (value);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
update_totals (ZsTargetsEditor *self)
{
  guint n;
  const guint *fields = zs_annual_target_fields (&n);

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = value_text (fields[c], zs_annual_targets_total (store_of (self), self->year, fields[c]));

      gtk_label_set_text (g_ptr_array_index (self->totals, c), *text != '\0' ? text : "0");
    }
}

static void
commit_cell (ZsTargetsEditor *self,
             GtkEntry        *entry)
{
  guint index, n;
  const guint *fields = zs_annual_target_fields (&n);
  guint field, row;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;
  gint64 value = 0;

  if (!g_ptr_array_find (self->cells, entry, &index))
    return;
  row = index / n;
  field = fields[index % n];
  if (is_money (field))
    {
      zs_parse_amount (text, &value, &error);
    }
  else
    {
      g_autofree char *clean = g_strstrip (g_strdup (text));

      if (*clean != '\0' && !g_ascii_string_to_signed (clean, 10, 0, G_MAXINT32, &value, NULL))
        g_set_error (&error, ZS_ERROR, ZS_ERROR_INVALID, _("“%s” is not a count: write a whole number such as 12"), text);
    }
  if (error == NULL)
    zs_annual_targets_set (store_of (self), zs_record_get_id (g_ptr_array_index (self->units, row)),
                           self->year, field, value, &error);
  if (error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      toast (self, error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  {
    g_autofree char *shown = value_text (field, value);

    gtk_editable_set_text (GTK_EDITABLE (entry), shown);
  }
  update_totals (self);
}

static void
on_cell_activate (GtkEntry        *entry,
                  ZsTargetsEditor *self)
{
  commit_cell (self, entry);
}

static void
on_cell_leave (GtkEventControllerFocus *focus,
               ZsTargetsEditor         *self)
{
  commit_cell (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

static void
on_year_changed (GtkSpinButton   *button,
                 ZsTargetsEditor *self)
{
  int year = gtk_spin_button_get_value_as_int (button);

  if (year == self->year)
    return;
  self->year = year;
  rebuild (self);
}

static void
on_copy_clicked (ZsTargetsEditor *self)
{
  zs_targets_editor_copy_last_year (self);
}

static GtkWidget *
header_label (const char *text,
              float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
rebuild (ZsTargetsEditor *self)
{
  guint n;
  const guint *fields = zs_annual_target_fields (&n);
  const ZsField *table = target_table ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->cells, 0);
  g_ptr_array_set_size (self->totals, 0);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  self->units = zs_units_list (store_of (self), FALSE, NULL);
  if (self->units == NULL)
    self->units = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_grid_attach (self->grid, header_label (_("Unit"), 0), 0, 0, 1, 1);
  for (guint c = 0; c < n; c++)
    gtk_grid_attach (self->grid, header_label (_(table[fields[c]].label), 1), (int) c + 1, 0, 1, 1);

  for (guint r = 0; r < self->units->len; r++)
    {
      ZsRecord *unit = g_ptr_array_index (self->units, r);
      GtkWidget *name = gtk_label_new (zs_record_get_string (unit, ZS_UNIT_NAME));

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_grid_attach (self->grid, name, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < n; c++)
        {
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *text = value_text (fields[c], zs_annual_targets_get (store_of (self), zs_record_get_id (unit),
                                                                                 self->year, fields[c]));
          g_autofree char *label = g_strdup_printf ("%s · %s", zs_record_get_string (unit, ZS_UNIT_NAME), _(table[fields[c]].label));

          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
          gtk_editable_set_text (GTK_EDITABLE (entry), text);
          gtk_widget_set_tooltip_text (entry, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          g_signal_connect (entry, "activate", G_CALLBACK (on_cell_activate), self);
          g_signal_connect (focus, "leave", G_CALLBACK (on_cell_leave), self);
          gtk_widget_add_controller (entry, focus);
          gtk_grid_attach (self->grid, entry, (int) c + 1, (int) r + 1, 1, 1);
          g_ptr_array_add (self->cells, entry);
        }
    }

  {
    GtkWidget *total = gtk_label_new (_("Total"));

    gtk_label_set_xalign (GTK_LABEL (total), 0);
    gtk_widget_add_css_class (total, "heading");
    gtk_grid_attach (self->grid, total, 0, (int) self->units->len + 1, 1, 1);
    for (guint c = 0; c < n; c++)
      {
        GtkWidget *label = gtk_label_new ("0");

        gtk_label_set_xalign (GTK_LABEL (label), 1);
        gtk_widget_set_margin_end (label, 8);
        gtk_widget_add_css_class (label, "numeric");
        gtk_grid_attach (self->grid, label, (int) c + 1, (int) self->units->len + 1, 1, 1);
        g_ptr_array_add (self->totals, label);
      }
  }
  update_totals (self);
}

static void
zs_targets_editor_dispose (GObject *object)
{
  ZsTargetsEditor *self = ZS_TARGETS_EDITOR (object);

  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->totals, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (zs_targets_editor_parent_class)->dispose (object);
}

static void
zs_targets_editor_class_init (ZsTargetsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = zs_targets_editor_dispose;
}

static void
zs_targets_editor_init (ZsTargetsEditor *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *year_label = gtk_label_new_with_mnemonic (_("_Year"));
  GtkWidget *copy = gtk_button_new_with_mnemonic (_("_Copy Last Year"));
  GtkWidget *hint = gtk_label_new (_("Counts as whole numbers; amounts in 万元, also as 800万 or 1.25亿元. Press Enter to keep a figure."));

  self->cells = g_ptr_array_new ();
  self->totals = g_ptr_array_new ();
  self->year_button = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
  gtk_label_set_mnemonic_widget (GTK_LABEL (year_label), GTK_WIDGET (self->year_button));
  gtk_widget_set_tooltip_text (copy, _("Every unit’s targets of the year before, to change from there"));
  g_signal_connect (self->year_button, "value-changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect_swapped (copy, "clicked", G_CALLBACK (on_copy_clicked), self);
  gtk_box_append (GTK_BOX (bar), year_label);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->year_button));
  gtk_box_append (GTK_BOX (bar), copy);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 12);

  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->grid));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

GtkWidget *
zs_targets_editor_new (ZsContext *context)
{
  ZsTargetsEditor *self = g_object_new (ZS_TYPE_TARGETS_EDITOR, NULL);
  const char *today = zs_clock_get_today (zs_context_get_clock (context));

  self->context = g_object_ref (context);
  self->year = (int) g_ascii_strtoll (today, NULL, 10);
  gtk_spin_button_set_value (self->year_button, self->year);
  rebuild (self);
  return GTK_WIDGET (self);
}

int
zs_targets_editor_get_year (ZsTargetsEditor *self)
{
  g_return_val_if_fail (ZS_IS_TARGETS_EDITOR (self), 0);
  return self->year;
}

void
zs_targets_editor_set_year (ZsTargetsEditor *self,
                            int              year)
{
  g_return_if_fail (ZS_IS_TARGETS_EDITOR (self));
  gtk_spin_button_set_value (self->year_button, year);
}

void
zs_targets_editor_reload (ZsTargetsEditor *self)
{
  g_return_if_fail (ZS_IS_TARGETS_EDITOR (self));
  rebuild (self);
}

void
zs_targets_editor_enter (ZsTargetsEditor *self,
                         guint            unit_index,
                         guint            column,
                         const char      *text)
{
  guint n;
  GtkEntry *entry;

  g_return_if_fail (ZS_IS_TARGETS_EDITOR (self));
  zs_annual_target_fields (&n);
  g_return_if_fail (unit_index * n + column < self->cells->len);

  entry = g_ptr_array_index (self->cells, unit_index * n + column);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

const char *
zs_targets_editor_get_total (ZsTargetsEditor *self,
                             guint            column)
{
  g_return_val_if_fail (ZS_IS_TARGETS_EDITOR (self), NULL);
  g_return_val_if_fail (column < self->totals->len, NULL);
  return gtk_label_get_text (g_ptr_array_index (self->totals, column));
}

void
zs_targets_editor_copy_last_year (ZsTargetsEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint copied = 0;

  if (!zs_annual_targets_copy_year (store_of (self), self->year - 1, self->year, &copied, &error))
    toast (self, error->message);
  else if (copied == 0)
    {
      g_autofree char *message = g_strdup_printf (_("There are no targets for %d to copy"), self->year - 1);

      toast (self, message);
    }
  rebuild (self);
}
