#!/usr/bin/env bash
# Integration test: the job on a real Flink session cluster (parallelism 2) gives the same
# tables as on the DirectRunner.
#   test-flink.sh [INPUT]   (default testdata/articles/*)
# Starts its own cluster and stops it, passed or failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

input="${1:-testdata/articles/*}"
parallelism="${FLINK_PARALLELISM:-2}"
work="$FLINK_STATE/test-flink"

begin_test test-flink
ensure_duckdb
rm -rf "$work"; mkdir -p "$work"

# The reference first: the two runs would only compete for the same two cores.
direct_run "$input" "$work/direct" ${JOB_ARGS_ARRAY[@]+"${JOB_ARGS_ARRAY[@]}"}

cluster_up 1
submit_job "$input" "$work/flink" "$parallelism" ${JOB_ARGS_ARRAY[@]+"${JOB_ARGS_ARRAY[@]}"}
wait_job 900
# It ran on the cluster: FINISHED there, every task on our TaskManager.
node "$REST" check-finished "$(rest_url)" "$JOB_ID" "$parallelism"
compare_tables "$work/direct" "$work/flink"
pass
