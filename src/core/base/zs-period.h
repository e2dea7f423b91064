/* zs-period.h — the weeks, months, quarters and years reports are made for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ZS_PERIOD_WEEK,     /* Monday to Sunday */
  ZS_PERIOD_MONTH,
  ZS_PERIOD_QUARTER,
  ZS_PERIOD_YEAR,
} ZsPeriodKind;

#define ZS_TYPE_PERIOD_KIND (zs_period_kind_get_type ())
GType        zs_period_kind_get_type (void) G_GNUC_CONST;

/* The first and last day (ISO, inclusive) of the period holding @day. */
gboolean     zs_period_bounds        (ZsPeriodKind   kind,
                                      const char    *day,
                                      char         **first,
                                      char         **last);
/* The name of the period holding @day: "2024年10月", "2024年第4季度",
 * "2024年", or the week's first and last day. */
char        *zs_period_describe      (ZsPeriodKind   kind,
                                      const char    *day);
/* A day of the period before (@steps < 0) or after the one holding @day. */
char        *zs_period_step          (ZsPeriodKind   kind,
                                      const char    *day,
                                      int            steps);
/* "本周", "本月", …: the translated name of the current period. */
const char  *zs_period_kind_get_label (ZsPeriodKind  kind);

G_END_DECLS
