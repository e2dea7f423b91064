#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every benchmark and prints one table: each figure beside its floor
# (an empty libadwaita window, xmllint --stream, sqlite3 loading a dump) and
# the ratio, both ends from the same run. Figures, not a pass/fail test; on
# a shared machine say the load (printed first) beside them.
#   benchmarks/all.sh [DATABASE] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."

db=${1:-_build/bench-100k.db}
work=${2:-$(mktemp -d)}
log="$work/all.log"
echo "load: $(uptime)"
: >"$log"
for script in board dispatch partners map; do
  echo "== $script" >>"$log"
  benchmarks/$script.sh "$db" >>"$log" 2>&1 || echo "($script failed: see $log)"
done
echo "== exchange" >>"$log"
# Twice, each end's faster run kept: on a 2-CPU virtual machine the same
# import took 24–36 s, and SQLite's own load of the dump 16–28 s, from one
# run to the next; the import and its floor alternate, so both ends see
# the same spells of a busy disk.
benchmarks/exchange.sh 100000 "$work/exchange" 2 "$db" >>"$log" 2>&1 || echo "(exchange failed: see $log)"
echo "== vcard" >>"$log"
benchmarks/vcard.sh >>"$log" 2>&1 || echo "(vcard failed: see $log)"
# Last and on a copy of the same database (not one generated anew): a
# million history rows take minutes, and no figure of the table is theirs.
echo "== history" >>"$log"
benchmarks/history.sh "$db" >>"$log" 2>&1 || echo "(history failed: see $log)"

