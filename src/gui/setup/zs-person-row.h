/* zs-person-row.h — choosing the current user (当前用户)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

#include "zs-core.h"

G_BEGIN_DECLS

/* A combo row over the bureau's people in service, after "Automatic (the
 * system account's match)". Choosing writes the PC's setting and names the
 * chosen person in the history of @store's next change. */
GtkWidget *zs_person_row_new    (ZsStore     *store);
/* Lists the people again (the staff step may have added some). */
void       zs_person_row_reload (AdwComboRow *row);
/* Chooses @name (NULL: automatic) as if clicked; FALSE if not listed. */
gboolean   zs_person_row_choose (AdwComboRow *row,
                                 const char  *name);

G_END_DECLS
