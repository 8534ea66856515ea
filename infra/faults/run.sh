#!/usr/bin/env bash
# infra/faults/run.sh - the fault suite (issue 9): under a steady capture load, kill -9 each service and start it
# again, restart PostgreSQL, stop Kafka for 60 s; then report per fault what was acknowledged, committed, published,
# counted downstream, lost and doubled, and how long recovery took. See infra/README.md, "Fault suite".
#
#   infra/faults/run.sh                 start a fresh platform of its own (data in infra/faults/.data), run, stop it
#   FAULTS=kill-lead,stop-kafka infra/faults/run.sh      only these faults
#   RATE=40 KAFKA_OUTAGE=30 infra/faults/run.sh          another load or outage
#
#   NO_BUILD=1 infra/faults/run.sh      run the jars as they are (./crm up --no-build)
#   ATTACH=1 infra/faults/run.sh        use the platform that ./crm up already runs, and leave it running
#
# Without ATTACH=1 a platform already answering on localhost:8090 stops the suite: it is probably someone's own.
# Exit status: 0 when no fault lost or doubled anything, 1 otherwise, 2 when the suite itself could not run.
set -euo pipefail

cd "$(dirname "$0")/../.."
FAULTS_DIR=infra/faults
DATA_DIR=$FAULTS_DIR/.data
LIB_DIR=$FAULTS_DIR/lib
PLATFORM_LOG=$FAULTS_DIR/platform.log
REPORT=${REPORT:-$FAULTS_DIR/last-run.md}
PLATFORM_JAR=infra/target/crm-platform.jar

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; JAR="$JAVA_HOME/bin/jar"; else JAVA=java; JAR=jar; fi

platform_pid=""
stop_platform() {
  if [[ -n "$platform_pid" ]] && kill -0 "$platform_pid" 2>/dev/null; then
    echo "[faults] stopping the platform (pid $platform_pid) ..."
    kill -TERM "$platform_pid" 2>/dev/null || true
    wait "$platform_pid" 2>/dev/null || true
  fi
}
trap stop_platform EXIT

started=$(date +%s)
if [[ "${ATTACH:-}" == 1 ]]; then
  echo "[faults] using the platform already running on localhost:8090 (ATTACH=1)"
elif curl -s -o /dev/null http://localhost:8090/ 2>/dev/null; then
  echo "[faults] ERROR: a platform already runs on localhost:8090; stop it, or use it with ATTACH=1" >&2
  exit 2
else
  echo "[faults] starting a fresh platform: ./crm up --fresh --data-dir=$DATA_DIR (log: $PLATFORM_LOG) ..."
  # The background JVM ignores SIGINT; the trap stops it with SIGTERM.
  ./crm up --fresh --data-dir="$DATA_DIR" ${NO_BUILD:+--no-build} >"$PLATFORM_LOG" 2>&1 &
  platform_pid=$!
  until grep -q "CRM platform ready in" "$PLATFORM_LOG" 2>/dev/null; do
    if ! kill -0 "$platform_pid" 2>/dev/null; then
      echo "[faults] ERROR: the platform did not start; last lines of $PLATFORM_LOG:" >&2
      tail -40 "$PLATFORM_LOG" >&2
      exit 2
    fi
    sleep 1
  done
  echo "[faults] platform $(grep -o 'ready in [0-9.]* s' "$PLATFORM_LOG" | head -1) (after $(( $(date +%s) - started )) s with the build)"
fi

# The suite counts in PostgreSQL and on the Kafka topic: take the JDBC driver and kafka-clients from the platform jar.
mkdir -p "$LIB_DIR"
if ! ls "$LIB_DIR"/postgresql-*.jar >/dev/null 2>&1 || [[ "$PLATFORM_JAR" -nt "$LIB_DIR" ]]; then
  rm -f "$LIB_DIR"/*.jar
  entries=$("$JAR" tf "$PLATFORM_JAR" | grep -E '^BOOT-INF/lib/(postgresql|kafka-clients|slf4j-api|lz4-java|snappy-java|zstd-jni)-[0-9]')
  (cd "$LIB_DIR" && "$JAR" xf "../../../$PLATFORM_JAR" $entries && mv BOOT-INF/lib/*.jar . && rm -rf BOOT-INF)
  touch "$LIB_DIR"
fi

set +e
"$JAVA" -cp "$LIB_DIR/*" -Drate="${RATE:-25}" -Dkafka.outage="${KAFKA_OUTAGE:-60}" \
  -Dfaults="${FAULTS:-kill-lead,kill-customer,kill-analytics,restart-postgres,stop-kafka}" \
  -Dreport="$REPORT" -Dslf4j.internal.verbosity=ERROR \
  "$FAULTS_DIR/FaultSuite.java"
status=$?
set -e
echo "[faults] finished in $(( $(date +%s) - started )) s, status $status"
exit $status
