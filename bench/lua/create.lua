-- Creates objects with unique emails and refs: dev users (BENCH_KIND=dev) or rev users in a rev org.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local kind = os.getenv("BENCH_KIND")
local target = os.getenv("BENCH_TARGET")
local run = os.getenv("BENCH_RUN") or "0"
local n = 0

request = function()
  n = n + 1
  local key = run .. "-" .. n
  if kind == "dev" then
    return wrk.format("POST", "/dev-users.create", common.headers,
      '{"email":"c' .. key .. '@bench.example.com","state":"shadow","full_name":"Bench ' .. key .. '"}')
  end
  return wrk.format("POST", "/rev-users.create", common.headers,
    '{"email":"c' .. key .. '@customer.example.com","display_name":"Bench ' .. key .. '","external_ref":"bench-' .. key
      .. '","rev_org":"REV-' .. target .. '"}')
end
