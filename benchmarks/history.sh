#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Saving stays as fast with a million history rows: on a copy of a database
# of 100,000 projects, the time of one field save with an empty history and
# after ROWS history rows, with the ratio, and the time to open a record's
# history. Figures, not a pass/fail test.   benchmarks/history.sh [DATABASE] [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
db=${1:-_build/bench-100k.db}
rows=${2:-1000000}
if [ ! -f "$db" ]; then
  echo "generating $db (about a minute)…"
  _build/src/tools/zs-generate --projects 100000 --partners 50000 "$db"
fi
# The history grows in a copy; the generated database stays as it was.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$db" "$work/history.db"
_build/benchmarks/zs-bench-history "$work/history.db" "$rows"
