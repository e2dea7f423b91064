/* zs-history.h — who changed what: one entry of the change history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ZS_HISTORY_CREATE,   /* a new record */
  ZS_HISTORY_EDIT,     /* one field of a record: old and new value */
  ZS_HISTORY_DELETE,   /* a record, with what belonged to it */
  ZS_HISTORY_RESTORE,  /* a deleted record put back */
  ZS_HISTORY_IMPORT,   /* one file: its name and counts, no record */
} ZsHistoryAction;

/* Which entries a list shows; zero fields mean "any". */
typedef struct {
  GType        record_type;  /* G_TYPE_INVALID: any type */
  gint64       record_id;    /* with record_type: one record's history */
  const char  *field;        /* a field's name */
  const char  *who;
  const char  *since;        /* timestamps (zs_timestamp_now()), since inclusive, */
  const char  *until;        /* until exclusive */
  gboolean     imports_only; /* only import entries (they have no type) */
} ZsHistoryFilter;

#define ZS_TYPE_HISTORY_ENTRY (zs_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZsHistoryEntry, zs_history_entry, ZS, HISTORY_ENTRY, GObject)

/* Values as text: record_type is the record class's element ("project"),
 * field the field's name, old and new values the field's canonical text
 * (zs_record_format_field()) or, for a reference, the title of the record
 * it named. An import's title is the file's name and its new value the
 * counts, "added=3;updated=1;unchanged=0". */
ZsHistoryEntry *zs_history_entry_new              (gint64           id,
                                                   const char      *at,
                                                   const char      *who,
                                                   ZsHistoryAction  action,
                                                   const char      *record_type,
                                                   gint64           record_id,
                                                   const char      *record_uuid,
                                                   const char      *title,
                                                   const char      *field,
                                                   const char      *old_value,
                                                   const char      *new_value);

gint64          zs_history_entry_get_id           (ZsHistoryEntry *self);
/* UTC, "2026-12-06T02:38:30Z". */
const char     *zs_history_entry_get_at           (ZsHistoryEntry *self);
const char     *zs_history_entry_get_who          (ZsHistoryEntry *self);
ZsHistoryAction zs_history_entry_get_action       (ZsHistoryEntry *self);
const char     *zs_history_entry_get_record_type  (ZsHistoryEntry *self);
/* The record type, G_TYPE_INVALID for an import or a type this build
 * does not know. */
GType           zs_history_entry_get_record_gtype (ZsHistoryEntry *self);
gint64          zs_history_entry_get_record_id    (ZsHistoryEntry *self);
const char     *zs_history_entry_get_record_uuid  (ZsHistoryEntry *self);
const char     *zs_history_entry_get_title        (ZsHistoryEntry *self);
const char     *zs_history_entry_get_field        (ZsHistoryEntry *self);
const char     *zs_history_entry_get_old_value    (ZsHistoryEntry *self);
const char     *zs_history_entry_get_new_value    (ZsHistoryEntry *self);

/* For people, translated: the record type ("项目"), what happened to the
 * record or which field changed ("新建", "签约日期"), a value as its field
 * shows it (an enum's label, a date as the app writes dates, an import's
 * counts in words; "—" for none), and the time in local time. */
const char     *zs_history_entry_describe_type    (ZsHistoryEntry *self);
const char     *zs_history_entry_describe_what    (ZsHistoryEntry *self);
char           *zs_history_entry_describe_value   (ZsHistoryEntry *self,
                                                   gboolean        new_value);
char           *zs_history_entry_describe_time    (ZsHistoryEntry *self);

const char     *zs_history_action_to_string       (ZsHistoryAction action);
ZsHistoryAction zs_history_action_from_string     (const char     *text);

G_END_DECLS
