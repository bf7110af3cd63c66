#!/bin/sh
# Stops the dockerd started by start-docker.sh (by PID, waiting for it to exit) and removes its state.
set -eu
. "$(dirname "$0")/pid.sh"
dir="${SLIPWAY_DOCKER_DIR:-/tmp/slipway-docker}"
[ -f "$dir/dockerd.pid" ] || { echo "no dockerd pid file at $dir/dockerd.pid" >&2; exit 0; }
stop_pid "$dir/dockerd.pid" 30
rm -rf "$dir"
