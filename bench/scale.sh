# The scale mode of bench/run.sh (sourced by it): the same server at 10,000 and at 1,000,000 rev users,
# under -Xmx256m. Rows it adds to $RESULTS: operations as "name@size", and "#ready", "#seed",
# "#dbsize", "#rss" and "#idle" rows that bench/scale-report.awk turns into the README's tables.

SCALE_JVM="-Xmx256m"
SMALL=10000
LARGE="${BENCH_SCALE_LARGE:-1000000}"
SCALE_DEV_USERS=100000

# ready ENGINE URL LABEL [JVM options...]: starts Roster, records the milliseconds from process start
# to "listening on".
ready() {
  local engine="$1" url="$2" label="$3"; shift 3
  start_roster "$url" $SCALE_JVM "$@"
  printf '#ready\t%s\t%s\t%s\n' "$engine" "$label" "$READY_MS" >> "$RESULTS"
  echo "  ready ($label): $READY_MS ms" >&2
}

# The JVM's own class-data sharing for the application's classes (JDK 19+): the first start with
# these options writes the archive when the process exits, later starts map it instead of loading
# and verifying each class from the jar. README.md ("Faster starts") shows the same options.
CDS_OPTIONS=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$WORK/roster.jsa")

# starts ENGINE URL: time to ready on an empty store: the first start, five restarts, then five
# restarts with a class-data archive (made by one start that is not counted).
starts() {
  local engine="$1" url="$2" run
  ready "$engine" "$url" "first start, empty store"
  stop_server
  for run in 1 2 3 4 5; do ready "$engine" "$url" "empty store"; stop_server; done
  rm -f "$WORK/roster.jsa"
  start_roster "$url" $SCALE_JVM "${CDS_OPTIONS[@]}"; stop_server
  for run in 1 2 3 4 5; do ready "$engine" "$url" "empty store, class-data archive" "${CDS_OPTIONS[@]}"; stop_server; done
}

db_bytes() {
  case "$1" in
    sqlite) stat -c %s "$WORK/data/roster.db" ;;
    postgresql) psql -qAt "${PG_ADMIN%/*}/roster_scale" -c "select pg_database_size(current_database())" ;;
  esac
}

seed() {
  local engine="$1" url="$2"; shift 2
  local started; started=$(date +%s%N)
  java --enable-native-access=ALL-UNNAMED -cp target/roster.jar bench/Seed.java "$(jdbc_for_seed "$url")" "$@" >&2
  printf '#seed\t%s\t%s\t%s\n' "$engine" "$3" "$(( ($(date +%s%N) - started) / 1000000 ))" >> "$RESULTS"
}

# The reads whose p99 must stay flat as the directory grows. Each rev org holds 10 rev users at
# 10,000 and 1,000 at 1,000,000, so the filtered list is measured with pages of 10 (full at both
# sizes, like against like) and, for information, with pages of 50.
scale_reads() {
  local engine="$1" size="$2" base="http://127.0.0.1:$PORT" lua="$PWD/bench/lua"
  BENCH_PATH=/rev-users.get BENCH_PREFIX=REVU BENCH_FIRST=1 BENCH_LAST="$size" warm "$lua/get.lua" "$base"
  BENCH_PATH=/rev-users.get BENCH_PREFIX=REVU BENCH_FIRST=1 BENCH_LAST="$size" \
    measure "rev-users.get@$size" "$engine" "$lua/get.lua" "$base"
  BENCH_PATH=/dev-users.get BENCH_PREFIX=DEVU BENCH_FIRST=2 BENCH_LAST=$((SCALE_DEV_USERS + 1)) \
    measure "dev-users.get@$size" "$engine" "$lua/get.lua" "$base"
  BENCH_PATH=/rev-users.list BENCH_FILTER="rev_org=REV-%d" BENCH_FIRST=1 BENCH_LAST=1000 BENCH_LIMIT=10 \
    measure "rev-users.list (by rev_org, limit 10)@$size" "$engine" "$lua/list.lua" "$base"
  BENCH_PATH=/rev-users.list BENCH_FILTER="rev_org=REV-%d" BENCH_FIRST=1 BENCH_LAST=1000 BENCH_LIMIT=50 \
    measure "rev-users.list (by rev_org, limit 50)@$size" "$engine" "$lua/list.lua" "$base"
  measure "rev-users.scan (page of 100)@$size" "$engine" "$lua/scan.lua" "$base"
}

# Resident memory of the server after 10 s and after 60 s of mixed reads and creates (at the large
# size only, as its creates add rev users).
memory_under_load() {
  local engine="$1" size="$2" out="$WORK/mixed.out" rss10 rss60 errors
  BENCH_RUN="mixed$RANDOM" BENCH_REV_LAST="$size" BENCH_DEV_LAST=$((SCALE_DEV_USERS + 1)) \
    wrk -t1 -c"$CONNECTIONS" -d60s -s "$PWD/bench/lua/mixed.lua" "http://127.0.0.1:$PORT" > "$out" &
  local load=$!
  sleep 10; rss10=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  sleep 50; rss60=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  wait "$load"
  errors=$(awk '/Non-2xx/ {e += $NF} /Socket errors/ {gsub(/,/, ""); e += $4 + $6 + $8 + $10} END {print e + 0}' "$out")
  printf '#rss\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$size" "$rss10" "$rss60" "$errors" >> "$RESULTS"
  echo "  resident after 10 s: $rss10 KiB, after 60 s: $rss60 KiB, $(awk '/Requests\/sec/ {print $2}' "$out") req/s, errors $errors" >&2
}

# idle_memory ENGINE SIZE STATE: resident memory of the server after IDLE_SECONDS without a request.
IDLE_SECONDS="${BENCH_IDLE_SECONDS:-30}"
idle_memory() {
  local engine="$1" size="$2" state="$3" rss
  sleep "$IDLE_SECONDS"
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  printf '#idle\t%s\t%s\t%s\t%s\n' "$engine" "$size" "$state" "$rss" >> "$RESULTS"
  echo "  resident after ${IDLE_SECONDS} s idle ($state): $rss KiB" >&2
}

run_scale() {
  local engine="$1" url="$2" run
  echo "$engine: scale" >&2
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"
  # Let the build's or the last run's processes finish exiting: they share the two cores.
  sleep 5
  starts "$engine" "$url"

  seed "$engine" "$url" "$SCALE_DEV_USERS" 1000 "$SMALL"
  printf '#dbsize\t%s\t%s\t%s\n' "$engine" "$SMALL" "$(db_bytes "$engine")" >> "$RESULTS"
  ready "$engine" "$url" "$SMALL rev users"
  idle_memory "$engine" "$SMALL" "seeded, no request yet"
  scale_reads "$engine" "$SMALL"
  idle_memory "$engine" "$SMALL" "after the reads"
  stop_server

  seed "$engine" "$url" 0 0 $((LARGE - SMALL))
  printf '#dbsize\t%s\t%s\t%s\n' "$engine" "$LARGE" "$(db_bytes "$engine")" >> "$RESULTS"
  for run in 1 2 3 4 5; do ready "$engine" "$url" "$LARGE rev users"; [ "$run" = 5 ] || stop_server; done
  idle_memory "$engine" "$LARGE" "seeded, no request yet"
  scale_reads "$engine" "$LARGE"
  idle_memory "$engine" "$LARGE" "after the reads"
  memory_under_load "$engine" "$LARGE"
  stop_server
}
