/* zs-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-records.h"

const GType *
zs_record_types (guint *n_types)
{
  static GType types[23];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      guint i = 0;

      types[i++] = ZS_TYPE_UNIT;
      types[i++] = ZS_TYPE_PERSON;
      types[i++] = ZS_TYPE_TARGET;
      types[i++] = ZS_TYPE_CHAIN_GROUP;
      types[i++] = ZS_TYPE_CHAIN;
      types[i++] = ZS_TYPE_SEGMENT;
      types[i++] = ZS_TYPE_ENTERPRISE;
      types[i++] = ZS_TYPE_PARTNER;
      types[i++] = ZS_TYPE_CONTACT_LOG;
      types[i++] = ZS_TYPE_ACTIVITY;
      types[i++] = ZS_TYPE_LEAD;
      types[i++] = ZS_TYPE_CARRIER;
      types[i++] = ZS_TYPE_PROJECT;
      types[i++] = ZS_TYPE_ACTIVITY_LINK;
      types[i++] = ZS_TYPE_STAGE_EVENT;
      types[i++] = ZS_TYPE_OBSTACLE;
      types[i++] = ZS_TYPE_UPDATE_LOG;
      types[i++] = ZS_TYPE_FUNDS_ENTRY;
      types[i++] = ZS_TYPE_SPACE_NEED;
      types[i++] = ZS_TYPE_INSTRUCTION;
      types[i++] = ZS_TYPE_SUPERVISION;
      types[i++] = ZS_TYPE_SUPERVISION_REPLY;
      /* Last: a reply may own attachments. */
      types[i++] = ZS_TYPE_ATTACHMENT;
      g_assert (i == G_N_ELEMENTS (types));

      /* Class structs hold the field tables; make them all now. */
      for (i = 0; i < G_N_ELEMENTS (types); i++)
        g_type_class_ref (types[i]);

      g_once_init_leave (&initialized, 1);
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}

int
zs_record_type_position (GType type)
{
  guint n;
  const GType *types = zs_record_types (&n);

  for (guint i = 0; i < n; i++)
    if (types[i] == type)
      return (int) i;
  return -1;
}

GType
zs_record_type_from_element (const char *element)
{
  guint n;
  const GType *types = zs_record_types (&n);

  for (guint i = 0; i < n; i++)
    {
      ZsRecordClass *klass = g_type_class_peek (types[i]);

      if (g_strcmp0 (klass->element, element) == 0)
        return types[i];
    }
  return G_TYPE_INVALID;
}
