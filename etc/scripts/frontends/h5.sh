#!/usr/bin/env bash
# The customer mini-program (miniprogram/, Taro 4.1.11 + React) and its H5 build.
#   etc/scripts/frontends/h5.sh build   npm ci when node_modules is missing or stale, the API's types generated from
#                                       etc/openapi/v1.json, then the H5 build into miniprogram/dist/h5
#   etc/scripts/frontends/h5.sh test    npm ci, the API's types, the type check (tsc: the API's types against every use),
#                                       unit tests, H5 and weapp builds (weapp structure checked), then Playwright
#                                       end-to-end specs in Chromium against a real host (e2e-host.sh h5 5102)
# `test` ends with "[frontend] N passed, N failed, N skipped" and exits non-zero if anything failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
APP="$ROOT/miniprogram"
E2E_NAME="${LOCALLIFE_H5_E2E_NAME:-h5}" E2E_PORT="${LOCALLIFE_H5_E2E_PORT:-5102}"
cd "$APP"
eval "$(bash "$ROOT/etc/scripts/frontend-tools.sh")"
log() { echo "[h5] $*" >&2; }

# npm ci when the lock file changed since the last install (install scripts stay blocked, as npm 11 does by default).
install() {
  local stamp=node_modules/.locallife-lock.sha want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [[ "${1:-}" == force || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error >&2
    echo "$want" >"$stamp"
  fi
}

build() { # type
  local started=$SECONDS
  npx taro build --type "$1" >"$tmp/build-$1.log" 2>&1 || { tail -40 "$tmp/build-$1.log" >&2; return 1; }
  log "$1 build: $((SECONDS - started)) s, $(du -sk "dist/$1" | cut -f1) KiB"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

case "${1:-}" in
  build)
    install
    npm run api --silent
    build h5 ;;
  test)
    started=$SECONDS
    install
    passed=0 failed=0 skipped=0
    add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }

    # The API's types from etc/openapi/v1.json (src/api/openapi.ts, git-ignored), checked against every use of them:
    # Taro's build and Vitest strip types without checking, so this is where a drift from the API fails.
    if npm run api --silent && npx tsc --noEmit -p . >&2; then add 1 0 0; else log "type check failed"; add 0 1 0; fi

    # Unit tests: state, API client, SignalR protocol (Vitest, Node).
    if npx vitest run --reporter=default --reporter=json --outputFile="$tmp/unit.json" >&2; then :; fi
    if [[ -f "$tmp/unit.json" ]]; then
      read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests,r.numPendingTests+r.numTodoTests)' "$tmp/unit.json")
      add "$p" "$f" "$s"
    else
      log "unit tests did not report"; add 0 1 0
    fi

    # Builds: H5 (served by the host) and the mini-program, checked for app.json and every page.
    build h5 || add 0 1 0
    if build weapp; then
      node scripts/check-weapp.mjs dist/weapp >"$tmp/weapp.log" 2>&1 || true
      cat "$tmp/weapp.log" >&2
      read -r p f < <(sed -n 's/^weapp: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$tmp/weapp.log")
      add "${p:-0}" "${f:-1}" 0
    else
      add 0 1 0
    fi

    # End to end: the H5 build in Chromium against a real host on its own freshly seeded database.
    if [[ -d dist/h5 ]]; then
      bash "$ROOT/etc/scripts/services.sh" up >&2
      trap 'bash "$ROOT/etc/scripts/e2e-host.sh" stop "$E2E_NAME" || true; rm -rf "$tmp"' EXIT
      if bash "$ROOT/etc/scripts/e2e-host.sh" start "$E2E_NAME" "$E2E_PORT"; then
        E2E_BASE_URL="http://127.0.0.1:$E2E_PORT" node --test --test-concurrency=1 \
          --test-reporter=spec --test-reporter-destination=stderr \
          --test-reporter=tap --test-reporter-destination="$tmp/e2e.tap" 'e2e/*.test.mjs' || true
        count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tmp/e2e.tap" | tail -1; }
        add "$(count pass || echo 0)" "$(( $(count fail || echo 0) + $(count cancelled || echo 0) ))" "$(( $(count skipped || echo 0) + $(count todo || echo 0) ))"
        [[ -s "$tmp/e2e.tap" ]] || { log "e2e did not report"; add 0 1 0; }
      else
        add 0 1 0
      fi
      bash "$ROOT/etc/scripts/e2e-host.sh" stop "$E2E_NAME" || true
    fi

    log "test: $((SECONDS - started)) s; screenshots in miniprogram/e2e/screenshots/"
    echo "[frontend] ${passed} passed, ${failed} failed, ${skipped} skipped"
    [[ $failed -eq 0 && $passed -gt 0 ]] ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
