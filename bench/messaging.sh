#!/usr/bin/env bash
# Messaging's figures in one run on one fresh standalone node (demo district): a notice to 12,000 members beside one
# to 120 (NoticeReach: committed, counted unread for every member, rows written per notice), then sustained posting
# over HTTP across the courtyard channels (PostingThroughput) beside the raw JDBC statements of a post
# (RawPostBaseline), one commit each.
#
#   ./mvnw -B -q install -DskipTests && ./mvnw -B -f bench/pom.xml -q package    # this script builds nothing
#   bench/messaging.sh [CLIENTS] [SECONDS]     # defaults: 8 clients, 60 s measured after 20 s of warm-up
#
# Environment: MEMBERS (12000), ROUNDS (20), ACCOUNTS (300 authors), JAVA, JAVA_OPTS (after -Xmx512m and the
# flood limit raised out of the way), PORT (18085), DB_PORT (15437), SCRATCH (bench/target/messaging), WARMUP (20),
# RAW_THREADS (4), RAW_SECONDS (20), TIMEOUT (180 s to become healthy).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CLIENTS="${1:-${CLIENTS:-8}}"
SECONDS_MEASURED="${2:-${DURATION:-60}}"
JAVA="${JAVA:-java}"
# posting as fast as the driver can is a flood by the product's rule (10 a minute per author): raised for the run
JAVA_OPTS="-Dcivicgrid.messaging.flood-posts=100000000 ${JAVA_OPTS:-}"
PORT="${PORT:-18085}"
DB_PORT="${DB_PORT:-15437}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/messaging}"
WARMUP="${WARMUP:-20}"
MEMBERS="${MEMBERS:-12000}"
ROUNDS="${ROUNDS:-20}"
ACCOUNTS="${ACCOUNTS:-300}"
RAW_THREADS="${RAW_THREADS:-4}"
RAW_SECONDS="${RAW_SECONDS:-20}"
TIMEOUT="${TIMEOUT:-180}"
# shellcheck source=bench/app.sh
source "$ROOT/bench/app.sh"
echo "CivicGrid messaging: $CLIENTS clients, ${SECONDS_MEASURED} s after ${WARMUP} s warm-up; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
OUT="$SCRATCH/results.txt"
DB="jdbc:postgresql://localhost:$DB_PORT/postgres"
"$JAVA" -cp "$BENCH" org.civicgrid.bench.NoticeReach "$BASE" "$DB" --members "$MEMBERS" --rounds "$ROUNDS" | tee "$OUT"
"$JAVA" -cp "$BENCH" org.civicgrid.bench.PostingThroughput "$BASE" "$DB" --clients "$CLIENTS" \
	--seconds "$SECONDS_MEASURED" --warmup "$WARMUP" --accounts "$ACCOUNTS" | tee -a "$OUT"
"$JAVA" -cp "$BENCH" org.civicgrid.bench.RawPostBaseline "$DB" "$RAW_THREADS" "$RAW_SECONDS" | tee -a "$OUT"

POSTS="$(sed -n 's/^RESULT posts_per_s=\([0-9]*\).*/\1/p' "$OUT")"
P99="$(sed -n 's/^RESULT posts_per_s=.* p99_ms=\([0-9.]*\).*/\1/p' "$OUT")"
RAW="$(sed -n 's/^RESULT raw_per_s=\([0-9]*\).*/\1/p' "$OUT")"
awk -v b="$POSTS" -v p="$P99" -v r="$RAW" 'BEGIN { printf "posting over HTTP: %d posts/s, p99 %s ms = %.1f %% of the raw JDBC statements (%d posts/s, a commit each)\n", b, p, (r > 0 ? 100 * b / r : 0), r }'
