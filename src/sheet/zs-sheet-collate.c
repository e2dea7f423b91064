/* zs-sheet-collate.c — Chinese names in the order Excel and WPS sort them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <string.h>
#include <unicode/ucol.h>

#include "zs-sheet-collate.h"

struct _ZsSheetCollator {
  UCollator *collator;
};

ZsSheetCollator *
zs_sheet_collator_new (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollator *collator = ucol_open ("zh@collation=pinyin", &status);
  ZsSheetCollator *self;

  if (U_FAILURE (status) || collator == NULL)
    {
      g_warning ("ICU has no pinyin collation: %s", u_errorName (status));
      return NULL;
    }
  /* Pinyin and letters only, as Excel's sort: tones, width and case break
   * no ties the caller does not break itself, and the keys stay short. */
  ucol_setStrength (collator, UCOL_PRIMARY);
  self = g_new0 (ZsSheetCollator, 1);
  self->collator = collator;
  return self;
}

void
zs_sheet_collator_free (ZsSheetCollator *self)
{
  if (self == NULL)
    return;
  ucol_close (self->collator);
  g_free (self);
}

void
zs_sheet_collator_add_key (ZsSheetCollator *self,
                           GByteArray      *key,
                           const char      *text)
{
  UErrorCode status = U_ZERO_ERROR;
  guint8 buffer[256];
  int32_t length;
  UCharIterator iter;

  if (text == NULL)
    text = "";
  /* ICU reads UTF-8 itself; the key ends with its own 0 byte, so that a
   * shorter name sorts before a longer one that starts with it. */
  uiter_setUTF8 (&iter, text, (int32_t) strlen (text));
  {
    uint32_t state[2] = { 0, 0 };
    GByteArray *whole = g_byte_array_new ();

    for (;;)
      {
        length = ucol_nextSortKeyPart (self->collator, &iter, state, buffer, sizeof buffer, &status);
        if (U_FAILURE (status) || length <= 0)
          break;
        g_byte_array_append (whole, buffer, (guint) length);
        if (length < (int32_t) sizeof buffer)
          break;
      }
    g_byte_array_append (key, whole->data, whole->len);
    g_byte_array_append (key, (const guint8 *) "", 1);
    g_byte_array_unref (whole);
  }
}

int
zs_sheet_collate_keys (GByteArray *a,
                       GByteArray *b)
{
  int order = memcmp (a->data, b->data, MIN (a->len, b->len));

  if (order != 0)
    return order;
  return a->len < b->len ? -1 : a->len > b->len;
}

int
zs_sheet_collate (ZsSheetCollator *self,
                  const char      *a,
                  const char      *b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result = ucol_strcollUTF8 (self->collator, a != NULL ? a : "", -1, b != NULL ? b : "", -1,
                                              &status);

  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}
