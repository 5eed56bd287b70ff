#!/usr/bin/env bash
# Roster's benchmark: builds Roster, measures its operations on SQLite and PostgreSQL with wrk, and
# measures the stack's ceiling in the same run (a bare Javalin app, and pgbench's single-row INSERT).
# Each write runs with one active webhook (every event type, an nginx receiver: bench/webhook-writes.sh)
# and with none. Prints markdown tables of requests/s, p50, p99, errors and each ratio to its target,
# and of each write's rate with the webhook against without it.
#
#   bench/run.sh            the standard run (3 x 15 s per operation after a warm-up)
#   bench/run.sh quick      1 x 5 s per operation, for a quick look
#   bench/run.sh scale      10,000 then 1,000,000 rev users under -Xmx256m: p99 at both sizes, time to
#                           ready, resident memory under a minute of mixed load, database size per user
#   bench/run.sh start      only the scale mode's time to ready on an empty SQLite store (under a minute)
#
# Environment: BENCH_DURATION (s), BENCH_RUNS, BENCH_WARMUP (s, 15), BENCH_CONNECTIONS (32),
# BENCH_PORT (Roster's, 18080), BENCH_RECEIVER_PORT (the webhook receiver's, 18095), BENCH_PG (a libpq URL for
# PostgreSQL; default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_KEYCLOAK=1 (quick and
# standard runs: also Keycloak on the same PostgreSQL, and Roster's ratio to it; see bench/keycloak.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

MODE="${1:-standard}"
case "$MODE" in
  quick) DURATION="${BENCH_DURATION:-5}"; RUNS="${BENCH_RUNS:-1}" ;;
  standard) DURATION="${BENCH_DURATION:-15}"; RUNS="${BENCH_RUNS:-3}" ;;
  scale) DURATION="${BENCH_DURATION:-10}"; RUNS="${BENCH_RUNS:-3}" ;;
  start) DURATION=0; RUNS=0 ;;
  *) echo "usage: bench/run.sh [quick|standard|scale|start]" >&2; exit 2 ;;
esac
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
PG_ADMIN="${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
PORT="${BENCH_PORT:-18080}"
CEILING_PORT=18090
TOKEN=bench-token-with-the-32-characters-a-bootstrap-token-needs
WORK="$(mktemp -d)"
RESULTS="$WORK/results.tsv"
export BENCH_TOKEN="$TOKEN" BENCH_LUA="$PWD/bench/lua"

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
command -v sqlite3 >/dev/null || { apt-get install -y sqlite3 >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y sqlite3 >/dev/null; }; }
command -v pgbench >/dev/null || PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin | tail -1)"

echo "building Roster" >&2
mvn -q -B -DskipTests package

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}
. bench/keycloak.sh
. bench/receiver.sh
. bench/webhook-writes.sh
trap 'stop_server; stop_keycloak; stop_receiver; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
KEYCLOAK="${BENCH_KEYCLOAK:-0}"

