#!/usr/bin/env bash
# `npm test`: typecheck → lint → Vitest (clinical core in node, the rest in jsdom) → Playwright
# against the production build in Debian's Chromium, then one line: "tests: N passed, N failed".
#
# Every stage runs even when an earlier one fails, so one run shows every problem; the exit
# status is non-zero if any stage failed. The browser is Debian's `chromium` package: installed
# with apt-get when running as root, otherwise the script stops and says what to install. It
# never downloads a browser.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly CHROMIUM=/usr/bin/chromium
readonly VITEST_JSON=.vitest-results.json
readonly PLAYWRIGHT_JSON=.playwright-results.json
readonly BIN=node_modules/.bin
failed_stages=()

rm -f "$VITEST_JSON" "$PLAYWRIGHT_JSON"

summary() {
  node scripts/test-summary.mjs "$VITEST_JSON" "$PLAYWRIGHT_JSON"
}

stage() {
  local name=$1
  shift
  printf '\n=== %s ===\n' "$name"
  if "$@"; then
    printf '%s: ok\n' "$name"
  else
    printf '%s: FAILED\n' "$name"
    failed_stages+=("$name")
  fi
}

# Debian's Chromium for the end-to-end tests; poppler-utils (pdftotext) for the print checks.
ensure_browser() {
  if [[ -x $CHROMIUM ]] && command -v pdftotext >/dev/null 2>&1; then
    return 0
  fi
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and poppler-utils with apt-get (about a minute)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  fi
  [[ -x $CHROMIUM ]]
}

if [[ ! -d node_modules ]]; then
  echo "node_modules is missing: run 'npm ci' first (or use 'npm ci && npm test')." >&2
  echo "tests: 0 passed, 0 failed"
  exit 1
fi

if ! ensure_browser; then
  cat >&2 <<MESSAGE
The end-to-end tests need Debian's Chromium at $CHROMIUM, and it is not installed.
Install it (and the PDF tools), then run npm test again:

    sudo apt-get update && sudo apt-get install -y chromium poppler-utils

This script does not download browsers (no 'npx playwright install').
MESSAGE
  echo "tests: 0 passed, 0 failed"
  exit 1
fi

stage typecheck "$BIN/tsc" -p tsconfig.json --noEmit
stage lint "$BIN/eslint" . --max-warnings=0
stage vitest "$BIN/vitest" run --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"
stage playwright "$BIN/playwright" test -c e2e/playwright.config.ts

printf '\n'
if ((${#failed_stages[@]} > 0)); then
  echo "Failed: ${failed_stages[*]}"
fi
summary
((${#failed_stages[@]} == 0))
