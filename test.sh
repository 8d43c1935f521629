#!/usr/bin/env bash
# Runs every test and the format check: the README's test command, and exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The browser tests drive Debian's Chromium; Playwright must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium and CJK fonts for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
  elif command -v sudo >/dev/null; then
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
  else
    echo "/usr/bin/chromium is missing and this user cannot install it: run 'apt-get install -y chromium fonts-noto-cjk' as root"
    exit 1
  fi
fi

# The open-data tests validate the exports against their JSON Schemas (draft 2020-12) with Python's jsonschema.
if ! python3 -c "from jsonschema import Draft202012Validator" 2>/dev/null; then
  echo "installing python3-jsonschema for the open-data schema tests"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-jsonschema
  elif command -v sudo >/dev/null; then
    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y python3-jsonschema
  else
    echo "python3-jsonschema is missing and this user cannot install it: run 'apt-get install -y python3-jsonschema' as root"
    exit 1
  fi
fi

dotnet restore Disclosure.Generator.sln
dotnet build Disclosure.Generator.sln --no-restore -c Release
log=$(mktemp)
status=0
dotnet test Disclosure.Generator.sln --no-build -c Release 2>&1 | tee "$log" || status=$?
dotnet format Disclosure.Generator.sln --verify-no-changes --no-restore || { echo "format check failed: run 'dotnet format Disclosure.Generator.sln'"; status=1; }

# One plain closing line for CI: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
