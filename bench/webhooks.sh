#!/usr/bin/env bash
# What webhooks cost and how fast they deliver (bench/Webhooks.java): write throughput with no
# webhook against one active webhook (target: at most 15% fewer writes/s), and delivery throughput
# of a backlog to a local receiver (target: at least 2,000 events/s), on SQLite, then on PostgreSQL.
#
#   bench/webhooks.sh       needs JDK 21+, Maven, and PostgreSQL as for bench/run.sh (BENCH_PG);
#                           BENCH_NO_BUILD=1 uses target/roster.jar as it is
# Environment: BENCH_DURATION (s per measurement, 10), BENCH_CLIENTS (32), BENCH_PORT (18481).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

PG_ADMIN="${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
DURATION="${BENCH_DURATION:-10}"
CLIENTS="${BENCH_CLIENTS:-32}"
PORT="${BENCH_PORT:-18481}"
TOKEN=bench-token-with-the-32-characters-a-bootstrap-token-needs
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
  ROSTER_BOOTSTRAP_TOKEN="$TOKEN" java -jar target/roster.jar serve --port "$PORT" --data-dir "$WORK/data" \
    ${2:+--db-url "$2"} --rate-limit off --webhook-verify off > "$WORK/server.out" 2> "$WORK/server.err" &
  SERVER_PID=$!
  until grep -q "listening on" "$WORK/server.out" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.05
  done
  echo "== $1" 
  java -cp target/roster.jar bench/Webhooks.java "http://127.0.0.1:$PORT" "$TOKEN" "$DURATION" "$CLIENTS"
  stop_server
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)" >&2
run sqlite ""
if psql -q "$PG_ADMIN" -c "drop database if exists roster_webhooks_bench" -c "create database roster_webhooks_bench" > /dev/null 2>&1; then
  run postgresql "jdbc:postgresql://127.0.0.1:5432/roster_webhooks_bench?user=postgres"
else
  echo "PostgreSQL at $PG_ADMIN is not reachable: skipped" >&2
fi
