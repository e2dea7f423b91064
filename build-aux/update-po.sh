#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Brings po/zh_CN.po up to date with the sources; new strings come in
# untranslated for a translator to fill in.   build-aux/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."

pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
build-aux/make-pot.sh "$pot"
msgmerge --quiet --update --backup=none --no-fuzzy-matching po/zh_CN.po "$pot"
msgattrib --untranslated --no-obsolete po/zh_CN.po | grep -c '^msgid ' || true
