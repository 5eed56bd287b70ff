# Turns the scale run's results into the README's tables: rate and p99 at 10,000 against 1,000,000 rev
# users, time to ready, database size per rev user, and resident memory under load and at idle.
BEGIN { FS = "\t"; if (!small) small = 10000; if (!large) large = 1000000 }
$1 == "#ready" { key = $2 SUBSEP $3; ready[key] = ready[key] (ready[key] == "" ? "" : " ") $4; if (!(key in seen)) { seen[key] = 1; order[++nready] = key } next }
$1 == "#seed" { seed[$2 SUBSEP $3] = $4; next }
$1 == "#dbsize" { dbsize[$2 SUBSEP $3] = $4; if (!($2 in engines)) nengines++; engines[$2] = 1; next }
$1 == "#rss" { rss[++nrss] = $0; next }
$1 == "#idle" { idle[++nidle] = $0; next }
{
  split($1, parts, "@"); name = parts[1]; size = parts[2]
  key = name SUBSEP $2
  if (!(key in known)) { known[key] = 1; ops[++nops] = key }
  rps[key, size] = $3; p99[key, size] = $5; errors[key, size] = $6
}
function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }
function median(list,    n, a, i, j, t) {
  n = split(list, a, " ")
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return a[int((n + 1) / 2)]
}
# Each table is printed only when the run measured it (`bench/run.sh start` measures starts alone).
END {
  if (nops) print_reads()
  if (nready) print_starts()
  if (nengines) print_sizes()
  if (nrss) print_memory()
  if (nidle) print_idle()
}
# Issue 16: at 1,000,000 rev users every read keeps at least 80% of its rate at 10,000, with p99 at most 1.5x.
function print_reads(    i, k, nk, kept, ratio, bad, target, met) {
  print "| operation | engine | req/s at 10k | p99 at 10k | req/s at 1M | p99 at 1M | rate kept | p99 ratio | target | met |"
  print "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  for (i = 1; i <= nops; i++) {
    k = ops[i]; split(k, nk, SUBSEP)
    kept = rps[k, small] > 0 ? rps[k, large] / rps[k, small] : 0
    ratio = ms(p99[k, large]) / ms(p99[k, small])
    bad = errors[k, small] + errors[k, large]
    target = nk[1] ~ /limit 50/ ? "-" : ">= 80% rate, p99 <= 1.5x"
    met = target == "-" ? "-" : (kept >= 0.8 && ratio <= 1.5 ? "yes" : "no")
    if (bad > 0) met = "no (" bad " errors)"
    printf "| %s | %s | %d | %s | %d | %s | %.0f%% | %.2fx | %s | %s |\n", nk[1], nk[2], rps[k, small], p99[k, small], rps[k, large], p99[k, large], kept * 100, ratio, target, met
  }
  print ""
}
function print_starts(    i, rk, m, want) {
  print "| start to `listening on` | engine | ms (each start) | median | target | met |"
  print "| --- | --- | --- | ---: | --- | --- |"
  for (i = 1; i <= nready; i++) {
    split(order[i], rk, SUBSEP); m = median(ready[order[i]])
    # The issues set start targets for the embedded default, SQLite; PostgreSQL's are shown without one.
    # Issue 16: restarts on an empty store without the class-data archive under 0.8 s; the first start,
    # which creates the schema, keeps the earlier 1.5 s.
    want = rk[1] != "sqlite" ? 0 : rk[2] ~ ("^" large " ") ? 2500 : rk[2] ~ /archive/ ? 0 : rk[2] ~ /^first/ ? 1500 : rk[2] ~ /empty/ ? 800 : 0
    printf "| %s | %s | %s | %d | %s | %s |\n", rk[2], rk[1], ready[order[i]], m, want ? "< " want : "-", want ? (m < want ? "yes" : "no") : "-"
  }
  print ""
}
function print_sizes(    e) {
  print "| engine | seed 10k (ms) | seed to 1M (ms) | size at 10k | size at 1M | bytes per added rev user |"
  print "| --- | ---: | ---: | ---: | ---: | ---: |"
  for (e in engines) {
    printf "| %s | %d | %d | %.1f MiB | %.1f MiB | %d |\n", e, seed[e, small], seed[e, large - small], dbsize[e, small] / 1048576, dbsize[e, large] / 1048576, (dbsize[e, large] - dbsize[e, small]) / (large - small)
  }
  print ""
}
function print_memory(    i, r, change, met) {
  print "| resident memory under mixed load | engine | rev users | after 10 s | after 60 s | change | target | met |"
  print "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |"
  for (i = 1; i <= nrss; i++) {
    split(rss[i], r, FS); change = (r[5] - r[4]) / r[4]
    met = (change <= 0.2 && change >= -0.2) ? "yes" : "no"
    if (r[6] > 0) met = "no (" r[6] " errors)"
    printf "| -Xmx256m | %s | %d | %.0f MiB | %.0f MiB | %+.1f%% | within 20%% | %s |\n", r[2], r[3], r[4] / 1024, r[5] / 1024, change * 100, met
  }
}

# Issue 16: resident memory after seeding, at idle, under 150 MiB.
function print_idle(    i, r, mib) {
  print ""
  print "| resident memory at idle | engine | rev users | state | VmRSS | target | met |"
  print "| --- | --- | ---: | --- | ---: | --- | --- |"
  for (i = 1; i <= nidle; i++) {
    split(idle[i], r, FS); mib = r[5] / 1024
    printf "| -Xmx256m | %s | %d | %s | %.0f MiB | < 150 MiB | %s |\n", r[2], r[3], r[4], mib, mib < 150 ? "yes" : "no"
  }
}
