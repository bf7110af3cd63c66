#!/bin/sh
# Starts one shared open registry (Debian's docker-registry) on 127.0.0.1 for all test assemblies and prints the
# SLIPWAY_TEST_REGISTRY value (host:port). The Basic and token-auth flavours stay per test assembly (fixtures).
# State lives in $SLIPWAY_REGISTRY_DIR (default /tmp/slipway-registry); stop it with stop-registry.sh.
# Usage: export SLIPWAY_TEST_REGISTRY="$(tests/Slipway.Testing/scripts/start-registry.sh)"
set -eu
. "$(dirname "$0")/pid.sh"
dir="${SLIPWAY_REGISTRY_DIR:-/tmp/slipway-registry}"
pidfile="$dir/registry.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  cat "$dir/address"
  exit 0
fi
[ -x /usr/bin/docker-registry ] || { echo "docker-registry not found: apt-get install docker-registry" >&2; exit 1; }
mkdir -p "$dir/data"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 5055)"
cat >"$dir/config.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
YAML
/usr/bin/docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 &
echo $! >"$pidfile"
echo "127.0.0.1:$port" >"$dir/address"
wait_ready "$pidfile" "$dir/registry.log" 15 "docker-registry on 127.0.0.1:$port" curl -s -o /dev/null "http://127.0.0.1:$port/v2/"
echo "127.0.0.1:$port"
