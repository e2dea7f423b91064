/* test-model.c — every record type's field table agrees with its enum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * A record type is its field table: the store makes its columns, the
 * exchange its elements, the editor its rows from it, and code reads a field
 * by its enum value (ZS_PROJECT_STAGE). A table that disagrees with its enum
 * reads and writes the wrong column without any error, so these checks run
 * over every registered type, and /model/checks-can-fail shows each check
 * failing on a broken type made here.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "zs-test-util.h"

/* Each type with the field count its enum declares (its last value). A new
 * record type needs a line here: /model/record-types/declared fails until
 * it has one. */
static const struct {
  GType (*get_type) (void);
  guint n_fields;
} declared[] = {
  { zs_unit_get_type, ZS_UNIT_N_FIELDS },
  { zs_person_get_type, ZS_PERSON_N_FIELDS },
  { zs_target_get_type, ZS_TARGET_N_FIELDS },
  { zs_chain_group_get_type, ZS_CHAIN_GROUP_N_FIELDS },
  { zs_chain_get_type, ZS_CHAIN_N_FIELDS },
  { zs_segment_get_type, ZS_SEGMENT_N_FIELDS },
  { zs_enterprise_get_type, ZS_ENTERPRISE_N_FIELDS },
  { zs_partner_get_type, ZS_PARTNER_N_FIELDS },
  { zs_contact_log_get_type, ZS_CONTACT_LOG_N_FIELDS },
  { zs_activity_get_type, ZS_ACTIVITY_N_FIELDS },
  { zs_lead_get_type, ZS_LEAD_N_FIELDS },
  { zs_carrier_get_type, ZS_CARRIER_N_FIELDS },
  { zs_project_get_type, ZS_PROJECT_N_FIELDS },
  { zs_activity_link_get_type, ZS_ACTIVITY_LINK_N_FIELDS },
  { zs_stage_event_get_type, ZS_STAGE_EVENT_N_FIELDS },
  { zs_obstacle_get_type, ZS_OBSTACLE_N_FIELDS },
  { zs_attachment_get_type, ZS_ATTACHMENT_N_FIELDS },
  { zs_instruction_get_type, ZS_INSTRUCTION_N_FIELDS },
  { zs_supervision_get_type, ZS_SUPERVISION_N_FIELDS },
  { zs_supervision_reply_get_type, ZS_SUPERVISION_REPLY_N_FIELDS },
  { zs_update_log_get_type, ZS_UPDATE_LOG_N_FIELDS },
  { zs_funds_entry_get_type, ZS_FUNDS_ENTRY_N_FIELDS },
  { zs_space_need_get_type, ZS_SPACE_NEED_N_FIELDS },
};

/* A broken record type, for /model/checks-can-fail: its class is filled by
 * hand, because zs_record_class_set_fields() would refuse some of these
 * fields with a critical before any check could see them. */
#define ZS_TYPE_BROKEN_THING (zs_broken_thing_get_type ())
G_DECLARE_FINAL_TYPE (ZsBrokenThing, zs_broken_thing, ZS, BROKEN_THING, ZsRecord)

typedef enum {
  ZS_BROKEN_THING_NAME,
  ZS_BROKEN_THING_KIND,
  ZS_BROKEN_THING_N_FIELDS
} ZsBrokenThingField;

static const ZsField broken_fields[] = {
  { "name", ZS_FIELD_STRING, "Name", ZS_FIELD_MONEY },                 /* money on a string */
  { "name", ZS_FIELD_STRING, "Name again", 0 },                        /* a name twice */
  { "", ZS_FIELD_STRING, "No name", 0 },                               /* no name */
  { "owner-id", ZS_FIELD_REF, "Owner", ZS_FIELD_OWNER, zs_partner_get_type }, /* registered after */
  { "thing-id", ZS_FIELD_REF, "Thing", 0, zs_broken_thing_get_type }, /* not registered */
  { "kind", ZS_FIELD_ENUM, "Kind", 0, zs_project_get_type },          /* not an enum */
  { "grade", ZS_FIELD_ENUM, "Grade", 0, NULL },                         /* no type at all */
  { "size", ZS_FIELD_INT, "Size", ZS_FIELD_OWNER, zs_grade_get_type }, /* owner, type on an int */
};

struct _ZsBrokenThing
{
  ZsRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (ZsBrokenThing, zs_broken_thing, ZS_TYPE_RECORD)

static void
zs_broken_thing_class_init (ZsBrokenThingClass *klass)
{
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);

