#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# How the vCard reader scales: one card of 10,000 to 160,000 phone lines,
# 10,000 to 80,000 addresses or categories, files of 20,000 to 200,000
# cards, each time with its ratio to the smallest (linear: ×16 for 16 times
# the size), and the import of the largest into a fresh database. Figures,
# not a pass/fail test; no display and no generated database needed.
#   benchmarks/vcard.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/build.sh >/dev/null
_build/benchmarks/zs-bench-vcard
