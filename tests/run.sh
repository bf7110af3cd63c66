#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, shares one Docker daemon across the test assemblies
# (starting one unless SLIPWAY_TEST_DOCKER_HOST names a running daemon), and ends with "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bash tests/setup.sh || exit 1

if [ -z "${SLIPWAY_TEST_DOCKER_HOST:-}" ]; then
  if ! SLIPWAY_TEST_DOCKER_HOST="$(bash tests/Slipway.Testing/scripts/start-docker.sh)"; then
    echo "tests/run.sh: could not start a Docker daemon for the integration tests (see above)." >&2
    exit 1
  fi
  export SLIPWAY_TEST_DOCKER_HOST
  trap 'bash tests/Slipway.Testing/scripts/stop-docker.sh >/dev/null 2>&1' EXIT
fi

log="$(mktemp)"
dotnet test Slipway.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

sum() { grep -E '^\s*(Passed|Failed)!' "$log" | sed -nE "s/.*$1: *([0-9]+).*/\1/p" | awk '{ s += $1 } END { print s + 0 }'; }
passed="$(sum Passed)"
failed="$(sum Failed)"
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # The run failed outside any test (a build error, a crashed host): never report it green.
fi
echo "$passed passed, $failed failed"
exit "$status"