  record_class->table = "broken_things";
  record_class->element = "broken-thing";
  record_class->label = "broken thing";
  record_class->fields = broken_fields;
  record_class->n_fields = G_N_ELEMENTS (broken_fields);
  record_class->title_field = (int) G_N_ELEMENTS (broken_fields);
}

static void
zs_broken_thing_init (ZsBrokenThing *self)
{
}

static int
registry_index (GType type)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    if (types[i] == type)
      return (int) i;
  return -1;
}

static const char *
type_label (GType type)
{
  return type != G_TYPE_INVALID ? g_type_name (type) : "no type";
}

/* Everything wrong with the field table of @type, a line each; "" when
 * nothing is. @n_declared is the field count its enum declares; @position
 * is the type's place in the registry, and a reference must point to a type
 * before it (files and tables are written in that order). */
static char *
field_table_problems (GType type,
                      guint n_declared,
                      int   position)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  ZsRecordClass *record_class = ZS_RECORD_CLASS (klass);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GString *problems = g_string_new (NULL);
  const char *type_name = g_type_name (type);
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (record_class, &n_fields);

  if (n_fields != n_declared)
    g_string_append_printf (problems, "%s: %u fields in its table, %u in its enum\n",
                            type_name, n_fields, n_declared);
  if (record_class->title_field >= (int) n_fields)
    g_string_append_printf (problems, "%s: title field %d past the table\n",
                            type_name, record_class->title_field);

  for (guint i = 0; i < n_fields; i++)
    {
      const ZsField *f = &fields[i];
      const char *name = f->name;
      GType target = f->get_type != NULL ? f->get_type () : G_TYPE_INVALID;

      if (name == NULL || *name == '\0')
        {
          g_string_append_printf (problems, "%s: field %u has no name\n", type_name, i);
          name = "(no name)";
        }
      else if (!g_hash_table_add (names, (gpointer) name))
        g_string_append_printf (problems, "%s: field %u is named %s again\n", type_name, i, name);
      else if (g_object_class_find_property (G_OBJECT_CLASS (klass), name) == NULL)
        g_string_append_printf (problems, "%s: field %s has no property\n", type_name, name);

      switch (f->kind)
        {
        case ZS_FIELD_REF:
          if (registry_index (target) < 0)
            g_string_append_printf (problems, "%s: reference %s to %s, no registered record type\n",
                                    type_name, name, type_label (target));
          else if (registry_index (target) >= position)
            g_string_append_printf (problems, "%s: reference %s to %s, registered after it\n",
                                    type_name, name, g_type_name (target));
          break;
        case ZS_FIELD_ENUM:
          if (!G_TYPE_IS_ENUM (target))
            g_string_append_printf (problems, "%s: enum field %s of %s, no enum type\n",
                                    type_name, name, type_label (target));
          break;
        default:
          if (f->get_type != NULL)
            g_string_append_printf (problems, "%s: field %s has a type but is no reference or enum\n",
                                    type_name, name);
          break;
        }

      if ((f->flags & ZS_FIELD_OWNER) != 0 && f->kind != ZS_FIELD_REF)
        g_string_append_printf (problems, "%s: field %s owns but is no reference\n", type_name, name);
      if ((f->flags & (ZS_FIELD_MONEY | ZS_FIELD_AREA | ZS_FIELD_YEAR | ZS_FIELD_NON_ZERO)) != 0 &&
          f->kind != ZS_FIELD_INT)
        g_string_append_printf (problems, "%s: field %s has an integer's flags but is no integer\n",
                                type_name, name);
    }

  return g_string_free (problems, FALSE);
}

/* ZsContactLog → "ZS_CONTACT_LOG_" and "zs-contact-log.h". */
static void
type_names (GType   type,
            char  **enum_prefix,
            char  **header)
{
  const char *name = g_type_name (type);
  GString *prefix = g_string_new (NULL);
  GString *file = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (p != name && g_ascii_isupper (*p))
        {
          g_string_append_c (prefix, '_');
          g_string_append_c (file, '-');
        }
      g_string_append_c (prefix, g_ascii_toupper (*p));
      g_string_append_c (file, g_ascii_tolower (*p));
    }
  g_string_append_c (prefix, '_');
  g_string_append (file, ".h");
  *enum_prefix = g_string_free (prefix, FALSE);
  *header = g_string_free (file, FALSE);
}

/* What is wrong between the field enum in @header_text and the table of
 * @type: the enum values, in order, must be the field names in capitals
 * (ZS_PROJECT_CHAIN_ID for "chain-id"), so that a value swapped in a
 * designated initializer ([ZS_PROJECT_STAGE] = { "grade" … }) shows. */
