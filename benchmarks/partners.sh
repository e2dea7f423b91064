#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# How partners, leads and activities behave with 50,000 partners and
# 100,000 projects: prints the time from each action to an idle main loop,
# in the real window under Xvfb, and the time of the core work behind the
# performance table, vCards and the duplicate-investor check. Figures, not
# a pass/fail test.   benchmarks/partners.sh [DATABASE]
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
  _build/benchmarks/zs-bench-partners "$db"
