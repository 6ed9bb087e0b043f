#!/usr/bin/env bash
# Runs every benchmark and checks the performance budgets (issue 9); exits non-zero when a budget
# is missed. Not part of scripts/test.sh: CI runs tests, not benchmarks. Results: target/bench/*.json
# and target/criterion/; record them in BENCHMARKS.md.
#
#   bash scripts/bench.sh            # everything (about 15 minutes on 2 cores)
#   BENCH_BUILD=0 bash scripts/bench.sh   # measure the existing dist/ (no trunk build)
#   BENCH_ONLY="native sizes browser hostile lighthouse" bash scripts/bench.sh   # a subset
#
# Needs what scripts/setup.sh installs; Lighthouse is installed on first use into
# tools/bench/node_modules (npm ci; ~180 MB, so CI's tools/ stay light).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
DIST="${DIST:-dist}"
ONLY="${BENCH_ONLY:-native sizes browser hostile lighthouse}"
RUNS="${LIGHTHOUSE_RUNS:-3}"
mkdir -p target/bench
step() { printf '\n== %s\n' "$*"; }
has() { [[ " $ONLY " == *" $1 "* ]]; }

if [ "${BENCH_BUILD:-1}" = 1 ] && { has sizes || has browser || has hostile || has lighthouse; }; then
  step "release build (trunk) → $DIST"
  trunk build --release --offline --dist "$DIST"
fi

step "synthetic reports (gen_report)"
cargo build -q --release -p report --bin gen_report
for n in 10 100; do
  target/release/gen_report --times "$n" > "target/bench/report-${n}x.txt"
  printf '%4s× %9d bytes\n' "$n" "$(stat -c %s "target/bench/report-${n}x.txt")"
done
export GEN_REPORT="$PWD/target/release/gen_report"

if has native; then
  step "native (criterion): parse, cards, index, evaluate"
  for b in parse view; do
    cargo bench -q -p report --bench "$b" -- --warm-up-time 1 --measurement-time 3 --noplot \
      > "target/bench/criterion-$b.log" 2>&1 || { cat "target/bench/criterion-$b.log"; exit 1; }
  done
  node tests/perf/native.mjs
  step "native: parsing in steps (ParseJob::step on the 100× report five times)"
  cargo bench -q -p report --bench steps 2>&1 | tee target/bench/steps.log
fi

if has sizes; then
  step "sizes of $DIST (raw, gzip -9, brotli 11; * = first view)"
  bash scripts/sizes.sh "$DIST" --json target/bench/sizes.json
fi

if has browser; then
  step "browser (headless Chromium): first content, interactive, keystroke→DOM, chart redraw"
  node tests/perf/browser.mjs --dist "$DIST"
fi

if has hostile; then
  step "hostile input (headless Chromium): the longest task while opening each text of the corpus"
  node tests/perf/hostile.mjs --dist "$DIST"
fi

if has lighthouse; then
  step "Lighthouse ($RUNS runs each, explorer vs plain HTML page, interleaved)"
  if [ ! -x tools/bench/node_modules/.bin/lighthouse ]; then
    (cd tools/bench && npm ci --no-audit --no-fund --loglevel=error)
  fi
  node tests/perf/lighthouse.mjs --dist "$DIST" --runs "$RUNS"
fi

step "budgets"
node tests/perf/budgets.mjs
