#!/usr/bin/env bash
# What one active webhook costs the writes, with the lightest load generator and receiver there are,
# so that the figure is Roster's cost and not theirs: wrk (-t1 -c32) creates dev users, and nginx
# answers each delivery 204. Per engine, on a fresh store with --webhook-verify off: a warm-up with
# the webhook active and one without, then two alternating rounds of no webhook against one active
# webhook subscribed to dev_user_created. Prints writes/s and CPU time per write of Roster, of
# PostgreSQL's backends and of nginx, read from /proc.
#
#   bench/webhook-overhead.sh     needs JDK 21+, Maven, nginx and wrk (installed from Debian's
#                                 packages when missing), PostgreSQL as for bench/run.sh (BENCH_PG);
#                                 BENCH_NO_BUILD=1 uses target/roster.jar as it is
# Environment: BENCH_DURATION (s per round, 10), BENCH_PORT (18484), BENCH_RECEIVER_PORT (18485).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

PG_ADMIN="${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
DURATION="${BENCH_DURATION:-10}"
PORT="${BENCH_PORT:-18484}"
RECEIVER_PORT="${BENCH_RECEIVER_PORT:-18485}"
TOKEN=bench-token-with-the-32-characters-a-bootstrap-token-needs
WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi
}
. bench/receiver.sh
trap 'stop_server; stop_receiver; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  echo "building Roster" >&2
  mvn -q -B -DskipTests package
fi

start_receiver "$RECEIVER_PORT"

cpu_of() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
backends() { pgrep -f "postgres: .*roster_overhead_bench" || true; }
receivers() { pgrep -x nginx || true; }

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
  local auth=(-H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json")
  local hook
  hook=$(curl -sf "${auth[@]}" "http://127.0.0.1:$PORT/webhooks.create" \
    -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"event_types\":[\"dev_user_created\"]}" \
    | grep -o '"id":"don:integration:[^"]*webhook/[0-9]*"' | head -1 | cut -d'"' -f4)
  set_hook() {
    curl -sf -o /dev/null "${auth[@]}" "http://127.0.0.1:$PORT/webhooks.update" -d "{\"id\":\"$hook\",\"action\":\"$1\"}"
  }
  # measure LABEL RUN: one round of wrk, with CPU per write from /proc.
  measure() {
    local roster0 pg0 rx0 roster1 pg1 rx1
    roster0=$(cpu_of "$SERVER_PID"); pg0=$(cpu_of $(backends)); rx0=$(cpu_of $(receivers))
    BENCH_KIND=dev BENCH_RUN="$2" wrk -t1 -c32 -d"${DURATION}s" -s bench/lua/create.lua "http://127.0.0.1:$PORT" > "$WORK/wrk.out"
    roster1=$(cpu_of "$SERVER_PID"); pg1=$(cpu_of $(backends)); rx1=$(cpu_of $(receivers))
    awk -v label="$1" -v r="$((roster1 - roster0))" -v p="$((pg1 - pg0))" -v x="$((rx1 - rx0))" '
      /Requests\/sec/ { rate = $2 } /requests in/ { n = $1 } /Non-2xx/ { bad = $5 }
      END { hz = 100; printf "%-12s %8.0f writes/s   CPU per write (us): Roster %5.0f  PostgreSQL %5.0f  receiver %4.0f%s\n",
            label, rate, r * 1e6 / hz / n, p * 1e6 / hz / n, x * 1e6 / hz / n, bad ? "   non-2xx: " bad : "" }' "$WORK/wrk.out"
  }
  echo "== $1"
  set_hook activate; measure warm-up w1 > /dev/null
  set_hook deactivate; measure warm-up w2 > /dev/null
  for round in 1 2; do
    set_hook deactivate; measure "no webhook" "n$round"
    set_hook activate; measure "one webhook" "h$round"
  done
  stop_server
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); $(uptime | sed 's/.*load/load/')" >&2
run sqlite ""
if psql -q "$PG_ADMIN" -c "drop database if exists roster_overhead_bench" -c "create database roster_overhead_bench" > /dev/null 2>&1; then
  run postgresql "jdbc:postgresql://127.0.0.1:5432/roster_overhead_bench?user=postgres"
else
  echo "PostgreSQL at $PG_ADMIN is not reachable: skipped" >&2
fi
