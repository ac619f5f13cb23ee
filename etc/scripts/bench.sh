#!/usr/bin/env bash
# Benchmarks (not part of test.sh): catalog store-detail throughput against the host's plain JSON endpoint.
#   etc/scripts/bench.sh [seconds] [concurrency]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bash etc/scripts/services.sh up
bash etc/scripts/prerequisites.sh
eval "$(bash etc/scripts/services.sh env)"
dotnet run -c Release --project test/LocalLife.Benchmarks -- "${1:-10}" "${2:-32}"
