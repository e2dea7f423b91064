/* zs-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "zs-settings.h"

typedef struct {
  const char *key;
  int         int_default;
  const char *text_default;  /* untranslated; N_() */
} SettingDefault;

static const SettingDefault defaults[] = {
  { ZS_SETTING_OFFICE_NAME, 0, NULL },
  /* One city's rule: two months without progress is yellow, three red. */
  { ZS_SETTING_GRADE_YELLOW_DAYS, 60, NULL },
  { ZS_SETTING_GRADE_ORANGE_DAYS, 75, NULL },
  { ZS_SETTING_GRADE_RED_DAYS, 90, NULL },
  { ZS_SETTING_STALE_DAYS, 60, NULL },
  /* Respond in a day, assess in three, report back to the referrer in a week. */
  { ZS_SETTING_LEAD_RESPOND_DAYS, 1, NULL },
  { ZS_SETTING_LEAD_ASSESS_DAYS, 3, NULL },
  { ZS_SETTING_LEAD_FEEDBACK_DAYS, 7, NULL },
  /* A partner not heard from in a quarter is marked, to be called. */
  { ZS_SETTING_PARTNER_CONTACT_DAYS, 90, NULL },
  { ZS_SETTING_TERMINATION_REASONS, 0,
    N_("Investor changed its plans\n"
       "Land or other resources not available\n"
       "Chose another location\n"
       "Funding not in place\n"
       "Does not fit industrial policy\n"
       "Other") },
  { ZS_SETTING_BACKUP_KEEP, 10, NULL },
  { ZS_SETTING_DEMO_LOADED, 0, NULL },
  /* A month to notice a mistaken delete (zs-trash.h). */
  { ZS_SETTING_TRASH_DAYS, 30, NULL },
  /* A scanned contract or a few photos; a video belongs elsewhere. */
  { ZS_SETTING_ATTACHMENT_MAX_MB, 50, NULL },
};

static const SettingDefault *
find_default (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (strcmp (defaults[i].key, key) == 0)
      return &defaults[i];
  g_critical ("Unknown setting “%s”", key);
  return NULL;
}

int
zs_settings_get_int (ZsStore    *store,
                     const char *key)
{
  const SettingDefault *d = find_default (key);
  g_autofree char *value = zs_store_get_setting (store, key);
  gint64 n;

  if (value != NULL && g_ascii_string_to_signed (value, 10, 0, G_MAXINT, &n, NULL))
    return (int) n;
  return d != NULL ? d->int_default : 0;
}

gboolean
zs_settings_set_int (ZsStore     *store,
                     const char  *key,
                     int          value,
                     GError     **error)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  return zs_store_set_setting (store, key, text, error);
}

char *
zs_settings_get_string (ZsStore    *store,
                        const char *key)
{
  const SettingDefault *d = find_default (key);
  char *value = zs_store_get_setting (store, key);

  if (value != NULL)
    return value;
  if (d != NULL && d->text_default != NULL)
    return g_strdup (g_dgettext (GETTEXT_PACKAGE, d->text_default));
  return g_strdup ("");
}

GStrv
zs_settings_get_list (ZsStore    *store,
                      const char *key)
{
  g_autofree char *text = zs_settings_get_string (store, key);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}
