#!/bin/sh
# Starts one shared dockerd for all test assemblies (root; vfs storage, no bridge, no iptables) and prints the
# SLIPWAY_TEST_DOCKER_HOST value. State lives in $SLIPWAY_DOCKER_DIR (default /tmp/slipway-docker).
# Usage: export SLIPWAY_TEST_DOCKER_HOST="$(tests/Slipway.Testing/scripts/start-docker.sh)"
set -eu
. "$(dirname "$0")/pid.sh"
dir="${SLIPWAY_DOCKER_DIR:-/tmp/slipway-docker}"
sock="$dir/docker.sock"
pidfile="$dir/dockerd.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "unix://$sock"
  exit 0
fi
command -v dockerd >/dev/null || { echo "dockerd not found: apt-get install docker.io" >&2; exit 1; }
mkdir -p "$dir"
dockerd --storage-driver=vfs --bridge=none --iptables=false --ip-masq=false \
  -H "unix://$sock" --data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/docker.pid" \
  >"$dir/dockerd.log" 2>&1 &
echo $! >"$pidfile"
wait_ready "$pidfile" "$dir/dockerd.log" 60 dockerd curl -sf --unix-socket "$sock" http://localhost/_ping
echo "unix://$sock"
