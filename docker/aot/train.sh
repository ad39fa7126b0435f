#!/bin/bash
# The image's AOT training run (JDK 25, JEP 483/514/515): the app starts once, then the JVM writes the classes it
# loaded and linked (and the methods' profiles) to an AOT cache that later starts read instead of the jar. No stand-in
# issuer: the app reads nothing from Keycloak at start (OidcConfiguration).
# Usage: train.sh <cache file> <app jar>. Nothing here is a real secret.
# Without a database (the image build): the context refreshes with Liquibase off and Hibernate told the dialect, and
# exits. With AOT_TRAINING_DB_URL (and _USERNAME/_PASSWORD; a database it may migrate, never production's): the app
# starts through readiness on AOT_TRAINING_PORT (8999), answers a few requests, and stops, so the cache also holds what
# migrations, the pool and the first requests load — measured ~15 % less CPU per start (bench/production.sh).
set -eu
cache=$1; jar=$2
export SPRING_PROFILES_ACTIVE=production \
  DEVICEWARD_AUDIT_HMAC_KEY=aot-training-run-only-0123456789abcdef0123 \
  DEVICEWARD_OIDC_CLIENT_SECRET=aot-training-run-only \
  DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET=aot-training-run-only \
  DEVICEWARD_OIDC_ISSUER_URI=http://127.0.0.1:1/realms/deviceward
if [ -z "${AOT_TRAINING_DB_URL:-}" ]; then
  DEVICEWARD_DB_URL=jdbc:mariadb://127.0.0.1:1/aot-training \
    java -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$jar" \
      --spring.liquibase.enabled=false \
      --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
      --spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect
else
  port=${AOT_TRAINING_PORT:-8999}
  DEVICEWARD_DB_URL=$AOT_TRAINING_DB_URL DEVICEWARD_DB_USERNAME=${AOT_TRAINING_DB_USERNAME:-} \
    DEVICEWARD_DB_PASSWORD=${AOT_TRAINING_DB_PASSWORD:-} SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port \
    DEVICEWARD_SECURE_COOKIE=false \
    java -XX:AOTCacheOutput="$cache" -jar "$jar" &
  app=$!
  base=http://127.0.0.1:$port
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] && break
    kill -0 "$app" 2>/dev/null || { echo "the training run stopped" >&2; exit 1; }
    sleep 0.1
  done
  for path in / /oauth2/authorization/keycloak /actuator/health /api/v1/practices; do
    curl -s -o /dev/null "$base$path" || true
  done
  kill -TERM "$app"   # the JVM writes the cache as it exits
  wait "$app" || true
fi
test -s "$cache"
