/* zs-command-line-signoff.c — the bulletin's issue number, sign-off names
 * and texts from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Zhaoshang developers
 *
 * The same questions ZsBulletinDialog asks in the window, with the same
 * bounds (an issue from 1 to 999), so a script can issue the bulletin a
 * clerk would.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "zs-command-line-private.h"
#include "zs-command-line-signoff.h"
#include "zs-core.h"

#define SIGNOFF_ISSUE_MAX 999   /* as the dialog's spin button */
#define SIGNOFF_NAME_MAX  30    /* characters; a person's name, or two */

const GOptionEntry zs_command_line_signoff_entries[] = {
  { "issue", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the issue number (第N期), from 1 to 999; the default is the next of the year"), N_("NUMBER") },
  { "drafter", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the name on the 拟稿 line; the default is the name given last"), N_("NAME") },
  { "reviewer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the name on the 审核 line; the default is the name given last"), N_("NAME") },
  { "signer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the name on the 签发 line; the default is the name given last"), N_("NAME") },
  { "problems", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the 存在问题 section, a paragraph a line"), N_("TEXT") },
  { "next-steps", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --bulletin: the 下步工作 section, a paragraph a line"), N_("TEXT") },
  { NULL }
};

static const char * const name_options[] = { "drafter", "reviewer", "signer" };
static const char * const name_settings[] = {
  ZS_SETTING_BULLETIN_DRAFTER, ZS_SETTING_BULLETIN_REVIEWER, ZS_SETTING_BULLETIN_SIGNER,
};

void
zs_signoff_clear (ZsSignoff *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    g_clear_pointer (&self->names[i], g_free);
  g_clear_pointer (&self->problems, g_free);
  g_clear_pointer (&self->next_steps, g_free);
}

const char *
zs_signoff_find_option (GVariantDict *options)
{
  for (guint i = 0; zs_command_line_signoff_entries[i].long_name != NULL; i++)
    if (g_variant_dict_contains (options, zs_command_line_signoff_entries[i].long_name))
      return zs_command_line_signoff_entries[i].long_name;
  return NULL;
}

/* The first character that would act rather than show; line breaks and
 * tabs are allowed in texts (@lines). 0 when there is none. */
static gunichar
find_control (const char *text,
              gboolean    lines)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (lines && (c == '\n' || c == '\t' || c == '\r'))
        continue;
      if (g_unichar_iscntrl (c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return c;
    }
  return 0;
}

static gboolean
parse_issue (ZsSignoff  *self,
             const char *text)
{
  guint64 number = 0;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, SIGNOFF_ISSUE_MAX, &number, NULL))
    {
      g_autofree char *shown = zs_text_escape_controls (text, FALSE);

      zs_command_line_usage (_("--issue: “%s” is not an issue number; write a whole number from 1 to %d, e.g. 12"),
                             shown, SIGNOFF_ISSUE_MAX);
      return FALSE;
    }
  self->options.issue = (guint) number;
  return TRUE;
}

static gboolean
parse_name (const char *option,
            const char *text,
            char      **out)
{
  g_autofree char *name = NULL;
  glong length;

  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      zs_command_line_usage (_("--%s: the name is not UTF-8 text"), option);
      return FALSE;
    }
  if (find_control (text, FALSE) != 0)
    {
      g_autofree char *shown = zs_text_escape_controls (text, FALSE);

      zs_command_line_usage (_("--%s: the name “%s” has a control character; write the name only"), option, shown);
      return FALSE;
    }
  name = g_strstrip (g_strdup (text));
  if (zs_text_is_blank (name))
    {
      zs_command_line_usage (_("--%s: the name is empty; leave the option out to use the name given last"), option);
      return FALSE;
    }
  length = g_utf8_strlen (name, -1);
  if (length > SIGNOFF_NAME_MAX)
    {
      zs_command_line_usage (_("--%s: the name has %ld characters; %d at most"), option, length, SIGNOFF_NAME_MAX);
      return FALSE;
    }
  *out = g_steal_pointer (&name);
  return TRUE;
}

static gboolean
parse_text (const char *option,
            const char *text,
            char      **out)
{
  gunichar control;

  if (text == NULL)
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      zs_command_line_usage (_("--%s: the text is not UTF-8"), option);
      return FALSE;
    }
  control = find_control (text, TRUE);
  if (control != 0)
    {
      zs_command_line_usage (_("--%s: the text has a control character (U+%04X); write plain text, a paragraph a line"),
                             option, control);
      return FALSE;
    }
  *out = g_strdup (text);
  return TRUE;
}

gboolean
zs_signoff_parse (ZsSignoff    *self,
                  GVariantDict *options)
{
  const char *issue = NULL, *problems = NULL, *next_steps = NULL;

  g_variant_dict_lookup (options, "issue", "&s", &issue);
  g_variant_dict_lookup (options, "problems", "&s", &problems);
  g_variant_dict_lookup (options, "next-steps", "&s", &next_steps);
  if (!parse_issue (self, issue))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (name_options); i++)
    {
      const char *name = NULL;

      g_variant_dict_lookup (options, name_options[i], "&s", &name);
      if (!parse_name (name_options[i], name, &self->names[i]))
        return FALSE;
      self->given[i] = self->names[i] != NULL;
    }
  if (!parse_text ("problems", problems, &self->problems) ||
      !parse_text ("next-steps", next_steps, &self->next_steps))
    return FALSE;
  self->options.problems = self->problems;
  self->options.next_steps = self->next_steps;
  return TRUE;
}

void
zs_signoff_complete (ZsSignoff *self,
                     ZsStore   *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    if (self->names[i] == NULL)
      self->names[i] = zs_store_get_setting (store, name_settings[i]);
  self->options.drafter = self->names[0];
  self->options.reviewer = self->names[1];
  self->options.signer = self->names[2];
}

void
zs_signoff_remember (ZsSignoff *self,
                     ZsStore   *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->names); i++)
    {
      g_autoptr(GError) error = NULL;

      if (self->given[i] && !zs_store_set_setting (store, name_settings[i], self->names[i], &error))
        g_printerr (_("zhaoshang: the bulletin was written, but its sign-off names were not kept: %s\n"), error->message);
    }
}
