#!/usr/bin/env bash
# Refreshes etc/openapi/v1.json, the API's OpenAPI document that both front ends generate their types from, from the
# real host (the test host of test/LocalLife.HttpApi.Host.Tests on its own database). Run it after changing a DTO, a
# route or a status code, and commit the file with the change; OpenApiDocumentTests fails until you do.
#   etc/scripts/openapi.sh            build, then write the document
#   etc/scripts/openapi.sh --no-build write it from the existing Release build
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bash etc/scripts/services.sh up >&2
eval "$(bash etc/scripts/services.sh env)"
if [[ "${1:-}" != --no-build ]]; then
  dotnet build test/LocalLife.HttpApi.Host.Tests -c Release -nologo -v:q -clp:ErrorsOnly
fi
LOCALLIFE_OPENAPI_UPDATE=1 dotnet test test/LocalLife.HttpApi.Host.Tests -c Release --no-build -nologo -v:q \
  --filter "FullyQualifiedName=LocalLife.OpenApi.OpenApiDocumentTests.The_committed_document_is_the_one_the_API_serves" >/dev/null \
  || { echo "[openapi] the test host did not serve the document: run the filter above without LOCALLIFE_OPENAPI_UPDATE to see why" >&2; exit 1; }
git diff --stat -- etc/openapi/v1.json
echo "[openapi] etc/openapi/v1.json is the served document; the front ends regenerate their types from it in their builds" >&2
