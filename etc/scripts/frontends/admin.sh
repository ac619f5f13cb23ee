#!/usr/bin/env bash
# The Angular admin (angular/): build, and test in a real browser.
#   etc/scripts/frontends/admin.sh build   npm ci when node_modules is missing or stale, the API's types generated from
#                                          etc/openapi/v1.json, then the production build into angular/dist/admin (the
#                                          host serves it under /admin/)
#   etc/scripts/frontends/admin.sh test    the build, component tests (Vitest browser mode in Debian Chromium), then
#                                          a real host on its own demo database (e2e-host.sh, port 5101) and the
#                                          Playwright specs (playwright-core, Node's test runner) against it;
#                                          screenshots in angular/e2e/screenshots/. Needs the .NET Release build.
# `test` ends with one line "[frontend] N passed, N failed, N skipped" and exits non-zero if anything failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
APP="$ROOT/angular"
E2E_NAME="${LOCALLIFE_ADMIN_E2E_NAME:-admin}" E2E_PORT="${LOCALLIFE_ADMIN_E2E_PORT:-5101}" work=""
log() { echo "[admin] $*" >&2; }

eval "$(bash "$ROOT/etc/scripts/frontend-tools.sh")"
export NG_CLI_ANALYTICS=false CI=1

# node_modules is stale when package-lock.json changed since the last install.
ensure_deps() {
  local stamp="$APP/node_modules/.locallife-lock.sha256" want
  want="$(sha256sum "$APP/package-lock.json" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "npm ci"
    (cd "$APP" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
}

build() {
  ensure_deps
  local started=$SECONDS
  # The API's types from etc/openapi/v1.json (src/app/api/openapi.ts, git-ignored): the build's type check is the drift test.
  (cd "$APP" && npm run api --silent && npx ng build --configuration production)
  log "build: $((SECONDS - started)) s, $(du -sh "$APP/dist/admin/browser" | cut -f1) in dist/admin/browser"
}

test_all() {
  local started=$SECONDS passed=0 failed=0 skipped=0
  work="$(mktemp -d)"
  trap 'bash "$ROOT/etc/scripts/e2e-host.sh" stop "$E2E_NAME" || true; if [[ -n "$work" ]]; then rm -rf "$work"; fi' EXIT

  if ! build; then
    echo "[frontend] 0 passed, 1 failed, 0 skipped"
    return 1
  fi

  log "component tests (Vitest, browser mode)"
  (cd "$APP" && npx ng test --watch=false --reporters=default --reporters=json --output-file="$work/unit.json") || true
  if [[ -s "$work/unit.json" ]]; then
    # A test file that fails to load fails no test but the run: count it as one failure.
    read -r p f s < <(node -e 'const r = require(process.argv[1]);
      console.log(r.numPassedTests, r.numFailedTests + (r.success || r.numFailedTests ? 0 : 1), r.numPendingTests + r.numTodoTests)' "$work/unit.json")
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  else
    log "component tests did not report"; failed=$((failed + 1))
  fi

  log "end-to-end tests against a real host"
  if bash "$ROOT/etc/scripts/e2e-host.sh" start "$E2E_NAME" "$E2E_PORT"; then
    rm -rf "$APP/e2e/screenshots"
    (cd "$APP" && E2E_BASE_URL="http://127.0.0.1:$E2E_PORT" node --test --test-concurrency=1 \
        --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$work/e2e.tap" \
        e2e/*.spec.mjs) || true
    read -r p f s < <(awk '/^# pass /{p=$3} /^# fail /{f+=$3} /^# cancelled /{f+=$3} /^# skipped /{s+=$3} /^# todo /{s+=$3} END{print p+0, f+0, s+0}' "$work/e2e.tap" 2>/dev/null || echo "0 1 0")
    [[ -s "$work/e2e.tap" ]] || f=1
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    log "screenshots: $(ls "$APP/e2e/screenshots" 2>/dev/null | wc -l) in angular/e2e/screenshots/"
  else
    failed=$((failed + 1))
  fi

  log "total time: $((SECONDS - started)) s"
  echo "[frontend] ${passed} passed, ${failed} failed, ${skipped} skipped"
  [[ $failed -eq 0 && $passed -gt 0 ]]
}

case "${1:-}" in
  build) build ;;
  test) test_all ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
