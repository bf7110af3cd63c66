#!/bin/sh
# Starts one shared dockerd for all test assemblies (root; vfs storage, no bridge, no iptables) and prints the
# SLIPWAY_TEST_DOCKER_HOST value. State lives in $SLIPWAY_DOCKER_DIR (default /tmp/slipway-docker).
# Usage: export SLIPWAY_TEST_DOCKER_HOST="$(tests/Slipway.Testing/scripts/start-docker.sh)"
set -eu
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
i=0
until curl -sf --unix-socket "$sock" http://localhost/_ping >/dev/null 2>&1; do
  if ! kill -0 "$(cat "$pidfile")" 2>/dev/null || [ $i -ge 300 ]; then
    echo "dockerd did not start; last log lines:" >&2
    tail -n 20 "$dir/dockerd.log" >&2
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
    exit 1
  fi
  i=$((i + 1))
  sleep 0.2
done
echo "unix://$sock"