# start_roster JDBC_URL [JVM options...]: starts Roster; READY_MS holds the milliseconds from process
# start to "listening on". Webhooks are active at once: the bench's receiver does not answer the handshake.
start_roster() {
  local url="$1"; shift
  local started; started=$(date +%s%N)
  ROSTER_BOOTSTRAP_TOKEN="$TOKEN" java "$@" -jar target/roster.jar serve --port "$PORT" --data-dir "$WORK/data" \
    --db-url "$url" --rate-limit off --webhook-verify off > "$WORK/server.out" 2> "$WORK/server.err" &
  SERVER_PID=$!
  until grep -q "listening on" "$WORK/server.out" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

# measure NAME ENGINE SCRIPT URL: runs wrk RUNS times and records the median run. BENCH_BEFORE_RUN,
# when set, is a command run before each run with the run's id (BENCH_RUN) as its argument.
measure() {
  local name="$1" engine="$2" script="$3" url="$4" run id
  : > "$WORK/runs"
  for run in $(seq 1 "$RUNS"); do
    id="$RANDOM$run"
    ${BENCH_BEFORE_RUN:+$BENCH_BEFORE_RUN "$id"}
    wrk_once "$id" "$script" "$url" >> "$WORK/runs"
  done
  record "$name" "$engine" "$WORK/runs"
}

# wrk_once ID SCRIPT URL: one run of wrk, as "req/s, p50, p99, errors, requests answered"; wrk's
# lines that count errors (timeouts are socket errors) also go to standard error.
wrk_once() {
  BENCH_RUN="$1" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${2:+-s "$2"} "$3" | tee >(grep -E 'Non-2xx|Socket errors' >&2) | awk '
    /Requests\/sec/ {rps=$2}
    /requests in/ {n=$1}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /Non-2xx/ {errors+=$NF}
    /Socket errors/ {gsub(/,/, ""); errors+=$4+$6+$8+$10}
    END {printf "%s\t%s\t%s\t%s\t%s\n", rps, p50, p99, errors+0, n}'
}

# record NAME ENGINE RUNS_FILE: adds the median run (by req/s) of the file's runs to the results.
record() {
  sort -t$'\t' -k1,1n "$3" | awk -v n="$(wc -l < "$3")" 'NR == int((n + 1) / 2)' \
    | awk -v name="$1" -v engine="$2" '{printf "%s\t%s\t%s\n", name, engine, $0}' >> "$RESULTS"
  tail -1 "$RESULTS" | awk -F'\t' '{printf "  %-40s %-10s %10s req/s  p50 %-8s p99 %-8s errors %s%s\n", $1, $2, $3, $4, $5, $6,
    $9 == "" ? "" : sprintf("  delivered %s during, %s in all for %s writes, drained in %s", $8, $9, $7, $10)}' >&2
}

# The JIT needs more than a few seconds to settle; measuring earlier shows a colder server than users meet.
warm() { BENCH_RUN=warm wrk -t1 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-15}s" ${1:+-s "$1"} "$2" > /dev/null; }

run_engine() {
  local engine="$1" url="$2" base="http://127.0.0.1:$PORT"
  echo "$engine: starting and seeding" >&2
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  start_roster "$url"
  java --enable-native-access=ALL-UNNAMED -cp target/roster.jar bench/Seed.java "$(jdbc_for_seed "$url")" 10000 1000 10000 >&2
  # Reads too run with the webhook active: the issue's targets are measured with events on.
  hook_create "$base" "$url"
  # The ceiling's GET answers as many bytes as a seeded dev user, which the gets read: the writes,
  # measured after them, leave identities behind.
  curl -s -H "Authorization: Bearer $TOKEN" "$base/dev-users.get?id=DEVU-2" | wc -c > "$WORK/get-bytes"
  local lua="$PWD/bench/lua"
  # Seeded ids: dev users 2..10001, rev orgs 1..1000 (rev user n lives in rev org n % 1000 + 1), rev users 1..10000.
  export BENCH_FIRST=2 BENCH_LAST=10001
  BENCH_PATH=/dev-users.get BENCH_PREFIX=DEVU warm "$lua/get.lua" "$base"
  BENCH_PATH=/dev-users.get BENCH_PREFIX=DEVU measure dev-users.get "$engine" "$lua/get.lua" "$base"
  BENCH_PATH=/dev-users.list BENCH_FILTER="external_identity.issuer=github&email=dev%d@bench.example.com" \
    measure "dev-users.list (filtered)" "$engine" "$lua/list.lua" "$base"
  # Keycloak's page of 50 compares with this one: the first page, in the default order.
  if [ "$KEYCLOAK" = 1 ]; then
    BENCH_PATH=/dev-users.list BENCH_FILTER="sort_by=created_date:asc" measure "dev-users.list (page of 50)" "$engine" "$lua/list.lua" "$base"
  fi
  BENCH_KIND=dev warm "$lua/link_unlink.lua" "$base"
  BENCH_KIND=dev measure_writes "dev-users link+unlink" "$engine" "$lua/link_unlink.lua" "$base"
  BENCH_KIND=dev measure_writes dev-users.create "$engine" "$lua/create.lua" "$base"
  export BENCH_FIRST=1 BENCH_LAST=10000
  BENCH_PATH=/rev-users.get BENCH_PREFIX=REVU warm "$lua/get.lua" "$base"
  BENCH_PATH=/rev-users.get BENCH_PREFIX=REVU measure rev-users.get "$engine" "$lua/get.lua" "$base"
  BENCH_FIRST=1 BENCH_LAST=1000 BENCH_PATH=/rev-users.list BENCH_FILTER="rev_org=REV-%d" \
    measure "rev-users.list (by rev_org)" "$engine" "$lua/list.lua" "$base"
  BENCH_KIND=rev BENCH_TARGET=1000 measure_writes "rev-users link+unlink" "$engine" "$lua/link_unlink.lua" "$base"
  BENCH_KIND=rev BENCH_TARGET=1 measure_writes rev-users.create "$engine" "$lua/create.lua" "$base"
  stop_server
}

