#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times the exchange format on a large database and prints figures; it is a
# benchmark, not a test (it checks nothing). Export and import of a database
# of PROJECTS projects (100,000 by default) and 50,000 partners, next to
# libxml2's own floor on the same file: xmllint --stream (parse only) and
# xmllint --schema (parse and validate). A second, ten times smaller run
# shows whether memory grows with the number of records. Each step runs
# RUNS times (1 by default); with more, the lowest and highest are shown.
# Last, the ratios to the floors, in wall and in CPU time: export against
# parsing the file, the import against SQLite loading the same rows from a
# dump, and the imports against parsing and validating it.
#
# DATABASE, when given, is copied as the large run's database (never
# written in place) instead of one made by zs-generate.
#
#   benchmarks/exchange.sh [PROJECTS] [WORKDIR] [RUNS] [DATABASE]
set -euo pipefail
cd "$(dirname "$0")/.."

projects=${1:-100000}
work=${2:-${TMPDIR:-/tmp}/zhaoshang-bench}
runs=${3:-1}
given_db=${4:-}
mkdir -p "$work"

build-aux/build.sh >/dev/null
app=_build/src/zhaoshang
xsd=data/exchange.xsd
export LANGUAGE=en GSETTINGS_BACKEND=memory

declare -A seconds megabytes cpu

# Runs a command under /usr/bin/time; notes its seconds and peak MB under
# its label, appended to those of earlier runs.
measure () {
  local label=$1; shift
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/stderr.log" || {
    echo "$label failed:"; cat "$work/stderr.log"; exit 1; }
  local wall rss user sys
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  user=$(grep 'User time (seconds)' "$log" | awk '{print $NF}')
  sys=$(grep 'System time (seconds)' "$log" | awk '{print $NF}')
  seconds[$label]+="$wall "
  megabytes[$label]+="$(echo "$rss / 1024" | bc -l) "
  # CPU time (user + system) does not count other programs' turns on a
  # loaded machine: the figure to compare with the floor's there.
  cpu[$label]+="$(echo "$user + $sys" | bc -l) "
}


# "lowest–highest" of a list of numbers, with @format.
range () {
  local format=$1; shift
  echo "$@" | tr ' ' '\n' | grep . | sort -g | awk -v f="$format" '
    NR == 1 { lo = $1 } { hi = $1 }
    END { s = sprintf (f, lo); t = sprintf (f, hi); print (s == t) ? s : s "–" t }'
}

lowest () {
  echo "$@" | tr ' ' '\n' | grep . | sort -g | head -1
}

run_size () {
  local n=$1
  local partners=$(( n / 2 ))
  local db="$work/projects-$n.db"
  local xml="$work/projects-$n.xml"
  local labels=(
    "export (zhaoshang --export)"
    "floor: xmllint --stream --noout"
    "floor: xmllint --stream --noout --schema"
    "floor: xmllint --noout --schema"
    "import --dry-run into an empty database"
    "import into an empty database"
    "import again (all unchanged)"
    "floor: sqlite3 new.db < dump.sql"
  )

  if [ ! -f "$db" ] && [ -n "$given_db" ] && [ "$n" = "$projects" ]; then
    cp "$given_db" "$db"
  fi
  if [ ! -f "$db" ]; then
    echo "generating $db ($n projects, $partners partners)…"
    _build/src/tools/zs-generate --projects "$n" --partners "$partners" "$db"
  fi
  # Each size's figures on their own: the CPU times of the smaller run
  # once leaked into the larger's range and summary.
  seconds=() megabytes=() cpu=()

  for (( run = 0; run < runs; run++ )); do
    rm -f "$xml" "$work"/import-*.db*
    measure "${labels[0]}" "$app" --db "$db" --export "$xml"
    measure "${labels[1]}" xmllint --stream --noout "$xml"
    measure "${labels[2]}" xmllint --stream --noout --schema "$xsd" "$xml"
    measure "${labels[3]}" xmllint --noout --schema "$xsd" "$xml"
    measure "${labels[4]}" "$app" --db "$work/import-dry.db" --import "$xml" --dry-run
    measure "${labels[5]}" "$app" --db "$work/import-new.db" --import "$xml"
    measure "${labels[6]}" "$app" --db "$work/import-new.db" --import "$xml"
    # SQLite itself loading the same rows and indexes: the floor of an import.
    sqlite3 "$work/import-new.db" .dump >"$work/dump.sql"
    rm -f "$work/import-floor.db"
    measure "${labels[7]}" sh -c 'sqlite3 "$1" <"$2"' sh "$work/import-floor.db" "$work/dump.sql"
    rm -f "$work/dump.sql" "$work/import-floor.db"
  done

  echo
  echo "== $n projects, $partners partners ($runs run(s)) =="
  for label in "${labels[@]}"; do
    printf '%-44s %12s s %12s s CPU %14s MB\n' "$label" "$(range '%.2f' ${seconds[$label]})" \
      "$(range '%.2f' ${cpu[$label]})" "$(range '%.1f' ${megabytes[$label]})"
  done
  printf '%-44s %12.1f MB, %s records\n' "file" "$(echo "$(stat -c %s "$xml") / 1048576" | bc -l)" \
    "$(grep -c ' uuid="' "$xml")"

  # The fastest run of each against the fastest of its floor, in wall
  # and in CPU time: the goals are export / xmllint --stream and import /
  # SQLite loading the same rows.
  ratio () {
    local what=$1 floor=$2
    printf '%-44s %8.2f× wall %8.2f× CPU\n' "${labels[$what]%% into*} / ${labels[$floor]#floor: }" \
      "$(echo "$(lowest ${seconds["${labels[$what]}"]}) / $(lowest ${seconds["${labels[$floor]}"]})" | bc -l)" \
      "$(echo "$(lowest ${cpu["${labels[$what]}"]}) / $(lowest ${cpu["${labels[$floor]}"]})" | bc -l)"
  }
  ratio 0 1
  ratio 5 7
  for i in 4 5 6; do
    ratio "$i" 3
  done

  # One figure a line for benchmarks/all.sh: "<what>, <n> projects: wall|CPU  x s".
  local what i
  for i in 0 1 5 7; do
    what=${labels[$i]}
    printf '  %-60s %8.2f s\n' "$what, $n projects: wall" "$(lowest ${seconds[$what]})"
    printf '  %-60s %8.2f s\n' "$what, $n projects: CPU" "$(lowest ${cpu[$what]})"
  done
}

run_size $(( projects / 10 ))
run_size "$projects"
