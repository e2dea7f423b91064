/* zs-history.c — who changed what: one entry of the change history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * An entry is kept as text, as it was when written: a record type or field
 * this build no longer has still reads, and a value keeps the meaning it
 * had (a reference is the title the other record had then).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-enums.h"
#include "zs-format.h"
#include "zs-history.h"
#include "zs-parse.h"
#include "zs-record.h"
#include "zs-records.h"

struct _ZsHistoryEntry
{
  GObject         parent_instance;

  gint64          id;
  char           *at;
  char           *who;
  ZsHistoryAction action;
  char           *record_type;
  gint64          record_id;
  char           *record_uuid;
  char           *title;
  char           *field;
  char           *old_value;
  char           *new_value;
};

G_DEFINE_FINAL_TYPE (ZsHistoryEntry, zs_history_entry, G_TYPE_OBJECT)

static const char * const action_names[] = {
  [ZS_HISTORY_CREATE] = "create",
  [ZS_HISTORY_EDIT] = "edit",
  [ZS_HISTORY_DELETE] = "delete",
  [ZS_HISTORY_RESTORE] = "restore",
  [ZS_HISTORY_IMPORT] = "import",
};

static void
zs_history_entry_finalize (GObject *object)
{
  ZsHistoryEntry *self = ZS_HISTORY_ENTRY (object);

  g_free (self->at);
  g_free (self->who);
  g_free (self->record_type);
  g_free (self->record_uuid);
  g_free (self->title);
  g_free (self->field);
  g_free (self->old_value);
  g_free (self->new_value);
  G_OBJECT_CLASS (zs_history_entry_parent_class)->finalize (object);
}

static void
zs_history_entry_class_init (ZsHistoryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zs_history_entry_finalize;
}

static void
zs_history_entry_init (ZsHistoryEntry *self)
{
}

ZsHistoryEntry *
zs_history_entry_new (gint64           id,
                      const char      *at,
                      const char      *who,
                      ZsHistoryAction  action,
                      const char      *record_type,
                      gint64           record_id,
                      const char      *record_uuid,
                      const char      *title,
                      const char      *field,
                      const char      *old_value,
                      const char      *new_value)
{
  ZsHistoryEntry *self = g_object_new (ZS_TYPE_HISTORY_ENTRY, NULL);

  self->id = id;
  self->at = g_strdup (at);
  self->who = g_strdup (who);
  self->action = action;
  self->record_type = g_strdup (record_type);
  self->record_id = record_id;
  self->record_uuid = g_strdup (record_uuid);
  self->title = g_strdup (title);
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);
  return self;
}

gint64 zs_history_entry_get_id (ZsHistoryEntry *self) { return self->id; }
const char *zs_history_entry_get_at (ZsHistoryEntry *self) { return self->at; }
const char *zs_history_entry_get_who (ZsHistoryEntry *self) { return self->who; }
ZsHistoryAction zs_history_entry_get_action (ZsHistoryEntry *self) { return self->action; }
const char *zs_history_entry_get_record_type (ZsHistoryEntry *self) { return self->record_type; }
gint64 zs_history_entry_get_record_id (ZsHistoryEntry *self) { return self->record_id; }
const char *zs_history_entry_get_record_uuid (ZsHistoryEntry *self) { return self->record_uuid; }
const char *zs_history_entry_get_title (ZsHistoryEntry *self) { return self->title; }
const char *zs_history_entry_get_field (ZsHistoryEntry *self) { return self->field; }
const char *zs_history_entry_get_old_value (ZsHistoryEntry *self) { return self->old_value; }
const char *zs_history_entry_get_new_value (ZsHistoryEntry *self) { return self->new_value; }

GType
zs_history_entry_get_record_gtype (ZsHistoryEntry *self)
{
  g_return_val_if_fail (ZS_IS_HISTORY_ENTRY (self), G_TYPE_INVALID);

  if (self->record_type == NULL)
    return G_TYPE_INVALID;
  return zs_record_type_from_element (self->record_type);
}

/* The field of the entry in its type's table, or NULL. */
static const ZsField *
entry_field (ZsHistoryEntry *self)
{
  GType type = zs_history_entry_get_record_gtype (self);
  g_autoptr(GTypeClass) klass = NULL;
  int index;

  if (type == G_TYPE_INVALID || self->field == NULL)
    return NULL;
  klass = g_type_class_ref (type);
  index = zs_record_class_find_field ((ZsRecordClass *) klass, self->field);
  return index >= 0 ? &((ZsRecordClass *) klass)->fields[index] : NULL;
}

