#!/usr/bin/env bash
# Standalone start-up of CivicGrid: seconds from `java -jar` to /actuator/health UP, and the heap in use after
# a full GC once it is up. Each round is a cold start (fresh data directory: initdb of the embedded PostgreSQL,
# Flyway, demo district load) followed by a warm start (same data directory, nothing to create).
#
#   ./mvnw -B -q package -DskipTests     # builds target/civicgrid.jar; this script builds nothing
#   bench/startup.sh [ROUNDS]            # default 3 rounds = 3 cold + 3 warm starts
#
# Environment: JAVA (default: java on PATH), JAVA_OPTS (added after -Xmx256m), PORT (18080),
# SCRATCH (bench/target/startup; its pg/ is deleted before every cold start), TIMEOUT (120 s, bound on every
# wait), STOP_TIMEOUT (60 s for a graceful stop before SIGKILL).
# Exits non-zero when a start fails, times out, the port is taken or the figures cannot be read; it stops
# everything it started (the JVM and, should the JVM die first, the embedded PostgreSQL) on any exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ROUNDS="${1:-${ROUNDS:-3}}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
PORT="${PORT:-18080}"
SCRATCH="${SCRATCH:-$ROOT/bench/target/startup}"
TIMEOUT="${TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-60}"
JAR="$ROOT/target/civicgrid.jar"
DATA="$SCRATCH/pg"
BASE="http://localhost:$PORT"
ADMIN_USER=admin
ADMIN_PASSWORD=civicgrid-demo

APP_PID=""

die() {
	echo "startup.sh: $*" >&2
	exit 1
}

