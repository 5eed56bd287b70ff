#!/usr/bin/env bash
# The "hostile clients" issue's two response-memory attacks on Roster under -Xmx256m, on SQLite:
#   1. 100 rev users with custom fields of about 60 KiB each (the free-form cap is 64 KiB), listed
#      with limit=100 (a page of about 6 MB) by N clients that never read;
#   2. 300 connections that never read a page of about 2 MB (limit=33 of the same users).
# Prints per attack: the answers' statuses, the heap used at most and after a full GC, how /health
# and a small operation answered meanwhile, and whether the server logged an OutOfMemoryError.
#
#   bench/slow-readers.sh [JAR]     JAR defaults to target/roster.jar (built if missing)
#
# Environment: BENCH_HOLD (seconds each attack is held, default 20), BENCH_READERS (clients of
# attack 1, default 60: one token's share of slots is a quarter of --max-in-flight).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

JAR="${1:-target/roster.jar}"
HOLD="${BENCH_HOLD:-20}"
READERS="${BENCH_READERS:-60}"
TOKEN=bench-token-with-the-32-characters-a-bootstrap-token-needs
WORK="$(mktemp -d)"
[ -f "$JAR" ] || { echo "building Roster" >&2; mvn -q -B -DskipTests package; }

SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

# 1,200 slots, so that one token's quarter (300) admits every connection of attack 2: the bound on
# answers is what is measured, not the bound on requests.
ROSTER_BOOTSTRAP_TOKEN="$TOKEN" java -Xmx256m -jar "$JAR" serve --port 0 --data-dir "$WORK/data" \
  --rate-limit off --max-in-flight 1200 > "$WORK/server.out" 2> "$WORK/server.err" &
SERVER_PID=$!
until grep -q "listening on" "$WORK/server.out" 2>/dev/null; do
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
  sleep 0.05
done
# A free port: other benchmarks may run on this machine at the same time.
BASE=$(grep -o "http://127.0.0.1:[0-9]*" "$WORK/server.out" | head -1)
java bench/SlowReaders.java seed "$BASE" "$TOKEN" 100 60000
page=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/rev-users.list?limit=100" | wc -c)
small=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/rev-users.list?limit=33" | wc -c)

echo "jar: $JAR ($(java -version 2>&1 | head -1)); -Xmx256m; each attack held ${HOLD}s"
printf "| attack | page bytes | connections | answers | heap used, max (MiB) | heap after full GC (MiB) | /health 200 | slowest /health (ms) | dev-users.self 200 |\n"
printf "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n"
attack() {
  local name="$1" bytes="$2" path="$3" n="$4"
  java bench/SlowReaders.java attack "$BASE" "$TOKEN" "$SERVER_PID" "$path" "$n" "$HOLD" \
    | awk -F'\t' -v name="$name" -v bytes="$bytes" '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, bytes, $1, $2, $3, $4, $5, $6, $7}'
}
attack "limit=100, never read" "$page" "/rev-users.list?limit=100" "$READERS"
attack "limit=33, never read" "$small" "/rev-users.list?limit=33" 300
kill -0 "$SERVER_PID" 2>/dev/null && echo "server alive afterwards" || echo "server DIED"
grep -c OutOfMemoryError "$WORK/server.out" "$WORK/server.err" | sed 's/^/OutOfMemoryError lines: /'
