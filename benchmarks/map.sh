#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# How the industry map behaves with 100,000 projects, 50,000 partners and
# 5,000 enterprises on the chains: prints how long the map's figures take
# to compute under each filter, then the time from each action to an idle
# main loop in the real window under Xvfb. Figures, not a pass/fail test.
#   benchmarks/map.sh [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
db=${1:-_build/bench-map-100k.db}
if [ ! -f "$db" ]; then
  echo "generating $db (about a minute)…"
  _build/src/tools/zs-generate --projects 100000 --partners 50000 --enterprises 5000 "$db"
fi

xvfb-run -a -s "-screen 0 1600x1000x24" env GSK_RENDERER=cairo GTK_A11Y=none \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$PWD/_build/data" LANGUAGE=zh_CN \
  _build/benchmarks/zs-bench-map "$db"
