#!/usr/bin/env bash
# Installs whatever is missing, then serves the explorer on http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-browser
source scripts/env.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
