#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every test (the window tests under a virtual X display) built with
# AddressSanitizer and UndefinedBehaviorSanitizer, with leak checking: an
# invalid access, undefined behaviour or a leak in our code fails the test
# that caused it. Leaks that belong to the toolkit (fontconfig, cairo, Pango,
# GTK, GLib's type system and its test harness) are suppressed by
# build-aux/lsan.supp, which names those libraries' frames only, never ours.
# Builds into _sanitize; the last line is "N passed, N failed".
#   build-aux/sanitize.sh [meson test arguments, e.g. --suite core or exchange]
# ZS_TIMEOUT_MULTIPLIER (6 unless set) stretches the tests' time limits on a
# loaded machine: a sanitized build runs several times slower.
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh

builddir=_sanitize
if [ ! -f "$builddir/build.ninja" ]; then
  # -O1 keeps the tests' speed bearable; frame pointers give whole stacks.
  meson setup "$builddir" --prefix "$PWD/$builddir/prefix" --buildtype=debug \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args="-O1 -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
fi
meson compile -C "$builddir"
meson install -C "$builddir" --quiet

supp="$PWD/build-aux/lsan.supp"
# detect_leaks: LeakSanitizer at every exit, the programs the command-line
# tests run included (a leak makes them exit with status 23).
# malloc_context_size=8: allocation stacks keep their 8 innermost frames,
# so that lsan.supp matches the library that allocated, not a toolkit
# function far up the stack that called our code (raise it to see more of
# a report, not to judge one).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:fast_unwind_on_malloc=0:malloc_context_size=8"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# GLib hands its own allocator's memory back to malloc, so leaks show.
export G_SLICE=always-malloc

# The PostgreSQL tests run against a server of their own, as in test.sh,
# so that the sanitizers see the PostgreSQL backend too.
pg_dir=$(build-aux/pg-test-cluster.sh start)
trap 'build-aux/pg-test-cluster.sh stop "$pg_dir"' EXIT
export ZS_TEST_PG="postgresql:///postgres?host=$pg_dir&user=postgres"
export ZS_TEST_PG_REQUIRED=1

set +e
xvfb-run -a -s "-screen 0 1400x900x24" \
  meson test -C "$builddir" --no-rebuild --print-errorlogs --timeout-multiplier "${ZS_TIMEOUT_MULTIPLIER:-6}" "$@"
set -e

# Not exec: the trap stops the server after the summary.
python3 build-aux/test-summary.py "$builddir/meson-logs/testlog.json"
