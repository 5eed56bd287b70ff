# Turns the runner's results (name, engine, req/s, p50, p99, errors, requests; rows with a webhook
# also events delivered during the run and in all, and the time to drain) into the README's tables,
# with each figure against issue 16's target: the ratio to the ceiling its target names, and each
# write with one webhook against none. Rows of engine "keycloak" (when bench/keycloak.sh ran;
# -v keycloak=VERSION) go to a last table, as Roster's ratio to Keycloak (without a webhook, as
# Keycloak sends none).
BEGIN { FS = "\t"; hooked = " (one webhook)" }
{ name[NR] = $1; engine[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; errors[NR] = $6 }
{ row[$1, $2] = NR; writes[NR] = $7; during[NR] = $8; delivered[NR] = $9; drained[NR] = $10 }
$2 == "postgresql" { roster_pg[$1] = $3; roster_pg_errors[$1] = $6 }
$1 == "ceiling GET (constant body)" { ceiling_get = $3 }
$1 == "pgbench INSERT" { pgbench = $3 }

# The percentage fewer per second that the write of row i, with the webhook, made than without it.
function fewer_than_none(i) { return 100 * (rps[row[without(name[i]), engine[i]]] - rps[i]) / rps[row[without(name[i]), engine[i]]] }
function without(name) { return substr(name, 1, length(name) - length(hooked)) }

function met(value, want, at_most) {
  return (at_most ? value <= want : value >= want) ? "yes" : "no"
}

END {
  print "| operation | engine | req/s | p50 | p99 | errors | ratio | target | met |"
  print "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  for (i = 1; i <= NR; i++) {
    if (engine[i] == "keycloak") { compared = 1; continue }
    ratio = ""; target = ""; ok = ""
    if (name[i] ~ /\.get$/) {
      want = engine[i] == "sqlite" ? 0.5 : 0.3
      ratio = sprintf("%.2fx ceiling GET", rps[i] / ceiling_get); target = sprintf(">= %.2fx", want)
      ok = met(rps[i] / ceiling_get, want)
    } else if (name[i] ~ /page of 50/) {
      ratio = sprintf("%.3fx ceiling GET", rps[i] / ceiling_get); target = "- (for the Keycloak comparison)"
    } else if (name[i] ~ /list/) {
      ratio = sprintf("%.3fx ceiling GET", rps[i] / ceiling_get); target = ">= 0.12x"; ok = met(rps[i] / ceiling_get, 0.12)
    } else if (index(name[i], hooked) > 0) {
      # Against the same write without the webhook (the row above), and on PostgreSQL against pgbench.
      paired = 1
      ratio = fewer_than_none(i) < 0 ? sprintf("%.0f%% more than none", -fewer_than_none(i)) : sprintf("%.0f%% fewer than none", fewer_than_none(i))
      target = "<= 15% fewer"; ok = met(fewer_than_none(i), 15, 1)
      if (engine[i] == "postgresql") {
        ratio = sprintf("%.2fx pgbench INSERT; %s", rps[i] / pgbench, ratio)
        target = ">= 0.35x; " target; ok = met(rps[i] / pgbench, 0.35) "; " ok
      }
    } else if (name[i] ~ /link\+unlink|create/) {
      if (engine[i] == "postgresql") ratio = sprintf("%.2fx pgbench INSERT", rps[i] / pgbench)
      target = "- (the baseline of the row below)"
    }
    if (index(name[i], hooked) > 0 && delivered[i] < 1) ok = "no (nothing delivered)"
    if (errors[i] > 0) ok = "no (errors)"
    printf "| %s | %s | %d | %s | %s | %d | %s | %s | %s |\n", name[i], engine[i], rps[i], p50[i], p99[i], errors[i], ratio, target, ok
  }
  if (paired) webhook_table()
  if (compared) keycloak_table()
}

# Each write with one active webhook against none: at most 15% fewer per second, with every event
# delivered (the receiver's count during the run and once the backlog drained).
function webhook_table(   i, n, ok) {
  print "\nEach write with one active webhook (every event type, a local receiver) against none:\n"
  print "| operation | engine | no webhook req/s | one webhook req/s | fewer | target | met | writes answered | events delivered during the run | in all | drained after |"
  print "| --- | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |"
  for (i = 1; i <= NR; i++) {
    if (index(name[i], hooked) == 0) continue
    n = row[without(name[i]), engine[i]]
    ok = met(fewer_than_none(i), 15, 1)
    if (errors[i] > 0 || errors[n] > 0) ok = "no (errors)"
    else if (delivered[i] < 1) ok = "no (nothing delivered)"
    printf "| %s | %s | %d | %d | %.0f%% | <= 15%% | %s | %d | %d | %d | %s |\n", without(name[i]), engine[i], rps[n], rps[i],
      fewer_than_none(i), ok, writes[i], during[i], delivered[i], drained[i]
  }
}

function keycloak_table(   i, ratio) {
  printf "\nRoster against Keycloak %s, both on the same PostgreSQL:\n\n", keycloak
  print "| operation | Keycloak req/s | p50 | p99 | errors | Roster req/s | Roster / Keycloak |"
  print "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for (i = 1; i <= NR; i++) {
    if (engine[i] != "keycloak") continue
    ratio = rps[i] > 0 && (name[i] in roster_pg) ? sprintf("%.2fx", roster_pg[name[i]] / rps[i]) : "-"
    if (errors[i] > 0 || roster_pg_errors[name[i]] > 0) ratio = ratio " (errors)"
    printf "| %s | %d | %s | %s | %d | %d | %s |\n", name[i], rps[i], p50[i], p99[i], errors[i], roster_pg[name[i]], ratio
  }
}
