#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times the exchange format on a large database and prints figures; it is a
# benchmark, not a test (it checks nothing). Export and import of a database
# of PROJECTS projects (100,000 by default) and 50,000 partners, next to
# libxml2's own floor on the same file: xmllint --stream (parse only) and
# xmllint --schema (parse and validate). A second, ten times smaller run
# shows whether memory grows with the number of records.
#
#   benchmarks/exchange.sh [PROJECTS] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."

projects=${1:-100000}
work=${2:-${TMPDIR:-/tmp}/zhaoshang-bench}
mkdir -p "$work"

build-aux/build.sh >/dev/null
app=_build/src/zhaoshang
xsd=data/exchange.xsd
export LANGUAGE=en GSETTINGS_BACKEND=memory

# Runs a command under /usr/bin/time; prints "label  seconds  peak-MB".
measure () {
  local label=$1; shift
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/stderr.log" || {
    echo "$label failed:"; cat "$work/stderr.log"; exit 1; }
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  printf '%-44s %8.2f s %8.1f MB\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

run_size () {
  local n=$1
  local partners=$(( n / 2 ))
  local db="$work/projects-$n.db"
  local xml="$work/projects-$n.xml"

  if [ ! -f "$db" ]; then
    echo "generating $db ($n projects, $partners partners)…"
    _build/tests/zs-generate --projects "$n" --partners "$partners" "$db"
  fi
  rm -f "$xml" "$work"/import-*.db*

  echo
  echo "== $n projects, $partners partners =="
  measure "export (zhaoshang --export)" "$app" --db "$db" --export "$xml"
  printf '%-44s %8.1f MB, %s records\n' "file" "$(echo "$(stat -c %s "$xml") / 1048576" | bc -l)" \
    "$(grep -c ' uuid="' "$xml")"
  measure "floor: xmllint --stream --noout" xmllint --stream --noout "$xml"
  measure "floor: xmllint --stream --noout --schema" xmllint --stream --noout --schema "$xsd" "$xml"
  measure "floor: xmllint --noout --schema" xmllint --noout --schema "$xsd" "$xml"
  measure "import --dry-run into an empty database" "$app" --db "$work/import-dry.db" --import "$xml" --dry-run
  measure "import into an empty database" "$app" --db "$work/import-new.db" --import "$xml"
  measure "import again (all unchanged)" "$app" --db "$work/import-new.db" --import "$xml"
}

run_size $(( projects / 10 ))
run_size "$projects"
