#!/bin/bash
# The image's AOT training run (JDK 25, JEP 483/514/515): the app's context starts once with no database and no
# Keycloak, then the JVM writes the classes it loaded and linked (and the methods' profiles) to an AOT cache that later
# starts read instead of the jar. No stand-in issuer: the app reads nothing from Keycloak at start (OidcConfiguration).
# Usage: train.sh <cache file> <app jar>. Nothing here is a real secret: the run refreshes the context and exits.
set -eu
cache=$1; jar=$2
env SPRING_PROFILES_ACTIVE=production \
  DEVICEWARD_AUDIT_HMAC_KEY=aot-training-run-only-0123456789abcdef0123 \
  DEVICEWARD_OIDC_CLIENT_SECRET=aot-training-run-only \
  DEVICEWARD_KEYCLOAK_ADMIN_CLIENT_SECRET=aot-training-run-only \
  DEVICEWARD_DB_URL=jdbc:mariadb://127.0.0.1:1/aot-training \
  DEVICEWARD_OIDC_ISSUER_URI=http://127.0.0.1:1/realms/deviceward \
  java -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$jar" \
    --spring.liquibase.enabled=false \
    --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
    --spring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect
test -s "$cache"
