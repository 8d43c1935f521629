#!/usr/bin/env bash
# Runs every test and the format check: the README's test command, and exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

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
