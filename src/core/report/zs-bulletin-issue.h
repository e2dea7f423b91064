/* zs-bulletin-issue.h — the bulletin's issue number (第N期), counted per year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include "zs-store.h"

G_BEGIN_DECLS

/* The sign-off names last given (拟稿, 审核, 签发), offered again next month. */
#define ZS_SETTING_BULLETIN_DRAFTER  "bulletin-drafter"
#define ZS_SETTING_BULLETIN_REVIEWER "bulletin-reviewer"
#define ZS_SETTING_BULLETIN_SIGNER   "bulletin-signer"

/* The number the next bulletin of @year takes: one after the last issued,
 * 1 for the year's first. */
guint     zs_bulletin_issue_next     (ZsStore  *store,
                                      int       year);
/* Records that issue @number of @year went out (printed or saved); the
 * count never goes back, so reissuing an older number keeps the last. */
gboolean  zs_bulletin_issue_remember (ZsStore  *store,
                                      int       year,
                                      guint     number,
                                      GError  **error);

G_END_DECLS
