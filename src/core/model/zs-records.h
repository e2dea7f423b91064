/* zs-records.h — every record type, in the order references allow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-activity.h"
#include "zs-activity-link.h"
#include "zs-carrier.h"
#include "zs-chain.h"
#include "zs-chain-group.h"
#include "zs-contact-log.h"
#include "zs-enterprise.h"
#include "zs-funds-entry.h"
#include "zs-instruction.h"
#include "zs-lead.h"
#include "zs-obstacle.h"
#include "zs-attachment.h"
#include "zs-partner.h"
#include "zs-person.h"
#include "zs-project.h"
#include "zs-record.h"
#include "zs-segment.h"
#include "zs-space-need.h"
#include "zs-stage-event.h"
#include "zs-supervision.h"
#include "zs-supervision-reply.h"
#include "zs-target.h"
#include "zs-unit.h"
#include "zs-update-log.h"

G_BEGIN_DECLS

/* A record comes after every type it refers to, so files and tables can be
 * written and read in this order. */
const GType *zs_record_types                (guint      *n_types);
GType        zs_record_type_from_element    (const char *element);
/* @type's place in zs_record_types(), or -1 for a type that is not there:
 * what arrays per record type are indexed by. */
int          zs_record_type_position        (GType       type);

G_END_DECLS
