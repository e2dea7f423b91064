/* zs-collate.c — names in pinyin order, through ICU
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * One collator for the process, made on first use. ICU's comparison
 * functions take a const collator and are safe between threads, so the
 * store's worker threads share it without a lock.
 */
#include "config.h"

#include <string.h>
#include <unicode/ucol.h>

#include "zs-collate.h"

static UCollator *
collator (void)
{
  static gsize once = 0;
  static UCollator *shared = NULL;

  if (g_once_init_enter (&once))
    {
      UErrorCode status = U_ZERO_ERROR;
      /* "zh" as PostgreSQL's "zh-x-icu": pinyin, the default strength. */
      UCollator *made = ucol_open ("zh", &status);

      if (U_FAILURE (status) || made == NULL)
        g_warning ("ICU has no Chinese collation (%s): names sort by code point", u_errorName (status));
      else
        shared = made;
      g_once_init_leave (&once, 1);
    }
  return shared;
}

int
zs_collate_pinyin (const char *a,
                   gssize      a_length,
                   const char *b,
                   gssize      b_length)
{
  UCollator *c = collator ();
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;
  gsize la = a_length < 0 ? strlen (a) : (gsize) a_length;
  gsize lb = b_length < 0 ? strlen (b) : (gsize) b_length;

  if (c != NULL)
    {
      result = ucol_strcollUTF8 (c, a, (int32_t) la, b, (int32_t) lb, &status);
      if (U_SUCCESS (status))
        return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
    }
  {
    int order = memcmp (a, b, MIN (la, lb));

    if (order != 0)
      return order;
    return la < lb ? -1 : la > lb;
  }
}
