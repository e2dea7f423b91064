/* zs-supervision-section.h — 批示与督办 on a project, lead or carrier page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_SUPERVISION_SECTION (zs_supervision_section_get_type ())
G_DECLARE_FINAL_TYPE (ZsSupervisionSection, zs_supervision_section, ZS, SUPERVISION_SECTION, GtkWidget)

/* Lists the 批示 and 督办 items of @owner (a project, lead or carrier) as
 * @clock's day sees them, and follows the store's changes. A record not
 * saved yet shows that they come once it is. */
void zs_supervision_section_set_owner (ZsSupervisionSection *self,
                                       ZsStore              *store,
                                       ZsClock              *clock,
                                       ZsRecord             *owner);

G_END_DECLS