jdbc_for_seed() {
  case "$1" in
    jdbc:postgresql:*) echo "$1&reWriteBatchedInserts=true" ;;
    *) echo "jdbc:sqlite:$WORK/data/roster.db" ;;
  esac
}

fresh_pg() {
  psql -q "$PG_ADMIN" -c "drop database if exists $1" -c "create database $1" > /dev/null
  echo "jdbc:postgresql://127.0.0.1:5432/$1?user=postgres"
}

ceiling() {
  echo "ceiling: bare Javalin and pgbench" >&2
  java --enable-native-access=ALL-UNNAMED -cp target/roster.jar bench/Ceiling.java "$CEILING_PORT" "$(cat "$WORK/get-bytes")" > "$WORK/ceiling.out" 2>&1 &
  local pid=$!
  until grep -q "listening on" "$WORK/ceiling.out" 2>/dev/null; do sleep 0.05; done
  warm "" "http://127.0.0.1:$CEILING_PORT/dev-users.get"
  measure "ceiling GET (constant body)" javalin "" "http://127.0.0.1:$CEILING_PORT/dev-users.get"
  measure "ceiling POST (parse link body)" javalin "$PWD/bench/lua/ceiling_link.lua" "http://127.0.0.1:$CEILING_PORT/dev-users.identities.link"
  kill "$pid"; wait "$pid" 2>/dev/null || true

  psql -q "$PG_ADMIN" -c "drop database if exists roster_pgbench" -c "create database roster_pgbench" > /dev/null
  local db="${PG_ADMIN%/*}/roster_pgbench"
  psql -q "$db" -c "create table t (id bigserial primary key, v text not null)" > /dev/null
  echo "insert into t (v) values ('x');" > "$WORK/insert.sql"
  : > "$WORK/runs"
  for run in $(seq 1 "$RUNS"); do
    pgbench -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$WORK/insert.sql" "$db" 2>/dev/null \
      | awk '/^tps/ {printf "%d\t-\t-\t0\n", $3}' >> "$WORK/runs"
  done
  sort -n "$WORK/runs" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) {printf "pgbench INSERT\tpostgresql\t%s\n", $0}' >> "$RESULTS"
  tail -1 "$RESULTS" >&2
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1)" >&2
if [ "$MODE" = start ]; then
  . bench/scale.sh
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  starts sqlite "jdbc:sqlite:$WORK/data/roster.db"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/run.sh start\` (-Xmx256m)."
  echo
  awk -f bench/scale-report.awk "$RESULTS"
  exit 0
fi
if [ "$MODE" = scale ]; then
  . bench/scale.sh
  run_scale sqlite "jdbc:sqlite:$WORK/data/roster.db"
  run_scale postgresql "$(fresh_pg roster_scale)"
  echo
  echo "Measured $(date -u +%Y-%m-%d) with \`bench/run.sh scale\` ($RUNS x ${DURATION}s per operation, wrk -t1 -c$CONNECTIONS, -Xmx256m)."
  echo
  awk -v small="$SMALL" -v large="$LARGE" -f bench/scale-report.awk "$RESULTS"
  exit 0
fi
start_receiver "${BENCH_RECEIVER_PORT:-18095}"
run_engine sqlite "jdbc:sqlite:$WORK/data/roster.db"
run_engine postgresql "$(fresh_pg roster_bench)"
ceiling
if [ "$KEYCLOAK" = 1 ]; then run_keycloak; fi
echo
echo "Measured $(date -u +%Y-%m-%d) with \`bench/run.sh $MODE\` ($RUNS x ${DURATION}s per operation, wrk -t1 -c$CONNECTIONS;" \
  "load average at the end $(cut -d' ' -f1-3 /proc/loadavg))."
echo
awk -v keycloak="$KC_VERSION" -f bench/report.awk "$RESULTS"