const char *
zs_history_entry_describe_type (ZsHistoryEntry *self)
{
  GType type = zs_history_entry_get_record_gtype (self);
  g_autoptr(GTypeClass) klass = NULL;

  if (self->action == ZS_HISTORY_IMPORT)
    return _("File");
  if (type == G_TYPE_INVALID)
    return self->record_type != NULL ? self->record_type : "";
  klass = g_type_class_ref (type);
  return g_dgettext (GETTEXT_PACKAGE, ((ZsRecordClass *) klass)->label);
}

const char *
zs_history_entry_describe_what (ZsHistoryEntry *self)
{
  const ZsField *f;

  switch (self->action)
    {
    case ZS_HISTORY_CREATE:
      return _("Created");
    case ZS_HISTORY_DELETE:
      return _("Deleted");
    case ZS_HISTORY_RESTORE:
      return _("Restored");
    case ZS_HISTORY_IMPORT:
      return _("Imported");
    case ZS_HISTORY_EDIT:
    default:
      f = entry_field (self);
      if (f != NULL)
        return g_dgettext (GETTEXT_PACKAGE, f->label);
      return self->field != NULL ? self->field : "";
    }
}

/* "added=3;updated=1;unchanged=0" in words. */
static char *
describe_counts (const char *counts)
{
  g_auto(GStrv) parts = g_strsplit (counts, ";", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      g_autofree char *key = NULL;
      const char *label;

      if (eq == NULL)
        continue;
      key = g_strndup (parts[i], eq - parts[i]);
      if (g_str_equal (key, "added"))
        label = _("added");
      else if (g_str_equal (key, "updated"))
        label = _("updated");
      else if (g_str_equal (key, "unchanged"))
        label = _("unchanged");
      else
        label = key;
      g_string_append_printf (out, "%s%s %s", out->len ? _(", ") : "", label, eq + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
zs_history_entry_describe_value (ZsHistoryEntry *self,
                                 gboolean        new_value)
{
  const char *text = new_value ? self->new_value : self->old_value;
  const ZsField *f;
  int value;

  if (self->action == ZS_HISTORY_IMPORT && new_value && text != NULL)
    return describe_counts (text);
  if (text == NULL || *text == '\0')
    return g_strdup ("—");

  f = entry_field (self);
  if (f == NULL)
    return g_strdup (text);
  switch (f->kind)
    {
    case ZS_FIELD_BOOLEAN:
      return g_strdup (g_str_equal (text, "true") ? _("Yes") : _("No"));
    case ZS_FIELD_DATE:
      return zs_format_date (text);
    case ZS_FIELD_ENUM:
      if (zs_enum_from_nick (f->get_type (), text, &value))
        return g_strdup (zs_enum_get_label (f->get_type (), value));
      return g_strdup (text);
    case ZS_FIELD_INT:
      if ((f->flags & ZS_FIELD_MONEY) != 0)
        {
          gint64 hundredths;

          /* Kept as decimal 万元 text, before and since amounts had decimals. */
          if (!zs_amount_from_text (text, &hundredths))
            return g_strdup (text);
          return (f->flags & ZS_FIELD_DOLLARS) != 0 ? zs_format_dollars (hundredths) : zs_format_amount (hundredths);
        }
      if ((f->flags & ZS_FIELD_AREA) != 0)
        return zs_format_area (g_ascii_strtoll (text, NULL, 10));
      return g_strdup (text);
    case ZS_FIELD_STRING:
    case ZS_FIELD_DOUBLE:
    case ZS_FIELD_REF:
    default:
      return g_strdup (text);
    }
}

char *
zs_history_entry_describe_time (ZsHistoryEntry *self)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (self->at, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (self->at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

const char *
zs_history_action_to_string (ZsHistoryAction action)
{
  g_return_val_if_fail (action < G_N_ELEMENTS (action_names), "edit");
  return action_names[action];
}

ZsHistoryAction
zs_history_action_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    if (g_strcmp0 (text, action_names[i]) == 0)
      return i;
  return ZS_HISTORY_EDIT;
}
