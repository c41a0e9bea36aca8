#!/usr/bin/env bash
# Shared by the HTTP benchmarks (sourced, not run): starts target/civicgrid.jar standalone on a fresh embedded
# PostgreSQL in $SCRATCH/pg with the demo district, waits until it is healthy, and stops both on exit.
#
# Before sourcing set ROOT, PORT, DB_PORT, SCRATCH, TIMEOUT, JAVA and JAVA_OPTS (a caller's defaults); afterwards
# call start_app, then use $BASE, $APP_PID, cpu_seconds PID and pg_cpu_seconds.

JAR="$ROOT/target/civicgrid.jar"
BENCH="$ROOT/bench/target/benchmarks.jar"
DATA="$SCRATCH/pg"
BASE="http://localhost:$PORT"
APP_PID=""

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

postmaster_pid() {
	local pid
	[[ -f "$DATA/postmaster.pid" ]] || return 1
	pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null)" || return 1
	[[ "$pid" =~ ^[0-9]+$ ]] && [[ "$(ps -o comm= -p "$pid" 2>/dev/null)" == postgres* ]] && echo "$pid"
}

# user + system CPU of a process in clock ticks (1/100 s)
cpu_seconds() {
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

pg_cpu_seconds() {
	local pg total=0 child
	pg="$(postmaster_pid)" || { echo 0; return; }
	total="$(cpu_seconds "$pg")"
	for child in $(pgrep -P "$pg"); do total=$((total + $(cpu_seconds "$child"))); done
	echo "$total"
}

cleanup() {
	local code=$? pg
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	if pg="$(postmaster_pid)"; then kill -INT "$pg" 2>/dev/null || true; fi
	exit "$code"
}

start_app() {
	[[ -f "$JAR" ]] || die "$JAR not found: run ./mvnw -B -q install -DskipTests first"
	[[ -f "$BENCH" ]] || die "$BENCH not found: run ./mvnw -B -f bench/pom.xml -q package first"
	[[ -n "$SCRATCH" && "$SCRATCH" != "/" ]] || die "refusing SCRATCH='$SCRATCH'"
	command -v curl >/dev/null || die "curl is needed"
	(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is already in use"
	(exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null && die "port $DB_PORT is already in use"
	trap cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	mkdir -p "$SCRATCH"
	rm -rf "$DATA"
	LOG="$SCRATCH/app.log"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	env -u CIVICGRID_DB_URL -u CIVICGRID_DB_USER -u CIVICGRID_DB_PASSWORD -u CIVICGRID_DEMO \
		CIVICGRID_DATA_DIR="$DATA" CIVICGRID_PORT="$PORT" CIVICGRID_EMBEDDED_DB_PORT="$DB_PORT" \
		"$JAVA" -Xmx512m $JAVA_OPTS -jar "$JAR" >"$LOG" 2>&1 &
	APP_PID=$!
	local deadline=$(($(date +%s) + TIMEOUT))
	until [[ "$(curl -s -m 1 "$BASE/actuator/health" 2>/dev/null || true)" == *'"status":"UP"'* ]]; do
		kill -0 "$APP_PID" 2>/dev/null || die "the app exited before it was healthy; see $LOG"
		(($(date +%s) < deadline)) || die "not healthy within $TIMEOUT s; see $LOG"
		sleep 0.2
	done
}
