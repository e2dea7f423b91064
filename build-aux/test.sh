#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Zhaoshang and runs every test (the UI tests under a virtual X
# display). The last line printed is "N passed, N failed"; the exit status is
# non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh

# The PostgreSQL store tests run against a server of their own, on a Unix
# socket in a temporary folder, stopped and removed however the tests end.
# Here they must run: ZS_TEST_PG_REQUIRED makes a missing server a failure.
pg_dir=$(build-aux/pg-test-cluster.sh start)
trap 'build-aux/pg-test-cluster.sh stop "$pg_dir"' EXIT
export ZS_TEST_PG="postgresql:///postgres?host=$pg_dir&user=postgres"
export ZS_TEST_PG_REQUIRED=1

# -noreset: a server that resets when its last client leaves refuses the
# next one meanwhile, and GTK dies with "cannot open display" when a test
# starts as another ends (build-aux/xvfb-reset-check.sh shows it).
# Xvfb's own messages go to meson-logs/xvfb.log.
set +e
xvfb-run -a -e _build/meson-logs/xvfb.log -s "-screen 0 1400x900x24 -noreset" \
  meson test -C _build --print-errorlogs "$@"
set -e

# Not exec: the trap stops the server after the summary.
python3 build-aux/test-summary.py _build/meson-logs/testlog.json

