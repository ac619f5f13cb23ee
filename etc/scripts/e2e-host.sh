#!/usr/bin/env bash
# A real LocalLife host for a front end's end-to-end tests: its own database (created, migrated and seeded with the
# demo data by the built DbMigrator), the Demo environment (password grant, WeChat simulator), the built front ends.
#   etc/scripts/e2e-host.sh start NAME PORT   → database locallife_e2e_NAME, host on http://127.0.0.1:PORT
#   etc/scripts/e2e-host.sh stop NAME
# Needs the Release build (test.sh/run.sh build it) and the services (services.sh up). Logs: $LOCALLIFE_E2E_DIR/NAME.log
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cmd="${1:?start|stop}" name="${2:?name}" port="${3:-}"
dir="${LOCALLIFE_E2E_DIR:-/tmp/locallife-e2e}"
mkdir -p "$dir"
pidfile="$dir/$name.pid"

stop() {
  [[ -f "$pidfile" ]] || return 0
  local pid; pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
    [[ -z "$state" || "$state" == Z* ]] && break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

case "$cmd" in
  stop) stop ;;
  start)
    : "${port:?port}"
    stop
    eval "$(bash etc/scripts/services.sh env)"
    db="locallife_e2e_$name"
    export ConnectionStrings__Owner="${ConnectionStrings__Owner/Database=locallife;/Database=$db;}"
    export ConnectionStrings__Default="${ConnectionStrings__Default/Database=locallife;/Database=$db;}"
    export ConnectionStrings__CrossTenant="${ConnectionStrings__CrossTenant/Database=locallife;/Database=$db;}"
    # A fresh database each run: the tests start from the demo seed.
    PGPASSWORD=locallife psql -h 127.0.0.1 -p "$LOCALLIFE_PG_PORT" -U locallife -d postgres -qAt \
      -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
    export Seed__AdminRedirectUris__0="http://127.0.0.1:$port/admin/"
    export Seed__AdminRedirectUris__1="http://localhost:$port/admin/"
    (cd src/LocalLife.DbMigrator/bin/Release/net10.0 && dotnet LocalLife.DbMigrator.dll >"$dir/$name.migrate.log" 2>&1) \
      || { echo "[e2e-host] migration failed: $dir/$name.migrate.log" >&2; tail -20 "$dir/$name.migrate.log" >&2; exit 1; }
    export ASPNETCORE_ENVIRONMENT=Demo
    export Auth__KeysPath="$dir/$name-keys" Blob__Provider=FileSystem Blob__FileSystem__Path="$dir/$name-blobs"
    # Every browser test signs in from 127.0.0.1: the per-IP sign-in limit of production would throttle the suite.
    export RateLimits__Limits__Login__PermitLimit=1000
    export Frontends__Admin="$ROOT/angular/dist/admin/browser" Frontends__H5="$ROOT/miniprogram/dist/h5"
    # Its own exchange and queue: hosts sharing the default queue are competing consumers, so another host on the
    # same RabbitMQ would take (and handle against its own database) part of this host's events and their pushes.
    export Events__Exchange="locallife.e2e.$name.events" Events__Queue="locallife.e2e.$name.handlers"
    # The process writes its own pid before exec (setsid may fork, so $! would name its parent).
    (cd src/LocalLife.HttpApi.Host/bin/Release/net10.0 && \
      exec setsid nohup bash -c 'echo $$ >"$1"; exec dotnet LocalLife.HttpApi.Host.dll --urls "$2"' _ "$pidfile" "http://127.0.0.1:$port" \
        </dev/null >"$dir/$name.log" 2>&1) &
    for _ in $(seq 120); do
      curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && { echo "[e2e-host] $name ready on http://127.0.0.1:$port" >&2; exit 0; }
      sleep 0.5
    done
    echo "[e2e-host] $name did not become ready: $dir/$name.log" >&2; tail -30 "$dir/$name.log" >&2; stop; exit 1 ;;
  *) echo "usage: $0 start NAME PORT | stop NAME" >&2; exit 2 ;;
esac
