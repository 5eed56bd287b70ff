-- Shared by the Keycloak scripts: the admin token (BENCH_KC_TOKEN), JSON headers, the realm's path,
-- and the seeded users' ids (one per line in BENCH_KC_IDS), which Keycloak makes as UUIDs.
local kc = {}

kc.headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_KC_TOKEN"), ["Content-Type"] = "application/json" }
kc.users = "/admin/realms/" .. (os.getenv("BENCH_KC_REALM") or "bench") .. "/users"

function kc.ids()
  local ids = {}
  for line in io.lines(os.getenv("BENCH_KC_IDS")) do table.insert(ids, line) end
  return ids
end

return kc
