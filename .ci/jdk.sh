# Sourced by .ci/run and bench/run.sh: exports JAVA_HOME and PATH for a JDK 21+, preferring the
# one already chosen, then the default java, then the newest under /usr/lib/jvm.
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
  :
elif command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/*/; do
    if [ -x "${candidate}bin/java" ] && [ "$(java_major "${candidate}bin/java")" -ge 21 ]; then
      JAVA_HOME="${candidate%/}"
    fi
  done
  if [ -z "$JAVA_HOME" ]; then echo "no JDK 21+ found under /usr/lib/jvm" >&2; exit 1; fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
