#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, shares one Docker daemon across the test assemblies
# and one registry (starting them unless SLIPWAY_TEST_DOCKER_HOST / SLIPWAY_TEST_REGISTRY name running ones), and ends with "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bash tests/setup.sh || exit 1

# One daemon and one open registry for every test assembly, started here (and stopped by PID on exit) unless the
# caller already did, as .ci/run does.
stops=()
trap 'for stop in "${stops[@]}"; do bash "tests/Slipway.Testing/scripts/$stop" >/dev/null 2>&1; done' EXIT
if [ -z "${SLIPWAY_TEST_DOCKER_HOST:-}" ]; then
  if ! SLIPWAY_TEST_DOCKER_HOST="$(bash tests/Slipway.Testing/scripts/start-docker.sh)"; then
    echo "tests/run.sh: could not start a Docker daemon for the integration tests (see above)." >&2
    exit 1
  fi
  export SLIPWAY_TEST_DOCKER_HOST
  stops+=(stop-docker.sh)
fi
if [ -z "${SLIPWAY_TEST_REGISTRY:-}" ]; then
  if ! SLIPWAY_TEST_REGISTRY="$(bash tests/Slipway.Testing/scripts/start-registry.sh)"; then
    echo "tests/run.sh: could not start the test registry (see above)." >&2
    exit 1
  fi
  export SLIPWAY_TEST_REGISTRY
  stops+=(stop-registry.sh)
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
