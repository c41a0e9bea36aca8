#!/usr/bin/env bash
# Casework intake: acknowledged reports per second over HTTP (POST /api/v1/cases without photos, each report
# committed with its history entry and its timer before the 201), against the raw limit of the same rows inserted
# by JDBC batches into the same tables of the same database, in one run.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/intake.sh [CLIENTS] [SECONDS]       # defaults: 4 clients, 60 s measured after 60 s of warm-up (the JIT
#                                             # needs it); more clients are slower on 2 CPUs (8: about 20 % fewer)
#
# DRIVER=open311 posts Open311 requests.json (form-encoded, the demo API key) with Open311Load instead of staff
# reports with IntakeLoad; the rest (app, CPU accounting, raw baseline) is the same.
#
# Environment: INTAKE_ARGS (more IntakeLoad options: --user NAME, default dispatcher; --grid CODE to put every
# report in one grid), JAVA (java on PATH), JAVA_OPTS (after -Xmx512m), PORT (18081), DB_PORT (15433, the embedded
# PostgreSQL, so the baseline can reach it), SCRATCH (bench/target/intake; its pg/ is deleted first), WARMUP (60),
# RAW_THREADS (8), RAW_SECONDS (20), RAW_BATCH (50), TIMEOUT (180 s to become healthy).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CLIENTS="${1:-${CLIENTS:-4}}"
SECONDS_MEASURED="${2:-${DURATION:-60}}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18081}"
DB_PORT="${DB_PORT:-15433}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/intake}"
WARMUP="${WARMUP:-60}"
RAW_THREADS="${RAW_THREADS:-8}"
RAW_SECONDS="${RAW_SECONDS:-20}"
RAW_BATCH="${RAW_BATCH:-50}"
TIMEOUT="${TIMEOUT:-180}"
INTAKE_ARGS="${INTAKE_ARGS:-}"
DRIVER="${DRIVER:-cases}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid intake: $CLIENTS clients, ${SECONDS_MEASURED} s after ${WARMUP} s warm-up; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
OUT="$SCRATCH/results.txt"
# shellcheck disable=SC2086 # INTAKE_ARGS is a list of options, e.g. "--grid 410105560001001" or "--user gridworker1"
case "$DRIVER" in
cases) DRIVER_ARGS=(org.civicgrid.bench.IntakeLoad "$BASE") ;;
open311) DRIVER_ARGS=(org.civicgrid.bench.Open311Load --url "$BASE") ;;
*) die "DRIVER must be cases or open311, not '$DRIVER'" ;;
esac
# shellcheck disable=SC2086 # INTAKE_ARGS is a list of options
"$JAVA" -cp "$BENCH" "${DRIVER_ARGS[@]}" --clients "$CLIENTS" --seconds "$SECONDS_MEASURED" \
	--warmup "$WARMUP" $INTAKE_ARGS >"$OUT" &
DRIVER_PID=$!
# CPU seconds of the app, of PostgreSQL (postmaster and its children) and of the driver over the measured part: on a
# shared machine the CPU each report costs is steadier than the rate, which depends on what else runs
sleep "$((WARMUP + 2))"
read -r APP0 PG0 DRV0 <<<"$(cpu_seconds "$APP_PID") $(pg_cpu_seconds) $(cpu_seconds "$DRIVER_PID")"
sleep "$((SECONDS_MEASURED - 4))"
read -r APP1 PG1 DRV1 <<<"$(cpu_seconds "$APP_PID") $(pg_cpu_seconds) $(cpu_seconds "$DRIVER_PID")"
wait "$DRIVER_PID"
cat "$OUT"
awk -v a="$((APP1 - APP0))" -v p="$((PG1 - PG0))" -v d="$((DRV1 - DRV0))" -v s="$((SECONDS_MEASURED - 4))" \
	-v r="$(sed -n 's/^RESULT \(intake\|open311\)_per_s=\([0-9]*\).*/\2/p' "$OUT")" 'BEGIN {
	n = r * s; if (n == 0) n = 1
	printf "  CPU per report (ms): app %.2f, PostgreSQL %.2f, driver %.2f; machine CPUs busy with these: %.2f of %d\n",
		10 * a / n, 10 * p / n, 10 * d / n, (a + p + d) / 100 / s, '"$(nproc)"'
}' | tee -a "$OUT"
"$JAVA" -cp "$BENCH" org.civicgrid.bench.RawIntakeBaseline "jdbc:postgresql://localhost:$DB_PORT/postgres" postgres "" \
	"$RAW_THREADS" "$RAW_SECONDS" "$RAW_BATCH" | tee -a "$OUT"

INTAKE="$(sed -n 's/^RESULT \(intake\|open311\)_per_s=\([0-9]*\).*/\2/p' "$OUT")"
RAW="$(sed -n 's/^RESULT raw_per_s=\([0-9]*\).*/\1/p' "$OUT")"
awk -v i="$INTAKE" -v r="$RAW" -v d="$DRIVER" 'BEGIN { printf "intake over HTTP (" d "): %d reports/s = %.1f %% of the raw JDBC batch limit (%d reports/s)\n", i, (r > 0 ? 100 * i / r : 0), r }'
