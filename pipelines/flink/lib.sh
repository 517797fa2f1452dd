# Shared functions of the Flink scripts: sourced, not run.
# A local Flink 1.19 session cluster on loopback, assembled from Maven-resolved jars:
# one JobManager JVM and one or more TaskManager JVMs, state (pids, logs, tmp) in $FLINK_STATE.

FLINK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FLINK_DIR/../.." && pwd)"
FLINK_CONF="${FLINK_CONF:-$FLINK_DIR/conf}"
FLINK_STATE="${FLINK_STATE:-$ROOT/.flink}"
MVN="${MVN:-mvn -B -q}"
JAR="${JAR:-target/actorgraph-bundled.jar}"
REST="$FLINK_DIR/rest.mjs"

# Flink's own default JVM flags for Java 17 (its shell scripts add them; we start the JVMs
# ourselves). Kryo and some of Flink's internals reflect into these packages.
JAVA17_OPTS=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

log() { echo "[flink] $*" >&2; }
die() { echo "[flink] error: $*" >&2; exit 1; }

# Value of a flat key in config.yaml (first match, surrounding spaces and quotes removed).
conf() {
  local v
  v="$(sed -n "s/^$1:[[:space:]]*//p" "$FLINK_CONF/config.yaml" | head -n1)"
  v="${v%"${v##*[![:space:]]}"}"
  v="${v#[\"\']}"; v="${v%[\"\']}"
  [[ -n "$v" ]] || die "$1 is not set in $FLINK_CONF/config.yaml"
  echo "$v"
}

# A memory size from config.yaml in MB; sizes there are written as NNNm.
conf_mb() {
  local v
  v="$(conf "$1")"
  [[ "$v" =~ ^([0-9]+)m$ ]] || die "$1 must be written in MB as NNNm in config.yaml (is '$v')"
  echo "${BASH_REMATCH[1]}"
}

rest_port() { conf rest.port; }
rest_url() { echo "http://127.0.0.1:$(rest_port)"; }

# True if something listens on a loopback port (bash's /dev/tcp: no curl or nc needed).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The cluster classpath, resolved by Maven from pipelines/flink/pom.xml and cached.
cluster_classpath() {
  local cp="$FLINK_STATE/classpath.txt" stale=0 jar
  if [[ ! -s "$cp" || "$FLINK_DIR/pom.xml" -nt "$cp" ]]; then
    stale=1
  else
    # the local Maven repository may have been cleaned since
    IFS=":" read -r -a jars < "$cp" || true  # no newline at the end: read returns 1
    for jar in "${jars[@]}"; do [[ -f "$jar" ]] || { stale=1; break; }; done
  fi
  if [[ $stale == 1 ]]; then
    log "resolving the Flink cluster classpath with Maven (pipelines/flink/pom.xml)"
    mkdir -p "$FLINK_STATE"
    if ! $MVN -f "$FLINK_DIR/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp.tmp" \
        >"$FLINK_STATE/mvn-classpath.log" 2>&1; then
      cat "$FLINK_STATE/mvn-classpath.log" >&2
      die "could not resolve the Flink jars"
    fi
    mv "$cp.tmp" "$cp"
  fi
  cat "$cp"
}

# pid of a process started by these scripts, if its pid file names a live JVM of ours.
# The command line is checked too, so that a recycled pid is never taken for ours.
live_pid() {
  local f="$FLINK_STATE/pids/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "flink.instance=$1 " || return 1
  echo "$pid"
}

# Names of the TaskManagers that have pid files (tm-1, tm-2, ...), in start order.
taskmanager_names() {
  local f
  for f in "$FLINK_STATE"/pids/tm-*.pid; do
    [[ -e "$f" ]] || continue
    f="${f##*/}"; echo "${f%.pid}"
  done | sort -t- -k2 -n
}

# Starts one cluster JVM in the background, detached from this shell, with its pid file.
#   start_jvm NAME MAIN_CLASS HEAP_MB DIRECT_MB METASPACE_MB [extra args...]
start_jvm() {
  local name="$1" main="$2" heap="$3" direct="$4" meta="$5"; shift 5
  local cp; cp="$(cluster_classpath)"
  mkdir -p "$FLINK_STATE/pids" "$FLINK_STATE/log" "$FLINK_STATE/tmp/$name"
  # -Dflink.instance tags the command line, so that stop and status recognise our JVMs.
  setsid nohup java \
    -Dflink.instance="$name" \
    -Xms"${heap}m" -Xmx"${heap}m" -XX:MaxDirectMemorySize="${direct}m" \
    -XX:MaxMetaspaceSize="${meta}m" \
    "${JAVA17_OPTS[@]}" \
    -Dlog.file="$FLINK_STATE/log/$name.log" \
    -Dlog4j.configurationFile="file:$FLINK_CONF/log4j.properties" \
    -classpath "$cp" "$main" \
    --configDir "$FLINK_CONF" \
    -Dio.tmp.dirs="$FLINK_STATE/tmp/$name" \
    "$@" \
    >>"$FLINK_STATE/log/$name.out" 2>&1 </dev/null &
  echo $! > "$FLINK_STATE/pids/$name.pid"
  # not a job of this shell: no "Killed" notice when a fault test kills it
  disown $! 2>/dev/null || true
  log "started $name (pid $!), log $FLINK_STATE/log/$name.log"
}

start_jobmanager() {
  local heap off meta
  heap="$(conf_mb jobmanager.memory.heap.size)"
  off="$(conf_mb jobmanager.memory.off-heap.size)"
  meta="$(conf_mb jobmanager.memory.jvm-metaspace.size)"
  start_jvm jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    "$heap" "$off" "$meta" \
    -Dweb.tmpdir="$FLINK_STATE/tmp/jobmanager/web" \
    -Dblob.storage.directory="$FLINK_STATE/tmp/jobmanager/blob"
}

# Starts the next TaskManager (tm-1, tm-2, ...); numbers are never reused in one cluster's
# life, so a replacement never takes the resource id of a TaskManager that was lost.
start_taskmanager() {
  local n=1 name heap direct meta
  while [[ -e "$FLINK_STATE/pids/tm-$n.pid" ]]; do n=$((n + 1)); done
  name="tm-$n"
  heap=$(( $(conf_mb taskmanager.memory.framework.heap.size) + $(conf_mb taskmanager.memory.task.heap.size) ))
  direct=$(( $(conf_mb taskmanager.memory.framework.off-heap.size) \
    + $(conf_mb taskmanager.memory.task.off-heap.size) + $(conf_mb taskmanager.memory.network.max) ))
  meta="$(conf_mb taskmanager.memory.jvm-metaspace.size)"
  start_jvm "$name" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    "$heap" "$direct" "$meta" \
    -Dtaskmanager.resource-id="$name"
  echo "$name"
}

# Stops one of our JVMs: SIGTERM, then SIGKILL if it has not exited after a grace period.
stop_jvm() {
  local name="$1" pid i
  if pid="$(live_pid "$name")"; then
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name (pid $pid) did not stop in 15 s: killing it"
      kill -9 "$pid" 2>/dev/null || true
    fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$FLINK_STATE/pids/$name.pid"
}

cluster_running() { live_pid jobmanager >/dev/null; }

# Waits until the cluster offers at least $1 free slots, or fails after $2 seconds.
wait_for_slots() {
  node "$REST" wait-slots "$(rest_url)" "$1" "$2"
}

cluster_up() {
  local tms="${1:-1}" slots i
  cluster_running && die "a cluster of ours is already running (pid $(live_pid jobmanager)); stop it with 'make flink-down'"
  port_in_use "$(rest_port)" && die "port $(rest_port) on 127.0.0.1 is taken by another process"
  cluster_classpath >/dev/null
  # forget pid files of a cluster that died without flink-down
  rm -rf "$FLINK_STATE/pids"
  start_jobmanager
  for i in $(seq 1 "$tms"); do start_taskmanager >/dev/null; done
  slots=$(( tms * $(conf taskmanager.numberOfTaskSlots) ))
  if ! wait_for_slots "$slots" 120; then
    log "cluster did not come up; last lines of the logs:"
    tail -n 20 "$FLINK_STATE"/log/*.log >&2 || true
    cluster_down
    return 1
  fi
  log "Flink session cluster up: $tms TaskManager(s), $slots slots"
  log "web UI and REST API: $(rest_url)/"
}

cluster_down() {
  local name
  for name in $(taskmanager_names); do stop_jvm "$name"; done
  stop_jvm jobmanager
}

# An input spec (comma-separated globs) with every local relative path made absolute: the
# TaskManagers do not share the client's working directory.
absolute_globs() {
  local out=() g
  IFS=',' read -r -a parts <<< "$1"
  for g in "${parts[@]}"; do
    if [[ "$g" == /* || "$g" == *://* ]]; then out+=("$g"); else out+=("$PWD/$g"); fi
  done
  (IFS=','; echo "${out[*]}")
}

absolute_path() { if [[ "$1" == /* ]]; then echo "$1"; else echo "$PWD/$1"; fi; }

# Submits the bundled jar to our cluster through Beam's FlinkRunner, in the background.
#   submit_job INPUT OUTPUT PARALLELISM [more job args...]
# Sets JOB_NAME, CLIENT_PID, CLIENT_LOG and, once the cluster lists the job, JOB_ID.
submit_job() {
  local input output par
  input="$(absolute_globs "$1")"; output="$(absolute_path "$2")"; par="$3"; shift 3
  [[ -f "$JAR" ]] || die "$JAR not found: build it first (make build)"
  cluster_running || die "no cluster of ours is running: 'make flink-up' first"
  JOB_NAME="actorgraph-$(date +%Y%m%d-%H%M%S)-$$"
  CLIENT_LOG="$FLINK_STATE/log/client-$JOB_NAME.log"
  mkdir -p "$FLINK_STATE/log"
  log "submitting $JAR as $JOB_NAME, parallelism $par, input $input, output $output"
  # Attached mode: the client waits for the result and then writes _manifest.json.
  # --filesToStage: the bundled jar alone is shipped to the cluster.
  java ${JAVA_CLIENT_OPTS:--Xmx1g} -jar "$JAR" \
    --runner=FlinkRunner --flinkMaster="localhost:$(rest_port)" \
    --parallelism="$par" --filesToStage="$(absolute_path "$JAR")" --jobName="$JOB_NAME" \
    --input="$input" --output="$output" --overwrite "$@" \
    >"$CLIENT_LOG" 2>&1 </dev/null &
  CLIENT_PID=$!
  # The client builds the pipeline and uploads the jar before the job shows up.
  local i
  for i in $(seq 1 300); do
    if JOB_ID="$(node "$REST" find-job "$(rest_url)" "$JOB_NAME" 2>/dev/null)"; then
      log "job id $JOB_ID, web UI $(rest_url)/#/job/running/$JOB_ID/overview"
      echo "job id: $JOB_ID"
      return 0
    fi
    if ! kill -0 "$CLIENT_PID" 2>/dev/null; then
      tail -n 40 "$CLIENT_LOG" >&2
      die "the client exited before the job reached the cluster (log: $CLIENT_LOG)"
    fi
    sleep 1
  done
  die "job $JOB_NAME did not appear on the cluster within 300 s (log: $CLIENT_LOG)"
}

# Waits for the submitted job to end (REST) and for its client to exit. Prints and sets
# JOB_STATE and JOB_RESTARTS; fails unless the job FINISHED and the client exited 0.
wait_job() {
  local timeout="${1:-1800}" line rc=0
  line="$(node "$REST" wait-job "$(rest_url)" "$JOB_ID" "$timeout")" || die "could not follow job $JOB_ID"
  JOB_STATE="${line%% *}"
  JOB_RESTARTS="$(sed -n 's/.*restarts=\([0-9]*\).*/\1/p' <<< "$line")"
  local ms; ms="$(sed -n 's/.*duration_ms=\([0-9]*\).*/\1/p' <<< "$line")"
  wait "$CLIENT_PID" || rc=$?
  echo "job $JOB_ID final state: $JOB_STATE (restarts: $JOB_RESTARTS, run time on the cluster: $((ms / 1000)).$(( (ms % 1000) / 100 )) s)"
  if [[ "$JOB_STATE" != FINISHED || $rc != 0 ]]; then
    tail -n 40 "$CLIENT_LOG" >&2
    die "job $JOB_ID ended $JOB_STATE, client exit code $rc (log: $CLIENT_LOG)"
  fi
}

# kill -9 one of our TaskManagers (default: the oldest live one); prints its name.
kill_taskmanager() {
  local name="${1:-}" n pid
  if [[ -z "$name" ]]; then
    for n in $(taskmanager_names); do
      if live_pid "$n" >/dev/null; then name="$n"; break; fi
    done
  fi
  [[ -n "$name" ]] || die "no live TaskManager of ours"
  pid="$(live_pid "$name")" || die "$name is not running"
  kill -9 "$pid"
  log "killed $name (pid $pid) with SIGKILL"
  echo "$name"
}

# --- for the tests ----------------------------------------------------------------------------

DUCKDB_DIR="$ROOT/src/test/duckdb"

# Extra job options for both runs of a test (the Makefile passes its RUN_ARGS), as an array.
read -r -a JOB_ARGS_ARRAY <<< "${JOB_ARGS:-}" || true

# DuckDB for node, from the npm registry, on first use.
ensure_duckdb() {
  if [[ ! -d "$DUCKDB_DIR/node_modules/@duckdb/node-api" ]]; then
    log "installing @duckdb/node-api with npm"
    if [[ -f "$DUCKDB_DIR/package-lock.json" ]]; then
      npm ci --prefix "$DUCKDB_DIR" --no-audit --no-fund >&2
    else
      npm install --prefix "$DUCKDB_DIR" --no-audit --no-fund >&2
    fi
  fi
}

# The reference run: the same jar on the DirectRunner, in this shell's JVM.
#   direct_run INPUT OUTPUT [more job args...]
direct_run() {
  local input output t0 rc=0
  input="$(absolute_globs "$1")"; output="$(absolute_path "$2")"; shift 2
  [[ -f "$JAR" ]] || die "$JAR not found: build it first (make build)"
  log "DirectRunner reference run: input $input, output $output"
  t0=$SECONDS
  java ${JAVA_DIRECT_OPTS:-} -jar "$JAR" --input="$input" --output="$output" --overwrite "$@" \
    >"$output.log" 2>&1 </dev/null || rc=$?
  if [[ $rc != 0 ]]; then
    tail -n 40 "$output.log" >&2
    die "DirectRunner run failed with exit code $rc (log: $output.log)"
  fi
  echo "DirectRunner run finished in $((SECONDS - t0)) s"
}

# Every table equal between two output folders (rows, order aside), checked by DuckDB.
compare_tables() {
  node "$DUCKDB_DIR/compare-tables.mjs" "$1" "$2"
}

# A test owns its cluster: it starts it and, passed or failed, stops it (and its client).
#   begin_test NAME   (then use `pass` as the last step)
begin_test() {
  TEST_NAME="$1"; TEST_PASSED=0; TEST_T0=$SECONDS
  cluster_running && die "a cluster of ours is already running; the test starts its own: 'make flink-down' first"
  port_in_use "$(rest_port)" && die "port $(rest_port) on 127.0.0.1 is taken by another process"
  trap end_test EXIT
}

end_test() {
  local rc=$?
  if [[ -n "${CLIENT_PID:-}" ]] && kill -0 "$CLIENT_PID" 2>/dev/null; then
    kill "$CLIENT_PID" 2>/dev/null || true
  fi
  cluster_down
  if [[ $TEST_PASSED == 1 ]]; then
    echo "$TEST_NAME: passed in $((SECONDS - TEST_T0)) s"
    echo "$TEST_NAME: 1 passed, 0 failed"
  else
    echo "$TEST_NAME: FAILED (exit code $rc) after $((SECONDS - TEST_T0)) s; logs in $FLINK_STATE/log"
    echo "$TEST_NAME: 0 passed, 1 failed"
    [[ $rc != 0 ]] || rc=1
  fi
  exit "$rc"
}

pass() { TEST_PASSED=1; }
