#!/usr/bin/env bash
# Fault test: the TaskManager JVM is killed (SIGKILL) while the job runs; a new one is started;
# the job must restart, finish, and give exactly the DirectRunner's tables: nothing lost,
# nothing counted twice.
#   test-flink-fault.sh   (FAULT_ARTICLES, FAULT_FILES, FAULT_KILL_AFTER tune it)
# Starts its own cluster (fixed-delay restart strategy, see conf/config.yaml) and stops it,
# passed or failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# The DirectRunner reference run bounds the input size: it is far slower than the Flink run
# (see docs/flink.md). The Flink job alone runs long enough to be killed even on small input.
articles="${FAULT_ARTICLES:-2000}"
files="${FAULT_FILES:-4}"
kill_after="${FAULT_KILL_AFTER:-5}"   # seconds of running tasks before the kill
parallelism="${FLINK_PARALLELISM:-2}"
work="$FLINK_STATE/test-flink-fault"

begin_test test-flink-fault
ensure_duckdb
rm -rf "$work"; mkdir -p "$work"

node "$FLINK_DIR/gen-articles.mjs" "$work/input" "$articles" "$files"
input="$work/input/*.jsonl"
direct_run "$input" "$work/direct" ${JOB_ARGS_ARRAY[@]+"${JOB_ARGS_ARRAY[@]}"}

cluster_up 1
submit_job "$input" "$work/flink" "$parallelism" ${JOB_ARGS_ARRAY[@]+"${JOB_ARGS_ARRAY[@]}"}
node "$REST" wait-running "$(rest_url)" "$JOB_ID" 300
sleep "$kill_after"
state="$(node "$REST" job-state "$(rest_url)" "$JOB_ID")"
[[ "$state" == RUNNING ]] || die "job was $state before the TaskManager could be killed: raise FAULT_ARTICLES"

victim="$(kill_taskmanager)"
killed_at=$SECONDS
# Start the replacement once the JobManager has declared the old one lost, so that the
# restarted job is not deployed to slots of a dead TaskManager.
node "$REST" wait-tm-gone "$(rest_url)" "$victim" 90
log "the JobManager declared $victim lost after $((SECONDS - killed_at)) s"
replacement="$(start_taskmanager)"

wait_job 900
[[ "${JOB_RESTARTS:-0}" -ge 1 ]] || die "job $JOB_ID reports $JOB_RESTARTS restarts; expected at least 1"
echo "job $JOB_ID restarted $JOB_RESTARTS time(s) after $victim was killed; finished on $replacement"
node "$REST" check-finished "$(rest_url)" "$JOB_ID" "$parallelism"
compare_tables "$work/direct" "$work/flink"
pass
