-- A mixed load for the memory measurement: reads of every kind over the seeded data, and creates.
-- Seeded ids: dev users [2, BENCH_DEV_LAST], rev users [1, BENCH_REV_LAST], rev orgs 1..1000.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local dev_last = common.env_number("BENCH_DEV_LAST", 10001)
local rev_last = common.env_number("BENCH_REV_LAST", 10000)
local run = os.getenv("BENCH_RUN") or "0"
local n = 0

request = function()
  n = n + 1
  local pick = math.random(100)
  if pick <= 35 then
    return wrk.format("GET", "/rev-users.get?id=REVU-" .. math.random(1, rev_last), common.headers)
  elseif pick <= 55 then
    return wrk.format("GET", "/dev-users.get?id=DEVU-" .. math.random(2, dev_last), common.headers)
  elseif pick <= 75 then
    return wrk.format("GET", "/rev-users.list?limit=50&rev_org=REV-" .. math.random(1, 1000), common.headers)
  elseif pick <= 85 then
    return wrk.format("GET", "/dev-users.list?limit=50&external_identity.issuer=github", common.headers)
  elseif pick <= 95 then
    local key = run .. "-" .. n
    return wrk.format("POST", "/rev-users.create", common.headers,
      '{"email":"m' .. key .. '@customer.example.com","display_name":"Mixed ' .. key .. '","rev_org":"REV-'
        .. math.random(1, 1000) .. '"}')
  end
  return wrk.format("POST", "/dev-users.list", common.headers, '{"limit":50,"state":["shadow"]}')
end
