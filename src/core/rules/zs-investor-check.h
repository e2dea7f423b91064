/* zs-investor-check.h — is this investor in the database already?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The same investment reported twice (a lead registered by one clerk, a
 * project by another, a target enterprise on the industry map) inflates the
 * bureau's figures. Names are compared after folding the differences that
 * do not make another company: full-width and half-width characters,
 * spaces and punctuation, letter case, and the legal form at the end
 * (有限公司, 股份有限公司, 集团, Co., Ltd. …).
 */
#pragma once

#include "zs-record.h"
#include "zs-store.h"

G_BEGIN_DECLS

/* The folded form of a company name ("青岛海之晨工业装备有限公司" →
 * "青岛海之晨工业装备"); "" when nothing is left. */
char      *zs_investor_key            (const char  *name);

/* Projects (by investor), leads (by company) and enterprises (by name)
 * whose name folds to the same key as @name, apart from @self and the
 * records it is linked to (a project's own lead and target enterprise, a
 * lead's project and enterprise). @self may be NULL or unsaved. */
GPtrArray *zs_investor_find_same      (ZsStore     *store,
                                       const char  *name,
                                       ZsRecord    *self,
                                       GError     **error);
/* The warning a form shows for what zs_investor_find_same() found:
 * "已有同名投资方：项目“…”（签约）、线索“…”（跟进中）…"; NULL for none. */
char      *zs_investor_describe_same  (ZsStore     *store,
                                       GPtrArray   *records);

G_END_DECLS
