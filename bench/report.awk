# Turns the runner's results (name, engine, req/s, p50, p99, errors) into the README's table, with
# each Roster figure as a ratio to the ceiling its target names. Rows of engine "keycloak" (when
# bench/keycloak.sh ran; -v keycloak=VERSION) go to a second table, as Roster's ratio to Keycloak.
BEGIN { FS = "\t" }
{ name[NR] = $1; engine[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; errors[NR] = $6 }
$2 == "postgresql" { roster_pg[$1] = $3; roster_pg_errors[$1] = $6 }
$1 == "ceiling GET (constant body)" { ceiling_get = $3 }
$1 == "pgbench INSERT" { pgbench = $3 }
END {
  print "| operation | engine | req/s | p50 | p99 | errors | ratio | target | met |"
  print "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  for (i = 1; i <= NR; i++) {
    if (engine[i] == "keycloak") { compared = 1; continue }
    ratio = ""; target = ""; met = ""
    if (name[i] ~ /\.get$/) {
      want = engine[i] == "sqlite" ? 0.4 : 0.25
      ratio = sprintf("%.2fx ceiling GET", rps[i] / ceiling_get); target = sprintf(">= %.2fx", want)
      met = rps[i] / ceiling_get >= want ? "yes" : "no"
    } else if (name[i] ~ /page of 50/) {
      ratio = sprintf("%.3fx ceiling GET", rps[i] / ceiling_get); target = "- (for the Keycloak comparison)"
    } else if (name[i] ~ /list/) {
      ratio = sprintf("%.3fx ceiling GET", rps[i] / ceiling_get); target = ">= 0.08x"
      met = rps[i] / ceiling_get >= 0.08 ? "yes" : "no"
    } else if (name[i] ~ /link\+unlink|create/) {
      if (engine[i] == "postgresql") {
        ratio = sprintf("%.2fx pgbench INSERT", rps[i] / pgbench); target = ">= 0.35x"
        met = rps[i] / pgbench >= 0.35 ? "yes" : "no"
      } else {
        ratio = "-"; target = ">= 3000/s"; met = rps[i] >= 3000 ? "yes" : "no"
      }
    }
    if (errors[i] > 0) met = "no (errors)"
    printf "| %s | %s | %d | %s | %s | %d | %s | %s | %s |\n", name[i], engine[i], rps[i], p50[i], p99[i], errors[i], ratio, target, met
  }
  if (!compared) exit
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
