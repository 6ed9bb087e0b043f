#!/usr/bin/env bash
# Installs everything the project needs, idempotently and quietly when all is present.
# Usage: bash scripts/setup.sh            (everything)
#        bash scripts/setup.sh --no-browser (toolchain only)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
GECKODRIVER_VERSION=0.37.1
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

log() { echo "[setup] $*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

apt_missing=()
need_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed" || apt_missing+=("$1"); }
if [ "$want_browser" = 1 ]; then
  need_pkg chromium; need_pkg chromium-driver; need_pkg fonts-noto-cjk
  # WebKit (WebKitGTK's WebKitWebDriver + MiniBrowser, run under Xvfb) and Firefox ESR.
  need_pkg webkit2gtk-driver; need_pkg xvfb; need_pkg xauth; need_pkg firefox-esr
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  log "apt-get install ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  # Not --locked: its lockfile names a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
fi

if [ "$want_browser" = 1 ] && ! geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION"; then
  log "cargo install geckodriver $GECKODRIVER_VERSION (a minute or two)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --quiet
fi

# Node tools (wasm-opt 132 from binaryen, esbuild for the JS glue, playwright-core, selenium-webdriver, axe-core)
# into tools/node_modules.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package-lock.json -nt tools/node_modules/.installed ]; then
  log "npm ci in tools/"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules/.installed)
fi
