#!/bin/sh
# Stops the registry started by start-registry.sh (by PID, waiting for it to exit) and removes its state.
set -eu
. "$(dirname "$0")/pid.sh"
dir="${SLIPWAY_REGISTRY_DIR:-/tmp/slipway-registry}"
[ -f "$dir/registry.pid" ] || exit 0
stop_pid "$dir/registry.pid" 5
rm -rf "$dir"
