#!/usr/bin/env bash
# Booking under contention over HTTP: 500 residents at once on the 20 places of one slot; the database's unique
# indexes must confirm exactly 20 and answer the 480 others with a 409 naming start, and nothing else.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/booking.sh [BOOKERS] [PLACES]       # default 500 and 20
#
# Environment: JAVA, JAVA_OPTS, PORT (18083), DB_PORT (15435), SCRATCH (bench/target/booking), TIMEOUT (180 s).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BOOKERS="${1:-500}"
PLACES="${2:-20}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18083}"
DB_PORT="${DB_PORT:-15435}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/booking}"
TIMEOUT="${TIMEOUT:-180}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid booking contention: $BOOKERS bookers on $PLACES places; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
"$JAVA" -cp "$BENCH" org.civicgrid.bench.BookingContention "$BASE" "jdbc:postgresql://localhost:$DB_PORT/postgres" \
	--bookers "$BOOKERS" --places "$PLACES"
