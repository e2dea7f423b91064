#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the core tests under valgrind: any invalid read or write, use of
# uninitialised memory or definite leak fails the test.   build-aux/memcheck.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
G_SLICE=always-malloc meson test -C _build --suite core --no-rebuild --timeout-multiplier 20 \
  --wrapper "valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$PWD/build-aux/glib-test.supp"
