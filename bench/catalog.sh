#!/usr/bin/env bash
# Catalog search over HTTP: a resident's search of the demo catalog (135 published items), no account, as one
# client (the latency a phone sees: target p95 < 20 ms) and as several (what the app serves), in one run; then the
# 一次性告知单 PDF of each item in turn at one client (target < 200 ms).
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/catalog.sh [SECONDS]        # default 30 s measured after 15 s of warm-up, for 1 and then 4 clients
#
# Environment: JAVA, JAVA_OPTS, PORT (18082), DB_PORT (15434), SCRATCH (bench/target/catalog), WARMUP (15),
# TIMEOUT (180 s to become healthy), CLIENTS ("1 4").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SECONDS_MEASURED="${1:-${DURATION:-30}}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18082}"
DB_PORT="${DB_PORT:-15434}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/catalog}"
WARMUP="${WARMUP:-15}"
TIMEOUT="${TIMEOUT:-180}"
CLIENTS="${CLIENTS:-1 4}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid catalog search: ${SECONDS_MEASURED} s after ${WARMUP} s warm-up per run; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
for c in $CLIENTS; do
	"$JAVA" -cp "$BENCH" org.civicgrid.bench.CatalogSearchLoad "$BASE" --clients "$c" --seconds "$SECONDS_MEASURED" \
		--warmup "$WARMUP"
done
# shellcheck disable=SC2086 # NOTICE_CLIENTS is a list
for c in ${NOTICE_CLIENTS:-1}; do
	"$JAVA" -cp "$BENCH" org.civicgrid.bench.CatalogSearchLoad "$BASE" --clients "$c" --seconds "$SECONDS_MEASURED" \
		--warmup "$WARMUP" --notice yes
done
