#!/usr/bin/env bash
# Runs LocalLife on this machine from nothing: services, build, migrate + seed the demo, then the host on
# http://127.0.0.1:5000 (API, OpenAPI explorer, sign-in). Ctrl+C stops the host; services keep running
# (etc/scripts/services.sh down stops them).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
URL="${LOCALLIFE_URL:-http://127.0.0.1:5000}"

bash etc/scripts/services.sh up
bash etc/scripts/prerequisites.sh
eval "$(bash etc/scripts/services.sh env)"

dotnet build LocalLife.sln -c Release -nologo -v:q -clp:ErrorsOnly
(cd src/LocalLife.DbMigrator/bin/Release/net10.0 && dotnet LocalLife.DbMigrator.dll)
# Front ends (etc/scripts/frontends/<app>.sh build): the host serves each build (admin under /admin, H5 under /h5).
for app in etc/scripts/frontends/*.sh; do [[ -e "$app" ]] && bash "$app" build; done

# Signing keys live with the service data, so tokens survive restarts. The Demo environment
# (appsettings.Demo.json) enables the password grant and mounts the WeChat simulator under /wechat-sim, so customer
# login and payments work here through the same notification endpoint and verification code as production.
export Auth__KeysPath="${LOCALLIFE_DATA:-/var/lib/locallife}/keys"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Demo}"
export Blob__FileSystem__Path="${Blob__FileSystem__Path:-${LOCALLIFE_DATA:-/var/lib/locallife}/blobs}"

cat <<INFO

  LocalLife is starting on ${URL}
    Admin (Angular):        ${URL}/admin/
    Customer app (H5):      ${URL}/h5/
    API explorer (Scalar):  ${URL}/scalar/v1
    OpenAPI document:       ${URL}/openapi/v1.json
    Health:                 ${URL}/health/ready
    Sign-in page:           ${URL}/account/login

  Demo logins (password LocalLife2026 for all):
    platform admin          admin              (no merchant)
    platform operator       operator           (no merchant)
    merchants               ktv-demo, teahouse-demo, cafe-demo
      staff in each         owner, manager, frontdesk, kitchen, waiter
    integrator              client_id demo-integrator / secret demo-integrator-secret (client credentials)
    customer (simulated)    WeChat login code sim-<anything>, e.g.
      curl -s ${URL}/connect/token -d grant_type=urn:locallife:wechat_miniprogram -d client_id=locallife-miniprogram \\
           -d code=sim-alice -d 'scope=offline_access profile locallife.api'

  Token for a quick try:
    curl -s ${URL}/connect/token -d grant_type=password -d client_id=locallife-console \\
         -d tenant=ktv-demo -d username=owner -d password=LocalLife2026 -d 'scope=profile roles locallife.api'

INFO
cd src/LocalLife.HttpApi.Host/bin/Release/net10.0
exec dotnet LocalLife.HttpApi.Host.dll --urls "$URL"
