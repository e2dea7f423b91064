#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The same figures on SQLite and on a local PostgreSQL server, in one run,
# at a bureau's size (100,000 projects unless told): opening, a 2- and a
# 4-character search, the dispatch figures of a month, an export and an
# import of everything, and the latency of a save with 1 and with 10 clerk
# processes saving at once. Figures, not a pass/fail test.
#   benchmarks/postgresql.sh [PROJECTS]
# The server is a throwaway one (build-aux/pg-test-cluster.sh), with the
# durability a real one has (fsync on).
set -euo pipefail
cd "$(dirname "$0")/.."

projects=${1:-100000}
clerks=10
build-aux/build.sh >/dev/null
bench=_build/benchmarks/zs-bench-store

work=$(mktemp -d "${TMPDIR:-/tmp}/zs-bench-pg-XXXXXX")
pg_dir=$(build-aux/pg-test-cluster.sh start)
cleanup () {
  build-aux/pg-test-cluster.sh stop "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT
# The test server runs without fsync; a bureau's does not.
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); else as_pg=(); fi
"${as_pg[@]}" psql -q -h "$pg_dir" -U postgres -d postgres \
  -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" -c "SELECT pg_reload_conf()" >"$work/psql.log"

pg () { echo "postgresql:///$1?host=$pg_dir&user=postgres"; }
for db in bench bench_import; do
  "${as_pg[@]}" createdb -h "$pg_dir" -U postgres -E UTF8 -T template0 "$db"
done

echo "generating $projects projects on SQLite…"
_build/src/tools/zs-generate --projects "$projects" --partners $((projects / 2)) "$work/bench.db" | tail -n 1

# The server gets the same data through an import (timed by itself below
# too, into an empty database).
echo "copying them to the server…"
_build/src/zhaoshang --db "$work/bench.db" --export "$work/all.xml" >"$work/export.log"
/usr/bin/time -f "%e s" _build/src/zhaoshang --db "$(pg bench)" --import "$work/all.xml" >"$work/import.log"

echo
echo "== SQLite ($projects projects) =="
"$bench" figures "$work/bench.db" "$work/import.db" "$clerks"
echo
echo "== PostgreSQL $(psql -At -h "$pg_dir" -U postgres -d postgres -c 'SHOW server_version') on a Unix socket ($projects projects) =="
"$bench" figures "$(pg bench)" "$(pg bench_import)" "$clerks"
