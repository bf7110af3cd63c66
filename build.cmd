:; set -eo pipefail
:; SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
:; exec "$SCRIPT_DIR/build.sh" "$@"
@echo off
rem Slipway bootstrap for Windows: the same rules as build.sh, in build.ps1.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0build.ps1" %*
exit /b %ERRORLEVEL%
