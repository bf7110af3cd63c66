#!/bin/sh
# Stops the registry started by start-registry.sh (by PID, waiting for it to exit) and removes its state.
set -eu
dir="${SLIPWAY_REGISTRY_DIR:-/tmp/slipway-registry}"
pidfile="$dir/registry.pid"
[ -f "$pidfile" ] || exit 0
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  i=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ $i -ge 50 ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
    i=$((i + 1))
    sleep 0.1
  done
fi
rm -rf "$dir"
