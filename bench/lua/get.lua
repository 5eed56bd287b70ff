-- GET <path>?id=<PREFIX>-<n>, n drawn at random from [FIRST, LAST].
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local path = os.getenv("BENCH_PATH")
local prefix = os.getenv("BENCH_PREFIX")
local first = common.env_number("BENCH_FIRST", 1)
local last = common.env_number("BENCH_LAST", 1)

request = function()
  local id = math.random(first, last)
  return wrk.format("GET", path .. "?id=" .. prefix .. "-" .. id, common.headers)
end
