/* zs-uuid.c — a UUID's text as its 16 bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include "zs-uuid.h"

gboolean
zs_uuid_to_bytes (const char *uuid,
                  guint8      bytes[16])
{
  guint b = 0;

  g_return_val_if_fail (uuid != NULL, FALSE);

  for (guint i = 0; i < 36; i++)
    {
      int high, low;

      if (i == 8 || i == 13 || i == 18 || i == 23)
        {
          if (uuid[i] != '-')
            return FALSE;
          continue;
        }
      /* A string cut short stops at its nul, which is no digit. */
      high = g_ascii_xdigit_value (uuid[i]);
      if (high < 0)
        return FALSE;
      low = g_ascii_xdigit_value (uuid[++i]);
      if (low < 0)
        return FALSE;
      bytes[b++] = (guint8) (high << 4 | low);
    }
  return uuid[36] == '\0';
}
