#!/usr/bin/env bash
# What the request journal costs: dev-users.create, dev-users.get and a page of 50 dev users
# (dev-users.list, about 33 KB) on SQLite with --journal-size 0 (off) and the default (1000),
# alternating A/B rounds on a fresh store each, wrk -t1 -c32 on the same cores. Prints each rate and
# the server's CPU time per request (user + system, from /proc), which other load on the machine
# disturbs far less than the rate.
#
#   bench/journal.sh            2 rounds, 10 s warm-up, 10 s per measurement
# Environment: BENCH_ROUNDS, BENCH_WARMUP (s), BENCH_DURATION (s), BENCH_CONNECTIONS (32), BENCH_PORT (18381).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

ROUNDS="${BENCH_ROUNDS:-2}"
WARMUP="${BENCH_WARMUP:-10}"
DURATION="${BENCH_DURATION:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
PORT="${BENCH_PORT:-18381}"
TOKEN=bench-token-with-the-32-characters-a-bootstrap-token-needs
WORK="$(mktemp -d)"
export BENCH_TOKEN="$TOKEN" BENCH_LUA="$PWD/bench/lua"
SERVER_PID=""
trap 'if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

[ -f target/roster.jar ] && [ "${BENCH_BUILD:-1}" = 0 ] || mvn -q -B -DskipTests package

rate() { wrk -t1 -c"$CONNECTIONS" -d"$1s" -s "$2" "http://127.0.0.1:$PORT" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "errors " $NF > "/dev/stderr"}'; }
ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
# "<rate>/s <µs of server CPU per request>" for one measurement of script $1.
measure() {
  local before after r
  before=$(ticks)
  r=$(rate "$DURATION" "$1")
  after=$(ticks)
  awk -v r="$r" -v t="$((after - before))" -v d="$DURATION" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%8.0f/s %6.0f us cpu", r, t / hz * 1e6 / (r * d) }'
}

for round in $(seq 1 "$ROUNDS"); do
  for size in 0 1000; do
    rm -rf "$WORK/data" "$WORK/out"
    ROSTER_BOOTSTRAP_TOKEN="$TOKEN" java -jar target/roster.jar serve --port "$PORT" --data-dir "$WORK/data" \
      --rate-limit off --journal-size "$size" > "$WORK/out" 2> "$WORK/err" &
    SERVER_PID=$!
    until grep -q "listening on" "$WORK/out" 2>/dev/null; do kill -0 "$SERVER_PID" || { cat "$WORK/err"; exit 1; }; sleep 0.05; done
    BENCH_KIND=dev BENCH_RUN="w$round$size" rate "$WARMUP" bench/lua/create.lua > /dev/null
    BENCH_PATH=/dev-users.list BENCH_FILTER="sort_by=created_date:desc" rate "$WARMUP" bench/lua/list.lua > /dev/null
    create=$(BENCH_KIND=dev BENCH_RUN="m$round$size" measure bench/lua/create.lua)
    get=$(BENCH_PATH=/dev-users.get BENCH_PREFIX=DEVU BENCH_FIRST=2 BENCH_LAST=100 measure bench/lua/get.lua)
    page=$(BENCH_PATH=/dev-users.list BENCH_FILTER="sort_by=created_date:desc" measure bench/lua/list.lua)
    printf 'round %s  journal-size %-5s create %s   get %s   page of 50 %s\n' "$round" "$size" "$create" "$get" "$page"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  done
done
