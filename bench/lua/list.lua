-- GET <path>?limit=50&<filter>, the filter's value rotating over [FIRST, LAST] when it holds "%d".
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local path = os.getenv("BENCH_PATH")
local filter = os.getenv("BENCH_FILTER")
local first = common.env_number("BENCH_FIRST", 1)
local last = common.env_number("BENCH_LAST", 1)
local n = 0

request = function()
  n = n + 1
  local value = first + (n % (last - first + 1))
  return wrk.format("GET", path .. "?limit=50&" .. string.format(filter, value), common.headers)
end
