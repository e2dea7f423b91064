#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The same figures on SQLite and on a local PostgreSQL server, in one run,
# at a bureau's size (100,000 projects unless told): opening, a 2- and a
# 4-character search, the dispatch figures of a month, an export and an
# import of everything, and the latency of a save with 1 and with 10 clerk
# processes saving at once. Figures, not a pass/fail test.
#   benchmarks/postgresql.sh [PROJECTS | DATABASE.db]
# With a database file, a copy of it is measured (the file itself is never
# written). The server is a throwaway one (build-aux/pg-test-cluster.sh),
# with the durability a real one has (fsync on), loaded from the SQLite
# database by --copy-to (迁移到服务器: in batches, one transaction).
set -euo pipefail
cd "$(dirname "$0")/.."

source_db=
projects=100000
if [ -f "${1:-}" ]; then
  source_db=$1
else
  projects=${1:-100000}
fi
clerks=10
# ZS_BENCH_BIN=DIR: zhaoshang and zs-bench-store copied there, so that a
# rebuild during a long run does not change them halfway.
if [ -n "${ZS_BENCH_BIN:-}" ]; then
  app=$ZS_BENCH_BIN/zhaoshang bench=$ZS_BENCH_BIN/zs-bench-store
else
  if [ -d _build ]; then ninja -C _build >/dev/null; else build-aux/build.sh >/dev/null; fi
  app=_build/src/zhaoshang bench=_build/benchmarks/zs-bench-store
fi

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
  -c "ALTER SYSTEM SET fsync = on" -c "ALTER SYSTEM SET synchronous_commit = on" \
  -c "ALTER SYSTEM SET full_page_writes = on" -c "SELECT pg_reload_conf()" >"$work/psql.log"

pg () { echo "postgresql:///$1?host=$pg_dir&user=postgres"; }
for db in bench bench_import; do
  "${as_pg[@]}" createdb -h "$pg_dir" -U postgres -E UTF8 -T template0 "$db"
done

echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg) ($(nproc) CPUs)"
if [ -n "$source_db" ]; then
  echo "copying $source_db…"
  cp "$source_db" "$work/bench.db"
  # The import below goes into an empty file of the same schema.
else
  echo "generating $projects projects on SQLite…"
  _build/src/tools/zs-generate --projects "$projects" --partners $((projects / 2)) "$work/bench.db" | tail -n 1
fi

echo "loading the server from it (--copy-to, in batches, one transaction)…"
/usr/bin/time -f "  %e s" "$app" --db "$work/bench.db" --copy-to "$(pg bench)" >"$work/copy.log"
grep -E "^(project|项目|Change history)" "$work/copy.log" || tail -n 3 "$work/copy.log"
echo
echo "== SQLite ${source_db:-($projects projects)} =="
"$bench" figures "$work/bench.db" "$work/import.db" "$clerks"
echo
echo "== PostgreSQL $(psql -At -h "$pg_dir" -U postgres -d postgres -c 'SHOW server_version') on a Unix socket =="
"$bench" figures "$(pg bench)" "$(pg bench_import)" "$clerks"
echo
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
