#!/usr/bin/env bash
# Benchmarks (not part of test.sh), printed as numbers:
#   catalog  store-detail throughput against the host's plain JSON endpoint (32 clients)
#   orders   order submissions/s at 500 concurrent customers (p50/p95/p99) next to pgbench TPC-B, and scan latency
#   etc/scripts/bench.sh [catalog|orders|all] [seconds] [concurrency]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bash etc/scripts/services.sh up
bash etc/scripts/prerequisites.sh
eval "$(bash etc/scripts/services.sh env)"
dotnet run -c Release --project test/LocalLife.Benchmarks -- "${1:-all}" "${2:-10}" "${3:-0}"
