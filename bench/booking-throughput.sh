#!/usr/bin/env bash
# Sustained booking over HTTP on spread slots (POST /api/v1/services/bookings, each booking one resident's, each
# place free): confirmed bookings per second and their latency, against the raw limit of the same rows inserted by
# plain JDBC into service_booking of the same database, one commit each, in one run.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/booking-throughput.sh [CLIENTS] [SECONDS]     # defaults: 4 clients, 60 s measured after 30 s of warm-up
#
# Environment: THROUGHPUT_ARGS (more BookingThroughput options: --accounts 1000, --halls 10, --capacity 60), JAVA,
# JAVA_OPTS (after -Xmx512m), PORT (18084), DB_PORT (15436), SCRATCH (bench/target/booking-throughput; its pg/ is
# deleted first), WARMUP (30), RAW_THREADS (4), RAW_SECONDS (20), RAW_BATCH (1), TIMEOUT (180 s to become healthy).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CLIENTS="${1:-${CLIENTS:-4}}"
SECONDS_MEASURED="${2:-${DURATION:-60}}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18084}"
DB_PORT="${DB_PORT:-15436}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/booking-throughput}"
WARMUP="${WARMUP:-30}"
RAW_THREADS="${RAW_THREADS:-4}"
RAW_SECONDS="${RAW_SECONDS:-20}"
RAW_BATCH="${RAW_BATCH:-1}"
TIMEOUT="${TIMEOUT:-180}"
THROUGHPUT_ARGS="${THROUGHPUT_ARGS:-}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid booking throughput: $CLIENTS clients, ${SECONDS_MEASURED} s after ${WARMUP} s warm-up; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
OUT="$SCRATCH/results.txt"
# shellcheck disable=SC2086 # THROUGHPUT_ARGS is a list of options
"$JAVA" -cp "$BENCH" org.civicgrid.bench.BookingThroughput "$BASE" "jdbc:postgresql://localhost:$DB_PORT/postgres" \
	--clients "$CLIENTS" --seconds "$SECONDS_MEASURED" --warmup "$WARMUP" $THROUGHPUT_ARGS | tee "$OUT"
"$JAVA" -cp "$BENCH" org.civicgrid.bench.RawBookingBaseline "jdbc:postgresql://localhost:$DB_PORT/postgres" \
	"$RAW_THREADS" "$RAW_SECONDS" "$RAW_BATCH" | tee -a "$OUT"

BOOKED="$(sed -n 's/^RESULT bookings_per_s=\([0-9]*\).*/\1/p' "$OUT")"
P99="$(sed -n 's/^RESULT bookings_per_s=.* p99_ms=\([0-9.]*\).*/\1/p' "$OUT")"
RAW="$(sed -n 's/^RESULT raw_per_s=\([0-9]*\).*/\1/p' "$OUT")"
awk -v b="$BOOKED" -v p="$P99" -v r="$RAW" 'BEGIN { printf "booking over HTTP: %d bookings/s, p99 %s ms = %.1f %% of the raw JDBC insert (%d rows/s, a commit each)\n", b, p, (r > 0 ? 100 * b / r : 0), r }'
