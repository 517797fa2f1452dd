#!/usr/bin/env bash
# Local Flink 1.19 session cluster on loopback, from Maven-resolved jars.
#   cluster.sh up [N]     start a JobManager and N TaskManagers (default 1), wait for free slots
#   cluster.sh down       stop exactly the JVMs these scripts started (pid files in .flink/pids)
#   cluster.sh status     our JVMs, and the cluster's view of itself through the REST API
#   cluster.sh add-tm     start one more TaskManager
#   cluster.sh kill-tm [NAME]   kill -9 a TaskManager (default: the oldest live one), for fault tests
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cmd="${1:-}"
case "$cmd" in
  up)
    cluster_up "${2:-${FLINK_TASKMANAGERS:-1}}"
    echo "Flink web UI: $(rest_url)/"
    ;;
  down)
    cluster_down
    ;;
  status)
    any=0
    for name in jobmanager $(taskmanager_names); do
      if pid="$(live_pid "$name")"; then
        echo "$name: running, pid $pid"; any=1
      else
        echo "$name: not running"
      fi
    done
    if [[ $any == 1 ]] && node "$REST" overview "$(rest_url)"; then
      echo "Flink web UI: $(rest_url)/"
    fi
    ;;
  add-tm)
    cluster_running || die "no cluster of ours is running: 'make flink-up' first"
    start_taskmanager
    ;;
  kill-tm)
    kill_taskmanager "${2:-}"
    ;;
  *)
    echo "usage: $0 up [N] | down | status | add-tm | kill-tm [NAME]" >&2
    exit 2
    ;;
esac
