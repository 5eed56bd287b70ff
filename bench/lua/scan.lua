-- rev-users.scan, following cursors: each answer's next_cursor is queued and a later request takes
-- it, so the connections walk pages all through the table instead of re-reading the first one.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local cursors = {}

request = function()
  local cursor = table.remove(cursors)
  if cursor then return wrk.format("GET", "/rev-users.scan?cursor=" .. cursor, common.headers) end
  return wrk.format("GET", "/rev-users.scan", common.headers)
end

response = function(status, headers, body)
  local cursor = body and body:match('"next_cursor":"([^"]+)"')
  if cursor and #cursors < 1000 then table.insert(cursors, cursor) end
end
