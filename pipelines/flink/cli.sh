#!/usr/bin/env bash
# Flink's command-line client (`flink run`, `flink list`, `flink cancel`, ...) from the same
# Maven-resolved jars as the local cluster, configured for it (conf/config.yaml).
#   cli.sh run -c org.actorgraph.ActorGraph target/actorgraph-bundled.jar --runner=FlinkRunner --input=... --output=...
#   cli.sh list
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cp="$(cluster_classpath)"
export FLINK_CONF_DIR="$FLINK_CONF"
exec java "${JAVA17_OPTS[@]}" \
  -Dlog4j.configurationFile="file:$FLINK_CONF/log4j-cli.properties" \
  -classpath "$cp" org.apache.flink.client.cli.CliFrontend "$@"
