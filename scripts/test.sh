#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native tests of the whole workspace, component tests (wasm-bindgen-test) in Chromium,
# Firefox and WebKit, the release build, end-to-end tests against the one built dist/ in Chromium,
# Firefox and WebKit, and prints the bundle sizes.
#
# Browsers: Chromium headless (chromedriver; playwright-core for end-to-end), Firefox ESR headless
# (geckodriver), WebKitGTK's MiniBrowser (WebKitWebDriver) under Xvfb; end-to-end, the last two are
# driven by selenium-webdriver (tests/e2e/lib/webdriver.mjs, page.mjs). E2E_ENGINES / WBT_ENGINES
# (space-separated, default "chromium firefox webkit") choose the engines; every engine runs even
# when an earlier one failed, and the script fails at the end if any did.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

# A full run writes a few GB under target/ (debug, wasm32, release, the pre-render build); say so
# up front rather than fail half-way with "No space left on device".
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt $((6 * 1024 * 1024)) ]; then
  echo "scripts/test.sh: only $((free_kb / 1024)) MB free on $(df -P . | awk 'NR == 2 { print $6 }'); the suite needs about 6 GB" >&2
  exit 1
fi

step() { printf '\n== %s\n' "$*"; }
failed=()
logs_dir=$(mktemp -d)
trap 'rm -rf "$logs_dir"' EXIT
# Runs "$@" as the named browser suite, timing it; a failure is remembered, not fatal, and its
# log kept, so that the end of the run can say what failed (a CI log is often read from its end).
suite() {
  local name=$1; shift
  local t0=$SECONDS log="$logs_dir/${#failed[@]}-${name// /-}.log"
  if "$@" 2>&1 | tee "$log"; then
    printf -- '-- %s: passed in %ss\n' "$name" $((SECONDS - t0))
  else
    printf -- '-- %s: FAILED after %ss\n' "$name" $((SECONDS - t0))
    failed+=("$name")
    failed_logs+=("$log")
  fi
}
failed_logs=()
# Runs "$@"; when it fails because WebKitGTK's web process died (`WebProcess CRASHED`: WebKitGTK
# 2.50 has crashed in Skia's shader module loader now and then even on the CPU path below, before
# any test could fail), runs it once more. Only that crash: a failing test is never run twice.
once_more_if_webkit_crashed() {
  local out; out=$(mktemp)
  if "$@" 2>&1 | tee "$out"; then rm -f "$out"; return 0; fi
  if ! grep -q 'WebProcess CRASHED' "$out"; then rm -f "$out"; return 1; fi
  rm -f "$out"
  printf -- '-- the browser crashed (WebProcess CRASHED), not a test: running the suite once more\n'
  "$@"
}
# What a failed suite said about its failures: failing tests and their errors, panics, driver errors.
# The failing tests' names and panics come last: a CI log is often read from its end, and the
# runner's stack backtrace (which names only the runner) is left out.
why_failed() {
  grep -a -E -A12 '^not ok|panicked at|^failures:|^test .* FAIL|^error|Error:|timed out|Failed to' "$1" \
    | grep -a -v -E '^\s+at (async )?(node:|process\.|Test\.)|^\s+[0-9]+: |^\s+at \./|^Stack backtrace:' \
    | head -n 80
  printf -- '-- failing tests and panics:\n'
  grep -a -E '^not ok|^test .* FAIL|panicked at|condition not reached|never settled' "$1" | head -n 20
}

# One engine's end-to-end suite. Nothing is run twice: a failure is a failure.
e2e() {
  local engine=$1; shift
  E2E_ENGINE="$engine" node --test --test-concurrency=1 "$@"
}

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native, whole workspace)"
cargo clippy --workspace --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown -p report-explorer --all-targets -- -D warnings
# The explorer's page as Trunk builds it: no parser in the page, the parse worker beside it.
cargo clippy --target wasm32-unknown-unknown -p report-explorer --features worker-parse --lib --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p report --lib --no-default-features -- -D warnings

