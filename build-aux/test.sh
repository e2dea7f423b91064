#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Zhaoshang and runs every test (the UI tests under a virtual X
# display). The last line printed is "N passed, N failed"; the exit status is
# non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh

set +e
xvfb-run -a -s "-screen 0 1400x900x24" meson test -C _build --print-errorlogs "$@"
set -e

exec python3 build-aux/test-summary.py _build/meson-logs/testlog.json