[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "rounds must be a positive number, not '$ROUNDS'"
[[ -f "$JAR" ]] || die "$JAR not found: run ./mvnw -B -q package -DskipTests first"
[[ -n "$SCRATCH" && "$SCRATCH" != "/" ]] || die "refusing SCRATCH='$SCRATCH'"
command -v curl >/dev/null || die "curl is needed"
JAVA_BIN="$(command -v "$JAVA")" || die "no java at '$JAVA'"
JCMD="$(dirname "$(readlink -f "$JAVA_BIN")")/jcmd"
[[ -x "$JCMD" ]] || die "no jcmd beside $JAVA_BIN (a JDK is needed, not a JRE)"

now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# The embedded PostgreSQL, if its postmaster is still running (it outlives a JVM that is killed).
postmaster_pid() {
	local pid
	[[ -f "$DATA/postmaster.pid" ]] || return 1
	pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null)" || return 1
	[[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(ps -o comm= -p "$pid" 2>/dev/null)" == postgres* ]] && echo "$pid"
}

# Waits up to $2 seconds for process $1 to end; true if it did.
wait_gone() {
	local pid="$1" deadline=$(($(date +%s) + $2))
	while alive "$pid"; do
		(($(date +%s) < deadline)) || return 1
		sleep 0.1
	done
}

stop_postgres_if_left() {
	local pg
	pg="$(postmaster_pid)" || return 0
	echo "  embedded PostgreSQL $pg outlived the JVM: fast shutdown" >&2
	kill -INT "$pg" 2>/dev/null || true
	wait_gone "$pg" 30 || { kill -KILL "$pg" 2>/dev/null || true; wait_gone "$pg" 10 || true; }
}

# Stops the app gracefully (SIGTERM, as a service manager would), SIGKILL after STOP_TIMEOUT; sets STOP_S.
stop_app() {
	local pid="$APP_PID" started
	STOP_S=""
	[[ -n "$pid" ]] || return 0
	started="$(now_ns)"
	if alive "$pid"; then
		kill -TERM "$pid" 2>/dev/null || true
		if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
			echo "  JVM $pid still running ${STOP_TIMEOUT} s after SIGTERM: SIGKILL" >&2
			kill -KILL "$pid" 2>/dev/null || true
			wait_gone "$pid" 10 || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
	APP_PID=""
	stop_postgres_if_left
	STOP_S="$(seconds_since "$started")"
}

cleanup() {
	local code=$?
	if [[ -n "$APP_PID" ]]; then
		echo "startup.sh: stopping the app (pid $APP_PID)" >&2
		stop_app || true
	fi
	stop_postgres_if_left || true
	exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts the app, waits for health UP; sets APP_PID, HEALTHY_S, STARTED_S (the app's own figure), LOG.
start_app() {
	local kind="$1" round="$2" started body=""
	LOG="$SCRATCH/$kind-$round.log"
	if port_taken; then die "port $PORT is already in use"; fi
	started="$(now_ns)"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	env -u CIVICGRID_EMBEDDED_DB_PORT -u CIVICGRID_DB_URL -u CIVICGRID_DB_USER -u CIVICGRID_DB_PASSWORD \
		-u CIVICGRID_DEMO CIVICGRID_DATA_DIR="$DATA" CIVICGRID_PORT="$PORT" \
		"$JAVA_BIN" -Xmx256m $JAVA_OPTS -jar "$JAR" >"$LOG" 2>&1 &
	APP_PID=$!
	local deadline=$(($(date +%s) + TIMEOUT))
	while :; do
		body="$(curl -s -m 1 "$BASE/actuator/health" 2>/dev/null || true)"
		[[ "$body" == *'"status":"UP"'* ]] && break
		alive "$APP_PID" || die "$kind start $round: the app exited before it was healthy; see $LOG"
		(($(date +%s) < deadline)) || die "$kind start $round: not healthy within $TIMEOUT s; see $LOG"
		sleep 0.1
	done
	HEALTHY_S="$(seconds_since "$started")"
	# CPU the JVM used to get there (user + system, its own and its waited-for children's, such as initdb):
	# less sensitive than wall time to other work on a shared machine
	CPU_S="$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13 + $14 + $15) / hz }' "/proc/$APP_PID/stat")"
	LOAD="$(cut -d' ' -f1 /proc/loadavg)"
	STARTED_S="$(sed -n 's/.*Started CivicGridApplication in \([0-9.]*\) seconds.*/\1/p' "$LOG" | head -n 1)"
	if grep -q 'Demo district .* loaded' "$LOG"; then DEMO_DONE="yes"; else DEMO_DONE="no"; fi
}

# Heap in use after a full GC, in MB: from jcmd GC.heap_info, and from the app's /actuator/prometheus.
measure_heap() {
	local token info prom
	token="$(curl -s -m 10 -H 'Content-Type: application/json' \
		-d "{\"username\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token" |
		sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
	[[ -n "$token" ]] || die "could not get an admin token from $BASE/api/v1/auth/token"
	timeout "$TIMEOUT" "$JCMD" "$APP_PID" GC.run >/dev/null || die "jcmd GC.run failed"
	info="$(timeout "$TIMEOUT" "$JCMD" "$APP_PID" GC.heap_info)" || die "jcmd GC.heap_info failed"
	prom="$(curl -s -m 10 -H "Authorization: Bearer $token" "$BASE/actuator/prometheus")"
	# "garbage-first heap   total 262144K, used 51200K [...": sum over the heap's spaces/generations
	HEAP_USED_MB="$(awk 'match($0, /total [0-9]+K, used [0-9]+K/) { split(substr($0, RSTART, RLENGTH), f, /[ ,K]+/); u += f[4] }
		END { if (u > 0) printf "%.1f", u / 1024 }' <<<"$info")"
	HEAP_COMMITTED_MB="$(awk 'match($0, /total [0-9]+K, used [0-9]+K/) { split(substr($0, RSTART, RLENGTH), f, /[ ,K]+/); t += f[2] }
		END { if (t > 0) printf "%.1f", t / 1024 }' <<<"$info")"
	PROM_HEAP_MB="$(awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ { s += $NF; n++ } END { if (n > 0) printf "%.1f", s / 1048576 }' <<<"$prom")"
	[[ -n "$HEAP_USED_MB" ]] || die "could not read the heap from jcmd GC.heap_info: $info"
	[[ -n "$PROM_HEAP_MB" ]] || die "no jvm_memory_used_bytes{area=\"heap\"} in $BASE/actuator/prometheus"
	curl -s -m 10 -X DELETE -H "Authorization: Bearer $token" "$BASE/api/v1/auth/token" >/dev/null || true
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$SCRATCH"
RESULTS="$SCRATCH/results.tsv"
printf 'kind\tround\thealthy_s\tapp_started_s\tdemo_loaded_when_healthy\theap_used_mb\theap_committed_mb\tprometheus_heap_mb\tstop_s\tjvm_cpu_s\tloadavg_1m\n' >"$RESULTS"

echo "CivicGrid start-up: $ROUNDS cold + $ROUNDS warm starts of $JAR"
echo "java: $("$JAVA_BIN" -version 2>&1 | head -n 1); $(nproc) CPUs; -Xmx256m $JAVA_OPTS; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
	for kind in cold warm; do
		if [[ "$kind" == cold ]]; then
			stop_postgres_if_left
			rm -rf "$DATA"
		fi
		start_app "$kind" "$round"
		measure_heap
		stop_app
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$round" "$HEALTHY_S" "${STARTED_S:-?}" "$DEMO_DONE" \
			"$HEAP_USED_MB" "$HEAP_COMMITTED_MB" "$PROM_HEAP_MB" "$STOP_S" "$CPU_S" "$LOAD" >>"$RESULTS"
		printf '%s %d: healthy in %6s s (JVM CPU %s s, load %s; app: started in %s s; demo loaded by then: %s); heap after full GC %s MB used of %s MB committed (prometheus: %s MB); stopped in %s s\n' \
			"$kind" "$round" "$HEALTHY_S" "$CPU_S" "$LOAD" "${STARTED_S:-?}" "$DEMO_DONE" "$HEAP_USED_MB" "$HEAP_COMMITTED_MB" "$PROM_HEAP_MB" "$STOP_S"
	done
done

echo
echo "Medians over $ROUNDS rounds (all runs in $RESULTS, logs beside it):"
for kind in cold warm; do
	col() { awk -F'\t' -v k="$kind" -v c="$1" 'NR > 1 && $1 == k { print $c }' "$RESULTS" | median; }
	printf '  %s start: healthy in %s s (JVM CPU %s s); heap after full GC %s MB (prometheus %s MB), committed %s MB; graceful stop %s s\n' \
		"$kind" "$(col 3)" "$(col 10)" "$(col 6)" "$(col 8)" "$(col 7)" "$(col 9)"
done
