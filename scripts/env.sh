# Sourced by the project's scripts: puts the project's tools on PATH and sets the browser-test
# environment. Safe to source more than once.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
# wasm-bindgen-test-runner gives a whole test file 20 s by default, then stops with "Failed to
# detect test as having been run" (or a WebDriver poll of a busy page times out). That is too
# little for tests/web_list.rs (four mounts of the 10x report, debug build): ~15 s in WebKit on
# an idle machine, ~30 s on a loaded one.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
unset _root
# The other engines' browser tests (scripts/test.sh, tests/e2e/lib/webdriver.mjs). Not named
# GECKODRIVER/SAFARIDRIVER: wasm-bindgen-test-runner would pick that driver for every run.
export GECKODRIVER_BIN="${GECKODRIVER_BIN:-$HOME/.cargo/bin/geckodriver}"
export FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
export WEBKITWEBDRIVER="${WEBKITWEBDRIVER:-/usr/bin/WebKitWebDriver}"
export MINIBROWSER="${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
