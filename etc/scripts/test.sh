#!/usr/bin/env bash
# Builds the solution and runs every test against real services on loopback.
#   etc/scripts/test.sh            everything
#   etc/scripts/test.sh --filter X passes extra arguments to `dotnet test`
# Ends with one line "N passed, N failed, N skipped"; exits non-zero if anything failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash etc/scripts/services.sh up
bash etc/scripts/prerequisites.sh
eval "$(bash etc/scripts/services.sh env)"

started=$SECONDS
dotnet build LocalLife.sln -c Release -nologo -v:q -clp:ErrorsOnly
echo "[test] build: $((SECONDS - started)) s"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test LocalLife.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Front ends (etc/scripts/frontends/<app>.sh test): each installs, builds and runs its own unit and browser tests
# against the host built above, and ends with a line "[frontend] N passed, N failed, N skipped".
# Skipped when dotnet test was given a filter.
if [[ $# -eq 0 ]]; then
  for app in etc/scripts/frontends/*.sh; do
    [[ -e "$app" ]] || continue
    echo "[test] front end: $app"
    bash "$app" test 2>&1 | tee -a "$log" || status=1
  done
fi

# One closing line over every test assembly and front end, from their summaries.
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
  }
  /^\[frontend\] [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped/ { p += $2; f += $4; s += $6 }
  END { print p+0, f+0, s+0 }' "$log")
echo "[test] total time: $((SECONDS - started)) s"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 ]]; then exit 1; fi
