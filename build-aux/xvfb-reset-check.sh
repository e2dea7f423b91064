#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Why build-aux/test.sh starts Xvfb with -noreset. Without it the server
# resets each time its last client leaves, and a client connecting during
# the reset is refused: GTK then dies with "cannot open display", as the
# window tests did about once in eight whole runs, when one test ended just
# as the next began. Three loops open and close the display 400 times each,
# on a server with and without -noreset, and print how many were refused.
# Not part of the suite (a minute or so).   build-aux/xvfb-reset-check.sh
set -euo pipefail

if [ "${1:-}" = --connect ]; then
  refused=0
  for _ in $(seq 400); do
    xdotool getdisplaygeometry >/dev/null 2>&1 || refused=$((refused + 1))
  done
  echo "$refused"
  exit 0
fi

for args in "-noreset" ""; do
  counts=$(xvfb-run -a -s "-screen 0 1400x900x24 $args" bash -c \
    "'$0' --connect & '$0' --connect & '$0' --connect & wait")
  refused=$(echo "$counts" | awk '{ s += $1 } END { print s }')
  echo "Xvfb ${args:-(resets)}: $refused of 1200 connections refused"
done
