/* zs-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZS_TYPE_APPLICATION (zs_application_get_type ())
G_DECLARE_FINAL_TYPE (ZsApplication, zs_application, ZS, APPLICATION, AdwApplication)

ZsApplication *zs_application_new (void);

G_END_DECLS
