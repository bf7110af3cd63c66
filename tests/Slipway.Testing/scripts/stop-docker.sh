#!/bin/sh
# Stops the dockerd started by start-docker.sh (by PID, waiting for it to exit) and removes its state.
set -eu
dir="${SLIPWAY_DOCKER_DIR:-/tmp/slipway-docker}"
pidfile="$dir/dockerd.pid"
[ -f "$pidfile" ] || { echo "no dockerd pid file at $pidfile" >&2; exit 0; }
pid="$(cat "$pidfile")"
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  i=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ $i -ge 150 ]; then kill -KILL "$pid" 2>/dev/null || true; break; fi
    i=$((i + 1))
    sleep 0.2
  done
fi
rm -f "$pidfile"
rm -rf "$dir"
