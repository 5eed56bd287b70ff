-- GET /admin/realms/R/users?first=0&max=50: the first page of 50, as Roster's page is its first.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local kc = require("keycloak-common")

request = function()
  return wrk.format("GET", kc.users .. "?first=0&max=50", kc.headers)
end
