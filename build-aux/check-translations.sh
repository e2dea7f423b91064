#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when po/zh_CN.po lacks a translation for any string in the sources:
# extracts a fresh template, merges the Chinese catalogue into it and counts
# what is untranslated or fuzzy.   build-aux/check-translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A source with translatable text that po/POTFILES.in does not name would
# have its strings dropped from the template, and shown in English.
missing=$(comm -23 <( (grep -rlE '\b(N_|_|C_|NC_)\("' src --include=*.c
                       grep -rl 'translatable="yes"' ui data --include=*.ui) | sort -u) \
                   <(grep -v '^#' po/POTFILES.in | grep . | sort -u))
if [ -n "$missing" ]; then
  echo "translatable text in files po/POTFILES.in does not list:" >&2
  echo "$missing" >&2
  exit 1
fi

build-aux/make-pot.sh "$work/zhaoshang.pot"
msgmerge --quiet --no-fuzzy-matching --output-file="$work/zh_CN.po" po/zh_CN.po "$work/zhaoshang.pot"
msgfmt --check --output-file=/dev/null po/zh_CN.po

count () {
  # msgattrib also prints the header entry when it prints anything.
  local n
  n=$(msgattrib "$@" --no-obsolete "$work/zh_CN.po" | grep -c '^msgid ' || true)
  echo $(( n > 0 ? n - 1 : 0 ))
}

untranslated=$(count --untranslated)
fuzzy=$(count --only-fuzzy)
total=$(grep -c '^msgid ' "$work/zhaoshang.pot" || true)

echo "zh_CN: $((total - 1)) strings, $untranslated untranslated, $fuzzy fuzzy"
if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
  msgattrib --untranslated --only-fuzzy --no-obsolete "$work/zh_CN.po" >/dev/null 2>&1 || true
  msgattrib --untranslated --no-obsolete "$work/zh_CN.po" | grep '^msgid ' | head -n 40 >&2
  exit 1
fi
