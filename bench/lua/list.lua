-- GET <path>?limit=<BENCH_LIMIT, default 50>&<filter>, the filter's value drawn at random from [FIRST, LAST] when it holds "%d".
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local path = os.getenv("BENCH_PATH")
local filter = os.getenv("BENCH_FILTER")
local limit = os.getenv("BENCH_LIMIT") or "50"
local first = common.env_number("BENCH_FIRST", 1)
local last = common.env_number("BENCH_LAST", 1)

request = function()
  local value = math.random(first, last)
  return wrk.format("GET", path .. "?limit=" .. limit .. "&" .. string.format(filter, value), common.headers)
end
