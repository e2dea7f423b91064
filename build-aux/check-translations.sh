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