step "clippy (native, the pre-render build step: Leptos ssr)"
cargo clippy -p report-explorer --no-default-features --features ssr --lib --bins -- -D warnings

step "native tests (whole workspace)"
# The property tests run a fixed seed here, so the gate is reproducible; a deeper search is
# `PROPTEST_CASES=20000 cargo test -p report --test numbers_props` (any seed).
PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261207}" cargo test --workspace

step "native tests (the pre-render build step)"
cargo test -p report-explorer --no-default-features --features ssr --lib --bins

# Component tests: built once, then run by wasm-bindgen-test-runner in each engine (the driver
# is picked by the GECKODRIVER / SAFARIDRIVER / CHROMEDRIVER variable; env.sh sets CHROMEDRIVER).
step "component tests: build (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown -p report-explorer --no-run
for engine in ${WBT_ENGINES:-chromium firefox webkit}; do
  step "component tests in $engine"
  case $engine in
    chromium) suite "component tests in chromium" cargo test --target wasm32-unknown-unknown -p report-explorer ;;
    firefox) suite "component tests in firefox" env GECKODRIVER="$GECKODRIVER_BIN" \
      WASM_BINDGEN_TEST_WEBDRIVER_JSON=webdriver-firefox.json \
      cargo test --target wasm32-unknown-unknown -p report-explorer --lib --test web --test web_charts --test web_list --test web_track --test web_speech ;;
    # Skia on the CPU: under Xvfb there is no GPU, and WebKitGTK's GPU path (Mesa's software GL)
    # has crashed in its shader compiler on a canvas getImageData. And on the page's own thread:
    # WebKitGTK 2.50 has crashed loading Skia's shader module (`Unable to load module
    # sksl_shared`, a literal `case 2:` read as too large) with a painting thread beside it.
    webkit) suite "component tests in webkit" once_more_if_webkit_crashed \
      env SAFARIDRIVER="$WEBKITWEBDRIVER" WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 \
      WEBKIT_SKIA_CPU_PAINTING_THREADS=0 \
      xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
      cargo test --target wasm32-unknown-unknown -p report-explorer --lib --test web --test web_charts --test web_list --test web_track --test web_speech ;;
    *) echo "unknown engine $engine" >&2; exit 2 ;;
  esac
done

step "release build (trunk)"
trunk build --release --offline

# End-to-end: the same test files in every engine (tests/e2e/lib/browser.mjs picks the backend
# from E2E_ENGINE). A file that needs Playwright-only APIs (contexts with init scripts, frames,
# request events) runs in Chromium only: it says so with a line `// e2e-engines: chromium`, or is
# listed here. embed.test.mjs: its host page, iframes and CSP reports need Playwright's contexts
# and frames.
chromium_only=(tests/e2e/embed.test.mjs)
e2e_all=(tests/e2e/*.test.mjs)
e2e_webdriver=()
for f in "${e2e_all[@]}"; do
  if grep -q '^// e2e-engines: chromium' "$f" || [[ " ${chromium_only[*]} " == *" $f "* ]]; then continue; fi
  e2e_webdriver+=("$f")
done
for engine in ${E2E_ENGINES:-chromium firefox webkit}; do
  step "end-to-end tests in $engine (built dist/)"
  if [ "$engine" = chromium ]; then files=("${e2e_all[@]}"); else files=("${e2e_webdriver[@]}"); fi
  suite "end-to-end tests in $engine" e2e "$engine" "${files[@]}"
done

step "bundle sizes (dist/)"
bash scripts/sizes.sh dist

if [ ${#failed[@]} -gt 0 ]; then
  for i in "${!failed[@]}"; do
    printf '\n== why %s failed\n' "${failed[$i]}"
    why_failed "${failed_logs[$i]}" || true
  done
  printf '\nFAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
