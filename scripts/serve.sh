#!/usr/bin/env bash
# Quick start: installs whatever is missing, builds the release site (the same dist/ portal staff
# deploy: pre-rendered, CSP, integrity, precompressed) and serves it on http://127.0.0.1:8080.
#
#   bash scripts/serve.sh            build once, then serve dist/
#   bash scripts/serve.sh --watch    rebuild dist/ on every saved change (development)
#   PORT=9000 bash scripts/serve.sh  another port (or --port 9000); ADDRESS=0.0.0.0 for the LAN
#
# A failed build is never served as a site: without --watch the script stops with the reason
# and a non-zero status; with --watch the page answers 503 and names the build log until the
# next build succeeds.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
address=${ADDRESS:-127.0.0.1}
watch=0
while [ $# -gt 0 ]; do
  case $1 in
    --watch) watch=1 ;;
    --port) port=$2; shift ;;
    --port=*) port=${1#--port=} ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "serve.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

bash scripts/setup.sh --no-browser
source scripts/env.sh
mkdir -p target/serve
log=target/serve/build.log

if [ "$watch" = 1 ]; then
  # `trunk watch`, not `trunk serve`: serve injects an inline live-reload script, which the
  # release page's policy (no 'unsafe-inline') forbids and scripts/postbuild.mjs refuses.
  : > "$log"
  node scripts/serve.mjs --dir dist --address "$address" --port "$port" --log "$log" &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  echo "serve.sh: rebuilding on change; build log in $log" >&2
  trunk watch --release 2>&1 | tee -a "$log"
  exit 1
fi

echo "serve.sh: building the release site (the first build compiles everything: several minutes); log in $log" >&2
if ! trunk build --release 2>&1 | tee "$log"; then
  echo "serve.sh: the build failed; nothing is served. The whole log: $log" >&2
  exit 1
fi
if ! grep -q 'id="boot-script"' dist/index.html 2>/dev/null; then
  echo "serve.sh: the build wrote no finished page (dist/index.html); nothing is served. Log: $log" >&2
  exit 1
fi
exec node scripts/serve.mjs --dir dist --address "$address" --port "$port"
