#!/usr/bin/env bash
# ./dw bench local-run: seconds from `./dw run` to a usable login page, issue #14 ("a warm ./dw run < 30 s").
# Measured: from starting ./dw run (warm ~/.m2, built once beforehand) until GET /oauth2/authorization/keycloak on the
# app answers 302 to Keycloak's authorization endpoint AND that page answers 200 with Keycloak's login form.
# BENCH_STOPPED runs (default 3) with the local Keycloak on 8180 stopped first (./dw run then starts it), then
# BENCH_RUNNING runs (default 1) with it already running. The Keycloak on 8180 is shared: it is stopped only while
# this holds /tmp/dw-keycloak-8180.lock exclusively, and left running at the end (started detached, as ./dw run
# would). The app's embedded database gets a port and folder of its own (BENCH_DB_PORT, default 3317; data under
# target/bench-local-run/cache), warmed by one start that is not counted, so a test JVM or another run on 3307 does
# not collide with it. Writes target/benchmark/local-run.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?./dw sets JAVA_HOME}"
STOPPED=${BENCH_STOPPED:-3}
RUNNING=${BENCH_RUNNING:-1}
KC_PORT=8180
KC_HOME=${HOME}/.cache/deviceward/keycloak-26.7.3
KC_LOG=${HOME}/.cache/deviceward/keycloak-$KC_PORT.log
DISCOVERY=http://localhost:$KC_PORT/realms/deviceward/.well-known/openid-configuration
DB_PORT=${BENCH_DB_PORT:-3317}
CACHE_DIR=$PWD/target/bench-local-run/cache
RUN_ARGS="--deviceward.local.database-port=$DB_PORT --deviceward.local.cache-dir=$CACHE_DIR"
OUT=target/benchmark/local-run.md
mkdir -p target/benchmark target/bench-local-run

keycloak_answers() { curl -fsS -o /dev/null --max-time 3 "$DISCOVERY" 2>/dev/null; }
keycloak_pid() { ss -ltnpH "sport = :$KC_PORT" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1; }
stop_keycloak() {
  local pid; pid=$(keycloak_pid)
  [ -n "$pid" ] || return 0
  kill "$pid"
  for _ in $(seq 1 200); do [ -z "$(keycloak_pid)" ] && return 0; sleep 0.1; done
  echo "Keycloak (pid $pid) did not stop" >&2; exit 1
}
start_keycloak_detached() {  # the arguments LocalKeycloak uses; outlives this script (without the lock's descriptor)
  mkdir -p "$KC_HOME/data/import"
  cp src/main/resources/keycloak/deviceward-realm.json "$KC_HOME/data/import/"
  (cd "$KC_HOME" && KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin DEVICEWARD_SMTP_PORT=3025 \
    setsid nohup bin/kc.sh start-dev --http-port=$KC_PORT --http-host=127.0.0.1 --hostname=http://localhost:$KC_PORT \
    --import-realm --health-enabled=true --http-management-port=$((KC_PORT + 1000)) >> "$KC_LOG" 2>&1 < /dev/null &) 9>&-
  for _ in $(seq 1 1200); do keycloak_answers && return 0; sleep 0.25; done
  echo "Keycloak did not start: $KC_LOG" >&2; exit 1
}

run=""
stop_run() {
  if [ -n "$run" ]; then
    kill -INT -- "-$run" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$run" 2>/dev/null || break; sleep 0.1; done
    kill -TERM -- "-$run" 2>/dev/null || true
    wait "$run" 2>/dev/null || true
  fi
  run=""
  for _ in $(seq 1 300); do ss -ltnH "( sport = :8080 or sport = :$DB_PORT )" | grep -q . || break; sleep 0.1; done
}
trap 'stop_run; keycloak_answers || start_keycloak_detached' EXIT

measure() {  # measure <label>: starts ./dw run, sets $elapsed (seconds to a login form reached through the app); no subshell, so $run stays
  local t0 log=target/bench-local-run/$1.log jar=target/bench-local-run/cookies location
  rm -f "$jar"
  t0=$(date +%s.%N)
  setsid ./dw run "-Dspring-boot.run.arguments=$RUN_ARGS" > "$log" 2>&1 9>&- &
  run=$!
  for _ in $(seq 1 2400); do
    kill -0 "$run" 2>/dev/null || { echo "./dw run stopped: $log" >&2; exit 1; }
    location=$(curl -s -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 3 \
      http://localhost:8080/oauth2/authorization/keycloak 2>/dev/null || true)
    if [[ $location == "302 http://localhost:$KC_PORT/realms/deviceward/protocol/openid-connect/auth?"* ]] \
      && curl -fs -b "$jar" --max-time 3 "${location#302 }" 2>/dev/null | grep -q 'name="username"'; then
      elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
      return
    fi
    sleep 0.25
  done
  echo "no login page after 600 s: $log" >&2; exit 1
}

./dw mvn -B -q -o -Dspotless.check.skip=true test-compile > /dev/null   # built once: the runs only start
rows=()
measure warm-up; stop_run   # creates and migrates this run's database once; not counted
exec 9> /tmp/dw-keycloak-8180.lock
flock -x 9   # waits while someone (the production benchmark) uses the shared Keycloak
for i in $(seq 1 "$STOPPED"); do
  stop_keycloak
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  measure "stopped-$i"; stop_run
  rows+=("| Keycloak stopped before, run $i | $(printf '%.1f' "$elapsed") s | $load |")
done
keycloak_answers || start_keycloak_detached
for i in $(seq 1 "$RUNNING"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  measure "running-$i"; stop_run
  rows+=("| Keycloak already running, run $i | $(printf '%.1f' "$elapsed") s | $load |")
done
flock -u 9
{
  echo "# ./dw run to a usable login page"
  echo
  echo "Run $(date -u +%FT%TZ) on $(nproc) cores, JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)."
  echo "From \`./dw run\` (warm ~/.m2, built once) until the app's sign-in redirect leads to Keycloak's login form."
  echo
  echo "| Run | Seconds | Load average (1, 5, 15 min) at the start |"
  echo "|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$OUT"
cat "$OUT"
