# Each write measured with one active webhook and with none, on one server, for issue 16's targets:
# at most 15% fewer writes/s with the webhook, and on PostgreSQL, with it, 0.35x pgbench's INSERT.
# Sourced by bench/run.sh, whose wrk_once and record it uses, and its receiver (bench/receiver.sh).
#
# The webhook belongs to the bench token's dev org, takes every event type, and posts to the nginx
# receiver; the server runs with --webhook-verify off, so it is active at once. Each measurement
# starts with no delivery pending: the one with the webhook does not pay for an earlier backlog, nor
# the one without for the deliveries of the one before it.

# hook_create BASE STORE: makes the webhook. STORE is the server's JDBC URL, where hook_pending looks.
hook_create() {
  HOOK_BASE="$1" HOOK_STORE="$2"
  # Every type the server emits: the list its 400 names for an unknown one, so none is left out.
  local types
  types=$(hook_api /webhooks.create '{"url":"http://127.0.0.1:1/","event_types":["none"]}' \
    | grep -o '"allowed_values":\[[^]]*\]' | cut -d: -f2)
  HOOK_ID=$(hook_api /webhooks.create "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"event_types\":$types}" \
    | grep -o '"display_id":"WEBHOOK-[0-9]*"' | cut -d'"' -f4)
  [ -n "$HOOK_ID" ] && [ "$(hook_status)" = active ] || { echo "the bench's webhook is not active" >&2; exit 1; }
  echo "  webhook $HOOK_ID: every event type ($types)" >&2
}

hook_api() {
  curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" "$HOOK_BASE$1" -d "$2"
}
hook_status() { hook_api /webhooks.get "{\"id\":\"$HOOK_ID\"}" | grep -o '"status":"[a-z]*"' | cut -d'"' -f4; }

# hook_set activate|deactivate: an inactive webhook's pending deliveries wait for it to be active
# again, so the backlog drains first; then activation's own webhook_updated event drains too.
hook_set() {
  hook_drain
  hook_api /webhooks.update "{\"id\":\"$HOOK_ID\",\"action\":\"$1\"}" > /dev/null
  [ "$(hook_status)" = "$([ "$1" = activate ] && echo active || echo inactive)" ] || { echo "webhooks.update $1 failed" >&2; exit 1; }
  hook_drain
}

# hook_pending: the deliveries not yet delivered, as "PENDING FAILED".
hook_pending() {
  local sql="select state, count(*) from delivery where state in ('pending', 'failed') group by state"
  case "$HOOK_STORE" in
    jdbc:postgresql:*) psql -Atq "${PG_ADMIN%/*}/$(echo "$HOOK_STORE" | sed -E 's|.*/([^/?]+).*|\1|')" -c "$sql" ;;
    jdbc:sqlite:*) sqlite3 -cmd '.timeout 5000' "${HOOK_STORE#jdbc:sqlite:}" "$sql" ;;
  esac | awk -F'|' '{n[$1] = $2} END {printf "%d %d\n", n["pending"], n["failed"]}'
}

# hook_drain: waits until every delivery has been delivered (two minutes at most).
hook_drain() {
  local deadline=$(( $(date +%s) + 120 )) left
  while left=$(hook_pending); [ "$left" != "0 0" ]; do
    [ "${left#* }" = 0 ] || { echo "${left#* } webhook deliveries failed" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "webhook deliveries still pending after 2 minutes: $left" >&2; exit 1; }
    sleep 0.1
  done
}

# measure_writes NAME ENGINE SCRIPT URL: RUNS runs each without the webhook (row NAME) and with it
# (row "NAME (one webhook)"), alternating which goes first so that neither always meets the warmer
# server or the smaller table. A row with the webhook also records the events the receiver got
# during its run and until the backlog drained, and the seconds it took to drain. Each wrk run has
# its number in BENCH_ROUND (from 1), for link_unlink.lua.
measure_writes() {
  local name="$1" engine="$2" script="$3" url="$4" run state before line during drained round=0
  : > "$WORK/runs.none"; : > "$WORK/runs.hook"
  for run in $(seq 1 "$RUNS"); do
    for state in $([ $((run % 2)) = 1 ] && echo "none hook" || echo "hook none"); do
      round=$((round + 1))
      if [ "$state" = none ]; then
        hook_set deactivate
        BENCH_ROUND=$round wrk_once "$RANDOM$run" "$script" "$url" >> "$WORK/runs.none"
        continue
      fi
      hook_set activate
      before=$(received)
      line=$(BENCH_ROUND=$round wrk_once "$RANDOM$run" "$script" "$url")
      during=$(received) drained=$(date +%s%N)
      hook_drain
      drained=$(( ($(date +%s%N) - drained) / 1000000 ))
      # Each read of the receiver's count counts itself.
      printf '%s\t%d\t%d\t%d.%03ds\n' "$line" $((during - before - 1)) $(($(received) - before - 2)) \
        $((drained / 1000)) $((drained % 1000)) >> "$WORK/runs.hook"
    done
  done
  hook_set activate
  record "$name" "$engine" "$WORK/runs.none"
  record "$name (one webhook)" "$engine" "$WORK/runs.hook"
}
