#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts the translatable strings of po/POTFILES.in into a template, with
# the keywords of meson's glib preset.   build-aux/make-pot.sh OUTPUT.pot
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(realpath -m "$1")
files=$(mktemp)
trap 'rm -f "$files"' EXIT
grep -v '^#' po/POTFILES.in | sed '/^$/d' > "$files"

xgettext --package-name=zhaoshang --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_set_error:4:c-format \
  --files-from="$files" --output="$out"
