#!/usr/bin/env bash
# Live push (Server-Sent Events) to many open streams, on one node or on two nodes sharing one PostgreSQL: LivePush
# opens the streams (one NIO thread), community1 posts numbered notices into their courtyard channel, and each
# stream's arrival time is measured per node, with each node's memory and CPU per stream.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/live-push.sh [CLIENTS] [NODES]       # defaults: 2000 streams, 1 node (2: half the streams on a second node)
#
# Environment: POSTS (20), GAP (1000 ms between posts), ACCOUNTS (100), JAVA, JAVA_OPTS (after -Xmx512m), PORT
# (18086), PORT2 (18087), DB_PORT (15438), SCRATCH (bench/target/live-push), TIMEOUT (180 s to become healthy).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CLIENTS="${1:-${CLIENTS:-2000}}"
NODES="${2:-${NODES:-1}}"
JAVA="${JAVA:-java}"
# community1 posts the numbered notices faster than the product's flood limit allows: raised for the run
JAVA_OPTS="-Dcivicgrid.messaging.flood-posts=100000000 ${JAVA_OPTS:-}"
PORT="${PORT:-18086}"
PORT2="${PORT2:-18087}"
DB_PORT="${DB_PORT:-15438}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/live-push}"
POSTS="${POSTS:-20}"
GAP="${GAP:-1000}"
ACCOUNTS="${ACCOUNTS:-100}"
TIMEOUT="${TIMEOUT:-180}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid live push: $CLIENTS streams on $NODES node(s); $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
DB="jdbc:postgresql://localhost:$DB_PORT/postgres"
EXTRA=()
NODE2_PID=""
if [[ "$NODES" == 2 ]]; then
	# the second node: the same database by URL (no demo, no embedded database of its own)
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	CIVICGRID_DB_URL="$DB" CIVICGRID_DB_USER=postgres CIVICGRID_DB_PASSWORD="" CIVICGRID_PORT="$PORT2" \
		CIVICGRID_DATA_DIR="$SCRATCH/node2" "$JAVA" -Xmx512m $JAVA_OPTS -jar "$JAR" >"$SCRATCH/node2.log" 2>&1 &
	NODE2_PID=$!
	trap 'kill -TERM "$NODE2_PID" 2>/dev/null || true; cleanup' EXIT
	deadline=$(($(date +%s) + TIMEOUT))
	until [[ "$(curl -s -m 1 "http://localhost:$PORT2/actuator/health" 2>/dev/null || true)" == *'"status":"UP"'* ]]; do
		kill -0 "$NODE2_PID" 2>/dev/null || die "the second node exited; see $SCRATCH/node2.log"
		(($(date +%s) < deadline)) || die "the second node was not healthy within $TIMEOUT s"
		sleep 0.2
	done
	EXTRA=(--base2 "http://localhost:$PORT2" --pid2 "$NODE2_PID")
fi
"$JAVA" -cp "$BENCH" org.civicgrid.bench.LivePush "$BASE" "$DB" --pid "$APP_PID" --clients "$CLIENTS" \
	--accounts "$ACCOUNTS" --posts "$POSTS" --gap "$GAP" "${EXTRA[@]}" | tee "$SCRATCH/results.txt"
