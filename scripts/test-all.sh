#!/usr/bin/env bash
# `npm test`: lint, side by side with typecheck and then Vitest (clinical core and data in node,
# components in jsdom) → Playwright against the
# production build in Debian's Chromium, then each stage's time and one line:
# "tests: N passed, N failed".
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

stage_times=()

# Runs one stage in the foreground; records whether it passed and how long it took.
stage() {
  local name=$1
  shift
  local started=$SECONDS
  printf '\n=== %s ===\n' "$name"
  if "$@"; then
    printf '%s: ok\n' "$name"
  else
    printf '%s: FAILED\n' "$name"
    failed_stages+=("$name")
  fi
  stage_times+=("$name $((SECONDS - started)) s")
}

# Two stages side by side: "$1" and "$3" are names, "$2" and "$4" their command strings. Their
# output is shown one after the other once both have finished.
side_by_side() {
  local names=("$1" "$3") commands=("$2" "$4") pids=() logs=()
  local i
  for i in 0 1; do
    logs[i]=$(mktemp)
    (
      started=$SECONDS
      bash -c "${commands[i]}"
      status=$?
      echo "$((SECONDS - started))" >"${logs[i]}.seconds"
      exit "$status"
    ) >"${logs[i]}" 2>&1 &
    pids[i]=$!
  done
  for i in 0 1; do
    local status=0
    wait "${pids[i]}" || status=$?
    printf '\n=== %s ===\n' "${names[i]}"
    cat "${logs[i]}"
    stage_times+=("${names[i]} $(cat "${logs[i]}.seconds") s")
    rm -f "${logs[i]}" "${logs[i]}.seconds"
    if ((status == 0)); then
      printf '%s: ok\n' "${names[i]}"
    else
      printf '%s: FAILED\n' "${names[i]}"
      failed_stages+=("${names[i]}")
    fi
  done
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

browser_started=$SECONDS
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

stage_times+=("browser check $((SECONDS - browser_started)) s")
# Lint is one process for about a minute; typecheck is one process for half that. Vitest runs on
# both cores after typecheck, so lint runs beside the two of them instead of beside typecheck
# alone (which left a core idle for half a minute). Vitest runs even when typecheck fails.
typecheck_then_vitest="
  started=\$SECONDS
  $BIN/tsc -p tsconfig.json --noEmit; typecheck=\$?
  echo \"typecheck: \$((SECONDS - started)) s, exit \$typecheck\"
  started=\$SECONDS
  $BIN/vitest run --reporter=default --reporter=json --outputFile.json=$VITEST_JSON; vitest=\$?
  echo \"vitest: \$((SECONDS - started)) s, exit \$vitest\"
  exit \$((typecheck || vitest))
"
side_by_side lint "$BIN/eslint . --max-warnings=0" "typecheck then vitest" "$typecheck_then_vitest"
stage playwright "$BIN/playwright" test -c e2e/playwright.config.ts

printf '\nStage times (wall): %s\n' "$(IFS=,; echo "${stage_times[*]}" | sed 's/,/, /g')"
if ((${#failed_stages[@]} > 0)); then
  echo "Failed: ${failed_stages[*]}"
fi
summary
((${#failed_stages[@]} == 0))