static char *
enum_order_problems (GType       type,
                     const char *header_text)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *prefix = NULL;
  g_autofree char *header = NULL;
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GString *problems = g_string_new (NULL);
  guint n_fields;
  const ZsField *fields = zs_record_class_get_fields (ZS_RECORD_CLASS (klass), &n_fields);
  guint i = 0;

  type_names (type, &prefix, &header);
  pattern = g_strdup_printf ("^\\s*%s([A-Z0-9_]+)\\s*[,}=]", prefix);
  regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_assert_nonnull (regex);
  g_regex_match (regex, header_text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *value = g_match_info_fetch (match, 1);
      g_autofree char *expected = NULL;

      if (strcmp (value, "N_FIELDS") == 0)
        break;
      expected = g_ascii_strdown (value, -1);
      g_strdelimit (expected, "_", '-');
      if (i >= n_fields)
        g_string_append_printf (problems, "%s: %s%s has no field\n", header, prefix, value);
      else if (g_strcmp0 (fields[i].name, expected) != 0)
        g_string_append_printf (problems, "%s: %s%s is field %u, named %s\n",
                                header, prefix, value, i, fields[i].name);
      i++;
    }
  if (i == 0)
    g_string_append_printf (problems, "%s: no %s… enum\n", header, prefix);
  else if (i < n_fields)
    g_string_append_printf (problems, "%s: %u fields but %u enum values\n", header, n_fields, i);
  return g_string_free (problems, FALSE);
}

static guint
n_declared (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (declared); i++)
    if (declared[i].get_type () == type)
      return declared[i].n_fields;
  g_assert_not_reached ();
}

/* The table above and the registry name the same types. */
static void
test_record_types_declared (void)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (declared); j++)
        found |= declared[j].get_type () == types[i];
      if (!found)
        g_error ("%s is registered but not in test-model.c's table", g_type_name (types[i]));
    }
  for (guint j = 0; j < G_N_ELEMENTS (declared); j++)
    g_assert_cmpint (registry_index (declared[j].get_type ()), >=, 0);
  g_assert_cmpuint (n_types, ==, G_N_ELEMENTS (declared));

  /* The place arrays per type are indexed by; none for another type. */
  for (guint i = 0; i < n_types; i++)
    g_assert_cmpint (zs_record_type_position (types[i]), ==, (int) i);
  g_assert_cmpint (zs_record_type_position (ZS_TYPE_RECORD), ==, -1);
  g_assert_cmpint (zs_record_type_position (G_TYPE_OBJECT), ==, -1);
}

static void
test_field_tables (void)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *problems = field_table_problems (types[i], n_declared (types[i]), (int) i);

      g_assert_cmpstr (problems, ==, "");
    }
}

static void
test_enum_order (void)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *prefix = NULL;
      g_autofree char *header = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *problems = NULL;
      g_autoptr(GError) error = NULL;

      type_names (types[i], &prefix, &header);
      path = g_test_build_filename (G_TEST_DIST, "..", "src", "core", "model", header, NULL);
      if (!g_file_get_contents (path, &text, NULL, &error))
        g_error ("%s: %s (ZsThing lives in src/core/model/zs-thing.h)", path, error->message);
      problems = enum_order_problems (types[i], text);
      g_assert_cmpstr (problems, ==, "");
    }
}

/* Tables and elements name one type each: the store and the exchange find
 * a type by them. */
static void
test_unique_type_names (void)
{
  guint n_types;
  const GType *types = zs_record_types (&n_types);
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) elements = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_types; i++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[i]);

      g_assert_nonnull (klass->table);
      g_assert_nonnull (klass->element);
      g_assert_nonnull (klass->label);
      g_assert_true (g_hash_table_add (tables, (gpointer) klass->table));
      g_assert_true (g_hash_table_add (elements, (gpointer) klass->element));
      g_assert_true (zs_record_type_from_element (klass->element) == types[i]);
    }
}

static void
assert_has (const char *problems,
            const char *needle)
{
  if (strstr (problems, needle) == NULL)
    g_error ("expected “%s” among the problems:\n%s", needle, problems);
}

/* Each check fails on the broken type: a check that never fails proves
 * nothing about the real ones. */
