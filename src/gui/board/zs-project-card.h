/* zs-project-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

#include "zs-context.h"
#include "zs-core.h"

G_BEGIN_DECLS

#define ZS_TYPE_PROJECT_CARD (zs_project_card_get_type ())
G_DECLARE_FINAL_TYPE (ZsProjectCard, zs_project_card, ZS, PROJECT_CARD, GtkWidget)

/* The context's today and @stale_days decide "days in stage" and the
 * stale mark; the card follows the day. @obstacles counts its project's
 * open obstacles, and the card follows it too. */
ZsProjectCard *zs_project_card_new         (ZsContext       *context,
                                            int              stale_days,
                                            ZsOpenObstacles *obstacles);
ZsProject     *zs_project_card_get_project (ZsProjectCard *self);
void           zs_project_card_set_project (ZsProjectCard *self,
                                            ZsProject     *project);
gboolean       zs_project_card_is_stale    (ZsProjectCard *self);
/* The card's last line as a clerk reads it: days in stage, open obstacles, stale. */
const char    *zs_project_card_get_status  (ZsProjectCard *self);

G_END_DECLS
