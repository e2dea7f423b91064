/* zs-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "zs-error.h"

G_DEFINE_QUARK (zs-error-quark, zs_error)
