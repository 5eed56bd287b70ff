-- Links then unlinks a federated identity over the seeded users, as link_unlink.lua does for Roster:
-- one pass links every user, the next unlinks them all, so a user's link and unlink never race.
-- Each run uses its own identity provider, bench<BENCH_RUN>, made before the run, so a link a run left
-- behind never conflicts with the next run's (Keycloak answers 409 to a second link to one provider).
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local kc = require("keycloak-common")
local ids = kc.ids()
local provider = "bench" .. (os.getenv("BENCH_RUN") or "0")
local n = -1
local primed = false

local function build(i, linking)
  local path = kc.users .. "/" .. ids[i] .. "/federated-identity/" .. provider
  if linking then
    return wrk.format("POST", path, kc.headers,
      '{"identityProvider":"' .. provider .. '","userId":"' .. provider .. '-' .. i .. '","userName":"b' .. i .. '"}')
  end
  return wrk.format("DELETE", path, kc.headers)
end

request = function()
  -- wrk builds one request per connection it may never send; a GET absorbs it, since a second link
  -- of one user to one provider would fail.
  if not primed then
    primed = true
    return wrk.format("GET", kc.users .. "/" .. ids[1], kc.headers)
  end
  n = n + 1
  return build(1 + (n % #ids), (math.floor(n / #ids) % 2) == 0)
end
