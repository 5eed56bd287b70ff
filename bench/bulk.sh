#!/usr/bin/env bash
# roster import and roster export of 1,000,000 rev users over 1,000 accounts (bench/BulkFile.java
# writes the file), on SQLite and then on PostgreSQL, each command in a JVM capped at -Xmx256m.
# Prints a markdown table: wall time, rows per second, CPU time, the command's peak resident memory
# and the load average around it.
#
#   bench/bulk.sh [REV_USERS]   needs JDK 21+, Maven, and PostgreSQL as for bench/run.sh (BENCH_PG);
#                               BENCH_NO_BUILD=1 uses target/roster.jar as it is;
#                               BENCH_ENGINES="sqlite" (or "postgresql") runs one engine only
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/jdk.sh

REV_USERS="${1:-1000000}"
ACCOUNTS=1000
PG_ADMIN="${BENCH_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ -z "${BENCH_NO_BUILD:-}" ]; then
  echo "building Roster" >&2
  mvn -q -B -DskipTests package
fi
java bench/BulkFile.java "$WORK/in.ndjson" "$ACCOUNTS" "$REV_USERS"
LINES=$((ACCOUNTS + REV_USERS))

# store ARGS...: creates the store (serve's first start), then stops the server.
store() {
  java -jar target/roster.jar serve --port 0 "$@" > "$WORK/server.out" 2> "$WORK/server.err" &
  local pid=$!
  until grep -q "listening on" "$WORK/server.out" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# measure ENGINE WHAT ROWS TARGET ARGS...: runs roster ARGS at -Xmx256m and prints a table row, with the
# command's CPU time (user + system): on a busy machine the steadier figure; and the load average
# (1 minute) at its start and end, which says how busy the machine was.
measure() {
  local engine=$1 what=$2 rows=$3 target=$4; shift 4
  local load_before load_after
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" java -Xmx256m -jar target/roster.jar "$@" > "$WORK/cmd.out" 2> "$WORK/cmd.err" \
    || { cat "$WORK/cmd.out" "$WORK/cmd.err" >&2; exit 1; }
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  read -r seconds kb user sys < "$WORK/time"
  awk -v e="$engine" -v w="$what" -v r="$rows" -v s="$seconds" -v k="$kb" -v t="$target" -v c="$user $sys" \
    -v l="$load_before to $load_after" \
    'BEGIN { split(c, cpu, " "); printf "| %s | %s | %d | %.1f s | %d | %.1f s | %d MB | %s | %s |\n", w, e, r, s, r / s,
      cpu[1] + cpu[2], k / 1024, l, t }'
}

# run ENGINE IMPORT_TARGET ARGS...: a new store, the import, then the export.
run() {
  local engine=$1 target=$2; shift 2
  store "$@"
  measure "$engine" "import" "$LINES" "$target" import "$WORK/in.ndjson" --errors "$WORK/errors" "$@"
  tail -1 "$WORK/cmd.out" >&2
  measure "$engine" "export" "$LINES" "< 60 s" export --kinds account,rev_user "$WORK/out.ndjson" "$@"
  echo "exported $(wc -l < "$WORK/out.ndjson") lines" >&2
}

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1)" >&2
echo "| command | engine | lines | time | lines/s | CPU | peak RSS | load | target |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
ENGINES="${BENCH_ENGINES:-sqlite postgresql}"
if [[ " $ENGINES " == *" sqlite "* ]]; then
  run sqlite "< 180 s" --data-dir "$WORK/data"
fi
if [[ " $ENGINES " != *" postgresql "* ]]; then
  :
elif psql -q "$PG_ADMIN" -c "drop database if exists roster_bulk_bench" -c "create database roster_bulk_bench" > /dev/null 2>&1; then
  run postgresql "< 300 s" --db-url "jdbc:postgresql://127.0.0.1:5432/roster_bulk_bench?user=postgres"
else
  echo "PostgreSQL at $PG_ADMIN is not reachable: skipped" >&2
fi
