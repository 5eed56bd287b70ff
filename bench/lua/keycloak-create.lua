-- POST /admin/realms/R/users with a unique username and email.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local kc = require("keycloak-common")
local run = os.getenv("BENCH_RUN") or "0"
local n = 0

request = function()
  n = n + 1
  local key = run .. "-" .. n
  return wrk.format("POST", kc.users, kc.headers,
    '{"username":"c' .. key .. '","email":"c' .. key .. '@bench.example.com","enabled":true,"firstName":"Bench","lastName":"'
      .. key .. '"}')
end
