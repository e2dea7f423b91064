/* zs-record.h — the base class of every stored domain object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

#include "zs-text.h"

G_BEGIN_DECLS

typedef enum {
  ZS_FIELD_STRING,
  ZS_FIELD_INT,      /* gint64: amounts in 0.01 万元, counts, areas in m² */
  ZS_FIELD_DOUBLE,   /* land in 亩, heights, loads */
  ZS_FIELD_BOOLEAN,
  ZS_FIELD_DATE,     /* ISO "YYYY-MM-DD" string, NULL when unknown */
  ZS_FIELD_ENUM,     /* one of the types in zs-enums.h */
  ZS_FIELD_REF,      /* row id of another record, 0 when unset */
} ZsFieldKind;

typedef enum {
  ZS_FIELD_REQUIRED     = 1 << 0,
  ZS_FIELD_NON_NEGATIVE = 1 << 1,
  ZS_FIELD_MULTILINE    = 1 << 2,
  ZS_FIELD_URL          = 1 << 3,
  /* On a ZS_FIELD_REF: this record belongs to the one it refers to and is
   * deleted with it (a project's stage events). Other references keep the
   * referred record from being deleted. */
  ZS_FIELD_OWNER        = 1 << 4,
  ZS_FIELD_MONEY        = 1 << 5,  /* ZS_FIELD_INT in 0.01 万元 (or 万美元 with ZS_FIELD_DOLLARS) */
  ZS_FIELD_AREA         = 1 << 6,  /* ZS_FIELD_INT in m² */
  /* A calendar year (a target's year): it moves with the dates when a file
   * is read with its dates moved to today (the demo data). */
  ZS_FIELD_YEAR         = 1 << 7,
  /* A ZS_FIELD_INT that must not be 0: a signed amount (a funds entry). */
  ZS_FIELD_NON_ZERO     = 1 << 8,
  /* With ZS_FIELD_MONEY: the amount is in 0.01 万美元 (foreign capital). */
  ZS_FIELD_DOLLARS      = 1 << 9,
} ZsFieldFlags;

typedef struct {
  const char    *name;        /* property name; the column is the same with '_' for '-' */
  ZsFieldKind    kind;
  const char    *label;       /* untranslated; mark with N_() */
  ZsFieldFlags   flags;
  GType        (*get_type) (void); /* enum type for ZS_FIELD_ENUM, record type for ZS_FIELD_REF */
} ZsField;

#define ZS_TYPE_RECORD (zs_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (ZsRecord, zs_record, ZS, RECORD, GObject)

struct _ZsRecordClass
{
  GObjectClass parent_class;

  const char    *table;      /* SQL table */
  const char    *element;    /* XML element and human-facing type name */
  const char    *label;      /* untranslated, for messages: "project" */
  const ZsField *fields;
  guint          n_fields;
  int            title_field; /* the field that names a record in messages */

  /* Checks beyond the per-field flags; chain up is not needed. */
  gboolean (*validate) (ZsRecord  *self,
                        GError   **error);

  /*< private >*/
  GParamSpec   **field_pspecs;
  gpointer       padding[4];
};

/* Called from a record class's class_init: installs one property per field. */
void           zs_record_class_set_fields (ZsRecordClass *klass,
                                           const char    *table,
                                           const char    *element,
                                           const char    *label,
                                           const ZsField *fields,
                                           guint          n_fields);

const ZsField *zs_record_class_get_fields (ZsRecordClass *klass,
                                           guint         *n_fields);
int            zs_record_class_find_field (ZsRecordClass *klass,
                                           const char    *name);

gint64         zs_record_get_id          (ZsRecord   *self);
void           zs_record_set_id          (ZsRecord   *self,
                                          gint64      id);
const char    *zs_record_get_uuid        (ZsRecord   *self);
void           zs_record_set_uuid        (ZsRecord   *self,
                                          const char *uuid);
const char    *zs_record_get_created     (ZsRecord   *self);
void           zs_record_set_created     (ZsRecord   *self,
                                          const char *created);
const char    *zs_record_get_updated     (ZsRecord   *self);
void           zs_record_set_updated     (ZsRecord   *self,
                                          const char *updated);
const char    *zs_record_get_title       (ZsRecord   *self);
/* The version of the stored row this record was read at (or last saved
 * as), 0 for a record never stored: a save carries it, and the store
 * refuses the save when another user saved the row since
 * (ZS_ERROR_CONFLICT). */
gint64         zs_record_get_version     (ZsRecord   *self);

const GValue  *zs_record_get_value       (ZsRecord     *self,
                                          guint         field);
