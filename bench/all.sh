#!/usr/bin/env bash
# ./dw bench all: issue #14's whole table in one run, one harness after the other (they must not share the cores):
# the production jar (starts, wrk at 1/20/200 connections), the test context (SQL per request, raw SQL, wrk),
# heap per UI (headless Chromium tabs), faults (the database stopped and killed under load and during an import,
# the audit tail). Writes docs/benchmarks/<date>-harness.md from their reports in target/benchmark/.
# Needs what each needs: MariaDB on 127.0.0.1:3306 and the local Keycloak on 8180 (bench/production.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?./dw sets JAVA_HOME}"
lock() { flock /tmp/dw-integration.lock "$@"; }
rm -f target/benchmark/{production,load,ui-heap,faults}.md
bench/production.sh
# A benchmark whose own checks fail still writes its report first: assemble what there is, then fail.
status=0
lock ./mvnw -B -Pbench verify -Dit.test='LoadBenchmark,UiSessionHeapBenchmark,FaultsBenchmark' -Dspotless.check.skip=true \
  || status=$?
out=docs/benchmarks/$(date -u +%F)-harness.md
{
  echo "# Issue #14's harness in one run"
  echo
  echo "\`./dw bench all\` at $(git rev-parse --short HEAD), $(date -u +%FT%TZ), $(nproc) cores."
  for part in production load ui-heap faults; do
    echo
    if [ -f "target/benchmark/$part.md" ]; then
      sed -e '1s/^# /## /' -e '2,$s/^## /### /' "target/benchmark/$part.md"
    else
      echo "## $part: no report (the run failed before it wrote one)"
    fi
  done
} > "$out"
echo "wrote $out"
exit "$status"