# "  label   123.4 ms" lines: the figure of the first line matching $1; a
# pattern ending in " [CPU]" asks for the CPU time printed under that label
# (the line "label [CPU]"), any other the wall-clock line. A pattern
# starting "last:" takes the last such line: board.sh runs the demo's 50
# projects first and the large database last, with the same labels.
fig () {
  local pattern=$1 lines pick=head
  if [[ $pattern == last:* ]]; then
    pattern=${pattern#last:} pick=tail
  fi
  if [[ $pattern == *" [CPU]" ]]; then
    lines=$(grep -F "${pattern% \[CPU\]}" "$log" | grep -F "[CPU]" || true)
  else
    lines=$(grep -F "$pattern" "$log" | grep -vF "[CPU]" || true)
  fi
  echo "$lines" | $pick -1 | grep -oE '[0-9]+(\.[0-9]+)? (ms|MB|s)$' | cut -d' ' -f1 || true
}
row () {
  local what=$1 a b
  a=$(fig "$2"); b=${3:+$(fig "$3")}
  if [ -n "$a" ] && [ -n "$b" ]; then
    printf '%-58s %10s %10s %7.1f×\n' "$what" "$a" "$b" "$(echo "$a / $b" | bc -l)"
  else
    printf '%-58s %10s %10s\n' "$what" "${a:--}" "${b:--}"
  fi
}
# The table also goes to $work/table.txt: stdout may be a file the
# benchmarks' own log would be mixed into.
{
  printf '%-58s %10s %10s %8s\n' "figure" "value" "floor" "ratio"
  row "first frame of the board / bare window, demo's 50 (ms)" "first frame of the board" "bare window: first frame"
  row "first frame of the board / bare window, 100k (ms)" "last:first frame of the board" "bare window: first frame"
  row "  the same, CPU time (ms)" "last:first frame of the board [CPU]" "bare window: first frame [CPU]"
  row "board fully on screen / bare window, 100k (ms)" "last:open the window with the board on screen" "bare window: first frame"
  row "open the database as the window does, 100k (ms)" "last:open the database as the window does"
  row "search filter, 2 characters (ms)" "(2 characters)"
  row "search filter, 4 characters (ms)" "(4 characters)"
  row "search filter, pinyin initials (ms)" "search “wfjk”"
  row "search filter, full pinyin (ms)" "search “weifang”"
  row "  the result's first frame, 2 characters (ms)" "(2 characters): the result's first frame"
  row "  the result's first frame, 4 characters (ms)" "(4 characters): the result's first frame"
  row "  the result's first frame, pinyin initials (ms)" "(pinyin initials): the result's first frame"
  row "  the result's first frame, full pinyin (ms)" "(full pinyin): the result's first frame"
  row "typing 2 characters to the filtered board (ms)" "type “精密”"
  row "typing 4 characters to the filtered board (ms)" "type “精密铸造”"
  row "typing pinyin initials key by key, from the last key (ms)" "type “wfjk” key by key"
  row "peak memory, board settled at 100k / bare window (MB)" "last:window settled (today list built): peak memory" "bare window: peak memory"
  row "peak memory, after the ledger too / bare window (MB)" "last:  peak memory" "bare window: peak memory"
  row "peak memory, the day's full check and copy too / bare (MB)" "the daily copy ended: peak memory" "bare window: peak memory"
  row "  the full check at 100k, after the first frame (ms)" "the full check, begun after the first frame"
  row "  the daily copy at 100k (ms)" "the daily copy  "
  row "dispatch figures on screen, 100k (ms)" "until this month's figures are on screen"
  row "  the same, CPU time of the process (ms)" "until this month's figures are on screen [CPU]"
  row "  the whole page filled in, CPU time (ms)" "until the whole page is filled in [CPU]"
  row "  latest a 10 ms heartbeat came, lists included (ms)" "latest a 10 ms heartbeat came"
  row "今日待办 list at 100k, CPU time (ms)" "今日待办: the day's list [CPU]"
  row "dispatch report for this month, core (ms)" "report for month"
  row "  the same, CPU time (ms)" "report for month [CPU]"
  row "leads table scrolling, mean jump (ms)" "scroll the lead table: mean"
  row "leads table scrolling, worst jump (ms)" "scroll the lead table: worst jump"
  row "bulletin laid out as PDF (ms)" "bulletin: laid out"
  row "  the same, CPU time / cairo embedding its 3 CJK faces (ms)" "bulletin: laid out [CPU]" "floor: cairo embedding the bulletin's three CJK faces [CPU]"
  row "  written again in the same process, CPU time (ms)" "bulletin: written again [CPU]"
  row "export / xmllint --stream, 10k, wall (s)" "export (zhaoshang --export), 10000 projects: wall" "floor: xmllint --stream --noout, 10000 projects: wall"
  row "export / xmllint --stream, 10k, CPU (s)" "export (zhaoshang --export), 10000 projects: CPU" "floor: xmllint --stream --noout, 10000 projects: CPU"
  row "import / sqlite3 loading a dump, 10k, wall (s)" "import into an empty database, 10000 projects: wall" "floor: sqlite3 new.db < dump.sql, 10000 projects: wall"
  row "import / sqlite3 loading a dump, 10k, CPU (s)" "import into an empty database, 10000 projects: CPU" "floor: sqlite3 new.db < dump.sql, 10000 projects: CPU"
  row "export / xmllint --stream, 100k, wall (s)" "export (zhaoshang --export), 100000 projects: wall" "floor: xmllint --stream --noout, 100000 projects: wall"
  row "export / xmllint --stream, 100k, CPU (s)" "export (zhaoshang --export), 100000 projects: CPU" "floor: xmllint --stream --noout, 100000 projects: CPU"
  row "import / sqlite3 loading a dump, 100k, wall (s)" "import into an empty database, 100000 projects: wall" "floor: sqlite3 new.db < dump.sql, 100000 projects: wall"
  row "import / sqlite3 loading a dump, 100k, CPU (s)" "import into an empty database, 100000 projects: CPU" "floor: sqlite3 new.db < dump.sql, 100000 projects: CPU"
  printf '%-58s %10s\n' "GTK's \"snapshot … without a current allocation\" warnings" \
    "$(grep -c 'without a current allocation' "$log" || true)"
} | tee "$work/table.txt"
echo "full output: $log"
