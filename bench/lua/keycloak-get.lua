-- GET /admin/realms/R/users/{id}, the id drawn at random from the seeded users.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local kc = require("keycloak-common")
local ids = kc.ids()

request = function()
  return wrk.format("GET", kc.users .. "/" .. ids[math.random(#ids)], kc.headers)
end
