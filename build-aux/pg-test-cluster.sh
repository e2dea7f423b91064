#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL server for the tests: a cluster made by initdb in
# a temporary folder, started by pg_ctl, listening only on a Unix socket
# in that folder (no TCP port: tests on one machine never meet), trust
# authentication for that socket.
#
#   build-aux/pg-test-cluster.sh start    prints the folder on stdout
#   build-aux/pg-test-cluster.sh stop DIR stops the server and removes DIR
#
# The tests reach it through ZS_TEST_PG=postgresql:///postgres?host=DIR
# (build-aux/test.sh sets it); each test makes a database of its own.
# initdb refuses to run as root: as root (CI) the server runs as the
# "postgres" user of Debian's package, which owns the folder.
set -euo pipefail

pg_bin () {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "error: PostgreSQL's server is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
  fi
  echo "$dir"
}

as_owner () {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    bin=$(pg_bin)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/zs-pg-XXXXXX")
    chmod 0755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
    fi
    log="$dir/server.log"
    as_owner "$bin/initdb" --pgdata="$dir/data" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      --username=postgres >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    # Only the socket in the folder; fsync off: a test server's data need
    # not survive a power cut, and the tests write many small transactions.
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$log" --wait --silent \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >&2 || { cat "$log" >&2; rm -rf "$dir"; exit 1; }
    echo "$dir"
    ;;
  stop)
    dir="${2:?usage: $0 stop DIR}"
    case "$dir" in
      */zs-pg-*) ;;
      *) echo "error: $dir is not a folder this script made" >&2; exit 1 ;;
    esac
    if [ -d "$dir/data" ]; then
      as_owner "$(pg_bin)/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
