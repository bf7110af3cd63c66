#!/usr/bin/env bash
# Slipway bootstrap: compile the build program only when its sources changed, then start it directly.
# A warm start costs one content hash and one `dotnet <dll>`: never `dotnet run`, never a no-op `dotnet build`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMP="$ROOT/.nuke/temp"
BIN="$TEMP/build-bin"
PROJECT="$ROOT/build/_build.csproj"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_ROLL_FORWARD=Major
export SLIPWAY_ROOT="$ROOT"

fail() { printf 'build.sh: %s\n' "$*" >&2; exit 2; }

# Content hash of everything the build program is compiled from (file names and contents, in a fixed order).
source_hash() {
  (cd "$ROOT" && {
    ls global.json Directory.Build.props .editorconfig 2>/dev/null
    # src/ holds the build's own C# libraries where there are any (this repository); most Go repositories have no src/.
    dirs=(build); if [ -d src ]; then dirs+=(src); fi
    find "${dirs[@]}" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' \) \
      -not -path '*/bin/*' -not -path '*/obj/*'
  } | LC_ALL=C sort | tr '\n' '\0' | xargs -0 sha256sum | sha256sum | cut -c1-64)
}

# The SDK version global.json asks for, and whether an installed SDK satisfies it (same major.minor, feature band >= wanted).
wanted_sdk() { sed -n 's/.*"version"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$ROOT/global.json" | head -n1; }
sdk_satisfies() {
  local dotnet="$1" wanted="$2"
  "$dotnet" --list-sdks 2>/dev/null | awk -v w="$wanted" '
    BEGIN { split(w, a, "."); }
    { split($1, b, "."); if (b[1] == a[1] && b[2] == a[2] && b[3] + 0 >= a[3] + 0 && $1 !~ /-/) found = 1 }
    END { exit found ? 0 : 1 }'
}

find_dotnet() {
  local wanted; wanted="$(wanted_sdk)"
  if command -v dotnet >/dev/null 2>&1 && sdk_satisfies "$(command -v dotnet)" "$wanted"; then
    command -v dotnet; return
  fi
  local local_dotnet="$TEMP/dotnet/dotnet"
  if [ -x "$local_dotnet" ] && sdk_satisfies "$local_dotnet" "$wanted"; then
    echo "$local_dotnet"; return
  fi
  # Not installed: fetch the SDK global.json names into .nuke/temp/dotnet with the official install script.
  local channel; channel="$(echo "$wanted" | cut -d. -f1-2)"
  echo "build.sh: .NET SDK $wanted (global.json) is not installed; installing channel $channel into $TEMP/dotnet" >&2
  mkdir -p "$TEMP"
  local script="$TEMP/dotnet-install.sh"
  if ! curl -fsSL --retry 3 --connect-timeout 15 https://dot.net/v1/dotnet-install.sh -o "$script" 2>/dev/null; then
    fail "the .NET SDK $wanted that global.json requires is not installed, and the installer could not be downloaded (offline?). Install it from https://dotnet.microsoft.com/download or your package manager, then run ./build.sh again."
  fi
  bash "$script" --channel "$channel" --install-dir "$TEMP/dotnet" --no-path >&2 \
    || fail "installing the .NET SDK $channel failed (see above). Install it manually from https://dotnet.microsoft.com/download."
  echo "$local_dotnet"
}

# Any dotnet that can run the compiled program (a runtime is enough when the program is already built).
find_runtime() {
  if command -v dotnet >/dev/null 2>&1; then command -v dotnet; elif [ -x "$TEMP/dotnet/dotnet" ]; then echo "$TEMP/dotnet/dotnet"; else find_dotnet; fi
}

compile() {
  local hash="$1" dotnet started
  dotnet="$(find_dotnet)"
  echo "build.sh: build sources changed; compiling the build program" >&2
  started="$(date +%s)"
  rm -rf "$BIN.new"
  if ! "$dotnet" build "$PROJECT" -c Release -o "$BIN.new" --nologo -v quiet -clp:NoSummary -tl:off >&2; then
    rm -rf "$BIN.new"
    fail "compiling $PROJECT failed (errors above). Fix them and run ./build.sh again."
  fi
  echo "$hash" > "$BIN.new/.source-hash"
  echo $(( $(date +%s) - started )) > "$BIN.new/.compile-seconds" # PlanCi shows what the CI cache saves per job
  rm -rf "$BIN" && mv "$BIN.new" "$BIN"
  export SLIPWAY_BUILD_PROGRAM=compiled
}

# CI keys its build-program cache on this hash: `./build.sh --source-hash` prints it and compiles nothing.
if [ "${1:-}" = "--source-hash" ]; then source_hash; exit 0; fi

mkdir -p "$TEMP"
export SLIPWAY_BUILD_PROGRAM=cached # the run records whether it had to compile (a build-program cache hit on CI)
HASH="$(source_hash)"
if [ "$(cat "$BIN/.source-hash" 2>/dev/null)" != "$HASH" ]; then
  # One compiler at a time: parallel invocations wait for the first and then reuse its output.
  exec 9>"$TEMP/build.lock"
  if command -v flock >/dev/null 2>&1; then flock 9; fi
  if [ "$(cat "$BIN/.source-hash" 2>/dev/null)" != "$HASH" ]; then compile "$HASH"; fi
  exec 9>&-
fi

exec "$(find_runtime)" "$BIN/_build.dll" "$@"
