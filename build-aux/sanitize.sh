#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every test (the window tests under a virtual X display) built with
# AddressSanitizer and UndefinedBehaviorSanitizer, with leak checking: an
# invalid access, undefined behaviour or a leak in our code fails the test
# that caused it. Leaks that belong to the toolkit (GTK's, GDK's, GLib's
# worker threads') pass: build-aux/lsan-triage.py tells them from ours by
# each leak's whole stack, and build-aux/lsan.supp drops GLib's type system,
# its test harness and the libraries we never call (HACKING.md, "Leaks").
# Builds into _sanitize; the last line is "N passed, N failed".
#   build-aux/sanitize.sh [meson test arguments, e.g. --suite core or exchange]
# ZS_TIMEOUT_MULTIPLIER (6 unless set) stretches the tests' time limits on a
# loaded machine: a sanitized build runs several times slower.
# ZS_SANITIZE_LOG (sanitize unless set) names the run's logs in
# _sanitize/meson-logs, so that two runs (say --suite core and --suite ui)
# can share the build at once.
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
# tests run included. abort_on_error: an invalid access or undefined
# behaviour aborts the program (LSAN_OPTIONS below sets exitcode=0, which
# would otherwise let such an error exit with status 0).
# malloc_context_size=64 with the slow unwinder (GLib and GTK have no frame
# pointers): whole allocation stacks, from the allocator up to main() or
# the thread's start, so that a report says who made what leaked (at 8
# frames they ended inside GObject and could not be judged). That is safe
# because no lsan.supp line names a library that holds our objects: a
# line matches any frame, and GTK is on the stack of every leak made in
# one of our signal handlers.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:fast_unwind_on_malloc=0:malloc_context_size=64"
# Leak reports go to files, one per process (the programs the command-line
# tests start too), and fail nothing by themselves: lsan-triage.py then
# sorts them into leaks of ours, which fail, and the toolkit's own (its
# rule and why at its top).
log="${ZS_SANITIZE_LOG:-sanitize}"
leak_dir="$PWD/$builddir/meson-logs/$log-lsan"
rm -rf "$leak_dir"
mkdir -p "$leak_dir"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0:exitcode=0:log_path=$leak_dir/lsan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# GLib hands its own allocator's memory back to malloc, so leaks show.
export G_SLICE=always-malloc

# The PostgreSQL tests run against a server of their own, as in test.sh,
# so that the sanitizers see the PostgreSQL backend too.
pg_dir=$(build-aux/pg-test-cluster.sh start)
trap 'build-aux/pg-test-cluster.sh stop "$pg_dir"' EXIT
export ZS_TEST_PG="postgresql:///postgres?host=$pg_dir&user=postgres"
export ZS_TEST_PG_REQUIRED=1

# The tests stretch their own waits by it too (zs_test_time_limit_ms()).
export ZS_TIMEOUT_MULTIPLIER="${ZS_TIMEOUT_MULTIPLIER:-6}"
set +e
# -noreset, and Xvfb's log kept: as build-aux/test.sh.
xvfb-run -a -e "$builddir/meson-logs/$log-xvfb.log" -s "-screen 0 1400x900x24 -noreset" \
  meson test -C "$builddir" --no-rebuild --print-errorlogs --timeout-multiplier "$ZS_TIMEOUT_MULTIPLIER" \
    --logbase "$log" "$@"
set -e

set +e
python3 build-aux/lsan-triage.py "$leak_dir" "$builddir/meson-logs/$log-lsan-failures.txt"
set -e
# Not exec: the trap stops the server after the summary.
python3 build-aux/test-summary.py --extra "$builddir/meson-logs/$log-lsan-failures.txt" \
  "$builddir/meson-logs/$log.json"
