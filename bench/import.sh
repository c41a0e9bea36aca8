#!/usr/bin/env bash
# Registry import at district scale: 300,000 residents of the district demo (455 grids) as one .xlsx, uploaded
# over HTTP to an app started with the heap capped at 512 MB; reports the seconds from upload to DONE and rows/s.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml package
#   bench/import.sh [ROWS]        # default 300000; the workbook is generated once into bench/target/import/
#
# Environment: JAVA (default: java on PATH), PORT (18437), SCRATCH (bench/target/import; its pg/ is deleted
# before the start, so every run imports into an empty district), TIMEOUT (600 s for the import, 300 s for the start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ROWS="${1:-300000}"
JAVA="${JAVA:-java}"
PORT="${PORT:-18437}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/import}"
TIMEOUT="${TIMEOUT:-600}"
JAR="$ROOT/target/civicgrid.jar"
BENCH_JAR="$ROOT/bench/target/benchmarks.jar"
DATA="$SCRATCH/pg"
FILE="$SCRATCH/residents-$ROWS.xlsx"
BASE="http://localhost:$PORT"
LOG="$SCRATCH/app.log"
APP_PID=""

die() { echo "import.sh: $*" >&2; exit 1; }
now_ns() { date +%s%N; }
alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

[[ -f "$JAR" ]] || die "$JAR not found: ./mvnw -B -q install -DskipTests first"
[[ -f "$BENCH_JAR" ]] || die "$BENCH_JAR not found: ./mvnw -B -f bench/pom.xml package first"
[[ -n "$SCRATCH" && "$SCRATCH" != "/" ]] || die "refusing SCRATCH='$SCRATCH'"
mkdir -p "$SCRATCH"

stop_app() {
	local pid="$APP_PID" pg
	if alive "$pid"; then
		kill -TERM "$pid" 2>/dev/null || true
		for _ in $(seq 1 600); do alive "$pid" || break; sleep 0.1; done
		alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
	fi
	APP_PID=""
	if [[ -f "$DATA/postmaster.pid" ]]; then
		pg="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)"
		if [[ "$pg" =~ ^[0-9]+$ ]] && [[ "$(ps -o comm= -p "$pg" 2>/dev/null)" == postgres* ]]; then
			kill -INT "$pg" 2>/dev/null || true
		fi
	fi
}
trap stop_app EXIT

if [[ ! -f "$FILE" ]]; then
	"$JAVA" -Xmx512m -cp "$BENCH_JAR" org.civicgrid.bench.ResidentsWorkbook "$FILE" "$ROWS" 2>/dev/null
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is already in use"; fi
rm -rf "$DATA"
env -u CIVICGRID_EMBEDDED_DB_PORT -u CIVICGRID_DB_URL -u CIVICGRID_DB_USER -u CIVICGRID_DB_PASSWORD \
	CIVICGRID_DATA_DIR="$DATA" CIVICGRID_PORT="$PORT" CIVICGRID_DEMO_SCALE=district \
	"$JAVA" -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
deadline=$(($(date +%s) + 300))
until curl -s -m 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
	alive "$APP_PID" || die "the app exited before it was healthy; see $LOG"
	(($(date +%s) < deadline)) || die "not healthy within 300 s; see $LOG"
	sleep 0.5
done

TOKEN="$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"civicgrid-demo"}' \
	"$BASE/api/v1/auth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$TOKEN" ]] || die "no token for admin"

started="$(now_ns)"
JOB="$(curl -s -H "Authorization: Bearer $TOKEN" -F "file=@$FILE" "$BASE/api/v1/registry/imports?kind=person")"
ID="$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<<"$JOB")"
[[ -n "$ID" ]] || die "upload refused: $JOB"
deadline=$(($(date +%s) + TIMEOUT))
while :; do
	STATUS="$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/registry/imports/$ID")"
	[[ "$STATUS" == *'"state":"RUNNING"'* ]] || break
	(($(date +%s) < deadline)) || die "still running after $TIMEOUT s: $STATUS"
	sleep 0.5
done
elapsed="$(awk -v a="$started" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
echo "$STATUS"
[[ "$STATUS" == *'"state":"DONE"'* ]] || die "the import did not end DONE"
awk -v n="$ROWS" -v s="$elapsed" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
	'BEGIN { printf "import of %d residents: %.1f s upload to DONE, %.0f rows/s (-Xmx512m, load %s)\n", n, s, n / s, l }'
