#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# How the board behaves with 100,000 projects and 50,000 partners: prints the
# time from each action to an idle main loop, in the real window under Xvfb.
# Figures, not a pass/fail test.   benchmarks/board.sh [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
db=${1:-_build/bench-100k.db}
if [ ! -f "$db" ]; then
  echo "generating $db (about a minute)…"
  _build/src/tools/zs-generate --projects 100000 --partners 50000 "$db"
fi

run () {
  xvfb-run -a -s "-screen 0 1600x1000x24" env GSK_RENDERER=cairo GTK_A11Y=none \
    GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$PWD/_build/data" LANGUAGE=zh_CN \
    _build/benchmarks/zs-bench-board "$@"
}
# The floor first: an empty window of the same toolkit, in its own process.
run --bare
# The small case: a new database gets the demo's 50 projects.
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
BENCH_UNTIL_SETTLED=1 run "$demo/demo.db"
# A day's first start: the window's full check and daily copy (into a
# folder of its own) after the board, with the memory they take. Before
# the board's own run, which all.sh reads as the last of each label.
BENCH_WITH_CHECK=1 run "$db"
run "$db"
