#!/usr/bin/env bash
# ./dw bench production: the production jar (not the test context) measured on this machine, issue #14.
# Builds the jar with -Dproduction, extracts it, trains its JDK 25 AOT cache the way the image does
# (docker/aot/train.sh), then, for a plain start and a start from the cache: seconds to readiness, then wrk against
# GET /api/v1/practices/{id}/devices?size=20 of a practice with 10,000 devices, with a real bearer token, at 1, 20 and
# 200 connections. Needs MariaDB on 127.0.0.1:3306 (root, no password; the run makes and drops its own database)
# and the local Keycloak on 127.0.0.1:8180 (start ./dw run once, or leave it running). Load goes to loopback only.
# Writes target/benchmark/production.md.
# Overrides: BENCH_PORT (8095) and BENCH_DB (dw_production_bench), so two runs can share the machine; BENCH_STARTS (3)
# starts of each kind, reported one by one with the process's CPU seconds and the load average (the machine is
# shared); BENCH_STARTS_ONLY=1 skips the Keycloak token and wrk (no Keycloak needed then: the app reads nothing from it
# at start); BENCH_APP_ARGS adds arguments to every start (e.g. to compare a setting); BENCH_TRAINING=database trains
# the AOT cache through readiness against a database instead of as the image does.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?./dw sets JAVA_HOME}"
JAVA=$JAVA_HOME/bin/java
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
DB=${BENCH_DB:-dw_production_bench}
PORT=${BENCH_PORT:-8095}
STARTS=${BENCH_STARTS:-3}
STARTS_ONLY=${BENCH_STARTS_ONLY:-0}
read -r -a APP_ARGS <<< "${BENCH_APP_ARGS:-}"
OUT=target/benchmark/production.md
[ "$STARTS_ONLY" = 1 ] && OUT=target/benchmark/production-starts.md
ISSUER=http://localhost:8180/realms/deviceward
sql() { mariadb -h 127.0.0.1 -u root "$@"; }

if [ "$STARTS_ONLY" != 1 ]; then
  curl -fsS -o /dev/null "$ISSUER/.well-known/openid-configuration" \
    || { echo "No Keycloak at $ISSUER: start ./dw run once (it leaves Keycloak running)" >&2; exit 1; }
  command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
fi

./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Dproduction package
rm -rf target/bench-app && "$JAVA" -Djarmode=tools -jar target/deviceward-*.jar extract --destination target/bench-app >/dev/null
APP=$(ls target/bench-app/deviceward-*.jar)
sql -e "drop database if exists $DB; create database $DB"
# BENCH_TRAINING=database trains through readiness against this run's database (train.sh's AOT_TRAINING_DB_URL);
# the default trains as the image does, without one.
if [ "${BENCH_TRAINING:-image}" = database ]; then
  sql -e "drop database if exists ${DB}_training; create database ${DB}_training"
  AOT_TRAINING_DB_URL=jdbc:mariadb://127.0.0.1:3306/${DB}_training AOT_TRAINING_DB_USERNAME=root \
    AOT_TRAINING_PORT=$((PORT + 1)) PATH=$JAVA_HOME/bin:$PATH \
    docker/aot/train.sh target/bench-app/app.aot "$APP" > target/bench-app/training.log 2>&1
  sql -e "drop database if exists ${DB}_training"
else
  PATH=$JAVA_HOME/bin:$PATH docker/aot/train.sh target/bench-app/app.aot "$APP" > target/bench-app/training.log 2>&1
fi
export SPRING_PROFILES_ACTIVE=production SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT DEVICEWARD_SECURE_COOKIE=false \
  DEVICEWARD_AUDIT_HMAC_KEY=bench-only-0123456789abcdef0123456789abcdef \
  DEVICEWARD_OIDC_CLIENT_SECRET=bench-only-oidc DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET=bench-only-admin \
  DEVICEWARD_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB DEVICEWARD_DB_USERNAME=root DEVICEWARD_DB_PASSWORD= \
  DEVICEWARD_OIDC_ISSUER_URI=$ISSUER DEVICEWARD_DEMO_DATA=true

pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; sql -e "drop database if exists $DB" || true' EXIT
cpu_seconds() {  # user + system CPU of a process so far (clock ticks from /proc)
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"
}
start() {  # start <label> <java options...>: sets $pid, $elapsed (seconds to readiness), $cpu and $load; no subshell
  local t0; load=$(cut -d' ' -f1-3 /proc/loadavg); t0=$(date +%s.%N)
  "$JAVA" "${@:2}" -jar "$APP" "${APP_ARGS[@]}" > "target/bench-app/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/actuator/health/readiness)" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped: target/bench-app/$1.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
  cpu=$(cpu_seconds "$pid")
}
rows=()
starts() {  # starts <kind> <label> <java options...>: BENCH_STARTS starts, one row each; the last stays running
  for i in $(seq 1 "$STARTS"); do
    stop
    start "$2-$i" "${@:3}"
    rows+=("| Start to readiness, $1, run $i | $(printf '%.1f' "$elapsed") s (CPU $cpu s; load $load) |")
  done
}

# First start: migrations and demo data; then 10,000 devices copied from the demo practice's own.
start first; stop
cols=$(sql -N -e "select group_concat(column_name order by ordinal_position) from information_schema.columns
  where table_schema='$DB' and table_name='device' and extra not like '%GENERATED%'")
sel=$(echo "$cols" | tr ',' '\n' | sed -e "s/^id$/uuid()/" -e "s/^name$/concat(d.name,' ',n.seq)/" \
  -e "s/^serial_number$/concat(coalesce(d.serial_number,'SN'),'-',n.seq)/" -e "s/^mac_address$/NULL/" \
  -e "s/^version$/0/" -e "/^[a-z_]*$/s/^/d./" | paste -sd, -)
sql "$DB" -e "insert into device ($cols) select $sel from device d join seq_1_to_2500 n join practice p
  on p.id = d.practice_id where p.name = 'Lindenhof Dental'; analyze table device" > /dev/null
practice=$(sql -N "$DB" -e "select id from practice where name = 'Lindenhof Dental'")
devices=$(sql -N "$DB" -e "select count(*) from device where practice_id = '$practice'")

starts "plain jar (extracted)" plain
# BENCH_JAVA_OPTS adds options to these runs, e.g. a flight recording: -XX:StartFlightRecording=filename=…,settings=profile
# shellcheck disable=SC2086
starts "from the AOT cache (docker/aot/train.sh)" cached -XX:AOTCache=target/bench-app/app.aot ${BENCH_JAVA_OPTS:-}
if [ "$STARTS_ONLY" = 1 ]; then
  mkdir -p target/benchmark
  {
    echo "# Starts of the production jar on this machine"
    echo
    echo "Run $(date -u +%FT%TZ) on $(nproc) cores, JDK $("$JAVA" -version 2>&1 | head -1 | cut -d'"' -f2), $devices devices;"
    echo "AOT training: ${BENCH_TRAINING:-image}; app arguments: ${BENCH_APP_ARGS:-none}. Load average (1, 5, 15 min) at each start; CPU is the process's at readiness."
    echo
    echo "| What | Figure |"
    echo "|---|---|"
    printf '%s\n' "${rows[@]}"
  } > "$OUT"
  cat "$OUT"
  exit 0
fi
token=$(curl -fsS -d "grant_type=password&client_id=deviceward-cli&scope=openid&username=manager.lindenhof&password=Demo-Pass-2026" \
  "$ISSUER/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
url="http://127.0.0.1:$PORT/api/v1/practices/$practice/devices?size=20"
wrk -t2 -c20 -d20s -H "Authorization: Bearer $token" "$url" > /dev/null   # warm-up: let the JIT compile the path
row() {  # row <connections> <threads>
  wrk -t"$2" -c"$1" -d"${SECONDS_PER_RUN}s" --latency --timeout 5s -H "Authorization: Bearer $token" "$url" \
    | awk -v c="$1" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +90%/ {p90=$2} /^ +99%/ {p99=$2}
        /Latency/ && !max {max=$4} /requests in/ {n=$1} /Non-2xx/ {bad=$5} /Socket errors/ {sock=$0}
        END {printf "| wrk %s connections, '"$SECONDS_PER_RUN"' s | %d req/s, p50 %s, p90 %s, p99 %s, max %s, %s requests, non-2xx %s%s |\n",
             c, rps, p50, p90, p99, max, n, bad ? bad : 0, sock ? ", " sock : ""}'
}
mkdir -p target/benchmark
{
  echo "# The production jar on this machine"
  echo
  echo "Run $(date -u +%FT%TZ) on $(nproc) cores ($(uptime | sed 's/.*load average/load average/') before the load), JDK $("$JAVA" -version 2>&1 | head -1 | cut -d'"' -f2),"
  echo "$devices devices in the practice, MariaDB and Keycloak on the same machine, wrk on the same cores."
  echo
  echo "| What | Figure |"
  echo "|---|---|"
  printf '%s\n' "${rows[@]}"
  row 1 1
  row 20 2
  row 200 2
} > "$OUT"
cat "$OUT"
