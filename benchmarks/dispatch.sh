#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# How the dispatch figures, the carriers and the monthly bulletin behave with
# 100,000 projects and 50,000 partners: the report for each period, the
# attention lists, carrier matching and the bulletin PDF in the core, then
# the real pages under Xvfb (time until the figures are on screen, and the
# longest the main loop was blocked meanwhile). Figures, not a pass/fail
# test.   benchmarks/dispatch.sh [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
db=${1:-_build/bench-100k.db}
if [ ! -f "$db" ]; then
  echo "generating $db (a few minutes)…"
  _build/src/tools/zs-generate --projects 100000 --partners 50000 "$db"
fi

xvfb-run -a -s "-screen 0 1600x1000x24" env GSK_RENDERER=cairo GTK_A11Y=none \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$PWD/_build/data" LANGUAGE=zh_CN \
  _build/benchmarks/zs-bench-dispatch "$db"
