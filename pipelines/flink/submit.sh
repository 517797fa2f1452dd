#!/usr/bin/env bash
# Submits the bundled job jar to the local session cluster and waits for it.
#   submit.sh INPUT OUTPUT [PARALLELISM] [more job args...]
# Prints the job id and its final state as the cluster's REST API reports it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -ge 2 ]] || { echo "usage: $0 INPUT OUTPUT [PARALLELISM] [job args...]" >&2; exit 2; }
input="$1"; output="$2"; par="${3:-2}"; shift $(( $# >= 3 ? 3 : 2 ))
submit_job "$input" "$output" "$par" "$@"
wait_job
echo "output: $(absolute_path "$output")  (client log: $CLIENT_LOG)"
