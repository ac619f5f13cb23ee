#!/usr/bin/env bash
# Local backing services for LocalLife: PostgreSQL, RabbitMQ, Redis and an S3 API (s3rver).
#   services.sh up|down|status [postgres|rabbitmq|redis|s3 ...]   (default: all four)
#   eval "$(services.sh env)"                                     connection settings for the app/tests
# `up` is idempotent: installs what is missing, starts, waits until ready. `status` exits 1 unless all up.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/etc/tools"
# Runs as root without systemd (CI, dev machines); every listener is on 127.0.0.1 only.
# Data and logs: not under /root, since the postgres user must be able to traverse into its folder.
DATA="${LOCALLIFE_DATA:-/var/lib/locallife}"
PG_DIR="$DATA/postgres" RABBIT_DIR="$DATA/rabbitmq" REDIS_DIR="$DATA/redis" S3_DIR="$DATA/s3"
PG_PORT="${LOCALLIFE_PG_PORT:-55432}" RABBIT_PORT="${LOCALLIFE_RABBIT_PORT:-5672}"
REDIS_PORT="${LOCALLIFE_REDIS_PORT:-6379}" S3_PORT="${LOCALLIFE_S3_PORT:-9000}"
RABBIT_NODE="locallife$RABBIT_PORT@localhost"   # port in the name: instances on other ports can coexist
S3_VERSION=3.7.1
ALL=(postgres rabbitmq redis s3)
log() { echo "[services] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }
fail_with_log() { log "ERROR: $1 did not start; last lines of $2:"; tail -n 40 "$2" >&2 2>/dev/null || true; exit 1; }

# A pid counts as alive unless gone or a zombie (state Z): PID 1 on these machines reaps late.
alive() { [[ -n "${1:-}" && -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
gone() { ! alive "$1"; }
pid_of() { [[ -s "$1" ]] && tr -dc '0-9' <"$1"; }

# Wait until service $1 answers; fail early (with its log) if the process in pid file $3 died.
wait_ready() {
  local svc=$1 deadline=$((SECONDS + $2)) pidfile=$3 logfile=$4 pid
  until "${svc}_ready"; do
    pid="$(pid_of "$pidfile" || true)"
    if ((SECONDS >= deadline)) || { [[ -n "$pid" ]] && gone "$pid"; }; then fail_with_log "$svc" "$logfile"; fi
    sleep 0.2
  done
}
stop_pidfile() {   # SIGTERM the pid in pid file $1 and wait until it is gone
  local pid; pid="$(pid_of "$1" || true)"
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    until gone "$pid"; do ((SECONDS < deadline)) || die "pid $pid ($1) did not stop"; sleep 0.2; done
  fi
  rm -f "$1"
}
pg_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }  # newest
have() { command -v "$1" >/dev/null; }

# Install the Debian packages the selected services need; apt-get update only if something is missing.
ensure_packages() {
  local pkgs=() svc made_policy=
  for svc in "$@"; do
    case "$svc" in
      postgres) [[ -x "$(pg_bin)/initdb" ]] && have psql || pkgs+=(postgresql)
        # PostGIS: store search computes distances in the database with a spatial index.
        compgen -G "/usr/share/postgresql/*/extension/postgis.control" >/dev/null || pkgs+=(postgresql-15-postgis-3) ;;
      rabbitmq) [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || pkgs+=(rabbitmq-server) ;;
      redis) have redis-server && have redis-cli || pkgs+=(redis-server) ;;
      s3) have node && have npm || pkgs+=(nodejs npm) ;;
    esac
  done
  ((${#pkgs[@]})) || return 0
  log "installing ${pkgs[*]}"
  # Without it, the packages' postinst scripts start system-wide daemons on the default ports
  # (a cluster on 5432, rabbitmq on 5672, redis on 6379); policy-rc.d exiting 101 forbids that.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  if [[ -n "$made_policy" ]]; then rm -f /usr/sbin/policy-rc.d; fi
}

# s3rver from the npm registry, pinned by etc/tools/package-lock.json (node_modules is git-ignored).
ensure_s3rver() {
  local pkg="$TOOLS/node_modules/s3rver/package.json" how=install
  if [[ -f "$pkg" ]] && grep -q "\"version\": \"$S3_VERSION\"" "$pkg"; then return 0; fi
  if [[ -f "$TOOLS/package-lock.json" ]]; then how=ci; fi
  log "installing s3rver $S3_VERSION (npm $how) into $TOOLS/node_modules"
  # No dependency needs an install script; keep npm 11's default of not running them.
  (cd "$TOOLS" && npm "$how" --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
}

# ---------------------------------------------------------------- PostgreSQL
# PGCONNECT_TIMEOUT: psql would wait forever on a port where something else listens.
psql_pg() { PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
postgres_ready() { have psql && psql_pg -Atc 'select 1' >/dev/null 2>&1; }

postgres_up() {
  local bin; bin="$(pg_bin)"
  if ! postgres_ready; then
    mkdir -p "$PG_DIR" && chown postgres:postgres "$PG_DIR" && chmod 700 "$PG_DIR"
    runuser -u postgres -- test -w "$PG_DIR" || die "user postgres cannot write $PG_DIR (is $DATA under /root?)"
    if [[ ! -f "$PG_DIR/PG_VERSION" ]]; then
      log "postgres: initdb $PG_DIR"
      runuser -u postgres -- "$bin/initdb" -D "$PG_DIR" -U postgres -A trust -E UTF8 --no-locale \
        >"$DATA/postgres-initdb.log" 2>&1 || fail_with_log postgres "$DATA/postgres-initdb.log"
    fi
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    # -k: the unix socket goes into the data dir, since /var/run/postgresql may not exist.
    runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c max_connections=300 -p $PG_PORT -k $PG_DIR" start >/dev/null \
      || fail_with_log postgres "$PG_DIR/postgres.log"
    wait_ready postgres 30 "$PG_DIR/postmaster.pid" "$PG_DIR/postgres.log"
  fi
  # Roles and database, re-asserted on every up (cheap) so drifted attributes are corrected.
  # locallife owns the schema (migrator, test fixtures); locallife_app is the runtime role under RLS;
  # locallife_reader reads across tenants for the host's few named cross-tenant queries (SELECT only, its own policy).
  psql_pg >/dev/null <<'SQL' || die "postgres: could not ensure roles and database"
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'locallife') THEN CREATE ROLE locallife; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'locallife_app') THEN CREATE ROLE locallife_app; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'locallife_reader') THEN CREATE ROLE locallife_reader; END IF;
END $$;
ALTER ROLE locallife LOGIN CREATEDB PASSWORD 'locallife';
-- Test fixtures drop their databases WITH (FORCE), which ends the app role's sessions too.
GRANT pg_signal_backend TO locallife;
ALTER ROLE locallife_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD 'locallife_app';
ALTER ROLE locallife_reader LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD 'locallife_reader';
SELECT 'CREATE DATABASE locallife OWNER locallife'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'locallife') \gexec
SQL
  # Extensions need a superuser; created in template1 they come with every new database (tests create many),
  # so the migrator, which is only the schema owner, finds them there.
  local db
  for db in template1 locallife; do
    psql_pg -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS postgis' >/dev/null || die "postgres: could not create postgis in $db"
  done
}

postgres_down() {   # pg_ctl's own stop waits until the server is gone; it fails on a stale pid file
  [[ -f "$PG_DIR/postmaster.pid" ]] || return 0
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 \
    || ! postgres_ready || die "postgres did not stop"
}

# ---------------------------------------------------------------- RabbitMQ
# HOME is where Erlang keeps its .erlang.cookie: the node and rabbitmqctl must share one, so it is a
# private one under $DATA rather than root's. (/usr/sbin/rabbitmqctl would switch to the rabbitmq user
# and its HOME: use /usr/lib/rabbitmq/bin/rabbitmqctl through rabbit_run instead.)
rabbit_run() {
  env HOME="$RABBIT_DIR" RABBITMQ_NODENAME="$RABBIT_NODE" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$RABBIT_PORT" ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia" RABBITMQ_LOG_BASE="$RABBIT_DIR/log" \
    RABBITMQ_PID_FILE="$RABBIT_DIR/rabbitmq.pid" RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins" "$@"
}
# Ready = the port answers an AMQP 0-9-1 protocol header with a method frame (Connection.Start).
rabbitmq_ready() {
  (exec 3<>"/dev/tcp/127.0.0.1/$RABBIT_PORT" && printf 'AMQP\0\0\11\1' >&3 && read -r -t 3 -N 1 b <&3 \
    && [[ "$b" == $'\x01' ]]) 2>/dev/null
}

rabbitmq_up() {
  rabbitmq_ready && return 0
  if gone "$(pid_of "$RABBIT_DIR/rabbitmq.pid" || true)"; then   # a live pid: still booting, just wait
    mkdir -p "$RABBIT_DIR/log" && rm -f "$RABBIT_DIR/rabbitmq.pid"
    # The node creates this user when its database is first initialised: cheaper than
    # rabbitmqctl add_user/set_permissions (~0.5 s each). No guest user is created then.
    printf '%s\n' 'default_vhost = /' 'default_user = locallife' 'default_pass = locallife' \
      'default_permissions.configure = .*' 'default_permissions.read = .*' 'default_permissions.write = .*' \
      >"$RABBIT_DIR/rabbitmq.conf"
    echo '[].' >"$RABBIT_DIR/enabled_plugins"   # no plugins: faster boot, no management port
    log "rabbitmq: starting on 127.0.0.1:$RABBIT_PORT"
    # inet_dist_use_interface: the inter-node listener (port+20000) would otherwise bind to all interfaces.
    rabbit_run RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
      /usr/lib/rabbitmq/bin/rabbitmq-server -detached >"$RABBIT_DIR/log/startup.log" 2>&1 \
      || fail_with_log rabbitmq "$RABBIT_DIR/log/startup.log"
  fi
  # `rabbitmqctl await_startup` right after -detached fails (rc 69), so poll the AMQP port.
  wait_ready rabbitmq 90 "$RABBIT_DIR/rabbitmq.pid" "$RABBIT_DIR/log/$RABBIT_NODE.log"
}

# SIGTERM stops the node gracefully; epmd (127.0.0.1:4369) is shared by Erlang nodes and outlives it.
rabbitmq_down() { stop_pidfile "$RABBIT_DIR/rabbitmq.pid"; }

# ---------------------------------------------------------------- Redis
redis_ready() { have redis-cli && [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

redis_up() {
  redis_ready && return 0
  mkdir -p "$REDIS_DIR"
  log "redis: starting on 127.0.0.1:$REDIS_PORT"
  # Not --daemonize: it writes no pid file when it fails to bind, so a failed start went unnoticed.
  setsid nohup redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$REDIS_DIR" --logfile "$REDIS_DIR/redis.log" \
    --save '' --appendonly no >/dev/null 2>&1 </dev/null &
  echo $! >"$REDIS_DIR/redis.pid"
  wait_ready redis 15 "$REDIS_DIR/redis.pid" "$REDIS_DIR/redis.log"
}

redis_down() {
  if redis_ready; then redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  stop_pidfile "$REDIS_DIR/redis.pid"
}

# ---------------------------------------------------------------- S3 (s3rver)
s3_ready() {
  (exec 3<>"/dev/tcp/127.0.0.1/$S3_PORT" && printf 'GET / HTTP/1.0\r\n\r\n' >&3 && read -r -t 3 -N 7 b <&3 \
    && [[ "$b" == HTTP/1. ]]) 2>/dev/null
}

s3_up() {
  s3_ready && return 0
  if gone "$(pid_of "$S3_DIR/s3rver.pid" || true)"; then   # a live pid: still starting, just wait
    mkdir -p "$S3_DIR/data"
    log "s3: starting s3rver on 127.0.0.1:$S3_PORT"
    # setsid + nohup: leave the caller's session, so the server outlives run.sh / test.sh.
    setsid nohup node "$TOOLS/node_modules/s3rver/bin/s3rver.js" -d "$S3_DIR/data" -a 127.0.0.1 \
      -p "$S3_PORT" --no-vhost-buckets >"$S3_DIR/s3rver.log" 2>&1 </dev/null &
    echo $! >"$S3_DIR/s3rver.pid"
  fi
  wait_ready s3 30 "$S3_DIR/s3rver.pid" "$S3_DIR/s3rver.log"
}

s3_down() { stop_pidfile "$S3_DIR/s3rver.pid"; }

# ---------------------------------------------------------------- commands
print_env() {
  local pg="Host=127.0.0.1;Port=$PG_PORT;Database=locallife"
  cat <<EOF
export LOCALLIFE_PG_PORT='$PG_PORT' LOCALLIFE_RABBIT_PORT='$RABBIT_PORT'
export LOCALLIFE_REDIS_PORT='$REDIS_PORT' LOCALLIFE_S3_PORT='$S3_PORT'
export ConnectionStrings__Default='$pg;Username=locallife_app;Password=locallife_app'
export ConnectionStrings__CrossTenant='$pg;Username=locallife_reader;Password=locallife_reader'
export ConnectionStrings__Owner='$pg;Username=locallife;Password=locallife'
export ConnectionStrings__RabbitMq='amqp://locallife:locallife@127.0.0.1:$RABBIT_PORT/'
export ConnectionStrings__Redis='127.0.0.1:$REDIS_PORT'
export Blob__S3__Endpoint='http://127.0.0.1:$S3_PORT'
export Blob__S3__AccessKey='S3RVER' Blob__S3__SecretKey='S3RVER'
EOF
}

main() {
  local cmd="${1:-}" svcs s i rc=0
  shift || true
  svcs=("$@"); ((${#svcs[@]})) || svcs=("${ALL[@]}")
  for s in "${svcs[@]}"; do [[ " ${ALL[*]} " == *" $s "* ]] || die "unknown service '$s' (known: ${ALL[*]})"; done
  case "$cmd" in
    up)
      ((EUID == 0)) || die "run as root: installs packages and starts postgres as its own user"
      ensure_packages "${svcs[@]}"
      [[ -d "$DATA" ]] || install -d -m 755 "$DATA"
      for s in "${svcs[@]}"; do
        if [[ "$s" == s3 ]]; then ensure_s3rver; fi
        "${s}_up"
      done
      log "up: ${svcs[*]} (data and logs in $DATA)" ;;
    down)
      for ((i = ${#svcs[@]} - 1; i >= 0; i--)); do "${svcs[i]}_down"; done
      log "down: ${svcs[*]}" ;;
    status)
      local -A port=([postgres]=$PG_PORT [rabbitmq]=$RABBIT_PORT [redis]=$REDIS_PORT [s3]=$S3_PORT)
      for s in "${svcs[@]}"; do
        if "${s}_ready"; then printf '%-9s up    127.0.0.1:%s\n' "$s" "${port[$s]}"
        else printf '%-9s down  127.0.0.1:%s\n' "$s" "${port[$s]}"; rc=1; fi
      done
      return "$rc" ;;
    env) print_env ;;
    *) die "usage: $(basename "$0") up|down|status|env [${ALL[*]}]" ;;
  esac
}

main "$@"
