# Keycloak on the same PostgreSQL, measured with the same wrk settings as Roster, for Roster's ratio
# to what a user would otherwise pick. Sourced by bench/run.sh, whose measure, warm and fresh_pg it
# uses; run_keycloak appends rows of engine "keycloak", named after Roster's rows they compare with.
#
# It fetches org.keycloak:keycloak-quarkus-dist with Maven into bench/target/ (git-ignored), builds it
# for PostgreSQL once, runs it with `start --optimized` on its own database (keycloak_bench, dropped
# and made again each run), seeds 5,000 users through the admin REST API, and measures GET one user,
# the first page of 50, a federated identity's link+unlink and user create.
#
# Environment: BENCH_KEYCLOAK_VERSION (default 26.4.7), BENCH_KEYCLOAK_HEAP (default -Xms512m -Xmx2g).

KC_VERSION="${BENCH_KEYCLOAK_VERSION:-26.4.7}"
KC_HOME="$PWD/bench/target/keycloak-$KC_VERSION"
KC_URL=http://127.0.0.1:18180
KC_HEALTH=http://127.0.0.1:19080/health/ready
KC_REALM=bench
KC_USERS=5000
KC_PASSWORD=bench-admin-password
KC_PID=""

# Keycloak's kc.sh runs java as its child, so it starts in a process group of its own and stops as one.
stop_keycloak() {
  if [ -n "$KC_PID" ]; then kill -- -"$KC_PID" 2>/dev/null || true; wait "$KC_PID" 2>/dev/null || true; KC_PID=""; fi
}

fetch_keycloak() {
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    echo "keycloak: fetching $KC_VERSION" >&2
    mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" -DoutputDirectory=bench/target
    tar xzf "bench/target/keycloak-quarkus-dist-$KC_VERSION.tar.gz" -C bench/target
  fi
  # `build` fixes the build-time options (the database vendor, health checks) that `start --optimized` needs.
  if [ ! -f "$KC_HOME/bench-built" ]; then
    echo "keycloak: building for PostgreSQL" >&2
    "$KC_HOME/bin/kc.sh" build --db=postgres --health-enabled=true > "$WORK/keycloak-build.out" 2>&1 \
      || { cat "$WORK/keycloak-build.out" >&2; exit 1; }
    touch "$KC_HOME/bench-built"
  fi
}

start_keycloak() {
  JAVA_OPTS_KC_HEAP="${BENCH_KEYCLOAK_HEAP:--Xms512m -Xmx2g}" KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_PASSWORD" setsid "$KC_HOME/bin/kc.sh" start --optimized \
    --db-url="$1" --db-username=postgres --http-enabled=true --http-host=127.0.0.1 --http-port="${KC_URL##*:}" \
    --http-management-port=19080 --hostname-strict=false > "$WORK/keycloak.out" 2>&1 &
  KC_PID=$!
  local deadline=$(( $(date +%s) + 600 ))
  until curl -sf "$KC_HEALTH" > /dev/null; do
    if ! kill -0 "$KC_PID" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      tail -30 "$WORK/keycloak.out" >&2; echo "keycloak did not start" >&2; exit 1
    fi
    sleep 1
  done
}

# kc_api METHOD PATH [JSON]: the admin REST API under /admin/realms, with the admin token.
kc_api() {
  curl -sf -X "$1" -H "Authorization: Bearer $KC_TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"} \
    "$KC_URL/admin/realms$2"
}

kc_token() {
  curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d "password=$KC_PASSWORD" \
    "$KC_URL/realms/master/protocol/openid-connect/token"
}

# The master realm's tokens live 60 s by default: the run needs one that outlasts it.
admin_token() {
  KC_TOKEN=$(kc_token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  kc_api PUT /master '{"accessTokenLifespan":14400,"ssoSessionIdleTimeout":14400,"ssoSessionMaxLifespan":14400}' > /dev/null
  local answer; answer=$(kc_token)
  KC_TOKEN=$(echo "$answer" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  local lifetime; lifetime=$(echo "$answer" | sed -E 's/.*"expires_in":([0-9]+).*/\1/')
  [ "$lifetime" -ge 14400 ] || { echo "keycloak: the admin token lives only ${lifetime}s" >&2; exit 1; }
}

# kc_provider ID: an identity provider bench<ID> for the link+unlink run of that id (see keycloak-link_unlink.lua).
kc_provider() {
  kc_api POST "/$KC_REALM/identity-provider/instances" '{"alias":"bench'"$1"'","providerId":"github","enabled":true,
    "config":{"clientId":"bench","clientSecret":"bench"}}' > /dev/null
}

# 5,000 users through the admin REST API (8 at a time, in one curl), then their ids for the scripts.
seed_keycloak() {
  local config="$WORK/keycloak-seed.curl" i
  for i in $(seq 1 "$KC_USERS"); do
    [ "$i" -eq 1 ] || echo next
    printf 'url = "%s"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' \
      "$KC_URL/admin/realms/$KC_REALM/users" "$KC_TOKEN"
    printf 'data = "{\\"username\\":\\"dev%d\\",\\"email\\":\\"dev%d@bench.example.com\\",\\"enabled\\":true,' "$i" "$i"
    printf '\\"firstName\\":\\"Dev\\",\\"lastName\\":\\"%d\\"}"\nsilent\noutput = /dev/null\nwrite-out = "%%{http_code}\\n"\n' "$i"
  done > "$config"
  local failed; failed=$(curl -s --parallel --parallel-max 8 -K "$config" 2> "$WORK/keycloak-seed.err" | grep -vc '^201$' || true)
  [ "$failed" -eq 0 ] || { echo "keycloak: $failed of $KC_USERS users were not created" >&2; exit 1; }
  kc_api GET "/$KC_REALM/users?first=0&max=$KC_USERS&briefRepresentation=true" \
    | grep -o '"id":"[^"]*"' | cut -d'"' -f4 > "$WORK/keycloak-ids"
  [ "$(wc -l < "$WORK/keycloak-ids")" -eq "$KC_USERS" ] || { echo "keycloak: seeded users missing" >&2; exit 1; }
}

run_keycloak() {
  fetch_keycloak
  echo "keycloak $KC_VERSION: starting and seeding $KC_USERS users" >&2
  start_keycloak "$(fresh_pg keycloak_bench)"
  admin_token
  kc_api POST "" '{"realm":"'"$KC_REALM"'","enabled":true}' > /dev/null
  seed_keycloak
  local lua="$PWD/bench/lua"
  export BENCH_KC_TOKEN="$KC_TOKEN" BENCH_KC_IDS="$WORK/keycloak-ids" BENCH_KC_REALM="$KC_REALM"
  warm "$lua/keycloak-get.lua" "$KC_URL"
  measure dev-users.get keycloak "$lua/keycloak-get.lua" "$KC_URL"
  measure "dev-users.list (page of 50)" keycloak "$lua/keycloak-list.lua" "$KC_URL"
  kc_provider warm
  warm "$lua/keycloak-link_unlink.lua" "$KC_URL"
  BENCH_BEFORE_RUN=kc_provider measure "dev-users link+unlink" keycloak "$lua/keycloak-link_unlink.lua" "$KC_URL"
  measure dev-users.create keycloak "$lua/keycloak-create.lua" "$KC_URL"
  stop_keycloak
}