static void
test_checks_can_fail (void)
{
  /* As if it were the first type registered. */
  g_autofree char *problems = field_table_problems (ZS_TYPE_BROKEN_THING, ZS_BROKEN_THING_N_FIELDS, 0);
  g_autofree char *order = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *header = NULL;

  assert_has (problems, "ZsBrokenThing: 8 fields in its table, 2 in its enum");
  assert_has (problems, "title field 8 past the table");
  assert_has (problems, "field 1 is named name again");
  assert_has (problems, "field 2 has no name");
  assert_has (problems, "field name has no property");
  assert_has (problems, "reference thing-id to ZsBrokenThing, no registered record type");
  assert_has (problems, "enum field kind of ZsProject, no enum type");
  assert_has (problems, "enum field grade of no type, no enum type");
  assert_has (problems, "reference owner-id to ZsPartner, registered after it");
  assert_has (problems, "field size has a type but is no reference or enum");
  assert_has (problems, "field size owns but is no reference");
  assert_has (problems, "field name has an integer's flags but is no integer");

  /* Placed after the partner, the reference is in order; with the right
   * count, the count line goes. */
  {
    g_autofree char *later = field_table_problems (ZS_TYPE_BROKEN_THING, 8, registry_index (ZS_TYPE_PARTNER) + 1);

    g_assert_null (strstr (later, "fields in its table"));
    g_assert_null (strstr (later, "registered after it"));
  }

  type_names (ZS_TYPE_CONTACT_LOG, &prefix, &header);
  g_assert_cmpstr (prefix, ==, "ZS_CONTACT_LOG_");
  g_assert_cmpstr (header, ==, "zs-contact-log.h");

  order = enum_order_problems (ZS_TYPE_BROKEN_THING,
                               "typedef enum {\n"
                               "  ZS_BROKEN_THING_KIND,\n"
                               "  ZS_BROKEN_THING_NAME,\n"
                               "  ZS_BROKEN_THING_N_FIELDS\n"
                               "} ZsBrokenThingField;\n");
  assert_has (order, "ZS_BROKEN_THING_KIND is field 0, named name");
  assert_has (order, "zs-broken-thing.h: 8 fields but 2 enum values");
  missing = enum_order_problems (ZS_TYPE_BROKEN_THING, "typedef enum { ZS_OTHER_NAME } ZsOther;\n");
  assert_has (missing, "zs-broken-thing.h: no ZS_BROKEN_THING_… enum");
}

static gboolean
check_string (ZsRecord    *record,
              guint        field,
              const char  *text,
              GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  return zs_record_check_value (record, field, &value, error);
}

/* One field is judged alone: its own checks, and the rules across fields
 * that its value breaks, naming both fields; the record is not changed. */
static void
test_check_value (void)
{
  g_autoptr(ZsProject) project = zs_project_new ();
  ZsRecord *r = ZS_RECORD (project);
  g_autoptr(GError) error = NULL;

  zs_record_set_string (r, ZS_PROJECT_SIGNING_DATE, "2024-05-01");
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-07-01");

  /* The name is still missing: not the first contact's fault. */
  g_assert_true (check_string (r, ZS_PROJECT_FIRST_CONTACT_DATE, "2023-03-15", &error));
  g_assert_no_error (error);

  g_assert_false (check_string (r, ZS_PROJECT_START_DATE, "2024-13-45", &error));
  g_assert_error (error, ZS_ERROR, ZS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2024-13-45"));
  g_clear_error (&error);

  /* Registration comes between signing and construction. */
  g_assert_false (check_string (r, ZS_PROJECT_REGISTRATION_DATE, "2024-08-01", &error));
  g_assert_nonnull (strstr (error->message, "Registered on"));
  g_assert_nonnull (strstr (error->message, "Construction started on"));
  g_clear_error (&error);
  g_assert_false (check_string (r, ZS_PROJECT_REGISTRATION_DATE, "2024-04-01", &error));
  g_assert_nonnull (strstr (error->message, "Signed on"));
  g_clear_error (&error);
  g_assert_true (check_string (r, ZS_PROJECT_REGISTRATION_DATE, "2024-06-01", NULL));
  g_assert_null (zs_record_get_string (r, ZS_PROJECT_REGISTRATION_DATE));

  /* A rule already broken by other fields is not this field's. */
  zs_record_set_string (r, ZS_PROJECT_START_DATE, "2024-01-01");
  g_assert_true (check_string (r, ZS_PROJECT_PRODUCTION_DATE, "2025-01-01", NULL));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/record-types/declared", test_record_types_declared);
  g_test_add_func ("/model/record-types/unique-names", test_unique_type_names);
  g_test_add_func ("/model/field-tables", test_field_tables);
  g_test_add_func ("/model/field-enums-in-order", test_enum_order);
  g_test_add_func ("/model/checks-can-fail", test_checks_can_fail);
  g_test_add_func ("/model/check-value", test_check_value);

  return g_test_run ();
}
