-- Shared by the benchmark scripts: the token, JSON headers, and error counting that wrk's summary
-- lacks (4xx/5xx bodies are counted as errors by the runner through wrk's "Non-2xx" line).
local common = {}

common.token = os.getenv("BENCH_TOKEN") or "bench-token-with-the-32-characters-a-bootstrap-token-needs"
common.headers = { ["Authorization"] = "Bearer " .. common.token, ["Content-Type"] = "application/json" }

function common.env_number(name, default)
  local value = os.getenv(name)
  return value and tonumber(value) or default
end

return common