void           zs_record_set_value       (ZsRecord     *self,
                                          guint         field,
                                          const GValue *value);
/* Resets a field to its empty value: NULL, 0, FALSE or the first enum value. */
void           zs_record_clear_field     (ZsRecord     *self,
                                          guint         field);
gboolean       zs_record_field_is_set    (ZsRecord     *self,
                                          guint         field);

const char    *zs_record_get_string      (ZsRecord   *self,
                                          guint       field);
void           zs_record_set_string      (ZsRecord   *self,
                                          guint       field,
                                          const char *value);
gint64         zs_record_get_int         (ZsRecord   *self,
                                          guint       field);
void           zs_record_set_int         (ZsRecord   *self,
                                          guint       field,
                                          gint64      value);
double         zs_record_get_double      (ZsRecord   *self,
                                          guint       field);
void           zs_record_set_double      (ZsRecord   *self,
                                          guint       field,
                                          double      value);
gboolean       zs_record_get_boolean     (ZsRecord   *self,
                                          guint       field);
void           zs_record_set_boolean     (ZsRecord   *self,
                                          guint       field,
                                          gboolean    value);
int            zs_record_get_enum        (ZsRecord   *self,
                                          guint       field);
void           zs_record_set_enum        (ZsRecord   *self,
                                          guint       field,
                                          int         value);

gboolean       zs_record_validate        (ZsRecord  *self,
                                          GError   **error);
/* Checks one field's flags (required, non-negative, date syntax). */
gboolean       zs_record_validate_field  (ZsRecord  *self,
                                          guint      field,
                                          GError   **error);
/* Checks @value for @field as if it were set in @self, the other fields as
 * they are: the field's own checks, then the record's rules across fields
 * when it is this value that breaks them (the message names both fields).
 * What an editor asks before it saves one field; @self is not changed. */
gboolean       zs_record_check_value     (ZsRecord     *self,
                                          guint         field,
                                          const GValue *value,
                                          GError      **error);
/* The canonical text of a field (decimal numbers, "true"/"false", ISO
 * dates, enum nicks); NULL when unset. Not for ZS_FIELD_REF. */
char          *zs_record_format_field    (ZsRecord    *self,
                                          guint        field);
/* The same text without a copy: it lives in @self, or in @buffer of
 * ZS_RECORD_FIELD_TEXT_SIZE bytes, until either changes. What an export
 * writes for every field of every row. */
#define ZS_RECORD_FIELD_TEXT_SIZE 64
const char    *zs_record_peek_field_text (ZsRecord    *self,
                                          guint        field,
                                          char        *buffer);
/* Sets a field from its canonical text; the error names the field. */
gboolean       zs_record_parse_field     (ZsRecord    *self,
                                          guint        field,
                                          const char  *text,
                                          GError     **error);
/* TRUE when @other is of the same type and every field has the same value
 * (id, uuid and timestamps aside). */
gboolean       zs_record_equal_fields    (ZsRecord *self,
                                          ZsRecord *other);
/* Copies every field (not id, uuid or timestamps) from @source of the same type. */
void           zs_record_copy_fields     (ZsRecord *self,
                                          ZsRecord *source);

/*
 * Defines a record type whose behaviour is entirely its field table.
 * Use in the .c file after the field table; the header declares the type
 * with G_DECLARE_FINAL_TYPE (…, ZsRecord) and the _new() function.
 */
#define ZS_DEFINE_RECORD_TYPE(TypeName, type_name, TABLE, ELEMENT, LABEL, FIELDS) \
  struct _##TypeName { ZsRecord parent_instance; };                              \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, ZS_TYPE_RECORD)                       \
  static void                                                                    \
  type_name##_class_init (TypeName##Class *klass)                                \
  {                                                                              \
    zs_record_class_set_fields (ZS_RECORD_CLASS (klass), TABLE, ELEMENT, LABEL,  \
                                FIELDS, G_N_ELEMENTS (FIELDS));                  \
  }                                                                              \
  static void                                                                    \
  type_name##_init (TypeName *self)                                              \
  {                                                                              \
  }                                                                              \
  TypeName *                                                                     \
  type_name##_new (void)                                                         \
  {                                                                              \
    return g_object_new (type_name##_get_type (), NULL);                         \
  }

/* Two values of a record field's kind (string, int64, double, boolean,
 * enum): the same value of the same type. */
gboolean zs_value_equal (const GValue *a,
                         const GValue *b);

/* What an entry shows for the number in @field (an int or double field):
 * blank for an amount not known yet, rather than 0. */
char    *zs_record_number_text (ZsRecord *self,
                                guint     field);

G_END_DECLS
