/* zs-limits.h — the largest amount and area a record may hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One project's amount is at most 10^9 万元 (10 万亿元, ten trillion yuan),
 * kept in hundredths of 万元 (ZS_AMOUNT_SCALE, zs-format.h) as 10^11, and
 * an area at most 10^9 m² (1,000 km²): far above any real project or
 * carrier, and small enough that the sums over 100,000 projects (at most
 * 10^16 hundredths) stay well inside a gint64.
 * zs_record_validate() refuses more, and the exchange schema says so
 * (xs:maxInclusive). Funds entries are signed: at most this much either
 * way.
 */
#pragma once

#include "zs-format.h"

#define ZS_AMOUNT_MAX (G_GINT64_CONSTANT (1000000000) * ZS_AMOUNT_SCALE)
#define ZS_AREA_MAX   G_GINT64_CONSTANT (1000000000)
