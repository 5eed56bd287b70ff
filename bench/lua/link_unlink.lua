-- Links then unlinks over a pool of objects: one pass links every object of the pool, the next
-- unlinks them all, so an object's link and unlink are a whole pool apart and never race.
-- BENCH_KIND=dev: dev-users.identities.link/unlink on DEVU-<n>, with an issuer of the run's own;
-- BENCH_KIND=rev: rev-users.link/unlink of REVU-<n> to/from REV-<BENCH_TARGET - BENCH_ROUND> (the rev
-- user starts in another rev org). A run of either kind thus changes every object it links, even one
-- an earlier run left linked: a link that changes nothing would be cheaper and emit no event.
package.path = package.path .. ";" .. (os.getenv("BENCH_LUA") or "bench/lua") .. "/?.lua"
local common = require("common")
local kind = os.getenv("BENCH_KIND")
local first = common.env_number("BENCH_FIRST", 1)
local last = common.env_number("BENCH_LAST", 1)
local target = tostring(common.env_number("BENCH_TARGET", 1) - common.env_number("BENCH_ROUND", 0))
local run = os.getenv("BENCH_RUN") or "0"
local pool = last - first + 1
local n = -1
local primed = false

local function build(id, linking)
  if kind == "dev" then
    if linking then
      return wrk.format("POST", "/dev-users.identities.link", common.headers,
        '{"dev_user":"DEVU-' .. id .. '","issuer":"bench' .. run .. '","id":"b' .. run .. '-' .. id .. '"}')
    end
    return wrk.format("POST", "/dev-users.identities.unlink", common.headers,
      '{"dev_user":"DEVU-' .. id .. '","issuer":"bench' .. run .. '"}')
  end
  if linking then
    return wrk.format("POST", "/rev-users.link", common.headers, '{"id":"REVU-' .. id .. '","rev_org":"REV-' .. target .. '"}')
  end
  return wrk.format("POST", "/rev-users.unlink", common.headers, '{"id":"REVU-' .. id .. '","rev_org":"REV-' .. target .. '"}')
end

request = function()
  -- wrk builds one request per connection it may never send; an idempotent link of the first object
  -- absorbs it, so the sequence below never unlinks an object whose link was not sent.
  if not primed then
    primed = true
    return build(first, true)
  end
  n = n + 1
  return build(first + (n % pool), (math.floor(n / pool) % 2) == 0)
end
