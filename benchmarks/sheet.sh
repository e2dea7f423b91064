#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times spreadsheets and prints figures; a benchmark, not a test. Import of
# a ledger of 10,000 projects as a bureau keeps it (title, header, 序号,
# 合计; written by libxlsxwriter): the preview (--dry-run), the import into
# an empty database, the same file again. Export of 10,000 and 100,000
# projects to .xlsx and .csv next to the floor, libxlsxwriter alone writing
# the same 18 cells a row in a bare loop in the same constant-memory mode;
# wall time, user CPU and peak memory of each, the ratios, and how much the
# peak grows from 10,000 to 100,000 rows, in the same run.
#
#   benchmarks/sheet.sh [WORKDIR [DB100K]]
#
# DB100K, a database of 100,000 projects (zs-generate makes one otherwise,
# which takes long), is copied into WORKDIR and opened once before the
# figures (an older one is brought up to date then); it is never changed.
set -euo pipefail
cd "$(dirname "$0")/.."

work=${1:-${TMPDIR:-/tmp}/zhaoshang-bench-sheet}
mkdir -p "$work"
ninja -C _build >/dev/null
app=_build/src/zhaoshang
driver=_build/benchmarks/zs-bench-sheet
export LANGUAGE=en GSETTINGS_BACKEND=memory XDG_CACHE_HOME="$work/cache"

# Runs a command under /usr/bin/time: prints "label  seconds s  user CPU s
# peak MB" and keeps them in $secs, $cpu and $mb. On a loaded machine the
# user CPU time is the steadier figure: waiting for a CPU does not count.
measure () {
  local label=$1; shift
  local log="$work/time.log"
  /usr/bin/time -f '%e %U %M' -o "$log" "$@" >"$work/stdout.log" 2>"$work/stderr.log" || {
    echo "$label failed:"; cat "$work/stdout.log" "$work/stderr.log"; exit 1; }
  read -r secs cpu kb <"$log"
  mb=$(echo "scale=0; $kb / 1024" | bc)
  printf '%-58s %7.2f s %7.2f s user %6d MB\n' "$label" "$secs" "$cpu" "$mb"
}

ratio () {
  echo "scale=1; $1 / $2" | bc -l
}

ledger="$work/ledger-10000.xlsx"
"$driver" make "$ledger" 10000
rm -f "$work"/import.db*
echo "== import of a ledger of 10,000 projects ($(du -h "$ledger" | cut -f1))"
measure "preview (--import --dry-run), empty database" "$app" --db "$work/import.db" --import "$ledger" --dry-run
measure "import into an empty database" "$app" --db "$work/import.db" --import "$ledger"
grep -q "10000 new" "$work/stdout.log" || { echo "import: not 10000 new"; cat "$work/stdout.log"; exit 1; }
measure "the same file again (all unchanged)" "$app" --db "$work/import.db" --import "$ledger"
grep -q "10000 unchanged" "$work/stdout.log" || { echo "again: not unchanged"; cat "$work/stdout.log"; exit 1; }

if [ -n "${2:-}" ] && [ ! -f "$work/projects-100000.db" ]; then
  cp "$2" "$work/projects-100000.db"
fi
declare -A peak
for n in 10000 100000; do
  db="$work/projects-$n.db"
  if [ ! -f "$db" ]; then
    echo "generating $db ($n projects)…"
    _build/src/tools/zs-generate --projects "$n" --partners 1000 "$db" >/dev/null
  fi
  # Once untimed: a migration, and the file into the system's cache.
  "$app" --db "$db" --export "$work/warm-$n.csv" >/dev/null
  echo "== export of $n projects"
  measure "zhaoshang --export FILE.xlsx" "$app" --db "$db" --export "$work/export-$n.xlsx"
  export_secs=$secs export_cpu=$cpu export_mb=$mb
  grep -q "Wrote $n\|Wrote $((n + 50))" "$work/stdout.log" || { echo "export: unexpected count"; cat "$work/stdout.log"; }
  measure "zhaoshang --export FILE.csv" "$app" --db "$db" --export "$work/export-$n.csv"
  csv_mb=$mb
  measure "floor: libxlsxwriter writing the same cells" "$driver" floor "$work/floor-$n.xlsx" "$n"
  echo ".xlsx to the floor: wall $export_secs / $secs s = $(ratio "$export_secs" "$secs")×," \
       "user CPU $export_cpu / $cpu s = $(ratio "$export_cpu" "$cpu")×," \
       "peak $export_mb / $mb MB = $(ratio "$export_mb" "$mb")×" \
       "($(du -h "$work/export-$n.xlsx" | cut -f1) and $(du -h "$work/floor-$n.xlsx" | cut -f1))"
  peak[xlsx$n]=$export_mb peak[csv$n]=$csv_mb peak[floor$n]=$mb
done
echo "== peak memory from 10,000 to 100,000 rows"
for what in xlsx csv floor; do
  echo "$what: ${peak[${what}10000]} → ${peak[${what}100000]} MB (+$(( ${peak[${what}100000]} - ${peak[${what}10000]} )) MB)"
done
echo "(the process alone: $( /usr/bin/time -f %M "$app" --version 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", $1 / 1024 }') MB;" \
     "SQLite's sort of the names is held to the 8 MiB cache of the stream hint, then spills to a file)"
