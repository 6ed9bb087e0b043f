#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: formatting, clippy (native and
# wasm32), native tests of the whole workspace, component tests in headless Chromium, the release
# build, end-to-end tests against the built dist/, and prints the bundle sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native, whole workspace)"
cargo clippy --workspace --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown -p report-explorer --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p report --lib --no-default-features -- -D warnings

step "native tests (whole workspace)"
cargo test --workspace

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown -p report-explorer

step "release build (trunk)"
trunk build --release --offline

step "end-to-end tests (built dist/, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "bundle sizes (dist/)"
bash scripts/sizes.sh dist
