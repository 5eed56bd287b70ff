#!/usr/bin/env bash
# Latencies of dev-orgs.create, snapshots.restore of a dev org of 1,000 objects, and reset, one request
# at a time (bench/Snapshots.java), on SQLite and then on PostgreSQL. Prints a markdown table.
#
#   bench/snapshots.sh      needs JDK 21+, Maven, and PostgreSQL as for bench/run.sh (BENCH_PG);
#                           BENCH_NO_BUILD=1 uses target/roster.jar as it is
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

PG_ADMIN="${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
PORT=18081
OPERATOR=bench-operator-token-with-32-characters-or-more
WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  echo "building Roster" >&2
  mvn -q -B -DskipTests package
fi

# run ENGINE JDBC_URL: starts Roster on a fresh store, measures, stops it.
run() {
  rm -rf "$WORK/data"
  ROSTER_OPERATOR_TOKEN="$OPERATOR" java -jar target/roster.jar serve --port "$PORT" --data-dir "$WORK/data" \
    ${2:+--db-url "$2"} --rate-limit off > "$WORK/server.out" 2> "$WORK/server.err" &
  SERVER_PID=$!
  until grep -q "listening on" "$WORK/server.out" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.05
  done
  java -cp target/roster.jar bench/Snapshots.java "http://127.0.0.1:$PORT" "$OPERATOR" "$1" "$SERVER_PID"
  stop_server
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)" >&2
echo "| operation | engine | requests | p50 | p99 | server CPU/request | target |"
echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
run sqlite ""
if psql -q "$PG_ADMIN" -c "drop database if exists roster_snapshots_bench" -c "create database roster_snapshots_bench" > /dev/null 2>&1; then
  run postgresql "jdbc:postgresql://127.0.0.1:5432/roster_snapshots_bench?user=postgres"
else
  echo "PostgreSQL at $PG_ADMIN is not reachable: skipped" >&2
fi
