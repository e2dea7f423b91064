/* zs-pinyin-table-range.h — the code points whose readings are built in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * CJK Unified Ideographs Extension A (U+3400…) to the end of the CJK
 * Unified Ideographs block (…U+9FFF), the Yijing symbols between them
 * included (they read as "").
 */
#pragma once

#define ZS_PINYIN_TABLE_FIRST 0x3400
#define ZS_PINYIN_TABLE_LAST  0x9FFF
