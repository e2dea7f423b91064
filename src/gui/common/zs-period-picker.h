/* zs-period-picker.h — a week, month, quarter, year or chosen range, stepped back and forth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* After the ZsPeriodKind values: two days the clerk types. */
#define ZS_PERIOD_PICKER_CUSTOM 4

#define ZS_TYPE_PERIOD_PICKER (zs_period_picker_get_type ())
G_DECLARE_FINAL_TYPE (ZsPeriodPicker, zs_period_picker, ZS, PERIOD_PICKER, GtkBox)

/* The menu names the kind of period (周, 月, 季度, 年, 自定义); the label
 * names the period shown ("2026年第3季度") and, when it is the current or
 * the one before, says so (本季度, 上季度), so nothing reads 本季度 while
 * another quarter shows. "changed" is emitted when the range changes;
 * "invalid" with a message when typed days are wrong (nothing changes). */
ZsPeriodPicker *zs_period_picker_new        (void);
/* The day "this period" holds; a period of a kind follows it. */
void            zs_period_picker_set_today  (ZsPeriodPicker *self,
                                             const char     *today);
/* @kind a ZsPeriodKind (the period holding today) or
 * ZS_PERIOD_PICKER_CUSTOM with @first and @last; FALSE after "invalid". */
gboolean        zs_period_picker_set_period (ZsPeriodPicker *self,
                                             int             kind,
                                             const char     *first,
                                             const char     *last);
/* The period before (@direction < 0) or after the one shown. */
void            zs_period_picker_step       (ZsPeriodPicker *self,
                                             int             direction);
int             zs_period_picker_get_kind   (ZsPeriodPicker *self);
const char     *zs_period_picker_get_first  (ZsPeriodPicker *self);
const char     *zs_period_picker_get_last   (ZsPeriodPicker *self);
/* What the label says: "2026年第3季度（上季度）". */
const char     *zs_period_picker_get_label  (ZsPeriodPicker *self);
/* What the menu says: "季度". */
const char     *zs_period_picker_get_menu_text (ZsPeriodPicker *self);

G_END_DECLS
